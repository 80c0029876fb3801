"""Tests of extract/quotes/copulas.py: cue nouns a copula frames ("the hope is that Y",
"her goal is to Y", "there is no doubt that Y"). Issue #19, on the real model, invented
sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_noun_subject_of_a_copula_reports_its_clause_for_no_one(nlp) -> None:
    text = "The hope is that the ferry will sail again by spring."
    quote = one(nlp, text, "hope")
    assert quote.kind == "indirect"
    assert quote.text == "that the ferry will sail again by spring"
    assert speaker(quote) is None


def test_possessive_owner_is_the_source(nlp) -> None:
    quote = one(nlp, "My impression is that the board has no money left.", "impression")
    assert quote.text == "that the board has no money left"
    assert speaker(quote) == "My"


def test_infinitive_for_someone_named(nlp) -> None:
    text = "Ms. Varga's main goal is to rebuild the old harbour wall."
    quote = one(nlp, text, "goal")
    assert quote.text == "to rebuild the old harbour wall"
    assert speaker(quote) == "Ms. Varga's"


def test_infinitive_of_no_one_or_of_a_thing_reports_nothing(nlp) -> None:
    assert with_cue(nlp, "The goal is to rebuild the old harbour wall.", "goal") == []
    text = "The toll was passed last year. Its goal was to cut the traffic on the bridge."
    assert with_cue(nlp, text, "goal") == []


def test_existential_noun_with_a_that_clause(nlp) -> None:
    text = "There is broad agreement that the pier needs new pilings."
    quote = one(nlp, text, "agreement")
    assert quote.text == "that the pier needs new pilings"
    assert speaker(quote) is None


def test_existential_noun_with_its_topic(nlp) -> None:
    text = "There has been confusion about the new parking rules for weeks."
    quote = one(nlp, text, "confusion")
    assert quote.text.startswith("the new parking rules")


def test_group_where_the_view_is_held(nlp) -> None:
    text = "Among the ferry crews, there is speculation about which captain will run the new line."
    quote = one(nlp, text, "speculation")
    assert quote.text == "which captain will run the new line"
    assert speaker(quote) == "the ferry crews"


def test_maker_in_the_clause_defining_the_noun(nlp) -> None:
    text = "The boldest promise Ms. Varga has made is that the tolls will fall."
    quote = one(nlp, text, "promise")
    assert quote.text == "that the tolls will fall"
    assert speaker(quote) == "Ms. Varga"


def test_no_view_in_a_condition(nlp) -> None:
    text = "If there were doubts about the pier, the board did not say so."
    assert with_cue(nlp, text, "doubts") == []


def test_clause_without_that_for_an_owner(nlp) -> None:
    quote = one(nlp, "My advice is you should sell the boat now.", "advice")
    assert quote.text == "you should sell the boat now"
    assert speaker(quote) == "My"


def test_not_inside_another_report(nlp) -> None:
    text = "Ms. Varga said the hope is that the ferry will sail again by spring."
    assert with_cue(nlp, text, "hope") == []
