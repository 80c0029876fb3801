"""Gold for `summary`: CNN/DailyMail highlights (via FRANK) and GUM news summaries.

The two sets are scored apart (summary/SOURCE.md): CNN/DM references are 3-4 journalist-written
highlights, GUM's one more abstractive sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
CNNDM = "cnndm"
GUM = "gum"


@dataclass(frozen=True, slots=True)
class SummaryDocument:
    id: str
    subset: str  # CNNDM | GUM, from the id's prefix
    headline: str | None
    text: str
    summary: str
    summary_sentences: tuple[str, ...]


def load_summary(folder: Path, *, limit: int | None = None) -> list[SummaryDocument]:
    """The gold articles of `folder/gold.jsonl`, in file order."""
    return [
        SummaryDocument(
            id=record["id"],
            subset=record["id"].split("/", 1)[0],
            headline=record.get("headline"),
            text=record["text"],
            summary=record["summary"],
            summary_sentences=tuple(record["summary_sentences"]),
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]
