"""Tests of extract/quotes/frames.py: speakers framed by punctuation rather than by a
verb.

A colon before a quotation (in the next paragraph too, after "From", after a heading's dash),
a dash after one, a headline's or a transcript's label, and a short clause closing a
quotation whatever its verb. On the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker_text as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_quotes_model_dash_attribution(nlp) -> None:
    quote = _one(nlp, '"Nobody expected the storm to turn so fast." — Harbourmaster Ola Dahl')
    assert quote.kind == "direct"
    assert "Ola Dahl" in _speaker(quote)
    assert quote.cue == "—"


def test_quotes_model_colon_introduction_in_the_next_paragraph(nlp) -> None:
    text = 'The mayor said:\n\n"We will rebuild the pier before summer."'
    quote = _one(nlp, text)
    assert (quote.kind, _speaker(quote)) == ("direct", "The mayor")


def test_quotes_model_from_colon(nlp) -> None:
    quote = _one(nlp, 'From the harbour office: "All boats must stay in port tonight."')
    assert _speaker(quote) == "the harbour office"


# A quotation closed on a comma and followed by "subject verb." names its speaker, whatever
# the verb.


def test_tail_clause_names_the_speaker_of_any_verb(nlp) -> None:
    text = (
        "The council met on Monday.\n\n“The bridge will stand,” an angry Mayor Dahl "
        "retaliated. “It has stood for a century.”\n\nThe vote is next week."
    )
    quotes = _with_cue(nlp, text, "retaliated")
    assert [q.text for q in quotes] == ["The bridge will stand", "It has stood for a century."]
    assert {_speaker(q) for q in quotes} == {"an angry Mayor Dahl"}
    assert quotes[1].continues == quotes[0].id


def test_tail_clause_with_an_object_is_no_frame(nlp) -> None:
    text = "“Hold the line,” the coach painted the fence."
    assert _with_cue(nlp, text, "painted") == []


# Transcripts: a speaker label in capitals owns its line.


def test_transcript_label_in_capitals_is_the_speaker(nlp) -> None:
    text = (
        "Part of the interview follows.\n\n"
        "HOLM: Well, I think the ferry must run all winter, whatever it costs.\n\n"
        "OKAFOR: And do you think the council will pay for it?"
    )
    quotes = extract_quotes(nlp(text))
    assert [(_speaker(quote), quote.cue) for quote in quotes] == [
        ("HOLM", ":"),
        ("OKAFOR", ":"),
    ]
    assert quotes[0].text.startswith("Well, I think")


def test_place_in_capitals_is_a_dateline_not_a_speaker(nlp) -> None:
    text = "Notes.\n\nLONDON: The port reopened on Monday after a long strike."
    assert not _with_cue(nlp, text, ":")


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


@pytest.mark.parametrize(
    ("heading", "source"),
    [
        ("FERRY POLLS CLOSED TOO EARLY - Jo Roe and Tim Doe", "Jo Roe and Tim Doe"),
        ("More from Roe", "Roe"),
    ],
)
def test_a_colon_frame_after_a_heading_dash_names_its_speaker(nlp, heading, source):
    text = (
        f'The ferry season opened this week.\n\n{heading}: "The harbor polls closed too early in'
        ' the week, and nobody in the town knew about the vote."'
    )
    quote = one(nlp, text, ":")
    assert speaker(quote) == source
