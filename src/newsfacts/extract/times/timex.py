"""TIMEX3 values for the expressions `grammar` finds: calendar arithmetic against an anchor.

The anchor is the publication date; the tense of the governing verb picks the direction of an
underspecified date ("on Monday" said in the past is the Monday before, in the future the one
after; HeidelTime's news strategy, Strötgen & Gertz 2013, described not copied). Without an
anchor, what needs one keeps TimeML's unknown digits (`XXXX-11-13`) and is not `anchored`.
Values follow TimeML 1.2: dates `2017-11-13`, weeks `2017-W46`, quarters `2017-Q3`, seasons
`2017-SU`, decades `199`, centuries `19`, durations `P30Y`/`PT48H`/`PXD`, references
`PRESENT_REF`, sets `P1Y`/`XXXX-WXX-1`. Relative dates, weekdays, clock times, durations and
sets are resolved here; calendar dates in `dates`, the arithmetic in `calendars`.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsfacts.extract.times.calendars import (
    FUTURE,
    PAST,
    PRESENT,
    RELDAY_OFFSETS,
    Context,
    Resolved,
    day_value,
    duration_value,
    iso_week,
    month_number,
    part_suffix,
    part_word,
    shift_month,
    unit_count,
    unit_name,
    vague_duration,
    weekday_date,
)
from newsfacts.extract.times.dates import DATE_HANDLERS
from newsfacts.extract.times.grammar import Expression
from newsfacts.extract.times.words import (
    DURATION_UNITS,
    PARTS_OF_DAY,
    REFERENCES,
    RELATIVE_SHIFTS,
    SEASONS,
    SET_ADVERBS,
    WEEKDAYS,
)
from newsfacts.words.number_words import FRACTIONS

__all__ = ["FUTURE", "PAST", "PRESENT", "Context", "Resolved", "duration_value", "resolve"]
__all__ += ["weekday_date"]


def resolve(expression: Expression, context: Context) -> Resolved | None:
    """The TIMEX3 type and value of one expression; None when it is not a time after all."""
    handler = _HANDLERS.get(expression.rule)
    if handler is None:
        return None
    return handler(expression.parts, context)


def _relday(parts: dict[str, str], context: Context) -> Resolved | None:
    word = part_word(parts, "relday")
    suffix = "TNI" if word == "tonight" else part_suffix(parts)
    kind = "time" if suffix else "date"
    if context.anchor is None:
        return Resolved(kind, day_value(None, suffix))
    day = context.anchor + timedelta(days=RELDAY_OFFSETS[word])
    return Resolved(kind, day_value(day, suffix), True)


def _this_part(parts: dict[str, str], context: Context) -> Resolved | None:
    rel = part_word(parts, "rel")
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and part_word(parts, "part") != "night":
        return None  # "last morning" is not said; "the last evening of" is no date
    day = context.anchor + timedelta(days=offset) if context.anchor else None
    return Resolved("time", day_value(day, part_suffix(parts)), day is not None)


def _narrative_day(parts: dict[str, str], context: Context) -> Resolved | None:
    """ "the following day": which day only the story's own dates tell (times.py moves it
    with the narrative); alone it is a day of unknown date."""
    return Resolved("date", "XXXX-XX-XX")


def _relunit(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = part_word(parts, "unit")
    rel = part_word(parts, "rel")
    shift = RELATIVE_SHIFTS.get(rel, 0)
    if rel == "that" or (rel in ("over the", "the") and unit != "weekend"):
        return None  # "that week": anaphoric, its anchor is in the story, not the date line
    anchor = context.anchor
    if anchor is None:
        blank = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
        return Resolved("date", blank.get(unit, "XXXX"))
    if unit == "week":
        return Resolved("date", iso_week(anchor + timedelta(weeks=shift)), True)
    if unit == "fortnight":
        return Resolved("date", iso_week(anchor + timedelta(weeks=shift)), True)
    if unit == "weekend":
        return Resolved("date", iso_week(_saturday(anchor, shift, context)) + "-WE", True)
    if unit == "month":
        year, month = shift_month(anchor, shift)
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


def _ago(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = unit_name(parts)
    direction = part_word(parts, "dir")
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    count = unit_count(parts)
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
        return Resolved("date", iso_week(anchor + timedelta(weeks=amount)), True)
    if letter == "M":
        year, month = shift_month(anchor, int(amount))
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
    weekday = WEEKDAYS[part_word(parts, "weekday").removesuffix("'s").removesuffix("’s")]
    # "Thursday night": TimeBank mostly gives the day alone, so the part of day is not added.
    suffix = ""
    kind = "date"
    anchor = context.anchor
    if anchor is None:
        return Resolved(kind, f"XXXX-WXX-{weekday}{suffix}")
    rel = part_word(parts, "rel")
    if rel in ("last", "this past"):
        day = weekday_date(anchor - timedelta(days=1), weekday, -1)
    elif rel in ("next", "this coming"):
        day = weekday_date(anchor + timedelta(days=1), weekday, 1)
    else:
        day = weekday_date(anchor, weekday, context.direction)
    return Resolved(kind, day.isoformat() + suffix, True)


def _weekday_set(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("set", f"XXXX-WXX-{WEEKDAYS[part_word(parts, 'weekday')]}")


def _clock(parts: dict[str, str], context: Context) -> Resolved | None:
    hour = int(parts["hour"])
    minute = int(parts.get("minute", "0"))
    ampm = part_word(parts, "ampm").replace(".", "").replace(" ", "")
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
        weekday = WEEKDAYS[part_word(parts, "weekday")]
        return weekday_date(anchor, weekday, context.direction)
    return anchor + timedelta(days=RELDAY_OFFSETS.get(part_word(parts, "relday"), 0))


def _clock_word(parts: dict[str, str], context: Context) -> Resolved | None:
    word = part_word(parts, "clockword")
    day = _clock_day(parts, context)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word]
    return Resolved("time", f"{prefix}T{clock}", day is not None)


def _reference(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("date", REFERENCES[part_word(parts, "ref")])


def _recent_units(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = unit_name(parts)
    if unit not in DURATION_UNITS or unit in ("night", "weekend"):
        return None
    return Resolved("duration", vague_duration(unit))


def _duration(parts: dict[str, str], context: Context) -> Resolved | None:
    unit = unit_name(parts)
    if unit not in DURATION_UNITS:
        return None
    if (
        unit == "quarter"
        and part_word(parts, "num").split()[-1:]
        and any(w in FRACTIONS for w in part_word(parts, "num").replace("-", " ").split())
    ):
        return None  # "a third-quarter" is the quarter, not a third of one
    count = unit_count(parts)
    if count is None:
        return Resolved("duration", vague_duration(unit))
    if "andhalf" in parts or "andhalf2" in parts:
        count += 0.5
    if count <= 0 or count > 100000:
        return None
    return Resolved("duration", duration_value(count, unit))


def _a_unit_half(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", duration_value(1.5, unit_name(parts)))


def _bare_units(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", vague_duration(unit_name(parts)))


def _unit_long(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("duration", duration_value(1, unit_name(parts)))


def _every(parts: dict[str, str], context: Context) -> Resolved | None:
    if "weekday" in parts:
        return Resolved("set", f"XXXX-WXX-{WEEKDAYS[part_word(parts, 'weekday')]}")
    if "month" in parts:
        return Resolved("set", f"XXXX-{month_number(parts):02d}")
    if "season" in parts:
        return Resolved("set", f"XXXX-{SEASONS[part_word(parts, 'season')]}")
    if "part" in parts:
        return Resolved("set", f"XXXX-XX-XXT{PARTS_OF_DAY[part_word(parts, 'part')]}")
    unit = unit_name(parts)
    if unit not in DURATION_UNITS:
        return None
    return Resolved("set", duration_value(1, unit))


def _set_adverb(parts: dict[str, str], context: Context) -> Resolved | None:
    return Resolved("set", SET_ADVERBS[part_word(parts, "setadv")])


_HANDLERS = {
    **DATE_HANDLERS,
    "relday": _relday,
    "this_part": _this_part,
    "relunit": _relunit,
    "narrative_day": _narrative_day,
    "ago": _ago,
    "year_adj": _year_adj,
    "weekday": _weekday,
    "weekday_set": _weekday_set,
    "clock": _clock,
    "clock24": _clock,
    "clock24_at": _clock,
    "clock_word": _clock_word,
    "reference": _reference,
    "recent_units": _recent_units,
    "duration": _duration,
    "a_unit_half": _a_unit_half,
    "bare_units": _bare_units,
    "unit_long": _unit_long,
    "every": _every,
    "set_adverb": _set_adverb,
}
