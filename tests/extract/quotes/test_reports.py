"""What a cue verb reports (`reports.py`): a verb of taking a side reports its gerund, and a
verb of showing set off by commas but read as a second verb reports the clause before it; on
the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Jo Roe supports raising the toll.", "supports", "raising the toll", "Jo Roe"),
        (
            "The senators typically oppose cutting the ferry budget.",
            "oppose",
            "cutting the ferry budget",
            "The senators",
        ),
    ],
)
def test_a_side_taken_on_a_gerund_reports_it(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_defining_clause_taking_a_side_is_no_report(nlp):
    assert with_cue(nlp, "Voters supporting raising the toll met.", "supporting") == []


def test_a_finding_set_off_by_commas_but_joined_by_the_parse(nlp):
    text = (
        "Most skippers oppose raising the toll, a new harbor poll finds, a debate that will "
        "come to a head in May."
    )
    quote = one(nlp, text, "finds")
    assert (quote.text, speaker(quote)) == (
        "Most skippers oppose raising the toll",
        "a new harbor poll",
    )
