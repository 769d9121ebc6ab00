"""The Python API: options, results, offsets, errors, threads."""

import json
import threading
from pathlib import Path

import pytest

import abridge

TEXT = (
    "Café owners in Paris protested on Monday against new rent rules. "
    "The rules raise rents for small cafés by a fifth. "
    "Owners said the rules would close hundreds of cafés. "
    "The city council will vote on the rules next week. "
    "Tourists crowded the streets in the sunshine."
)


def test_summarize_returns_sentences_and_keywords():
    result = abridge.summarize(TEXT, sentences=2, keywords=4)
    assert len(result.sentences) == 2
    assert len(result.keywords) == 4
    assert result.language == "english"
    assert result.title is None
    assert result.stats.sentences == 5
    assert [s.index for s in result.sentences] == sorted(s.index for s in result.sentences)
    assert all(k.count >= 1 and k.score > 0 for k in result.keywords)
    assert result.text == " ".join(s.text for s in result.sentences)


def test_offsets_are_string_indices_and_bytes_are_utf8():
    # "é" takes two bytes: character and byte offsets differ after it.
    result = abridge.summarize(TEXT, sentences=5)
    encoded = TEXT.encode("utf-8")
    for s in result.sentences:
        assert TEXT[s.start : s.end] == s.text
        assert encoded[s.byte_start : s.byte_end].decode("utf-8") == s.text
    assert result.sentences[1].start < result.sentences[1].byte_start


def test_to_dict_is_the_json_schema():
    result = abridge.summarize(TEXT)
    d = result.to_dict(source="cafes.txt", id={"n": 1})
    assert d == json.loads(result.to_json(source="cafes.txt", id={"n": 1}))
    assert d["version"] == 1 and d["source"] == "cafes.txt" and d["id"] == {"n": 1}
    assert [s["start"] for s in d["summary"]] == [s.byte_start for s in result.sentences]
    assert [k["term"] for k in d["keywords"]] == [k.term for k in result.keywords]
    assert "id" not in result.to_dict()
    assert "\n" not in result.to_json()


def test_keywords_are_the_summary_keywords():
    for method in abridge.KEYWORD_METHODS:
        expected = abridge.summarize(TEXT, keyword_method=method, keywords=5).keywords
        assert abridge.keywords(TEXT, keyword_method=method, keywords=5) == expected


def test_a_summarizer_is_reusable_and_takes_a_length_per_call():
    summarizer = abridge.Summarizer(sentences=1, order="score")
    assert len(summarizer.summarize(TEXT).sentences) == 1
    assert len(summarizer.summarize(TEXT, sentences=3).sentences) == 3
    assert summarizer.summarize(TEXT, words=20).sentences
    assert summarizer.keywords(TEXT) == summarizer.summarize(TEXT).keywords
    with pytest.raises(ValueError, match="only one"):
        summarizer.summarize(TEXT, sentences=2, ratio=0.5)


def test_a_title_given_apart_is_the_title():
    result = abridge.summarize(TEXT, title="Rent rules anger café owners")
    assert result.title == "Rent rules anger café owners"
    for s in result.sentences:
        assert TEXT[s.start : s.end] == s.text


def test_every_listed_name_is_accepted():
    for method in abridge.SUMMARY_METHODS:
        assert abridge.summarize(TEXT, method=method).sentences
    for language in abridge.LANGUAGES:
        assert abridge.summarize(TEXT, language=language).language == language
    for order in abridge.ORDERS:
        abridge.summarize(TEXT, order=order)
    for similarity in abridge.SIMILARITIES:
        abridge.summarize(TEXT, similarity=similarity)
    assert abridge.summarize(TEXT, language="FR").language == "french"


FRENCH = (
    "Le conseil municipal de Lyon a voté mardi soir un plan de rénovation des écoles. "
    "Les travaux commenceront au printemps et dureront trois ans selon la mairie. "
    "Les parents d'élèves demandent depuis longtemps des classes mieux isolées. "
    "Le budget prévu atteint cent millions d'euros sur la durée du mandat."
)


def test_distinct_keywords_keep_one_keyword_per_concept():
    root = Path(__file__).resolve().parents[2]
    text = (root / "examples" / "article.txt").read_text(encoding="utf-8")

    def nested(terms):
        sets = [set(t.lower().split()) for t in terms]
        return [(a, b) for i, a in enumerate(sets) for j, b in enumerate(sets) if i != j and a <= b]

    assert nested([k.term for k in abridge.keywords(text, keywords=15, keyword_method="yake")])
    kept = abridge.keywords(text, keywords=15, keyword_method="yake", distinct_keywords=True)
    assert len(kept) == 15
    assert nested([k.term for k in kept]) == []


def test_textrank_keeps_one_concept_per_slot_unless_told_otherwise():
    root = Path(__file__).resolve().parents[2]
    text = (root / "examples" / "article.txt").read_text(encoding="utf-8")

    def rare_nested(keywords):
        # Nested pairs of which one keyword is said fewer than three times.
        sets = [(set(k.term.lower().split()), k.count) for k in keywords]
        return [
            (a, b)
            for i, (a, ca) in enumerate(sets)
            for j, (b, cb) in enumerate(sets)
            if i != j and a <= b and min(ca, cb) < 3
        ]

    assert rare_nested(abridge.keywords(text, keywords=15)) == []
    assert rare_nested(abridge.keywords(text, keywords=15, distinct_keywords=None)) == []
    assert rare_nested(abridge.keywords(text, keywords=15, distinct_keywords=False))


