"""Issue #19's reporting cues beyond the verb lexicon, on the real model, invented sentences:
cue nouns, "in the view of X", "as X said", embedded questions and plans."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Quote

pytestmark = pytest.mark.model


def _by_cue(nlp, text: str, cue: str) -> Quote:
    quotes = [quote for quote in extract_quotes(nlp(text)) if quote.cue == cue]
    assert len(quotes) == 1, extract_quotes(nlp(text))
    return quotes[0]


def _speaker(quote: Quote) -> str:
    assert quote.speaker is not None, quote
    return quote.speaker.text


def test_cue_noun_with_possessor_reports_its_clause(nlp) -> None:
    text = "The senator repeated her claim that the harbour tax would double next spring."
    quote = _by_cue(nlp, text, "claim")
    assert quote.kind == "indirect"
    assert quote.text == "that the harbour tax would double next spring"
    # "her" stands for the subject of the verb that holds the noun.
    assert _speaker(quote) == "The senator"


def test_cue_noun_owner_after_from(nlp) -> None:
    text = "Critics dismissed a warning from Ms. Varga that the dam could fail."
    quote = _by_cue(nlp, text, "warning")
    assert quote.text == "that the dam could fail"
    assert "Varga" in _speaker(quote)


def test_position_is_that(nlp) -> None:
    text = "The governor's position is that the bridge must close for repairs."
    quote = _by_cue(nlp, text, "position")
    assert quote.text == "that the bridge must close for repairs"
    assert "governor" in _speaker(quote)


def test_cue_noun_without_owner_is_not_a_quote(nlp) -> None:
    text = "The claim that the harbour tax would double was false."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "claim"]


def test_in_the_view_of(nlp) -> None:
    text = "In the view of the auditor, the ferry budget is far too small."
    quote = _by_cue(nlp, text, "In the view")
    assert quote.text == "the ferry budget is far too small"
    assert _speaker(quote) == "the auditor"


def test_as_clause_reports_the_clause_it_qualifies(nlp) -> None:
    text = "As the mayor said, the tramline will reopen in May."
    quote = _by_cue(nlp, text, "said")
    assert quote.text.endswith("the tramline will reopen in May")
    assert _speaker(quote) == "the mayor"


def test_embedded_question(nlp) -> None:
    text = "The council asked whether the library would stay open."
    quote = _by_cue(nlp, text, "asked")
    assert quote.text == "whether the library would stay open"
    assert _speaker(quote) == "The council"


def test_plan_after_urged(nlp) -> None:
    text = "The union urged members to reject the offer."
    quote = _by_cue(nlp, text, "urged")
    assert "to reject the offer" in quote.text
    assert _speaker(quote) == "The union"


def test_stance_verb_with_a_proposal_is_a_report(nlp) -> None:
    text = "The farmers' union strongly supports the water bill."
    quote = _by_cue(nlp, text, "supports")
    assert quote.text == "the water bill"
    assert "union" in _speaker(quote)


def test_stance_verb_holding_someone_up_is_not_a_report(nlp) -> None:
    text = "The diver had to support a tired swimmer all the way to the boat."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "support"]


def test_verb_defining_its_noun_is_not_a_report(nlp) -> None:
    # A side taken in a relative clause ("farmers who oppose the bill") is a stance, as
    # PolNeAR marks it (test_quotes_cues19d.py); a plan or a judgment there only says which.
    text = "Farmers hoping to sell their land met in the hall on Monday."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "hoping"]
    text = "Farmers who praised the water bill met in the hall on Monday."
    assert not [quote for quote in extract_quotes(nlp(text)) if quote.cue == "praised"]


def test_plan_verb_reports_the_plan(nlp) -> None:
    text = "The ferry company plans to add a night crossing in June."
    quote = _by_cue(nlp, text, "plans")
    assert quote.text == "to add a night crossing in June"
    assert _speaker(quote) == "The ferry company"
