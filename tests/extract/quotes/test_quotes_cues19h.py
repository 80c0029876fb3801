"""Issue #19: passive reports with their source in a by-phrase, and speakers the parse hides
behind a cited reason, an occasion or a noun with an infinitive; on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model

# (sentence, cue, content, speaker): a passive report runs from its subject to the end of
# its complement, and its source is the agent of "by".
PASSIVES = [
    (
        "The new ferry is seen by most residents as a waste of money.",
        "seen",
        "The new ferry is seen by most residents as a waste of money",
        "most residents",
    ),
    (
        "The harbor plan was described by the engineers as too costly.",
        "described",
        "The harbor plan was described by the engineers as too costly",
        "the engineers",
    ),
    (
        "The captain is expected by the crew to resign before the summer.",
        "expected",
        "The captain is expected by the crew to resign before the summer",
        "the crew",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), PASSIVES)
def test_a_passive_report_takes_its_subject_and_its_by_phrase_source(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_passive_without_a_source_keeps_its_subject_and_no_speaker(nlp):
    quote = one(nlp, "The new ferry is expected to arrive in May.", "expected")
    assert (quote.text, speaker(quote)) == ("The new ferry is expected to arrive in May", None)


def test_a_passive_of_doing_reports_nothing(nlp):
    assert extract_quotes(nlp("The ferry was launched by the mayor in May.")) == []


def test_a_cited_reason_is_not_the_source(nlp):
    text = "Citing a bad harvest, the farmer blamed the weather for the losses."
    assert speaker(one(nlp, text, "blamed")) == "the farmer"


def test_a_cited_source_still_speaks(nlp):
    text = "The newspaper reported, citing officials, that the port would close."
    assert speaker(one(nlp, text, "reported")) == "officials"


# (sentence, cue, speaker): a participle on the occasion of a clause, or an infinitive on a
# noun that says nothing itself, speaks for the subject of the clause around it.
BORROWED = [
    (
        "The mayor spoke at a rally announcing that the pier would reopen.",
        "announcing",
        "The mayor",
    ),
    (
        "At one point, the captain found a way to say that it was safe.",
        "say",
        "the captain",
    ),
    ("The mayor has a fair chance to show that the harbor can pay its way.", "show", "The mayor"),
]


@pytest.mark.parametrize(("text", "cue", "source"), BORROWED)
def test_an_occasion_or_a_chance_does_not_speak(nlp, text, cue, source):
    assert speaker(one(nlp, text, cue)) == source


def test_a_document_with_a_participle_still_speaks(nlp):
    text = "The board issued a statement saying that the pier was safe."
    assert [speaker(q) for q in with_cue(nlp, text, "saying")] == ["The board"]


def test_a_relative_clause_set_off_by_a_comma_reports(nlp):
    text = "The harbor board, which declined to comment, closed the pier on Monday."
    quote = one(nlp, text, "declined")
    assert quote.text == "to comment"
    assert speaker(quote).endswith("which")


def test_a_defining_relative_clause_still_reports_nothing(nlp):
    text = "Riders who declined to pay were left on the pier."
    assert with_cue(nlp, text, "declined") == []


@pytest.mark.parametrize(
    "text",
    [
        "The plan, he said, would fail within a year.",
        "The harbor, officials say, is too shallow for the new ships.",
    ],
)
def test_a_cue_set_off_inside_its_clause_reports_the_whole_clause(nlp, text):
    (quote,) = extract_quotes(nlp(text))
    assert quote.text == text.rstrip(".")
