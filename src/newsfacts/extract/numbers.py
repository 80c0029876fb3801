"""Numbers as written in news: digits, words, fractions, scales ("1.5 million", "two and a half").

Both the quantities and the times stage read numbers, so the regex fragments that find them and
the parser that values them live here once. `parse_number` is total: it returns None for what
it cannot read, never raises.
"""

from __future__ import annotations

import re

from newsfacts.words.number_words import (
    COUNT_WORDS,
    FRACTIONS,
    HUNDRED,
    SCALE_SUFFIXES,
    SCALES,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
    VAGUE_COUNTS,
    VAGUE_MULTIPLES,
)

MINUS_SIGNS = "−–\\-"
_WORD = "|".join(sorted([*UNITS, *TENS, *HUNDRED, *SCALES], key=len, reverse=True))
_SCALE = "|".join(sorted([*HUNDRED, *SCALES], key=len, reverse=True))
_FRACTION = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_UNICODE_FRACTION = "[" + "".join(UNICODE_FRACTIONS) + "]"
# Joins between number words: "twenty-one", "a hundred and two", "three million, two hundred".
_AFTER_SCALE = "|".join(f"(?<={word})" for word in [*HUNDRED, *SCALES])
_JOIN = rf"(?:\s*-\s*|\s+|(?:{_AFTER_SCALE})(?:\s+and\s+|,\s+|\s*&\s*))"
WORD_NUMBER = (
    rf"(?:(?:an?\s+(?={_SCALE}))?(?:{_WORD})(?:{_JOIN}(?:{_WORD}))*"
    rf"(?:[\s-]+(?:{_FRACTION}))?(?:\s+and\s+an?\s+half)?"
    rf"|(?:an?|one)[\s-]+(?:half|third|quarter|fourth|fifth|sixth|eighth|tenth)"
    rf"|half)"
)
DIGIT_NUMBER = (
    rf"(?:[{MINUS_SIGNS}+]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[eE][{MINUS_SIGNS}+]?\d{{1,3}}(?!\w))?"
    rf"|[{MINUS_SIGNS}]?\.\d+)"
    rf"(?:\s+\d+/\d+|{_UNICODE_FRACTION}|/\d+(?=\W|$))?"
    rf"|{_UNICODE_FRACTION}"
)
# A figure: digits or words, optionally scaled ("1.5 million", "20 billion", "two hundred").
SCALED = rf"(?:(?:{DIGIT_NUMBER})(?:\s+(?:{_SCALE}))*|{WORD_NUMBER})"
_VAGUE = "|".join(sorted([*VAGUE_MULTIPLES, *VAGUE_COUNTS], key=len, reverse=True))
# "dozens of", "tens of thousands of", "several hundred", "a few thousand".
VAGUE_NUMBER = (
    rf"(?:(?:{_VAGUE})(?:\s+of)?(?:\s+(?:{'|'.join(sorted(VAGUE_MULTIPLES, key=len))}|"
    rf"{'|'.join(SCALES)}|hundred))*)"
)

