"""Tests of extract/quotes/nouns.py: reporting cues that are nouns or source phrases.

A cue noun with its owner reports its that-clause or what it is about ("her claim that ...",
"his attack on X"), a support verb lends its subject to the noun ("raised questions about
X"), "in the view of X", and a poll opening a clause is its source. Issue #19, on the real
model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, reported, speaker, with_cue
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


# (sentence, cue, content, speaker) of the readings of a cue noun that report a content for
# someone (test_a_cue_noun_reports_its_content_for_its_owner, at the end): the id names the
# reading.
NOUNS_SAID = [
    # a cue noun with what it is about, or its infinitive, for the subject of the verb holding it
    pytest.param(
        "The senator renewed her attack on the harbour tax.",
        "attack",
        "the harbour tax",
        "The senator",
        id="noun-with-preposition",
    ),
    pytest.param(
        "The mayor dropped her pledge to cut ferry fares.",
        "pledge",
        "to cut ferry fares",
        "The mayor",
        id="noun-with-infinitive",
    ),
    # a noun of mention, thought or attitude: what it is about
    pytest.param(
        "The mayor made no mention of the new toll.",
        "mention",
        "the new toll",
        "The mayor",
        id="mention-of",
    ),
    pytest.param(
        "Many voters have warm feelings about the new pier.",
        "feelings",
        "the new pier",
        "Many voters",
        id="feelings-about",
    ),
    pytest.param(
        "Ann Roe has no doubts about the ferry plan.",
        "doubts",
        "the ferry plan",
        "Ann Roe",
        id="doubts-about",
    ),
    pytest.param(
        "The senator made several references to the old harbor.",
        "references",
        "the old harbor",
        "The senator",
        id="references-to",
    ),
    # "in the view of X" qualifies a clause
    pytest.param(
        "In the view of the auditor, the ferry budget is far too small.",
        "In the view",
        "the ferry budget is far too small",
        "the auditor",
        id="in-the-view-of",
    ),
    # an owned noun no verb takes up reports its infinitive
    pytest.param(
        "Her plan to widen the canal would cost millions.",
        "plan",
        "to widen the canal",
        "Her",
        id="owned-plan",
    ),
    # a stance received names its giver; one held for a thing is the holder's
    pytest.param(
        "Jo Pell won the endorsement of the ferrymen's guild.",
        "endorsement",
        "Jo Pell",
        "the ferrymen's guild",
        id="endorsement-won",
    ),
    pytest.param(
        "Jo Pell has support for the toll.",
        "support",
        "the toll",
        "Jo Pell",
        id="support-for-a-thing",
    ),
    # a cue noun aimed at someone with the verb's preposition reports its target
    pytest.param(
        "Jo Pell threw her support behind Ada Moss on Friday.",
        "support",
        "Ada Moss",
        "Jo Pell",
        id="support-thrown-behind",
    ),
    pytest.param(
        "The senators pledged their support to Ada Moss.",
        "support",
        "Ada Moss",
        "The senators",
        id="support-pledged-to",
    ),
    # a verb of the third person read as a plural noun
    pytest.param(
        "Jo Pell claims he's worth ten ferries.",
        "claims",
        "he's worth ten ferries",
        "Jo Pell",
        id="verb-read-as-noun-clause",
    ),
    # a possessive cue noun keeps its own owner
    pytest.param(
        "Jo Pell angered the skippers with his remarks about the toll.",
        "remarks",
        "the toll",
        "his",
        id="owner-in-a-phrase-of-means",
    ),
    pytest.param(
        "Tolls stayed low, defying the skippers' warnings that they would soar.",
        "warnings",
        "that they would soar",
        "the skippers",
        id="that-read-as-object",
    ),
    pytest.param(
        "Central to the scheme that spring: a decision by the harbour board to widen the canal.",
        "decision",
        "to widen the canal",
        "the harbour board",
        id="owner-in-apposition",
    ),
    pytest.param(
        "Mr. Okafor's call to close the bridge was ignored.",
        "call",
        "to close the bridge",
        "Mr. Okafor's",
        id="owner-of-a-passive-subject",
    ),
    # nouns of saying take their topic after more prepositions
    pytest.param(
        "Jo Pell has made several bold statements on the toll.",
        "statements",
        "the toll",
        "Jo Pell",
        id="statements-on",
    ),
    pytest.param(
        "Ada Moss's announcement of the new ferry came late.",
        "announcement",
        "the new ferry",
        "Ada Moss's",
        id="announcement-of",
    ),
    # a verb that launches or carries a cue noun lends it its subject
    pytest.param(
        "Ms. Varga launched a sharp attack on the ferry board.",
        "attack",
        "the ferry board",
        "Ms. Varga",
        id="launched-an-attack-on",
    ),
    pytest.param(
        "The captain raised questions about the harbour budget.",
        "questions",
        "the harbour budget",
        "The captain",
        id="raised-questions-about",
    ),
    pytest.param(
        "The minister voiced support for the ferry strike.",
        "support",
        "the ferry strike",
        "The minister",
        id="voiced-support-for",
    ),
]


def test_cue_noun_with_possessor_reports_its_clause(nlp) -> None:
    text = "The senator repeated her claim that the harbour tax would double next spring."
    quote = _by_cue(nlp, text, "claim")
    assert quote.kind == "indirect"
    assert quote.text == "that the harbour tax would double next spring"
    # "her" stands for the subject of the verb that holds the noun.
    assert _speaker(quote) == "The senator"


def test_cue_noun_owner_after_from(nlp) -> None:
    text = "Critics dismissed a warning from Ms. Varga that the dam could fail."
    quote = _by_cue(nlp, text, "warning")
    assert quote.text == "that the dam could fail"
    assert "Varga" in _speaker(quote)


def test_position_is_that(nlp) -> None:
    text = "The governor's position is that the bridge must close for repairs."
    quote = _by_cue(nlp, text, "position")
    assert quote.text == "that the bridge must close for repairs"
    assert "governor" in _speaker(quote)


def test_cue_noun_without_owner_is_not_a_quote(nlp) -> None:
    text = "The claim that the harbour tax would double was false."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "claim"]


# Cue nouns with what they are about.


def test_someone_elses_plan_embraced_is_not_their_quote(nlp) -> None:
    text = "The council has embraced Mr. Okafor's plan for a second bridge."
    assert not _with_cue(nlp, text, "plan")


def test_a_noun_of_thought_with_nothing_it_is_about_is_no_report(nlp):
    assert with_cue(nlp, "Many voters have doubts.", "doubts") == []


def test_a_verb_that_is_not_a_support_verb_lends_nothing(nlp) -> None:
    # Ignoring a complaint does not make it one's own.
    quotes = extract_quotes(nlp("The mayor ignored complaints about the harbour noise."))
    assert all(_speaker(quote) != "The mayor" for quote in quotes)


# A poll opening a clause is its source.


def test_poll_opening_a_clause_is_its_source(nlp) -> None:
    text = "In a new harbour survey, 60 percent of residents chose the eastern route."
    quote = _one(nlp, text, "In")
    assert quote.text.endswith("chose the eastern route")
    assert _speaker(quote) == "a new harbour survey"


def test_poll_as_a_place_is_no_source(nlp) -> None:
    assert not _with_cue(nlp, "The mayor has trailed badly in the polls since May.", "in")


def test_poll_phrase_is_the_source_of_its_respondents(nlp) -> None:
    text = "In a new survey released Sunday, 60 percent of farmers said they would back the tax."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert "survey" in _speaker(quotes[0])
    assert quotes[0].text.startswith("60 percent of farmers said")


def test_report_phrase_leaves_its_finder_the_source(nlp) -> None:
    text = "In the report, the agency found that the pier was unsafe."
    quote = _by_cue(nlp, text, "found")
    assert _speaker(quote) == "the agency"


# A cue noun whose owner is written in its phrase and that no verb takes up reports its topic.


def test_owned_attack_as_subject_reports_its_topic(nlp) -> None:
    text = "The mayor's attacks on the harbour tax drew fire from the council."
    quote = one(nlp, text, "attacks")
    assert quote.kind == "indirect"
    assert quote.text == "the harbour tax"
    assert speaker(quote) == "The mayor's"


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
    text = "Jo Pell made her earliest open comments about the toll charged against the board."
    quote = one(nlp, text, "comments")
    assert speaker(quote) == "Jo Pell"


# A stance someone receives reports the giver's stance toward the subject.


def test_support_drawn_from_someone_is_their_stance_toward_the_subject(nlp) -> None:
    text = "The harbour master drew strong support from the dockworkers."
    quote = one(nlp, text, "support")
    assert quote.kind == "indirect"
    assert quote.text == "The harbour master"
    assert speaker(quote) == "the dockworkers"


def test_support_someone_has_of_others_is_theirs(nlp) -> None:
    quote = one(nlp, "Jo Pell has the support of most skippers.", "support")
    assert speaker(quote) == "most skippers"


def test_support_drawn_from_nobody_named_is_left_out(nlp) -> None:
    assert not with_cue(nlp, "Jo Pell drew support.", "support")


def test_support_drawn_inside_a_finding_is_the_finding(nlp) -> None:
    text = "A new survey shows Jo Pell drew support from the dockworkers."
    assert not with_cue(nlp, text, "support")
    assert one(nlp, text, "shows").text == "Jo Pell drew support from the dockworkers"


# A cue noun the holder aims at someone with the verb's preposition reports its target.


def test_place_or_time_after_the_noun_is_no_target(nlp) -> None:
    assert not with_cue(nlp, "Jo Pell restated her position at a harbour meeting.", "position")
    assert not with_cue(nlp, "Jo Pell sharpened her criticism on Friday.", "criticism")


# A verb of the third person read as a plural noun heading its sentence.


def test_verb_read_as_a_noun_reports_its_infinitive(nlp) -> None:
    text = "The skipper plans to sail home to the harbour town by Friday."
    quote = one(nlp, text, "plans")
    assert quote.text.startswith("to sail home")
    assert speaker(quote) == "The skipper"


# A possessive cue noun in a verb's phrase of time, cause or means keeps its own owner.


def test_noun_clause_in_a_phrase_of_means_keeps_its_possessive(nlp) -> None:
    text = "Jo Pell gained no ground with his complaints that the board had been unfair."
    assert speaker(one(nlp, text, "complaints")) == "his"


def test_preposition_of_a_phrasal_verb_takes_the_noun_up(nlp) -> None:
    quote = one(nlp, "Ada Moss went after his attacks on the toll.", "attacks")
    assert speaker(quote) == "Ada Moss"


@pytest.mark.parametrize(("text", "cue", "content", "source"), NOUNS_SAID)
def test_a_cue_noun_reports_its_content_for_its_owner(nlp, text, cue, content, source):
    assert reported(nlp, text, cue) == (content, source)
