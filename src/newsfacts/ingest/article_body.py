"""The page's own record of its body (JSON-LD `articleBody`) checked against the extracted text.

Many publishers state the article's full text in their JSON-LD. It has no layout, but it
says which words are the article: a paragraph of the extracted text whose words the record
mostly lacks is a teaser, a widget or a promotion and goes; an extracted text that is only
a small part of the record (the page shows the rest after a click, or only in scripts) gives
way to the record itself. A record that is itself a summary is recognised by its size and
changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter

WORD = re.compile(r"\w+")
PARAGRAPH_SEPARATOR = "\n\n"
# The record holds the whole body when the extracted text has nearly all its words...
COMPLETE_COVERAGE = 0.97
# ...and it is not a summary: at least this share of the extracted text's length.
MIN_RECORD_SHARE = 0.6
# A paragraph with less than this share of its words in the record is not the article's.
MIN_PARAGRAPH_SHARE = 0.5
# The extracted text is a fragment of the record: it covers less than this of the record's
# words, while nearly all its own words are the record's.
FRAGMENT_COVERAGE = 0.7
FRAGMENT_PRECISION = 0.95


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in WORD.findall(text))


def reconcile_body(text: str, record: str | None) -> str:
    """The extracted text, checked against the page's `articleBody` when it states one."""
    if not record or not record.strip():
        return text
    stated, extracted = _words(record), _words(text)
    if not stated or not extracted:
        return text
    shared = (stated & extracted).total()
    coverage, precision = shared / stated.total(), shared / extracted.total()
    if coverage < FRAGMENT_COVERAGE and precision >= FRAGMENT_PRECISION:
        return _paragraphs_of(record)
    if coverage >= COMPLETE_COVERAGE and stated.total() >= MIN_RECORD_SHARE * extracted.total():
        return _keep_stated(text, set(stated))
    return text


def _keep_stated(text: str, vocabulary: set[str]) -> str:
    kept = []
    for paragraph in text.split(PARAGRAPH_SEPARATOR):
        words = [w.casefold() for w in WORD.findall(paragraph)]
        if words and sum(w in vocabulary for w in words) < MIN_PARAGRAPH_SHARE * len(words):
            continue
        kept.append(paragraph)
    return PARAGRAPH_SEPARATOR.join(kept) if kept else text


def _paragraphs_of(record: str) -> str:
    """The record's lines as paragraphs (it separates them by one or more line breaks)."""
    lines = (" ".join(line.split()) for line in record.splitlines())
    return PARAGRAPH_SEPARATOR.join(line for line in lines if line)
