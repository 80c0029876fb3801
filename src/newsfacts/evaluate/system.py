"""newsfacts as the system under evaluation: gold text in, parses or sheets out.

Gold text is already a clean body, so it goes through the pipeline with `body_only`: the
sheet's `text` is the gold text and every offset in the sheet is a gold offset. Every task
feeds its documents through here, so they all run newsfacts the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from newsfacts.article import RawArticle, Source
from newsfacts.evaluate.matching import span_overlap_score
from newsfacts.pipeline import Parsed, clean, extract_many, parse_many

if TYPE_CHECKING:
    from typing import Protocol

    from spacy.language import Language

    from newsfacts.sheet import FactSheet

    class Located(Protocol):
        @property
        def start(self) -> int: ...
        @property
        def end(self) -> int: ...


def gold_article(
    text: str, *, published: date | None = None, headline: str | None = None
) -> RawArticle:
    """A gold document as input; its date (the DCT) lets relative times resolve."""
    return RawArticle(
        text=text,
        source=Source(kind="text"),
        headline=headline or None,
        published=published,
        published_from="input" if published else None,
    )


def parse_gold(articles: Iterable[RawArticle], *, nlp: Language) -> Iterator[Parsed]:
    """One parse per document, for tasks whose spaCy-based peers reuse it."""
    return parse_many((clean(article, body_only=True) for article in articles), nlp=nlp)


def gold_sheets(articles: Iterable[RawArticle], *, nlp: Language) -> Iterator[FactSheet]:
    return extract_many(articles, nlp=nlp, body_only=True)


def overlap_score(gold: Located, predicted: Located) -> float:
    """Shared characters of two located items (the "overlap" qualifier of METRICS.md)."""
    return span_overlap_score((gold.start, gold.end), (predicted.start, predicted.end))


def same_span_score(gold: Located, predicted: Located) -> float:
    """1 when two located items have exactly the same span (the "strict"/"exact" qualifier)."""
    return 1.0 if (gold.start, gold.end) == (predicted.start, predicted.end) else 0.0
