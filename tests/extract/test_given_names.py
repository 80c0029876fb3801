"""Given names and the gender they say (words/given_names.py)."""

from __future__ import annotations

import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from newsfacts.words.given_names import (
    FEMININE_NAMES,
    MASCULINE_NAMES,
    SHARED_MIN_BIRTHS,
    SHARED_NAMES,
    SHARED_SHARE,
    UNISEX_NAMES,
    is_given_name,
    name_gender,
    worn_by_both,
)

SSA_NAMES_VARIABLE = "NEWSFACTS_SSA_NAMES"
SSA_FIRST_YEAR = 1930


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


@pytest.mark.parametrize(("word", "usual"), [("Terry", "m"), ("Dana", "f"), ("Kelly", "f")])
def test_names_both_sexes_wear_keep_their_usual_sex_but_are_marked(word: str, usual: str) -> None:
    # The store's name rules read the usual sex ("Dan" is no short "Dana"); coreference
    # reads `worn_by_both` and takes that sex as a preference only.
    assert name_gender(word) == usual
    assert worn_by_both(word)
    assert not worn_by_both("Daniel")


def test_shared_names_sit_in_one_list() -> None:
    assert SHARED_NAMES <= MASCULINE_NAMES | FEMININE_NAMES
    assert not SHARED_NAMES & UNISEX_NAMES


def test_one_sex_names_follow_the_birth_count_rule() -> None:
    """Every name of the one-sex lists that the rule says both sexes wear is marked. The SSA's
    names.zip (yobYYYY.txt files of "Name,Sex,Count") is not shipped: point
    NEWSFACTS_SSA_NAMES at it to check the lists after adding names."""
    path = os.environ.get(SSA_NAMES_VARIABLE)
    if not path or not Path(path).is_file():
        pytest.skip(f"{SSA_NAMES_VARIABLE} names no SSA names.zip")
    births = _births_by_sex(Path(path))
    unmarked = []
    for name in sorted(MASCULINE_NAMES | FEMININE_NAMES):
        male, female = births.get((name, "m"), 0), births.get((name, "f"), 0)
        fewer = min(male, female)
        both = fewer >= SHARED_MIN_BIRTHS and fewer >= SHARED_SHARE * (male + female)
        if both and not worn_by_both(name):
            unmarked.append(name)
    assert unmarked == []


def _births_by_sex(names_zip: Path) -> Counter[tuple[str, str]]:
    births: Counter[tuple[str, str]] = Counter()
    with zipfile.ZipFile(names_zip) as archive:
        for member in archive.namelist():
            year = member.removeprefix("yob").removesuffix(".txt")
            if not year.isdigit() or int(year) < SSA_FIRST_YEAR:
                continue
            for line in archive.read(member).decode().splitlines():
                name, sex, count = line.strip().split(",")
                births[name.lower(), sex.lower()] += int(count)
    return births
