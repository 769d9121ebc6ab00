#!/usr/bin/env bash
# Measures --focus: how much of a summary comes from the article the focus asks about.
#
# Usage: scripts/focus_eval.sh BIN [DATA] [PAIRS] [-- OPTIONS...]
#   BIN      the abridge binary (a release build)
#   DATA     BBC News dev (default ../shared/data/bbc_news_summary_dev.jsonl)
#   PAIRS    how many pairs to run (default: all, one per article)
#   OPTIONS  passed to every run (--method lexrank, -n 5, ...)
#
# Pairs: article i (in file order) with article j = i + N/2 (mod N), or the first article after j
# of another category than i's (the category is the part of the id before '-'). The two texts
# are joined by a blank line, article i first when i is even and second when i is odd, so that
# the lead bias favours neither. Each joined text is summarized twice, as plain text on standard
# input with no title: with --focus set to article i's title, and without. A picked sentence
# belongs to the article its `start` offset falls in. The script prints the share of picked
# sentences that come from article i, over all pairs, with and without the focus.
#
# bash and python3 (standard library only); no network.
set -euo pipefail
BIN=$(realpath "$1")
DATA=${2:-"$(dirname "$0")/../../shared/data/bbc_news_summary_dev.jsonl"}
PAIRS=${3:-0}
shift $(($# < 3 ? $# : 3))
[[ ${1:-} == -- ]] && shift
python3 - "$BIN" "$DATA" "$PAIRS" "$@" <<'EOF'
import json
import subprocess
import sys

binary, data, pairs = sys.argv[1], sys.argv[2], int(sys.argv[3])
options = sys.argv[4:]
records = [json.loads(line) for line in open(data, encoding="utf-8") if line.strip()]
n = len(records)
category = [r["id"].split("-")[0] for r in records]


def partner(i):
    j = (i + n // 2) % n
    for step in range(n):
        k = (j + step) % n
        if category[k] != category[i]:
            return k
    return None


def picked(text, focus):
    argv = [binary, "-f", "json", *options]
    if focus is not None:
        argv += ["--focus", focus]
    argv.append("-")
    out = subprocess.run(argv, input=text.encode("utf-8"), capture_output=True, check=True)
    report = json.loads(out.stdout)
    return [s["start"] for s in report["summary"]]


counted = 0
hits = {True: 0, False: 0}
totals = {True: 0, False: 0}
for i in range(n):
    if pairs and counted == pairs:
        break
    j = partner(i)
    if j is None or not (records[i].get("title") or "").strip():
        continue
    a, b = records[i]["text"].strip(), records[j]["text"].strip()
    first, second = (a, b) if i % 2 == 0 else (b, a)
    text = first + "\n\n" + second
    boundary = len((first + "\n\n").encode("utf-8"))
    for focused in (True, False):
        starts = picked(text, records[i]["title"] if focused else None)
        from_i = sum(1 for s in starts if (s < boundary) == (i % 2 == 0))
        hits[focused] += from_i
        totals[focused] += len(starts)
    counted += 1

print(f"pairs: {counted} (BBC dev, options: {' '.join(options) or 'defaults'})")
for focused, label in ((True, "with --focus TITLE"), (False, "without focus")):
    share = 100.0 * hits[focused] / max(totals[focused], 1)
    print(f"{label:20} {hits[focused]:5} of {totals[focused]:5} picked sentences "
          f"from the focus article: {share:.1f}%")
EOF
