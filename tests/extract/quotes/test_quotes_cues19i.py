"""Issue #19: passives with no by-phrase, a by-phrase the parse hangs deep in the complement,
and verbs of attitude, advocacy and dispute; on the real model and invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.extract.quotes.speakers import speaker_of
from tests.extract.quotes.helpers import one, speaker, with_cue

pytestmark = pytest.mark.model


def test_a_passive_view_with_no_source_is_reported_with_no_speaker(nlp):
    quote = one(nlp, "The harbor master is widely seen as a cautious man.", "seen")
    assert (quote.text, speaker(quote)) == (
        "The harbor master is widely seen as a cautious man",
        None,
    )


def test_a_by_phrase_hung_on_the_complement_names_the_source(nlp):
    text = "The new pier was viewed as a victory by some in the fishing town."
    assert speaker(one(nlp, text, "viewed")) == "some in the fishing town"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry is supposed to arrive at noon.", "supposed"),
        ("Two sailors were found asleep in the hold.", "found"),
        ("The new ferry is expected to arrive in May, the owners say.", "expected"),
        ("The crew repaired what was once considered a lost cause.", "considered"),
    ],
)
def test_a_passive_of_duty_event_or_inside_a_report_is_no_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


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


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Another method would require the pilots to challenge the rules.", "challenge"),
        ("In particular, the captain wrote, the crew can challenge the owners.", "challenge"),
    ],
)
def test_a_verb_of_attitude_needs_someone_in_its_own_report(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_an_adverb_after_the_name_is_skipped_for_a_verb_of_thinking(nlp):
    # The subject lost behind appositions: "the chief, Jo Roe, bluntly suggested ...".
    words = ["The", "chief", ",", "Jo", "Roe", ",", "bluntly", "suggested", "it", "rained", "."]
    heads = [1, 7, 1, 4, 1, 1, 7, 7, 9, 7, 7]
    deps = ["det", "npadvmod", "punct", "compound", "appos", "punct", "advmod", "ROOT"]
    deps += ["nsubj", "ccomp", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADV", "VERB", "PRON", "VERB"]
    pos += ["PUNCT"]
    lemmas = [w.lower() for w in words[:7]] + ["suggest", "it", "rain", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[7]).text == "Roe"


def test_a_participle_after_an_adverb_borrows_the_clause_subject(nlp):
    text = "The mayor stopped short of fully endorsing the harbor plan."
    assert speaker(one(nlp, text, "endorsing")) == "The mayor"


def test_an_age_set_off_by_commas_is_skipped_to_the_name_before_it(nlp):
    # The parse the small model gives some long names: the name hung on the phrase before
    # it, the verb left with no subject.
    words = ["In", "court", ",", "Jo", "Roe", ",", "44", ",", "said", "it", "rained", "."]
    heads = [8, 0, 8, 4, 1, 4, 4, 4, 8, 10, 8, 8]
    deps = ["prep", "pobj", "punct", "compound", "appos", "punct", "appos", "punct", "ROOT"]
    deps += ["nsubj", "ccomp", "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PRON"]
    pos += ["VERB", "PUNCT"]
    lemmas = [w.lower() for w in words[:8]] + ["say", "it", "rain", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[8]).text == "Roe"
