"""Cues found by their construction (`clausal.py`): a noun for someone by the side they take
reports that side for the one the copula or the apposition says it is; on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Jo Roe is a harsh critic of the toll.", "critic", "the toll", "Jo Roe"),
        (
            "Ann Roe, a loyal supporter of the pier, spoke first.",
            "supporter",
            "the pier",
            "Ann Roe",
        ),
        ("Tim Ortiz has been an early backer of Jo Roe.", "backer", "Jo Roe", "Tim Ortiz"),
    ],
)
def test_a_side_taken_by_the_one_a_role_noun_names(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe, an advocate for the Harbor League, spoke first.", "advocate"),
        ("Jo Roe is an opponent of Tim Ortiz in the race.", "opponent"),
        ("The supporters of the pier met on Monday.", "supporters"),
    ],
)
def test_a_title_a_rival_or_a_role_with_no_holder_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []
