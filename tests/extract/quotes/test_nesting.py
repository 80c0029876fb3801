"""Tests of extract/quotes/nesting.py: attributions inside attributions.

The outer report is the one kept, unless its cue follows what it reports (the nearest
speaker keeps the quote, the outer one becomes `reported_by`) or the inner cue is a noun the
outer cue takes as its object; a verb of seeming yields to a cue inside it. Issues #5 and #19,
on the real model, invented sentences.
"""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import one as _by_cue
from tests.extract.quotes.helpers import one as _one
from tests.extract.quotes.helpers import quotes as _quotes
from tests.extract.quotes.helpers import speaker_text as _speaker

pytestmark = pytest.mark.model


def test_quotes_model_nested_report_keeps_the_nearest_speaker(nlp) -> None:
    text = 'The farmer said he would "never sell the land," the local paper reported.'
    quote = _one(nlp, text)
    assert quote.kind == "mixed"
    assert _speaker(quote) == "The farmer"
    assert quote.reported_by is not None and quote.reported_by.text == "the local paper"


def test_cue_inside_a_seeming_keeps_its_own_report(nlp) -> None:
    quotes = extract_quotes(nlp("Voters seem to prefer a candidate from outside politics."))
    assert [(quote.cue, quote.text, _speaker(quote)) for quote in quotes] == [
        ("prefer", "a candidate from outside politics", "Voters")
    ]


# Nesting (issue #19): an attribution whose content holds another is the one kept.


def test_report_inside_a_finding_keeps_the_outer_source(nlp) -> None:
    text = "The harbour survey found that most skippers said the fees were too high."
    quotes = extract_quotes(nlp(text))
    assert [(quote.cue, _speaker(quote)) for quote in quotes] == [("found", "The harbour survey")]


def test_cue_noun_deep_in_a_report_is_part_of_it(nlp) -> None:
    text = "A spokeswoman said Tuesday that Dobrin's claim that the tax would double is false."
    quotes = _quotes(nlp, text)
    assert [quote.cue for quote in quotes] == ["said"]
    assert _speaker(quotes[0]) == "A spokeswoman"
    assert quotes[0].text.endswith("is false")


def test_cue_noun_as_the_outer_object_keeps_its_owner(nlp) -> None:
    text = "Critics dismissed a warning from Ms. Varga that the dam could fail."
    quote = _by_cue(nlp, text, "warning")
    assert "Varga" in _speaker(quote)
