"""Tests of extract/quotes/objects.py: what a verb reports as its object when it reports no
clause.

Said objects and a finding's words ("a survey showed X ahead"), the preposition phrase that
carries the content ("called for a ban", "told reporters about X"), the name a naming verb
gives, a side taken, an answer, what someone makes public ("released the returns"); and what
is no content: a thing written or found, a pronoun, a person held up, a document issued that
speaks for itself. Issues #15 and #19, on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, reported, speaker, with_cue
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


# (sentence, cue, content, speaker): what a verb reports as its object or its preposition's
# object, and who reports it; the id names the rule, then the verb.
REPORTED_OBJECTS = [
    # a study's or a document's finding (past its object: "polls show X within two points")
    pytest.param(
        "A 2012 study by a state university found 14 cases of fraud.",
        "found",
        "14 cases of fraud",
        "A 2012 study by a state university",
        id="study-found",
    ),
    pytest.param(
        "The survey found broad support for the harbor tax.",
        "found",
        "broad support for the harbor tax",
        "The survey",
        id="survey-found",
    ),
    pytest.param(
        "Several polls show Ortiz within two points of Roe.",
        "show",
        "Ortiz within two points of Roe",
        "Several polls",
        id="finding-past-object-show",
    ),
    pytest.param(
        "With polls showing her far behind, Roe campaigned hard.",
        "showing",
        "her far behind",
        "polls",
        id="finding-past-object-showing",
    ),
    # what someone tweeted; an answer
    pytest.param(
        "Ann Roe tweeted a photo of the new pier.",
        "tweeted",
        "a photo of the new pier",
        "Ann Roe",
        id="tweeted",
    ),
    pytest.param(
        "Asked about the new toll, 38 percent of the fishermen said yes.",
        "said",
        "yes",
        "38 percent of the fishermen",
        id="answer-said-yes",
    ),
    # a verb of attitude
    pytest.param(
        "The mayor welcomed the new quota rules.",
        "welcomed",
        "the new quota rules",
        "The mayor",
        id="attitude-welcomed",
    ),
    pytest.param(
        "The captain disputes the official figure.",
        "disputes",
        "the official figure",
        "The captain",
        id="attitude-disputes",
    ),
    pytest.param(
        "The mayor has long championed a second ferry line.",
        "championed",
        "a second ferry line",
        "The mayor",
        id="attitude-championed",
    ),
    # a view: what someone sees something as
    pytest.param(
        "The mayor sees the bridge as a waste of money.",
        "sees",
        "the bridge as a waste of money",
        "The mayor",
        id="view-sees-as",
    ),
    # a name given inside the object
    pytest.param(
        "Tim Roe called his late brother his hero.",
        "called",
        "his late brother his hero",
        "Tim Roe",
        id="name-given-called",
    ),
    pytest.param(
        "The mayor called Ms. Roe an ''Iron Lady.''",
        "called",
        "Ms. Roe an ''Iron Lady.''",
        "The mayor",
        id="name-given-in-quotes-called",
    ),
    pytest.param(
        'The skipper called the rival crews "pirates" and "thieves".',
        "called",
        'the rival crews "pirates" and "thieves"',
        "The skipper",
        id="names-given-called",
    ),
    # a side taken by someone, a pronoun too
    pytest.param(
        "The harbor mayor endorsed her on Sunday.",
        "endorsed",
        "her",
        "The harbor mayor",
        id="side-pronoun-endorsed",
    ),
    pytest.param(
        "Many voters strongly opposed it.",
        "opposed",
        "it",
        "Many voters",
        id="side-pronoun-opposed",
    ),
    # a verb of talking: the topic after its preposition
    pytest.param(
        "The mayor wrote about the new toll.",
        "wrote",
        "the new toll",
        "The mayor",
        id="topic-wrote-about",
    ),
    pytest.param(
        "Jo Roe hinted at a recount.",
        "hinted",
        "a recount",
        "Jo Roe",
        id="topic-hinted-at",
    ),
    pytest.param(
        "The mayor spoke against the toll.",
        "spoke",
        "the toll",
        "The mayor",
        id="topic-spoke-against",
    ),
    # a verb of attack or apology: its target
    pytest.param(
        "The mayor lashed out at the ferry board.",
        "lashed out",
        "the ferry board",
        "The mayor",
        id="target-lashed-out-at",
    ),
    pytest.param(
        "Jo Roe apologized for the delay.",
        "apologized",
        "the delay",
        "Jo Roe",
        id="target-apologized-for",
    ),
    pytest.param(
        "The mayor scoffed at the new toll.",
        "scoffed",
        "the new toll",
        "The mayor",
        id="target-scoffed-at",
    ),
    # an agreeing verb: the side taken
    pytest.param(
        "The mayor sided with the ferry crews.",
        "sided",
        "the ferry crews",
        "The mayor",
        id="side-sided-with",
    ),
    pytest.param(
        "Many voters disagree with the toll plan.",
        "disagree",
        "the toll plan",
        "Many voters",
        id="side-disagree-with",
    ),
    # a verb of advocacy: the side it takes
    pytest.param(
        "The mayor railed against the new toll.",
        "railed",
        "the new toll",
        "The mayor",
        id="advocacy-railed-against",
    ),
    pytest.param(
        "The mayor pushed for a recount.",
        "pushed",
        "a recount",
        "The mayor",
        id="advocacy-pushed-for",
    ),
    # an answering verb: what it answers
    pytest.param(
        "The harbor office did not respond to questions from the crew.",
        "respond",
        "questions from the crew",
        "The harbor office",
        id="answered-respond-to",
    ),
    pytest.param(
        "Jo Roe replied to the charges on Sunday.",
        "replied",
        "the charges",
        "Jo Roe",
        id="answered-replied-to",
    ),
    # what someone is told about, not whom it is told
    pytest.param(
        "The mayor told reporters about the new toll.",
        "told",
        "the new toll",
        "The mayor",
        id="told-about",
    ),
    pytest.param(
        "Aides briefed the mayor on the ferry plan.",
        "briefed",
        "the ferry plan",
        "Aides",
        id="briefed-on",
    ),
    # what someone asks or calls for
    pytest.param(
        "The lawyer asked for a fine of nine hundred crowns.",
        "asked",
        "a fine of nine hundred crowns",
        "The lawyer",
        id="asked-for",
    ),
    pytest.param(
        "Ann Roe asked the court for quick action.",
        "asked",
        "quick action",
        "Ann Roe",
        id="asked-someone-for",
    ),
    pytest.param(
        "The mayor called for the ferry board to resign.",
        "called",
        "the ferry board to resign",
        "The mayor",
        id="called-for-someone-to-act",
    ),
    # what someone sees something as: their view
    pytest.param(
        "Most voters see the toll as a mistake.",
        "see",
        "the toll as a mistake",
        "Most voters",
        id="view-see-as",
    ),
    pytest.param(
        "They see the pier as unsafe.",
        "see",
        "the pier as unsafe",
        "They",
        id="view-see-as-adjective",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), REPORTED_OBJECTS)
def test_an_object_or_a_prepositions_object_is_what_was_said(nlp, text, cue, content, source):
    assert reported(nlp, text, cue) == (content, source)


def test_a_person_finding_a_thing_reports_nothing(nlp):
    text = "The janitor found the keys under the bench."
    assert with_cue(nlp, text, "found") == []
    assert extract_quotes(nlp(text)) == []


def test_thing_written_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master wrote the letter on Friday.", "wrote")


def test_pronoun_object_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The harbour master repeated it twice.", "repeated")


def test_imperative_has_no_speaker_and_reports_nothing(nlp) -> None:
    assert not _with_cue(nlp, "Read the full ferry report on our website.", "Read")


def test_defend_reports_what_is_defended(nlp) -> None:
    quote = _one(nlp, "The mayor defended her plan for a second ferry.", "defended")
    assert quote.text.startswith("her plan")
    assert _speaker(quote) == "The mayor"


def test_criticized_for_something_is_a_quote(nlp) -> None:
    quote = _one(nlp, "Mayor Okafor criticized Ransome for his record on taxes.", "criticized")
    assert "his record on taxes" in quote.text
    assert _speaker(quote) == "Mayor Okafor"


def test_seeing_a_thing_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The ferry workers saw the new timetable on Monday.", "saw")


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


def test_a_thing_that_supports_a_pronoun_takes_no_side(nlp):
    assert with_cue(nlp, "The old beams support it.", "support") == []


def test_referring_to_reports_what_is_meant(nlp) -> None:
    quote = _one(nlp, "Ms. Varga was referring to the new harbour tax.", "referring")
    assert quote.text.endswith("the new harbour tax")
    assert _speaker(quote) == "Ms. Varga"


def test_things_that_agree_take_no_side(nlp):
    assert with_cue(nlp, "The new figures agree with the old ones.", "agree") == []


@pytest.mark.parametrize(
    "text", ["The mayor responded to it.", "The mayor responded to Roe's letter."]
)
def test_an_answer_to_a_pronoun_or_to_someone_elses_words_is_no_report(nlp, text):
    assert with_cue(nlp, text, "responded") == []


def test_a_time_clause_after_seeing_is_no_view(nlp):
    assert with_cue(nlp, "She saw the ferry as she drove home.", "saw") == []


def test_what_someone_makes_public_is_what_was_said(nlp):
    quote = one(nlp, "The mayor released her tax returns on Monday.", "released")
    assert (quote.text, speaker(quote)) == ("her tax returns", "The mayor")


def test_a_statement_issued_speaks_for_itself(nlp):
    quote = one(nlp, "The mayor issued a statement saying the toll would stay.", "saying")
    assert quote.text == "the toll would stay"
    assert with_cue(nlp, "The mayor issued a statement saying the toll would stay.", "issued") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbor mayor pushed back on the new fees.", "the new fees", "The harbor mayor"),
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


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        ("The harbor board urged caution on the new docks.", "caution on the new docks", None),
        ("Jo Roe urged a firm stand against the toll.", "a firm stand against the toll", "Jo Roe"),
    ],
)
def test_a_thing_urged_is_the_course_urged(nlp, text, content, who):
    quote = one(nlp, text, "urged")
    assert quote.text == content
    if who is not None:
        assert speaker(quote) == who


def test_the_one_urged_is_no_content(nlp):
    found = with_cue(nlp, "Jo Roe urged the ferry captains on Friday.", "urged")
    assert found == []
