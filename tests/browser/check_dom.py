#!/usr/bin/env python3
"""Checks a briefing page as a browser built it against abridge's JSON.

Usage: check_dom.py DOM.html REPORTS.jsonl INPUT...

DOM.html is the page after the browser parsed it (chromium --dump-dom),
REPORTS.jsonl the JSON output for the same inputs, in the same order. For each
article of the page it checks that:

- the text div's text content is the input text itself, byte for byte;
- there is one <mark> per summary sentence, in text order;
- each mark starts and ends at the byte offsets the JSON gives, holds exactly
  those bytes of the input, and carries the same offsets, rank and score as
  attributes.

Prints one line per article and exits 1 at the first mismatch.
"""

import json
import sys
from html.parser import HTMLParser


class Articles(HTMLParser):
    """Collects, per <div class="text">, its text and its marks' byte offsets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.articles = []  # each: {"text": bytearray, "marks": [...]}
        self.depth = 0  # nesting depth inside the current text div, 0 = outside
        self.mark = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.mark = {"attrs": attrs, "start": len(self.articles[-1]["text"])}
        elif tag == "div" and attrs.get("class") == "text":
            self.depth = 1
            self.articles.append({"text": bytearray(), "marks": []})

    def handle_endtag(self, tag):
        if not self.depth:
            return
        self.depth -= 1
        if tag == "mark" and self.mark is not None:
            self.mark["end"] = len(self.articles[-1]["text"])
            self.articles[-1]["marks"].append(self.mark)
            self.mark = None

    def handle_data(self, data):
        if self.depth:
            self.articles[-1]["text"] += data.encode("utf-8")


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    dom_path, reports_path, *inputs = sys.argv[1:]
    with open(dom_path, encoding="utf-8", newline="") as f:
        parser = Articles()
        parser.feed(f.read())
    with open(reports_path, encoding="utf-8") as f:
        reports = [json.loads(line) for line in f if line.strip()]
    if not (len(parser.articles) == len(reports) == len(inputs)):
        fail(f"{len(parser.articles)} articles, {len(reports)} reports, {len(inputs)} inputs")
    marks_checked = 0
    for article, report, path in zip(parser.articles, reports, inputs):
        with open(path, "rb") as f:
            original = f.read()
        if bytes(article["text"]) != original:
            fail(f"{path}: the page's text differs from the input")
        spans = sorted((s["start"], s["end"], s) for s in report["summary"])
        if len(article["marks"]) != len(spans):
            fail(f"{path}: {len(article['marks'])} marks for {len(spans)} summary sentences")
        for mark, (start, end, sentence) in zip(article["marks"], spans):
            where = f"{path}: sentence {sentence['index']}"
            if (mark["start"], mark["end"]) != (start, end):
                fail(f"{where}: highlighted bytes {mark['start']}..{mark['end']}, "
                     f"the span says {start}..{end}")
            if (int(mark["attrs"]["data-start"]), int(mark["attrs"]["data-end"])) != (start, end):
                fail(f"{where}: data-start/data-end differ from the span")
            if float(mark["attrs"]["data-score"]) != sentence["score"]:
                fail(f"{where}: data-score differs from the score")
            if f"score {sentence['score']:.4f}" not in mark["attrs"].get("title", ""):
                fail(f"{where}: the hover text does not show the score")
            marks_checked += 1
        ranks = sorted(int(m["attrs"]["data-rank"]) for m in article["marks"])
        if ranks != list(range(1, len(ranks) + 1)):
            fail(f"{path}: ranks {ranks} are not 1..{len(ranks)}")
        print(f"ok: {path}: {len(original)} bytes, {len(article['marks'])} highlights at their spans")
    print(f"ok: {len(reports)} articles, {marks_checked} highlights checked")


if __name__ == "__main__":
    main()
