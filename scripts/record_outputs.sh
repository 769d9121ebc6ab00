#!/usr/bin/env bash
# Records what abridge prints for every public set and every fixture, so that two builds can be
# compared byte for byte (a refactor must not change one byte of output).
#
# Usage: scripts/record_outputs.sh BIN OUTDIR
#        diff -r OUTDIR_BEFORE OUTDIR_AFTER && echo identical
#
# What is recorded, each in a file of its own under OUTDIR:
# - sets/NAME.OPTS.json: `--input-format jsonl -f json` over every set in ../shared/data, with
#   the defaults and with a few option sets that exercise every stage (order, similarity,
#   keyword method, ratio, word budget, no lead bias, the record's language);
# - fixtures/NAME.FORMAT: every fixture of the repository (and ../shared/fixtures) in the four
#   formats, text, json, markdown and html;
# - eval/NAME.json: `abridge eval` on every set, with the length rules of ../shared/data/README.md;
# - idf/: a corpus IDF model built from the fixtures, and the fixtures summarized with it.
# Fixtures are copied into a scratch folder first and named by their file name, so that moving
# them inside the repository does not change the recorded `source` fields.
set -euo pipefail
BIN=$(realpath "$1")
OUT=$(realpath -m "$2")
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=../shared/data

rm -rf "$OUT"
mkdir -p "$OUT/sets" "$OUT/fixtures" "$OUT/eval" "$OUT/idf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Fixtures: every .txt/.htm/.html under a fixtures folder, plus the bundled example.
mkdir -p "$work/fx"
{
    git ls-files | grep -E '(^|/)(fixtures|examples)/.*\.(txt|html?)$' | grep -v '/README' || true
    ls "$ROOT"/../shared/fixtures/*.txt 2>/dev/null || true
} | while read -r f; do cp "$f" "$work/fx/$(basename "$f")"; done
(
    cd "$work/fx"
    for f in *; do
        for format in text json markdown html; do
            "$BIN" -f "$format" "$f" >"$OUT/fixtures/$f.$format" 2>"$OUT/fixtures/$f.$format.stderr" \
                || echo "exit $?" >>"$OUT/fixtures/$f.$format.stderr"
        done
    done
    "$BIN" idf build -o "$work/model.json" . >/dev/null
    cp "$work/model.json" "$OUT/idf/model.json"
    for f in *.txt; do
        "$BIN" -f json --idf "$work/model.json" "$f" >"$OUT/idf/$f.json"
    done
    # Many files at once: one JSON Lines stream in input order.
    "$BIN" -f json ./* >"$OUT/fixtures/all.jsonl" 2>/dev/null || true
)

[[ -d $DATA ]] || { echo "record_outputs: $DATA not found; sets skipped" >&2; exit 0; }

language_of() { # the "lang" of a set's first record, or en
    local lang
    lang=$(sed -n '1{s/.*"lang": *"\([a-z]*\)".*/\1/p;q}' "$1")
    echo "${lang:-en}"
}

for path in "$DATA"/*.jsonl; do
    name=$(basename "$path" .jsonl)
    lang=$(language_of "$path")
    # Chinese has no profile yet: evaluate those sets as the default language reads them.
    [[ $lang == zh ]] && lang=en
    run() { # label, options...
        local label=$1
        shift
        "$BIN" --input-format jsonl -f json "$@" "$path" >"$OUT/sets/$name.$label.json" 2>&1 \
            || echo "exit $?" >>"$OUT/sets/$name.$label.json"
    }
    run defaults
    run lang -l "$lang"
    run score-cosine-tfidf --order score --similarity cosine --keyword-method tfidf -n 5
    run ratio --ratio 0.3 --position-bias 0 -k 20
    run words --words 60 -k 3
    case $name in
        *_kp*|inspec*|duc2001|wikinews*)
            "$BIN" eval keywords -f json -l "$lang" "$path" >"$OUT/eval/$name.json" 2>&1 || true
            ;;
        bbc*|easc*)
            "$BIN" eval summary -f json -l "$lang" "$path" >"$OUT/eval/$name.json" 2>&1 || true
            ;;
        duc2001_summaries*)
            "$BIN" eval summary -f json "$path" --sentences 6 --words 100 >"$OUT/eval/$name.json" 2>&1 || true
            ;;
        lcsts*)
            "$BIN" eval summary -f json -l "$lang" "$path" --sentences 1 >"$OUT/eval/$name.json" 2>&1 || true
            ;;
        orangesum*)
            "$BIN" eval summary -f json -l "$lang" "$path" --sentences 3 --words 35 >"$OUT/eval/$name.json" 2>&1 || true
            ;;
        temario*)
            "$BIN" eval summary -f json -l "$lang" "$path" --sentences 10 --words 200 >"$OUT/eval/$name.json" 2>&1 || true
            ;;
    esac
done
echo "record_outputs: $(find "$OUT" -type f | wc -l) files in $OUT"
