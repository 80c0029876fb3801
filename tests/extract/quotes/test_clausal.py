"""Issue #19: cues found by their construction, not by a word list, on the real model and
invented sentences. A verb or a copula's adjective with a that-clause and a person for subject
("made it clear that", "is confident that", "posited that"); a person's adjective of attitude
("critical of", "upbeat about"); a support verb lending its subject to a cue noun ("raised
questions about", "voiced support for"). Things as subjects, and that-clauses of facts, report
nothing."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


# (sentence, cue, content, speaker): each construction once.
FOUND = [
    # a that-clause after a verb or an adjective the lexicon does not list
    (
        "The ferry captain made it clear that she would not sail at night.",
        "made",
        "that she would not sail at night",
        "The ferry captain",
    ),
    (
        "The mayor is confident that the new pier will open in May.",
        "is",
        "that the new pier will open in May",
        "The mayor",
    ),
    (
        "The scientist posited that the valley had flooded twice.",
        "posited",
        "that the valley had flooded twice",
        "The scientist",
    ),
    # a person's adjective of attitude reports what it is about
    (
        "The ministers were critical of the new quota rules.",
        "were",
        "the new quota rules",
        "The ministers",
    ),
    # a support verb lends its subject to the cue noun it carries
    (
        "The captain raised questions about the harbour budget.",
        "questions",
        "the harbour budget",
        "The captain",
    ),
    (
        "The minister voiced support for the ferry strike.",
        "support",
        "the ferry strike",
        "The minister",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), FOUND)
def test_construction_reports_its_content(nlp, text, cue, content, source) -> None:
    quote = _one(nlp, text, cue)
    assert quote.text == content
    assert _speaker(quote) == source


def test_a_thing_with_a_that_clause_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The problem is that the bridge leaks.", "is") == []
    assert _with_cue(nlp, "The delay meant that the ferry left late.", "meant") == []


def test_a_thing_full_of_something_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The museum is full of old maps.", "is") == []


def test_a_verb_that_is_not_a_support_verb_lends_nothing(nlp) -> None:
    # Ignoring a complaint does not make it one's own.
    quotes = extract_quotes(nlp("The mayor ignored complaints about the harbour noise."))
    assert all(_speaker(quote) != "The mayor" for quote in quotes)
