"""Issue #19 (indirect speech beyond a that-clause) and #15 (quotes a reader would accept), on
the real model, invented sentences: said objects, cue nouns with what they are about, verbs of
seeming, and what is not a quote (a name as a verb's target, a thing written or found)."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


# Said objects: a verb of saying, thinking or showing with no clause reports its object.


def test_finding_verb_reports_its_object(nlp) -> None:
    quote = _one(nlp, "A new survey showed the mayor well ahead of her rival.", "showed")
    assert quote.kind == "indirect"
    assert quote.text.startswith("the mayor")
    assert _speaker(quote) == "A new survey"


def test_thing_written_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master wrote the letter on Friday.", "wrote")


def test_pronoun_object_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master repeated it twice.", "repeated")


def test_imperative_has_no_speaker_and_reports_nothing(nlp) -> None:
    assert not _with_cue(nlp, "Read the full ferry report on our website.", "Read")


# Verbs beyond the lexicon of saying: seeking, defending, referring, talking about.


def test_seek_reports_the_plan(nlp) -> None:
    quote = _one(nlp, "The dockers' union sought to delay the vote until June.", "sought")
    assert quote.text.startswith("to delay the vote")
    assert "union" in _speaker(quote)


def test_defend_reports_what_is_defended(nlp) -> None:
    quote = _one(nlp, "The mayor defended her plan for a second ferry.", "defended")
    assert quote.text.startswith("her plan")
    assert _speaker(quote) == "The mayor"


def test_referring_to_reports_what_is_meant(nlp) -> None:
    quote = _one(nlp, "Ms. Varga was referring to the new harbour tax.", "referring")
    assert quote.text.endswith("the new harbour tax")
    assert _speaker(quote) == "Ms. Varga"


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


def test_someone_elses_plan_embraced_is_not_their_quote(nlp) -> None:
    text = "The council has embraced Mr. Okafor's plan for a second bridge."
    assert not _with_cue(nlp, text, "plan")


# Verbs of seeming.


def test_seem_reports_the_clause_of_someone(nlp) -> None:
    quote = _one(nlp, "Voters seem tired of the long ferry strike.", "seem")
    assert "tired of the long ferry strike" in quote.text
    assert _speaker(quote) == "Voters"


def test_cue_inside_a_seeming_keeps_its_own_report(nlp) -> None:
    quotes = extract_quotes(nlp("Voters seem to prefer a candidate from outside politics."))
    assert [(quote.cue, quote.text, _speaker(quote)) for quote in quotes] == [
        ("prefer", "a candidate from outside politics", "Voters")
    ]


def test_it_appears_that_has_no_speaker(nlp) -> None:
    quote = _one(nlp, "It appears that the ferry will close in May.", "appears")
    assert quote.text == "that the ferry will close in May"
    assert quote.speaker is None


def test_appearing_somewhere_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The mayor appeared on television on Sunday.", "appeared")


def test_thing_that_seems_has_no_speaker(nlp) -> None:
    quote = _one(nlp, "The plan seems sound to most engineers.", "seems")
    assert quote.speaker is None


# Issue #15: the target of a verb is not what was said; a side taken is a stance. Issue #19:
# a verb of judging reports the name it judges when someone judges in a main clause (PolNeAR
# marks it), not in a phrase on a noun.


def test_person_criticized_by_someone_is_what_was_judged(nlp) -> None:
    text = "Mayor Okafor criticized Bill Ransome at the debate."
    assert _one(nlp, text, "criticized").text == "Bill Ransome"


def test_person_criticized_in_a_phrase_on_a_noun_is_not_a_quote(nlp) -> None:
    text = "A leaflet criticizing Bill Ransome was handed out at the debate."
    assert not _with_cue(nlp, text, "criticizing")


def test_criticized_for_something_is_a_quote(nlp) -> None:
    quote = _one(nlp, "Mayor Okafor criticized Ransome for his record on taxes.", "criticized")
    assert "his record on taxes" in quote.text
    assert _speaker(quote) == "Mayor Okafor"


def test_candidate_endorsed_is_a_stance(nlp) -> None:
    quote = _one(nlp, "The dockers' union endorsed Ransome on Monday.", "endorsed")
    assert quote.text == "Ransome"


# Nesting (issue #19): an attribution whose content holds another is the one kept.


def test_report_inside_a_finding_keeps_the_outer_source(nlp) -> None:
    text = "The harbour survey found that most skippers said the fees were too high."
    quotes = extract_quotes(nlp(text))
    assert [(quote.cue, _speaker(quote)) for quote in quotes] == [("found", "The harbour survey")]
