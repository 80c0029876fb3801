"""Scoring primitives shared by the tasks (../shared/eval/METRICS.md, "Common").

Span matching is one-to-one: every qualifying (gold, prediction) pair is scored, pairs are
taken in decreasing score (ties: document order), and each side is used at most once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class Counts:
    """Matched / predicted / gold counts, summed over documents (micro-averaging)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def as_dict(self, prefix: str = "") -> dict[str, float]:
        return {
            f"{prefix}precision": self.precision,
            f"{prefix}recall": self.recall,
            f"{prefix}f1": self.f1,
        }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_one_to_one(
    gold: Sequence[G],
    predicted: Sequence[P],
    score: Callable[[G, P], float],
) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index), greedily by decreasing score; score <= 0 never pairs.

    Ties keep document order: the earlier gold item, then the earlier prediction, wins.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            s = score(g, p)
            if s > 0:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def span_overlap_score(gold: tuple[int, int], predicted: tuple[int, int]) -> float:
    """The usual "overlap" qualifier: at least one shared character, scored by shared chars."""
    return float(overlap(gold, predicted))


def right_of_total(by_kind: Mapping[str, tuple[int, int]]) -> str:
    """ "date 40/52, duration 3/9": right answers of all, per kind, for a task's notes."""
    return (
        ", ".join(f"{kind} {right}/{total}" for kind, (right, total) in by_kind.items()) or "none"
    )
