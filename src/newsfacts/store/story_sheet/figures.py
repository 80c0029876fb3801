"""Counts one article states, each tied to what it counts and what happened to it.

A number ("three", "40", "dozens", "a" before "man") is a figure when the words around it say
what happened: a cue after it ("three people were killed", "2 dead"), a verb before it
("killing three", "fired 40 rounds"), or ", one fatally". The counted noun decides the key:
general words for people share one ("killed"), a group keeps its own ("officers injured").
Approximations keep an interval: "about 40" is 32-48, "at least 10" is 10 and up, "dozens"
24-144; exact numbers are their own interval. Money and ages come off the sheet's quantities.
Pure functions over one stored sheet (text, headline, sentences, quantities).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newsfacts.sheet import FactSheet, Quantity
from newsfacts.store.story_sheet import words
from newsfacts.words.number_words import TENS, UNITS

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_VAGUE = {
    "dozens": (24, 144),
    "scores": (40, 200),
    "hundreds": (200, 999),
    "several": (3, 9),
    "a few": (2, 5),
    "a dozen": (12, 12),
    "a couple of": (2, 3),
}
NUMBER = re.compile(
    # not "one" of "no one" (a stated zero, read by NOBODY)
    r"(?<![\w$£€.,:-])(?<!\bno )(?P<num>"
    rf"(?:{_TEN_WORDS})(?:-(?:{_ONES}))?|(?:{_NUMBER_WORDS})|\d{{1,3}}(?:,\d{{3}})*"
    r"|dozens|scores|hundreds|several|a few|a dozen|a couple of|an?)"
    r"(?![\w%-]|[.,:]\d)",
    re.IGNORECASE,
)
# "October 27 has died": a day of a month is no count
MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+$",
    re.IGNORECASE,
)
# "it could have been six dead", "should've killed dozens": what did not happen
UNREAL_BEFORE = re.compile(
    r"\b(?:could|would|should|might|must)(?:\s+not|n't|n’t)?(?:\s+have|'ve|’ve)\s+"
    r"[^.;:!?\n]*$",
    re.IGNORECASE,
)
# "no one was hurt", "nobody else was injured": a stated zero
NOBODY = re.compile(r"\b(?P<num>no one|nobody|none)(?:\s+else)?\b", re.IGNORECASE)
NO_INJURIES = re.compile(r"\bno (?P<what>injuries|deaths|arrests)\b", re.IGNORECASE)

_LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than")
_UPPER = ("up to", "at most", "as many as", "no more than", "less than", "fewer than", "under")
_ABOUT = (
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "an estimated",
    "estimated",
    "close to",
    "well over",
    "just over",
    "just under",
)
QUALIFIER = re.compile(
    r"\b(?P<q>" + "|".join(sorted(_LOWER + _UPPER + _ABOUT, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
APPROXIMATION = 0.2  # "about 40" is 32-48
WINDOW = 120  # characters after a number read for its cue


def _alternation(items: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "shot dead" wins over "shot")."""
    return "|".join(re.escape(item) for item in sorted(items, key=len, reverse=True))


_NOUNS = _alternation(words.PEOPLE + words.GROUPS + words.SHOTS)
_ADJ = _alternation(words.ADJECTIVES)
_AUX = _alternation(words.AUXILIARIES)
_CUES = {p: _alternation(cues) for p, (cues, _) in words.PREDICATES.items()}
_VERBS = {p: _alternation(verbs) for p, (_, verbs) in words.PREDICATES.items()}
# "a 6-year-old boy was killed": an age between "a" and its noun (only "a" may take one: an
# age inside a count, "two 17-year-old boys", as often counts a roundup's victims)
_AGE = r"(?P<age>\d{1,3}-year-old\s+)?"
AFTER = {
    predicate: re.compile(
        rf"\s+(?:of\s+)?{_AGE}(?:(?:{_ADJ})\s+){{0,2}}(?:(?P<noun>{_NOUNS})\s+)?"
        rf"(?:(?:{_AUX}|\w+ly)\s+){{0,4}}(?P<cue>{cue})\b",
        re.IGNORECASE,
    )
    for predicate, cue in _CUES.items()
}


