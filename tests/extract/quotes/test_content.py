"""Tests of extract/quotes/content.py: where a cue's content lies. A cue set off inside its
clause that the small model reads as an apposition of the subject reports the whole clause
(issue #19), on the real model, invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker_text as _speaker

pytestmark = pytest.mark.model


def test_aside_read_as_an_apposition_reports_the_clause(nlp) -> None:
    text = "Farmers, Dobrin notes, applaud the careful management of the harbour."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert quotes[0].cue == "notes"
    assert _speaker(quotes[0]) == "Dobrin"
    assert quotes[0].text.startswith("Farmers")
