"""Tests of extract/quotes/nouns.py: reporting cues that are nouns or source phrases.

A cue noun with its owner reports its that-clause or what it is about ("her claim that ...",
"his attack on X"), a support verb lends its subject to the noun ("raised questions about
X"), "in the view of X", and a poll opening a clause is its source. Issue #19, on the real
model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_cue_noun_with_possessor_reports_its_clause(nlp) -> None:
    text = "The senator repeated her claim that the harbour tax would double next spring."
    quote = _by_cue(nlp, text, "claim")
    assert quote.kind == "indirect"
    assert quote.text == "that the harbour tax would double next spring"
    # "her" stands for the subject of the verb that holds the noun.
    assert _speaker(quote) == "The senator"


def test_cue_noun_owner_after_from(nlp) -> None:
    text = "Critics dismissed a warning from Ms. Varga that the dam could fail."
    quote = _by_cue(nlp, text, "warning")
    assert quote.text == "that the dam could fail"
    assert "Varga" in _speaker(quote)


def test_position_is_that(nlp) -> None:
    text = "The governor's position is that the bridge must close for repairs."
    quote = _by_cue(nlp, text, "position")
    assert quote.text == "that the bridge must close for repairs"
    assert "governor" in _speaker(quote)


def test_cue_noun_without_owner_is_not_a_quote(nlp) -> None:
    text = "The claim that the harbour tax would double was false."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "claim"]


# Cue nouns with what they are about.


def test_cue_noun_with_preposition(nlp) -> None:
    quote = _one(nlp, "The senator renewed her attack on the harbour tax.", "attack")
    assert quote.text == "the harbour tax"
    # "her" stands for the subject of the verb that holds the noun.
    assert _speaker(quote) == "The senator"


def test_cue_noun_with_infinitive(nlp) -> None:
    quote = _one(nlp, "The mayor dropped her pledge to cut ferry fares.", "pledge")
    assert quote.text == "to cut ferry fares"
    assert _speaker(quote) == "The mayor"


def test_cue_noun_about_something_needs_a_pronoun_owner_held_by_a_subject(nlp) -> None:
    # "Y's plan" inside X's sentence is what X embraced or ignored, and X is the source.
    assert not _with_cue(nlp, "Mr. Okafor's call to close the bridge was ignored.", "call")


def test_someone_elses_plan_embraced_is_not_their_quote(nlp) -> None:
    text = "The council has embraced Mr. Okafor's plan for a second bridge."
    assert not _with_cue(nlp, text, "plan")


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor made no mention of the new toll.", "mention", "the new toll", "The mayor"),
        (
            "Many voters have warm feelings about the new pier.",
            "feelings",
            "the new pier",
            "Many voters",
        ),
        ("Ann Roe has no doubts about the ferry plan.", "doubts", "the ferry plan", "Ann Roe"),
        (
            "The senator made several references to the old harbor.",
            "references",
            "the old harbor",
            "The senator",
        ),
    ],
)
def test_a_noun_of_mention_thought_or_attitude_reports_what_it_is_about(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_noun_of_thought_with_nothing_it_is_about_is_no_report(nlp):
    assert with_cue(nlp, "Many voters have doubts.", "doubts") == []


def test_a_verb_that_is_not_a_support_verb_lends_nothing(nlp) -> None:
    # Ignoring a complaint does not make it one's own.
    quotes = extract_quotes(nlp("The mayor ignored complaints about the harbour noise."))
    assert all(_speaker(quote) != "The mayor" for quote in quotes)


def test_in_the_view_of(nlp) -> None:
    text = "In the view of the auditor, the ferry budget is far too small."
    quote = _by_cue(nlp, text, "In the view")
    assert quote.text == "the ferry budget is far too small"
    assert _speaker(quote) == "the auditor"


# A poll opening a clause is its source.


def test_poll_opening_a_clause_is_its_source(nlp) -> None:
    text = "In a new harbour survey, 60 percent of residents chose the eastern route."
    quote = _one(nlp, text, "In")
    assert quote.text.endswith("chose the eastern route")
    assert _speaker(quote) == "a new harbour survey"


def test_poll_as_a_place_is_no_source(nlp) -> None:
    assert not _with_cue(nlp, "The mayor has trailed badly in the polls since May.", "in")


def test_poll_phrase_is_the_source_of_its_respondents(nlp) -> None:
    text = "In a new survey released Sunday, 60 percent of farmers said they would back the tax."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert "survey" in _speaker(quotes[0])
    assert quotes[0].text.startswith("60 percent of farmers said")


def test_report_phrase_leaves_its_finder_the_source(nlp) -> None:
    text = "In the report, the agency found that the pier was unsafe."
    quote = _by_cue(nlp, text, "found")
    assert _speaker(quote) == "the agency"
