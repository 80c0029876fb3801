"""The timeline: every sentence that carries a resolved date, oldest first (issue #6).

A TIMEX3 value names a stretch of calendar (`2017-W46` is a week, `199` a decade); the timeline
orders by where that stretch starts, then by how long it is, so "2017-11-13" comes after the
week it falls in. Values with unknown digits (`XXXX-11-13`) and vague references
(`PRESENT_REF`) have no place on a calendar and are left out, as are durations and sets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.spans import strip_span
from newsfacts.sheet import Entity, Time, TimelineEntry

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATED_TYPES = frozenset({"date", "time", "range"})
# Where a season starts (northern meteorological seasons), by TIMEX3 code.
SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|MI))?$")
_PART_HOURS = {"MO": 8, "MI": 12, "AF": 14, "EV": 18, "NI": 21}


def value_interval(value: str | None) -> tuple[datetime, datetime] | None:
    """[start, end) of the calendar stretch a TIMEX3 value names; None when it names none."""
    if not value or "X" in value or value.endswith("_REF") or value.startswith("P"):
        return None
    try:
        return _interval(value)
    except (ValueError, OverflowError):
        return None  # "2017-02-30": a value the calendar does not have


def _interval(value: str) -> tuple[datetime, datetime] | None:
    if "/" in value:
        first, _, last = value.partition("/")
        head, tail = _interval(first), _interval(last)
        return (head[0], tail[1]) if head and tail else None
    match = _DAY.match(value)
    if match:
        start = datetime(int(match[1]), int(match[2]), int(match[3]))
        if match[4]:
            start = start.replace(hour=int(match[4]) % 24, minute=int(match[5]))
            return start, start + timedelta(minutes=1)
        if match[6]:
            start = start.replace(hour=_PART_HOURS[match[6]])
            return start, start + timedelta(hours=4)
        return start, start + timedelta(days=1)
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        start = datetime.combine(monday, datetime.min.time())
        if match[3]:
            return start + timedelta(days=5), start + timedelta(days=7)
        return start, start + timedelta(days=7)
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(match[1]), int(match[2])
        following = datetime(year + month // 12, month % 12 + 1, 1)
        return datetime(year, month, 1), following
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(match[1]), int(match[2])
        start = datetime(year, 3 * quarter - 2, 1)
        end = datetime(year + 1, 1, 1) if quarter == 4 else datetime(year, 3 * quarter + 1, 1)
        return start, end
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        year, half = int(match[1]), int(match[2])
        return datetime(year, 6 * half - 5, 1), datetime(year + half - 1, 7 if half == 1 else 1, 1)
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, month = int(match[1]), SEASON_STARTS[match[2]]
        start = datetime(year, month, 1)
        end = datetime(year + (month + 3) // 13, (month + 2) % 12 + 1, 1)
        return start, end
    if re.fullmatch(r"\d{4}", value):
        return datetime(int(value), 1, 1), datetime(int(value) + 1, 1, 1)
    if re.fullmatch(r"\d{3}", value):  # a decade
        return datetime(int(value) * 10, 1, 1), datetime(int(value) * 10 + 10, 1, 1)
    if re.fullmatch(r"\d{2}", value):  # a century
        return datetime(max(1, int(value) * 100), 1, 1), datetime(int(value) * 100 + 100, 1, 1)
    return None


def build_timeline(
    doc: Doc, times: Sequence[Time], *, entities: Sequence[Entity] = ()
) -> list[TimelineEntry]:
    """One entry per dated time, with its sentence and the entities mentioned in it."""
    entries: list[tuple[tuple[datetime, timedelta, int], TimelineEntry]] = []
    text = doc_text(doc)
    for time in times:
        if time.type not in DATED_TYPES or time.id is None:
            continue
        interval = value_interval(time.value)
        if interval is None:
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        sentence = span.sent
        start, end = strip_span(text, sentence.start_char, sentence.end_char)
        entry = TimelineEntry(
            value=time.value or "",
            time=time.id,
            sentence=text[start:end],
            start=start,
            end=end,
            entities=_entities_between(entities, start, end),
        )
        entries.append(((interval[0], interval[1] - interval[0], time.start), entry))
    entries.sort(key=lambda pair: pair[0])
    return [entry for _, entry in entries]


def _entities_between(entities: Sequence[Entity], start: int, end: int) -> list[str]:
    """Ids of the entities with a mention in [start, end) of the body text, in sheet order."""
    found = []
    for entity in entities:
        for mention in entity.mentions:
            if mention.field == "text" and start <= mention.start and mention.end <= end:
                found.append(entity.id)
                break
    return found