def cues(predicate: str) -> str:
    """The regex alternation of the words that tie a count to `predicate` after it ("killed",
    "shot dead", "died"): one list for every module that reads what happened."""
    return _CUES[predicate]


FATALLY = re.compile(r"\s+(?:of them\s+)?(?:fatally|mortally)\b", re.IGNORECASE)
_QUALIFIERS = "|".join(sorted(_LOWER + _UPPER + _ABOUT, key=len, reverse=True))
BEFORE = {
    predicate: re.compile(rf"\b(?P<verb>{verb})\s+(?:(?:{_QUALIFIERS})\s+)?$", re.IGNORECASE)
    for predicate, verb in _VERBS.items()
}
NOUN_AFTER = re.compile(rf"\s+{_AGE}(?:(?:{_ADJ})\s+){{0,2}}(?P<noun>{_NOUNS})\b", re.IGNORECASE)
BREAK_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\]]|$)|\s+(?:and|in|at|on|during|after|before|including|inside|outside)\b",
    re.IGNORECASE,
)
MONEY_NOUN = re.compile(rf"^\W*(?:\w+\W+){{0,3}}?(?P<noun>{_alternation(words.MONEY_NOUNS)})\b")
NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?: [A-Z]\.)?,\s*$")
OFFICIAL = re.compile(rf"\b(?:{_alternation(words.OFFICIAL)})\b", re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|according to|confirmed|reported)\b")
ELSEWHERE = re.compile(
    rf"\b(?:{_alternation(words.ELSEWHERE)})"
    # "in 11 shootings", "two different shootings": a count of shootings is a roundup
    rf"|\b(?:\d+|{_NUMBER_WORDS}|{_TEN_WORDS})\s+(?:separate\s+|different\s+)?shootings\b"
    # "killed in shootings from Friday to Saturday", "in South Side shootings": shootings
    # counted together; "the shootings" is most often the story's own (one spree, two places)
    r"|(?<!\bthe )(?<!\bthese )(?<!\btwo )\bshootings\b",
    re.IGNORECASE,
)

