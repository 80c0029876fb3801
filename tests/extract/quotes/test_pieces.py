"""Tests of extract/quotes/pieces.py: which words of a cue's content it reports, and in how
many pieces (issue #19).

An opening phrase or a set phrase before a cue is no report; the subject before a cue set
off inside its clause stays; clauses on both sides of a cue are pieces without it, and a
sentence before hung on the cue is left out; a cue's phrase between two quotations is not
counted against a direct quote. On the real model and parses built by hand, invented
sentences.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import speaker, with_cue

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("On Friday, the harbourmaster explained.", "explained"),
        ("In the evening, the skipper agreed.", "agreed"),
    ],
)
def test_an_opening_phrase_before_the_comma_is_no_report(nlp, text, cue):
    assert [quote.text for quote in with_cue(nlp, text, cue)] == []


def test_the_subject_before_a_cue_set_off_inside_its_clause_stays(nlp):
    text = 'The new plan, she said, "will ruin the harbour for good."'
    (quote,) = with_cue(nlp, text, "said")
    assert (quote.kind, quote.text) == ("mixed", text)


def test_the_cue_between_two_quotations_is_not_counted_against_them(nlp):
    text = (
        '"The old pier is a ruin," Jo Roe said, "and nobody in this town wants to pay for a '
        'new one."'
    )
    first, second = with_cue(nlp, text, "said")
    assert [(q.kind, q.text) for q in (first, second)] == [
        ("direct", "The old pier is a ruin"),
        ("direct", "and nobody in this town wants to pay for a new one."),
    ]
    assert second.continues == first.id


def test_a_quotation_after_another_cue_is_that_cue_s(nlp):
    text = (
        '"The old pier is a ruin and a danger to every boat," Jo Roe said, calling the plan '
        '"a waste of money for the whole town."'
    )
    (calling,) = with_cue(nlp, text, "calling")
    assert calling.kind == "mixed"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pier is old. That said, the ferry will sail on Monday.", "said"),
        ("All told, forty boats sailed from the harbour that week.", "told"),
    ],
)
def test_a_set_phrase_opening_a_sentence_reports_nothing(nlp, text, cue):
    assert with_cue(nlp, text, cue) == []


def test_a_set_phrase_is_no_clause_before_a_cue(nlp):
    text = (
        'That said, the ferryman also remarked, "The harbour needs a new pier before the'
        ' winter storms."'
    )
    quotes = extract_quotes(nlp(text))
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "The harbour needs a new pier before the winter storms.")
    ]


def _parsed(nlp, rows: str) -> Doc:
    """A Doc with the parse given, one token a line: word, head index, label, part of speech
    and tag (the model's own parse of such sentences varies)."""
    table = [line.split() for line in rows.strip().splitlines()]
    words = [row[0] for row in table]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in (".", ",") for i in range(len(words))],
        heads=[int(row[1]) for row in table],
        deps=[row[2] for row in table],
        pos=[row[3] for row in table],
        tags=[row[4] for row in table],
        lemmas=[{"said": "say", "is": "be"}.get(w, w.lower()) for w in words],
    )


# "The pier is old." parsed as a second clause of "said".
SENTENCE_BEFORE = """
The 1 det DET DT
pier 2 nsubj NOUN NN
is 7 ccomp AUX VBZ
old 2 acomp ADJ JJ
. 2 punct PUNCT .
Jo 6 compound PROPN NNP
Roe 7 nsubj PROPN NNP
said 7 ROOT VERB VBD
the 9 det DET DT
boat 11 nsubj NOUN NN
will 11 aux AUX MD
sail 7 ccomp VERB VB
. 7 punct PUNCT .
"""


BOTH_SIDES = """
The 1 det DET DT
pier 2 nsubj NOUN NN
is 7 ccomp AUX VBZ
old 2 acomp ADJ JJ
, 7 punct PUNCT ,
Jo 6 compound PROPN NNP
Roe 7 nsubj PROPN NNP
said 7 ROOT VERB VBD
, 7 punct PUNCT ,
and 13 cc CCONJ CC
the 11 det DET DT
boat 13 nsubj NOUN NN
will 13 aux AUX MD
sail 7 ccomp VERB VB
. 7 punct PUNCT .
"""


def test_the_sentence_before_hung_on_the_cue_is_left_out(nlp):
    quotes = extract_quotes(_parsed(nlp, SENTENCE_BEFORE))
    assert [(q.text, speaker(q)) for q in quotes] == [("the boat will sail", "Jo Roe")]


def test_clauses_on_both_sides_of_the_cue_are_pieces_without_it(nlp):
    first, second = extract_quotes(_parsed(nlp, BOTH_SIDES))
    assert [(q.text, speaker(q)) for q in (first, second)] == [
        ("The pier is old", "Jo Roe"),
        ("and the boat will sail", "Jo Roe"),
    ]
    assert second.continues == first.id


