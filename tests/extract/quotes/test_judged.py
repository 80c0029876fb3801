"""Tests of extract/quotes/judged.py: names judged, attacked or talked about.

A verb of judging reports a name alone in a main clause and in a finite clause of time or
concession; verbs of attack and of talking about a topic report a name after their
preposition unless a quotation follows; a name with the verb's "as" phrase is reported with
that phrase. Issue #19, on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, reported, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The crowd cheered after the harbor mayor attacked Tim Ortiz on Monday.",
            "attacked",
            "Tim Ortiz",
            "the harbor mayor",
        ),
        (
            "After Ann Roe criticized Tim Ortiz, the board met again.",
            "criticized",
            "Tim Ortiz",
            "Ann Roe",
        ),
        (
            "His standing rose even after he criticized Ann Roe at the dock.",
            "criticized",
            "Ann Roe",
            "he",
        ),
    ],
)
def test_a_verb_of_judging_in_a_clause_of_time_reports_a_name(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_judged_name_in_a_clause_of_time_before_a_quotation_is_no_report(nlp) -> None:
    text = 'When the mayor attacked Tim Ortiz at the dock, Ann Roe shot back, "We will not pay."'
    assert with_cue(nlp, text, "attacked") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The two skippers cited Ann Roe as the most likely winner.",
            "cited",
            "Ann Roe as the most likely winner",
            "The two skippers",
        ),
        (
            "The harbor mayor dismissed Tim Ortiz as a novice.",
            "dismissed",
            "Tim Ortiz as a novice",
            "The harbor mayor",
        ),
    ],
)
def test_a_name_with_the_verbs_as_phrase_is_reported_with_it(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The harbor mayor lashed out at Tim Ortiz after the vote.",
            "lashed out",
            "Tim Ortiz",
            "The harbor mayor",
        ),
        ("The mayor was not talking about Ann Roe.", "talking", "Ann Roe", "The mayor"),
    ],
)
def test_a_name_attacked_or_talked_about_is_reported(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_name_attacked_before_a_quotation_leaves_it_to_the_quotation(nlp) -> None:
    text = 'The mayor swiped at Tim Ortiz on the radio: "He has no plan."'
    assert [q.text for q in extract_quotes(nlp(text))] == ["He has no plan."]


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        ("The mayor called out Tim Ortiz at the meeting.", "Tim Ortiz", "The mayor"),
        (
            "Jo Roe called out the harbor board for its long delays.",
            "the harbor board for its long delays",
            "Jo Roe",
        ),
    ],
)
def test_someone_calling_out_reports_the_one_censured(nlp, text, content, who):
    assert reported(nlp, text, "called") == (content, who)


def test_a_thing_calling_out_is_no_censure(nlp):
    assert with_cue(nlp, "The storm called out the lifeboats.", "called") == []
