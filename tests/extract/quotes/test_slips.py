"""Speakers where the small model's parse slipped (`slips.py`), on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # "her campaign" read as a second object of "talked about"
        (
            "The mayor has not talked about the tolls and her campaign did not respond to a"
            " request for comment.",
            "respond",
            "her campaign",
        ),
        # "Dunmore" hung on the sentence before, across the paragraph break
        (
            "The tolls will rise -- it's time for Plan B.\n\nDunmore hasn't said whether he has"
            " a plan for changing the harbor.",
            "said",
            "Dunmore",
        ),
    ],
)
def test_the_noun_before_a_finite_auxiliary_is_the_subject_the_parse_lost(nlp, text, cue, expected):
    assert speaker(one(nlp, text, cue)) == expected


def test_the_to_of_an_infinitive_is_no_auxiliary_of_a_subject(nlp):
    text = "The mayor took to the radio to say thanks to the ferry crews."
    assert speaker(one(nlp, text, "say")) == "The mayor"
