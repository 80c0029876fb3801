"""Issue #15 (speakers that make sense), on the real model, invented sentences: a speaker
set off from its verb by an aside ("X, meanwhile, who ..., said"), and words cited in
quotation marks, which are no source ("X, citing "Y," said")."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import speaker as _speaker
from tests.extract.quotes.helpers import with_cue as _with_cue

pytestmark = pytest.mark.model


def test_speaker_before_an_aside_speaks(nlp) -> None:
    text = "Dr. Amsel, meanwhile, who sits on the board of two clinics, said the plan would fail."
    quotes = _with_cue(nlp, text, "said")
    assert [_speaker(quote) for quote in quotes] == ["Dr. Amsel"]


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
