"""Issue #19: reports inside reports, and where one report ends and the next begins, on the
real model, invented sentences."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Quote

pytestmark = pytest.mark.model


def _quotes(nlp, text: str) -> list[Quote]:
    return extract_quotes(nlp(text))


def _by_cue(nlp, text: str, cue: str) -> Quote:
    quotes = [quote for quote in _quotes(nlp, text) if quote.cue == cue]
    assert len(quotes) == 1, _quotes(nlp, text)
    return quotes[0]


def _speaker(quote: Quote) -> str:
    assert quote.speaker is not None, quote
    return quote.speaker.text


def test_although_clause_is_a_report_of_its_own(nlp) -> None:
    text = (
        "The mayor said the ferry would run again, although the council denied that the "
        "budget allowed it."
    )
    said = _by_cue(nlp, text, "said")
    assert said.text == "the ferry would run again"
    assert _speaker(said) == "The mayor"
    denied = _by_cue(nlp, text, "denied")
    assert denied.text == "that the budget allowed it"
    assert _speaker(denied) == "the council"


def test_after_clause_is_a_report_of_its_own(nlp) -> None:
    text = "The pilot said he was ready after a mechanic told him the engine was fine."
    assert _by_cue(nlp, text, "said").text == "he was ready"
    told = _by_cue(nlp, text, "told")
    assert told.text == "the engine was fine"
    assert _speaker(told) == "a mechanic"


def test_relative_clause_after_a_comma_is_a_report_of_its_own(nlp) -> None:
    text = "The auditor cited the ferry rules, which he said were unfair."
    cited = _by_cue(nlp, text, "cited")
    assert cited.text == "the ferry rules"
    assert _speaker(cited) == "The auditor"
    said = _by_cue(nlp, text, "said")
    assert "were unfair" in said.text
    assert _speaker(said) == "he"


def test_relative_who_keeps_its_own_report(nlp) -> None:
    text = "The senator praised Dobrin, who has vowed to close the harbour."
    assert _by_cue(nlp, text, "praised").text == "Dobrin"
    assert _by_cue(nlp, text, "vowed").text == "to close the harbour"


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


@pytest.mark.parametrize(
    "text",
    [
        "The harbour will close in May, though the mayor objected.",
        "The ferry will stop in May, although Dobrin insisted.",
        "The ferry fares will double next year, which the council argued.",
    ],
)
def test_subordinate_cue_does_not_report_the_clause_before(nlp, text: str) -> None:
    assert not [quote for quote in _quotes(nlp, text) if quote.text.startswith("The ")]


def test_plain_inversion_still_reports_the_clause_before(nlp) -> None:
    text = "The ferry fares will double next year, the council argued."
    quote = _by_cue(nlp, text, "argued")
    assert quote.text == "The ferry fares will double next year"
    assert _speaker(quote) == "the council"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor made clear that she intends to run again.", "that she intends to run again"),
        (
            "Some farmers made it clear they did not agree with the plan.",
            "they did not agree with the plan",
        ),
        (
            "The mayor made clear Sunday evening that she intends to stay.",
            "that she intends to stay",
        ),
    ],
)
def test_made_clear_reports_its_clause(nlp, text: str, content: str) -> None:
    quote = _by_cue(nlp, text, "made")
    assert quote.text == content


def test_poll_phrase_is_the_source_of_its_respondents(nlp) -> None:
    text = "In a new survey released Sunday, 60 percent of farmers said they would back the tax."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert "survey" in _speaker(quotes[0])
    assert quotes[0].text.startswith("60 percent of farmers said")


def test_report_phrase_leaves_its_finder_the_source(nlp) -> None:
    text = "In the report, the agency found that the pier was unsafe."
    quote = _by_cue(nlp, text, "found")
    assert _speaker(quote) == "the agency"


def test_even_as_clause_is_a_report_of_its_own(nlp) -> None:
    text = (
        "The mayor hopes the council will fix the pier, even as he concedes that the budget "
        "is tight."
    )
    assert _by_cue(nlp, text, "hopes").text == "the council will fix the pier"
    assert _by_cue(nlp, text, "concedes").text == "that the budget is tight"


def test_when_clause_after_an_object_is_another_event(nlp) -> None:
    text = (
        "The host asked about remarks the mayor had made on Monday, when she claimed the "
        "pier was safe."
    )
    assert _by_cue(nlp, text, "asked").text == "remarks the mayor had made on Monday"
    claimed = _by_cue(nlp, text, "claimed")
    assert claimed.text == "the pier was safe"
    assert _speaker(claimed) == "she"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Voters, the mayor suggested, do not have to worry that the ferry will close.",
            "suggested",
            "the mayor",
        ),
        ("The simplest fix, the millers think, is to raise the toll.", "think", "the millers"),
    ],
)
def test_any_cue_set_off_inside_its_clause_reports_the_clause(
    nlp, text: str, cue: str, speaker: str
) -> None:
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert quotes[0].cue == cue
    assert _speaker(quotes[0]) == speaker
    assert quotes[0].text.startswith(text.split(",")[0])


def test_aside_read_as_an_apposition_reports_the_clause(nlp) -> None:
    text = "Farmers, Dobrin notes, applaud the careful management of the harbour."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1, quotes
    assert quotes[0].cue == "notes"
    assert _speaker(quotes[0]) == "Dobrin"
    assert quotes[0].text.startswith("Farmers")