def test_the_language_is_detected_unless_given():
    detected = abridge.summarize(FRENCH)
    assert (detected.language, detected.language_detected) == ("french", True)
    assert 0.5 <= detected.language_confidence <= 1.0
    assert abridge.summarize(FRENCH, language="auto").to_json() == detected.to_json()
    given = abridge.summarize(FRENCH, language="en")
    assert (given.language, given.language_detected, given.language_confidence) == (
        "english",
        False,
        None,
    )
    # Too short to detect: the fallback is taken, and it says so.
    short = abridge.summarize("Bonjour.", fallback_language="de")
    assert (short.language, short.language_detected) == ("german", False)
    with pytest.raises(ValueError, match="fallback_language"):
        abridge.summarize(FRENCH, language="fr", fallback_language="de")
    assert "fallback_language='english'" in repr(abridge.Summarizer())
    assert "language='french'" in repr(abridge.Summarizer(language="fr"))


@pytest.mark.parametrize(
    "options, message",
    [
        ({"method": "nope"}, "unknown summary method 'nope' (expected one of: textrank"),
        ({"keyword_method": "nope"}, "unknown keyword method 'nope'"),
        ({"language": "klingon"}, "unknown language 'klingon' (supported: "),
        ({"order": "random"}, "unknown order 'random'"),
        ({"sentences": 0}, "at least 1, not 0"),
        ({"words": -5}, "at least 1, not -5"),
        ({"ratio": 1.5}, "not 1.5"),
        ({"keywords": -1}, "at least 0, not -1"),
        ({"position_bias": -1.0}, "position bias"),
        ({"sentences": 2, "words": 9}, "only one of sentences, ratio and words"),
    ],
)
def test_bad_options_raise_value_error(options, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        abridge.summarize(TEXT, **options)
    with pytest.raises(ValueError):
        abridge.Summarizer(**options)


def test_unknown_and_mistyped_options_raise_type_error():
    with pytest.raises(TypeError, match="unexpected keyword argument 'sentence'"):
        abridge.summarize(TEXT, sentence=2)
    with pytest.raises(TypeError, match="unexpected keyword argument 'method'"):
        abridge.keywords(TEXT, method="lead")
    with pytest.raises(TypeError):
        abridge.summarize(TEXT, sentences="two")
    with pytest.raises(TypeError):
        abridge.summarize(TEXT, stopwords="cafe")
    with pytest.raises(TypeError):
        abridge.summarize(b"bytes are not text")


def test_extra_stopwords_are_not_keywords():
    terms = {k.term.lower() for k in abridge.summarize(TEXT, keywords=20).keywords}
    assert any("rules" in t.split() for t in terms)
    without = {k.term.lower() for k in abridge.summarize(TEXT, keywords=20, stopwords=["rules"]).keywords}
    assert not any("rules" in t.split() for t in without)


def test_a_refused_text_raises_abridge_error_with_the_message():
    with pytest.raises(abridge.Error, match="more than the limit of 10 bytes"):
        abridge.summarize(TEXT, max_bytes=10)
    with pytest.raises(abridge.Error, match=r"texts\[1\]: input is"):
        abridge.summarize_many(["Short.", TEXT], max_bytes=10)
    assert issubclass(abridge.Error, Exception)


def test_an_idf_model_that_cannot_be_read_raises(tmp_path):
    with pytest.raises(OSError, match="cannot read the IDF model"):
        abridge.summarize(TEXT, idf=tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        abridge.summarize(TEXT, idf=bad)


def test_awkward_inputs_do_not_raise():
    for text in ["", "   \n\n ", "no full stop", "?!.", "a" * 10000, "\u200b" * 50, "😀 " * 100]:
        result = abridge.summarize(text)
        assert len(result.sentences) <= 3


def test_summarize_many_keeps_order_and_does_not_depend_on_threads():
    texts = [f"Item {i} of the list. {TEXT}" if i % 2 else TEXT[i:] for i in range(40)]
    one = [r.to_json() for r in abridge.summarize_many(texts, threads=1)]
    two = [r.to_json() for r in abridge.summarize_many(iter(texts), threads=2)]
    default = [r.to_json() for r in abridge.summarize_many(tuple(texts))]
    assert one == two == default
    assert one == [abridge.summarize(t).to_json() for t in texts]
    assert abridge.summarize_many([]) == []


def test_summarize_many_checks_its_arguments():
    with pytest.raises(TypeError, match=r"texts\[1\] is not a str but float"):
        abridge.summarize_many(["a.", float("nan")])
    with pytest.raises(TypeError):
        abridge.summarize_many("one text")
    with pytest.raises(ValueError, match="at least 1, not 0"):
        abridge.summarize_many([TEXT], threads=0)
    with pytest.raises(ValueError, match="1 titles for 2 texts"):
        abridge.summarize_many([TEXT, TEXT], titles=["t"])
    titled = abridge.summarize_many([TEXT, TEXT], titles=["A title", None])
    assert titled[0].title == "A title" and titled[1].title is None


def test_python_threads_get_the_same_results():
    # summarize releases the GIL: Python threads may call it side by side.
    results = {}

    def work(i):
        results[i] = abridge.summarize(TEXT * 50, sentences=2).to_json()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results.values())) == 1 and len(results) == 4


def test_results_are_typed_and_documented():
    result = abridge.summarize(TEXT)
    assert repr(result).startswith("Summary(")
    assert repr(result.sentences[0]).startswith("Sentence(")
    assert repr(result.keywords[0]).startswith("Keyword(")
    for obj in [abridge.summarize, abridge.keywords, abridge.summarize_many, abridge.Summarizer, abridge.Summary]:
        assert obj.__doc__
    import importlib.resources

    files = importlib.resources.files("abridge")
    assert files.joinpath("py.typed").is_file() and files.joinpath("_abridge.pyi").is_file()
