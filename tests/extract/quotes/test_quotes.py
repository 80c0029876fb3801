"""Quotes tied to their speakers (extract/quotes/find.py), on Docs built by hand: no model, no
model mistakes. The patterns of issue #5 on the real model are in test_quotes_model.py."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Entity, Mention
from tests.builders import hand_doc, spaces_in, table


def _doc(text: str, parse: str) -> Doc:
    """A Doc from `text` (tokens separated by single spaces where the text has them) and a
    parse written one token a line: `word POS dep head-index [lemma]`."""
    rows = table(parse)
    words = [row[0] for row in rows]
    doc = hand_doc(
        words,
        spaces=spaces_in(text, words),
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        heads=[int(row[3]) for row in rows],
        lemmas=[row[4] if len(row) > 4 else row[0].lower() for row in rows],
    )
    assert doc.text == text
    return doc


SAID_CLAUSE = """
Officials NOUN nsubj 1 official
said VERB ROOT 1 say
the DET det 3
bridge NOUN nsubj 4
was AUX ccomp 1 be
unsafe ADJ acomp 4
. PUNCT punct 1
"""


def test_quotes_indirect_said_clause() -> None:
    text = "Officials said the bridge was unsafe."
    (quote,) = extract_quotes(_doc(text, SAID_CLAUSE))
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "the bridge was unsafe", "said")
    assert quote.speaker is not None and quote.speaker.text == "Officials"
    assert quote.source_type == "unnamed"
    assert text[quote.start : quote.end] == quote.text


def test_quotes_pronoun_speaker_links_through_entity_mentions() -> None:
    text = "He said the bridge was unsafe."
    doc = _doc(text, SAID_CLAUSE.replace("Officials NOUN nsubj 1 official", "He PRON nsubj 1"))
    skipper = Entity(
        id="e1",
        name="Rowan Ashby",
        type="PERSON",
        mentions=[Mention(start=0, end=2, text="He", kind="pronoun")],
    )
    (quote,) = extract_quotes(doc, entities=[skipper])
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.entity) == ("He", "e1")
    assert quote.source_type == "person"


SPLIT = """
" PUNCT punct 8
We PRON nsubj 2
are AUX ccomp 8 be
ready ADJ acomp 2
, PUNCT punct 8
" PUNCT punct 8
Ms. PROPN compound 7
Holm PROPN nsubj 8
said VERB ROOT 8 say
. PUNCT punct 8
" PUNCT punct 13
The DET det 12
team NOUN nsubj 13
trained VERB ROOT 13 train
. PUNCT punct 13
" PUNCT punct 13
"""


def test_quotes_split_quote_is_two_quotes_with_one_speaker() -> None:
    text = '"We are ready," Ms. Holm said. "The team trained."'
    first, second = extract_quotes(_doc(text, SPLIT))
    assert (first.kind, first.text) == ("direct", "We are ready")
    assert (second.kind, second.text) == ("direct", "The team trained.")
    assert first.speaker == second.speaker
    assert first.speaker is not None and first.speaker.text == "Ms. Holm"
    assert (first.id, second.id, second.continues) == ("q1", "q2", "q1")


ACCORDING = """
The DET det 1
pier NOUN nsubj 2
reopened VERB ROOT 2 reopen
, PUNCT punct 2
according VERB prep 2 accord
to ADP prep 4
the DET det 7
council NOUN pobj 5
. PUNCT punct 2
"""


def test_quotes_clause_according_to_speaker() -> None:
    (quote,) = extract_quotes(_doc("The pier reopened, according to the council.", ACCORDING))
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "The pier reopened", "according to")
    assert quote.speaker is not None and quote.speaker.text == "the council"


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


MIXED = """
She PRON nsubj 1
said VERB ROOT 1 say
the DET det 3
plan NOUN nsubj 4
was AUX ccomp 1 be
" PUNCT punct 7
dead ADJ amod 7
wrong ADJ acomp 4
" PUNCT punct 7
. PUNCT punct 1
"""


def test_quotes_quoted_fragment_in_reported_clause_is_mixed() -> None:
    text = 'She said the plan was "dead wrong".'
    (quote,) = extract_quotes(_doc(text, MIXED))
    assert quote.kind == "mixed"
    assert quote.text == 'the plan was "dead wrong"'


SCARE = """
The DET det 5
so ADV advmod 3
- PUNCT punct 3
called VERB amod 5 call
" PUNCT punct 5
reform NOUN nsubj 7
" PUNCT punct 5
passed VERB ROOT 7 pass
. PUNCT punct 7
"""


@pytest.mark.parametrize(
    ("text", "parse"),
    [
        ('The so-called "reform" passed.', SCARE),
        (
            "The storm reached the coast.",
            "The DET det 1\nstorm NOUN nsubj 2\nreached VERB ROOT 2 reach\n"
            "the DET det 4\ncoast NOUN dobj 2\n. PUNCT punct 2",
        ),
    ],
)
def test_quotes_scare_quotes_and_the_writers_own_words_are_not_quotes(
    text: str, parse: str
) -> None:
    assert extract_quotes(_doc(text, parse)) == []
