"""abridge: extractive summaries and keywords for articles, fast.

    >>> import abridge
    >>> result = abridge.summarize(text, sentences=3)
    >>> [s.text for s in result.sentences], [k.term for k in result.keywords]

``summarize`` and ``keywords`` take the command line's options as keywords;
``Summarizer(**options)`` is configured once and run on many texts;
``summarize_many(texts, threads=None, **options)`` runs on all cores with the
GIL released and returns the results in input order. ``Summary.to_json()``
is the command line's JSON (``abridge -f json``).

Sentence offsets: ``text[s.start:s.end]`` is the sentence as it stands in the
input (Python string indices); ``s.byte_start`` and ``s.byte_end`` are the same
place in the input's UTF-8 bytes, which is what the JSON's ``start`` and
``end`` hold. ``s.text`` is the sentence with its white space collapsed.

Bad options raise ``ValueError`` (``TypeError`` for a value of the wrong
type); a text that cannot be summarized raises ``abridge.Error``.

The valid names of the options that take one are in ``SUMMARY_METHODS``,
``KEYWORD_METHODS``, ``LANGUAGES``, ``ORDERS`` and ``SIMILARITIES``.
"""

from ._abridge import (
    KEYWORD_METHODS,
    LANGUAGES,
    ORDERS,
    SIMILARITIES,
    SUMMARY_METHODS,
    Error,
    Keyword,
    Sentence,
    Stats,
    Summarizer,
    Summary,
    __version__,
    keywords,
    summarize,
    summarize_many,
)

__all__ = [
    "KEYWORD_METHODS",
    "LANGUAGES",
    "ORDERS",
    "SIMILARITIES",
    "SUMMARY_METHODS",
    "Error",
    "Keyword",
    "Sentence",
    "Stats",
    "Summarizer",
    "Summary",
    "__version__",
    "keywords",
    "summarize",
    "summarize_many",
]
