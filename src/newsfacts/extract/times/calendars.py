"""Calendar arithmetic and the shared records of TIMEX3 resolution (issue #6).

`Context` carries the anchor (the publication date) and the direction an underspecified date
lies in; `Resolved` is a type and a TIMEX3 value. Handlers in `dates` and `timex` use
these helpers; values follow TimeML 1.2 (timex/SOURCE.md).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from newsfacts.extract.numbers import parse_number
from newsfacts.extract.times.words import (
    DURATION_UNITS,
    MONTHS,
    PARTS_OF_DAY,
    UNIT_PLURALS,
    VAGUE_UNIT_LETTERS,
)

PAST, PRESENT, FUTURE = "past", "present", "future"
VAGUE_NUMBERS = frozenset(
    {"a few", "several", "few", "many", "some", "a couple of", "couple of", "a number of"}
)
VAGUE_NUMBERS |= {"numerous"}


@dataclass(frozen=True, slots=True)
class Resolved:
    type: str  # date | time | duration | set | range
    value: str | None
    anchored: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """What a value may depend on: the publication date, and where from it an underspecified
    date lies (-1 before, +1 after, 0 nearest), as the verb's tense and prepositions say."""

    anchor: date | None
    direction: int = -1


def part_word(parts: dict[str, str], key: str) -> str:
    return " ".join(parts.get(key, "").lower().split())


def month_number(parts: dict[str, str]) -> int:
    return MONTHS[part_word(parts, "month").rstrip(".")]


def year_of(month: int, day: int, context: Context) -> int | None:
    """The year of a month (and day) given without one: before the anchor in past tense, after
    it in future tense, unless that is most of a year away and the other way is within a month
    ("moved the vote to Dec. 3" written on Nov. 20 is this December, whatever the tense)."""
    anchor = context.anchor
    if anchor is None:
        return None
    if context.direction == 0:
        return _nearest_year(month, day, anchor)
    if day == 0:  # a whole month: compare months only
        if context.direction > 0:
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
    elif context.direction > 0:
        year = anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    else:
        year = anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    if _days_off(anchor, year, month, day) > FAR_DAYS:
        other = year - context.direction
        if _days_off(anchor, other, month, day) <= NEAR_DAYS:
            return other
    return year


# The tense's year gives way to the other when it is this far off and the other this near.
FAR_DAYS = 300
NEAR_DAYS = 31
OUT_OF_RANGE = 10**6


def _days_off(anchor: date, year: int, month: int, day: int) -> int:
    """Days between the anchor and a day (a whole month: its nearest day)."""
    if not MINYEAR <= year <= MAXYEAR:
        return OUT_OF_RANGE
    last = calendar.monthrange(year, month)[1]
    first = date(year, month, min(day, last) if day else 1)
    final = date(year, month, min(day, last) if day else last)
    if first <= anchor <= final:
        return 0
    return min(abs((first - anchor).days), abs((final - anchor).days))


def _nearest_year(month: int, day: int, anchor: date) -> int:
    here = anchor.month * 31 + anchor.day
    there = month * 31 + min(day, 28) if day else month * 31 + 15
    if there - here > 6 * 31:
        return anchor.year - 1
    if here - there > 6 * 31:
        return anchor.year + 1
    return anchor.year


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_month(anchor: date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def full_year(text: str, base: int | None = None) -> int:
    value = int(text)
    if len(text) == 2:
        century = (base // 100 * 100) if base else (1900 if value > 30 else 2000)
        value += century
        if base and value < base:
            value += 100
    return value


def weekday_date(anchor: date, weekday: int, direction: int) -> date:
    """The weekday nearest the anchor in a direction (-1 before, +1 after, 0 either); the
    anchor itself when it falls on that weekday (news reports "said Friday" on the Friday)."""
    delta = (weekday - anchor.isoweekday()) % 7
    back = anchor - timedelta(days=(7 - delta) % 7)
    if direction < 0 or (direction == 0 and (7 - delta) % 7 <= delta):
        return back
    return anchor + timedelta(days=delta)


def day_value(day: date | None, suffix: str = "") -> str:
    return (day.isoformat() if day else "XXXX-XX-XX") + suffix


RELDAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def part_suffix(parts: dict[str, str]) -> str:
    part = part_word(parts, "part")
    return f"T{PARTS_OF_DAY[part]}" if part else ""


def unit_count(parts: dict[str, str]) -> float | None:
    """The number of units; None for a vague count ("several")."""
    if "bare" in parts and "num" not in parts:
        return None
    word = part_word(parts, "num")
    if word in VAGUE_NUMBERS:
        return None
    if word in ("a", "an"):
        return 1.0
    return parse_number(word)


def unit_name(parts: dict[str, str]) -> str:
    word = part_word(parts, "unit")
    return UNIT_PLURALS.get(word, word)


def vague_duration(unit: str) -> str:
    letter, is_time, _ = DURATION_UNITS[unit]
    letter = VAGUE_UNIT_LETTERS.get(unit, letter)
    return f"PT X{letter}".replace(" ", "") if is_time else f"PX{letter}"


def duration_value(count: float, unit: str) -> str:
    """`P30Y` for 3 decades, `PT48H`, `P2Y6M` for two and a half years (TimeML writes the
    fraction in the next smaller unit)."""
    letter, is_time, multiple = DURATION_UNITS[unit]
    amount = count * multiple
    prefix = "PT" if is_time else "P"
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    whole = int(amount)
    smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S") if is_time else None}
    step = smaller.get(letter)
    if step is not None:
        rest = (amount - whole) * step[0]
        if rest == int(rest):
            head = f"{whole}{letter}" if whole else ""
            tail = f"T{int(rest)}{step[1]}" if letter == "D" else f"{int(rest)}{step[1]}"
            return f"{prefix}{head}{tail}"
    return f"{prefix}{amount:g}{letter}"


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
