"""Words of time as data: months, weekdays, seasons, units and the vague references of TimeML.

Read by `grammar.py` (to build the patterns that find time expressions) and by `timex.py`
(to give them TIMEX3 values). Value conventions follow TimeML 1.2 / TempEval-3 (timex/SOURCE.md).
"""

from __future__ import annotations

import calendar

from newsfacts.words.lexicon import APPROXIMATORS

# English names whatever LC_TIME a host program may have set: the C locale's are English.
with calendar.different_locale(("C", None)):  # (language, encoding), as typeshed types it
    _MONTH_NAMES = [name.lower() for name in calendar.month_name]
    _MONTH_SHORT_NAMES = [name.lower() for name in calendar.month_abbr]
    _WEEKDAY_NAMES = [name.lower() for name in calendar.day_name]
# Month names and their abbreviations; news also writes September "Sept.".
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES) if name}
MONTHS |= {name: number for number, name in enumerate(_MONTH_SHORT_NAMES) if name}
MONTHS["sept"] = 9
# Month names that are also common words: only taken when capitalised and not a verb or name.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "june", "jan", "mar", "sep"})
# ISO weekday numbers: Monday is 1.
WEEKDAYS = {name: number for number, name in enumerate(_WEEKDAY_NAMES, start=1)}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Parts of the day: TIMEX3 suffixes after the date ("2017-11-13TMO").
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
}
CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
# Duration units: (TIMEX3 letter, is a time-of-day unit (needs "T"), multiplier to that letter).
# Decades and centuries are written in years (P30Y), as SPEC's examples do.
DURATION_UNITS = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "weekend": ("D", False, 2),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("M", False, 3),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}
# The vague forms ("several decades" = PXDE), TimeML's own letters for the larger units.
VAGUE_UNIT_LETTERS = {"decade": "DE", "century": "CE", "millennium": "ML", "quarter": "M"}
UNIT_PLURALS = {
    "seconds": "second",
    "minutes": "minute",
    "mins": "minute",
    "min": "minute",
    "hours": "hour",
    "hrs": "hour",
    "hr": "hour",
    "days": "day",
    "nights": "night",
    "weeks": "week",
    "weekends": "weekend",
    "fortnights": "fortnight",
    "months": "month",
    "quarters": "quarter",
    "years": "year",
    "yrs": "year",
    "decades": "decade",
    "centuries": "century",
    "millennia": "millennium",
}
# Adverbs of frequency (TIMEX3 SET).
SET_ADVERBS = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "biannually": "P6M",
}
# TimeML's vague references, by phrase.
REFERENCES = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PAST_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at this point": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "more recently": "PAST_REF",
    "most recently": "PAST_REF",
    "until recently": "PAST_REF",
    "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "once upon a time": "PAST_REF",
    "years ago": "PAST_REF",
    "long ago": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "someday": "FUTURE_REF",
}
# Determiner-like words before a unit and where they move the anchor (in that unit).
RELATIVE_SHIFTS = {
    "this": 0,
    "over the": 0,
    "current": 0,
    "the current": 0,
    "the same": 0,
    "that": 0,
    "last": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "previous": -1,
    "the previous": -1,
    "prior": -1,
    "the prior": -1,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
    "the following": 1,
    "following": 1,
    "upcoming": 1,
}
# Where in a period a modifier points (TimeML `mod`; the value stays the period's).
EDGE_WORDS = (
    "early",
    "earlier",
    "late",
    "later",
    "mid",
    "the end of",
    "the beginning of",
    "the start of",
    "the middle of",
    "the rest of",
    "the remainder of",
    "the turn of",
)
# Qualifiers kept inside a duration's span ("more than four hours", "nearly two months");
# the quantity stage's QUALIFIERS are another list, for amounts.
DURATION_QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "no more than",
    "no less than",
    "at least",
    "at most",
    "up to",
    *APPROXIMATORS,
    "some",
    "over",
    "under",
    "just over",
    "just under",
    "a mere",
    "only",
    "just",
    "barely",
)
# Fixed-date holidays: (month, day).
FIXED_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "halloween": (10, 31),
    "veterans day": (11, 11),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
}
# Holidays on the nth weekday of a month: (month, weekday 1-7, n; -1 = last, days after it).
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4, 0),
    "thanksgiving day": (11, 4, 4, 0),
    "labor day": (9, 1, 1, 0),
    "memorial day": (5, 1, -1, 0),
    "mother's day": (5, 7, 2, 0),
    "father's day": (6, 7, 3, 0),
    "martin luther king day": (1, 1, 3, 0),
    "presidents' day": (2, 1, 3, 0),
    "election day": (11, 1, 1, 1),  # US: the Tuesday after the first Monday of November
}
# Words every match of a `grammar` rule contains (lower case, as substrings): a line
# without any of them skips the rule. Speed only: substring tests are far cheaper than the
# rules; a rule with no anchor always runs.
MONTH_ANCHOR = tuple(MONTHS)
WEEKDAY_ANCHOR = tuple(WEEKDAYS)
UNIT_ANCHOR: tuple[str, ...] = ("second", "min", "hour", "hr", "day", "night", "week")
UNIT_ANCHOR += ("fortnight", "month")
UNIT_ANCHOR += ("quarter", "year", "yr", "decade", "centur", "millenni")
DIGITS = tuple("0123456789")
RULE_ANCHORS: dict[str, tuple[str, ...]] = {
    "iso_date": DIGITS,
    "slash_date": ("/",),
    "month_day": MONTH_ANCHOR,
    "day_month": MONTH_ANCHOR,
    "month_year": MONTH_ANCHOR,
    "month_rel_year": MONTH_ANCHOR,
    "month": MONTH_ANCHOR,
    "year_range": DIGITS,
    "year": DIGITS,
    "year_words": ("nineteen", "eighteen", "thousand"),
    "decade": ("0s", "0's", "0’s", "ties"),
    "century": ("century",),
    "season": tuple(SEASONS),
    "quarter": ("quarter", "half"),
    "q_code": ("q1", "q2", "q3", "q4"),
    "relday": ("today", "tonight", "yesterday", "tomorrow"),
    "this_part": tuple(PARTS_OF_DAY),
    "relunit": ("week", "month", "year", "decade", "fortnight"),
    "ago": ("ago", "earlier", "later", "before", "after", "now", "hence", "back"),
    "year_adj": ("year",),
    "weekday": WEEKDAY_ANCHOR,
    "weekday_set": WEEKDAY_ANCHOR,
    "clock": ("am", "pm", "a.m", "p.m", "a. m", "p. m"),
    "clock24": (":",),
    "clock24_at": (":",),
    "clock_word": tuple(CLOCK_WORDS),
    "reference": tuple(word.split()[-1] for word in REFERENCES),
    "recent_units": ("recent", "coming"),
    "duration": UNIT_ANCHOR,
    "a_unit_half": ("half",),
    "bare_units": UNIT_ANCHOR,
    "unit_long": ("-long",),
    "every": ("every", "each", "per", "once", "twice", "times"),
    "set_adverb": tuple(SET_ADVERBS),
    "holiday": tuple(name.split()[0] for name in [*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS]),
}
