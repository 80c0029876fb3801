"""Tests of extract/quotes/passives.py: passive reports.

A passive report runs from its subject to the end of its complement, and its source is the
agent of "by" wherever the parse hangs it; with no by-phrase it is kept with no speaker; a
passive of doing, of duty or of an event, or one inside a report, reports nothing. Issue #19,
on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


# (sentence, cue, content, speaker): a passive report runs from its subject to the end of
# its complement, and its source is the agent of "by".
PASSIVES = [
    (
        "The new ferry is seen by most residents as a waste of money.",
        "seen",
        "The new ferry is seen by most residents as a waste of money",
        "most residents",
    ),
    (
        "The harbor plan was described by the engineers as too costly.",
        "described",
        "The harbor plan was described by the engineers as too costly",
        "the engineers",
    ),
    (
        "The captain is expected by the crew to resign before the summer.",
        "expected",
        "The captain is expected by the crew to resign before the summer",
        "the crew",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), PASSIVES)
def test_a_passive_report_takes_its_subject_and_its_by_phrase_source(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_passive_without_a_source_keeps_its_subject_and_no_speaker(nlp):
    quote = one(nlp, "The new ferry is expected to arrive in May.", "expected")
    assert (quote.text, speaker(quote)) == ("The new ferry is expected to arrive in May", None)


def test_a_passive_of_doing_reports_nothing(nlp):
    assert extract_quotes(nlp("The ferry was launched by the mayor in May.")) == []


def test_a_passive_view_with_no_source_is_reported_with_no_speaker(nlp):
    quote = one(nlp, "The harbor master is widely seen as a cautious man.", "seen")
    assert (quote.text, speaker(quote)) == (
        "The harbor master is widely seen as a cautious man",
        None,
    )


def test_a_by_phrase_hung_on_the_complement_names_the_source(nlp):
    text = "The new pier was viewed as a godsend by some in the fishing town."
    assert speaker(one(nlp, text, "viewed")) == "some in the fishing town"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry is supposed to arrive at noon.", "supposed"),
        ("Two sailors were found asleep in the hold.", "found"),
        ("The new ferry is expected to arrive in May, the owners say.", "expected"),
        ("The crew repaired what was once considered a lost cause.", "considered"),
    ],
)
def test_a_passive_of_duty_event_or_inside_a_report_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Tim Ortiz was endorsed on Monday by the harbor union.",
            "endorsed",
            "Tim Ortiz",
            "the harbor union",
        ),
        ("The toll plan was criticized by Ann Roe.", "criticized", "The toll plan", "Ann Roe"),
        (
            "The ferry deal was first reported by the local paper.",
            "reported",
            "The ferry deal",
            "the local paper",
        ),
    ],
)
def test_a_side_taken_in_the_passive_reports_its_subject(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_the_verbs_own_preposition_keeps_its_content(nlp):
    quote = one(nlp, "Tim Ortiz was criticized by the mayor for raising the toll.", "criticized")
    assert (quote.text, speaker(quote)) == ("raising the toll", "the mayor")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pier was built by the harbor crew.", "built"),
        ("The vote was backed by a surge of money.", "backed"),
    ],
)
def test_a_passive_with_no_one_taking_a_side_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_a_reputation_is_a_view_with_no_source(nlp):
    quote = one(nlp, "Jo Roe is known for her dry wit.", "known")
    assert (quote.text, speaker(quote)) == ("Jo Roe is known for her dry wit", None)


def test_a_purpose_is_no_reputation(nlp):
    assert with_cue(nlp, "The pier was built for the ferry.", "built") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry will stop at the old pier, which is expected to fill the square.",
            "expected",
            "which is expected to fill the square",
        ),
        (
            "The race drew new skippers who are expected to sail in the final.",
            "expected",
            "who are expected to sail in the final",
        ),
        (
            "She hired a harbor pilot who is known for keeping calm in storms.",
            "known",
            "who is known for keeping calm in storms",
        ),
    ],
)
def test_an_unsourced_passive_in_a_relative_clause_reports_from_the_pronoun(
    nlp, text, cue, content
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, None)


@pytest.mark.parametrize(
    "text",
    [
        "The board hired a pilot who is seen as a safe pair of hands.",
        "The pier, which is described by the crew as unsafe, will close.",
    ],
)
def test_a_name_given_or_a_sourced_passive_in_a_relative_clause_is_left_out(nlp, text):
    assert not [q for q in extract_quotes(nlp(text)) if q.text.startswith(("who", "which"))]
