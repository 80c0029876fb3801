"""Issue #19 (cues beyond the lexicon of saying) and #15 (speakers a reader and the gold
accept), on the real model, invented sentences: verbs of expecting, preferring, agreeing and
seeing-as; a side taken in a relative clause; a poll opening a clause; a transcript's speaker
label in capitals; "who" speakers named as written."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


# Verbs of expecting, noticing and agreeing report their clause or plan.


def test_expect_reports_what_is_expected(nlp) -> None:
    quote = _one(nlp, "Forecasters expect the storm to reach the coast by Friday.", "expect")
    assert quote.text == "the storm to reach the coast by Friday"
    assert _speaker(quote) == "Forecasters"


def test_notice_reports_its_clause(nlp) -> None:
    quote = _one(nlp, "The inspector noticed that the valves were rusted.", "noticed")
    assert quote.text == "that the valves were rusted"
    assert _speaker(quote) == "The inspector"


def test_agree_reports_the_plan(nlp) -> None:
    quote = _one(nlp, "The harbour board agreed to rebuild the old pier.", "agreed")
    assert quote.text == "to rebuild the old pier"
    assert _speaker(quote) == "The harbour board"


def test_see_as_reports_the_view(nlp) -> None:
    quote = _one(nlp, "The mayor sees the bridge as a waste of money.", "sees")
    assert quote.text == "the bridge as a waste of money"
    assert _speaker(quote) == "The mayor"


def test_seeing_a_thing_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The ferry workers saw the new timetable on Monday.", "saw")


# Sides taken: any thing proposed, and in a relative clause too.


def test_side_taken_may_be_any_proposal(nlp) -> None:
    quote = _one(nlp, "The dockers' union favors shorter night shifts.", "favors")
    assert quote.text == "shorter night shifts"


def test_person_held_up_is_no_side(nlp) -> None:
    assert not _with_cue(nlp, "She had to support the injured crewman.", "support")
    text = "On the last lift she had to support a diver whose suit had flooded."
    assert not _with_cue(nlp, text, "support")


def test_side_taken_in_a_relative_clause_is_a_stance(nlp) -> None:
    quote = _one(nlp, "Fishermen who back the quota reform met on Tuesday.", "back")
    assert quote.text == "the quota reform"
    assert _speaker(quote) == "Fishermen who"


# A poll opening a clause is its source.


def test_poll_opening_a_clause_is_its_source(nlp) -> None:
    text = "In a new harbour survey, 60 percent of residents chose the eastern route."
    quote = _one(nlp, text, "In")
    assert quote.text.endswith("chose the eastern route")
    assert _speaker(quote) == "a new harbour survey"


def test_poll_as_a_place_is_no_source(nlp) -> None:
    assert not _with_cue(nlp, "The mayor has trailed badly in the polls since May.", "in")


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


# "who" speakers: the noun as written up to the pronoun when no entity names it.


def test_who_speaker_is_named_up_to_the_pronoun(nlp) -> None:
    quote = _one(nlp, "Residents who said the flood was coming left early.", "said")
    assert _speaker(quote) == "Residents who"
