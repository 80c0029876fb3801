"""Counts a report gives as a list of who: "2 adults, 1 child dead", "a man and two children
were killed", "Woman, young child killed".

Each part of such a list counts some of the victims; the figure is their sum. No words state
the sum, so it is not a stated value: it votes like one for the article's count (as a derived
value, listed with the words of the list), and the parts the list holds are marked weak so
that a partial count ("1 child dead") does not lead the article (it may still dispute another
article's count, as any partial count may).
Pure functions over one stored sheet's headline and text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from newsfacts.sheet import FactSheet
from newsfacts.store.story_sheet import words
from newsfacts.store.story_sheet.figures import AFTER, NUMBER, WINDOW, Statement, number_value

# A number as figures.py reads one, without its named group (a list repeats it).
_NUMBER = NUMBER.pattern.replace("(?P<num>", "(?:")
_PEOPLE = "|".join(sorted(words.PEOPLE + words.GROUPS, key=len, reverse=True))
_ADJ = "|".join(sorted(words.ADJECTIVES, key=len, reverse=True))
# One part: "two children", "a man", "her 3-year-old son" is not one (no people word last).
_PART = rf"(?:(?:his|her|their)\s+)?(?:{_NUMBER}\s+)?(?:(?:{_ADJ})\s+){{0,2}}(?:{_PEOPLE})\b"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
LIST = re.compile(rf"(?<![\w-]){_PART}(?:{_SEPARATOR}{_PART})+", re.IGNORECASE)
PART = re.compile(
    rf"(?:(?:his|her|their)\s+)?(?:(?P<num>{_NUMBER})\s+)?(?:(?:{_ADJ})\s+){{0,2}}"
    rf"(?P<noun>{_PEOPLE})\b",
    re.IGNORECASE,
)
# A headline naming one victim alone: "Teen killed in ...", "Police: 11-year-old boy dies".
_SINGULAR = "|".join(sorted(words.SINGULAR & frozenset(words.PEOPLE), key=len, reverse=True))
ONE_VICTIM = re.compile(
    rf"(?:^|(?<=[:;,|\u2013\u2014-])\s*)(?:(?:{_ADJ}|\d{{1,3}}-year-old)\s+){{0,2}}"
    rf"(?:{_SINGULAR})\b",
    re.IGNORECASE,
)
# Figures a list of victims can total: not shots, not arrests (suspects are listed apart).
LISTED = ("killed", "injured", "shot")


@dataclass(frozen=True, slots=True)
class CountList:
    """A list of who, tied to what happened to them: `field`[start:end] holds it and its cue."""

    predicate: str
    value: float
    field: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]  # where each part's number is (within `field`)


def _part_count(match: re.Match[str], field: str) -> float | None:
    """How many one part counts: its number, or one for a singular word alone in a headline
    ("Woman, child killed"; in a text a bare word is most often a reference: "the suspect")."""
    number, noun = match.group("num"), match.group("noun").lower()
    if number is None:
        return 1.0 if field == "headline" and noun in words.SINGULAR else None
    value, low, high = number_value(number)
    if value is None or low != high:
        return None
    if number.lower() in ("a", "an") and noun not in words.SINGULAR:
        return None
    return value


def _tied(text: str, end: int) -> tuple[str, int] | None:
    """(predicate, end of its cue) when the words after a list say what happened to it."""
    window = text[end : end + WINDOW]
    for predicate in LISTED:
        match = AFTER[predicate].match(window)
        if match and match.group("noun") is None and not any(m in match.group(0) for m in ".;:"):
            return predicate, end + match.end()
    return None


def _count_list(text: str, field: str, match: re.Match[str]) -> CountList | None:
    tie = _tied(text, match.end())
    if tie is None:
        return None
    parts = list(PART.finditer(text, match.start(), match.end()))
    counts = [_part_count(part, field) for part in parts]
    if len(parts) < 2 or any(count is None for count in counts):
        return None
    predicate, end = tie
    spans = tuple(part.span() for part in parts)
    total = float(sum(count for count in counts if count is not None))
    return CountList(predicate, total, field, match.start(), end, spans)


def _one_victim(headline: str) -> list[CountList]:
    """A headline's lone victim tied to what happened ("Teen killed"): a list of one."""
    found = []
    for match in ONE_VICTIM.finditer(headline):
        tie = _tied(headline, match.end())
        if tie is not None and tie[0] == "killed":
            predicate, end = tie
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            found.append(CountList(predicate, 1.0, "headline", start, end, ()))
    return found


def count_lists(sheet: FactSheet) -> list[CountList]:
    """Every list of who one sheet ties to a figure: headline first (a lone victim named
    there is a list of one), then text."""
    found = []
    for field in ("headline", "text"):
        text = sheet.headline if field == "headline" else sheet.text
        for match in LIST.finditer(text):
            if (counted := _count_list(text, field, match)) is not None:
                found.append(counted)
        if field == "headline":
            found += [one for one in _one_victim(text) if _apart(one, found)]
    return found


def _apart(one: CountList, lists: Sequence[CountList]) -> bool:
    """Whether a lone victim is no part of a longer list found already."""
    return not any(c.field == one.field and c.start <= one.start < c.end for c in lists)


def mark_parts(statements: Sequence[Statement], lists: Sequence[CountList]) -> list[Statement]:
    """`statements` with those whose number is a part of a list marked as such."""

    def inside(statement: Statement) -> bool:
        return any(
            statement.field == counted.field and counted.start <= statement.start < counted.end
            for counted in lists
            if counted.predicate == statement.predicate
        )

    return [replace(s, part=True) if inside(s) else s for s in statements]


# Between two clauses that count different people alike: "three boys were wounded and a girl
# was critically injured" (not "four people were wounded and one was critically injured").
JOINED = re.compile(r"^\s*,?\s+and\s+$", re.IGNORECASE)
# Words for everyone or the rest: a clause counting them is a total or a remainder already.
_ALL = frozenset(("people", "persons", "person", "others", "victims", "victim", "individuals"))


def _joinable(first: Statement, second: Statement, text: str) -> bool:
    nouns = (first.counted, second.counted)
    if first.predicate != second.predicate or first.predicate not in LISTED:
        return False
    if None in nouns or nouns[0] == nouns[1] or any(noun in _ALL for noun in nouns):
        return False
    exact = all(s.value is not None and s.low == s.high for s in (first, second))
    return exact and bool(JOINED.match(text[first.end : second.start]))


def joined_counts(sheet: FactSheet, statements: Sequence[Statement]) -> list[CountList]:
    """Two clauses of one sentence that count different people with one predicate: a list."""
    found = []
    for first, second in pairwise(statements):
        text = sheet.headline if first.field == "headline" else sheet.text
        if first.field == second.field and _joinable(first, second, text):
            total = float((first.value or 0) + (second.value or 0))
            spans = ((first.start, first.end), (second.start, second.end))
            found.append(
                CountList(first.predicate, total, first.field, first.start, second.end, spans)
            )
    return found
