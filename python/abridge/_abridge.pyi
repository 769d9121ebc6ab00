"""Type stubs of the compiled module; ``abridge`` re-exports all of it."""

import os
from typing import Any, Iterable, Optional, TypedDict, Union

from typing_extensions import Unpack

__version__: str

#: The summary methods' names (``method=``).
SUMMARY_METHODS: tuple[str, ...]
#: The keyword methods' names (``keyword_method=``).
KEYWORD_METHODS: tuple[str, ...]
#: The languages' names (``language=`` also takes ISO 639-1 codes).
LANGUAGES: tuple[str, ...]
#: The sentence orders' names (``order=``).
ORDERS: tuple[str, ...]
#: The sentence similarities' names (``similarity=``).
SIMILARITIES: tuple[str, ...]

_Path = Union[str, "os.PathLike[str]"]

class Error(Exception):
    """A text that abridge could not summarize (larger than ``max_bytes``, say)."""

class Sentence:
    """One sentence of a summary.

    ``input[start:end]`` is the sentence as it stands in the input (Python
    string indices); ``byte_start``/``byte_end`` are the same place in the
    input's UTF-8 bytes (the JSON's ``start``/``end``).
    """

    @property
    def index(self) -> int:
        """The sentence's 0-based position among the document's sentences."""
    @property
    def text(self) -> str:
        """The sentence, white space collapsed."""
    @property
    def score(self) -> float:
        """Its score under the summary method, higher is better."""
    @property
    def start(self) -> int:
        """Where it starts in the input, in characters."""
    @property
    def end(self) -> int:
        """Where it ends in the input, in characters (exclusive)."""
    @property
    def byte_start(self) -> int:
        """Where it starts in the input's UTF-8 bytes."""
    @property
    def byte_end(self) -> int:
        """Where it ends in the input's UTF-8 bytes (exclusive)."""

class Keyword:
    """One keyword: the phrase, its score (higher is better) and its count."""

    @property
    def term(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def count(self) -> int: ...

class Stats:
    """The document's sentence and word counts."""

    @property
    def sentences(self) -> int: ...
    @property
    def words(self) -> int: ...

class Summary:
    """The summary of one text."""

    @property
    def title(self) -> Optional[str]:
        """The title (found at the top of the text, or given), or None."""
    @property
    def language(self) -> str:
        """The language the text was read as, by name."""
    @property
    def language_detected(self) -> bool:
        """True when detection chose ``language``; False when it was given or fell back."""
    @property
    def language_confidence(self) -> Optional[float]:
        """The detector's confidence (0 to 1) on the text's first 320 characters, or its first 640 when those do not decide with full confidence (at most 1 KiB), which is what it reads; None when the language was given."""
    @property
    def sentences(self) -> list[Sentence]:
        """The summary's sentences, in the configured order."""
    @property
    def keywords(self) -> list[Keyword]:
        """The keywords, best first."""
    @property
    def stats(self) -> Stats:
        """The document's counts."""
    @property
    def text(self) -> str:
        """The summary's sentences joined by one space."""
    def to_json(self, *, source: str = "-", id: Any = None) -> str:
        """The command line's JSON object (``abridge -f json``), one line.

        ``source`` is its "source" field; ``id`` (any JSON value) adds an "id"
        field. Its "start"/"end" are byte offsets.
        """
    def to_dict(self, *, source: str = "-", id: Any = None) -> dict[str, Any]:
        """``to_json()`` as a dict."""

class Options(TypedDict, total=False):
    """The options of ``summarize``, ``Summarizer`` and ``summarize_many``.

    Defaults: sentences=3 (at most one of sentences, ratio and words),
    method="textrank", language=None (detected), fallback_language=None
    (English), keywords=10,
    keyword_method="textrank", order="document", similarity="overlap",
    position_bias=0.12, stopwords=None, max_bytes=64 MiB, idf=None. None
    keeps the default.
    """

    sentences: Optional[int]
    """Number of summary sentences."""
    ratio: Optional[float]
    """Share of the document's sentences to keep, in (0, 1]."""
    words: Optional[int]
    """Word budget for the summary (the best sentence is always kept)."""
    method: Optional[str]
    """How sentences are scored: one of SUMMARY_METHODS."""
    language: Optional[str]
    """The text's language, by name or ISO 639-1 code (one of LANGUAGES), for every
    text; None or "auto" detects each text's language."""
    fallback_language: Optional[str]
    """With detection, the language of a text whose language is not found with
    confidence (English when None)."""
    keywords: Optional[int]
    """Number of keywords (0 for none)."""
    keyword_method: Optional[str]
    """How keywords are scored: one of KEYWORD_METHODS."""
    distinct_keywords: Optional[bool]
    """One keyword per concept: of two keywords one of which holds the other's words, one
    takes the slot unless both are said often (True for every method, False for none; None,
    the default: on for textrank and tfidf in English)."""
    order: Optional[str]
    """Order of the summary's sentences: one of ORDERS."""
    similarity: Optional[str]
    """How sentences are compared: one of SIMILARITIES."""
    position_bias: Optional[float]
    """Lead bias: the score of sentence i is multiplied by 1/(i+1)^b (0: none)."""
    stopwords: Optional[Iterable[str]]
    """Words to treat as stopwords on top of the language's lists."""
    max_bytes: Optional[int]
    """Texts larger than this many UTF-8 bytes raise abridge.Error."""
    idf: Optional[_Path]
    """Path of a corpus IDF model (``abridge idf build``)."""

class Summarizer:
    """A summarizer configured once, run on many texts."""

    def __init__(self, **options: Unpack[Options]) -> None: ...
    def summarize(
        self,
        text: str,
        *,
        title: Optional[str] = None,
        focus: Union[str, Iterable[str], None] = None,
        sentences: Optional[int] = None,
        ratio: Optional[float] = None,
        words: Optional[int] = None,
    ) -> Summary:
        """Summarizes ``text``; sentences, ratio or words change the length for this call."""
    def keywords(self, text: str, *, title: Optional[str] = None) -> list[Keyword]:
        """The keywords of ``text``, best first."""
    def summarize_many(
        self,
        texts: Iterable[str],
        *,
        titles: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
        focus: Union[str, Iterable[str], None] = None,
    ) -> list[Summary]:
        """Summarizes every text in parallel; results in input order."""

def summarize(
    text: str,
    *,
    title: Optional[str] = None,
    focus: Union[str, Iterable[str], None] = None,
    **options: Unpack[Options],
) -> Summary:
    """Summarizes ``text``: its best sentences and its keywords.

    ``focus`` (a str or several) focuses the summary on what it names, as ``--focus`` does.
    """

def keywords(
    text: str,
    *,
    title: Optional[str] = None,
    keywords: Optional[int] = 10,
    keyword_method: Optional[str] = "textrank",
    distinct_keywords: Optional[bool] = None,
    language: Optional[str] = None,
    fallback_language: Optional[str] = None,
    stopwords: Optional[Iterable[str]] = None,
    max_bytes: Optional[int] = 67108864,
    idf: Optional[_Path] = None,
) -> list[Keyword]:
    """The keywords of ``text``, best first (as ``summarize(text).keywords``)."""

def summarize_many(
    texts: Iterable[str],
    *,
    titles: Optional[Iterable[Optional[str]]] = None,
    threads: Optional[int] = None,
    focus: Union[str, Iterable[str], None] = None,
    **options: Unpack[Options],
) -> list[Summary]:
    """Summarizes every text in parallel with the GIL released; results in input order."""
