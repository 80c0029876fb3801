"""Tests of extract/quotes/speakers.py: the speaker of a cue verb (`speaker_of`).

Issue #19's speakers the parse hides behind another word: the object of a causing verb ("the
delay led the skippers to complain"), an occasion, a chance or an effort a participle hangs on,
a noun a gerund hangs on, the one who issued a document or sent a message, the name before an
aside or after a day opening the sentence. On the real model and parses built by hand,
invented sentences.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.extract.quotes.speakers import speaker_of
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_speaker_before_an_aside_speaks(nlp) -> None:
    text = "Dr. Amsel, meanwhile, who sits on the board of two clinics, said the plan would fail."
    quotes = _with_cue(nlp, text, "said")
    assert [_speaker(quote) for quote in quotes] == ["Dr. Amsel"]


# (sentence, cue, speaker): the id names the construction.
SPEAKERS = [
    # a participle on the occasion of a clause, or an infinitive on a noun that says nothing
    # itself, speaks for the subject of the clause around it
    pytest.param(
        "The mayor spoke at a rally announcing that the pier would reopen.",
        "announcing",
        "The mayor",
        id="occasion-participle",
    ),
    pytest.param(
        "At one point, the captain found a way to say that it was safe.",
        "say",
        "the captain",
        id="way-infinitive",
    ),
    pytest.param(
        "The mayor has a fair chance to show that the harbor can pay its way.",
        "show",
        "The mayor",
        id="chance-infinitive",
    ),
    # a participle after an adverb borrows the clause's subject
    pytest.param(
        "The mayor held back from wholly endorsing the harbor plan.",
        "endorsing",
        "The mayor",
        id="participle-after-an-adverb",
    ),
    # a participle on the effort or the time spent borrows the clause's subject
    pytest.param(
        "The mayor had no trouble backing the pier plan.",
        "backing",
        "The mayor",
        id="effort-participle",
    ),
    pytest.param(
        "She spent the day calling the plan a waste.",
        "calling",
        "She",
        id="time-spent-participle",
    ),
    # the object of a causing verb speaks; the subject of a verb of urging does
    pytest.param(
        "The long delay at the harbor led the skippers to complain that the pier was unsafe.",
        "complain",
        "the skippers",
        id="led-someone-to",
    ),
    pytest.param(
        "The storm prompted Mayor Tim Roe to declare that the ferry would stay closed.",
        "declare",
        "Mayor Tim Roe",
        id="prompted-someone-to",
    ),
    pytest.param(
        "The sudden closure left many to wonder whether the ferry would sail again.",
        "wonder",
        "many",
        id="left-many-to",
    ),
    pytest.param(
        "Jo Roe urged the skippers to say that the pier was unsafe.",
        "urged",
        "Jo Roe",
        id="urged",
    ),
    # a gerund on a noun speaks for the noun's owner, or for the subject of the verb
    pytest.param(
        "The skippers made a habit of saying that the pier was unsafe.",
        "saying",
        "The skippers",
        id="habit-of",
    ),
    pytest.param(
        "The crews abandoned their strategy of attacking the mayor.",
        "attacking",
        "their",
        id="their-strategy-of",
    ),
    pytest.param(
        "The mayor has a long record of blaming the ferry crews for the delays.",
        "blaming",
        "The mayor",
        id="record-of",
    ),
    # a document that says speaks for the one who issued it; the ones a clause leaves saying
    # something say it
    pytest.param(
        "The mayor released a letter on Friday that says the pier is safe.",
        "says",
        "The mayor",
        id="document-issued",
    ),
    pytest.param(
        "The fare rise and the delays have left 60 percent of riders saying the ferry is too dear.",
        "saying",
        "60 percent of riders",
        id="left-saying",
    ),
    # a participle closing the sentence, hung by the parse on the verb of a relative clause, is
    # the clause's; one set off after a noun that says nothing too; not after an owned noun
    pytest.param(
        "Mayor Dunmore had a strong month that may lift him in the harbor district, loudly"
        " denouncing the new tolls.",
        "denouncing",
        "Mayor Dunmore",
        id="participle-after-a-relative-clause",
    ),
    pytest.param(
        "On Monday night Ms. Quent made another attempt to counter Mr. Dunmore's attacks,"
        " writing on Facebook that the real danger facing the port was silt.",
        "writing",
        "Ms. Quent",
        id="participle-after-an-attempt",
    ),
    pytest.param(
        "Their plan: asking the board to cut the tolls before spring.",
        "asking",
        "Their plan",
        id="participle-after-an-owned-noun",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source"), SPEAKERS)
def test_the_speaker_the_parse_hides_behind_another_word(nlp, text, cue, source):
    assert speaker(one(nlp, text, cue)) == source


def test_a_document_with_a_participle_still_speaks(nlp):
    text = "The board issued a statement saying that the pier was safe."
    assert [speaker(q) for q in with_cue(nlp, text, "saying")] == ["The board"]


def test_an_infinitive_parsed_as_a_relative_clause_of_a_noun_borrows_the_clause_subject(nlp):
    # The parse the small model gives some of these: "to say" a relative clause of "way".
    words = ["He", "went", "out", "of", "his", "way", "to", "say", "it", "rained", "."]
    heads = [1, 1, 1, 2, 5, 3, 7, 5, 9, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "prep", "poss", "pobj", "aux", "relcl", "nsubj", "ccomp"]
    deps += ["punct"]
    pos = ["PRON", "VERB", "ADP", "ADP", "PRON", "NOUN", "PART", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["he", "go", "out", "of", "his", "way", "to", "say", "it", "rain", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[7]).text == "He"


def test_a_verb_on_a_passive_borrows_its_subject_not_its_agent(nlp):
    # "Jo was booed by fans and joked": Jo joked, not the fans.
    words = ["Jo", "was", "booed", "by", "fans", "and", "joked", "."]
    heads = [2, 2, 2, 2, 3, 2, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB", "PUNCT"]
    lemmas = ["Jo", "be", "boo", "by", "fan", "and", "joke", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[6]).text == "Jo"


def test_a_subject_across_a_paragraph_break_gives_way_to_the_noun_before_the_verb(nlp):
    # "The Latest\n\nThe board says it rained", with "Latest" read as the subject.
    words = ["The", "Latest", "\n\n", "The", "board", "says", "it", "rained", "."]
    heads = [1, 5, 1, 4, 5, 5, 7, 5, 5]
    deps = ["det", "nsubj", "dep", "det", "npadvmod", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["DET", "PROPN", "SPACE", "DET", "NOUN", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["the", "Latest", "\n\n", "the", "board", "say", "it", "rain", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert speaker_of(doc[5]).text == "board"


def test_a_participle_on_the_ones_a_message_goes_to_speaks_for_the_sender(nlp):
    text = "The mayor emailed residents saying that the pier would stay closed."
    quote = one(nlp, text, "saying")
    assert (quote.text, speaker(quote)) == ("that the pier would stay closed", "The mayor")


def test_a_day_opening_the_sentence_is_no_speaker_the_name_after_it_is(nlp):
    # "Friday, Millbrook, leading towns, asked them to go", with no subject on "asked".
    words = ["Friday", ",", "Millbrook", ",", "leading", "towns", ",", "asked", "them", "to"]
    words += ["go", "."]
    heads = [7, 0, 0, 0, 7, 4, 7, 7, 7, 10, 7, 7]
    deps = ["npadvmod", "punct", "appos", "punct", "advcl", "dobj", "punct", "ROOT", "dobj"]
    deps += ["aux", "xcomp", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "NOUN", "PUNCT", "VERB", "PRON"]
    pos += ["PART", "VERB", "PUNCT"]
    lemmas = ["Friday", ",", "Millbrook", ",", "lead", "town", ",", "ask", "they", "to", "go"]
    lemmas += ["."]
    ents = ["B-DATE"] + ["O"] * 11
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    assert speaker_of(doc[7]).text == "Millbrook"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Quent backed the plan last week and Dunmore, as he has done in the past, opposed"
            " the new tolls.",
            "opposed",
        ),
        (
            "The harbor has been quiet since Dunmore, at Monday's meeting, criticized the tolls"
            " the clerk had set.",
            "criticized",
        ),
    ],
)
def test_a_second_verb_after_an_aside_speaks_for_the_name_before_the_aside(nlp, text, cue):
    assert speaker(one(nlp, text, cue)) == "Dunmore"
