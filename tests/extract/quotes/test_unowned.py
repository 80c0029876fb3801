"""Tests of extract/quotes/unowned.py: cue nouns nobody in the text owns ("the ruling raised
questions about Y", "X faced questions about Y", "amid fears that Y"). Issue #19, on the
real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_questions_someone_faces_have_no_source(nlp) -> None:
    text = "The harbour board faced questions about its spending on the new pier."
    quote = one(nlp, text, "questions")
    assert quote.kind == "indirect"
    assert quote.text == "its spending on the new pier"
    assert speaker(quote) is None


def test_questions_not_yet_put_report_nothing(nlp) -> None:
    text = "The harbour board will face questions about its spending on the new pier."
    assert with_cue(nlp, text, "questions") == []


def test_a_thing_that_raises_doubts_is_named(nlp) -> None:
    text = "The audit raised doubts about whether the ferry line can pay its debts."
    quote = one(nlp, text, "doubts")
    assert quote.text == "whether the ferry line can pay its debts"
    assert speaker(quote) == "The audit"


def test_fears_framing_an_event(nlp) -> None:
    text = "The board met late on Friday amid fears that the pier would close."
    quote = one(nlp, text, "fears")
    assert quote.text == "that the pier would close"
    assert speaker(quote) is None


def test_a_holder_named_after_among(nlp) -> None:
    text = "The vote came amid concerns among voters that the quota was too low."
    quote = one(nlp, text, "concerns")
    assert quote.text == "that the quota was too low"
    assert speaker(quote) == "voters"


def test_owned_complaints_are_not_unowned(nlp) -> None:
    text = "The board kept the toll despite the complaints of residents."
    assert with_cue(nlp, text, "complaints") == []
