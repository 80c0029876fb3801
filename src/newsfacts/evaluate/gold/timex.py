"""Gold for `timex`: TempEval-3 TimeML documents (TE3-platinum, AQUAINT, TimeBank), one per line.

Each document carries its creation time (DCT), against which relative expressions ("today",
"last week") were normalised, so a system must be given it to have a chance at the values
(timex/SOURCE.md). The same span record serves gold and predictions, so scorers see one shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsfacts.errors import DataError
from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
# The corpus name of the official TempEval-3 test set, reported on its own (METRICS.md).
PLATINUM = "te3-platinum"
CORPORA = (PLATINUM, "aquaint", "timebank")
TYPES = ("DATE", "TIME", "DURATION", "SET")
# Every gold offset points into this field (SOURCE.md: titles carry no TIMEX3).
TEXT_FIELD = "text"


@dataclass(frozen=True, slots=True)
class TimexSpan:
    """A time expression: half-open offsets into the text, TIMEX3 type and value.

    `type` is upper case as in TimeML (DATE, TIME, DURATION, SET); `value` is the TIMEX3 value
    string (`1998-01-14`, `P3Y`, `PRESENT_REF`, ...), None when a system gives none.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class TimexDocument:
    id: str
    corpus: str
    dct: datetime  # the document creation time; a date-only DCT is midnight
    text: str
    timexes: tuple[TimexSpan, ...]

    @property
    def published(self) -> date:
        """The date to hand a system as the article's publication date."""
        return self.dct.date()

    @property
    def platinum(self) -> bool:
        return self.corpus == PLATINUM


def load_timex(folder: Path, *, limit: int | None = None) -> list[TimexDocument]:
    """The gold documents of `folder/gold.jsonl`, in file order; every span is checked."""
    path = folder / GOLD_FILE
    return [_document(path, record) for record in read_jsonl(path, limit=limit)]


def _document(path: Path, record: dict[str, Any]) -> TimexDocument:
    text = record["text"]
    timexes = tuple(_timex(path, record["id"], text, item) for item in record["timexes"])
    return TimexDocument(
        id=record["id"],
        corpus=record["corpus"],
        dct=datetime.fromisoformat(record["dct"]),
        text=text,
        timexes=timexes,
    )


def _timex(path: Path, doc_id: str, text: str, item: dict[str, Any]) -> TimexSpan:
    span = TimexSpan(item["start"], item["end"], item["text"], item["type"], item["value"])
    # A shifted offset would silently score every system lower: refuse the file instead.
    if item.get("field", TEXT_FIELD) != TEXT_FIELD or text[span.start : span.end] != span.text:
        raise DataError(
            f"{path}: document {doc_id}: timex {item.get('tid')} at {span.start}-{span.end} does "
            f"not slice to {span.text!r} in `{TEXT_FIELD}`; the file is not in the layout "
            f"timex/SOURCE.md describes"
        )
    return span
