"""The `timex` task: TempEval-3 scoring, the gold loader, the dateparser peer and its locating."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from newsfacts.errors import DataError
from newsfacts.evaluate.gold.timex import TimexDocument, TimexSpan, load_timex
from newsfacts.evaluate.peers.timex import dateparser_timexes, locate
from newsfacts.evaluate.tasks.timex import (
    DATES_ONLY,
    GroupedScore,
    TimexScore,
    sheet_timexes,
    value_right,
)
from newsfacts.sheet import Time
from tests.builders import bare_sheet

# "On Monday, two days after 5 March 2013, ..." with its gold TIMEX3 annotations.
MONDAY = TimexSpan(3, 9, "Monday", "DATE", "2013-03-11")
TWO_DAYS = TimexSpan(11, 19, "two days", "DURATION", "P2D")
MARCH = TimexSpan(26, 38, "5 March 2013", "DATE", "2013-03-05")
GOLD = [MONDAY, TWO_DAYS, MARCH]


def _score(gold, predicted, **options) -> dict[str, float]:
    score = TimexScore()
    score.add(gold, predicted, **options)
    return score.metrics()


def test_timex_score_perfect_system_is_one() -> None:
    scores = _score(GOLD, list(GOLD))
    for metric in (
        "value_f1",
        "span_f1_relaxed",
        "span_f1_strict",
        "type_accuracy",
        "value_accuracy",
        "value_accuracy_date",
    ):
        assert scores[metric] == 1.0, metric


def test_timex_score_empty_system_is_zero() -> None:
    assert all(v == 0.0 for v in _score(GOLD, []).values())


def test_timex_score_partial() -> None:
    predicted = [
        TimexSpan(0, 9, "On Monday", "date", "2013-03-11"),  # overlaps; right type and value
        TimexSpan(11, 19, "two days", "DATE", "2013-03-07"),  # exact span; wrong type, value
        TimexSpan(45, 50, "today", "DATE", "2013-03-11"),  # spurious
    ]
    score = TimexScore()
    score.add(GOLD, predicted)
    scores = score.metrics()
    assert scores["span_precision_relaxed"] == pytest.approx(2 / 3)
    assert scores["span_recall_relaxed"] == pytest.approx(2 / 3)
    assert scores["span_f1_relaxed"] == pytest.approx(2 / 3)
    assert scores["span_f1_strict"] == pytest.approx(1 / 3)
    assert (score.value.precision, score.value.recall) == pytest.approx((1 / 3, 1 / 3))
    assert scores["value_f1"] == pytest.approx(1 / 3)
    # Over the two relaxed matches: the type is compared case-insensitively.
    assert scores["type_accuracy"] == pytest.approx(1 / 2)
    assert scores["value_accuracy"] == pytest.approx(1 / 2)
    assert scores["value_accuracy_date"] == 1.0  # the one DATE match is right
    assert score.value_accuracy_by_type() == {"DATE": (1, 1), "DURATION": (0, 1)}


def test_timex_score_matches_one_to_one_by_overlap() -> None:
    # Two predictions on one gold span: the larger overlap takes it, the other is a false alarm.
    predicted = [
        TimexSpan(26, 33, "5 March", "DATE", "2013-03-05"),
        TimexSpan(26, 38, "5 March 2013", "DATE", "2013-03-05"),
    ]
    score = TimexScore()
    score.add([MARCH], predicted)
    assert (score.relaxed.matched, score.strict.matched, score.value.matched) == (1, 1, 1)
    assert score.relaxed.precision == 0.5


def test_value_right_is_exact_te3_string_equality() -> None:
    assert value_right(MARCH, TimexSpan(26, 38, "", "DATE", "2013-03-05"))
    assert not value_right(MARCH, TimexSpan(26, 38, "", "DATE", "2013-03"))
    assert not value_right(MARCH, TimexSpan(26, 38, "", "DATE", None))
    assert value_right(TWO_DAYS, TimexSpan(11, 19, "", "DURATION", "P2D"))


def test_value_right_dates_only_credits_gold_dates_alone() -> None:
    # A dateparser-like system: a gold DURATION with a day value is never counted right.
    odd = TimexSpan(0, 5, "x", "DURATION", "2013-03-05")
    guess = TimexSpan(0, 5, "x", "DATE", "2013-03-05")
    assert value_right(odd, guess)
    assert not value_right(odd, guess, value_types=DATES_ONLY)
    assert value_right(MARCH, TimexSpan(26, 38, "", "DATE", "2013-03-05"), value_types=DATES_ONLY)


def _document(corpus: str, timexes: list[TimexSpan]) -> TimexDocument:
    return TimexDocument("d", corpus, datetime(2013, 3, 11), "", tuple(timexes))


def test_grouped_score_reports_platinum_and_tbaq_apart() -> None:
    score = GroupedScore()
    score.add(_document("te3-platinum", [MARCH]), [MARCH])
    score.add(_document("timebank", [MONDAY, TWO_DAYS]), [])
    scores = score.metrics()
    assert scores["platinum_value_f1"] == scores["platinum_span_f1_relaxed"] == 1.0
    assert scores["tbaq_value_f1"] == scores["tbaq_span_f1_relaxed"] == 0.0
    assert scores["span_recall_relaxed"] == pytest.approx(1 / 3)
    assert scores["value_f1"] == pytest.approx(2 * 1 * (1 / 3) / (1 + 1 / 3))


def test_sheet_timexes_upper_cases_types() -> None:
    text = "On Monday, two days after 5 March 2013."
    sheet = bare_sheet(
        text,
        times=[
            Time(text="Monday", start=3, end=9, type="date", value="2013-03-11"),
            Time(text="two days", start=11, end=19, type="duration", value=None),
        ],
    )
    assert sheet_timexes(sheet) == [
        TimexSpan(3, 9, "Monday", "DATE", "2013-03-11"),
        TimexSpan(11, 19, "two days", "DURATION", None),
    ]


def test_locate_searches_on_from_the_previous_piece() -> None:
    text = "Monday, then Friday, then Monday again."
    assert locate(text, ["Monday", "Friday", "Monday"]) == [(0, 6), (13, 19), (26, 32)]


def test_locate_falls_back_to_the_start_and_never_invents_a_span() -> None:
    text = "Friday and Monday."
    # "Friday" is not after "Monday": searched again from 0. "Sunday" is nowhere: empty span.
    assert locate(text, ["Monday", "Friday", "Sunday"]) == [(11, 17), (0, 6), (0, 0)]


def test_dateparser_peer_resolves_against_the_dct() -> None:
    text = "The vote, held 5 March 2013, was repeated yesterday."
    assert dateparser_timexes(text, dct=datetime(2013, 3, 11)) == [
        TimexSpan(15, 27, "5 March 2013", "DATE", "2013-03-05"),
        TimexSpan(42, 51, "yesterday", "DATE", "2013-03-10"),
    ]


def test_load_timex_rejects_a_shifted_offset(tmp_path: Path) -> None:
    record = {
        "id": "d1",
        "corpus": "timebank",
        "dct": "1998-01-14",
        "text": "\nOn Monday it rained.",
        "timexes": [
            {"field": "text", "start": 3, "end": 9, "text": "Monday", "tid": "t1", "type": "DATE"}
            | {"value": "1998-01-12"}
        ],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="does not slice"):
        load_timex(tmp_path)


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]) -> list[TimexDocument]:
    return load_timex(eval_gold("timex"))


def test_load_timex_counts_match_source(gold_documents: list[TimexDocument]) -> None:
    assert len(gold_documents) == 208
    per_corpus = Counter()
    docs_per_corpus = Counter(d.corpus for d in gold_documents)
    for document in gold_documents:
        per_corpus[document.corpus] += len(document.timexes)
    assert docs_per_corpus == {"te3-platinum": 15, "aquaint": 55, "timebank": 138}
    assert per_corpus == {"te3-platinum": 106, "aquaint": 434, "timebank": 916}
    types = Counter(t.type for d in gold_documents for t in d.timexes)
    assert types == {"DATE": 1_195, "DURATION": 210, "SET": 26, "TIME": 25}


def test_load_timex_keeps_dct_time_and_date(gold_documents: list[TimexDocument]) -> None:
    with_time = [d for d in gold_documents if d.dct.time() != datetime.min.time()]
    assert with_time  # e.g. `1998-03-01T14:11`: dateparser is given the time too
    assert all(d.published == d.dct.date() for d in gold_documents)


def test_load_timex_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_timex(eval_gold("timex"), limit=3)) == 3
