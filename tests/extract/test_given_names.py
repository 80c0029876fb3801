"""Given names and the gender they say (words/given_names.py)."""

from __future__ import annotations

import pytest

from newsfacts.words.given_names import (
    FEMININE_NAMES,
    MASCULINE_NAMES,
    UNISEX_NAMES,
    is_given_name,
    name_gender,
)


@pytest.mark.parametrize(("word", "expected"), [("John", "m"), ("mary", "f"), ("Okafor", None)])
def test_name_gender_of_one_sex_names(word: str, expected: str | None) -> None:
    assert name_gender(word) == expected


@pytest.mark.parametrize("word", ["Jan", "Jamie", "Tracy", "Carol", "Kim"])
def test_unisex_names_say_no_gender_but_are_given_names(word: str) -> None:
    assert name_gender(word) is None
    assert is_given_name(word)


def test_unisex_names_are_marked_or_in_neither_list() -> None:
    # A unisex name may sit in a one-sex list (it is still a person's name), but it must be
    # marked: a name in both lists would say a gender depending on the order of the checks.
    assert not MASCULINE_NAMES & FEMININE_NAMES
    assert UNISEX_NAMES
