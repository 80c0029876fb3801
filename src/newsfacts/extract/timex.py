"""TIMEX3 values for the expressions `timex_grammar` finds: calendar arithmetic against an anchor.

The anchor is the publication date; the tense of the governing verb picks the direction of an
underspecified date ("on Monday" said in the past is the Monday before, in the future the one
after; HeidelTime's news strategy, Strötgen & Gertz 2013, described not copied). Without an
anchor, what needs one keeps TimeML's unknown digits (`XXXX-11-13`) and is not `anchored`.
Values follow TimeML 1.2: dates `2017-11-13`, weeks `2017-W46`, quarters `2017-Q3`, seasons
`2017-SU`, decades `199`, centuries `19`, durations `P30Y`/`PT48H`/`PXD`, references
`PRESENT_REF`, sets `P1Y`/`XXXX-WXX-1`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from newsfacts.extract.number_words import FRACTIONS, ORDINALS, TENS
from newsfacts.extract.numbers import parse_number
from newsfacts.extract.time_words import (
    DURATION_UNITS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    RELATIVE_SHIFTS,
    SEASONS,
    SET_ADVERBS,
    UNIT_PLURALS,
    VAGUE_UNIT_LETTERS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from newsfacts.extract.timex_grammar import Expression

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


def resolve(expression: Expression, context: Context) -> Resolved | None:
    """The TIMEX3 type and value of one expression; None when it is not a time after all."""
    handler = _HANDLERS.get(expression.rule)
    if handler is None:
        return None
    return handler(expression.parts, context)


# --- calendar helpers -------------------------------------------------------------------------


def _word(parts: dict[str, str], key: str) -> str:
    return " ".join(parts.get(key, "").lower().split())


def _month(parts: dict[str, str]) -> int:
    return MONTHS[_word(parts, "month").rstrip(".")]


def _year_of(month: int, day: int, context: Context) -> int | None:
    """The year of a month (and day) given without one: before the anchor in past tense."""
    anchor = context.anchor
    if anchor is None:
        return None
    if day == 0:  # a whole month: compare months only
        if context.direction > 0:
            return anchor.year if month >= anchor.month else anchor.year + 1
        if context.direction < 0:
            return anchor.year if month <= anchor.month else anchor.year - 1
    if context.direction > 0:
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    if context.direction < 0:
        return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    here = anchor.month * 31 + anchor.day
    there = month * 31 + min(day, 28) if day else month * 31 + 15
    if there - here > 6 * 31:
        return anchor.year - 1
    if here - there > 6 * 31:
        return anchor.year + 1
    return anchor.year


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(anchor: date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def _full_year(text: str, base: int | None = None) -> int:
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


def _day_value(day: date | None, suffix: str = "") -> str:
    return (day.isoformat() if day else "XXXX-XX-XX") + suffix


# --- handlers, one per grammar rule -----------------------------------------------------------


def _iso_date(parts: dict[str, str], context: Context) -> Resolved | None:
    try:
        day = date(int(parts["year"]), int(parts["mnum"]), int(parts["day"]))
    except ValueError:
        return None
    return Resolved("date", day.isoformat())


def _slash_date(parts: dict[str, str], context: Context) -> Resolved | None:
    base = context.anchor.year if context.anchor else None
    year = _full_year(parts["year"], None) if len(parts["year"]) == 2 else int(parts["year"])
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
    month, day = _month(parts), int(parts["day"])
    if not 1 <= day <= 31:
        return None
    rel = _word(parts, "rel")
    if "year" in parts:
        year: int | None = int(parts["year"])
        anchored = False
    else:
        if rel in ("last", "next"):
            context = Context(context.anchor, -1 if rel == "last" else 1)
        year = _year_of(month, day, context)
        anchored = year is not None
        if year is not None and "weekday" in parts:
            year = _year_with_weekday(year, month, day, WEEKDAYS[_word(parts, "weekday")])
    if year is None:
        return Resolved("date", f"XXXX-{month:02d}-{day:02d}")
    if day > calendar.monthrange(year, month)[1]:
        return None
    return Resolved("date", f"{year:04d}-{month:02d}-{day:02d}", anchored)


def _year_with_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """ "Monday, Oct. 26": of the years around the guess, the one where that day is a Monday."""
    for candidate in (year, year + 1, year - 1):
        if day <= calendar.monthrange(candidate, month)[1]:
            if date(candidate, month, day).isoweekday() == weekday:
                return candidate
    return year


def _month_year(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", f"{int(parts['year']):04d}-{_month(parts):02d}")


def _month_rel_year(parts: dict[str, str], context: Context) -> Resolved | None:
    if context.anchor is None:
        return Resolved("date", f"XXXX-{_month(parts):02d}")
    year = context.anchor.year + RELATIVE_SHIFTS[_word(parts, "rel")]
    return Resolved("date", f"{year:04d}-{_month(parts):02d}", True)


def _month_only(parts: dict[str, str], context: Context) -> Resolved | None:
    month = _month(parts)
    rel = _word(parts, "rel")
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
        year = _year_of(month, 0, context) or anchor.year
    return Resolved("date", f"{year:04d}-{month:02d}", True)


def _year_range(parts: dict[str, str], context: Context) -> Resolved | None:
    first = int(parts["year"])
    second = _full_year(parts["year2"], first)
    if not first < second <= first + 100:
        return None
    return Resolved("range", f"{first:04d}/{second:04d}")


def _year(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", parts["year"])


def _year_words(parts: dict[str, str], context: Context) -> Resolved | None:
    words = _word(parts, "yearwords").replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        value = 2000 + (int(parse_number(" ".join(rest)) or 0) if rest else 0)
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
    tens = TENS.get(_word(parts, "decword")[:-3] + "y")
    if tens is None:
        return None
    return Resolved("date", f"19{tens // 10}")


def _century(parts: dict[str, str], context: Context) -> Resolved | None:
    if "ord" in parts:
        word = _word(parts, "ord")
        number = ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()) or 0)
        return Resolved("date", f"{number - 1:02d}") if number else None
    if context.anchor is None:
        return Resolved("date", "XX")
    shift = RELATIVE_SHIFTS.get(_word(parts, "rel"), 0)
    return Resolved("date", f"{context.anchor.year // 100 + shift:02d}", True)


def _season(parts: dict[str, str], context: Context) -> Resolved | None:
    code = SEASONS[_word(parts, "season")]
    if "year" in parts:
        return Resolved("date", f"{parts['year']}-{code}")
    rel = _word(parts, "rel")
    if not rel and "the" not in parts and "edge" not in parts:
        return None  # a bare "fall" or "spring" is more often not a season
    if context.anchor is None:
        return Resolved("date", f"XXXX-{code}")
    year = context.anchor.year + RELATIVE_SHIFTS.get(rel, 0)
    if code == "WI" and RELATIVE_SHIFTS.get(rel) == -1 and context.anchor.month <= 3:
        year += 1  # "last winter" in February is the winter that began last December
    return Resolved("date", f"{year:04d}-{code}", True)


def _quarter(parts: dict[str, str], context: Context) -> Resolved | None:
    which = _word(parts, "which").replace("-", " ").split()
    half = _word(parts, "q") == "half"
    numbers = [ORDINALS[w] if w in ORDINALS else int(w[0]) for w in which if _ordinal(w)]
    number = numbers[-1] if numbers else None
    if half:
        if number not in (1, 2):
            return None
        count, size = 2, 6
    else:
        count, size = 4, 3
        if "last" in which and number is None and _word(parts, "det") not in ("the", ""):
            number = None
    anchor = context.anchor
    year: int | None = int(parts["year"]) if "year" in parts else None
    year = year or (int(parts["year2"]) if "year2" in parts else None)
    det = _word(parts, "det")
    prior = (
        "year earlier" in " ".join(which)
        or "year ago" in " ".join(which)
        or ("year-earlier" in which or "year-ago" in which or det == "last year's")
    )
    if year is None and anchor is not None:
        year = anchor.year + RELATIVE_SHIFTS.get(_word(parts, "rel"), 0)
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
    return word in ORDINALS and ORDINALS[word] <= 4 or word in ("1st", "2nd", "3rd", "4th")


def _q_code(parts: dict[str, str], context: Context) -> Resolved | None:
    year = parts.get("year") or parts.get("year2")
    if year is None and context.anchor is not None:
        year = str(context.anchor.year)
    return Resolved("date", f"{year or 'XXXX'}-Q{parts['qnum']}", "year" not in parts)


_RELDAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _part_suffix(parts: dict[str, str]) -> str:
    part = _word(parts, "part")
    return f"T{PARTS_OF_DAY[part]}" if part else ""


def _relday(parts: dict[str, str], context: Context) -> Resolved | None:
    word = _word(parts, "relday")
    suffix = "TNI" if word == "tonight" else _part_suffix(parts)
    kind = "time" if suffix else "date"
    if context.anchor is None:
        return Resolved(kind, _day_value(None, suffix))
    day = context.anchor + timedelta(days=_RELDAY_OFFSETS[word])
    return Resolved(kind, _day_value(day, suffix), True)


def _this_part(parts: dict[str, str], context: Context) -> Resolved | None:
    rel = _word(parts, "rel")
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and _word(parts, "part") != "night":
        return None  # "last morning" is not said; "the last evening of" is no date
    day = context.anchor + timedelta(days=offset) if context.anchor else None
    return Resolved("time", _day_value(day, _part_suffix(parts)), day is not None)


def _relunit(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = _word(parts, "unit")
    rel = _word(parts, "rel")
    shift = RELATIVE_SHIFTS.get(rel, 0)
    if rel == "that" or (rel in ("over the", "the") and unit != "weekend"):
        return None  # "that week": anaphoric, its anchor is in the story, not the date line
    anchor = context.anchor
    if anchor is None:
        blank = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
        return Resolved("date", blank.get(unit, "XXXX"))
    if unit == "week":
        return Resolved("date", _iso_week(anchor + timedelta(weeks=shift)), True)
    if unit == "fortnight":
        return Resolved("date", _iso_week(anchor + timedelta(weeks=shift)), True)
    if unit == "weekend":
        return Resolved("date", _iso_week(_saturday(anchor, shift, context)) + "-WE", True)
    if unit == "month":
        year, month = _shift_month(anchor, shift)
        return Resolved("date", f"{year:04d}-{month:02d}", True)
    if unit == "decade":
        if shift:  # "the past decade" is a stretch of time, not the 2000s
            return Resolved("duration", "P10Y")
        return Resolved("date", str(anchor.year)[:3], True)
    return Resolved("date", f"{anchor.year + shift:04d}", True)


def _saturday(anchor: date, shift: int, context: Context) -> date:
    """The Saturday of "this/last/next weekend": this one is the one just past in the past
    tense, the coming one otherwise."""
    if shift < 0:
        return weekday_date(anchor - timedelta(days=anchor.isoweekday()), 6, -1)
    if shift > 0:
        coming = weekday_date(anchor, 6, 1)
        return coming if anchor.isoweekday() < 6 else coming + timedelta(days=7)
    return weekday_date(anchor, 6, context.direction)


def _count(parts: dict[str, str]) -> float | None:
    """The number of units; None for a vague count ("several")."""
    if "bare" in parts and "num" not in parts:
        return None
    word = _word(parts, "num")
    if word in VAGUE_NUMBERS:
        return None
    if word in ("a", "an"):
        return 1.0
    return parse_number(word)


def _unit(parts: dict[str, str]) -> str:
    word = _word(parts, "unit")
    return UNIT_PLURALS.get(word, word)


def _ago(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = _unit(parts)
    direction = _word(parts, "dir")
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    count = _count(parts)
    anchor = context.anchor
    if count is None:
        if "bare" in parts and direction != "ago":
            return None  # "weeks before the vote": no anchor to count from
        return Resolved("date", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if anchor is None:
        return Resolved("date", None)
    letter, is_time, multiple = DURATION_UNITS[unit]
    amount = count * multiple * sign
    if is_time:
        return Resolved("date", anchor.isoformat(), True)
    if letter == "D":
        return Resolved("date", (anchor + timedelta(days=amount)).isoformat(), True)
    if letter == "W":
        return Resolved("date", _iso_week(anchor + timedelta(weeks=amount)), True)
    if letter == "M":
        year, month = _shift_month(anchor, int(amount))
        return Resolved("date", f"{year:04d}-{month:02d}", True)
    year = anchor.year + int(amount)
    if multiple >= 10 and count > 1:
        return Resolved("date", str(year)[: 4 - len(str(multiple)) + 1], True)
    return Resolved("date", f"{year:04d}", True)


def _year_adj(parts: dict[str, str], context: Context) -> Resolved | None:
    if context.anchor is None:
        return Resolved("date", "XXXX")
    return Resolved("date", f"{context.anchor.year - 1:04d}", True)


def _weekday(parts: dict[str, str], context: Context) -> Resolved | None:
    weekday = WEEKDAYS[_word(parts, "weekday").removesuffix("'s").removesuffix("’s")]
    # "Thursday night": TimeBank mostly gives the day alone, so the part of day is not added.
    suffix = ""
    kind = "date"
    anchor = context.anchor
    if anchor is None:
        return Resolved(kind, f"XXXX-WXX-{weekday}{suffix}")
    rel = _word(parts, "rel")
    if rel in ("last", "this past"):
        day = weekday_date(anchor - timedelta(days=1), weekday, -1)
    elif rel in ("next", "this coming"):
        day = weekday_date(anchor + timedelta(days=1), weekday, 1)
    else:
        day = weekday_date(anchor, weekday, context.direction)
    return Resolved(kind, day.isoformat() + suffix, True)


def _weekday_set(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("set", f"XXXX-WXX-{WEEKDAYS[_word(parts, 'weekday')]}")


def _clock(parts: dict[str, str], context: Context) -> Resolved | None:
    hour = int(parts["hour"])
    minute = int(parts.get("minute", "0"))
    ampm = _word(parts, "ampm").replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif hour > 24:
        return None
    day = _clock_day(parts, context)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolved("time", f"{prefix}T{hour:02d}:{minute:02d}", day is not None)


def _clock_day(parts: dict[str, str], context: Context) -> date | None:
    anchor = context.anchor
    if anchor is None:
        return None
    if "weekday" in parts:
        weekday = WEEKDAYS[_word(parts, "weekday")]
        return weekday_date(anchor, weekday, context.direction)
    return anchor + timedelta(days=_RELDAY_OFFSETS.get(_word(parts, "relday"), 0))


def _clock_word(parts: dict[str, str], context: Context) -> Resolved | None:
    word = _word(parts, "clockword")
    day = _clock_day(parts, context)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word]
    return Resolved("time", f"{prefix}T{clock}", day is not None)


def _reference(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", REFERENCES[_word(parts, "ref")])


def _recent_units(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = _unit(parts)
    if unit not in DURATION_UNITS or unit in ("night", "weekend"):
        return None
    return Resolved("duration", _vague_duration(unit))


def _vague_duration(unit: str) -> str:
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


def _duration(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = _unit(parts)
    if unit not in DURATION_UNITS:
        return None
    if (
        unit == "quarter"
        and _word(parts, "num").split()[-1:]
        and any(w in FRACTIONS for w in _word(parts, "num").replace("-", " ").split())
    ):
        return None  # "a third-quarter" is the quarter, not a third of one
    count = _count(parts)
    if count is None:
        return Resolved("duration", _vague_duration(unit))
    if "andhalf" in parts or "andhalf2" in parts:
        count += 0.5
    if count <= 0 or count > 100000:
        return None
    return Resolved("duration", duration_value(count, unit))


def _a_unit_half(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", duration_value(1.5, _unit(parts)))


def _bare_units(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", _vague_duration(_unit(parts)))


def _unit_long(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", duration_value(1, _unit(parts)))


def _every(parts: dict[str, str], context: Context) -> Resolved | None:
    if "weekday" in parts:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[_word(parts, 'weekday')]}")
    if "month" in parts:
        return Resolved("set", f"XXXX-{_month(parts):02d}")
    if "season" in parts:
        return Resolved("set", f"XXXX-{SEASONS[_word(parts, 'season')]}")
    if "part" in parts:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[_word(parts, 'part')]}")
    unit = _unit(parts)
    if unit not in DURATION_UNITS:
        return None
    return Resolved("set", duration_value(1, unit))


def _set_adverb(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("set", SET_ADVERBS[_word(parts, "setadv")])


def _holiday(parts: dict[str, str], context: Context) -> Resolved | None:
    name = _word(parts, "holiday").replace("’", "'")
    year = int(parts["year"]) if "year" in parts else None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        year = year or _year_of(month, day, context)
        if year is None:
            return Resolved("date", f"XXXX-{month:02d}-{day:02d}")
        return Resolved("date", f"{year:04d}-{month:02d}-{day:02d}", "year" not in parts)
    month, weekday, nth, after = WEEKDAY_HOLIDAYS[name]
    if year is not None:
        day = _nth_weekday(year, month, weekday, nth) + timedelta(days=after)
        return Resolved("date", day.isoformat())
    anchor = context.anchor
    if anchor is None:
        return Resolved("date", f"XXXX-{month:02d}")
    candidates = [
        _nth_weekday(y, month, weekday, nth) + timedelta(days=after)
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if context.direction < 0:
        day = max(d for d in candidates if d <= anchor)
    elif context.direction > 0:
        day = min(d for d in candidates if d >= anchor)
    else:
        day = min(candidates, key=lambda d: abs(d - anchor))
    return Resolved("date", day.isoformat(), True)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


_HANDLERS = {
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
    "relday": _relday,
    "this_part": _this_part,
    "relunit": _relunit,
    "ago": _ago,
    "year_adj": _year_adj,
    "weekday": _weekday,
    "weekday_set": _weekday_set,
    "clock": _clock,
    "clock24": _clock,
    "clock_word": _clock_word,
    "reference": _reference,
    "recent_units": _recent_units,
    "duration": _duration,
    "a_unit_half": _a_unit_half,
    "bare_units": _bare_units,
    "unit_long": _unit_long,
    "every": _every,
    "set_adverb": _set_adverb,
    "holiday": _holiday,
}
