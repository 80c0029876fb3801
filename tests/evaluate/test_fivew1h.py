"""The `5w1h` task: token-F1 judging, coder levels, the gold loader, the lead baseline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsfacts.evaluate.gold.fivew1h import QUESTIONS, FiveW1HDocument, Phrase, load_fivew1h
from newsfacts.evaluate.peers.fivew1h import lead_answers, verb_group
from newsfacts.evaluate.tasks.fivew1h import (
    judge,
    score_answers,
    sheet_answers,
    token_f1,
)
from newsfacts.sheet import Event, EventPart
from tests.builders import bare_sheet, hand_doc


def _document(**answers: tuple[Phrase, ...]) -> FiveW1HDocument:
    return FiveW1HDocument(
        id="d",
        headline="",
        text="",
        published=None,
        answers={q: answers.get(q, ()) for q in QUESTIONS},
    )


# who: two phrases, one strict; what: strict; when: one coder only; why: agreed none.
DOCUMENT = _document(
    who=(Phrase("the mayor of Springfield", 3), Phrase("city officials", 1)),
    what=(Phrase("resigned on Friday", 2),),
    when=(Phrase("Friday", 1),),
    why=(Phrase(None, 2),),
)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("the mayor", "the mayor", 1.0),
        ("The Mayor!", "the mayor", 1.0),
        ("a dog", "the mayor", 0.0),
        ("the mayor", "the mayor of Springfield", 2 * (2 / 2) * (2 / 4) / (2 / 2 + 2 / 4)),
        ("the the", "the", 2 * (1 / 2) * 1 / (1 / 2 + 1)),  # bags, not sets
        ("", "the mayor", 0.0),
    ],
)
def test_token_f1(predicted: str, gold: str, expected: float) -> None:
    assert token_f1(predicted, gold) == pytest.approx(expected)


def test_judge_unscored_when_no_phrase_at_level() -> None:
    assert judge("when", "Friday", DOCUMENT.answers["when"], min_coders=2) is None
    assert judge("where", "Paris", DOCUMENT.answers["where"], min_coders=1) is None


def test_judge_takes_best_phrase() -> None:
    judgement = judge("who", "city officials", DOCUMENT.answers["who"], min_coders=1)
    assert judgement is not None
    assert judgement.correct
    assert judgement.best_f1 == 1.0
    # At k=2 "city officials" (one coder) is no longer gold.
    strict = judge("who", "city officials", DOCUMENT.answers["who"], min_coders=2)
    assert strict is not None
    assert not strict.correct
    assert strict.best_f1 == 0.0


def test_judge_half_overlap_is_correct() -> None:
    judgement = judge("who", "the mayor", DOCUMENT.answers["who"], min_coders=1)
    assert judgement is not None
    assert judgement.best_f1 == pytest.approx(2 / 3)
    assert judgement.correct


def test_judge_no_answer() -> None:
    agreed = judge("why", None, DOCUMENT.answers["why"], min_coders=1)
    assert agreed is not None
    assert (agreed.correct, agreed.best_f1) == (True, 1.0)
    missed = judge("who", None, DOCUMENT.answers["who"], min_coders=1)
    assert missed is not None
    assert (missed.correct, missed.best_f1) == (False, 0.0)
    # An answer where the coders agreed there is none is wrong.
    invented = judge("why", "because", DOCUMENT.answers["why"], min_coders=1)
    assert invented is not None
    assert (invented.correct, invented.best_f1) == (False, 0.0)


def test_score_answers_perfect_system_is_one() -> None:
    answers = {"who": "the mayor of Springfield", "what": "resigned on Friday", "when": "Friday"}
    scores = score_answers([DOCUMENT], [answers])
    assert scores["accuracy"] == scores["accuracy_strict"] == scores["mean_token_f1"] == 1.0
    assert scores["who"] == scores["what"] == scores["when"] == scores["why"] == 1.0
    assert scores["where"] == scores["how"] == 0.0  # not scored: nothing to get right


def test_score_answers_empty_system_gets_only_agreed_nones() -> None:
    scores = score_answers([DOCUMENT], [{}])
    assert scores["accuracy"] == pytest.approx(1 / 4)  # why only, of who/what/when/why
    assert scores["accuracy_strict"] == pytest.approx(1 / 3)  # why, of who/what/why
    assert scores["mean_token_f1"] == pytest.approx(1 / 4)
    no_null = _document(who=(Phrase("the mayor", 2),))
    assert score_answers([no_null], [{}])["accuracy"] == 0.0


def test_score_answers_partial() -> None:
    answers = {"who": "the mayor", "what": "quit", "when": "on Friday night", "why": None}
    scores = score_answers([DOCUMENT], [answers])
    assert scores["who"] == 1.0
    assert scores["what"] == 0.0
    assert scores["when"] == 1.0  # F1("on Friday night", "Friday") = 0.5
    assert scores["accuracy"] == pytest.approx(3 / 4)
    assert scores["accuracy_strict"] == pytest.approx(2 / 3)
    assert scores["mean_token_f1"] == pytest.approx((2 / 3 + 0 + 0.5 + 1) / 4)


def test_sheet_answers_reads_event_parts() -> None:
    event = Event(
        who=EventPart(text="the mayor"),
        what="resigned",
        when=EventPart(text="Friday", value="2016-11-11"),
        where=EventPart(text=" "),
        how="",
    )
    assert sheet_answers(bare_sheet(event=event)) == {
        "who": "the mayor",
        "what": "resigned",
        "when": "Friday",
        "where": None,
        "why": None,
        "how": None,
    }
    assert set(sheet_answers(bare_sheet(event=Event())).values()) == {None}


# "The old mayor has not resigned in Paris." + "He left on Friday."
FIRST = [
    ("The", 2, "det", "DET", "O"),
    ("old", 2, "amod", "ADJ", "O"),
    ("mayor", 5, "nsubj", "NOUN", "O"),
    ("has", 5, "aux", "AUX", "O"),
    ("not", 5, "neg", "PART", "O"),
    ("resigned", 5, "ROOT", "VERB", "O"),
    ("in", 5, "prep", "ADP", "O"),
    ("Paris", 6, "pobj", "PROPN", "B-GPE"),
    (".", 5, "punct", "PUNCT", "O"),
]
SECOND = [
    ("He", 10, "nsubj", "PRON", "O"),
    ("left", 10, "ROOT", "VERB", "O"),
    ("on", 10, "prep", "ADP", "O"),
    ("Friday", 11, "pobj", "PROPN", "B-DATE"),
    (".", 10, "punct", "PUNCT", "O"),
]


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A hand-made parse: (word, head index, dep, pos, entity IOB) per token."""
    words, heads, deps, pos, ents = (list(column) for column in zip(*rows, strict=True))
    return hand_doc(words, spaces=True, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.fixture(scope="module")
def lead_doc() -> Doc:
    return _parsed([*FIRST, *SECOND])


def test_lead_answers_read_first_sentence(lead_doc: Doc) -> None:
    assert lead_answers(lead_doc) == {
        "who": "The old mayor",
        "what": "has not resigned in Paris",
        "when": "Friday",
        "where": "Paris",
        "why": None,
        "how": None,
    }
    assert verb_group(lead_doc) == "has not resigned"


def test_lead_answers_without_verb_root() -> None:
    doc = _parsed(
        [
            ("Storm", 1, "compound", "NOUN", "O"),
            ("damage", 1, "ROOT", "NOUN", "O"),
            ("in", 1, "prep", "ADP", "O"),
            ("Ohio", 2, "pobj", "PROPN", "B-GPE"),
        ]
    )
    answers = lead_answers(doc)
    assert answers["who"] == "Storm damage"  # no subject: the first noun chunk
    assert answers["what"] is None
    assert answers["when"] is None
    assert answers["where"] == "Ohio"
    assert verb_group(doc) is None


@pytest.fixture(scope="module")
def gold_documents(eval_gold: Callable[[str], Path]) -> list[FiveW1HDocument]:
    return load_fivew1h(eval_gold("5w1h"))


def test_load_fivew1h_counts_match_source(gold_documents: list[FiveW1HDocument]) -> None:
    assert len(gold_documents) == 75
    per_question = {
        q: sum(len(d.answers[q]) for d in gold_documents) for q in QUESTIONS
    }  # SOURCE.md's "shared" row
    assert per_question == {
        "who": 119,
        "what": 107,
        "when": 82,
        "where": 91,
        "why": 107,
        "how": 110,
    }
    phrases = [p for d in gold_documents for q in QUESTIONS for p in d.answers[q]]
    assert len(phrases) == 616
    assert sum(p.text is None for p in phrases) == 58
    assert all(isinstance(d.published, date) for d in gold_documents)


def test_load_fivew1h_scored_pairs(gold_documents: list[FiveW1HDocument]) -> None:
    # METRICS.md: the lead baseline's accuracy is over 448 (article, question) pairs.
    pairs = sum(any(p.coders >= 1 for p in d.answers[q]) for d in gold_documents for q in QUESTIONS)
    assert pairs == 448


def test_load_fivew1h_limit(eval_gold: Callable[[str], Path]) -> None:
    assert len(load_fivew1h(eval_gold("5w1h"), limit=3)) == 3
