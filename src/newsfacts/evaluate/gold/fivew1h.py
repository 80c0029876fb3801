"""Gold for `5w1h`: the Giveme5W1H gold standard, one article per line (5w1h/SOURCE.md).

Each question (who ... how) holds the phrases the three coders recorded, with how many coders
chose each; a phrase whose text is None records that the coders agreed there is no answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
QUESTIONS = ("who", "what", "when", "where", "why", "how")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One coded answer: `text` None means "the article has no answer"."""

    text: str | None
    coders: int


@dataclass(frozen=True, slots=True)
class FiveW1HDocument:
    id: str
    headline: str
    text: str
    published: date | None
    answers: dict[str, tuple[Phrase, ...]]


def load_fivew1h(folder: Path, *, limit: int | None = None) -> list[FiveW1HDocument]:
    """The gold articles of `folder/gold.jsonl`, in file order."""
    return [
        FiveW1HDocument(
            id=record["id"],
            headline=record.get("headline") or "",
            text=record["text"],
            published=_published(record.get("published")),
            answers={
                question: tuple(
                    Phrase(phrase["text"], int(phrase["coders"]))
                    for phrase in record["answers"].get(question, [])
                )
                for question in QUESTIONS
            },
        )
        for record in read_jsonl(folder / GOLD_FILE, limit=limit)
    ]


def _published(value: str | None) -> date | None:
    """The source writes "2016-11-11 08:42:13"; only the day matters to a fact sheet."""
    return datetime.fromisoformat(value).date() if value else None
