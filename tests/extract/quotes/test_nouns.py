"""Cue nouns and their owners (`nouns.py`), on the real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


# A cue noun whose owner is written in its phrase and that no verb takes up reports its topic.


def test_owned_attack_as_subject_reports_its_topic(nlp) -> None:
    text = "The mayor's attacks on the harbour tax drew fire from the council."
    quote = one(nlp, text, "attacks")
    assert quote.kind == "indirect"
    assert quote.text == "the harbour tax"
    assert speaker(quote) == "The mayor's"


def test_owned_plan_reports_its_infinitive(nlp) -> None:
    quote = one(nlp, "Her plan to widen the canal would cost millions.", "plan")
    assert quote.text == "to widen the canal"
    assert speaker(quote) == "Her"


def test_owned_noun_taken_up_by_a_verb_is_what_that_verb_reports(nlp) -> None:
    assert not with_cue(nlp, "The council embraced the mayor's plan to widen the canal.", "plan")


def test_noun_under_a_verb_of_effect_is_the_reaction_of_its_object(nlp) -> None:
    text = "The mayor's remarks about the ferry angered the dockworkers."
    assert not with_cue(nlp, text, "remarks")


def test_noun_under_a_verb_making_someone_feel_is_their_reaction(nlp) -> None:
    assert not with_cue(nlp, "His criticism of the board only makes them angrier.", "criticism")


def test_place_owning_a_stance_is_no_source(nlp) -> None:
    assert not with_cue(nlp, "Freedonia's strong support for the toll has faded.", "support")


# A support verb right before the noun's phrase lends its subject to the noun's pronoun.


def test_support_verb_before_a_misparsed_noun_lends_its_subject(nlp) -> None:
    text = "Jo Pell made her first public comments about the toll lodged against the board."
    quote = one(nlp, text, "comments")
    assert speaker(quote) == "Jo Pell"
