"""`vetoes.py`: an opening clause or phrase the parse hangs on a cue as its adverbial is the
cue's circumstance, not what it reports; on the real model and invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import quotes, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue", "circumstance"),
    [
        (
            "Following a long town hall in Brackwater last week, Mayor Dana Pell boasted "
            "to reporters of her harbour staff.",
            "boasted",
            "Following a long town hall",
        ),
        (
            "After the ferry schedule was cut, the guild taunted the council by printing "
            "a new timetable.",
            "taunted",
            "After the ferry schedule was cut",
        ),
    ],
)
def test_an_opening_adverbial_of_the_cue_is_no_content(nlp, text, cue, circumstance):
    assert not any(q.text.startswith(circumstance) for q in with_cue(nlp, text, cue))


def test_a_clause_before_the_cue_is_still_reported(nlp):
    text = "The toll bridge will close in May, the harbourmaster said."
    assert [q.text for q in with_cue(nlp, text, "said")] == ["The toll bridge will close in May"]


@pytest.mark.parametrize(
    "text", ["Call it a harbour renaissance.", "Call it the economics of tides."]
)
def test_a_naming_verb_in_the_imperative_is_the_writers_own(nlp, text):
    assert with_cue(nlp, text, "Call") == []


def test_a_naming_verb_with_a_subject_still_reports(nlp):
    text = "The ferry captain called the new timetable a disgrace."
    assert [q.text for q in with_cue(nlp, text, "called")] == ["the new timetable a disgrace"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "It was the kind of flooding the harbour board warned about in its spring report.",
            "warned",
        ),
        ("Those are the tolls the ferry guild wants to talk about.", "talk"),
    ],
)
def test_a_stranded_preposition_is_no_content(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_a_preposition_with_its_object_is_still_a_content(nlp):
    text = "The harbour board warned about the flooding."
    assert [q.text for q in with_cue(nlp, text, "warned")] == ["the flooding"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is far too soon to say whether the new ferry timetable will work.", "say"),
        ("It is reasonable to say that the harbour toll has not won many friends.", "say"),
        ("It goes without saying that the bridge repairs are overdue.", "saying"),
        ("It is much too early to know whether the tide gauges were wrong.", "know"),
    ],
)
def test_a_hedge_with_an_empty_subject_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_someone_quick_to_say_still_reports(nlp):
    text = "The harbourmaster was quick to say that the tolls would stay."
    assert [q.text for q in with_cue(nlp, text, "say")] == ["that the tolls would stay"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Do you support the new harbour toll?", "support"),
        ("Why did the council reject the ferry plan?", "reject"),
    ],
)
def test_an_object_asked_about_is_no_stance(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_an_object_in_a_statement_is_still_a_stance(nlp):
    text = "The council rejected the ferry plan."
    assert [q.text for q in with_cue(nlp, text, "rejected")] == ["the ferry plan"]


def test_a_quotation_inside_its_own_source_phrase_is_no_quote(nlp):
    text = 'According to her "harbour first" plan, ferry firms must repay every subsidy.'
    assert [q.text for q in quotes(nlp, text)] == ["ferry firms must repay every subsidy"]
