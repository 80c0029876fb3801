"""textacy's rule-based direct-quotation extractor as the `quotes` peer, two ways.

`textacy.extract.triples.direct_quotations` pairs quotation-mark tokens through the whole Doc
and raises ValueError when their number is odd (an unclosed quote, but also an apostrophe token
such as ’ after a plural). Called once on the whole article, such an article yields nothing;
the per-paragraph fallback re-runs it on each paragraph of the same parse, so one stray mark
only costs its own paragraph (../shared/eval/METRICS.md, "quotes").
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.quotes import PredictedQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Quotation marks textacy keeps at both ends of a content span; the gold content excludes them.
QUOTE_MARKS = "\"'“”‘’"
# A paragraph: a run of text up to a blank line (the gold's paragraph convention).
PARAGRAPH = re.compile(r"\S(?:.|\n(?!\s*\n))*")


def textacy_quotes(doc: Doc) -> list[PredictedQuote]:
    """textacy on the whole Doc; an article it refuses (ValueError) yields no quote."""
    try:
        return _direct_quotations(doc, offset=0)
    except ValueError:
        return []


def textacy_paragraph_quotes(doc: Doc) -> list[PredictedQuote]:
    """textacy on the whole Doc, else on each paragraph alone; refused paragraphs are skipped."""
    try:
        return _direct_quotations(doc, offset=0)
    except ValueError:
        pass
    quotes = []
    for span in paragraph_spans(doc):
        try:
            quotes.extend(_direct_quotations(span.as_doc(), offset=span.start_char))
        except ValueError:
            continue
    return quotes


def paragraph_spans(doc: Doc) -> list[Span]:
    """The Doc's blank-line separated paragraphs as token spans of the same parse."""
    spans = []
    for match in PARAGRAPH.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


def _direct_quotations(doc: Doc, *, offset: int) -> list[PredictedQuote]:
    """All triples of one textacy call, as offsets into the article (`offset` = Doc's start)."""
    from textacy.extract.triples import direct_quotations

    quotes = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # The generator raises lazily, on the first quotation-mark count check.
        for triple in direct_quotations(doc):
            start, end = _strip_marks(triple.content.text, triple.content.start_char)
            speaker = triple.speaker
            quotes.append(
                PredictedQuote(
                    start=start + offset,
                    end=end + offset,
                    speaker=(
                        speaker[0].idx + offset,
                        speaker[-1].idx + len(speaker[-1].text) + offset,
                    ),
                )
            )
    return quotes


def _strip_marks(text: str, start: int) -> tuple[int, int]:
    """The span of `text` (found at `start`) without leading and trailing quotation marks."""
    lead = len(text) - len(text.lstrip(QUOTE_MARKS))
    stripped = text.strip(QUOTE_MARKS)
    if not stripped:
        return start, start + len(text)
    return start + lead, start + lead + len(stripped)