def _quoted_after_cue(nlp, opening: list[tuple[str, int, str, str, str]]) -> Doc:
    """'<opening>, Jo Roe said, "The pier is a ruin."', the quotation a clause of its own
    beside "said" (as the model parses a quotation of several sentences), the opening words
    given as (word, head, label, part of speech, tag) with heads counted in the whole Doc."""
    n = len(opening)
    rows = [
        *opening,
        (",", n + 3, "punct", "PUNCT", ","),
        ("Jo", n + 2, "compound", "PROPN", "NNP"),
        ("Roe", n + 3, "nsubj", "PROPN", "NNP"),
        ("said", n + 3, "ROOT", "VERB", "VBD"),
        (",", n + 3, "punct", "PUNCT", ","),
        ('"', n + 8, "punct", "PUNCT", "``"),
        ("The", n + 7, "det", "DET", "DT"),
        ("pier", n + 8, "nsubj", "NOUN", "NN"),
        ("is", n + 3, "parataxis", "AUX", "VBZ"),
        ("a", n + 10, "det", "DET", "DT"),
        ("ruin", n + 8, "attr", "NOUN", "NN"),
        (".", n + 8, "punct", "PUNCT", "."),
        ('"', n + 8, "punct", "PUNCT", "''"),
    ]
    words = [row[0] for row in rows]
    glued = {n + 5, n + 11}  # no space after the opening mark, none before the closing one
    spaces = [
        i + 1 < len(words) and words[i + 1] not in (",", ".") and i not in glued
        for i in range(len(words))
    ]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        tags=[row[4] for row in rows],
        lemmas=[{"said": "say", "is": "be"}.get(w, w.lower()) for w in words],
    )


def test_an_opening_clause_of_time_sets_the_scene_and_reports_nothing(nlp):
    # "When the vote came, Jo Roe said, "...": the quotation alone is what was said, not a
    # mixed quote running on from the clause of time.
    doc = _quoted_after_cue(
        nlp,
        [
            ("When", 3, "advmod", "SCONJ", "WRB"),
            ("the", 2, "det", "DET", "DT"),
            ("vote", 3, "nsubj", "NOUN", "NN"),
            ("came", 7, "advcl", "VERB", "VBD"),
        ],
    )
    assert doc.text == 'When the vote came, Jo Roe said, "The pier is a ruin."'
    quotes = extract_quotes(doc)
    assert [(q.kind, q.text, speaker(q), q.continues) for q in quotes] == [
        ("direct", "The pier is a ruin.", "Jo Roe", None)
    ]


def test_an_opening_participle_with_no_subject_reports_nothing(nlp):
    doc = _quoted_after_cue(
        nlp,
        [
            ("Pressing", 6, "advcl", "VERB", "VBG"),
            ("the", 2, "det", "DET", "DT"),
            ("point", 0, "dobj", "NOUN", "NN"),
        ],
    )
    assert doc.text.startswith("Pressing the point, Jo Roe said")
    assert [(q.kind, q.text) for q in extract_quotes(doc)] == [("direct", "The pier is a ruin.")]


def test_an_opening_condition_stays_in_the_report(nlp):
    # "If the dam breaks, Jo Roe said, "...": the condition is part of what was said.
    doc = _quoted_after_cue(
        nlp,
        [
            ("If", 3, "mark", "SCONJ", "IN"),
            ("the", 2, "det", "DET", "DT"),
            ("dam", 3, "nsubj", "NOUN", "NN"),
            ("breaks", 7, "advcl", "VERB", "VBZ"),
        ],
    )
    quotes = extract_quotes(doc)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "If the dam breaks"),
        ("direct", "The pier is a ruin."),
    ]
    assert quotes[1].continues == quotes[0].id


# A clause whose verb the paragraph cut off (the parse ran a headline into the next
# paragraph's sentence) is no piece: its tail there is an opening phrase.


def test_a_clause_whose_verb_lies_in_another_paragraph_is_no_piece() -> None:
    from tests.builders import hand_doc, spaces_in

    text = (
        'I Think So\n\nOn Friday on "Harbor Talk," Ana Ruiz told listeners she believed'
        " the pier would reopen."
    )
    rows = [
        ("I", "PRON", "nsubj", 1),
        ("Think", "VERB", "ccomp", 14),
        ("So", "ADV", "advmod", 1),
        ("\n\n", "SPACE", "dep", 2),
        ("On", "ADP", "prep", 1),
        ("Friday", "PROPN", "pobj", 4),
        ("on", "ADP", "prep", 5),
        ('"', "PUNCT", "punct", 9),
        ("Harbor", "PROPN", "compound", 9),
        ("Talk", "PROPN", "pobj", 6),
        (",", "PUNCT", "punct", 14),
        ('"', "PUNCT", "punct", 14),
        ("Ana", "PROPN", "compound", 13),
        ("Ruiz", "PROPN", "nsubj", 14),
        ("told", "VERB", "ROOT", 14),
        ("listeners", "NOUN", "dobj", 14),
        ("she", "PRON", "nsubj", 17),
        ("believed", "VERB", "ccomp", 14),
        ("the", "DET", "det", 19),
        ("pier", "NOUN", "nsubj", 21),
        ("would", "AUX", "aux", 21),
        ("reopen", "VERB", "ccomp", 17),
        (".", "PUNCT", "punct", 14),
    ]
    words = [row[0] for row in rows]
    lemmas = {"told": "tell", "believed": "believe", "listeners": "listener"}
    doc = hand_doc(
        words,
        spaces=spaces_in(text, words),
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[row[3] for row in rows],
        lemmas=[lemmas.get(word, word.lower()) for word in words],
    )
    assert doc.text == text
    quotes = extract_quotes(doc)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "she believed the pier would reopen")
    ]
