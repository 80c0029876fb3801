"""TIMEX3 values of calendar dates: days, months, years, decades, seasons, quarters, holidays.

One handler per `grammar` rule that names a place on the calendar; `timex.resolve`
dispatches to them. The year of a date written without one comes from the anchor and the
direction (`calendars.year_of`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from newsfacts.extract.numbers import parse_number
from newsfacts.extract.times.calendars import (
    Context,
    Resolved,
    full_year,
    month_number,
    nth_weekday,
    part_word,
    year_of,
)
from newsfacts.extract.times.words import (
    FIXED_HOLIDAYS,
    RELATIVE_SHIFTS,
    SEASONS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from newsfacts.words.number_words import ORDINALS, TENS


def _iso_date(parts: dict[str, str], context: Context) -> Resolved | None:
    try:
        day = date(int(parts["year"]), int(parts["mnum"]), int(parts["day"]))
    except ValueError:
        return None
    return Resolved("date", day.isoformat())


def _slash_date(parts: dict[str, str], context: Context) -> Resolved | None:
    base = context.anchor.year if context.anchor else None
    year = full_year(parts["year"], None) if len(parts["year"]) == 2 else int(parts["year"])
    if len(parts["year"]) == 2 and base:
        year = base // 100 * 100 + int(parts["year"])
        if year > base + 1:
            year -= 100
    try:
        day = date(year, int(parts["mnum"]), int(parts["day"]))
    except ValueError:
        return None
    return Resolved("date", day.isoformat())


def _month_day(parts: dict[str, str], context: Context) -> Resolved | None:
    month, day = month_number(parts), int(parts["day"])
    if not 1 <= day <= 31:
        return None
    rel = part_word(parts, "rel")
    if "year" in parts:
        year: int | None = int(parts["year"])
        anchored = False
    else:
        if rel in ("last", "next"):
            context = Context(context.anchor, -1 if rel == "last" else 1)
        year = year_of(month, day, context)
        anchored = year is not None
        if year is not None and "weekday" in parts:
            year = _year_with_weekday(year, month, day, WEEKDAYS[part_word(parts, "weekday")])
    if year is None:
        return Resolved("date", f"XXXX-{month:02d}-{day:02d}")
    if day > calendar.monthrange(year, month)[1]:
        return None
    return Resolved("date", f"{year:04d}-{month:02d}-{day:02d}", anchored)


def _year_with_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """ "Monday, Oct. 26": of the years around the guess, the one where that day is a Monday."""
    for candidate in (year, year + 1, year - 1):
        exists = day <= calendar.monthrange(candidate, month)[1]
        if exists and date(candidate, month, day).isoweekday() == weekday:
            return candidate
    return year


def _month_year(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", f"{int(parts['year']):04d}-{month_number(parts):02d}")


def _month_rel_year(parts: dict[str, str], context: Context) -> Resolved | None:
    if context.anchor is None:
        return Resolved("date", f"XXXX-{month_number(parts):02d}")
    year = context.anchor.year + RELATIVE_SHIFTS[part_word(parts, "rel")]
    return Resolved("date", f"{year:04d}-{month_number(parts):02d}", True)


def _month_only(parts: dict[str, str], context: Context) -> Resolved | None:
    month = month_number(parts)
    rel = part_word(parts, "rel")
    anchor = context.anchor
    if anchor is None:
        return Resolved("date", f"XXXX-{month:02d}")
    if rel in ("last", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = year_of(month, 0, context) or anchor.year
    return Resolved("date", f"{year:04d}-{month:02d}", True)


def _year_range(parts: dict[str, str], context: Context) -> Resolved | None:
    first = int(parts["year"])
    second = full_year(parts["year2"], first)
    if not first < second <= first + 100:
        return None
    return Resolved("range", f"{first:04d}/{second:04d}")


def _year(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", parts["year"])


def _year_words(parts: dict[str, str], context: Context) -> Resolved | None:
    words = part_word(parts, "yearwords").replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        tail = [w for w in words[2:] if w != "and"]
        value = 2000 + (int(parse_number(" ".join(tail)) or 0) if tail else 0)
        return Resolved("date", str(value))
    century = int(parse_number(words[0]) or 0)
    rest = parse_number(" ".join(words[1:]))
    if rest is None:
        return None
    return Resolved("date", f"{century * 100 + int(rest):04d}")


def _decade(parts: dict[str, str], context: Context) -> Resolved | None:
    if "decade" in parts:
        return Resolved("date", parts["decade"][:3])
    short = parts.get("short") or parts.get("short2")
    if short:
        base = 1900 if int(short) >= 30 or context.anchor is None else 2000
        if context.anchor and base + int(short) > context.anchor.year:
            base = 1900
        return Resolved("date", str(base + int(short))[:3], context.anchor is not None)
    tens = TENS.get(part_word(parts, "decword")[:-3] + "y")
    if tens is None:
        return None
    return Resolved("date", f"19{tens // 10}")


def _century(parts: dict[str, str], context: Context) -> Resolved | None:
    if "ord" in parts:
        word = part_word(parts, "ord")
        number = ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()) or 0)
        return Resolved("date", f"{number - 1:02d}") if number else None
    if context.anchor is None:
        return Resolved("date", "XX")
    shift = RELATIVE_SHIFTS.get(part_word(parts, "rel"), 0)
    return Resolved("date", f"{context.anchor.year // 100 + shift:02d}", True)


def _season(parts: dict[str, str], context: Context) -> Resolved | None:
    code = SEASONS[part_word(parts, "season")]
    if "year" in parts:
        return Resolved("date", f"{parts['year']}-{code}")
    rel = part_word(parts, "rel")
    if not rel and "the" not in parts and "edge" not in parts:
        return None  # a bare "fall" or "spring" is more often not a season
    if context.anchor is None:
        return Resolved("date", f"XXXX-{code}")
    year = context.anchor.year + RELATIVE_SHIFTS.get(rel, 0)
    if code == "WI" and RELATIVE_SHIFTS.get(rel) == -1 and context.anchor.month <= 3:
        year += 1  # "last winter" in February is the winter that began last December
    return Resolved("date", f"{year:04d}-{code}", True)


def _quarter(parts: dict[str, str], context: Context) -> Resolved | None:
    which = part_word(parts, "which").replace("-", " ").split()
    half = part_word(parts, "q") == "half"
    numbers = [ORDINALS[w] if w in ORDINALS else int(w[0]) for w in which if _ordinal(w)]
    number = numbers[-1] if numbers else None
    if half:
        if number not in (1, 2):
            return None
        count, size = 2, 6
    else:
        count, size = 4, 3
        if "last" in which and number is None and part_word(parts, "det") not in ("the", ""):
            number = None
    anchor = context.anchor
    year: int | None = int(parts["year"]) if "year" in parts else None
    year = year or (int(parts["year2"]) if "year2" in parts else None)
    det = part_word(parts, "det")
    prior = (
        "year earlier" in " ".join(which)
        or "year ago" in " ".join(which)
        or ("year-earlier" in which or "year-ago" in which or det == "last year's")
    )
    if year is None and anchor is not None:
        year = anchor.year + RELATIVE_SHIFTS.get(part_word(parts, "rel"), 0)
        current = (anchor.month - 1) // size + 1
        if number is None:
            if half:
                return None
            if det in ("this",) or "current" in which:
                number = current
            elif det == "next":
                number = current + 1
            else:  # "the quarter", "the latest quarter": the last one reported on
                number = current - 1
            if number == 0:
                number, year = count, year - 1
            elif number > count:
                number, year = 1, year + 1
        elif number > current and context.direction <= 0 and "rel" not in parts:
            year -= 1
        if prior:
            year -= 1
    if number is None:
        return None
    letter = "H" if half else "Q"
    if year is None:
        return Resolved("date", f"XXXX-{letter}{number}")
    return Resolved("date", f"{year:04d}-{letter}{number}", "year" not in parts)


def _ordinal(word: str) -> bool:
    return (word in ORDINALS and ORDINALS[word] <= 4) or word in ("1st", "2nd", "3rd", "4th")


def _q_code(parts: dict[str, str], context: Context) -> Resolved | None:
    year = parts.get("year") or parts.get("year2")
    if year is None and context.anchor is not None:
        year = str(context.anchor.year)
    return Resolved("date", f"{year or 'XXXX'}-Q{parts['qnum']}", "year" not in parts)


def _holiday(parts: dict[str, str], context: Context) -> Resolved | None:
    name = part_word(parts, "holiday").replace("’", "'")
    year = int(parts["year"]) if "year" in parts else None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        year = year or year_of(month, day, context)
        if year is None:
            return Resolved("date", f"XXXX-{month:02d}-{day:02d}")
        return Resolved("date", f"{year:04d}-{month:02d}-{day:02d}", "year" not in parts)
    month, weekday, nth, after = WEEKDAY_HOLIDAYS[name]
    if year is not None:
        when = nth_weekday(year, month, weekday, nth) + timedelta(days=after)
        return Resolved("date", when.isoformat())
    anchor = context.anchor
    if anchor is None:
        return Resolved("date", f"XXXX-{month:02d}")
    candidates = [
        nth_weekday(y, month, weekday, nth) + timedelta(days=after)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if context.direction < 0:
        when = max(d for d in candidates if d <= anchor)
    elif context.direction > 0:
        when = min(d for d in candidates if d >= anchor)
    else:
        when = min(candidates, key=lambda d: abs(d - anchor))
    return Resolved("date", when.isoformat(), True)


DATE_HANDLERS = {
    "iso_date": _iso_date,
    "slash_date": _slash_date,
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": _month_year,
    "month_rel_year": _month_rel_year,
    "month": _month_only,
    "year_range": _year_range,
    "year": _year,
    "year_words": _year_words,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "q_code": _q_code,
    "holiday": _holiday,
}
