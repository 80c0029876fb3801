"""How a quotation no cue took finds its speaker nearby (`find.py`), on the real model and
invented sentences."""

from __future__ import annotations

import pytest

from newsfacts.extract.quotes.find import extract_quotes
from tests.extract.quotes.helpers import speaker

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry will sail on time," said Orla Quent, who wrote about the harbor in her'
        ' memoir. "Nobody believed us back then."',
        '"The ferry will sail on time," said Captain Dunmore, who said he would not run'
        ' again. "Nobody believed us back then."',
    ],
)
def test_a_split_quote_goes_on_from_the_speaker_not_the_relative_clause_after_it(nlp, text):
    quotes = extract_quotes(nlp(text))
    first = next(q for q in quotes if q.text.startswith("The ferry"))
    second = next(q for q in quotes if q.text.startswith("Nobody"))
    assert speaker(second) == speaker(first)
    assert second.continues == first.id


def test_a_split_quote_goes_on_from_the_quote_whose_cue_the_clause_between_hangs_on(nlp):
    # "as he called for" hangs on "said": the second quotation is Dunmore's, not the
    # report of the clause in between.
    text = (
        "''The harbor will flood,'' Dunmore said in a speech to the council, as he called for"
        " a new sea wall. ''Nobody listens to the skippers.''"
    )
    quotes = extract_quotes(nlp(text))
    first = next(q for q in quotes if q.text.startswith("The harbor"))
    second = next(q for q in quotes if q.text.startswith("Nobody"))
    assert speaker(second) == "Dunmore"
    assert second.continues == first.id
