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


# A that-clause after a verb or an adjective the lexicon does not list.


def test_made_it_clear_reports_its_clause(nlp) -> None:
    quote = _one(nlp, "The ferry captain made it clear that she would not sail at night.", "made")
    assert quote.text == "that she would not sail at night"
    assert _speaker(quote) == "The ferry captain"


def test_confident_that_reports_its_clause(nlp) -> None:
    quote = _one(nlp, "The mayor is confident that the new pier will open in May.", "is")
    assert quote.text == "that the new pier will open in May"
    assert _speaker(quote) == "The mayor"


def test_unlisted_verb_with_that_clause_reports_it(nlp) -> None:
    text = "The scientist posited that the valley had flooded twice."
    quote = _one(nlp, text, "posited")
    assert quote.text == "that the valley had flooded twice"
    assert _speaker(quote) == "The scientist"


def test_a_thing_with_a_that_clause_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The problem is that the bridge leaks.", "is") == []
    assert _with_cue(nlp, "The delay meant that the ferry left late.", "meant") == []


# A person's adjective of attitude reports what it is about.


def test_critical_of_reports_its_object(nlp) -> None:
    quote = _one(nlp, "The ministers were critical of the new quota rules.", "were")
    assert quote.text == "the new quota rules"
    assert _speaker(quote) == "The ministers"


def test_a_thing_short_of_something_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The museum is full of old maps.", "is") == []


# A support verb lends its subject to the cue noun it carries.


def test_raised_questions_about_reports_the_topic(nlp) -> None:
    text = "The captain raised questions about the harbour budget."
    quote = _one(nlp, text, "questions")
    assert quote.text == "the harbour budget"
    assert _speaker(quote) == "The captain"


def test_voiced_support_for_reports_the_side(nlp) -> None:
    quote = _one(nlp, "The minister voiced support for the ferry strike.", "support")
    assert quote.text == "the ferry strike"
    assert _speaker(quote) == "The minister"


def test_a_verb_that_is_not_a_support_verb_lends_nothing(nlp) -> None:
    # Ignoring a complaint does not make it one's own.
    quotes = extract_quotes(nlp("The mayor ignored complaints about the harbour noise."))
    assert all(_speaker(quote) != "The mayor" for quote in quotes)
