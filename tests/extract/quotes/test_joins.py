"""`joins.py`: a quotation lent a cue right before it is the first piece of what that cue
reports after it, and a cue on another line is not beside a quotation; on the real model
with invented sentences, and on records built by hand."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.joins import across_line
from newsfacts.extract.quotes.marks import Quoted
from newsfacts.extract.quotes.records import Cue
from tests.extract.quotes.helpers import checked_quotes as _quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"If the dam holds," the mayor said, "the town will be safe for years."',
        '"On this basis," the clerk wrote, "the tolls must rise by spring."',
        '"That, sadly," she said, "is how the harbor works now."',
    ],
)
def test_a_quotation_before_its_cue_is_the_first_piece_of_what_the_cue_reports(nlp, text):
    first, second = _quotes(nlp, text)
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.continues == first.id
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.text == second.speaker.text


@pytest.mark.model
def test_a_quotation_inside_another_clause_goes_on_with_no_report_after_the_cue(nlp):
    text = 'He has called the ferry plan "a fine idea." The mayor said the town would vote soon.'
    assert all(quote.continues is None for quote in _quotes(nlp, text))


def _cue(start: int, end: int) -> Cue:
    return Cue(0, start, end, "told", "tell", "clause", (end + 1, end + 5), (0, 1), 0)


def test_a_cue_on_the_next_line_is_not_beside_a_quotation():
    text = '"The tolls will rise."\nThe clerk told reporters it was so.'
    region = Quoted(1, 21, 0, 22, 0)
    start = text.index("told")
    assert across_line(text, _cue(start, start + 4), region)


def test_a_cue_on_the_quotation_line_is_beside_it():
    text = '"The tolls will rise," the clerk told reporters.'
    region = Quoted(1, 20, 0, 22, 0)
    start = text.index("told")
    assert not across_line(text, _cue(start, start + 4), region)


def test_a_single_marked_quotation_may_take_a_cue_on_the_next_line():
    text = "Ferry Chief Calls Tolls 'Unfair'\nSays the council must act."
    region = Quoted(25, 31, 24, 32, 0, double=False)
    start = text.index("Says")
    assert not across_line(text, _cue(start, start + 4), region)
