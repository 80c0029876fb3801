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
from tests.extract.quotes.helpers import one, speaker, with_cue
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


@pytest.mark.model
def test_embedded_question(nlp) -> None:
    text = "The council asked whether the library would stay open."
    quote = _by_cue(nlp, text, "asked")
    assert quote.text == "whether the library would stay open"
    assert _speaker(quote) == "The council"


# Verbs of expecting, noticing and agreeing report their clause or plan.


@pytest.mark.model
def test_expect_reports_what_is_expected(nlp) -> None:
    quote = _one(nlp, "Forecasters expect the storm to reach the coast by Friday.", "expect")
    assert quote.text == "the storm to reach the coast by Friday"
    assert _speaker(quote) == "Forecasters"


@pytest.mark.model
def test_notice_reports_its_clause(nlp) -> None:
    quote = _one(nlp, "The inspector noticed that the valves were rusted.", "noticed")
    assert quote.text == "that the valves were rusted"
    assert _speaker(quote) == "The inspector"


@pytest.mark.model
def test_agree_reports_the_plan(nlp) -> None:
    quote = _one(nlp, "The harbour board agreed to rebuild the old pier.", "agreed")
    assert quote.text == "to rebuild the old pier"
    assert _speaker(quote) == "The harbour board"


@pytest.mark.model
def test_plan_after_urged(nlp) -> None:
    text = "The union urged members to reject the offer."
    quote = _by_cue(nlp, text, "urged")
    assert "to reject the offer" in quote.text
    assert _speaker(quote) == "The union"


@pytest.mark.model
def test_plan_verb_reports_the_plan(nlp) -> None:
    text = "The ferry company plans to add a night crossing in June."
    quote = _by_cue(nlp, text, "plans")
    assert quote.text == "to add a night crossing in June"
    assert _speaker(quote) == "The ferry company"


# A verb beyond the lexicon of saying: seeking (defending and referring: test_objects.py).


@pytest.mark.model
def test_seek_reports_the_plan(nlp) -> None:
    quote = _one(nlp, "The dockers' union sought to delay the vote until June.", "sought")
    assert quote.text.startswith("to delay the vote")
    assert "union" in _speaker(quote)


@pytest.mark.model
def test_wanting_someone_to_act_reports_the_clause(nlp):
    quote = one(nlp, "The mayor wants the board to resign.", "wants")
    assert (quote.text, speaker(quote)) == ("the board to resign", "The mayor")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The skipper claims to have sailed around the cape twice.",
            "to have sailed around the cape twice",
            "The skipper",
        ),
        (
            "The harbor chief kept pressing a skipper who claimed to be unsure to join the crew.",
            "to be unsure",
            "a skipper who",
        ),
    ],
)
def test_claimed_with_an_infinitive_reports_the_infinitive(nlp, text, content, source):
    quote = one(nlp, text, "claimed" if "claimed" in text else "claims")
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.model
def test_asked_if_reports_the_question(nlp):
    quote = one(nlp, "The skipper asked the mayor if she would close the pier.", "asked")
    assert (quote.text, speaker(quote)) == ("if she would close the pier", "The skipper")


@pytest.mark.model
def test_an_infinitive_of_asking_with_if_is_no_report_of_the_subject(nlp):
    text = "The paper hired a clerk to ask skippers if the toll rose."
    assert with_cue(nlp, text, "ask") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Ann Roe denied taking the money.", "denied", "taking the money"),
        (
            "Ann Roe reported selling two old boats in May.",
            "reported",
            "selling two old boats in May",
        ),
        (
            "Ann Roe acknowledged having doubts about the pier.",
            "acknowledged",
            "having doubts about the pier",
        ),
    ],
)
def test_a_gerund_after_a_verb_of_saying_is_what_was_said(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, "Ann Roe")


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
@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Jo Roe supports raising the toll.", "supports", "raising the toll", "Jo Roe"),
        (
            "The senators typically oppose cutting the ferry budget.",
            "oppose",
            "cutting the ferry budget",
            "The senators",
        ),
    ],
)
def test_a_side_taken_on_a_gerund_reports_it(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.model
def test_a_defining_clause_taking_a_side_is_no_report(nlp):
    assert with_cue(nlp, "Voters supporting raising the toll met.", "supporting") == []


@pytest.mark.model
def test_a_finding_set_off_by_commas_but_joined_by_the_parse(nlp):
    text = (
        "Most skippers oppose raising the toll, a new harbor poll finds, a debate that will "
        "come to a head in May."
    )
    quote = one(nlp, text, "finds")
    assert (quote.text, speaker(quote)) == (
        "Most skippers oppose raising the toll",
        "a new harbor poll",
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "The mayor would like to build a second pier.",
            "like",
            "to build a second pier",
            "The mayor",
        ),
        ("I'd love to see the old ferry back.", "love", "to see the old ferry back", "I"),
        ("The skippers were hoping for a lower toll.", "hoping", "a lower toll", "The skippers"),
    ],
)
def test_a_wish_reports_what_is_wished(nlp, text, cue, content, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


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
def test_someone_casting_someone_as_something_names_them(nlp):
    quote = one(nlp, "Jo Roe has cast the mayor as a friend of the rich.", "cast")
    assert (quote.text, speaker(quote)) == ("the mayor as a friend of the rich", "Jo Roe")


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
