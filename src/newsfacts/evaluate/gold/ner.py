"""Gold for `ner`: CoNLL-2003 test documents (CoNLL++ corrections), one per line.

The gold keeps CoNLL tokenisation; the tokens are kept so a system can also be run on the gold
tokens (`[gold tokens]`), whose offsets coincide with those into `text` (ner/SOURCE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A labelled span: half-open character offsets into the document's `text`."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class NerDocument:
    id: str
    text: str
    tokens: tuple[str, ...]
    entities: tuple[EntitySpan, ...]


def load_ner(folder: Path, *, limit: int | None = None) -> list[NerDocument]:
    """The gold documents of `folder/gold.jsonl`, in file order."""
    return [
        NerDocument(
            id=record["id"],
            text=record["text"],
            tokens=tuple(token["text"] for token in record["tokens"]),
            entities=tuple(
                EntitySpan(entity["start"], entity["end"], entity["label"])
                for entity in record["entities"]
            ),
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]
