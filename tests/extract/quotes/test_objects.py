"""Tests of extract/quotes/objects.py: what a verb reports as its object when it reports no
clause.

Said objects and a finding's words ("a survey showed X ahead"), the preposition phrase that
carries the content ("called for a ban", "told reporters about X"), the name a naming verb
gives, a side taken, an answer; and what is no content: a thing written or found, a pronoun, a
person held up. Issues #15 and #19, on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _by_cue
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


FINDINGS = [
    (
        "A 2012 study by a state university found 14 cases of fraud.",
        "14 cases of fraud",
        "A 2012 study by a state university",
    ),
    (
        "The survey found broad support for the harbor tax.",
        "broad support for the harbor tax",
        "The survey",
    ),
]


@pytest.mark.parametrize(("text", "content", "source"), FINDINGS)
def test_a_study_reports_what_it_found(nlp, text, content, source):
    quote = one(nlp, text, "found")
    assert quote.text == content
    assert speaker(quote) == source


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "Several polls show Ortiz within two points of Roe.",
            "show",
            "Ortiz within two points of Roe",
            "Several polls",
        ),
        (
            "With polls showing her far behind, Roe campaigned hard.",
            "showing",
            "her far behind",
            "polls",
        ),
    ],
)
def test_a_documents_finding_runs_on_past_its_object(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_person_finding_a_thing_reports_nothing(nlp):
    text = "The janitor found the keys under the bench."
    assert with_cue(nlp, text, "found") == []
    assert extract_quotes(nlp(text)) == []


def test_thing_written_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master wrote the letter on Friday.", "wrote")


def test_what_someone_tweeted_is_what_was_said(nlp):
    quote = one(nlp, "Ann Roe tweeted a photo of the new pier.", "tweeted")
    assert (quote.text, speaker(quote)) == ("a photo of the new pier", "Ann Roe")


def test_pronoun_object_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master repeated it twice.", "repeated")


def test_imperative_has_no_speaker_and_reports_nothing(nlp) -> None:
    assert not _with_cue(nlp, "Read the full ferry report on our website.", "Read")


def test_an_answer_is_what_was_said(nlp):
    text = "Asked about the new toll, 38 percent of the fishermen said yes."
    quote = one(nlp, text, "said")
    assert (quote.text, speaker(quote)) == ("yes", "38 percent of the fishermen")


def test_defend_reports_what_is_defended(nlp) -> None:
    quote = _one(nlp, "The mayor defended her plan for a second ferry.", "defended")
    assert quote.text.startswith("her plan")
    assert _speaker(quote) == "The mayor"


def test_criticized_for_something_is_a_quote(nlp) -> None:
    quote = _one(nlp, "Mayor Okafor criticized Ransome for his record on taxes.", "criticized")
    assert "his record on taxes" in quote.text
    assert _speaker(quote) == "Mayor Okafor"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor welcomed the new quota rules.",
            "welcomed",
            "the new quota rules",
            "The mayor",
        ),
        (
            "The captain disputes the official figure.",
            "disputes",
            "the official figure",
            "The captain",
        ),
        (
            "The mayor has long championed a second ferry line.",
            "championed",
            "a second ferry line",
            "The mayor",
        ),
    ],
)
def test_a_verb_of_attitude_reports_its_object(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_see_as_reports_the_view(nlp) -> None:
    quote = _one(nlp, "The mayor sees the bridge as a waste of money.", "sees")
    assert quote.text == "the bridge as a waste of money"
    assert _speaker(quote) == "The mayor"


def test_seeing_a_thing_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The ferry workers saw the new timetable on Monday.", "saw")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Tim Roe called his late brother his hero.",
            "his late brother his hero",
            "Tim Roe",
        ),
        (
            "The mayor called Ms. Roe an ''Iron Lady.''",
            "Ms. Roe an ''Iron Lady.''",
            "The mayor",
        ),
        (
            'The skipper called the rival crews "pirates" and "thieves".',
            'the rival crews "pirates" and "thieves"',
            "The skipper",
        ),
    ],
)
def test_a_name_given_inside_the_object_is_what_was_said(nlp, text, content, source):
    quote = one(nlp, text, "called")
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    "text",
    [
        "The ferrymen joined a group called the Harbor Friends.",
        "Jo Roe called his brother, Tim Roe, on Sunday.",
    ],
)
def test_a_name_with_no_one_giving_it_or_a_call_is_no_report(nlp, text):
    assert with_cue(nlp, text, "called") == []


def test_stance_verb_with_a_proposal_is_a_report(nlp) -> None:
    text = "The farmers' union strongly supports the water bill."
    quote = _by_cue(nlp, text, "supports")
    assert quote.text == "the water bill"
    assert "union" in _speaker(quote)


def test_stance_verb_holding_someone_up_is_not_a_report(nlp) -> None:
    text = "The diver had to support a tired swimmer all the way to the boat."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "support"]


def test_candidate_endorsed_is_a_stance(nlp) -> None:
    quote = _one(nlp, "The dockers' union endorsed Ransome on Monday.", "endorsed")
    assert quote.text == "Ransome"


# Sides taken: any thing proposed (in a relative clause too: test_cues.py).


def test_side_taken_may_be_any_proposal(nlp) -> None:
    quote = _one(nlp, "The dockers' union favors shorter night shifts.", "favors")
    assert quote.text == "shorter night shifts"


def test_person_held_up_is_no_side(nlp) -> None:
    assert not _with_cue(nlp, "She had to support the injured crewman.", "support")
    text = "On the last lift she had to support a diver whose suit had flooded."
    assert not _with_cue(nlp, text, "support")


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The harbor mayor endorsed her on Sunday.", "endorsed", "her", "The harbor mayor"),
        ("Many voters strongly opposed it.", "opposed", "it", "Many voters"),
    ],
)
def test_a_side_taken_by_someone_may_be_a_pronoun(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_thing_that_supports_a_pronoun_takes_no_side(nlp):
    assert with_cue(nlp, "The old beams support it.", "support") == []


def test_referring_to_reports_what_is_meant(nlp) -> None:
    quote = _one(nlp, "Ms. Varga was referring to the new harbour tax.", "referring")
    assert quote.text.endswith("the new harbour tax")
    assert _speaker(quote) == "Ms. Varga"


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor wrote about the new toll.", "wrote", "the new toll", "The mayor"),
        ("Jo Roe hinted at a recount.", "hinted", "a recount", "Jo Roe"),
        ("The mayor spoke against the toll.", "spoke", "the toll", "The mayor"),
    ],
)
def test_a_verb_of_talking_reports_the_topic_after_its_preposition(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor lashed out at the ferry board.", "lashed out", "the ferry board", "The mayor"),
        ("Jo Roe apologized for the delay.", "apologized", "the delay", "Jo Roe"),
        ("The mayor scoffed at the new toll.", "scoffed", "the new toll", "The mayor"),
    ],
)
def test_a_verb_of_attack_or_apology_reports_its_target(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor sided with the ferry crews.", "sided", "the ferry crews", "The mayor"),
        ("Many voters disagree with the toll plan.", "disagree", "the toll plan", "Many voters"),
    ],
)
def test_an_agreeing_verb_reports_the_side_taken(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


def test_things_that_agree_take_no_side(nlp):
    assert with_cue(nlp, "The new figures agree with the old ones.", "agree") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The mayor railed against the new toll.", "railed", "the new toll"),
        ("The mayor pushed for a recount.", "pushed", "a recount"),
    ],
)
def test_a_verb_of_advocacy_reports_the_side_it_takes(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, "The mayor")


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The harbor office did not respond to questions from the crew.",
            "respond",
            "questions from the crew",
            "The harbor office",
        ),
        ("Jo Roe replied to the charges on Sunday.", "replied", "the charges", "Jo Roe"),
    ],
)
def test_an_answering_verb_reports_what_it_answers(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    "text", ["The mayor responded to it.", "The mayor responded to Roe's letter."]
)
def test_an_answer_to_a_pronoun_or_to_someone_elses_words_is_no_report(nlp, text):
    assert with_cue(nlp, text, "responded") == []


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("The mayor told reporters about the new toll.", "told", "the new toll", "The mayor"),
        ("Aides briefed the mayor on the ferry plan.", "briefed", "the ferry plan", "Aides"),
    ],
)
def test_what_someone_is_told_about_is_the_content_not_whom_it_is_told(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The lawyer asked for a fine of nine hundred crowns.",
            "a fine of nine hundred crowns",
            "The lawyer",
        ),
        ("Ann Roe asked the court for quick action.", "quick action", "Ann Roe"),
    ],
)
def test_what_someone_asks_for_is_what_was_said(nlp, text, content, source):
    quote = one(nlp, text, "asked")
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_call_for_someone_to_act_reports_the_clause_after_for(nlp):
    quote = one(nlp, "The mayor called for the ferry board to resign.", "called")
    assert (quote.text, speaker(quote)) == ("the ferry board to resign", "The mayor")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Most voters see the toll as a mistake.", "the toll as a mistake", "Most voters"),
        ("They see the pier as unsafe.", "the pier as unsafe", "They"),
    ],
)
def test_what_someone_sees_something_as_is_their_view(nlp, text, content, source):
    quote = one(nlp, text, "see")
    assert (quote.text, speaker(quote)) == (content, source)


def test_a_time_clause_after_seeing_is_no_view(nlp):
    assert with_cue(nlp, "She saw the ferry as she drove home.", "saw") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbor mayor pushed back on those charges.", "those charges", "The harbor mayor"),
        (
            "The union leaders pushed back against the new toll.",
            "the new toll",
            "The union leaders",
        ),
        ("Voters have pushed against the new toll.", "the new toll", "Voters"),
    ],
)
def test_pushing_back_on_or_against_reports_what_is_pushed_against(nlp, text, content, source):
    quote = one(nlp, text, "pushed")
    assert (quote.text, speaker(quote)) == (content, source)
