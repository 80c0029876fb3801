"""Numbers in digits and words (extract/numbers.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extract.numbers import number_pattern, parse_number, parse_vague
from tests.strategies import number_in_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("a hundred and two", 102),
        ("three million, two hundred & forty", 3_000_240),
        ("1.5 million", 1_500_000),
        ("30,000", 30_000),
        ("9.4", 9.4),
        ("-15", -15),
        ("−6.6", -6.6),
        ("a quarter", 0.25),
        ("one sixth", 1 / 6),
        ("two thirds", 2 / 3),
        ("one-half", 0.5),
        ("two and a half", 2.5),
        ("2 1/2", 2.5),
        ("1/4", 0.25),
        ("½", 0.5),
        ("2½", 2.5),
        ("4e14", 4e14),
        ("5.5x10-3", 0.0055),
        ("a dozen", 12),
        ("a couple of", 2),
    ],
)
def test_parse_number_values(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "nineteen ninety-six", "one two", "a five", "rounds", "1/0"])
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("dozens of", (24, 144)),
        ("tens of thousands", (20_000, 100_000)),
        ("several hundred", (300, 900)),
        ("hundreds of thousands of", (200_000, 1_000_000)),
    ],
)
def test_parse_vague_gives_bounds(text: str, bounds: tuple[float, float]) -> None:
    assert parse_vague(text) == pytest.approx(bounds)


def test_parse_vague_needs_a_scale_after_several() -> None:
    assert parse_vague("several") is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("weighs 9.4 stone", ["9.4"]),
        ("tens of thousands of people", ["tens of thousands"]),
        ("a hundred and two of those", ["a hundred and two"]),
        ("1.5 million barrels", ["1.5 million"]),
        ("two and a half miles", ["two and a half"]),
    ],
)
def test_number_pattern_spans(sentence: str, found: list[str]) -> None:
    pattern = re.compile(r"\b" + number_pattern(), re.IGNORECASE)
    assert [m.group().strip() for m in pattern.finditer(sentence)] == found


@given(number_in_words())
def test_generated_number_words_parse_to_their_number(pair: tuple[int, str]) -> None:
    value, words = pair
    assert parse_number(words) == value


@given(st.text(max_size=60))
def test_parse_number_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)
