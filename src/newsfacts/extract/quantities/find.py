"""Quantities: numbers with their units, normalised; money, percentages, ages, counts (issue #6).

Numbers are found in the text (`scan` reads what stands around each); the parse
decides what is no quantity (an identifier after "Fig.", a name such as "Apollo 11", the
pronoun "one") and which noun a count counts ("40 rounds", "30,000 North Koreans"). Years,
dates and clock times are the times stage's: a number inside one of its non-duration times is
skipped, so the stage takes `times` as an argument.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.quantities.scan import NUMBER, Reading, read_number
from newsfacts.extract.quantities.units import normalise, rate, symbol_units, word_units
from newsfacts.extract.quantities.words import MINOR_CURRENCY, REFERENCE_WORDS
from newsfacts.sheet import NormalizedQuantity, Quantity, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Entity labels under which a bare number is part of a name ("Apollo 11", "Route 66").
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "NORP", "LANGUAGE"}
)
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# Qualifiers that bound rather than estimate still make the figure inexact (issue #6).
AGE_DECADE = re.compile(
    r"\b(?:in\s+(?:his|her|their|its|my|your|our)\s+)(?P<edge>early|mid|late)?[\s-]*"
    r"(?P<decade>[1-9]0)['’]?s\b",
    re.IGNORECASE,
)
# "in her mid-20s": (low, high) offsets within the decade.
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
PRONOUN_NUMBERS = frozenset({"one"})
# quantulum3's name for the unit of "%", "per cent", "percentage points".
PERCENT_UNIT = "percentage"
MINOR_SHARES = dict(MINOR_CURRENCY.values())
LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|&)\s*", re.IGNORECASE)
# "2011b": a year with a letter is a citation ("Barlow et al. (2011b)").
CITATION_YEAR = re.compile(r"(?:19|20)\d\d[a-z]\b")


def extract_quantities(doc: Doc, *, times: Sequence[Time] = ()) -> list[Quantity]:
    """Quantities in document order (see the module docstring)."""
    text = doc_text(doc)
    blocked = [(t.start, t.end) for t in times if t.type != "duration"]
    clocks = [(t.start, t.end) for t in times if t.type == "time"]
    quantities: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for decade in AGE_DECADE.finditer(text):
        quantity = _age_decade(text, decade)
        quantities.append(quantity)
        taken.append((quantity.start, quantity.end))
    position = 0
    while True:
        match = NUMBER.search(text, position)
        if match is None:
            break
        position = match.end()
        if _overlaps(taken, match.start(), match.end()):
            continue
        reading = read_number(text, match)
        if reading is None or not _finite(reading) or not _is_quantity(reading, match, doc, text):
            continue
        if _overlaps(blocked, reading.start, reading.end) and not _measured(reading):
            continue  # "November 13", "1998": the times stage's (but "1323–1423 K" is ours)
        if _overlaps(clocks, reading.start, reading.end):
            continue  # "2 pm" is a time of day, whatever pint says about picometres
        quantities.append(_quantity(text, reading, doc))
        taken.append((reading.start, reading.end))
        position = max(position, reading.end)
    quantities.sort(key=lambda q: q.start)
    return _share_units(text, quantities)


def _finite(reading: Reading) -> bool:
    """A figure too large for a float ("9" repeated 400 times) is no quantity to compute with."""
    values = (reading.value, reading.low, reading.high)
    return all(v is None or math.isfinite(v) for v in values)


def _measured(reading: Reading) -> bool:
    return bool(reading.unit is not None or reading.currency or reading.percent or reading.age)


def _share_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "45 and 50 mg", "2, 3 or 4 km": numbers listed before a unit take that unit (the parse
    may make the noun after the unit the first number's count: "30 and 60 mg caffeine")."""
    shared = list(quantities)
    for index in range(len(shared) - 2, -1, -1):
        current, following = shared[index], shared[index + 1]
        if current.kind != "count" or following.kind == "count":
            continue
        between = text[current.end : following.start]
        if not LIST_JOINER.fullmatch(between):
            continue
        shared[index] = _with_unit_of(current, following)
    return shared


def _with_unit_of(quantity: Quantity, model: Quantity) -> Quantity:
    normalized = None
    if model.normalized and model.value and quantity.value is not None:
        ratio = model.normalized.value / model.value
        normalized = NormalizedQuantity(
            value=round(quantity.value * ratio, 6), unit=model.normalized.unit
        )
    return quantity.model_copy(
        update={"unit": model.unit, "kind": model.kind, "normalized": normalized, "counted": None}
    )


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _age_decade(text: str, match: re.Match[str]) -> Quantity:
    decade = int(match.group("decade"))
    edge = (match.group("edge") or "").lower() or None
    low, high = DECADE_PARTS[edge]
    start = match.start("edge") if match.group("edge") else match.start("decade")
    return Quantity(
        text=text[start : match.end()],
        start=start,
        end=match.end(),
        low=float(decade + low),
        high=float(decade + high),
        unit="year",
        kind="age",
        approximate=True,
    )


