"""Tests of extract/quotes/reports.py: what a cue verb reports (`verb_content`).

The reported clause, the clause a cue follows ("CLAUSE, X said") or an "as" phrase qualifies,
the plan ("X vowed to stay"), an infinitive professed ("claims to have sailed"), the question
asked ("asked if"), a gerund said ("denied taking"), a relative pronoun's clause ("which he
argued wastes money"). On a Doc built by hand and on the real model (issue #19), invented
sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import hand_parsed as _doc
from tests.extract.quotes.helpers import one, reported, speaker, with_cue
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker

INVERTED = """
The DET det 1
pier NOUN nsubj 2
reopened VERB ROOT 2 reopen
, PUNCT punct 5
the DET det 5
council NOUN nsubj 6
said VERB parataxis 2 say
. PUNCT punct 2
"""


def test_quotes_clause_then_speaker_said() -> None:
    (quote,) = extract_quotes(_doc("The pier reopened, the council said.", INVERTED))
    assert (quote.kind, quote.text) == ("indirect", "The pier reopened")
    assert quote.speaker is not None and quote.speaker.text == "the council"


@pytest.mark.model
def test_as_clause_reports_the_clause_it_qualifies(nlp) -> None:
    text = "As the mayor said, the tramline will reopen in May."
    quote = _by_cue(nlp, text, "said")
    assert quote.text.endswith("the tramline will reopen in May")
    assert _speaker(quote) == "the mayor"


# (sentence, cue, content, speaker): what a cue verb reports, and who reports it; the id
# names the rule, then the verb.
REPORTED = [
    # the question asked
    pytest.param(
        "The council asked whether the library would stay open.",
        "asked",
        "whether the library would stay open",
        "The council",
        id="question-asked-whether",
    ),
    # verbs of expecting, noticing and agreeing report their clause or plan
    pytest.param(
        "Forecasters expect the storm to reach the coast by Friday.",
        "expect",
        "the storm to reach the coast by Friday",
        "Forecasters",
        id="clause-expect",
    ),
    pytest.param(
        "The inspector noticed that the valves were rusted.",
        "noticed",
        "that the valves were rusted",
        "The inspector",
        id="clause-noticed",
    ),
    pytest.param(
        "The harbour board agreed to rebuild the old pier.",
        "agreed",
        "to rebuild the old pier",
        "The harbour board",
        id="plan-agreed",
    ),
    pytest.param(
        "The ferry company plans to add a night crossing in June.",
        "plans",
        "to add a night crossing in June",
        "The ferry company",
        id="plan-plans",
    ),
    # wanting someone to act
    pytest.param(
        "The mayor wants the board to resign.",
        "wants",
        "the board to resign",
        "The mayor",
        id="clause-wants-someone-to-act",
    ),
    # an infinitive professed
    pytest.param(
        "The skipper claims to have sailed around the cape twice.",
        "claims",
        "to have sailed around the cape twice",
        "The skipper",
        id="infinitive-claims",
    ),
    pytest.param(
        "The harbor chief kept pressing a skipper who claimed to be unsure to join the crew.",
        "claimed",
        "to be unsure",
        "a skipper who",
        id="infinitive-claimed-in-a-relative-clause",
    ),
    # the question asked with "if"
    pytest.param(
        "The skipper asked the mayor if she would close the pier.",
        "asked",
        "if she would close the pier",
        "The skipper",
        id="question-asked-if",
    ),
    # a gerund after a verb of saying, or of taking a side
    pytest.param(
        "Ann Roe denied taking the money.",
        "denied",
        "taking the money",
        "Ann Roe",
        id="gerund-denied",
    ),
    pytest.param(
        "Ann Roe reported selling two old boats in May.",
        "reported",
        "selling two old boats in May",
        "Ann Roe",
        id="gerund-reported",
    ),
    pytest.param(
        "Ann Roe acknowledged having doubts about the pier.",
        "acknowledged",
        "having doubts about the pier",
        "Ann Roe",
        id="gerund-acknowledged",
    ),
    pytest.param(
        "Jo Roe supports raising the toll.",
        "supports",
        "raising the toll",
        "Jo Roe",
        id="gerund-side-supports",
    ),
    pytest.param(
        "The senators typically oppose cutting the ferry budget.",
        "oppose",
        "cutting the ferry budget",
        "The senators",
        id="gerund-side-oppose",
    ),
    # a finding set off by commas that the parse joined to the clause before
    pytest.param(
        "Most skippers oppose raising the toll, a new harbor poll finds, a quarrel set to "
        "flare again in May.",
        "finds",
        "Most skippers oppose raising the toll",
        "a new harbor poll",
        id="finding-set-off-by-commas",
    ),
    # a wish: what is wished
    pytest.param(
        "The mayor would like to build a second pier.",
        "like",
        "to build a second pier",
        "The mayor",
        id="wish-would-like",
    ),
    pytest.param(
        "I'd love to see the old ferry back.",
        "love",
        "to see the old ferry back",
        "I",
        id="wish-love",
    ),
    pytest.param(
        "The skippers were hoping for a lower toll.",
        "hoping",
        "a lower toll",
        "The skippers",
        id="wish-hoping-for",
    ),
    # someone casting someone as something names them
    pytest.param(
        "Jo Roe has cast the mayor as a friend of the rich.",
        "cast",
        "the mayor as a friend of the rich",
        "Jo Roe",
        id="naming-cast-as",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content", "source"), REPORTED)
def test_a_cue_verb_reports_its_content_for_its_speaker(nlp, text, cue, content, source):
    assert reported(nlp, text, cue) == (content, source)


@pytest.mark.model
def test_plan_after_urged(nlp) -> None:
    text = "The union urged members to reject the offer."
    quote = _by_cue(nlp, text, "urged")
    assert "to reject the offer" in quote.text
    assert _speaker(quote) == "The union"


# A verb beyond the lexicon of saying: seeking (defending and referring: test_objects.py).


@pytest.mark.model
def test_seek_reports_the_plan(nlp) -> None:
    quote = _one(nlp, "The dockers' union sought to delay the vote until June.", "sought")
    assert quote.text.startswith("to delay the vote")
    assert "union" in _speaker(quote)


@pytest.mark.model
def test_an_infinitive_of_asking_with_if_is_no_report_of_the_subject(nlp):
    text = "The paper hired a clerk to ask skippers if the toll rose."
    assert with_cue(nlp, text, "ask") == []


@pytest.mark.model
def test_a_gerund_after_a_verb_of_going_on_is_no_report(nlp):
    assert with_cue(nlp, "Ann Roe continued sailing the old ferry.", "continued") == []


@pytest.mark.model
def test_a_relative_clause_with_a_verb_of_saying_is_a_report_of_its_own(nlp):
    text = "The mayor criticized the harbor board, which he argued wastes money on old ferries."
    criticized = one(nlp, text, "criticized")
    argued = one(nlp, text, "argued")
    assert criticized.text == "the harbor board"
    assert (argued.text, speaker(argued)) == ("which he argued wastes money on old ferries", "he")


@pytest.mark.model
def test_a_defining_clause_taking_a_side_is_no_report(nlp):
    assert with_cue(nlp, "Voters supporting raising the toll met.", "supporting") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Jo Roe likes to sail on Sundays.", "likes"),
        ("They arrived in May, hoping for better weather.", "hoping"),
    ],
)
def test_a_habit_or_a_hope_with_no_subject_of_its_own_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


@pytest.mark.model
def test_a_thing_casting_a_shadow_names_nothing(nlp):
    assert with_cue(nlp, "The old lamp cast a long shadow across the pier.", "cast") == []


@pytest.mark.model
def test_as_reported_by_a_source_reports_the_clause_it_qualifies(nlp) -> None:
    quote = one(nlp, "As reported by the Harbor Gazette, the ferry crew found two more leaks.")
    assert (quote.text, speaker(quote)) == (
        "the ferry crew found two more leaks",
        "the Harbor Gazette",
    )
