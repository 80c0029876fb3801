"""Unit tests of the clean stage's recognisers: credits, bylines, dates, boilerplate."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.boilerplate import match_boilerplate
from newsfacts.clean.captions import credit_of_line, is_repeat_with_credit, split_credit
from newsfacts.clean.header import parse_byline, parse_date_line
from newsfacts.clean.normalize import normalize_line, normalize_text


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Ferry leaves the dock Credit: AP", "Ferry leaves the dock", "AP"),
        ("Crowds on the pier (Image: PA)", "Crowds on the pier", "PA"),
        ("Boat in a gale Photo: Ana Lind/Getty Images", "Boat in a gale", "Ana Lind/Getty Images"),
        ("Snow on the pass © Reuters", "Snow on the pass", "© Reuters"),
        ("Rescuers at the quay Kim Lee/AFP", "Rescuers at the quay", "Kim Lee/AFP"),
        ("Market stall at dawn. Picture: Tom Ray", "Market stall at dawn.", "Tom Ray"),
    ],
)
def test_split_credit_styles(line: str, caption: str, credit: str) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    ["The mayor said the photo: was fake", "He paid the credit back in full.", "No credit here"],
)
def test_split_credit_ignores_prose(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("© Reuters", "© Reuters"),
        ("Photo: Jo Hart/Getty Images", "Jo Hart/Getty Images"),
        ("Credit: AFP", "AFP"),
        ("Reuters", "Reuters"),
        ("Picture by Sam Oyelaran", "Sam Oyelaran"),
    ],
)
def test_credit_of_line(line: str, credit: str) -> None:
    assert credit_of_line(line) == credit


def test_credit_of_line_rejects_sentences() -> None:
    assert credit_of_line("Reuters reported the vote was close.") is None


def test_repeat_with_credit_needs_the_same_caption() -> None:
    assert is_repeat_with_credit("A tug in fog", "A tug in fog Credit: AP") == "AP"
    assert is_repeat_with_credit("A tug in fog", "A tug in the fog Credit: AP") is None
    assert is_repeat_with_credit("A tug in fog", "A tug in fog") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ana Lind", ["Ana Lind"]),
        ("By Ana Lind and Tom Ray", ["Ana Lind", "Tom Ray"]),
        ("By Ana Lind, Tom Ray and Jo Hart", ["Ana Lind", "Tom Ray", "Jo Hart"]),
        ("Ana Lind | The Valley Post", ["Ana Lind"]),
        ("Ana Lind, Health Correspondent", ["Ana Lind"]),
        ("By Lee Park, Science Correspondent", ["Lee Park"]),
        ("BY ANA LIND", ["ANA LIND"]),
    ],
)
def test_parse_byline_variants(line: str, names: list[str]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    "line",
    ["By the end of the day, the river had risen.", "Ana Lind said the council would vote.", ""],
)
def test_parse_byline_rejects_prose(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: 12 May 2022", date(2022, 5, 12)),
        ("Updated 3 June 2023 10:15 BST", date(2023, 6, 3)),
        ("Posted on 19 October 2021", date(2021, 10, 19)),
        ("March 4, 2020", date(2020, 3, 4)),
        ("Published 14:05, 2 February 2024 | Updated 16:30, 2 February 2024", date(2024, 2, 2)),
        ("2019-07-01 08:00", date(2019, 7, 1)),
    ],
)
def test_parse_date_line(line: str, day: date) -> None:
    assert parse_date_line(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "The bridge opened on 12 May 2022 after repairs.",
        "Updated 10:15 - talks resumed",
        "Talks resumed on March 4, 2020 in the capital",
    ],
)
def test_parse_date_line_rejects_prose(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("License this content", "license"),
        ("Share this article", "share"),
        ("1.2k shares", "share"),
        ("Follow us on Instagram", "share"),
        ("Read more: Council closes the pier", "navigation"),
        ("Load more updates", "navigation"),
        ("Advertisement", "other"),
        ("Sign up for our morning briefing", "other"),
        ("We use cookies to improve your experience", "other"),
        ("Copyright 2021 The Valley Echo. All rights reserved.", "license"),
        ("Reporting by Ana Lind; Editing by Tom Ray", "credit"),
    ],
)
def test_match_boilerplate(line: str, reason: str) -> None:
    found = match_boilerplate(line)
    assert found is not None and found[0] == reason


@pytest.mark.parametrize(
    "line",
    [
        "Related problems have dogged the project since 2019, officials said.",
        "Watchers on the shore saw the boat capsize.",
        "The newsletter reported that the mayor would resign.",
        "Licensed taxis will be allowed on the bridge.",
        "Share prices fell 4% on Monday.",
    ],
)
def test_match_boilerplate_leaves_prose(line: str) -> None:
    assert match_boilerplate(line) is None


def test_normalize_keeps_quotes_and_folds_spaces() -> None:
    text = normalize_text("“Fine,” she said.\u00a0It\u2019s\r\nover\u200b.")
    assert text == "“Fine,” she said. It’s\nover."
    assert normalize_line("  two   spaces  ") == "two spaces"
    assert normalize_text("cafe\u0301") == "café"


def test_clean_byline_keeps_people_and_agencies() -> None:
    from newsfacts.clean.header import clean_byline

    names = (
        "Ana Lind",
        "Ap Auto Writer",
        "Staff writer",
        "REUTERS",
        "Rui de Sousa",
        "Detroit News wire services Published",
        "By Tom Ray, Health Correspondent",
    )
    # A wire agency is an author (in its written form); roles and desks are not.
    assert clean_byline(names) == ("Ana Lind", "Reuters", "Rui de Sousa", "Tom Ray")


def test_table_rows_are_not_captions() -> None:
    from newsfacts.clean.captions import looks_like_caption

    assert not looks_like_caption("| Pos | Player | Plays | % |")
    assert not looks_like_caption("Q3")
    assert looks_like_caption("Fishing boats tied up in the harbour")
