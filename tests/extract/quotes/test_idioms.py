"""Tests of extract/quotes/idioms.py: cue nouns a fixed verb carries ("took issue with Y",
"made the case that Y", "voted in favor of Y"). Issue #19, on the real model, invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

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


def test_make_the_case_that(nlp) -> None:
    text = "Mr. Obel made the case that the bridge would pay for itself."
    quote = one(nlp, text, "case")
    assert quote.text == "that the bridge would pay for itself"
    assert speaker(quote) == "Mr. Obel"


def test_make_no_secret_of(nlp) -> None:
    quote = one(nlp, "Ms. Varga has made no secret of her plans for the port.", "secret")
    assert quote.text == "her plans for the port"
    assert speaker(quote) == "Ms. Varga"


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


def test_draw_a_contrast_with(nlp) -> None:
    quote = one(nlp, "Ms. Varga drew a sharp contrast with her rival.", "contrast")
    assert quote.text == "her rival"
    assert speaker(quote) == "Ms. Varga"


def test_doubt_on(nlp) -> None:
    text = "Ms. Varga cast doubt on the council's figures."
    quote = one(nlp, text, "doubt")
    assert quote.text == "the council's figures"
    assert speaker(quote) == "Ms. Varga"


def test_throw_weight_behind(nlp) -> None:
    quote = one(nlp, "Ms. Varga threw her weight behind the harbour plan.", "weight")
    assert quote.text == "the harbour plan"
    assert speaker(quote) == "Ms. Varga"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
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
def test_a_light_verb_idiom_of_attack_reports_its_object(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)
