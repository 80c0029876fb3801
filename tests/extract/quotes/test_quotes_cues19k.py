"""Issue #19: a poll's share of people speaks ("a third said the same"), and a naming verb
whose name given the parse holds inside the object or as two predicates; on the real model
and invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.extract.quotes.speakers import speaker_of
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_a_share_of_those_asked_says_the_same(nlp):
    text = "Most boat owners backed the ferry plan, and a third said the same of the new pier."
    quote = one(nlp, text, "said")
    assert (quote.text, speaker(quote)) == ("the same of the new pier", "a third")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Tim Roe called his late brother his hero.",
            "his late brother his hero",
            "Tim Roe",
        ),
        (
            "The mayor called Ms. Roe an ''Iron Lady.''",
            "Ms. Roe an ''Iron Lady.''",
            "The mayor",
        ),
        (
            'The skipper called the rival crews "pirates" and "thieves".',
            'the rival crews "pirates" and "thieves"',
            "The skipper",
        ),
    ],
)
def test_a_name_given_inside_the_object_is_what_was_said(nlp, text, content, source):
    quote = one(nlp, text, "called")
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    "text",
    [
        "The ferrymen joined a group called the Harbor Friends.",
        "Jo Roe called his brother, Tim Roe, on Sunday.",
    ],
)
def test_a_name_with_no_one_giving_it_or_a_call_is_no_report(nlp, text):
    assert with_cue(nlp, text, "called") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Several polls show Ortiz within two points of Roe.",
            "show",
            "Ortiz within two points of Roe",
            "Several polls",
        ),
        (
            "With polls showing her far behind, Roe campaigned hard.",
            "showing",
            "her far behind",
            "polls",
        ),
    ],
)
def test_a_documents_finding_runs_on_past_its_object(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_verb_of_showing_read_as_a_noun_after_its_subject_still_reports(nlp):
    text = "The fund sent 38 million to the party by May 30, state records show."
    quote = one(nlp, text, "show")
    assert (quote.text, speaker(quote)) == (
        "The fund sent 38 million to the party by May 30",
        "state records",
    )


def test_a_show_with_no_plural_subject_before_it_is_no_report(nlp):
    assert with_cue(nlp, "The harbor show drew a big crowd, and the ferry was late.", "show") == []


def test_a_headline_label_speaks_to_the_end_of_its_line(nlp):
    text = "Harbor poll: Ortiz leads Roe by ten points\nRoe pledges a new pier"
    quote = one(nlp, text, ":")
    assert (quote.text, speaker(quote)) == ("Ortiz leads Roe by ten points", "Harbor poll")


def test_a_headline_label_needs_no_verb_after_it(nlp):
    quote = one(nlp, "Mayor Roe: No deal on the ferry before May.", ":")
    assert (quote.text, speaker(quote)) == ("No deal on the ferry before May.", "Mayor Roe")


@pytest.mark.parametrize(
    "text",
    [
        "Shock: The ferry board hid its losses for years.",
        "Tuesday: the ferry sails again.",
    ],
)
def test_a_headline_kicker_or_a_day_is_no_source(nlp, text):
    assert with_cue(nlp, text, ":") == []


def test_an_answer_is_what_was_said(nlp):
    text = "Asked about the new toll, 38 percent of the fishermen said yes."
    quote = one(nlp, text, "said")
    assert (quote.text, speaker(quote)) == ("yes", "38 percent of the fishermen")


def test_an_infinitive_parsed_as_a_relative_clause_of_a_noun_borrows_the_clause_subject(nlp):
    # The parse the small model gives some of these: "to say" a relative clause of "way".
    words = ["He", "went", "out", "of", "his", "way", "to", "say", "it", "rained", "."]
    heads = [1, 1, 1, 2, 5, 3, 7, 5, 9, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "prep", "poss", "pobj", "aux", "relcl", "nsubj", "ccomp"]
    deps += ["punct"]
    pos = ["PRON", "VERB", "ADP", "ADP", "PRON", "NOUN", "PART", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["he", "go", "out", "of", "his", "way", "to", "say", "it", "rain", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[7]).text == "He"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor had no trouble backing the pier plan.", "backing", "The mayor"),
        ("She spent the day calling the plan a waste.", "calling", "She"),
    ],
)
def test_a_participle_on_the_effort_or_time_spent_borrows_the_clause_subject(
    nlp, text, cue, source
):
    assert speaker(one(nlp, text, cue)) == source
