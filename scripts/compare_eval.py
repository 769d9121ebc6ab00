#!/usr/bin/env python3
"""Compare abridge's evaluation measures with the reference tools, document by document.

abridge's `eval` module claims to compute ROUGE exactly as Google's `rouge-score` 0.1.2 does
(with `use_stemmer=True`), and keyphrase P/R/F@k with NLTK's Porter stemmer under the rule in
`../shared/data/README.md`. This script checks that claim on the evaluation data:

1. It makes a virtual environment under `target/` with `rouge-score==0.1.2` and `nltk==3.9.1`
   (once), and runs itself again inside it.
2. It builds deterministic pairs from `../shared/data`:
   - summary sets: the candidate is the lead (the first N sentences of `text` split naively,
     N = the number of sentences of the first summary), and again the first 100 words;
     the references are `summaries`;
   - keyphrase sets: the predictions are the 15 most frequent 1-3 word n-grams without
     stopwords, the gold is `keyphrases`.
3. It scores them with `cargo run --release --example score_pairs` and in Python, and prints per
   data set and measure the mean over documents from both sides (x100) and the largest
   per-document difference. It exits 1 when a mean differs by more than --tolerance points.

With `--abridge`, it checks `abridge eval` itself instead: it runs the release binary on every
set (`eval summary --length reference` on BBC, `--sentences 6 --words 100` on DUC 2001, `eval
keywords` at 5, 10 and 15 on the keyphrase sets) with `--format json --dump FILE`, rescores the
dumped summaries and keyphrases in Python against the gold answers of the data, and compares the
means with the figures abridge printed.

Run it from the repository root: `python3 scripts/compare_eval.py [--abridge]`. It is not part
of CI.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data")
VENV = os.path.join(ROOT, "target", "compare-eval-venv")
PINS = ["rouge-score==0.1.2", "nltk==3.9.1"]

SUMMARY_SETS = ["bbc_news_summary_dev.jsonl", "duc2001_summaries_dev.jsonl"]
KEYPHRASE_SETS = ["inspec_test.jsonl", "duc2001.jsonl", "wikinews_fr.jsonl"]
KS = [5, 10, 15]

# Short stopword lists, only to make the n-gram predictions look like keyphrases; both sides
# score the same predictions, so the exact lists do not matter for the comparison.
STOPWORDS = {
    "en": set(
        """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how i
        if in into is it its itself just me more most my myself no nor not now of off on once
        only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too under
        until up very was we were what when where which while who whom why will with would you
        your yours yourself yourselves said says mr mrs one two new""".split()
    ),
    "fr": set(
        """a au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur
        leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui
        sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être
        est sont a ont avait était fait plus aussi comme entre après depuis selon lors sans sous
        très tout tous toutes""".split()
    ),
}


def in_venv():
    return os.path.realpath(sys.prefix) == os.path.realpath(VENV)


def ensure_venv():
    """Creates the pinned environment if needed and re-runs this script inside it."""
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        print(f"creating {VENV} with {' '.join(PINS)}", file=sys.stderr)
        venv.create(VENV, with_pip=True)
        subprocess.run([python, "-m", "pip", "install", "-q", *PINS], check=True)
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


def read_jsonl(name, limit):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return docs[:limit] if limit else docs


def naive_sentences(text):
    """Splits after '.', '!' or '?' followed by white space: deliberately naive."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def lead_candidate(doc):
    n = len(naive_sentences(doc["summaries"][0])) if doc["summaries"] else 1
    return " ".join(naive_sentences(doc["text"])[:n])


def first_words(doc, n=100):
    return " ".join(doc["text"].split()[:n])


def frequent_ngrams(text, lang, top=15):
    """The `top` most frequent 1-3 word n-grams with no stopword, ties by n-gram text."""
    stop = STOPWORDS[lang]
    words = re.findall(r"\w+", text.lower())
    counts = collections.Counter()
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if any(w in stop or w.isdigit() or len(w) < 2 for w in gram):
                continue
            counts[" ".join(gram)] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [gram for gram, _ in ranked[:top]]


# ---- The Python side: the reference tools, and the keyphrase rule written out plainly. ----