def _is_quantity(reading: Reading, match: re.Match[str], doc: Doc, text: str) -> bool:
    """Whether the parse and the surroundings agree that the number is a quantity (`text` is
    `doc.text`, which spaCy rebuilds on every access)."""
    after = text[reading.number_end : reading.number_end + 2]
    measured = reading.unit is not None or reading.currency or reading.percent or reading.age
    if match.group("digits"):
        if CITATION_YEAR.match(text, match.start()):
            return False
        if after.lower() in ORDINAL_SUFFIXES and not text[match.end() + 2 :][:1].isalpha():
            return False  # "2nd", "21st"
        if after[:1].isalpha() and not measured:
            return False  # "3D", "G7"-like identifiers
        if re.match(r"[:/.]\d", after) and not measured:
            return False  # "3:1", "24/7", "1.2.3"
        if re.match(r"[-–]\d", after) and not measured and reading.low is None:
            return False  # "won 3-2", "555-1234": a score or a number, not a range
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _after_reference_word(doc, span) or _in_brackets(text, match.start(), match.end()):
        return False
    if match.group("words") and not _word_number_ok(span, measured=bool(measured)):
        return False
    if not measured and (_is_label(span) or _alone_in_parentheses(text, match)):
        return False
    return not (span[0].ent_type_ in NAME_LABELS and not measured)


def _is_label(span: Span) -> bool:
    """ "Scenario 3", "axis 1", "OAE 2": a number right after the noun it names."""
    number = span[-1]
    head = number.head
    if span.start == 0 or head.i >= number.i:
        return False
    previous = span.doc[span.start - 1]
    return head.i == previous.i and head.pos_ in ("NOUN", "PROPN")


def _alone_in_parentheses(text: str, match: re.Match[str]) -> bool:
    """ "(1)", "(28)": an item or equation number."""
    start, end = match.span()
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _after_reference_word(doc: Doc, span: Span) -> bool:
    """ "Fig. 7", "Table 2", "Figs. 5 and 6": numbers that point at something."""
    index = span.start - 1
    while index >= 0:
        token = doc[index]
        if token.lower_ in REFERENCE_WORDS or token.lower_ + "." in REFERENCE_WORDS:
            return True
        if token.text == "." and index > 0 and doc[index - 1].lower_ + "." in REFERENCE_WORDS:
            return True
        # step back over a list of numbers ("5 and", "5,") to the word they follow
        if token.lower_ in ("and", ",", "or", "&", "-", "–") or token.like_num:
            index -= 1
            continue
        return False
    return False


def _in_brackets(text: str, start: int, end: int) -> bool:
    """A citation "[25]" or "[3, 4]"."""
    before = text[max(0, start - 12) : start]
    after = text[end : end + 12]
    opened = before.rfind("[") > before.rfind("]")
    return opened and "]" in after and re.match(r"^[\d,\s–-]*\]", after) is not None


def _word_number_ok(span: Span, *, measured: bool) -> bool:
    """A number in words must be a cardinal to the tagger ("one of them" is a pronoun)."""
    if not any(t.tag_ == "CD" or t.ent_type_ in NUMBER_LABELS for t in span):
        return False
    # "one" is mostly a pronoun ("one hurries across"): only a measure makes it a number.
    return measured or span.text.lower() not in PRONOUN_NUMBERS


def _quantity(text: str, reading: Reading, doc: Doc) -> Quantity:
    unit = reading.unit
    counted = None
    normalized = None
    if reading.currency:
        kind, unit_name = "money", reading.money or reading.currency
        normalized = _money_normalized(reading)
        if reading.per is not None:
            unit_name, normalized = rate(unit_name, reading.per).name, None
    elif reading.percent:
        kind, unit_name = "percent", PERCENT_UNIT
    elif reading.age:
        kind, unit_name = "age", unit.name if unit else "year"
    elif unit is not None:
        if reading.per is not None:
            unit = rate(unit.name, reading.per, expression=unit.expression)
        kind, unit_name = unit.kind, unit.name
        if reading.value is not None:
            converted = normalise(reading.value, unit)
            if converted is not None:
                normalized = NormalizedQuantity(value=round(converted[0], 6), unit=converted[1])
    else:
        kind, unit_name = "count", None
        counted = counted_noun(doc, reading.start, reading.end)
    qualifier = reading.qualifier
    return Quantity(
        text=text[reading.start : reading.end],
        start=reading.start,
        end=reading.end,
        value=reading.value,
        low=reading.low,
        high=reading.high,
        unit=unit_name,
        kind=kind,  # type: ignore[arg-type]
        normalized=normalized,
        approximate=qualifier is not None or reading.vague or reading.value is None,
        qualifier=qualifier,
        counted=counted,
    )


def _money_normalized(reading: Reading) -> NormalizedQuantity | None:
    """An amount in its currency's main unit, named by ISO code: "50 cents" is 0.5 USD."""
    if reading.value is None or reading.currency is None:
        return None
    share = MINOR_SHARES.get(reading.money or "", 1.0)
    return NormalizedQuantity(value=round(reading.value * share, 6), unit=reading.currency)


def counted_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun a number counts: its head ("40 rounds"), or the object of "of" ("dozens of
    people"), with the compounds before it ("30,000 North Koreans")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    number = span[-1]
    head = number.head
    modifies = number.dep_ in ("nummod", "quantmod", "compound", "amod") and head.i > number.i
    if modifies and head.pos_ in ("NOUN", "PROPN") and not _is_unit_word(head):
        return _noun_phrase(head, after=number.i)
    for child in number.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return _noun_phrase(objects[0], after=child.i)
    if number.i + 1 < len(doc):
        following = doc[number.i + 1]
        if following.tag_ in ("NNS", "NNPS"):
            return following.text
    return None


def _is_unit_word(token: Token) -> bool:
    """ "45 and 50 mg": the parse hangs "45" on the unit, which it does not count."""
    return token.text in symbol_units() or token.lower_ in word_units()


def _noun_phrase(head: Token, *, after: int) -> str:
    first = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ == "compound" and child.i == first - 1 and child.i > after:
            first = child.i
    return head.doc[first : head.i + 1].text
