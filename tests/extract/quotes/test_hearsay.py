"""Tests of extract/quotes/hearsay.py: an adverb of hearsay ("reportedly") reports the
clause it qualifies, naming no one (issue #19), on the real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry company has reportedly sold two of its boats.",
            "reportedly",
            "The ferry company has reportedly sold two of its boats",
        ),
        (
            "Reportedly, the harbor board met twice in secret.",
            "Reportedly",
            "the harbor board met twice in secret",
        ),
    ],
)
def test_reportedly_reports_its_clause_with_no_speaker(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, None)


def test_reportedly_ends_before_a_participle_set_off_by_a_comma(nlp):
    quote = one(
        nlp,
        "The ferry firm has reportedly sold forty boats, leaving the staff worried.",
        "reportedly",
    )
    assert quote.text == "The ferry firm has reportedly sold forty boats"


@pytest.mark.parametrize(
    "text",
    [
        "The council read the letters the mayor reportedly burned.",
        "The skipper will reportedly sail to the island on Monday.",
    ],
)
def test_reportedly_in_a_defining_clause_or_a_future_is_no_report(nlp, text):
    assert with_cue(nlp, text, "reportedly") == []


def test_reportedly_on_a_verb_of_saying_leaves_the_verb_its_cue(nlp):
    quote = one(nlp, "The mayor reportedly said the pier would close.", "said")
    assert (quote.text, speaker(quote)) == ("the pier would close", "The mayor")
    assert with_cue(nlp, "The mayor reportedly said the pier would close.", "reportedly") == []
