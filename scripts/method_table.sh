#!/usr/bin/env bash
# The summary methods side by side: ROUGE-1 / ROUGE-2 F1 (x100) of every `--method` on every
# summary set in ../shared/data, with the length rules of ../shared/data/README.md and
# ../shared/BASELINES.md, printed as the Markdown table README's "Summary methods" shows.
#   BBC News dev         the reference's number of sentences   (English, rouge-score tokens)
#   DUC 2001 dev         6 sentences cut to 100 words           (English, rouge-score tokens)
#   LCSTS (Chinese)      1 sentence                             (--tokenizer unicode)
#   OrangeSum (French)   3 sentences cut to 35 words            (--tokenizer unicode)
#   TeMario (Portuguese) 10 sentences cut to 200 words          (--tokenizer unicode)
#   EASC (Arabic)        the first reference's number of sentences (--tokenizer unicode)
# Every method runs with its defaults and the language detected (the default): nothing per set.
#
# Usage: scripts/method_table.sh [BIN] [METHOD...]   (default: target/release/abridge, every
# method). Needs ../shared/data beside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${1:-target/release/abridge}
shift || true
DATA=../shared/data
if [[ ! -d $DATA ]]; then
    echo "method_table: $DATA not found" >&2
    exit 1
fi
if [[ $# -ge 1 ]]; then
    methods=("$@")
else
    methods=(textrank reduction lexrank kl luhn edmundson lsa lead sumbasic submodular reinforcement random)
fi

# name | file | length and tokenizer flags
sets=(
    "BBC|bbc_news_summary_dev.jsonl|--length reference"
    "DUC 2001|duc2001_summaries_dev.jsonl|--sentences 6 --words 100"
    "LCSTS zh|lcsts_zh_summ_dev.jsonl|--sentences 1 --tokenizer unicode"
    "OrangeSum fr|orangesum_fr_summ_dev.jsonl|--sentences 3 --words 35 --tokenizer unicode"
    "TeMário pt|temario_pt_summ_dev.jsonl|--sentences 10 --words 200 --tokenizer unicode"
    "EASC ar|easc_ar_summ_dev.jsonl|--length reference --tokenizer unicode"
)

header="| method |"
rule="|---|"
for set in "${sets[@]}"; do
    header+=" ${set%%|*} |"
    rule+="---|"
done
echo "$header"
echo "$rule"
for method in "${methods[@]}"; do
    row="| \`$method\` |"
    for set in "${sets[@]}"; do
        IFS='|' read -r _ file flags <<< "$set"
        # shellcheck disable=SC2086 # the flags are words on purpose
        figures=$("$BIN" eval summary "$DATA/$file" --method "$method" $flags -f json)
        row+=$(python3 -c 'import json, sys
f = json.loads(sys.argv[1])
r1, r2 = 100 * f["rouge1"]["f1"], 100 * f["rouge2"]["f1"]
print(f" {r1:.2f} / {r2:.2f} |", end="")' "$figures")
    done
    echo "$row"
done
