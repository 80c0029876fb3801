"""Tests of extract/quotes/subjects.py: a poll's share of people is someone who speaks
("a third said the same"; issue #19), on the real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker

pytestmark = pytest.mark.model


def test_a_share_of_those_asked_says_the_same(nlp):
    text = "Most boat owners backed the ferry plan, and a third said the same of the new pier."
    quote = one(nlp, text, "said")
    assert (quote.text, speaker(quote)) == ("the same of the new pier", "a third")