def make_normalizer():
    from nltk.stem import PorterStemmer

    stemmer = PorterStemmer()

    def normalize(phrase):
        tokens, current = [], []
        for ch in phrase.lower():
            if ch.isalnum():
                current.append(ch)
            elif current:
                tokens.append("".join(current))
                current = []
        if current:
            tokens.append("".join(current))
        return tuple(stemmer.stem(t) for t in tokens)

    return normalize


def keyphrase_prf(predicted, gold, k, normalize):
    gold_set = {g for g in map(normalize, gold) if g}
    seen, correct = set(), 0
    for phrase in predicted[:k]:
        tokens = normalize(phrase)
        if not tokens or tokens in seen:
            continue
        seen.add(tokens)
        correct += tokens in gold_set
    precision = correct / k if k else 0.0
    recall = correct / len(gold_set) if gold_set else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return precision, recall, f1


def python_scores(pairs):
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    normalize = make_normalizer()
    rows = []
    for pair in pairs:
        row = {}
        if pair["references"]:
            best = scorer.score_multi(pair["references"], pair["candidate"])
            for ours, theirs in [("rouge1", "rouge1"), ("rouge2", "rouge2"), ("rouge_l", "rougeL")]:
                s = best[theirs]
                row[ours] = (s.precision, s.recall, s.fmeasure)
        if "predicted" in pair:
            for k in KS:
                row[f"@{k}"] = keyphrase_prf(pair["predicted"], pair["gold"], k, normalize)
        rows.append(row)
    return rows


# ---- The Rust side. ----


def rust_scores(pairs):
    stdin = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "score_pairs"],
        cwd=ROOT,
        input=stdin.encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout.decode("utf-8")
    rows = []
    for pair, line in zip(pairs, out.splitlines(), strict=True):
        got = json.loads(line)
        row = {}
        if pair["references"]:
            for measure in ("rouge1", "rouge2", "rouge_l"):
                s = got["rouge"][measure]
                row[measure] = (s["precision"], s["recall"], s["f1"])
        for at in got.get("keyphrases", []):
            row[f"@{at['k']}"] = (at["precision"], at["recall"], at["f1"])
        rows.append(row)
    return rows


# ---- Comparison. ----


def build_pairs(limit):
    """Returns (set label, pairs) for every comparison run."""
    runs = []
    for name in SUMMARY_SETS:
        docs = read_jsonl(name, limit)
        for label, make in [("lead", lead_candidate), ("first 100 words", first_words)]:
            pairs = [{"candidate": make(d), "references": d["summaries"]} for d in docs]
            runs.append((f"{name} ({label})", pairs))
    for name in KEYPHRASE_SETS:
        docs = read_jsonl(name, limit)
        pairs = [
            {
                "candidate": "",
                "references": [],
                "predicted": frequent_ngrams(d["text"], d.get("lang", "en")),
                "gold": d["keyphrases"],
            }
            for d in docs
        ]
        runs.append((name, pairs))
    return runs


# ---- `--abridge`: abridge eval's own figures against the reference tools. ----

# (data set, arguments of `abridge eval`): the conventions of BASELINES.md.
ABRIDGE_RUNS = [
    ("bbc_news_summary_dev.jsonl", ["summary", "--length", "reference"]),
    ("duc2001_summaries_dev.jsonl", ["summary", "--sentences", "6", "--words", "100"]),
    ("inspec_test.jsonl", ["keywords", "--at", "5,10,15"]),
    ("duc2001.jsonl", ["keywords", "--at", "5,10,15"]),
    ("wikinews_fr.jsonl", ["keywords", "--at", "5,10,15"]),
]


