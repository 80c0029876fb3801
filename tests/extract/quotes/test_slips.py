"""Speakers where the small model's parse slipped (`slips.py`), on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


def test_the_noun_before_a_finite_auxiliary_is_the_subject_the_parse_lost(nlp):
    # "her campaign" is read as a second object of "talked about"
    text = (
        "The mayor has not talked about the tolls and her campaign did not respond to"
        " questions about the ferry."
    )
    assert speaker(one(nlp, text, "respond")) == "her campaign"


def test_the_to_of_an_infinitive_is_no_auxiliary_of_a_subject(nlp):
    text = "The mayor went on the radio to say that the ferry crews had done well."
    assert speaker(one(nlp, text, "say")) == "The mayor"
