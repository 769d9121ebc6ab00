#!/usr/bin/env bash
# Times the abridge binary, whole process, on the workloads of the
# performance table in README.md:
#
#   article  one news article (../shared/fixtures/faw-innovation-2021.txt)
#   batch    ../shared/data/bbc_news_summary_dev.jsonl, JSON Lines in and out
#   1mb      a 1 MB document of sentences that do not repeat
#   10mb     a 10 MB document of the same kind
#
# Wall time comes from hyperfine, peak memory (maximum resident set size)
# from /usr/bin/time -v. The two documents are built under target/bench/
# from the texts in ../shared/data; nothing is written into the repository.
# When the Python tools yake or summa are importable by $PYTHON (default
# python3), they are timed on the article too, side by side.
#
# Usage: benches/run.sh [--quick]     (--quick: fewer runs, for a smoke test)
# Needs: cargo, hyperfine, /usr/bin/time, python3.

set -euo pipefail

cd "$(dirname "$0")/.."
shared=../shared
out=target/bench
mkdir -p "$out"
runs=20
big_runs=3
if [[ "${1:-}" == "--quick" ]]; then
    runs=5
    big_runs=1
fi
python=${PYTHON:-python3}

for tool in hyperfine /usr/bin/time "$python"; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing" >&2; exit 2; }
done

abridge=$(scripts/abridge_bin.sh --release)
article=$shared/fixtures/faw-innovation-2021.txt
batch=$shared/data/bbc_news_summary_dev.jsonl

# Documents of distinct sentences. The first pass takes every text of the
# English data sets as it is; later passes splice the first half of one
# sentence to the second half of another, so that no sentence repeats and
# the vocabulary stays that of real news prose.
"$python" - "$shared/data" "$out" <<'EOF'
import json, os, re, sys

data, out = sys.argv[1], sys.argv[2]
texts = []
for name in ["bbc_news_summary_dev.jsonl", "duc2001.jsonl",
             "duc2001_summaries_dev.jsonl", "inspec_test.jsonl"]:
    with open(os.path.join(data, name), encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
sentences = []
seen = set()
for text in texts:
    for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
        if len(s.split()) >= 6 and s not in seen:
            seen.add(s)
            sentences.append(s)

def document(size):
    parts, total, shift = [], 0, 0
    while True:
        for i, s in enumerate(sentences):
            if shift:
                a = s.split()
                b = sentences[(i + shift) % len(sentences)].split()
                s = " ".join(a[: len(a) // 2] + b[len(b) // 2 :])
            parts.append(s)
            total += len(s) + 1
            if len(parts) % 8 == 0:
                parts.append("\n")
            if total >= size:
                return " ".join(parts)
        shift += 7919

for name, size in [("1mb.txt", 1 << 20), ("10mb.txt", 10 << 20)]:
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(document(size))
EOF

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "abridge: $($abridge --version)"
wc -c "$out/1mb.txt" "$out/10mb.txt"

echo "== wall time (hyperfine)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/small.json" \
    -n article "$abridge $article" \
    -n batch "$abridge --input-format jsonl --format json $batch"
hyperfine -N --warmup 1 --runs "$big_runs" --export-json "$out/large.json" \
    -n 1mb "$abridge $out/1mb.txt" \
    -n 10mb "$abridge $out/10mb.txt"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/threads.json" \
    -n "batch -j1" "$abridge -j1 --input-format jsonl --format json $batch"

# Medians, and CPU time (user + system) next to wall time: on a shared
# machine the wall time also counts the time spent waiting for a core.
echo "== medians"
"$python" - "$out" "$(wc -l <"$batch")" <<'EOF'
import json, os, sys

out, records = sys.argv[1], int(sys.argv[2])
print("%-10s %15s %13s %12s" % ("workload", "median wall (s)", "mean cpu (s)", "docs/s wall"))
for name in ["small", "large", "threads"]:
    for r in json.load(open(os.path.join(out, name + ".json")))["results"]:
        # hyperfine gives the mean user and system time of the runs.
        cpu = r["user"] + r["system"]
        rate = "%d" % (records / r["median"]) if r["command"].startswith("batch") else ""
        print("%-10s %15.4f %13.4f %12s" % (r["command"], r["median"], cpu, rate))
EOF

echo "== peak memory (/usr/bin/time -v)"
peak() {
    local name=$1
    shift
    /usr/bin/time -v "$@" 2>"$out/time.txt" >/dev/null
    printf '%-8s %8s KiB  %s s\n' "$name" \
        "$(grep 'Maximum resident' "$out/time.txt" | awk '{print $NF}')" \
        "$(grep 'Elapsed (wall' "$out/time.txt" | awk '{print $NF}')"
}
peak article "$abridge" "$article"
peak batch "$abridge" --input-format jsonl --format json "$batch"
peak 1mb "$abridge" "$out/1mb.txt"
peak 10mb "$abridge" "$out/10mb.txt"

echo "== determinism: batch output with 1 and 2 threads"
if cmp -s <("$abridge" -j1 --input-format jsonl --format json "$batch") \
    <("$abridge" -j2 --input-format jsonl --format json "$batch"); then
    echo "identical"
else
    echo "DIFFERENT"
fi

# The Python peers, when installed (for example in a venv:
# python3 -m venv target/peers && target/peers/bin/pip install yake summa,
# then PYTHON=target/peers/bin/python benches/run.sh).
peers=()
if "$python" -c 'import yake' 2>/dev/null; then
    peers+=(-n yake "$python -c \"import sys, yake; print(yake.KeywordExtractor(n=3, top=10).extract_keywords(open(sys.argv[1]).read()))\" $article")
fi
if "$python" -c 'import summa' 2>/dev/null; then
    peers+=(-n summa "$python -c \"import sys; from summa import summarizer, keywords; t = open(sys.argv[1]).read(); print(summarizer.summarize(t, words=80), keywords.keywords(t, words=10))\" $article")
fi
if ((${#peers[@]})); then
    echo "== side by side with the Python peers (one article)"
    # -N: no shell, so abridge's few milliseconds are not mixed with a
    # shell's start-up (hyperfine splits the quoted commands itself).
    hyperfine -N --warmup 1 --runs 10 --export-json "$out/peers.json" \
        -n abridge "$abridge $article" "${peers[@]}"
else
    echo "== no Python peer installed (yake, summa): side-by-side run skipped"
fi
