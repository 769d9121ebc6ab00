#!/usr/bin/env bash
# Regression guard for the quality of abridge's defaults: runs `abridge eval` on four small
# public sets and fails when an F1 falls below its floor. The floors sit a little under the
# measured figures; they guard against regressions and are not targets. Raise them when the
# figures improve for good.
#
# Usage: scripts/eval_guard.sh [path/to/abridge]   (default: build the debug binary and use it,
# wherever cargo puts it;
# the run takes about 10 s in debug, under 1 s in release). Needs ../shared/data beside the
# checkout; skips with a note when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=../shared/data
# Floors, F1 x 100: a little under the figures of the defaults measured on 2026-11-23
# (85.47, 80.16; 46.80, 21.72; 31.44; 32.13); the keyphrase floors raised on 2026-12-01 under
# that day's figures (Inspec 37.16, WikiNews-FR 34.46), so that issue 14's targets (Inspec
# 31.85, WikiNews-FR 27.60) stay guarded with room. Raise them when the figures improve for good.
FLOOR_BBC_ROUGE1=84.50    # ROUGE-1 F1, first 100 BBC News records, --length reference
FLOOR_BBC_ROUGE2=79.00    # ROUGE-2 F1, same run
FLOOR_DUC_ROUGE1=46.00    # ROUGE-1 F1, DUC 2001 summaries (149 records), 6 sentences, 100 words
FLOOR_DUC_ROUGE2=21.00    # ROUGE-2 F1, same run
FLOOR_INSPEC_F10=36.50    # keyphrase F1@10, Inspec test (500 abstracts)
FLOOR_WIKINEWS_F10=33.50  # keyphrase F1@10, WikiNews-FR (100 records)

if [[ ! -d $DATA ]]; then
    echo "eval guard: $DATA not found, skipped"
    exit 0
fi
if [[ $# -ge 1 ]]; then
    BIN=$1
else
    BIN=$(scripts/abridge_bin.sh)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 100 "$DATA/bbc_news_summary_dev.jsonl" > "$work/bbc100.jsonl"

# The F1 column (x100) of the table row named $1, from the table on stdin.
f1_of() {
    awk -v row="$1" '$1 == row { print $4; found = 1 } END { exit !found }'
}

failed=0
check() { # name measured floor
    if awk -v m="$2" -v f="$3" 'BEGIN { exit !(m < f) }'; then
        echo "eval guard: $1 = $2, below the floor $3"
        failed=1
    else
        echo "eval guard: $1 = $2 (floor $3)"
    fi
}

summary=$("$BIN" eval summary "$work/bbc100.jsonl" --length reference)
check "BBC-100 ROUGE-1 F1" "$(f1_of ROUGE-1 <<<"$summary")" "$FLOOR_BBC_ROUGE1"
check "BBC-100 ROUGE-2 F1" "$(f1_of ROUGE-2 <<<"$summary")" "$FLOOR_BBC_ROUGE2"

duc=$("$BIN" eval summary "$DATA/duc2001_summaries_dev.jsonl" --sentences 6 --words 100)
check "DUC-2001 ROUGE-1 F1" "$(f1_of ROUGE-1 <<<"$duc")" "$FLOOR_DUC_ROUGE1"
check "DUC-2001 ROUGE-2 F1" "$(f1_of ROUGE-2 <<<"$duc")" "$FLOOR_DUC_ROUGE2"

inspec=$("$BIN" eval keywords "$DATA/inspec_test.jsonl" --at 10)
check "Inspec F1@10" "$(f1_of @10 <<<"$inspec")" "$FLOOR_INSPEC_F10"

keywords=$("$BIN" eval keywords "$DATA/wikinews_fr.jsonl" --at 10)
check "WikiNews-FR F1@10" "$(f1_of @10 <<<"$keywords")" "$FLOOR_WIKINEWS_F10"

exit $failed
