"""Gold for `stories`: ECB+ articles with their same-event cluster (stories/SOURCE.md).

A gold cluster is one ECB+ sub-topic ("<topic>/<ecb|ecbplus>"): several outlets reporting one
seminal event. The two clusters of a topic are near-misses (same kind of event, different
people, time and place).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"


@dataclass(frozen=True, slots=True)
class StoryDocument:
    id: str
    text: str
    cluster: str
    topic: int


def load_stories(folder: Path, *, limit: int | None = None) -> list[StoryDocument]:
    """The gold articles of `folder/gold.jsonl`, in file order."""
    return [
        StoryDocument(
            id=record["id"],
            text=record["text"],
            cluster=record["cluster"],
            topic=int(record["topic"]),
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]


def cluster_labels(documents: list[StoryDocument]) -> list[int]:
    """The gold clusters as integer labels, numbered in order of first appearance."""
    numbers: dict[str, int] = {}
    return [numbers.setdefault(document.cluster, len(numbers)) for document in documents]
