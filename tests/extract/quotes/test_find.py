"""Issue #5's quote patterns end to end on the real model, with invented sentences."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Quote

pytestmark = pytest.mark.model


def _quotes(nlp, text: str) -> list[Quote]:
    quotes = extract_quotes(nlp(text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    return quotes


def _one(nlp, text: str) -> Quote:
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def _speaker(quote: Quote) -> str:
    assert quote.speaker is not None, quote
    return quote.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        '"The water is still rising," ferry pilot Tom Berg said.',
        '"The water is still rising," said Tom Berg, a ferry pilot.',
        "“The water is still rising,” Tom Berg said.",
        "``The water is still rising,'' Tom Berg said.",
        "''The water is still rising,'' Tom Berg said.",
        'Tom Berg said: "The water is still rising."',
    ],
)
def test_quotes_model_direct_every_mark_style_and_order(nlp, text: str) -> None:
    quote = _one(nlp, text)
    assert quote.kind == "direct"
    assert quote.text.startswith("The water is still rising")
    assert "Tom Berg" in _speaker(quote)
    assert quote.source_type == "person"


def test_quotes_model_split_quote_keeps_one_speaker(nlp) -> None:
    text = '"We are ready," coach Ana Ruiz said. "The team has trained all winter."'
    first, second = _quotes(nlp, text)
    assert (first.kind, second.kind) == ("direct", "direct")
    assert _speaker(first) == _speaker(second)
    assert "Ana Ruiz" in _speaker(first)
    assert second.continues == first.id


def test_quotes_model_quote_over_several_sentences(nlp) -> None:
    text = '"The dam held. Nobody was hurt," the engineer said.'
    quote = _one(nlp, text)
    assert quote.text == "The dam held. Nobody was hurt"
    assert _speaker(quote) == "the engineer"


def test_quotes_model_multi_paragraph_quote_takes_the_first_speaker(nlp) -> None:
    text = (
        'The mayor spoke at noon. "We will rebuild the pier before summer," she said.\n\n'
        '"The money is there and the builders are ready to start next week.'
    )
    first, second = _quotes(nlp, text)
    assert second.kind == "direct"
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The harbour board said the ferry would run again on Friday.",
            "the ferry would run again on Friday",
            "The harbour board",
            "said",
        ),
        (
            "The minister told reporters that the talks had failed.",
            "that the talks had failed",
            "The minister",
            "told",
        ),
        (
            "The ferry will run again on Friday, the harbour board said.",
            "The ferry will run again on Friday",
            "the harbour board",
            "said",
        ),
        (
            "According to the coast guard, the crew is safe.",
            "the crew is safe",
            "the coast guard",
            "according to",
        ),
        (
            "The crew is safe, according to the coast guard.",
            "The crew is safe",
            "the coast guard",
            "according to",
        ),
        (
            "The union warned that the strike would spread to other ports.",
            "that the strike would spread to other ports",
            "The union",
            "warned",
        ),
    ],
)
def test_quotes_model_indirect_speech(nlp, text, content, speaker, cue) -> None:
    quote = _one(nlp, text)
    assert (quote.kind, quote.text, _speaker(quote), (quote.cue or "").lower()) == (
        "indirect",
        content,
        speaker,
        cue,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The company's statement said the plant would close in May.",
        "A statement from the company said the plant would close in May.",
        "In a statement, the company said the plant would close in May.",
    ],
)
def test_quotes_model_statements(nlp, text: str) -> None:
    quote = _one(nlp, text)
    assert quote.text == "the plant would close in May"
    assert "company" in _speaker(quote)


def test_quotes_model_statement_is_a_document_source(nlp) -> None:
    quote = _one(nlp, "The company's statement said the plant would close in May.")
    assert quote.source_type == "document"


def test_quotes_model_mixed_quote(nlp) -> None:
    quote = _one(nlp, 'The skipper said he would "never go back to sea" after the storm.')
    assert quote.kind == "mixed"
    assert '"never go back to sea"' in quote.text
    assert _speaker(quote) == "The skipper"


def test_quotes_model_nested_report_keeps_the_nearest_speaker(nlp) -> None:
    text = 'The farmer said he would "never sell the land," the local paper reported.'
    quote = _one(nlp, text)
    assert quote.kind == "mixed"
    assert _speaker(quote) == "The farmer"
    assert quote.reported_by is not None and quote.reported_by.text == "the local paper"


def test_quotes_model_citing_a_source(nlp) -> None:
    text = "The Harbour Gazette reported, citing two port officials, that the ferry was sold."
    quote = _one(nlp, text)
    assert quote.text == "that the ferry was sold"
    assert _speaker(quote) == "two port officials"
    assert quote.reported_by is not None and quote.reported_by.text == "The Harbour Gazette"


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


def test_quotes_model_unnamed_speakers(nlp) -> None:
    quote = _one(nlp, "Officials said the road would stay closed until Monday.")
    assert (_speaker(quote), quote.source_type) == ("Officials", "unnamed")


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "peace plan" was dropped on Monday.',
        'They watched "The Long Night" at the harbour cinema on Friday.',
        "The storm reached the coast late on Monday and flooded the quay.",
    ],
)
def test_quotes_model_scare_quotes_titles_and_the_writers_words_are_not_quotes(
    nlp, text: str
) -> None:
    assert _quotes(nlp, text) == []
