"""Issue #19: a verb of pointing out reports what it points to, a verb of judging a name it
judges, and nouns of mention, thought and attitude what they are about; on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_pointing_to_reports_what_is_pointed_to(nlp):
    quote = one(nlp, "Jo Roe pointed to the new pier as proof.", "pointed")
    assert (quote.text, speaker(quote)) == ("the new pier as proof", "Jo Roe")


def test_pointing_at_a_place_is_no_report(nlp):
    assert with_cue(nlp, "The skipper pointed at the harbor.", "pointed") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The harbor mayor praised Tim Ortiz.", "praised", "The harbor mayor"),
        ("Ann Roe attacked Tim Ortiz on Sunday.", "attacked", "Ann Roe"),
    ],
)
def test_a_name_judged_by_someone_is_what_was_said(nlp, text, cue, source):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == ("Tim Ortiz", source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A fisherman's post attacking Tim Ortiz went viral.", "attacking"),
        ("After Ann Roe criticized Tim Ortiz, the board met again.", "criticized"),
    ],
)
def test_a_name_judged_in_a_phrase_or_a_time_clause_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


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


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        ("Ann Roe is eager to run for mayor.", "is", "to run for mayor", "Ann Roe"),
        ("The mayor remains open to a new pier.", "remains", "a new pier", "The mayor"),
        ("They're wary of the new toll.", "'re", "the new toll", "They"),
    ],
)
def test_a_copulas_adjective_of_will_or_leaning_reports_what_it_wants(
    nlp, text, cue, content, source
):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, source)


@pytest.mark.parametrize("text", ["The ferry is ready to sail.", "Ann Roe is happy to help."])
def test_a_thing_ready_or_a_feeling_adjective_is_no_report(nlp, text):
    assert [q for q in extract_quotes(nlp(text)) if q.cue in ("is",)] == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "As the mayor put it, the ferry is the lifeline of the town.",
            "the ferry is the lifeline of the town",
            "the mayor",
        ),
        ('As Jo Roe put it: "The pier is our future."', "The pier is our future.", "Jo Roe"),
    ],
)
def test_as_someone_put_it_reports_the_clause_it_qualifies(nlp, text, content, source):
    quote = one(nlp, text, "put")
    assert (quote.text, speaker(quote)) == (content, source)


def test_putting_a_thing_somewhere_is_no_report(nlp):
    assert with_cue(nlp, "As the crew put it on the deck, the ship sailed.", "put") == []


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


def test_a_call_for_someone_to_act_reports_the_clause_after_for(nlp):
    quote = one(nlp, "The mayor called for the ferry board to resign.", "called")
    assert (quote.text, speaker(quote)) == ("the ferry board to resign", "The mayor")


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
    ("text", "cue"),
    [
        ("As the mayor campaigned in the harbor, the ferry sailed.", "campaigned"),
        ("The crowd pushed against the gate.", "pushed"),
    ],
)
def test_advocacy_with_no_side_taken_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


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


def test_a_reason_cited_is_the_speakers_own_report(nlp):
    text = '"The pier will have to wait," the mayor said, citing the weak harvest.'
    quote = one(nlp, text, "citing")
    assert (quote.text, speaker(quote)) == ("the weak harvest", "the mayor")


def test_a_source_cited_is_no_report_of_the_citing_verb(nlp):
    text = "The paper reported, citing officials, that the ferry sank."
    assert with_cue(nlp, text, "citing") == []


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


def test_wanting_someone_to_act_reports_the_clause(nlp):
    quote = one(nlp, "The mayor wants the board to resign.", "wants")
    assert (quote.text, speaker(quote)) == ("the board to resign", "The mayor")
