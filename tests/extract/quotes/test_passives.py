"""Passive reports (`passives.py`): a passive verb of judging, taking a side or reporting with
a source in its by-phrase reports that source's stance on its subject; on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


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
