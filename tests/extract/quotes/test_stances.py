"""Tests of extract/quotes/stances.py: a copula's adjective of stance where `clausal_cue`
leaves it (issue #19), on the real model and invented sentences.

An adjective of belief, doubt, hope or fear reports its clause, with or without "that", for a
subject that is not an empty "it"; an adjective of attitude reports its object and one of
will its infinitive in a relative clause, a clause of reason, or with a body of people for
its subject. Adjectives of no view ("free of", "friendly with") and "it is doubtful" report
nothing.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import reported, with_cue

pytestmark = pytest.mark.model


# (sentence, cue, content, speaker): each construction; the id names it.
FOUND = [
    pytest.param(
        "The ferry crews are sure the new dock will flood.",
        "are",
        "the new dock will flood",
        "The ferry crews",
        id="sure-no-that",
    ),
    pytest.param(
        "The donors remain confident that the mayor will win.",
        "remain",
        "that the mayor will win",
        "The donors",
        id="body-confident-that",
    ),
    pytest.param(
        "The residents, who are wary of the new toll, met on Monday.",
        "are",
        "the new toll",
        "The residents, who",
        id="relative-wary-of",
    ),
    pytest.param(
        "Some remain reluctant to back the new toll.",
        "remain",
        "to back the new toll",
        "Some",
        id="quantifier-reluctant-to",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "who"), FOUND)
def test_stance_reports_its_clause_or_object(nlp, text, cue, content, who):
    assert reported(nlp, text, cue) == (content, who)


@pytest.mark.parametrize(
    "text",
    [
        "It is doubtful the new dock will open in May.",
        "The baker, who is friendly with the mayor, opened a shop.",
        "The new dock is free of debris.",
    ],
    ids=["empty-it", "friendly-with", "free-of"],
)
def test_no_view_reports_nothing(nlp, text):
    assert [q for q in extract_quotes(nlp(text)) if q.cue in ("is",)] == []


def test_eager_and_wary_one_view_each(nlp):
    text = "It draws residents who are eager to plant and wary of the toll."
    assert [q.text for q in with_cue(nlp, text, "are")] == ["to plant"]
