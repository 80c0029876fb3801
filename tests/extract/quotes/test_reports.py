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


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor would like to build a second pier.",
            "like",
            "to build a second pier",
            "The mayor",
        ),
        ("I'd love to see the old ferry back.", "love", "to see the old ferry back", "I"),
        ("The skippers were hoping for a lower toll.", "hoping", "a lower toll", "The skippers"),
    ],
)
def test_a_wish_reports_what_is_wished(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe likes to sail on Sundays.", "likes"),
        ("They arrived in May, hoping for better weather.", "hoping"),
    ],
)
def test_a_habit_or_a_hope_with_no_subject_of_its_own_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_someone_casting_someone_as_something_names_them(nlp):
    quote = one(nlp, "Jo Roe has cast the mayor as a friend of the rich.", "cast")
    assert (quote.text, speaker(quote)) == ("the mayor as a friend of the rich", "Jo Roe")


def test_a_thing_casting_a_shadow_names_nothing(nlp):
    assert with_cue(nlp, "The old lamp cast a long shadow across the pier.", "cast") == []
