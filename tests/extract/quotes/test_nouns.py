"""Tests of extract/quotes/nouns.py: reporting cues that are nouns or source phrases.

A cue noun with its owner reports its that-clause or what it is about ("her claim that ...",
"his attack on X"), a support verb lends its subject to the noun ("raised questions about
X"), "in the view of X", and a poll opening a clause is its source. Issue #19, on the real
model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


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


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor made no mention of the new toll.", "mention", "the new toll", "The mayor"),
        (
            "Many voters have warm feelings about the new pier.",
            "feelings",
            "the new pier",
            "Many voters",
        ),
        ("Ann Roe has no doubts about the ferry plan.", "doubts", "the ferry plan", "Ann Roe"),
        (
            "The senator made several references to the old harbor.",
            "references",
            "the old harbor",
            "The senator",
        ),
    ],
)
def test_a_noun_of_mention_thought_or_attitude_reports_what_it_is_about(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_noun_of_thought_with_nothing_it_is_about_is_no_report(nlp):
    assert with_cue(nlp, "Many voters have doubts.", "doubts") == []


def test_a_verb_that_is_not_a_support_verb_lends_nothing(nlp) -> None:
    # Ignoring a complaint does not make it one's own.
    quotes = extract_quotes(nlp("The mayor ignored complaints about the harbour noise."))
    assert all(_speaker(quote) != "The mayor" for quote in quotes)


def test_in_the_view_of(nlp) -> None:
    text = "In the view of the auditor, the ferry budget is far too small."
    quote = _by_cue(nlp, text, "In the view")
    assert quote.text == "the ferry budget is far too small"
    assert _speaker(quote) == "the auditor"


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


def test_endorsement_won_names_its_giver(nlp) -> None:
    quote = one(nlp, "Jo Pell won the endorsement of the ferrymen's guild.", "endorsement")
    assert quote.text == "Jo Pell"
    assert speaker(quote) == "the ferrymen's guild"


def test_support_someone_has_of_others_is_theirs(nlp) -> None:
    quote = one(nlp, "Jo Pell has the support of most skippers.", "support")
    assert speaker(quote) == "most skippers"


def test_support_someone_has_for_a_thing_is_their_own(nlp) -> None:
    quote = one(nlp, "Jo Pell has support for the toll.", "support")
    assert quote.text == "the toll"
    assert speaker(quote) == "Jo Pell"


def test_support_drawn_from_nobody_named_is_left_out(nlp) -> None:
    assert not with_cue(nlp, "Jo Pell drew support.", "support")


def test_support_drawn_inside_a_finding_is_the_finding(nlp) -> None:
    text = "A new survey shows Jo Pell drew support from the dockworkers."
    assert not with_cue(nlp, text, "support")
    assert one(nlp, text, "shows").text == "Jo Pell drew support from the dockworkers"


# A cue noun the holder aims at someone with the verb's preposition reports its target.


def test_support_thrown_behind_someone_is_the_holders(nlp) -> None:
    quote = one(nlp, "Jo Pell threw her support behind Ada Moss on Friday.", "support")
    assert quote.text == "Ada Moss"
    assert speaker(quote) == "Jo Pell"


def test_support_pledged_to_someone_is_the_holders(nlp) -> None:
    quote = one(nlp, "The senators pledged their support to Ada Moss.", "support")
    assert quote.text == "Ada Moss"
    assert speaker(quote) == "The senators"


def test_place_or_time_after_the_noun_is_no_target(nlp) -> None:
    assert not with_cue(nlp, "Jo Pell restated her position at a harbour meeting.", "position")
    assert not with_cue(nlp, "Jo Pell sharpened her criticism on Friday.", "criticism")


# A verb of the third person read as a plural noun heading its sentence.


def test_verb_read_as_a_noun_reports_its_clause(nlp) -> None:
    quote = one(nlp, "Jo Pell claims he's worth ten ferries.", "claims")
    assert quote.text == "he's worth ten ferries"
    assert speaker(quote) == "Jo Pell"


def test_verb_read_as_a_noun_reports_its_infinitive(nlp) -> None:
    text = "The skipper plans to sail home to the harbour town by Friday."
    quote = one(nlp, text, "plans")
    assert quote.text.startswith("to sail home")
    assert speaker(quote) == "The skipper"


# A possessive cue noun in a verb's phrase of time, cause or means keeps its own owner.


def test_noun_in_a_phrase_of_means_keeps_its_possessive(nlp) -> None:
    text = "Jo Pell angered the skippers with his remarks about the toll."
    quote = one(nlp, text, "remarks")
    assert quote.text == "the toll"
    assert speaker(quote) == "his"


def test_noun_clause_in_a_phrase_of_means_keeps_its_possessive(nlp) -> None:
    text = "Jo Pell gained no ground with his complaints that the board had been unfair."
    assert speaker(one(nlp, text, "complaints")) == "his"


def test_preposition_of_a_phrasal_verb_takes_the_noun_up(nlp) -> None:
    quote = one(nlp, "Ada Moss went after his attacks on the toll.", "attacks")
    assert speaker(quote) == "Ada Moss"


def test_that_read_as_the_object_still_opens_a_noun_clause(nlp) -> None:
    text = "Tolls stayed low, defying the skippers' warnings that they would soar."
    quote = one(nlp, text, "warnings")
    assert quote.text == "that they would soar"
    assert speaker(quote) == "the skippers"


def test_owned_noun_in_apposition_to_a_phrase_of_its_own(nlp) -> None:
    text = "Central to the scheme that spring: a decision by the harbour board to widen the canal."
    quote = one(nlp, text, "decision")
    assert quote.text == "to widen the canal"
    assert speaker(quote) == "the harbour board"


def test_owned_noun_as_a_passive_subject_reports_for_its_owner(nlp) -> None:
    # Before the owner rule no owned noun about something was a report without a holder.
    quote = one(nlp, "Mr. Okafor's call to close the bridge was ignored.", "call")
    assert quote.text == "to close the bridge"
    assert speaker(quote) == "Mr. Okafor's"


# Nouns of saying take their topic after more prepositions.


def test_statements_on_a_topic_are_the_makers(nlp) -> None:
    text = "Jo Pell has made several bold statements on the toll."
    quote = one(nlp, text, "statements")
    assert quote.text == "the toll"
    assert speaker(quote) == "Jo Pell"


def test_announcement_of_a_thing_is_its_owners(nlp) -> None:
    quote = one(nlp, "Ada Moss's announcement of the new ferry came late.", "announcement")
    assert quote.text == "the new ferry"
    assert speaker(quote) == "Ada Moss's"


def test_verb_that_launches_a_cue_noun_lends_its_subject(nlp) -> None:
    text = "Ms. Varga launched a sharp attack on the ferry board."
    quote = _by_cue(nlp, text, "attack")
    assert quote.text == "the ferry board"
    assert _speaker(quote) == "Ms. Varga"


# A support verb lends its subject to the cue noun it carries.


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
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
    ],
)
def test_a_support_verb_lends_its_subject_to_its_cue_noun(nlp, text, cue, content, source):
    quote = _one(nlp, text, cue)
    assert quote.text == content
    assert _speaker(quote) == source
