"""What a task run returns, and the interface every task module implements."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Track(Protocol):
    """Wraps an iterable to show progress: `track(items, description, total)`."""

    def __call__(
        self, items: Iterable[T], description: str, total: int | None = None
    ) -> Iterator[T]: ...


def no_progress(items: Iterable[T], description: str = "", total: int | None = None) -> Iterator[T]:
    yield from items


@dataclass(frozen=True)
class PeerFigure:
    """A figure METRICS.md gives for a peer on the shared split; `make eval-check` compares."""

    system: str
    metric: str
    value: float
    tolerance: float = 0.01


@dataclass
class TaskResult:
    """One task's scores: `systems[name][metric] = value` (the `--json` shape)."""

    task: str
    documents: int
    primary: str
    systems: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "documents": self.documents,
            "primary": self.primary,
            "systems": {
                name: {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}
                for name, metrics in self.systems.items()
            },
        }


@dataclass(frozen=True)
class TaskSpec:
    """A task: its name, primary metric, the peers METRICS.md lists, and how to run it.

    `run(data_dir, peers=..., limit=..., track=...)` reads `data_dir/<name>/` and returns a
    TaskResult with a "newsfacts" system and, when `peers` is true, one per peer key.
    """

    name: str
    primary: str
    peers: tuple[str, ...]
    run: Callable[..., TaskResult]
    figures: tuple[PeerFigure, ...] = ()
    gold_files: tuple[str, ...] = ("gold.jsonl",)

    def folder(self, data_dir: Path) -> Path:
        return data_dir / self.name
