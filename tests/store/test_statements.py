"""Dated statements: sentences with a resolved date, or dated by publication as a fallback."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.sheet import TimelineEntry
from newsfacts.store.statements import PUBLISHED, TEXT, calendar_value, dated_statements
from tests.store.sheets import FERRANTE, Article, E, T, build


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-11-13", "2017-11-13"),
        ("2017-11", "2017-11"),
        ("2017", "2017"),
        ("2017-W46", "2017-W46"),
        ("2017-11-13T09:30", "2017-11-13"),
        ("1950/1953", "1950"),
        ("P30Y", None),
        ("XXXX-11-13", None),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_statements_calendar_value(value, expected) -> None:
    assert calendar_value(value) == expected


def test_statements_from_times_in_sentences_with_entities() -> None:
    sheet = build(FERRANTE)
    found = [
        (s.value, s.dated_by, sheet.text[s.start : s.end], s.entities)
        for s in dated_statements(sheet)
    ]
    assert (
        found
        == [
            (
                "2017-11-14",
                PUBLISHED,
                "Col. Tobias R. Ferrante said the soldier was stable after surgery.",
                (),
            ),
            ("2017-11-13", TEXT, '"She is stable," Ferrante said on Monday.', ("e1",)),
            (
                "2017-11-13",
                TEXT,
                "The U.N. Command (UNC) said the border stayed calm on November 13.",
                ("e2",),
            ),
        ][1:]
    )


def test_statements_undated_entity_gets_its_first_sentence_by_publication() -> None:
    article = Article(
        text="Ana Ruiz opened the bridge. Ruiz thanked the engineers on May 3.",
        published=date(2021, 5, 4),
        entities=[
            E("Ana Ruiz", forms=("Ana Ruiz", "Ruiz")),
            E("Tovey Bridge Trust", "ORG", forms=("bridge",)),
        ],
        times=[T("May 3", "2021-05-03")],
    )
    sheet = build(article)
    found = [(s.value, s.dated_by, s.entities) for s in dated_statements(sheet)]
    assert found == [("2021-05-04", PUBLISHED, ("e2",)), ("2021-05-03", TEXT, ("e1",))]


def test_statements_without_publication_only_dated_sentences() -> None:
    article = Article(text="Ana Ruiz opened the bridge.", entities=[E("Ana Ruiz")])
    assert dated_statements(build(article)) == []


def test_statements_sheet_timeline_wins_over_times() -> None:
    sheet = build(FERRANTE)
    entry = TimelineEntry(
        value="2017-11-12", time="t9", sentence="x", start=0, end=10, entities=["e1"]
    )
    sheet = sheet.model_copy(update={"timeline": [entry], "published": None})
    found = [(s.value, s.start, s.end, s.entities) for s in dated_statements(sheet)]
    assert found == [("2017-11-12", 0, 10, ("e1",))]
