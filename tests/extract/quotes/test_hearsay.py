"""Tests of extract/quotes/hearsay.py: reports whose source is a phrase or no one.

An adverb of hearsay ("reportedly") reports the clause it qualifies, naming no one (issue
#19); "according to X" reports the clause it qualifies, by X; a verb of seeming reports its
clause, for its subject when that is someone. On a Doc built by hand and on the real model,
invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import hand_parsed as _doc
from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry company has reportedly sold two of its boats.",
            "reportedly",
            "The ferry company has reportedly sold two of its boats",
        ),
        (
            "Reportedly, the harbor board met twice in secret.",
            "Reportedly",
            "the harbor board met twice in secret",
        ),
    ],
)
def test_reportedly_reports_its_clause_with_no_speaker(nlp, text, cue, content):
    quote = one(nlp, text, cue)
    assert (quote.text, speaker(quote)) == (content, None)


@pytest.mark.model
def test_reportedly_ends_before_a_participle_set_off_by_a_comma(nlp):
    quote = one(
        nlp,
        "The ferry firm has reportedly sold forty boats, leaving the staff worried.",
        "reportedly",
    )
    assert quote.text == "The ferry firm has reportedly sold forty boats"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The council read the letters the mayor reportedly burned.",
        "The skipper will reportedly sail to the island on Monday.",
    ],
)
def test_reportedly_in_a_defining_clause_or_a_future_is_no_report(nlp, text):
    assert with_cue(nlp, text, "reportedly") == []


@pytest.mark.model
def test_reportedly_on_a_verb_of_saying_leaves_the_verb_its_cue(nlp):
    quote = one(nlp, "The mayor reportedly said the pier would close.", "said")
    assert (quote.text, speaker(quote)) == ("the pier would close", "The mayor")
    assert with_cue(nlp, "The mayor reportedly said the pier would close.", "reportedly") == []


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


# Verbs of seeming.


@pytest.mark.model
def test_seem_reports_the_clause_of_someone(nlp) -> None:
    quote = _one(nlp, "Voters seem tired of the long ferry strike.", "seem")
    assert "tired of the long ferry strike" in quote.text
    assert _speaker(quote) == "Voters"


@pytest.mark.model
def test_it_appears_that_has_no_speaker(nlp) -> None:
    quote = _one(nlp, "It appears that the ferry will close in May.", "appears")
    assert quote.text == "that the ferry will close in May"
    assert quote.speaker is None


@pytest.mark.model
def test_appearing_somewhere_is_not_a_quote(nlp) -> None:
    assert not _with_cue(nlp, "The mayor appeared on television on Sunday.", "appeared")


@pytest.mark.model
def test_thing_that_seems_has_no_speaker(nlp) -> None:
    quote = _one(nlp, "The plan seems sound to most engineers.", "seems")
    assert quote.speaker is None
