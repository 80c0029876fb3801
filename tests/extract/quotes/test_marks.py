"""Quotation-mark scanning (extract/quotes/marks.py): every style, paragraph by paragraph."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.quotes.marks import find_quoted, paragraph_bounds


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It works," she said.', ["It works,"]),
        ("“It works,” she said.", ["It works,"]),
        ("``It works,'' she said.", ["It works,"]),
        ("''It works,'' she said.", ["It works,"]),
        ("«It works», she said.", ["It works"]),
        ("„It works“, she said.", ["It works"]),
        ('“Curly opens," straight closes.', ["Curly opens,"]),
        ('He said the plan was "dead on arrival" and left.', ["dead on arrival"]),
    ],
)
def test_quotes_marks_every_style(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


def test_quotes_marks_split_quote_gives_two_stretches() -> None:
    text = '"We are ready," the coach said. "The team has trained all winter."'
    assert _quoted(text) == ["We are ready,", "The team has trained all winter."]


def test_quotes_marks_nested_single_quotes_stay_inside() -> None:
    text = "\"She told me, 'Do not wait for us,' and drove off,\" he said."
    assert _quoted(text) == ["She told me, 'Do not wait for us,' and drove off,"]


def test_quotes_marks_multi_paragraph_quote() -> None:
    text = '"The first part runs on.\n\n"The second part ends here," she said.'
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == [
        "The first part runs on.",
        "The second part ends here,",
    ]
    assert not found[0].closed
    assert found[1].continued


def test_quotes_marks_unclosed_quote_closes_at_paragraph_end() -> None:
    text = 'He said: "We will rebuild the pier\n\nThe council met later.'
    found = find_quoted(text)
    assert [text[q.start : q.end] for q in found] == ["We will rebuild the pier"]
    assert not found[0].closed


def test_quotes_marks_apostrophes_are_not_quotes() -> None:
    text = "The farmers' market didn't open. It's the town's loss, rock 'n' roll aside."
    assert _quoted(text) == []


def test_quotes_marks_single_quote_style_paragraph() -> None:
    assert _quoted("Mayor: ‘We will not close the library’") == ["We will not close the library"]


def test_quotes_marks_markup_attributes_are_not_quotes() -> None:
    text = '<post id="7" author="@harbour">Boats "return at dawn" today</post>'
    assert _quoted(text) == ["return at dawn"]


def test_quotes_marks_paragraph_bounds() -> None:
    text = "One.\n\n  Two.\n \nThree."
    assert [text[s:e] for s, e in paragraph_bounds(text)] == ["One.", "Two.", "Three."]


@settings(deadline=None, max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab \n,.'\"“”‘’`«»")),
        max_size=80,
    )
)
def test_quotes_marks_stretches_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    found = find_quoted(text)
    previous_end = 0
    for quoted in found:
        assert previous_end <= quoted.outer_start <= quoted.start <= quoted.end
        assert quoted.end <= quoted.outer_end <= len(text)
        inner = text[quoted.start : quoted.end]
        assert inner == inner.strip()
        assert "\n\n" not in inner
        previous_end = quoted.outer_end
