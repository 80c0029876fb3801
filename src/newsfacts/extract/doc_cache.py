"""What several stages read of one Doc, computed once per Doc instead of once per read.

spaCy rebuilds `doc.text` (a join over every token), `doc.noun_chunks` (a walk over every
token) and `doc.sents` on each access; stages read them per entity, per acronym and per stage,
which cost more than the rest of extraction together (issue #18). The values are kept beside
the Doc, never in it: nothing is written to `doc._` or `doc.user_data`, so a Doc stays
picklable. Only plain data is kept (strings, token offsets), never a Span or Token: those hold
their Doc, and the weak reference that drops the entry with its Doc would never fire.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

T = TypeVar("T")
# A span as token offsets and label id: (start, end, label).
_Bounds = tuple[tuple[int, int, int], ...]

# One entry per live Doc: its computed views by name. Gone when the Doc is collected.
_VIEWS: WeakKeyDictionary[Doc, dict[str, object]] = WeakKeyDictionary()


def _cached(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    views = _VIEWS.get(doc)
    if views is None:
        views = _VIEWS[doc] = {}
    if name not in views:
        views[name] = compute(doc)
    return views[name]  # type: ignore[return-value]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once."""
    return _cached(doc, "text", lambda d: d.text)


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """`doc.noun_chunks`, walked once."""
    return _spans(doc, _cached(doc, "noun_chunks", lambda d: _bounds(d.noun_chunks)))


def sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, split once."""
    return _spans(doc, _cached(doc, "sents", lambda d: _bounds(d.sents)))


def _bounds(spans: object) -> _Bounds:
    return tuple((span.start, span.end, span.label) for span in spans)  # type: ignore[attr-defined]


def _spans(doc: Doc, bounds: _Bounds) -> tuple[Span, ...]:
    from spacy.tokens import Span

    return tuple(Span(doc, start, end, label=label) for start, end, label in bounds)
