"""The patterns that find time expressions in text, each a named rule with named parts.

A rule-per-shape grammar in the manner of HeidelTime (Strötgen & Gertz 2013: patterns over words,
then a normalisation per pattern), written from TimeML's span conventions (TimeML 1.2
guidelines; timex/SOURCE.md): determiners and modifiers are inside the span ("the past three
months", "early next year", "more than four hours"), a weekday and its part of day are one
expression ("Thursday morning"). `find_expressions` returns every non-overlapping match, the
longest first; `timex.py` gives each its TIMEX3 value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from newsfacts.extract.numbers import DIGIT_NUMBER, WORD_NUMBER
from newsfacts.extract.times.words import (
    DURATION_QUALIFIERS,
    DURATION_UNITS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    RULE_ANCHORS,
    SEASONS,
    SET_ADVERBS,
    UNIT_PLURALS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from newsfacts.words.number_words import ORDINALS, TENS, UNITS


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTH_WORDS = _alt(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_MONTH_ABBREVIATIONS = _alt(m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july"))
_WEEKDAY_WORDS = _alt(WEEKDAYS)
# The units a number counts; "night" and "weekend" are added back where they count too.
_SINGULAR_UNITS = tuple(unit for unit in DURATION_UNITS if unit not in ("night", "weekend"))
_UNIT_WORDS = _alt([*UNIT_PLURALS, *_SINGULAR_UNITS, "night", "weekend"])
_DURATION_UNIT_WORDS = _alt(
    [
        u
        for u in [*UNIT_PLURALS, *_SINGULAR_UNITS]
        if u not in ("min", "mins", "hr", "hrs", "yrs", "weekends", "nights")
    ]
)
_ORDINAL_WORDS = _alt(ORDINALS)
_DECADE_WORDS = _alt([t[:-1] + "ies" for t in TENS])  # twenties ... nineties

FRAGMENTS = {
    "B": r"(?<![\w'’-])(?<!\d[.,])",
    "E": r"(?![\w’]|'\w)",
    "MONTH": (
        rf"(?P<month>(?:{_MONTH_WORDS})(?=[\W\d]|$)|(?:{_MONTH_ABBREVIATIONS})(?:\.|(?=[\W\d]|$)))"
    ),
    "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.,]\d)",
    "YEAR": r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d|,\d|\.\d)",
    "WEEKDAY": rf"(?P<weekday>{_WEEKDAY_WORDS})(?:'s|’s)?",
    "PART": rf"(?P<part>{_alt(PARTS_OF_DAY)})",
    "SEASON": rf"(?P<season>{_alt(SEASONS)})",
    "UNIT": rf"(?P<unit>{_UNIT_WORDS})",
    "DUNIT": rf"(?P<unit>{_DURATION_UNIT_WORDS})",
    "EDGE": (
        r"(?:(?P<edge>early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|"
        r"the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|"
        r"the\s+turn\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of)(?:\s+|-))"
    ),
    "REL": (
        r"(?P<rel>this|last|next|past|coming|previous|following|prior|current|upcoming|over\s+the|"
        r"the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following|"
        r"the\s+current|the\s+same|that|the\s+prior|the\s+latest|the\s+most\s+recent|"
        r"this\s+past|this\s+coming|the)"
    ),
    "NUM": (
        rf"(?P<num>{DIGIT_NUMBER}|{WORD_NUMBER}|a\s+couple\s+of|a\s+few|several|few|many|"
        r"some|couple\s+of|a\s+number\s+of|numerous|an?)"
    ),
    "QUAL": rf"(?:(?P<qual>{_alt(DURATION_QUALIFIERS)})\s+)",
    "AMPM": r"(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm)(?![\w])",
    "TZ": r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC|BST|CET))",
}


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.format(**FRAGMENTS), re.IGNORECASE)


# The rules, most specific first (ties in length go to the earlier rule).
RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso_date", _rule(r"{B}(?P<year>(?:1[0-9]|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d){E}")),
    (
        "slash_date",
        _rule(r"{B}(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)(?![\d/])"),
    ),
    (
        "month_day",
        _rule(
            r"{B}(?P<lead>(?P<weekday>" + _WEEKDAY_WORDS + r"),?\s+)?(?:{EDGE})?"
            r"(?:(?P<rel>last|next)\s+)?(?:the\s+)?{MONTH}\s*"
            r"{DAY}(?:(?:,\s*|\s+)(?P<year>(?:1[0-9]|20)\d\d)(?!\d))?{E}"
        ),
    ),
    (
        "day_month",
        _rule(
            r"{B}(?P<lead>(?P<weekday>" + _WEEKDAY_WORDS + r"),?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+"
            r"{MONTH}(?:,?\s+(?P<year>(?:1[0-9]|20)\d\d)(?!\d))?{E}"
        ),
    ),
    ("month_year", _rule(r"{B}(?:{EDGE})?{MONTH},?\s+(?:of\s+)?{YEAR}{E}")),
    (
        "month_rel_year",
        _rule(r"{B}(?:{EDGE})?{MONTH},?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{E}"),
    ),
    (
        "month",
        _rule(r"{B}(?:{EDGE})?(?:(?P<rel>this|last|next|this\s+past|this\s+coming)\s+)?{MONTH}{E}"),
    ),
    (
        "year_range",
        _rule(
            r"{B}(?P<year>(?:1[0-9]|20)\d\d)\s*[-–/]\s*(?P<year2>(?:1[0-9]|20)?\d\d)(?![\d%])"
            r"(?!\s*(?:per\s*cent|percent))"
        ),
    ),
    (
        "year",
        _rule(
            r"{B}(?:{EDGE})?(?:(?P<fiscal>fiscal|calendar|the\s+year|fy|model\s+year)\s*)?"
            r"{YEAR}(?!\s*(?:s|'s\b|’s\b))(?![\w%-])"
        ),
    ),
    (
        "year_words",
        _rule(
            r"{B}(?:the\s+year\s+)?(?P<yearwords>(?:nineteen|eighteen)[\s-]+(?:"
            + _alt([*TENS])
            + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"(?:nineteen|eighteen)[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:\s+(?:"
            + _alt([u for u in UNITS if u != "zero"])
            + r"))?){E}"
        ),
    ),
    (
        "decade",
        _rule(
            r"{B}(?:the\s+)?(?:{EDGE})?(?:(?P<decade>(?:1[0-9]|20)\d0)(?:'s|’s|s)"
            r"|['’](?P<short>\d0)'?s|(?P<short2>[2-9]0)s"
            r"|(?:nineteen[\s-]+)?(?P<decword>" + _DECADE_WORDS + r")){E}"
        ),
    ),
    (
        "century",
        _rule(
            r"{B}(?:the\s+)?(?:{EDGE})?(?:(?P<ord>"
            + _ORDINAL_WORDS
            + r"|\d{{1,2}}(?:st|nd|rd|th))|(?P<rel>this|last|next|the\s+last|the\s+next|"
            r"the\s+past|the\s+previous))[\s-]+century{E}"
        ),
    ),
    (
        "season",
        _rule(
            r"{B}(?P<lead>in\s+(?=the\s))?(?:{EDGE})?(?:{REL}\s+|(?P<the>the\s+))?{SEASON}"
            r"(?:\s+(?:of\s+)?{YEAR})?{E}"
        ),
    ),
    (
        "quarter",
        _rule(
            r"{B}(?:(?P<det>the|its|their|this\s+year's|last\s+year's|this|last|next)\s+)?"
            r"(?:(?P<year2>(?:19|20)\d\d)\s+)?(?:fiscal\s+)?"
            r"(?P<which>(?:(?:year-earlier|year-ago|year\s+earlier|latest|current|most\s+recent|"
            r"same|previous|prior|recent|fiscal|first|second|third|fourth|final|1st|2nd|3rd|"
            r"4th|last)[\s-]+)+)?(?P<q>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?:{YEAR}|"
            r"(?P<rel>this|last|next)\s+year|the\s+year))?{E}"
        ),
    ),
    ("q_code", _rule(r"{B}(?:(?P<year2>(?:19|20)\d\d)\s+)?Q(?P<qnum>[1-4])(?:\s+{YEAR})?{E}")),
    (
        "relday",
        _rule(
            r"{B}(?:{EDGE})?(?P<relday>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+"
            r"yesterday|the\s+day\s+after\s+tomorrow)(?:(?:'s|’s)|\s+{PART})?{E}"
        ),
    ),
    ("this_part", _rule(r"{B}(?:{EDGE})?(?P<rel>this|last|tomorrow|yesterday)\s+{PART}{E}")),
    # "the following day": a day after the story's last date, not after the date line.
    ("narrative_day", _rule(r"{B}the\s+(?P<rel>following|next|previous|preceding|prior)\s+day{E}")),
    (
        "relunit",
        _rule(
            r"{B}(?:{EDGE})?{REL}\s+(?:fiscal\s+|calendar\s+)?"
            r"(?P<unit>week|month|year|weekend|decade|fortnight)"
            r"(?:'s|’s)?{E}"
        ),
    ),
    (
        "ago",
        _rule(
            r"{B}{QUAL}?(?:{NUM}\s+|(?P<bare>))(?:more\s+)?{UNIT}\s+(?P<dir>ago|earlier|"
            r"later|before|after|from\s+now|hence|back)(?![\s-]+(?:the|a|an|his|her|their|its|"
            r"this|that|he|she|they|it|we)\b)(?![\w])"
        ),
    ),
    (
        "year_adj",
        _rule(r"{B}(?:the\s+)?(?P<yadj>year-earlier|year-ago|a\s+year\s+ago){E}"),
    ),
    (
        "weekday",
        _rule(
            r"{B}(?:{EDGE}|(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?{WEEKDAY}"
            r"(?:,?\s+{PART})?{E}"
        ),
    ),
    (
        "weekday_set",
        _rule(r"{B}(?:(?P<lead>on\s+)|(?:every|each)\s+)?(?P<weekday>" + _WEEKDAY_WORDS + r")s{E}"),
    ),
    (
        "clock",
        _rule(
            r"{B}(?:(?P<lead>at\s+)|(?:about|around|approximately)\s+)?(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?"
            r"\s*{AMPM}{TZ}?(?:,?\s+(?:(?:on|this|last)\s+)?(?:(?P<weekday>" + _WEEKDAY_WORDS + r")"
            r"|(?P<relday>today|yesterday|tomorrow)|(?P<part>morning|afternoon|evening|night)))?"
        ),
    ),
    (
        "clock24",
        _rule(
            r"{B}(?:(?P<lead>at\s+)|(?:about|around)\s+)?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)"
            r"(?:{TZ}|\s+local\s+time)(?:,?\s+(?P<weekday>" + _WEEKDAY_WORDS + r"))?{E}"
        ),
    ),
    (
        # "at 10:15" is a time of day; a bare "3:16" may be a verse or a ratio.
        "clock24_at",
        _rule(
            r"{B}(?P<lead>(?:at|by|until|till|from|before|after|around|about)\s+)"
            r"(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?!\d|:\d)"
            r"(?:,?\s+(?P<weekday>" + _WEEKDAY_WORDS + r"))?{E}"
        ),
    ),
    (
        "clock_word",
        _rule(
            r"{B}(?P<clockword>noon|midday|midnight)(?:\s+(?:on\s+)?(?P<weekday>"
            + _WEEKDAY_WORDS
            + r")|\s+(?P<relday>today|yesterday|tomorrow))?{E}"
        ),
    ),
    ("reference", _rule(r"{B}(?P<ref>" + _alt(REFERENCES) + r"){E}")),
    ("recent_units", _rule(r"{B}(?P<lead>in\s+)?(?P<vague>recent|coming)\s+{UNIT}{E}")),
    (
        "duration",
        _rule(
            r"{B}{QUAL}?(?:(?P<pre>the\s+(?:past|last|next|first|final|coming|previous|"
            r"following|preceding|remaining|latest|same|entire|full|whole|initial)|past|last|next|"
            r"first|another|an\s+additional|the|each\s+of\s+the\s+(?:past|last|next))\s+|"
            r"(?P<lead>(?:its|their|his|her|our|my|your)\s+))?{NUM}(?P<andhalf>\s+and\s+a\s+half)?(?:\s+(?:more|"
            r"additional|full|straight|consecutive|long|successive|extra|further|whole))?"
            r"[\s-]+{DUNIT}(?P<andhalf2>\s+and\s+a\s+half)?(?P<poss>'|’)?(?:[\s-]+long)?"
            r"(?P<old>[\s-]+old)?(?![\w-])"
        ),
    ),
    (
        "a_unit_half",
        _rule(r"{B}{QUAL}?(?:a|an|one)\s+{DUNIT}\s+and\s+a\s+half{E}"),
    ),
    (
        "bare_units",
        _rule(
            r"{B}(?P<lead>(?:for|over|in|within|after|past|take|takes|took|last|lasted|spent)\s+)"
            r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries){E}"
        ),
    ),
    ("unit_long", _rule(r"{B}(?:(?:a|an|one)\s+)?(?P<unit>day|week|month|year)-long{E}")),
    (
        "every",
        _rule(
            r"{B}(?P<every>every|each|per|once\s+a|twice\s+a|(?:\w+|\d+)\s+times\s+(?:a|an|per|"
            r"each|every))\s+(?:other\s+|single\s+)?(?:{UNIT}|(?P<weekday>"
            + _WEEKDAY_WORDS
            + r")|{MONTH}|{PART}|{SEASON}){E}"
        ),
    ),
    ("set_adverb", _rule(r"{B}(?P<setadv>" + _alt(SET_ADVERBS) + r"){E}")),
    (
        "holiday",
        _rule(
            r"{B}(?P<holiday>" + _alt([*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS]) + r")(?:\s+{YEAR})?{E}"
        ),
    ),
)
RULE_ORDER = {name: index for index, (name, _) in enumerate(RULES)}


class _Located(Protocol):
    @property
    def rule(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Located)


@dataclass(frozen=True, slots=True)
class Expression:
    """One match of a rule: half-open offsets into the text and the parts it named."""

    rule: str
    start: int
    end: int
    parts: dict[str, str]


# The rules' anchor words (words.py), each looked for once per line however many rules share
# it: `word in line` is a fast substring search, where a regex alternation of the words tried
# every word at every position, once per rule (issue #18).
_ANCHOR_WORDS = tuple(sorted({word for words in RULE_ANCHORS.values() for word in words}))
_RULE_ANCHORS = {name: frozenset(words) for name, words in RULE_ANCHORS.items()}


def find_expressions(text: str) -> list[Expression]:
    """Every rule's matches, overlapping ones included (see `select_longest`).

    Rules run line by line, and only on lines holding their anchor word (a substring, any
    case): a month rule never scans a paragraph without a month name; a rule whose anchor
    list is empty never runs. No rule spans a line break.
    """
    candidates = []
    lowered = text.lower()  # a line's lower case is a slice of it: a word absent here is
    in_text = [word for word in _ANCHOR_WORDS if word in lowered]  # absent from every line
    for line_start, line_end in _lines(text):
        line = text[line_start:line_end].lower()
        present = {word for word in in_text if word in line}
        for name, pattern in RULES:
            anchors = _RULE_ANCHORS.get(name)
            if anchors is not None and anchors.isdisjoint(present):
                continue
            for match in pattern.finditer(text, line_start, line_end):
                expression = _expression(text, name, match)
                if expression is not None:
                    candidates.append(expression)
    return candidates


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _expression(text: str, name: str, match: re.Match[str]) -> Expression | None:
    start, end = match.span()
    if match.groupdict().get("lead"):  # a word that locates the time but is not in it
        start = match.end("lead")
    # Trailing whitespace or punctuation a pattern swallowed is not part of the span.
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    if end <= start:
        return None
    parts = {k: v for k, v in match.groupdict().items() if v is not None}
    return Expression(name, start, end, parts)


def select_longest(candidates: list[T]) -> list[T]:
    """Non-overlapping candidates, the longest first (ties: rule order, then position)."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), RULE_ORDER[c.rule], c.start))
    taken: list[T] = []
    for candidate in ordered:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)