def run_abridge(name, eval_args, limit, workdir):
    """Runs `abridge eval` on a set; returns (its JSON figures, the dump, the records)."""
    docs = read_jsonl(name, limit)
    data = os.path.join(workdir, name)
    with open(data, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    dump = data + ".dump"
    binary = os.path.join(ROOT, "target", "release", "abridge")
    out = subprocess.run(
        [binary, "eval", eval_args[0], data, *eval_args[1:], "--format", "json", "--dump", dump],
        stdout=subprocess.PIPE,
        check=True,
    ).stdout
    with open(dump, encoding="utf-8") as f:
        dumped = [json.loads(line) for line in f]
    assert [d["id"] for d in dumped] == [doc["id"] for doc in docs], "dump out of order"
    return json.loads(out), dumped, docs


def abridge_main(args):
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--bin", "abridge"], cwd=ROOT, check=True
    )
    worst_gap = 0.0
    print(f"{'set':<30} {'measure':<10} {'abridge':>8} {'python':>8} {'max |doc diff|':>15}")
    with tempfile.TemporaryDirectory() as workdir:
        for name, eval_args in ABRIDGE_RUNS:
            figures, dumped, docs = run_abridge(name, eval_args, args.limit, workdir)
            if eval_args[0] == "summary":
                pairs = [
                    {"candidate": d["candidate"], "references": doc["summaries"]}
                    for d, doc in zip(dumped, docs)
                ]
                rows = python_scores(pairs)
                ours = {m: figures[m] for m in ("rouge1", "rouge2", "rouge_l")}
                per_doc = [{m: d[m] for m in ours} for d in dumped]
            else:
                pairs = [
                    {"candidate": "", "references": [], "predicted": d["predicted"],
                     "gold": doc["keyphrases"]}
                    for d, doc in zip(dumped, docs)
                ]
                rows = python_scores(pairs)
                ours = {f"@{a['k']}": a for a in figures["at"]}
                per_doc = [{f"@{a['k']}": a for a in d["at"]} for d in dumped]
            for measure, got in ours.items():
                for i, part in enumerate(("precision", "recall", "f1")):
                    theirs = [row[measure][i] for row in rows]
                    mean_python = 100 * sum(theirs) / len(theirs)
                    mean_abridge = 100 * got[part]
                    doc_diff = 100 * max(
                        abs(doc[measure][part] - t) for doc, t in zip(per_doc, theirs)
                    )
                    worst_gap = max(worst_gap, abs(mean_abridge - mean_python))
                    label = f"{measure} {part[0].upper() if part != 'f1' else 'F'}"
                    print(
                        f"{name:<30} {label:<10} {mean_abridge:8.3f} {mean_python:8.3f} "
                        f"{doc_diff:15.2e}"
                    )
            print(
                f"{name:<30} {'documents':<10} {figures['documents']:8d} {len(docs):8d}",
            )
    print(f"largest gap between means: {worst_gap:.2e} points (tolerance {args.tolerance})")
    sys.exit(0 if worst_gap <= args.tolerance else 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    parser.add_argument("--tolerance", type=float, default=0.3, help="largest mean gap, x100")
    parser.add_argument(
        "--abridge", action="store_true", help="check `abridge eval` on its own summaries"
    )
    args = parser.parse_args()
    if not in_venv():
        ensure_venv()
    if args.abridge:
        abridge_main(args)

    runs = build_pairs(args.limit)
    # One cargo run for everything: the pairs are concatenated and split back by count.
    everything = [p for _, pairs in runs for p in pairs]
    rust_all = rust_scores(everything)
    python_all = python_scores(everything)

    worst_gap = 0.0
    start = 0
    print(f"{'set':<44} {'measure':<10} {'rust':>8} {'python':>8} {'max |doc diff|':>15}")
    for label, pairs in runs:
        rust = rust_all[start : start + len(pairs)]
        python = python_all[start : start + len(pairs)]
        start += len(pairs)
        for measure in rust[0]:
            for i, part in enumerate(("P", "R", "F")):
                ours = [row[measure][i] for row in rust]
                theirs = [row[measure][i] for row in python]
                mean_rust = 100 * sum(ours) / len(ours)
                mean_python = 100 * sum(theirs) / len(theirs)
                doc_diff = 100 * max(abs(a - b) for a, b in zip(ours, theirs))
                worst_gap = max(worst_gap, abs(mean_rust - mean_python))
                name = f"{measure} {part}" if measure.startswith("r") else f"{part}{measure}"
                print(
                    f"{label:<44} {name:<10} {mean_rust:8.3f} {mean_python:8.3f} "
                    f"{doc_diff:15.2e}"
                )
    print(f"largest gap between means: {worst_gap:.2e} points (tolerance {args.tolerance})")
    sys.exit(0 if worst_gap <= args.tolerance else 1)


if __name__ == "__main__":
    main()
