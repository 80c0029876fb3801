"""Number words as data: what `numbers.py` reads to turn "twenty-one" or "a quarter" into 21, 0.25.

Kept apart from the parser so the times and quantities stages share one vocabulary (STYLE.md:
word lists are data).
"""

from __future__ import annotations

# spaCy keeps its English number words private (`spacy.lang.en.lex_attrs`): ours stay here.
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# "hundred" multiplies what precedes it; the larger scales close a group ("two million, ...").
HUNDRED = {"hundred": 100}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Suffixes of money and headline figures: "$2.5bn", "£20m", "$2.174T", "32K".
SCALE_SUFFIXES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "t": 1e12,
    "tn": 1e12,
}
# Words that stand for a number on their own.
COUNT_WORDS = {
    "a couple of": 2,
    "a couple": 2,
    "a pair of": 2,
    "a dozen": 12,
    "dozen": 12,
    "a score of": 20,
    "a hundred": 100,
    "a thousand": 1000,
    "a million": 1e6,
    "a billion": 1e9,
    "half a dozen": 6,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "thirtieth": 30,
    "thirty-first": 31,
}
# Fractions as words ("one sixth", "two thirds", "a quarter", "half"): the ordinals from
# third to tenth and their plurals, with the two fractions named otherwise.
FRACTIONS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
FRACTIONS |= {
    ordinal + ending: number
    for ordinal, number in ORDINALS.items()
    if 3 <= number <= 10
    for ending in ("", "s")
}
UNICODE_FRACTIONS = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
# Plural round numbers that give an order of magnitude, not a count: "dozens of", "tens of
# thousands". Each maps to (low, high) for one unit of the following scale.
VAGUE_MULTIPLES = {
    "dozens": (24.0, 144.0),
    "scores": (40.0, 200.0),
    "tens": (20.0, 100.0),
    "hundreds": (200.0, 1000.0),
    "thousands": (2000.0, 10000.0),
    "millions": (2e6, 1e7),
    "billions": (2e9, 1e10),
}
# "several hundred", "a few thousand": (low, high) multipliers of the scale that follows.
VAGUE_COUNTS = {
    "several": (3.0, 9.0),
    "a few": (2.0, 5.0),
    "few": (2.0, 5.0),
    "many": (5.0, 10.0),
}
