"""newsfacts as the system under evaluation: gold text in, parses or sheets out.

Gold text is already a clean body, so it goes through the pipeline with `body_only`: the
sheet's `text` is the gold text and every offset in the sheet is a gold offset. Every task
feeds its documents through here, so they all run newsfacts the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from newsfacts.article import RawArticle, Source
from newsfacts.evaluate.matching import span_overlap_score
from newsfacts.evaluate.result import Track
from newsfacts.pipeline import Parsed, build_sheet, clean, extract_many, parse_many

if TYPE_CHECKING:
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


D = TypeVar("D")
S = TypeVar("S")


class GoldText(Protocol):
    """A gold document: its text is the article body its offsets point into."""

    @property
    def text(self) -> str: ...


G = TypeVar("G", bound=GoldText)


class Scorer(Protocol):
    """A task's running score, one document (and what a system predicted in it) at a time."""

    def add(self, document: Any, predicted: Any) -> None: ...


Sc = TypeVar("Sc", bound=Scorer)


def parsed_sheets(
    documents: Sequence[D],
    articles: Iterable[RawArticle],
    *,
    nlp: Language,
    track: Track,
    description: str,
) -> Iterator[tuple[D, Parsed, FactSheet]]:
    """Each document with its one parse (of its article, in the same order) and the sheet built
    from that parse, progress shown: for tasks whose spaCy-based peers read the very parse our
    sheet came from."""
    pairs = zip(documents, parse_gold(articles, nlp=nlp), strict=True)
    for document, parse in track(pairs, description, total=len(documents)):
        yield document, parse, build_sheet(parse, nlp=nlp)


def gold_sheets(articles: Iterable[RawArticle], *, nlp: Language) -> Iterator[FactSheet]:
    return extract_many(articles, nlp=nlp, body_only=True)


def score_sheets(
    score: Sc,
    documents: Sequence[G],
    articles: Iterable[RawArticle],
    read: Callable[[FactSheet], list[S]],
    *,
    nlp: Language,
    task: str,
    track: Track,
) -> Sc:
    """`score` with each document added, with what `read` takes from its sheet (progress
    shown); nothing where the sheet's text is not the document's (body_only keeps the text as
    given; were it ever changed, no offset would be comparable)."""
    pairs = zip(documents, gold_sheets(articles, nlp=nlp), strict=True)
    for document, sheet in track(pairs, f"{task}: newsfacts", total=len(documents)):
        score.add(document, read(sheet) if sheet.text == document.text else [])
    return score


def overlap_score(gold: Located, predicted: Located) -> float:
    """Shared characters of two located items (the "overlap" qualifier of METRICS.md)."""
    return span_overlap_score((gold.start, gold.end), (predicted.start, predicted.end))


def same_span_score(gold: Located, predicted: Located) -> float:
    """1 when two located items have exactly the same span (the "strict"/"exact" qualifier)."""
    return 1.0 if (gold.start, gold.end) == (predicted.start, predicted.end) else 0.0
