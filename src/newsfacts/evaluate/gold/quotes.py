"""Gold for `quotes`: PolNeAR attributions (who said what) in political news, one article a line.

An attribution's content may be split around its cue ("'X,' he said. 'Y.'"), so content and
speaker are kept as lists of pieces; `kind` (direct, mixed, indirect) was derived from quotation
marks by the converter (quotes/SOURCE.md). The shape a system's quote is scored in lives here
too, so peers and our sheet are turned into the same records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
KINDS = ("direct", "mixed", "indirect")

Piece = tuple[int, int]


def pieces_length(pieces: tuple[Piece, ...]) -> int:
    """Characters of content, all pieces together."""
    return sum(end - start for start, end in pieces)


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One attribution; pieces are half-open character offsets into the article `text`."""

    kind: str
    content: tuple[Piece, ...]
    speaker: tuple[Piece, ...]  # () = PolNeAR marks no source
    cue: str  # the cue pieces' text joined by a space; "" when none

    @property
    def length(self) -> int:
        return pieces_length(self.content)


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    """A system's quote: one content span, its kind (None = the system says none), its speaker."""

    start: int
    end: int
    kind: str | None = None
    speaker: Piece | None = None
    # A quote split around its cue and linked as one attribution: its pieces (else the span).
    pieces: tuple[Piece, ...] = ()

    @property
    def content(self) -> tuple[Piece, ...]:
        return self.pieces or ((self.start, self.end),)

    @property
    def length(self) -> int:
        return pieces_length(self.content)


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    id: str
    text: str
    published: date | None
    quotes: tuple[GoldQuote, ...]


def load_quotes(folder: Path, *, limit: int | None = None) -> list[QuoteDocument]:
    """The gold articles of `folder/gold.jsonl`, in file order."""
    return [_document(record) for record in read_jsonl(folder / GOLD_FILE, limit=limit)]


def _document(record: dict[str, Any]) -> QuoteDocument:
    published = record.get("published")
    return QuoteDocument(
        id=record["id"],
        text=record["text"],
        published=date.fromisoformat(published) if published else None,
        quotes=tuple(_quote(quote) for quote in record["quotes"]),
    )


def _quote(record: dict[str, Any]) -> GoldQuote:
    return GoldQuote(
        kind=record["kind"],
        content=_pieces(record["content"]),
        speaker=_pieces(record["speaker"]),
        cue=" ".join(piece["text"] for piece in record["cue"]),
    )


def _pieces(pieces: list[dict[str, Any]]) -> tuple[Piece, ...]:
    return tuple((piece["start"], piece["end"]) for piece in pieces)