# A heading of teasers for other stories: every count after it is about another incident.
TEASERS = re.compile(
    r"^[ \t]*(?:more stories you may like|you may also like|related (?:stories|articles))\b",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One figure as one article states it: `field`[start:end] is the words that state it."""

    what: str
    predicate: str
    counted: str | None
    value: float | None
    low: float
    high: float
    approximate: bool
    field: str
    start: int
    end: int
    official: bool = False
    elsewhere: bool = False  # the sentence is about other incidents too (a roundup, a total)
    weak: bool = False  # "a man", "no one": one victim described or a zero, not a tally
    part: bool = False  # a part of a list of who ("1 child" of "2 adults, 1 child dead")


def number_value(token: str) -> tuple[float | None, float, float]:
    """(value, low, high) of a number token: digits, a number word, or a vague amount."""
    token = " ".join(token.lower().split())
    if token in _VAGUE:
        low, high = _VAGUE[token]
        return (float(low) if low == high else None), float(low), float(high)
    if token in ("a", "an"):
        return 1.0, 1.0, 1.0
    if token.replace(",", "").isdigit():
        value = float(token.replace(",", ""))
    else:
        value = float(sum({**UNITS, **TENS}[part] for part in token.split("-")))
    return value, value, value


def qualified(value: float, qualifier: str) -> tuple[float, float]:
    """The interval a qualifier makes of a number ("about 40" -> 32-48)."""
    qualifier = qualifier.lower()
    if qualifier in _LOWER:
        return value, math.inf
    if qualifier in _UPPER:
        return 0.0, value
    spread = max(1.0, round(value * APPROXIMATION))
    return value - spread, value + spread


def _key(predicate: str, noun: str | None) -> tuple[str, str | None]:
    """(what, counted): groups keep their own key; people share the predicate's."""
    if predicate == "fired":
        return "shots fired", noun.lower() if noun else None
    if noun is None:
        return predicate, None
    noun = noun.lower()
    if noun in words.GROUPS:
        plural = noun if noun.endswith("s") else ("deputies" if noun == "deputy" else noun + "s")
        return f"{plural} {predicate}", noun
    return predicate, noun


def _tie(text: str, start: int, end: int, token: str) -> tuple[str, str | None, int, int] | None:
    """(predicate, counted noun, statement start, statement end) when words tie the number."""
    window = text[end : end + WINDOW]
    for predicate, pattern in AFTER.items():
        match = pattern.match(window)
        if match and _clause(match.group(0)) and not _active(match.group(0)):
            noun = match.group("noun")
            if not _fits(predicate, noun, token, aged=bool(match.group("age"))):
                continue
            return predicate, noun, start, end + match.end()
    if text[:start].rstrip().endswith(",") and (match := FATALLY.match(window)):
        return "killed", None, start, end + match.end()
    before = text[max(0, start - 60) : start]
    for predicate, pattern in BEFORE.items():
        verb = pattern.search(before)
        if verb is None:
            continue
        noun_match = NOUN_AFTER.match(window)
        noun = noun_match.group("noun") if noun_match else None
        if noun is None and not BREAK_AFTER.match(window):
            continue
        if not _fits(predicate, noun, token, aged=bool(noun_match and noun_match.group("age"))):
            continue
        stop = end + (noun_match.end() if noun_match else 0)
        return predicate, noun, start - len(before) + verb.start(), stop
    return None


# "eight children have killed or injured themselves": the number is who did it, not who
# suffered it ("have died", "have been killed" and "were killed" count the victims)
ACTIVE = re.compile(
    r"\b(?:have|has|had)\s+(?!died\b|dead\b|die\b|dies\b|lost\b|been\b)\w+(?:\s+\w+){0,2}$",
    re.IGNORECASE,
)


def _active(words_to_cue: str) -> bool:
    """Whether the cue is the number's own deed: "have killed", not "have been killed"."""
    return bool(ACTIVE.search(words_to_cue))


def _clause(words_between: str) -> bool:
    return not any(mark in words_between for mark in words.CLAUSE_BREAKS)


def _fits(predicate: str, noun: str | None, token: str, *, aged: bool = False) -> bool:
    """Shots are counted only with `fired`; "a" counts one only before a singular person,
    and only "a" takes an age before its noun ("a 6-year-old boy")."""
    shots = noun is not None and noun.lower() in words.SHOTS
    if (predicate == "fired") != shots:
        return False
    if token.lower() in ("a", "an"):
        return noun is not None and noun.lower() in words.SINGULAR
    return not aged


def _sentence(sheet: FactSheet, field: str, position: int) -> str:
    if field == "headline":
        return sheet.headline
    for span in sheet.sentences:
        if span.start <= position < span.end:
            return sheet.text[span.start : span.end]
    return sheet.text[max(0, position - 150) : position + 150]


def _count_statements(sheet: FactSheet, field: str) -> list[Statement]:
    text = sheet.headline if field == "headline" else sheet.text
    found: list[Statement] = []
    for match in NUMBER.finditer(text):
        token = match.group("num")
        if MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        tie = _tie(text, match.start(), match.end(), token)
        if tie is None:
            continue
        predicate, noun, start, end = tie
        value, low, high = number_value(token)
        qualifier = QUALIFIER.search(text[max(0, match.start() - 30) : match.start()])
        if qualifier and value is not None:
            low, high = qualified(value, qualifier.group("q"))
            start = min(start, match.start() - len(qualifier.group(0)))
        what, counted = _key(predicate, noun)
        number = (value, low, high)
        weak = token.lower() in ("a", "an")
        statement = _statement(
            sheet,
            field,
            what,
            predicate,
            counted,
            number,
            start,
            end,
            bool(qualifier),
            weak=weak,
        )
        # what did not happen ("should have been six dead") is told like another incident
        if UNREAL_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            statement = replace(statement, elsewhere=True)
        found.append(statement)
    found += _zeros(sheet, field, text)
    return found


def _zeros(sheet: FactSheet, field: str, text: str) -> list[Statement]:
    """Stated zeros: "no one was hurt", "no injuries were reported"."""
    found = []
    for match in NOBODY.finditer(text):
        window = text[match.end() : match.end() + WINDOW]
        for predicate in ("killed", "injured"):
            tie = AFTER[predicate].match(window)
            if tie and _clause(tie.group(0)) and tie.group("noun") is None:
                found.append(_zero(sheet, field, predicate, match.start(), match.end() + tie.end()))
                break
    for match in NO_INJURIES.finditer(text):
        predicate = {"injuries": "injured", "deaths": "killed", "arrests": "arrested"}[
            match.group("what").lower()
        ]
        found.append(_zero(sheet, field, predicate, match.start(), match.end()))
    return found


def _zero(sheet: FactSheet, field: str, predicate: str, start: int, end: int) -> Statement:
    """A stated zero ("no one was hurt"): weak, so it never decides or disputes a count alone."""
    return _statement(
        sheet, field, predicate, predicate, None, (0.0, 0.0, 0.0), start, end, weak=True
    )


def _statement(
    sheet: FactSheet,
    field: str,
    what: str,
    predicate: str,
    counted: str | None,
    number: tuple[float | None, float, float],
    start: int,
    end: int,
    approximate: bool = False,
    *,
    weak: bool = False,
) -> Statement:
    value, low, high = number
    sentence = _sentence(sheet, field, start)
    official = bool(OFFICIAL.search(sentence) and ATTRIBUTION.search(sentence))
    return Statement(
        what=what,
        predicate=predicate,
        counted=counted,
        value=value,
        low=low,
        high=high,
        approximate=approximate or value is None or low != high,
        field=field,
        start=start,
        end=end,
        official=official,
        elsewhere=bool(ELSEWHERE.search(sentence)) or _teased(sheet, field, start),
        weak=weak,
    )


def _teased(sheet: FactSheet, field: str, position: int) -> bool:
    """Whether a text's words come after a heading of teasers for other stories."""
    teasers = TEASERS.search(sheet.text) if field == "text" else None
    return teasers is not None and teasers.start() < position


def _quantity_statements(sheet: FactSheet) -> list[Statement]:
    """Money and ages from the sheet's quantities, keyed by what they pay for or whose age."""
    found = []
    for quantity in sheet.quantities:
        key = _quantity_key(sheet.text, quantity)
        if key is None or quantity.value is None:
            continue
        value = quantity.normalized.value if quantity.normalized else quantity.value
        low = quantity.low if quantity.low is not None else value
        high = quantity.high if quantity.high is not None else value
        found.append(
            _statement(
                sheet,
                "text",
                key,
                quantity.kind,
                quantity.counted,
                (value, low, high),
                quantity.start,
                quantity.end,
                quantity.approximate,
            )
        )
    return found


def _quantity_key(text: str, quantity: Quantity) -> str | None:
    if quantity.kind == "money":
        noun = MONEY_NOUN.match(text[quantity.end : quantity.end + 40])
        return f"money: {noun.group('noun').lower()}" if noun else None
    if quantity.kind == "age":
        name = NAME_BEFORE.search(text[max(0, quantity.start - 40) : quantity.start])
        return f"age: {name.group('name')}" if name else None
    return None


def statements(sheet: FactSheet) -> list[Statement]:
    """Every figure one sheet states: headline first, then text, each in text order."""
    counts = _count_statements(sheet, "headline") + _count_statements(sheet, "text")
    return counts + _quantity_statements(sheet)
