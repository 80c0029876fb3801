"""Times and their TIMEX3 values (extract/times/find.py, timex.py, grammar.py)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.times.find import extract_times
from newsfacts.extract.times.grammar import find_expressions, select_longest
from newsfacts.extract.times.timex import Context, duration_value, resolve, weekday_date
from newsfacts.extract.times.words import WEEKDAYS

PUBLISHED = date(2017, 11, 22)  # a Wednesday


def _values(text: str, anchor: date | None = PUBLISHED, direction: int = -1) -> list[str]:
    """(matched text, value) pairs of the longest resolvable expressions, without a model."""
    found = []
    for expression in find_expressions(text):
        resolved = resolve(expression, Context(anchor, direction))
        if resolved is not None:
            found.append((expression, resolved))
    chosen = select_longest([e for e, _ in found])
    values = {id(e): r for e, r in found}
    return [f"{text[e.start : e.end]}={values[id(e)].value}" for e in chosen]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on November 13", ["November 13=2017-11-13"]),
        ("Nov. 13, 2016", ["Nov. 13, 2016=2016-11-13"]),
        ("last week", ["last week=2017-W46"]),
        ("earlier this month", ["earlier this month=2017-11"]),
        ("next year", ["next year=2018"]),
        ("yesterday", ["yesterday=2017-11-21"]),
        ("three decades", ["three decades=P30Y"]),
        ("several more days", ["several more days=PXD"]),
        ("48 hours", ["48 hours=PT48H"]),
        ("two and a half years", ["two and a half years=P2Y6M"]),
        ("the 1950-53 war", ["1950-53=1950/1953"]),
        ("the 1990s", ["the 1990s=199"]),
        ("the 20th century", ["the 20th century=19"]),
        ("every year", ["every year=P1Y"]),
        ("on Mondays", ["Mondays=XXXX-WXX-1"]),
        ("the third quarter", ["the third quarter=2017-Q3"]),
        ("this summer", ["this summer=2017-SU"]),
        ("10:30 a.m.", ["10:30 a.m.=2017-11-22T10:30"]),
        ("met at 14:05", ["14:05=2017-11-22T14:05"]),
        ("verse 3:16", []),
        ("right now", ["right now=PRESENT_REF"]),
        ("two years ago", ["two years ago=2015"]),
        ("Thanksgiving Day", ["Thanksgiving Day=2016-11-24"]),
    ],
)
def test_timex_values(text: str, expected: list[str]) -> None:
    assert _values(text) == expected


def test_timex_direction_picks_the_weekday() -> None:
    assert _values("Monday", direction=-1) == ["Monday=2017-11-20"]
    assert _values("Monday", direction=1) == ["Monday=2017-11-27"]
    assert _values("Wednesday", direction=-1) == ["Wednesday=2017-11-22"]


def test_timex_weekday_fixes_the_year_of_a_dated_day() -> None:
    # In the past tense "Oct. 26" seen on 25 October would be last year's; but 26 October 1998
    # was a Monday, so the weekday settles it. TimeML keeps the weekday a separate expression.
    values = _values("Monday, Oct. 26", anchor=date(1998, 10, 25))
    assert "Oct. 26=1998-10-26" in values and values[0].startswith("Monday=")


def test_timex_without_anchor_keeps_unknown_digits() -> None:
    assert _values("on November 13", anchor=None) == ["November 13=XXXX-11-13"]
    assert _values("Monday", anchor=None) == ["Monday=XXXX-WXX-1"]
    assert _values("in 1998", anchor=None) == ["1998=1998"]


@pytest.mark.parametrize(
    ("count", "unit", "value"),
    [(3, "decade", "P30Y"), (48, "hour", "PT48H"), (1.5, "minute", "PT1M30S"), (2, "week", "P2W")],
)
def test_duration_value(count: float, unit: str, value: str) -> None:
    assert duration_value(count, unit) == value


@given(
    anchor=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    weekday=st.sampled_from(sorted(WEEKDAYS)),
    rel=st.sampled_from(["", "last ", "next ", "this ", "on "]),
    direction=st.sampled_from([-1, 0, 1]),
)
def test_any_weekday_phrase_resolves_within_seven_days(
    anchor: date, weekday: str, rel: str, direction: int
) -> None:
    phrase = f"{rel}{weekday.capitalize()}"
    expressions = [e for e in find_expressions(phrase) if e.rule == "weekday"]
    assert expressions
    resolved = resolve(expressions[0], Context(anchor, direction))
    assert resolved is not None and resolved.value is not None
    day = date.fromisoformat(resolved.value[:10])
    assert abs((day - anchor).days) <= 7
    assert day.isoweekday() == WEEKDAYS[weekday]


@given(
    st.dates(min_value=date(100, 1, 1), max_value=date(9899, 12, 31)),
    st.integers(min_value=1, max_value=7),
    st.sampled_from([-1, 0, 1]),
)
def test_weekday_date_lands_on_the_weekday(anchor: date, weekday: int, direction: int) -> None:
    day = weekday_date(anchor, weekday, direction)
    assert day.isoweekday() == weekday and abs(day - anchor) < timedelta(days=7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "anchor", "direction", "value"),
    [
        # The tense's year is most of a year away, the other within a month: the near one.
        ("Nov. 24", date(2001, 11, 5), -1, "Nov. 24=2001-11-24"),
        ("Jan. 14", date(2001, 1, 15), 1, "Jan. 14=2001-01-14"),
        ("September", date(2001, 8, 16), -1, "September=2001-09"),
        # Both far or both near: the tense decides as before.
        ("Dec. 20", date(2001, 11, 2), -1, "Dec. 20=2000-12-20"),
        ("March 10", date(2001, 11, 2), 1, "March 10=2002-03-10"),
        ("October", date(2001, 3, 22), 1, "October=2001-10"),
    ],
)
def test_timex_year_of_a_day_near_the_anchor_beats_the_tense(
    text: str, anchor: date, direction: int, value: str
) -> None:
    assert _values(text, anchor=anchor, direction=direction) == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("He crossed the border on November 13.", "November 13", "2017-11-13"),
        ("The council met on Monday.", "Monday", "2017-11-20"),
        ("The council will meet on Monday.", "Monday", "2017-11-27"),
        ("Officials say the talks resume on Friday.", "Friday", "2017-11-24"),
        ("He underwent two surgeries last week.", "last week", "2017-W46"),
        ("The truce has held for three decades.", "three decades", "P30Y"),
        ("The deadline was extended until Friday.", "Friday", "2017-11-24"),
        # A past before the past stays past whatever the preposition says.
        ("Until Thursday, the club had not paid its players.", "Thursday", "2017-11-16"),
        ("The permit had been due to lapse on Friday.", "Friday", "2017-11-17"),
        # Modals and "as early as" look forward; a fronted day dates the planning itself.
        ("The envoy could arrive as early as Friday.", "Friday", "2017-11-24"),
        ("On Friday, the ministry planned to cut fuel prices.", "Friday", "2017-11-17"),
        ("The ministry planned a cut in fuel prices on Friday.", "Friday", "2017-11-24"),
        # Terms that fall due: later, though the verb is past.
        ("The board declared a dividend payable March 2.", "March 2", "2018-03-02"),
        ("It named a new chief, effective Feb. 9.", "Feb. 9", "2018-02-09"),
    ],
)
def test_extract_times_resolves_against_the_publication_date(
    nlp, sentence: str, text: str, value: str
) -> None:
    times = extract_times(nlp(sentence), published=PUBLISHED)
    found = {t.text: t for t in times}
    assert found[text].value == value
    assert all(sentence[t.start : t.end] == t.text for t in times)
    assert [t.id for t in times] == [f"t{i}" for i in range(1, len(times) + 1)]


@pytest.mark.model
def test_extract_times_skips_words_that_only_look_like_times(nlp) -> None:
    sentence = "You may March on, said June Carter, as 2000 people watched the fall of the wall."
    assert extract_times(nlp(sentence), published=PUBLISHED) == []


@pytest.mark.model
def test_extract_times_without_publication_date(nlp) -> None:
    times = extract_times(nlp("It happened on November 13 and again in 1998."), published=None)
    assert [(t.value, t.anchored) for t in times] == [("XXXX-11-13", False), ("1998", False)]


@pytest.mark.model
@settings(max_examples=40, deadline=None)  # a parse per example; timing is no property
@given(text=st.text(max_size=120), published=st.one_of(st.none(), st.dates()))
def test_extract_times_never_raises(nlp, text: str, published: date | None) -> None:
    times = extract_times(nlp(text), published=published)
    assert all(text[t.start : t.end] == t.text for t in times)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales rose 9% in the second quarter. A year earlier, it lost $2 million.", "2016-Q2"),
        ("Sales fell in the year-ago quarter. A year earlier, it lost $2 million.", "2016"),
        ("The firm grew fast. A year earlier, it lost $2 million.", "2016"),
    ],
)
def test_a_year_earlier_is_the_narratives_quarter_a_year_back(
    nlp, sentence: str, value: str
) -> None:
    times = extract_times(nlp(sentence), published=PUBLISHED)
    assert [t.value for t in times if t.text.lower() == "a year earlier"] == [value]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The firm was sold in March 2015. The following month, its chief quit.",
            "The following month",
            "2015-04",
        ),
        (
            "The storm hit on June 3, 2016. The following day, schools closed.",
            "The following day",
            "2016-06-04",
        ),
        (
            "The storm hit on June 3, 2016. The previous week was calm.",
            "The previous week",
            "2016-W21",
        ),
        # No date to count from: a day of unknown date, not the day after the date line.
        ("The following day, schools closed.", "The following day", "XXXX-XX-XX"),
        # A year is no reference for a day.
        (
            "The storm hit in 2016. The following day, schools closed.",
            "The following day",
            "XXXX-XX-XX",
        ),
    ],
)
def test_the_following_unit_counts_from_the_storys_last_date(
    nlp, sentence: str, text: str, value: str
) -> None:
    times = extract_times(nlp(sentence), published=PUBLISHED)
    assert {t.text: t.value for t in times}[text] == value


# Invented lines in several cases and shapes: the anchor words only choose which rules run on a
# line, so every rule run on every line must find the same expressions (issue #18).
ANCHOR_TEXTS = [
    "The Brelvo council met on Tuesday morning, three weeks ago.\nIt MEETS AGAIN IN MARCH 2031.",
    "Nothing happened here.\n\nTwo days later, at 10:15, the Quindor ferry left; every week since.",
    "QUARTER-FINAL IN THE SPRING\nthe following day, the 1990s, last year's second quarter",
    "By noon on 12/03/2029 the vote was done; Yolt's fiscal 2030 began 2030-01-01.",
]


@pytest.mark.parametrize("text", ANCHOR_TEXTS)
def test_anchor_words_only_skip_rules_that_find_nothing(text: str) -> None:
    from newsfacts.extract.times.grammar import RULES, _expression, _lines
    from newsfacts.extract.times.words import RULE_ANCHORS

    every_rule = []
    for start, end in _lines(text):
        for name, pattern in RULES:
            if name in RULE_ANCHORS and not RULE_ANCHORS[name]:
                continue  # an empty anchor list: the rule never runs
            for match in pattern.finditer(text, start, end):
                expression = _expression(text, name, match)
                if expression is not None:
                    every_rule.append(expression)
    key = lambda e: (e.start, e.end, e.rule)  # noqa: E731
    assert sorted(find_expressions(text), key=key) == sorted(every_rule, key=key)
    assert every_rule  # each text holds expressions
