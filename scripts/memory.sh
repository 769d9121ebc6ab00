#!/usr/bin/env bash
# Peak memory (maximum resident set size, by /usr/bin/time -v) of three shapes of work, for
# issue 11 item 5 and docs/performance.md:
#
# 1. one document of distinct pseudo-words (no word repeats: the worst case for every table
#    keyed by a word), 8 MB and 32 MB of words of 4 to 8 letters, and 8 MB of five-letter words
#    (more words per byte): peak bytes per input byte, default options;
# 2. 24 documents of 4 MB each in one run with `-f json`, against one of them alone: a batch
#    must not hold every input of its chunk until the chunk is written;
# 3. `abridge idf build` over N and 4N documents drawn from one vocabulary: the model's memory
#    grows with the vocabulary, never with the number of documents.
#
# Usage: scripts/memory.sh [BIN]   (BIN defaults to target/release/abridge)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/release/abridge}")
[[ -x /usr/bin/time ]] || { echo "memory.sh: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# BYTES of text of distinct pseudo-words numbered from START (consonant-vowel syllables), in
# sentences of 12 words and paragraphs of 5 sentences. VOCABULARY > 0 draws the words from the
# first VOCABULARY numbers instead, in a fixed pseudo-random order.
generate() { # BYTES START VOCABULARY
    awk -v BYTES="$1" -v START="$2" -v VOCABULARY="$3" '
    function word(n,   s, r) {
        s = ""; n += 1000
        while (n > 0) { r = n % 85; n = int(n / 85); s = s substr(C, int(r / 5) + 1, 1) substr(V, r % 5 + 1, 1) }
        return s
    }
    BEGIN {
        C = "bcdfghjklmnprstvz"; V = "aeiou"; size = 0; n = START + 0; line = ""; x = START + 1
        while (size < BYTES) {
            sentence = ""
            for (k = 0; k < 12; k++) {
                if (VOCABULARY > 0) { x = (x * 16807) % 2147483647; w = word(x % VOCABULARY) }
                else w = word(n++)
                if (k == 0) w = toupper(substr(w, 1, 1)) substr(w, 2)
                sentence = sentence (k ? " " : "") w
            }
            line = line (line == "" ? "" : " ") sentence "."
            if (++s % 5 == 0) { print line "\n"; size += length(line) + 2; line = "" }
        }
        if (line != "") print line
    }'
}

# BYTES of text of distinct five-letter words (aaaaa, aaaab, ...), 12 to a sentence: more words
# per byte than `generate`, so more of every per-word table per byte.
generate_short() { # BYTES
    awk -v BYTES="$1" '
    BEGIN {
        L = "abcdefghijklmnopqrstuvwxyz"; size = 0; n = 0; line = ""
        while (size < BYTES) {
            sentence = ""
            for (k = 0; k < 12; k++) {
                w = ""; m = n++
                for (d = 0; d < 5; d++) { w = substr(L, m % 26 + 1, 1) w; m = int(m / 26) }
                if (k == 0) w = toupper(substr(w, 1, 1)) substr(w, 2)
                sentence = sentence (k ? " " : "") w
            }
            line = line (line == "" ? "" : " ") sentence "."
            if (++s % 5 == 0) { print line "\n"; size += length(line) + 2; line = "" }
        }
        if (line != "") print line
    }'
}

# The peak resident set of a command, in bytes.
peak() {
    /usr/bin/time -v "$@" 2>"$work/time" >/dev/null || { cat "$work/time" >&2; exit 1; }
    awk -F: '/Maximum resident set size/ { print $2 * 1024 }' "$work/time"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.0f MB", b / 1e6 }'; }

echo "1. One document of distinct words (default options)"
for size in 8000000 32000000; do
    generate "$size" 0 0 >"$work/distinct.txt"
    bytes=$(stat -c %s "$work/distinct.txt")
    p=$(peak "$BIN" "$work/distinct.txt")
    awk -v p="$p" -v b="$bytes" 'BEGIN { printf "   %5.1f MB input: peak %6.0f MB, %5.1f bytes per input byte\n", b / 1e6, p / 1e6, p / b }'
done

generate_short 8000000 >"$work/short.txt"
bytes=$(stat -c %s "$work/short.txt")
p=$(peak "$BIN" "$work/short.txt")
awk -v p="$p" -v b="$bytes" 'BEGIN { printf "   %5.1f MB of five-letter words: peak %6.0f MB, %5.1f bytes per input byte\n", b / 1e6, p / 1e6, p / b }'
rm -f "$work/short.txt"

echo "2. 24 documents of 4 MB, -f json, against one alone"
mkdir -p "$work/batch"
for i in $(seq 1 24); do generate 4000000 $((i * 1000000)) 0 >"$work/batch/doc$i.txt"; done
one=$(peak "$BIN" -f json "$work/batch/doc1.txt")
all=$(peak "$BIN" -f json "$work/batch")
awk -v o="$one" -v a="$all" 'BEGIN { printf "   one file: peak %.0f MB; 24 files: peak %.0f MB, %.2fx one file\n", o / 1e6, a / 1e6, a / o }'
rm -rf "$work/batch"

echo "3. idf build over N and 4N documents of 20 KB from one vocabulary of 50,000 words"
for n in 250 1000; do
    mkdir -p "$work/corpus$n"
    for i in $(seq 1 "$n"); do generate 20000 "$i" 50000 >"$work/corpus$n/doc$i.txt"; done
    p=$(peak "$BIN" idf build -o "$work/model$n.json" "$work/corpus$n")
    echo "   $n documents: peak $(mb "$p")"
    rm -rf "$work/corpus$n"
done
