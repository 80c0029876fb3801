"""Gold for `crossdoc`: ECB+ entity mentions linked across the articles of one sub-topic.

One line of crossdoc/gold.jsonl is one ECB+ sub-topic: several outlets' reports of one event,
and every annotated mention of a person, organisation or place in them, each with the gold
entity it belongs to. Entity ids are compared only within one sub-topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
PERSON_TYPE = "HUMAN_PART_PER"


@dataclass(frozen=True, slots=True)
class CrossDocument:
    id: str
    text: str


@dataclass(frozen=True, slots=True)
class CrossMention:
    doc: str
    start: int
    end: int
    text: str
    type: str
    entity: str
    named: bool


@dataclass(frozen=True, slots=True)
class SubTopic:
    id: str
    cluster: str
    topic: int
    documents: tuple[CrossDocument, ...]
    mentions: tuple[CrossMention, ...]


def _subtopic(record: dict) -> SubTopic:
    documents = tuple(CrossDocument(d["id"], d["text"]) for d in record["documents"])
    mentions = tuple(
        CrossMention(
            doc=m["doc"],
            start=int(m["start"]),
            end=int(m["end"]),
            text=m["text"],
            type=m["type"],
            entity=m["entity"],
            named=bool(m["named"]),
        )
        for m in record["mentions"]
    )
    return SubTopic(record["id"], record["cluster"], int(record["topic"]), documents, mentions)


def load_crossdoc(folder: Path, *, limit: int | None = None) -> list[SubTopic]:
    """The sub-topics of `folder/gold.jsonl`, in file order."""
    return [_subtopic(record) for record in read_jsonl(folder / GOLD_FILE, limit=limit)]
