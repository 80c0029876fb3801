"""Tests of extract/quotes/idioms.py: cue nouns a fixed verb carries ("took issue with Y",
"made the case that Y", "voted in favor of Y"). Issue #19, on the real model, invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, reported, speaker, with_cue

pytestmark = pytest.mark.model


def test_take_issue_with(nlp) -> None:
    quote = one(nlp, "Ms. Varga took issue with the new harbour tax.", "issue")
    assert quote.kind == "indirect"
    assert quote.text == "the new harbour tax"
    assert speaker(quote) == "Ms. Varga"


def test_take_a_swipe_at(nlp) -> None:
    quote = one(nlp, "The mayor took a swipe at the ferry board on Monday.", "swipe")
    assert quote.text.startswith("the ferry board")
    assert speaker(quote) == "The mayor"


def test_noun_without_its_verb_reports_nothing(nlp) -> None:
    # "case" and "issue" alone are no cues: a court case, an issue of a magazine.
    assert with_cue(nlp, "The case against the ferry board was dropped.", "case") == []
    assert with_cue(nlp, "Ms. Varga raised the issue with the council.", "issue") == []


def test_stance_in_a_phrase_of_the_verb(nlp) -> None:
    quote = one(nlp, "The senators voted in favor of the harbour bill.", "favor")
    assert quote.text == "the harbour bill"
    assert speaker(quote) == "The senators"
    quote = one(nlp, "Ms. Varga came out in support of the mayor.", "support")
    assert quote.text == "the mayor"
    assert speaker(quote) == "Ms. Varga"


def test_stance_phrase_denied_or_on_a_noun_reports_nothing(nlp) -> None:
    text = "Ms. Varga has not come out in support of the mayor."
    assert with_cue(nlp, text, "support") == []
    text = "The council held a rally in support of the mayor."
    assert with_cue(nlp, text, "support") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # a noun and the verb that carries it: the verb's subject speaks
        pytest.param(
            "Mr. Obel made the case that the bridge would pay for itself.",
            "case",
            "that the bridge would pay for itself",
            "Mr. Obel",
            id="make-the-case-that",
        ),
        pytest.param(
            "Ms. Varga has made no secret of her plans for the port.",
            "secret",
            "her plans for the port",
            "Ms. Varga",
            id="make-no-secret-of",
        ),
        pytest.param(
            "Ms. Varga drew a sharp contrast with her rival.",
            "contrast",
            "her rival",
            "Ms. Varga",
            id="draw-a-contrast-with",
        ),
        pytest.param(
            "Ms. Varga cast doubt on the council's figures.",
            "doubt",
            "the council's figures",
            "Ms. Varga",
            id="cast-doubt-on",
        ),
        pytest.param(
            "Ms. Varga threw her weight behind the harbour plan.",
            "weight",
            "the harbour plan",
            "Ms. Varga",
            id="throw-weight-behind",
        ),
        # a light verb's idiom of attack
        pytest.param(
            "Ann Roe took aim at the ferry tolls.",
            "aim",
            "the ferry tolls",
            "Ann Roe",
            id="took-aim-at",
        ),
        pytest.param(
            "The harbor mayor took issue with the new timetable.",
            "issue",
            "the new timetable",
            "The harbor mayor",
            id="took-issue-with",
        ),
    ],
)
def test_an_idiom_reports_its_content_for_its_verbs_subject(nlp, text, cue, content, source):
    assert reported(nlp, text, cue) == (content, source)
