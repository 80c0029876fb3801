"""Reading one quantity off the text around a number: ranges, units, currencies, qualifiers.

`find.py` finds the numbers and decides, with the parse, which of them are quantities;
this module only reads characters, so it can be tested (and fuzzed) without a model. Span
conventions: the unit is inside the span ("9.4 stone", "4-kilometer"), so is a range's
"between ... and" ("between 3 and 5"), the qualifier is not ("about" goes to `qualifier`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.extract.numbers import (
    DIGIT_NUMBER,
    VAGUE_NUMBER,
    WORD_NUMBER,
    parse_number,
    parse_vague,
)
from newsfacts.extract.quantities.units import Unit, lookup_unit, powered
from newsfacts.extract.quantities.words import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SIGN_NAMES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MINOR_CURRENCY,
    QUALIFIERS,
)
from newsfacts.words.number_words import HUNDRED, SCALE_SUFFIXES, SCALES

# As floats: a scaled amount is a float whatever the number it scales.
_SCALE_WORDS = {word: float(size) for word, size in (HUNDRED | SCALES).items()}
NUMBER = re.compile(
    rf"(?<![\w.,:/#@&-])(?:(?P<vague>{VAGUE_NUMBER})(?![\w-])|(?P<digits>{DIGIT_NUMBER})|"
    rf"(?P<words>{WORD_NUMBER})(?!\w))",
    re.IGNORECASE,
)
_SCALE = re.compile(r"\s+(hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
_MONEY_SUFFIX = re.compile(r"\s?(bn|mn|mln|tn|k|m|b|t)\b", re.IGNORECASE)
_UNCERTAINTY = re.compile(rf"\s*(?:±|\+/-|\+-)\s*(?:{DIGIT_NUMBER})|\(\d{{1,3}}\)")
_EXPONENT = re.compile(r"\s*[x×]\s*10\s*(?:\^|\*\*)?\s*(?P<exp>[-−]?\d{1,3})(?!\d)")
_RANGE = re.compile(
    rf"(?P<dash>-?\s*(?:-|–|—|to|and|or)\s*)(?P<cur>[$£€¥])?(?P<second>{DIGIT_NUMBER}|"
    rf"{WORD_NUMBER})(?![\w])",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"\s*(?:%|‰|per\s*cent\b|percent\b|percentage\s+points?\b|pct\b)", re.IGNORECASE
)
_AGE = re.compile(
    r"(?:-|\s)(?P<unit>year|month|week|day)s?(?:-|\s)old\b|(?P<plural>-|\s)years?\s+old\b",
    re.IGNORECASE,
)
_ADJECTIVE_TAIL = re.compile(
    r"-(?:wide|long|high|deep|tall|thick|strong|plus|odd|square|diameter)\b", re.IGNORECASE
)
# "6 km squared": a length raised to an area or a volume.
_POWER_WORD = re.compile(r"\s+(squared|cubed)\b", re.IGNORECASE)
_POWERS = {"squared": 2, "cubed": 3}
_UNIT_TOKEN = re.compile(r"[^\s,;:()\[\]{}\"“”'‘’!?]+")
# Larger powers of ten overflow a float; no news figure needs them.
MAX_EXPONENT = 300
# Unit surfaces are short: "square kilometres", "g CO2 m−2 h−1" is the long end.
MAX_UNIT_WORDS = 4
_CURRENCY_BEFORE = re.compile(
    r"(?P<cur>"
    + "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    + "|"
    + "|".join(sorted(CURRENCY_CODES))
    + r")\s?$"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<qual>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_AGED = re.compile(r"\baged?\s+$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:^|(?<=\s))(?P<opener>between|from)\s+$", re.IGNORECASE)
# Symbols too common as words to take unless glued to the digits ("7in").
ATTACHED_ONLY = {"in": "inch"}
# Compound measures: the next-smaller unit that may follow ("5 feet, 7 inches").
COMPOUND_NEXT = {
    "foot": "inch",
    "stone": "pound-mass",
    "pound-mass": "ounce",
    "hour": "minute",
    "minute": "second",
    "metre": "centimetre",
    "year": "month",
    "day": "hour",
    "week": "day",
    "mile": "yard",
}


@dataclass(frozen=True, slots=True)
class Reading:
    """What the text says around one number (offsets into the whole text)."""

    start: int
    end: int
    number_end: int  # end of the (first) number itself
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: Unit | None = None
    currency: str | None = None  # ISO code
    money: str | None = None  # the currency's unit as written: "dollar", "cent", "euro"
    per: Unit | None = None  # a rate's denominator: "$15/hour", "10 mg per kg"
    percent: bool = False
    age: bool = False
    qualifier: str | None = None
    words: bool = False  # the number is written in words
    vague: bool = False


def read_number(text: str, match: re.Match[str]) -> Reading | None:
    """The quantity a NUMBER match starts, or None when the words are not one number."""
    start, end = match.span()
    raw = match.group()
    vague = match.group("vague") is not None
    low = high = None
    if vague:
        bounds = parse_vague(raw)
        if bounds is None:
            return None
        value = None
        low, high = bounds
        raw_end = end
    else:
        value = parse_number(raw)
        if value is None:
            return None
        raw_end = end
    words = match.group("words") is not None
    scale = _SCALE.match(text, end)
    while scale and value is not None and match.group("digits"):
        value *= _SCALE_WORDS[scale.group(1).lower()]
        end = scale.end()
        scale = _SCALE.match(text, end)
    currency = money = None
    before = text[max(0, start - 8) : start]
    symbol = _CURRENCY_BEFORE.search(before)
    if symbol and not _inside_word(before, symbol.start()):
        currency = CURRENCY_SYMBOLS.get(symbol.group("cur"), symbol.group("cur"))
        money = CURRENCY_SIGN_NAMES.get(symbol.group("cur")) or currency_name(currency)
        start -= len(before) - symbol.start()
        suffix = _MONEY_SUFFIX.match(text, end)
        if suffix and value is not None and not words:
            value *= SCALE_SUFFIXES[suffix.group(1).lower()]
            end = suffix.end()
    uncertainty = _UNCERTAINTY.match(text, end)
    if uncertainty:
        end = uncertainty.end()
    exponent = _EXPONENT.match(text, end)
    if exponent and value is not None and not words:
        power = int(exponent.group("exp").replace("−", "-"))
        if abs(power) <= MAX_EXPONENT:
            value *= 10.0**power
            end = exponent.end()
    aged = _AGED.search(text[max(0, start - 8) : start]) is not None
    reading = Reading(
        start, end, raw_end, value, low, high, currency=currency, money=money, words=words
    )
    if aged:  # "aged 25": the number is an age whatever follows
        return _with_qualifier(text, _replace(reading, age=True, unit=lookup_unit("year")))
    reading = _with_range(text, reading)
    reading = _with_unit(text, reading)
    reading = _with_unit_range(text, reading)
    reading = _with_compound(text, reading)
    reading = _with_rate(text, reading)
    return _with_qualifier(text, reading)


def _inside_word(text: str, position: int) -> bool:
    return position > 0 and text[position - 1].isalnum()


def _with_range(text: str, reading: Reading) -> Reading:
    match = _RANGE.match(text, reading.end)
    if match is None or reading.value is None:
        return reading
    dash = match.group("dash").strip().lower()
    opener = _RANGE_OPENER.search(text[max(0, reading.start - 9) : reading.start])
    if dash == "and" and not (opener and opener.group("opener").lower() == "between"):
        return reading
    if dash == "or" and not reading.words:
        return reading
    second = parse_number(match.group("second"))
    if second is None or second <= reading.value:
        return reading  # "5-3" is a score: only rising pairs are ranges
    start = reading.start - (len(opener.group(0)) if opener else 0)
    low = reading.value
    return Reading(
        start,
        match.end(),
        reading.number_end,
        None,
        low,
        second,
        currency=reading.currency,
        money=reading.money,
        words=reading.words,
    )


def _with_unit_range(text: str, reading: Reading) -> Reading:
    """ "44 mg to 50 mg", "between 185 km and 215 km": a range with the unit said twice (a
    different second unit makes two quantities: "from 44 ml to 50 mg")."""
    if reading.unit is None or reading.value is None:
        return reading
    match = _RANGE.match(text, reading.end)
    if match is None:
        return reading
    dash = match.group("dash").strip().lower()
    opener = _RANGE_OPENER.search(text[max(0, reading.start - 9) : reading.start])
    if dash == "or" or (dash == "and" and not (opener and opener.group(1).lower() == "between")):
        return reading
    second = parse_number(match.group("second"))
    found = _unit_at(text, match.end(), after_digit=True)
    if second is None or found is None or found[1] is None or found[1].name != reading.unit.name:
        return reading
    if second <= reading.value:
        return reading
    start = reading.start - (len(opener.group(0)) if opener else 0)
    return _replace(reading, start=start, end=found[0], value=None, low=reading.value, high=second)


def _with_unit(text: str, reading: Reading) -> Reading:
    end = reading.end
    percent = _PERCENT.match(text, end)
    if percent:
        return _replace(reading, end=percent.end(), percent=True)
    age = _AGE.match(text, end)
    if age:
        unit = lookup_unit((age.group("unit") or "year").lower())
        return _replace(reading, end=age.end(), age=True, unit=unit)
    hyphen = text.startswith("-", end) and not text.startswith("- ", end)
    start_unit = end + 1 if hyphen else end
    found = _unit_at(text, start_unit, after_digit=not reading.words, hyphenated=hyphen)
    if found is None:
        return reading
    unit_end, unit, currency = found
    if unit is not None and unit.name == "pound-mass" and _scaled(text[reading.start : end]):
        unit, currency = None, "GBP"  # "20 million pounds" is money, "9 pounds" a weight
    if currency is not None:
        # The value stays as written ("50 cents" is 50 cent); `normalized` has it in dollars.
        minor = MINOR_CURRENCY.get(text[start_unit:unit_end].strip().lower())
        money = minor[0] if minor else currency_name(currency)
        return _replace(reading, end=unit_end, currency=currency, money=money)
    power = _POWER_WORD.match(text, unit_end)
    if power and unit is not None and unit.kind == "length":
        unit = powered(unit, _POWERS[power.group(1).lower()])
        unit_end = power.end()
    tail = _ADJECTIVE_TAIL.match(text, unit_end) if hyphen else None
    if tail and tail.group().lower() == "-old":
        return _replace(reading, end=tail.end(), unit=unit, age=True)
    return _replace(reading, end=unit_end, unit=unit)


def currency_name(code: str) -> str:
    """The sheet's unit for a currency code: quantulum3's name, else the code itself."""
    return CURRENCY_NAMES.get(code, code)


def _scaled(text: str) -> bool:
    return bool(re.search(r"\b(?:million|billion|trillion|bn|mn|m)\b", text, re.IGNORECASE))


def _unit_at(
    text: str, position: int, *, after_digit: bool, hyphenated: bool = False
) -> tuple[int, Unit | None, str | None] | None:
    """(end, unit, currency) of the longest unit or currency word starting at `position`;
    `hyphenated` when a hyphen joins it to the number ("4-kilometer-wide")."""
    gap = re.match(r"[ \u00a0]?", text[position:])
    offset = position + (gap.end() if gap else 0)
    attached = offset == position and not hyphenated
    tokens = []
    cursor = offset
    for _ in range(MAX_UNIT_WORDS):
        token = _UNIT_TOKEN.match(text, cursor)
        if token is None:
            break
        tokens.append(token)
        space = re.match(r"[ \u00a0]", text[token.end() : token.end() + 1])
        if not space:
            break
        cursor = token.end() + 1
    surfaces = [text[offset : tokens[count - 1].end()] for count in range(len(tokens), 0, -1)]
    # Whole tokens before cut ones: "s-1 then" is "s-1", not the "s" before its hyphen.
    candidates = [form for surface in surfaces for form in _trimmed(surface)]
    candidates += [form for surface in surfaces for form in _before_hyphen(surface)]
    for candidate in dict.fromkeys(candidates):
        currency = CURRENCY_WORDS.get(candidate.lower())
        if currency and (candidate.lower() != "p" or attached):
            return offset + len(candidate), None, currency
        end = offset + len(candidate)
        if attached and not _clean_end(text, end):
            continue  # "6H-SiC", "12C-enriched": a label, not a unit
        if attached and candidate in ATTACHED_ONLY:
            return end, lookup_unit(ATTACHED_ONLY[candidate]), None
        decimal = "." in text[max(0, position - 8) : position]
        label = len(candidate) == 1 and candidate.isupper() and candidate not in "CF"
        if attached and label and not decimal:
            continue  # "3D", "6H": labels; "41C" is a temperature, "573.15K" a measure
        unit = lookup_unit(candidate, after_digit=after_digit)
        if unit is not None:
            if attached and not after_digit:
                return None
            return end, unit, None
    return None


def _clean_end(text: str, end: int) -> bool:
    """Whether a unit glued to its number ends the word ("5ft," yes; "6H-SiC" no)."""
    following = text[end : end + 2]
    return not following[:1].isalnum() and not re.match(r"-\w", following)


def _trimmed(surface: str) -> list[str]:
    """A surface and its reading without trailing sentence punctuation ("3 h." -> "3 h")."""
    forms = [surface]
    stripped = surface.rstrip(".")
    if stripped and stripped != surface:
        forms.append(stripped)
    return forms


def _before_hyphen(surface: str) -> list[str]:
    """ "kilometer-wide" -> "kilometer"."""
    return [surface[: surface.index("-", 1)]] if "-" in surface[1:] else []


def _with_compound(text: str, reading: Reading) -> Reading:
    unit = reading.unit
    if unit is None or unit.name not in COMPOUND_NEXT or reading.value is None:
        return reading
    # "5 feet, 7 inches", "1 hour 20 minutes"; but "3 years, 2 months" is a list of durations.
    joiner = r"\s*" if unit.kind == "duration" else r",?\s*(?:and\s+)?"
    match = re.match(joiner, text[reading.end :])
    position = reading.end + (match.end() if match else 0)
    number = NUMBER.match(text, position)
    if number is None or number.group("vague"):
        return reading
    second = parse_number(number.group())
    found = _unit_at(text, number.end(), after_digit=number.group("digits") is not None)
    if second is None or found is None or found[1] is None:
        return reading
    if found[1].name != COMPOUND_NEXT[unit.name]:
        return reading
    from newsfacts.extract.quantities.units import registry

    ureg = registry()
    extra = ureg.Quantity(second, found[1].expression).to(unit.expression).magnitude
    return _replace(reading, end=found[0], value=reading.value + float(extra))


def _with_rate(text: str, reading: Reading) -> Reading:
    """ "$350 per kg", "$15.4/hour": the rate's denominator belongs to the span."""
    if reading.currency is None and reading.unit is None:
        return reading
    match = re.match(r"\s*(?:/|per\s+)", text[reading.end :])
    if match is None:
        return reading
    found = _unit_at(text, reading.end + match.end(), after_digit=True)
    if found is None or found[1] is None:
        return reading
    return _replace(reading, end=found[0], per=found[1])


def _with_qualifier(text: str, reading: Reading) -> Reading:
    before = text[max(0, reading.start - 24) : reading.start]
    match = _QUALIFIER_BEFORE.search(before)
    if match is None:
        return reading
    return _replace(reading, qualifier=" ".join(match.group("qual").lower().split()))


def _replace(reading: Reading, **changes: object) -> Reading:
    fields = {name: getattr(reading, name) for name in Reading.__slots__}
    fields.update(changes)
    return Reading(**fields)
