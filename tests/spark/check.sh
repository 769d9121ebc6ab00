#!/usr/bin/env bash
# Runs examples/spark/summarize.py with PySpark in local[2] mode and checks
# that its results equal a local run of the same binary:
#   - the IDF model merged from the partitions' models is byte for byte the
#     model `abridge idf build` makes from the whole corpus;
#   - the summaries piped through Spark are, line for line, the output of
#     `abridge --input-format jsonl --format json --idf MODEL` on the corpus.
#
#   pip install pyspark        # once; Java 17 or later must be installed
#   tests/spark/check.sh [CORPUS.jsonl] [N]
#
# CORPUS defaults to the first N (default 60) records of the BBC sample in
# ../shared/data when it is there, else to records made from the test
# fixtures. ABRIDGE=path uses a given binary instead of building one. Not
# part of CI: starting a JVM takes a while.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/target/spark-check
rm -rf "$out"
mkdir -p "$out/local-docs"

if [[ -z ${ABRIDGE:-} ]]; then
    ABRIDGE=$("$root/scripts/abridge_bin.sh")
fi
if ! "$ABRIDGE" --help | grep -q -- '--input-format'; then
    echo "this abridge has no --input-format jsonl (batch mode); build one that does" >&2
    exit 2
fi
python3 -c 'import pyspark' 2>/dev/null || { echo "pip install pyspark" >&2; exit 2; }

corpus=$out/corpus.jsonl
n=${2:-60}
if [[ -n ${1:-} ]]; then
    head -n "$n" "$1" > "$corpus"
elif [[ -f $root/../shared/data/bbc_news_summary_dev.jsonl ]]; then
    head -n "$n" "$root/../shared/data/bbc_news_summary_dev.jsonl" > "$corpus"
else
    python3 - "$root/tests/fixtures/articles" > "$corpus" <<'PY'
import json, pathlib, sys
for i, path in enumerate(sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))):
    print(json.dumps({"id": f"doc-{i}", "text": path.read_text(encoding="utf-8")}))
PY
fi
echo "corpus: $(wc -l < "$corpus") records"

# The local reference: the whole corpus's model, one file per document as
# the Spark job writes them, and the batch run with that model.
python3 - "$corpus" "$out/local-docs" <<'PY'
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate((l for l in f if l.strip()), start=1):
        with open(os.path.join(sys.argv[2], f"{n:09d}.txt"), "w", encoding="utf-8") as doc:
            doc.write(json.loads(line)["text"])
PY
"$ABRIDGE" idf build "$out/local-docs" -o "$out/local-idf.json"
"$ABRIDGE" --input-format jsonl --format json --idf "$out/local-idf.json" -n 2 \
    < "$corpus" > "$out/local-summaries.jsonl"

python3 "$root/examples/spark/summarize.py" --abridge "$ABRIDGE" --master 'local[2]' \
    --partitions 3 "$corpus" "$out/spark" -- -n 2 2> "$out/spark.log"
cat "$out"/spark/summaries/part-* > "$out/spark-summaries.jsonl"

status=0
if cmp -s "$out/local-idf.json" "$out/spark/idf.json"; then
    echo "ok: the merged IDF model equals the whole corpus's model ($(wc -c < "$out/local-idf.json") bytes)"
else
    echo "FAIL: the merged IDF model differs from the whole corpus's model"; status=1
fi
if cmp -s "$out/local-summaries.jsonl" "$out/spark-summaries.jsonl"; then
    echo "ok: $(wc -l < "$out/spark-summaries.jsonl") summaries from Spark equal the local run's"
else
    echo "FAIL: Spark's summaries differ from the local run's (diff $out/local-summaries.jsonl $out/spark-summaries.jsonl)"
    status=1
fi
exit $status
