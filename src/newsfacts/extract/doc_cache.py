"""What several stages read of one Doc, computed once per Doc instead of once per read.

spaCy rebuilds `doc.text` (a join over every token), `doc.noun_chunks` and `doc.sents` (walks
over every token) on each access, and makes a new Token object on every `doc[i]` and every
step of `for token in doc`; stages read these per entity, per acronym, per candidate span,
which cost more than the rest of extraction together (issue #18). The values are kept beside
the Doc, never in it: nothing is written to `doc._` or `doc.user_data`, so a Doc stays
picklable. Only the few most recent Docs are kept (an article's body and headline parts), so
memory stays flat however many articles a process reads.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
# Docs whose views are kept: one article's body and headline parts with room to spare.
RECENT_DOCS = 8

# id(doc) -> (doc, views by name); the Doc is held so its id cannot be reused meanwhile.
_RECENT: OrderedDict[int, tuple[Doc, dict[str, object]]] = OrderedDict()
_LOCK = Lock()  # the web server may extract in several threads
# The entry asked for last: read without the lock (one reference, replaced whole).
_last: tuple[Doc, dict[str, object]] | None = None


def _views(doc: Doc) -> dict[str, object]:
    last = _last
    if last is not None and last[0] is doc:  # stages ask for the same Doc over and over
        return last[1]
    return _remember(doc)


def _remember(doc: Doc) -> dict[str, object]:
    global _last
    with _LOCK:
        entry = _RECENT.get(id(doc))
        if entry is not None and entry[0] is doc:
            _RECENT.move_to_end(id(doc))
        else:
            entry = _RECENT[id(doc)] = (doc, {})
            while len(_RECENT) > RECENT_DOCS:
                _RECENT.popitem(last=False)
        _last = entry
        return entry[1]


def forget() -> None:
    """Drop every kept Doc and view: at the end of a spaCy memory zone, after which the Docs
    made inside it must never be read again (`pipeline.memory_zone`)."""
    global _last
    with _LOCK:
        _RECENT.clear()
        _last = None


def cached(doc: Doc, name: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, once per Doc and `name`; for a view one stage reads many times."""
    views = _views(doc)
    if name not in views:
        views[name] = compute(doc)
    return views[name]  # type: ignore[return-value]


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once."""
    return cached(doc, "text", lambda d: d.text)


def tokens(doc: Doc) -> tuple[Token, ...]:
    """The Doc's tokens, made once: index it instead of `doc[i]`, iterate it instead of `doc`."""
    return cached(doc, "tokens", tuple)


def token_texts(doc: Doc) -> tuple[str, ...]:
    """Each token's text, in order."""
    return cached(doc, "token_texts", lambda d: tuple(token.text for token in tokens(d)))


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """`doc.noun_chunks`, walked once."""
    return cached(doc, "noun_chunks", lambda d: tuple(d.noun_chunks))


def sentences(doc: Doc) -> tuple[Span, ...]:
    """`doc.sents`, split once."""
    return cached(doc, "sents", lambda d: tuple(d.sents))


def head_indices(doc: Doc) -> tuple[int, ...]:
    """Each token's head's index: `token.head` makes a new Token object on every access."""
    return cached(doc, "heads", _head_indices)


def _head_indices(doc: Doc) -> tuple[int, ...]:
    # spaCy stores each head as an offset from its token; one array read makes no Token.
    offsets = doc.to_array("HEAD").astype("int64")
    return tuple(i + int(offset) for i, offset in enumerate(offsets))


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`: spaCy makes a new Span for every entity of the Doc on each read."""
    return cached(doc, "ents", lambda d: tuple(d.ents))


def entities_within(span: Span) -> list[Span]:
    """`span.ents`, read from the Doc's entities made once: spaCy's walks a fresh `doc.ents`."""
    found = []
    for ent in entities(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break  # as spaCy: entities are in order and do not overlap
            found.append(ent)
    return found


def span_text(span: Span) -> str:
    """`span.text` as a slice of the Doc's text: spaCy joins the span's tokens on each read."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def pos_tags(doc: Doc) -> tuple[str, ...]:
    """Each token's coarse part of speech (`token.pos_`), in order."""
    return cached(doc, "pos", lambda d: tuple(token.pos_ for token in tokens(d)))


def span_tokens(span: Span) -> tuple[Token, ...]:
    """The span's tokens from the Doc's, made once: iterating a Span makes a Token per step."""
    return tokens(span.doc)[span.start : span.end]
