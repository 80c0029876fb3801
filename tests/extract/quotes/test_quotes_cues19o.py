"""Issue #19: an adverb of hearsay ("reportedly") reports the clause it qualifies, naming no
one; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry company has reportedly sold two of its boats.",
            "reportedly",
            "The ferry company has reportedly sold two of its boats",
        ),
        (
            "Reportedly, the harbor board met twice in secret.",
            "Reportedly",
            "the harbor board met twice in secret",
        ),
    ],
)
def test_reportedly_reports_its_clause_with_no_speaker(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, None)


def test_reportedly_ends_before_a_participle_set_off_by_a_comma(nlp):
    quote = one(
        nlp,
        "The ferry firm has reportedly sold forty boats, leaving the staff worried.",
        "reportedly",
    )
    assert quote.text == "The ferry firm has reportedly sold forty boats"


@pytest.mark.parametrize(
    "text",
    [
        "The council read the letters the mayor reportedly burned.",
        "The skipper will reportedly sail to the island on Monday.",
    ],
)
def test_reportedly_in_a_defining_clause_or_a_future_is_no_report(nlp, text):
    assert with_cue(nlp, text, "reportedly") == []


def test_reportedly_on_a_verb_of_saying_leaves_the_verb_its_cue(nlp):
    quote = one(nlp, "The mayor reportedly said the pier would close.", "said")
    assert (quote.text, speaker(quote)) == ("the pier would close", "The mayor")
    assert with_cue(nlp, "The mayor reportedly said the pier would close.", "reportedly") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Cost figures, he added, were based on an old ferry terminal.",
            "Cost figures, he added, were based on an old ferry terminal",
        ),
        (
            'But the nets of the town, she added, are like "anchors you cannot lift."',
            'But the nets of the town, she added, are like "anchors you cannot lift."',
        ),
    ],
)
def test_added_set_off_inside_its_clause_reports_the_clause(nlp, text, content):
    quote = one(nlp, text, "added")
    assert quote.text.rstrip(".") == content.rstrip(".")
    assert speaker(quote) in ("he", "she")


def test_added_after_a_quotation_is_a_report_of_its_own(nlp):
    text = (
        '"We can still sail in May," Jo Roe said. '
        'But the new nets, she added, are "too heavy to haul."'
    )
    said = one(nlp, text, "said")
    added = one(nlp, text, "added")
    assert said.text == "We can still sail in May"
    assert speaker(added) == "she" and "too heavy to haul" in added.text


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The skipper claims to have sailed around the cape twice.",
            "to have sailed around the cape twice",
            "The skipper",
        ),
        (
            "The harbor chief kept pressing a skipper who claimed to be unsure to join the crew.",
            "to be unsure",
            "a skipper who",
        ),
    ],
)
def test_claimed_with_an_infinitive_reports_the_infinitive(nlp, text, content, source):
    quote = one(nlp, text, "claimed" if "claimed" in text else "claims")
    assert (quote.text, speaker(quote)) == (content, source)


def test_asked_if_reports_the_question(nlp):
    quote = one(nlp, "The skipper asked the mayor if she would close the pier.", "asked")
    assert (quote.text, speaker(quote)) == ("if she would close the pier", "The skipper")


def test_an_infinitive_of_asking_with_if_is_no_report_of_the_subject(nlp):
    text = "The paper hired a clerk to ask skippers if the toll rose."
    assert with_cue(nlp, text, "ask") == []


def test_what_someone_tweeted_is_what_was_said(nlp):
    quote = one(nlp, "Ann Roe tweeted a photo of the new pier.", "tweeted")
    assert (quote.text, speaker(quote)) == ("a photo of the new pier", "Ann Roe")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ann Roe denied taking the money.", "denied", "taking the money"),
        (
            "Ann Roe reported selling two old boats in May.",
            "reported",
            "selling two old boats in May",
        ),
        (
            "Ann Roe acknowledged having doubts about the pier.",
            "acknowledged",
            "having doubts about the pier",
        ),
    ],
)
def test_a_gerund_after_a_verb_of_saying_is_what_was_said(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, "Ann Roe")


def test_a_gerund_after_a_verb_of_going_on_is_no_report(nlp):
    assert with_cue(nlp, "Ann Roe continued sailing the old ferry.", "continued") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The lawyer asked for a fine of nine hundred crowns.",
            "a fine of nine hundred crowns",
            "The lawyer",
        ),
        ("Ann Roe asked the court for quick action.", "quick action", "Ann Roe"),
    ],
)
def test_what_someone_asks_for_is_what_was_said(nlp, text, content, source):
    quote = one(nlp, text, "asked")
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_relative_clause_with_a_verb_of_saying_is_a_report_of_its_own(nlp):
    text = "The mayor criticized the harbor board, which he argued wastes money on old ferries."
    criticized = one(nlp, text, "criticized")
    argued = one(nlp, text, "argued")
    assert criticized.text == "the harbor board"
    assert (argued.text, speaker(argued)) == ("which he argued wastes money on old ferries", "he")


def test_those_focused_on_something_hold_the_focus(nlp):
    quote = one(nlp, "The senators are focused on the new toll.", "focused")
    assert (quote.text, speaker(quote)) == ("the new toll", "The senators")


def test_the_one_asked_is_no_speaker(nlp):
    quote = one(nlp, "The mayor was asked about the new toll.", "asked")
    assert speaker(quote) is None
