"""Cue verbs (`cues.py`): a verb of showing on a document it defines still reports the
document's finding; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_a_document_showing_something_reports_its_finding(nlp):
    quote = one(nlp, "Two new polls showing Tim Ortiz far ahead came out on Monday.", "showing")
    assert (quote.text, speaker(quote)) == ("Tim Ortiz far ahead", "Two new polls")


def test_a_person_showing_something_in_a_defining_clause_is_no_report(nlp):
    assert with_cue(nlp, "The guide showing the new pier to tourists waved at us.", "showing") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor laid out her plan for the pier.",
            "laid out",
            "her plan for the pier",
            "The mayor",
        ),
        ("Jo Roe echoed that criticism.", "echoed", "that criticism", "Jo Roe"),
        (
            "She presents herself as a friend of the skippers.",
            "presents",
            "herself as a friend of the skippers",
            "She",
        ),
    ],
)
def test_a_view_set_out_by_its_own_subject(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The crew laid the cable on Monday.", "laid"),
        ("A campaign paper laying out the plan came out on Monday.", "laying out"),
    ],
)
def test_laying_a_thing_or_a_participle_sets_out_no_view(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_what_someone_makes_public_is_what_was_said(nlp):
    quote = one(nlp, "The mayor released her tax returns on Monday.", "released")
    assert (quote.text, speaker(quote)) == ("her tax returns", "The mayor")


def test_a_statement_issued_speaks_for_itself(nlp):
    quote = one(nlp, "The mayor issued a statement saying the toll would stay.", "saying")
    assert quote.text == "the toll would stay"
    assert with_cue(nlp, "The mayor issued a statement saying the toll would stay.", "issued") == []
