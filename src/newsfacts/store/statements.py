"""Dated statements: which sentence of an article says what about whom, and when.

`timeline ENTITY` reads these across the corpus. A sheet's own `timeline` is used when it has
one; otherwise each sentence holding a resolved calendar date (`times`) is a statement about the
entities mentioned in it. An entity no dated sentence speaks of still gets its first sentence,
dated by the article's publication (`dated_by = "published"`), so every article that names it
has a place on its timeline. Pure functions over the sheet: no database here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from newsfacts.sheet import FactSheet

TEXT = "text"
PUBLISHED = "published"
# TIMEX3 calendar values that sort as dates: 2017, 2017-11, 2017-11-13, 2017-W46 (a time of
# day is cut to its date, a range to its start).
CALENDAR = re.compile(r"^(\d{4}(?:-(?:W\d{2}|\d{2}(?:-\d{2})?))?)(?:$|[T/ ])")


@dataclass(frozen=True, slots=True)
class Statement:
    value: str  # sortable date: 2017-11-13, 2017-11, 2017, 2017-W46
    start: int  # the sentence: half-open offsets into the sheet's text
    end: int
    dated_by: str  # text | published
    entities: tuple[str, ...]  # the sheet's local entity ids


def calendar_value(value: str | None) -> str | None:
    """The sortable calendar date a TIMEX3 value names, or None (durations, unanchored)."""
    if not value:
        return None
    match = CALENDAR.match(value)
    return match.group(1) if match else None


def dated_statements(sheet: FactSheet) -> list[Statement]:
    """Statements of one sheet, by sentence order; at most one per (sentence, date)."""
    sentences = (
        [(s.start, s.end) for s in sheet.sentences]
        or [(p.start, p.end) for p in sheet.paragraphs]
        or [(0, len(sheet.text))]
    )
    starts = [start for start, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_right(starts, offset) - 1)

    mentioned: dict[int, list[str]] = {}
    first_sentence: dict[str, int] = {}
    for entity in sheet.entities:
        for mention in entity.mentions:
            if mention.field == TEXT:
                index = sentence_of(mention.start)
                if entity.id not in mentioned.setdefault(index, []):
                    mentioned[index].append(entity.id)
                first_sentence[entity.id] = min(first_sentence.get(entity.id, index), index)

    found: dict[tuple[int, int, str], list[str]] = {}
    if sheet.timeline:
        for entry in sheet.timeline:
            value = calendar_value(entry.value)
            if value and entry.entities:
                found.setdefault((entry.start, entry.end, value), []).extend(entry.entities)
    else:
        for time in sheet.times:
            value = calendar_value(time.value)
            index = sentence_of(time.start)
            if value and mentioned.get(index):
                start, end = sentences[index]
                found.setdefault((start, end, value), []).extend(mentioned[index])
    statements = [
        Statement(value, start, end, TEXT, tuple(dict.fromkeys(entities)))
        for (start, end, value), entities in found.items()
    ]
    if sheet.published is not None:
        dated = {entity for statement in statements for entity in statement.entities}
        undated: dict[int, list[str]] = {}
        named = {entity.id for entity in sheet.entities if entity.named}
        for ident, index in first_sentence.items():
            if ident in named and ident not in dated:
                undated.setdefault(index, []).append(ident)
        published = sheet.published.isoformat()
        for index, entities in undated.items():
            start, end = sentences[index]
            statements.append(Statement(published, start, end, PUBLISHED, tuple(entities)))
    return sorted(statements, key=lambda statement: (statement.start, statement.value))
