"""Gold for `coref`: GUM news entity chains and GAP's pronoun -> name examples.

GUM marks every mention of every entity in 18 Wikinews articles (pronouns included, nested
spans allowed), so the anaphoric 3rd-person pronouns can be asked "which entity is this?".
GAP gives Wikipedia snippets with one pronoun and two candidate names, A and B, each labelled
coreferent or not (coref/SOURCE.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from newsfacts.evaluate.data import read_jsonl

GUM_FILE = "gold.jsonl"
GAP_FILE = "gap.jsonl"
# The anaphoric pronouns scored on GUM (METRICS.md): 3rd person, by the class of antecedent.
PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUNS = PERSONAL_PRONOUNS | NEUTER_PRONOUNS | PLURAL_PRONOUNS
GAP_ANSWERS = ("A", "B", "neither")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GumMention:
    """A mention: half-open character offsets into `text`, and the id of its gold entity."""

    start: int
    end: int
    text: str
    entity: str

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class GumDocument:
    id: str
    text: str
    published: date | None
    mentions: tuple[GumMention, ...]  # every mention of every entity, by (start, end)

    def anaphoric_pronouns(self) -> list[GumMention]:
        """3rd-person pronoun mentions with an earlier mention (by start) in their entity."""
        seen: set[str] = set()
        pronouns = []
        for mention in self.mentions:
            if mention.entity in seen and mention.text.lower() in PRONOUNS:
                pronouns.append(mention)
            seen.add(mention.entity)
        return pronouns


@dataclass(frozen=True, slots=True)
class GapExample:
    """One GAP snippet: the pronoun, names A and B, and which of them it refers to."""

    id: str
    text: str
    pronoun: str
    pronoun_span: Span
    a: Span
    b: Span
    answer: str  # A | B | neither

    @property
    def a_coref(self) -> bool:
        return self.answer == "A"

    @property
    def b_coref(self) -> bool:
        return self.answer == "B"


def load_gum(folder: Path, *, limit: int | None = None) -> list[GumDocument]:
    """The GUM news documents of `folder/gold.jsonl`, in file order."""
    return [_gum_document(record) for record in read_jsonl(folder / GUM_FILE, limit=limit)]


def load_gap(folder: Path, *, limit: int | None = None) -> list[GapExample]:
    """The GAP examples of `folder/gap.jsonl`, in file order."""
    return [_gap_example(record) for record in read_jsonl(folder / GAP_FILE, limit=limit)]


def _gum_document(record: dict[str, Any]) -> GumDocument:
    mentions = [
        GumMention(mention["start"], mention["end"], mention["text"], entity["id"])
        for entity in record["entities"]
        for mention in entity["mentions"]
    ]
    published = record.get("published")
    return GumDocument(
        id=record["id"],
        text=record["text"],
        published=date.fromisoformat(published) if published else None,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
    )


def _gap_example(record: dict[str, Any]) -> GapExample:
    pronoun = record["pronoun"]
    return GapExample(
        id=record["id"],
        text=record["text"],
        pronoun=pronoun["text"],
        pronoun_span=(pronoun["start"], pronoun["end"]),
        a=(record["A"]["start"], record["A"]["end"]),
        b=(record["B"]["start"], record["B"]["end"]),
        answer=record["answer"],
    )
