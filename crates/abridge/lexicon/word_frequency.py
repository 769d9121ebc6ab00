#!/usr/bin/env python3
"""How often each word stem is used in general text, per language.

Writes <code>-frequency.txt, which build.rs (through build_frequency.rs)
compiles into the language's specificity table (src/lang/frequency.rs), the
weight src/keywords/specificity.rs gives keyword candidates (issue 14). It
serves Spanish, which has no gloss collection: a stem's frequency in general
text tells a generic word (Spanish "sistema", 442 uses per million words
with its inflections) from a specific one ("algoritmo", 7) as WordNet's
glosses do for English. (A French table, made the same way, lowered
WikiNews-FR's F1@10 at every setting tried: see README.md, Keywords.)

Source: the PyPI package wordfreq 3.1.1 (code Apache-2.0; its word lists
CC-BY-SA 4.0, built by Robyn Speer from Wikipedia, subtitles, news, books,
web text and other sources; attribution in README.md), its "large" list of
the language (every word used at least once per 100 million words).

Words: the list's words made only of letters (numbers, words with digits,
apostrophes or hyphens are left out), lowercased, keyed on their Snowball
stem, the stemmer abridge uses for the language (here the PyPI package
snowballstemmer, generated from the Snowball sources as rust-stemmers is).
A stem's frequency is the sum of its words'. Each is written as a count per
billion words, rounded; only stems used at least FLOOR times per billion
(zipf 3 and up) are written, so that the table stays small: a stem the
table lacks is rarer than that.

Output: a first line '# N<TAB>1000000000', then 'stem<TAB>count' sorted by
stem (byte order of UTF-8).

    python3 lexicon/word_frequency.py es lexicon/es-frequency.txt
"""
import sys

import snowballstemmer
from wordfreq import get_frequency_dict

STEMMERS = {"es": "spanish"}

# Per billion words: stems rarer than this are left out (zipf 3).
FLOOR = 1000
BILLION = 1_000_000_000


def main():
    code, out = sys.argv[1], sys.argv[2]
    stemmer = snowballstemmer.stemmer(STEMMERS[code])
    counts = {}
    for word, frequency in get_frequency_dict(code, wordlist="large").items():
        word = word.lower()
        if not word.isalpha():
            continue
        stem = stemmer.stemWord(word)
        counts[stem] = counts.get(stem, 0.0) + frequency
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# N\t{BILLION}\n")
        for stem in sorted(counts):
            count = round(counts[stem] * BILLION)
            if count >= FLOOR and 0 < len(stem.encode()) < 64 and "\t" not in stem:
                f.write(f"{stem}\t{count}\n")


if __name__ == "__main__":
    main()
