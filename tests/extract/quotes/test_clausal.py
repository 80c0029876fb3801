"""Tests of extract/quotes/clausal.py: cues outside the verb lexicon, found by their
construction (issue #19), on the real model and invented sentences.

A verb or a copula's adjective with a that-clause and a person for subject ("made it clear
that", "is confident that", "posited that"); a person's adjective of attitude ("critical of")
or of will ("eager to"); "as X put it"; a verb of attitude only in someone's own report; a
light verb or a phrasal verb of attack or stance ("has taken a stance against", "went after",
"weighed in on"). Things as subjects, and that-clauses of facts, report nothing. A support
verb lending its subject to a cue noun is tested in test_nouns.py, a cue noun its verb
carries ("took aim at") in test_idioms.py.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import reported, with_cue
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


# (sentence, cue, content, speaker): each construction; the id names it.
FOUND = [
    # a that-clause after a verb or an adjective the lexicon does not list
    pytest.param(
        "The ferry captain made it clear that she would not sail at night.",
        "made",
        "that she would not sail at night",
        "The ferry captain",
        id="made-it-clear-that",
    ),
    pytest.param(
        "The mayor is confident that the new pier will open in May.",
        "is",
        "that the new pier will open in May",
        "The mayor",
        id="confident-that",
    ),
    pytest.param(
        "The scientist posited that the valley had flooded twice.",
        "posited",
        "that the valley had flooded twice",
        "The scientist",
        id="posited-that",
    ),
    # a person's adjective of attitude reports what it is about
    pytest.param(
        "The ministers were critical of the new quota rules.",
        "were",
        "the new quota rules",
        "The ministers",
        id="critical-of",
    ),
    # a copula's adjective of will or leaning reports what it wants
    pytest.param(
        "Ann Roe is eager to run for mayor.",
        "is",
        "to run for mayor",
        "Ann Roe",
        id="eager-to",
    ),
    pytest.param(
        "The mayor remains open to a new pier.",
        "remains",
        "a new pier",
        "The mayor",
        id="open-to",
    ),
    pytest.param(
        "They're wary of the new toll.",
        "'re",
        "the new toll",
        "They",
        id="wary-of",
    ),
    # "as X put it" reports the clause it qualifies
    pytest.param(
        "As the mayor put it, the ferry is the lifeline of the town.",
        "put",
        "the ferry is the lifeline of the town",
        "the mayor",
        id="as-someone-put-it",
    ),
    pytest.param(
        'As Jo Roe put it: "The pier is our future."',
        "put",
        "The pier is our future.",
        "Jo Roe",
        id="as-someone-put-it-colon",
    ),
    # a side taken by the one a role noun names
    pytest.param(
        "Jo Roe is a harsh critic of the toll.",
        "critic",
        "the toll",
        "Jo Roe",
        id="role-critic-of",
    ),
    pytest.param(
        "Ann Roe, a loyal supporter of the pier, spoke first.",
        "supporter",
        "the pier",
        "Ann Roe",
        id="role-supporter-of",
    ),
    pytest.param(
        "Tim Ortiz has been an early backer of Jo Roe.",
        "backer",
        "Jo Roe",
        "Tim Ortiz",
        id="role-backer-of",
    ),
    # a light verb or a phrasal verb of attack or stance reports its object
    pytest.param(
        "Tim Ortiz has taken a hard stance against the toll.",
        "taken",
        "the toll",
        "Tim Ortiz",
        id="taken-a-stance-against",
    ),
    pytest.param(
        "Ann Roe went after Tim Ortiz on Monday.",
        "went",
        "Tim Ortiz",
        "Ann Roe",
        id="went-after",
    ),
    pytest.param(
        "The harbor mayor weighed in on the pier plan.",
        "weighed",
        "the pier plan",
        "The harbor mayor",
        id="weighed-in-on",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "source"), FOUND)
def test_construction_reports_its_content(nlp, text, cue, content, source) -> None:
    assert reported(nlp, text, cue) == (content, source)


def test_a_thing_with_a_that_clause_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The problem is that the bridge leaks.", "is") == []
    assert _with_cue(nlp, "The delay meant that the ferry left late.", "meant") == []


def test_a_thing_full_of_something_reports_nothing(nlp) -> None:
    assert _with_cue(nlp, "The museum is full of old maps.", "is") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Another method would require the pilots to challenge the rules.", "challenge"),
        ("In particular, the captain wrote, the crew can challenge the owners.", "challenge"),
    ],
)
def test_a_verb_of_attitude_needs_someone_in_its_own_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.parametrize("text", ["The ferry is ready to sail.", "Ann Roe is happy to help."])
def test_a_thing_ready_or_a_feeling_adjective_is_no_report(nlp, text):
    assert [q for q in extract_quotes(nlp(text)) if q.cue in ("is",)] == []


def test_putting_a_thing_somewhere_is_no_report(nlp):
    assert with_cue(nlp, "As the crew put it on the deck, the ship sailed.", "put") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor made clear that she intends to run again.", "that she intends to run again"),
        (
            "Some farmers made it clear they did not agree with the plan.",
            "they did not agree with the plan",
        ),
        (
            "The mayor made clear Sunday evening that she intends to stay.",
            "that she intends to stay",
        ),
    ],
)
def test_made_clear_reports_its_clause(nlp, text: str, content: str) -> None:
    quote = _by_cue(nlp, text, "made")
    assert quote.text == content


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe, an advocate for the Harbor League, spoke first.", "advocate"),
        ("Jo Roe is an opponent of Tim Ortiz in the race.", "opponent"),
        ("The supporters of the pier met on Monday.", "supporters"),
    ],
)
def test_a_title_a_rival_or_a_role_with_no_holder_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ann Roe took a walk along the pier.", "took"),
        ("The ferry went after the storm.", "went"),
        ("Ann Roe went after the meeting.", "went"),
        ("The crew weighed the nets on the pier.", "weighed"),
    ],
)
def test_a_light_verb_with_another_noun_or_no_person_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.parametrize(
    ("text", "content", "who"),
    [
        (
            "The mayor offered a blunt assessment of the new docks.",
            "a blunt assessment of the new docks",
            "The mayor",
        ),
        (
            "The ferry captains offered two ideas for cutting the toll.",
            "two ideas for cutting the toll",
            "The ferry captains",
        ),
        (
            "Jo Roe offered warm words about the crew.",
            "warm words about the crew",
            "Jo Roe",
        ),
    ],
)
def test_someone_offering_a_message_reports_it(nlp, text, content, who):
    assert reported(nlp, text, "offered") == (content, who)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor offered a discount to the ferry crews.",
        "The new docks offered two ideas for the planners.",
    ],
)
def test_a_thing_offered_or_offered_by_a_thing_is_no_report(nlp, text):
    assert with_cue(nlp, text, "offered") == []
