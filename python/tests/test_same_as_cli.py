"""The module's results are the command line's: for the same text and
options, `summarize(...).to_json()` is byte for byte the line that
`abridge --input-format jsonl -f json` writes, over articles of BBC dev.

Every summary and keyword method the library lists is run, so a method added
to the library is compared here with no change to this file. The defaults run
on all the sampled articles, with and without their titles; each other option
set on a third of them, with titles, to keep the debug build's CI step short.
"""

import json
import subprocess

import pytest

import abridge

# Python options → the same flags; each set is run over every article.
OPTION_SETS = (
    [{}]
    + [{"method": m, "ratio": 0.3, "keywords": 15} for m in abridge.SUMMARY_METHODS]
    + [{"keyword_method": k, "sentences": 2} for k in abridge.KEYWORD_METHODS]
    + [
        {"words": 100, "order": "score", "similarity": "cosine", "position_bias": 0.0},
        {"language": "en", "keywords": 0, "sentences": 5},
    ]
)


def flags(options: dict) -> list:
    out = []
    for key, value in options.items():
        out += ["--" + key.replace("_", "-"), str(value)]
    return out


def cli_lines(cli, path, options) -> list:
    run = subprocess.run(
        [str(cli), "--input-format", "jsonl", "-f", "json", "-q", *flags(options), str(path)],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout.decode("utf-8").splitlines()


CASES = [({}, False)] + [(options, True) for options in OPTION_SETS]


@pytest.mark.parametrize(
    "options, titled",
    CASES,
    ids=lambda o: (",".join(map(str, o.items())) or "defaults") if isinstance(o, dict) else ("title" if o else "no-title"),
)
def test_to_json_equals_the_cli_line(cli, bbc, tmp_path, options, titled):
    if options:
        bbc = bbc[::3]
    path = tmp_path / "bbc.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for r in bbc:
            record = {"id": r["id"], "text": r["text"]}
            if titled:
                record["title"] = r["title"]
            out.write(json.dumps(record) + "\n")
    expected = cli_lines(cli, path, options)
    assert len(expected) == len(bbc)
    summarizer = abridge.Summarizer(**options)
    many = summarizer.summarize_many(
        [r["text"] for r in bbc], titles=[r["title"] if titled else None for r in bbc], threads=2
    )
    for r, line, from_many in zip(bbc, expected, many):
        title = r["title"] if titled else None
        got = abridge.summarize(r["text"], title=title, **options).to_json(source=str(path), id=r["id"])
        assert got == line, r["id"]
        assert from_many.to_json(source=str(path), id=r["id"]) == line, r["id"]


def test_the_comparison_sees_real_summaries(bbc):
    # Guards the test above against comparing empty results.
    summaries = [abridge.summarize(r["text"], title=r["title"]) for r in bbc[:10]]
    assert all(len(s.sentences) == 3 and len(s.keywords) == 10 for s in summaries)


def test_a_focused_summary_equals_the_cli_line(cli, bbc, tmp_path):
    # Two articles of different topics in one text, focused on the second one's title.
    first, second = bbc[0], next(r for r in bbc if r["id"].split("-")[0] != bbc[0]["id"].split("-")[0])
    text = first["text"] + "\n\n" + second["text"]
    path = tmp_path / "pair.txt"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [str(cli), "-f", "json", "-q", "--focus", second["title"], str(path)],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode()
    line = run.stdout.decode("utf-8").rstrip("\n")
    focused = abridge.summarize(text, focus=second["title"])
    assert focused.to_json(source=str(path)) == line
    assert focused.to_dict()["focus"] == [second["title"]]
    many = abridge.Summarizer().summarize_many([text], focus=[second["title"]])
    assert many[0].to_json(source=str(path)) == line
    # The focus moves the summary into the second article.
    start = len(first["text"])
    assert all(s.start >= start for s in focused.sentences)
    assert not all(s.start >= start for s in abridge.summarize(text).sentences)
