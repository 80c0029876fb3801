"""The timeline of dated sentences (extract/times/timeline.py) and the stages on the sample."""

from __future__ import annotations

from datetime import datetime

import pytest
from spacy.tokens import Doc

from newsfacts.extract.times.timeline import build_timeline, value_interval
from newsfacts.sheet import Entity, Mention, Time, TimeType
from tests.builders import hand_doc


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2017-11-13", datetime(2017, 11, 13), datetime(2017, 11, 14)),
        ("2017-W46", datetime(2017, 11, 13), datetime(2017, 11, 20)),
        ("2017-W46-WE", datetime(2017, 11, 18), datetime(2017, 11, 20)),
        ("2017-11", datetime(2017, 11, 1), datetime(2017, 12, 1)),
        ("2017-12", datetime(2017, 12, 1), datetime(2018, 1, 1)),
        ("2017-Q4", datetime(2017, 10, 1), datetime(2018, 1, 1)),
        ("2017-H1", datetime(2017, 1, 1), datetime(2017, 7, 1)),
        ("2017-WI", datetime(2017, 12, 1), datetime(2018, 3, 1)),
        ("2017", datetime(2017, 1, 1), datetime(2018, 1, 1)),
        ("199", datetime(1990, 1, 1), datetime(2000, 1, 1)),
        ("19", datetime(1900, 1, 1), datetime(2000, 1, 1)),
        ("1950/1953", datetime(1950, 1, 1), datetime(1954, 1, 1)),
        ("2017-11-13T10:30", datetime(2017, 11, 13, 10, 30), datetime(2017, 11, 13, 10, 31)),
    ],
)
def test_value_interval(value: str, start: datetime, end: datetime) -> None:
    assert value_interval(value) == (start, end)


@pytest.mark.parametrize(
    "value", [None, "", "PRESENT_REF", "P30Y", "XXXX-11-13", "XXXX-WXX-1", "2017-02-30", "soon"]
)
def test_value_interval_none_off_the_calendar(value: str | None) -> None:
    assert value_interval(value) is None


def _doc() -> Doc:
    words = ["The", "war", "ended", "in", "1953", ".", "Ada", "left", "on", "Monday", "."]
    words += ["Tom", "stayed", "for", "years", "."]
    starts = [True] + [False] * 5 + [True] + [False] * 4 + [True] + [False] * 4
    return hand_doc(words, spaces=True, sent_starts=starts)


def _time(doc: Doc, index: int, time_id: str, kind: TimeType, value: str) -> Time:
    token = doc[index]
    return Time(
        id=time_id,
        text=token.text,
        start=token.idx,
        end=token.idx + len(token),
        type=kind,
        value=value,
    )


def test_build_timeline_oldest_first_with_entities() -> None:
    doc = _doc()
    times = [
        _time(doc, 4, "t1", "date", "1953"),
        _time(doc, 9, "t2", "date", "2017-11-20"),
        _time(doc, 14, "t3", "duration", "PXY"),
    ]
    ada = doc[6]
    entities = [
        Entity(
            id="e1",
            name="Ada",
            type="PERSON",
            mentions=[Mention(start=ada.idx, end=ada.idx + 3, text="Ada")],
        )
    ]
    timeline = build_timeline(doc, list(reversed(times)), entities=entities)
    assert [(e.value, e.time) for e in timeline] == [("1953", "t1"), ("2017-11-20", "t2")]
    assert timeline[0].sentence == "The war ended in 1953 ."
    assert doc.text[timeline[1].start : timeline[1].end] == timeline[1].sentence
    assert timeline[0].entities == [] and timeline[1].entities == ["e1"]


def test_build_timeline_same_start_shorter_first() -> None:
    doc = _doc()
    times = [_time(doc, 4, "t1", "date", "2017-W46"), _time(doc, 9, "t2", "date", "2017-11-13")]
    assert [e.time for e in build_timeline(doc, times)] == ["t2", "t1"]


@pytest.mark.model
def test_stages_on_the_shared_sample(nlp, shared) -> None:
    """Issue #6's check on the scraped sample: every measure normalised, every date,
    range and duration resolved. Only generic properties are asserted (the text is not ours)."""
    from newsfacts.article import RawArticle, Source
    from newsfacts.pipeline import extract_one

    path = shared("sample", "defector.txt")
    published = datetime(2017, 11, 22).date()
    raw = RawArticle(
        text=path.read_text(encoding="utf-8"),
        source=Source(kind="text"),
        published=published,
        published_from="input",
    )
    sheet = extract_one(raw, nlp=nlp)
    measures = [q for q in sheet.quantities if q.kind in ("mass", "length", "speed", "area")]
    assert len(measures) >= 4 and all(q.normalized for q in measures)
    assert any(q.qualifier for q in sheet.quantities if q.kind == "count")
    assert sheet.times and all(t.value for t in sheet.times)
    assert {t.type for t in sheet.times} >= {"date", "duration", "range"}
    intervals = [value_interval(entry.value) for entry in sheet.timeline]
    assert all(intervals)  # every entry lies on the calendar
    starts = [interval[0] for interval in intervals if interval]
    assert starts and starts == sorted(starts)


def test_views_show_quantities_normalised_and_the_timeline() -> None:
    from newsfacts.render import render_markdown, render_text
    from newsfacts.sheet import (
        FactSheet,
        Generator,
        NormalizedQuantity,
        Quantity,
        Source,
        TimelineEntry,
        sheet_id,
    )

    text = "He weighs 9.4 stone. He left on Monday."
    sheet = FactSheet(
        id=sheet_id(text),
        source=Source(kind="text"),
        headline="Weights",
        text=text,
        generator=Generator(version="0.1.0", model="en_core_web_sm-3.8.0"),
        quantities=[
            Quantity(
                text="9.4 stone",
                start=10,
                end=19,
                value=9.4,
                unit="stone",
                kind="mass",
                normalized=NormalizedQuantity(value=59.692756, unit="kg"),
            )
        ],
        timeline=[
            TimelineEntry(
                value="2017-11-20", time="t1", sentence="He left on Monday.", start=21, end=39
            )
        ],
    )
    for view in (render_text(sheet, width=100), render_markdown(sheet)):
        assert "59.692756 kg" in view and "9.4 stone" in view
        assert "Timeline" in view and "2017-11-20" in view and "He left on Monday." in view
