"""Gold for `storyfacts`: Gun Violence Archive incidents, each reported by 2+ articles.

The gold per incident is GVA's official `killed` and `injured` counts; `stated` and
`disagreement` are the frozen output of the gold-side regex rule (storyfacts/SOURCE.md), so
the scoring denominators never depend on the system under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
FIGURES = ("killed", "injured")


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    headline: str
    published: str | None
    url: str | None
    text: str

    def field(self, name: str) -> str:
        return self.headline if name == "headline" else self.text


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    articles: tuple[GoldArticle, ...]
    official: dict[str, int]  # figure -> GVA's count
    stated: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    disagreement: dict[str, bool] = field(default_factory=dict)

    def states(self, figure: str) -> bool:
        return bool(self.stated.get(figure))

    def judged(self, figure: str) -> bool:
        """At least two articles state the figure: only then can they disagree."""
        return len({s["article"] for s in self.stated.get(figure, [])}) >= 2


def _article(record: dict[str, Any]) -> GoldArticle:
    return GoldArticle(
        id=record["id"],
        headline=record.get("headline") or "",
        published=record.get("published"),
        url=record.get("url"),
        text=record["text"],
    )


def load_incidents(folder: Path, *, limit: int | None = None) -> list[Incident]:
    """The incidents of `folder/gold.jsonl`, in file order."""
    return [
        Incident(
            id=record["id"],
            articles=tuple(_article(a) for a in record["articles"]),
            official={f: int(record[f]) for f in FIGURES},
            stated={f: list(record.get("stated", {}).get(f, [])) for f in FIGURES},
            disagreement={f: bool(record.get("disagreement", {}).get(f)) for f in FIGURES},
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]
