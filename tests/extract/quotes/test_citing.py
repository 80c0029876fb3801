"""Tests of extract/quotes/citing.py: the source a report cites.

"X reported, citing Y, that ...": Y speaks and X reports it. A reason cited is the speaker's
own report, and words cited in quotation marks or a "cited" with its own subject are no
source. Issues #5, #15 and #19, on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import one, speaker, with_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_quotes_model_citing_a_source(nlp) -> None:
    text = "The Harbour Gazette reported, citing two port officials, that the ferry was sold."
    quote = _one(nlp, text)
    assert quote.text == "that the ferry was sold"
    assert _speaker(quote) == "two port officials"
    assert quote.reported_by is not None and quote.reported_by.text == "The Harbour Gazette"


def test_words_cited_in_quotation_marks_are_no_source(nlp) -> None:
    text = (
        "Mr. Tarrant, citing ''the sheer stubbornness of the mayor,'' said the vote could "
        "still be close."
    )
    quote = next(q for q in _with_cue(nlp, text, "said") if q.text.startswith("the vote"))
    assert _speaker(quote) == "Mr. Tarrant"
    assert quote.reported_by is None


def test_a_source_cited_still_speaks(nlp) -> None:
    text = "The paper reported, citing two officials, that the mine would close in March."
    quotes = _with_cue(nlp, text, "reported")
    assert [_speaker(quote) for quote in quotes] == ["two officials"]


# "citing Y" names a source only as a participle of the reporting verb; "but she cited Y"
# is a report of her own.


def test_cited_with_its_own_subject_is_no_source(nlp) -> None:
    text = (
        "Ms. Rask often says she will not seek the chair again, though she also cited "
        "her work on schools."
    )
    quote = _with_cue(nlp, text, "says")[0]
    assert _speaker(quote) == "Ms. Rask"
    assert quote.reported_by is None


def test_a_cited_reason_is_not_the_source(nlp):
    text = "Citing a bad harvest, the farmer blamed the weather for the losses."
    assert speaker(one(nlp, text, "blamed")) == "the farmer"


def test_a_cited_source_still_speaks(nlp):
    text = "The newspaper reported, citing officials, that the port would close."
    assert speaker(one(nlp, text, "reported")) == "officials"


def test_a_reason_cited_is_the_speakers_own_report(nlp):
    text = '"The pier will have to wait," the mayor said, citing the weak harvest.'
    quote = one(nlp, text, "citing")
    assert (quote.text, speaker(quote)) == ("the weak harvest", "the mayor")


def test_a_source_cited_is_no_report_of_the_citing_verb(nlp):
    text = "The paper reported, citing officials, that the ferry sank."
    assert with_cue(nlp, text, "citing") == []
