"""The model as newsfacts loads it: the tokenizer keeps a rank before a name in one piece."""

from __future__ import annotations

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.nlp import RANK_ABBREVIATIONS
from newsfacts.pipeline import extract_one


@pytest.mark.parametrize("rank", ["Sgt.", "Lt.", "Capt.", "Det.", "Col."])
def test_a_rank_before_a_name_is_one_token(nlp, rank) -> None:
    # (where the sentence ends is still the parser's call; the full stop no longer forces it)
    doc = nlp(f'"The road is shut," said {rank} Jo Roe of the harbour police.')
    assert rank in [t.text for t in doc]


def test_every_rank_abbreviation_is_kept_whole(nlp) -> None:
    for rank in RANK_ABBREVIATIONS:
        assert [t.text for t in nlp.tokenizer(f"{rank} Jo Roe")] == [rank, "Jo", "Roe"]


def test_a_quote_after_said_and_a_rank_goes_to_the_named_officer(nlp) -> None:
    text = (
        "The harbour road was shut on Monday after a lorry overturned, police said.\n\n"
        '"We expect it to reopen by noon," said Sgt. Jo Roe of the harbour police.'
    )
    sheet = extract_one(RawArticle(text=text, source=Source("text")), nlp=nlp, body_only=True)
    quote = next(q for q in sheet.quotes if "reopen" in q.text)
    assert quote.speaker is not None and "Jo Roe" in quote.speaker.text