_TOKEN = re.compile(r"[a-z]+|\S")
_SCI = re.compile(
    r"^([-+]?\d+(?:\.\d+)?)\s*(?:[eE]\s*([-+]?\d+)|[x×*]\s*10\s*(?:\^|\*\*)?\s*([-+−]?\d+))$"
)
_MIXED = re.compile(r"^([-+]?\d+)?\s*(?:(\d+)/(\d+)|([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]))$")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it is not one number."""
    cleaned = _normalise(text)
    if not cleaned:
        return None
    if cleaned in COUNT_WORDS:
        return float(COUNT_WORDS[cleaned])
    value = _parse_digits(cleaned)
    if value is not None:
        return value
    return _parse_words(cleaned)


def parse_vague(text: str) -> tuple[float, float] | None:
    """(low, high) of an order-of-magnitude phrase: "dozens of" (24, 144), "tens of thousands"."""
    words = _normalise(text).replace(" of", "").split()
    if not words:
        return None
    head = words[0]
    rest = words[1:]
    if head == "a" and rest[:1] == ["few"]:
        head, rest = "a few", rest[1:]
    if head in VAGUE_MULTIPLES:
        low, high = VAGUE_MULTIPLES[head]
    elif head in VAGUE_COUNTS:
        low, high = VAGUE_COUNTS[head]
        if not rest:
            return None  # "several" alone counts nothing
    else:
        return None
    for word in rest:
        if word in SCALES or word in HUNDRED:
            scale = SCALES.get(word) or HUNDRED[word]
        elif word in VAGUE_MULTIPLES:  # "tens of thousands": thousands scaled by tens
            scale = VAGUE_MULTIPLES[word][0] / 2
        else:
            return None
        low, high = low * scale, high * scale
    return (low, high)


def _normalise(text: str) -> str:
    cleaned = text.strip().lower().replace("−", "-").replace("–", "-").replace("\u00a0", " ")
    cleaned = re.sub(r"\s+", " ", cleaned)
    return cleaned.strip(" ,")


def _parse_digits(cleaned: str) -> float | None:
    # A leading number with optional scale words after it: "1.5 million", "30,000".
    match = re.fullmatch(
        r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)"
        r"((?:\s+(?:hundred|thousand|million|billion|trillion))*)"
        r"(\s*(?:k|m|mn|mln|bn|b|t|tn))?",
        cleaned,
    )
    if match:
        value = float(match.group(1).replace(",", ""))
        for word in match.group(2).split():
            value *= SCALES.get(word) or HUNDRED[word]
        if match.group(3):
            value *= SCALE_SUFFIXES[match.group(3).strip()]
        return value
    match = _MIXED.match(cleaned)
    if match:
        whole = float(match.group(1)) if match.group(1) else 0.0
        if match.group(4):
            part = UNICODE_FRACTIONS[match.group(4)]
        else:
            denominator = int(match.group(3))
            if denominator == 0:
                return None
            part = int(match.group(2)) / denominator
        return -(abs(whole) + part) if cleaned.startswith("-") else whole + part
    match = _SCI.match(cleaned)
    if match:
        exponent = match.group(2) or match.group(3).replace("−", "-")
        exp = int(exponent)
        if abs(exp) > 300:
            return None
        return float(match.group(1)) * 10.0**exp
    return None


def _parse_words(cleaned: str) -> float | None:
    """Classic accumulate parse: units and tens add, "hundred" multiplies, scales close a group."""
    tokens = _TOKEN.findall(re.sub(r"[-,]", " ", cleaned.replace("&", " and ")))
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    half = False
    last = ""  # kind of the previous word: "unit", "teen", "tens", "" (none, scale)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("a", "an") and index == 0:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in UNITS or following in TENS:
                return None  # "a five": not a number
            current, seen = 1.0, True
        elif token == "and":
            if tokens[index + 1 : index + 3] in (["a", "half"], ["an", "half"]):
                half = True
                index += 3
                continue
        elif token in UNITS:
            # "twenty one" adds; "nineteen ninety" or "one two" is not one number.
            if last in ("unit", "teen") or (last == "tens" and UNITS[token] >= 10):
                return None
            current += UNITS[token]
            seen = True
            last = "teen" if UNITS[token] >= 10 else "unit"
            index += 1
            continue
        elif token in TENS:
            if last:
                return None
            current += TENS[token]
            seen = True
            last = "tens"
            index += 1
            continue
        elif token in HUNDRED:
            current = (current or 1.0) * 100
            seen = True
        elif token in SCALES:
            total += (current or 1.0) * SCALES[token]
            current = 0.0
            seen = True
        elif token in FRACTIONS and index == len(tokens) - 1:
            numerator = (total + current) or 1.0
            return numerator / FRACTIONS[token]
        else:
            return None
        last = ""
        index += 1
    if not seen:
        return None
    return total + current + (0.5 if half else 0.0)


def number_pattern() -> str:
    """One regex alternative for any figure, longest forms first (vague, scaled, words)."""
    return rf"(?:{VAGUE_NUMBER}|{SCALED})"
