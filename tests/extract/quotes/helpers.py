"""What the quote tests ask of the extractor, kept once: the quotes of an invented sentence,
the one with a given cue, its speaker, and Docs whose parse is written by hand."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.sheet import Quote
from tests.builders import hand_doc, spaces_in, table


def quotes(nlp, text: str) -> list[Quote]:
    """The quotes of `text`."""
    return extract_quotes(nlp(text))


def checked_quotes(nlp, text: str) -> list[Quote]:
    """The quotes of `text`, each quote's and speaker's text checked against its offsets."""
    found = extract_quotes(nlp(text))
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    return found


def with_cue(nlp, text: str, cue: str) -> list[Quote]:
    """The quotes of `text` whose cue is `cue`."""
    return [quote for quote in extract_quotes(nlp(text)) if quote.cue == cue]


def one(nlp, text: str, cue: str | None = None) -> Quote:
    """The one quote of `text` with cue `cue` (fails with every quote found otherwise); with
    no cue, the one quote of `text`, its offsets checked (`checked_quotes`)."""
    if cue is None:
        found = checked_quotes(nlp, text)
        assert len(found) == 1, found
        return found[0]
    found = with_cue(nlp, text, cue)
    assert len(found) == 1, extract_quotes(nlp(text))
    return found[0]


def speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def reported(nlp, text: str, cue: str) -> tuple[str, str | None]:
    """What the one quote of `text` with cue `cue` says, and who says it (`one`, `speaker`)."""
    quote = one(nlp, text, cue)
    return quote.text, speaker(quote)


def speaker_text(quote: Quote) -> str:
    """The speaker's words (fails, showing the quote, when it has no speaker)."""
    assert quote.speaker is not None, quote
    return quote.speaker.text


def hand_parsed(text: str, parse: str, *, tagged: bool = False) -> Doc:
    """A Doc from `text` (tokens separated by single spaces where the text has them) and a
    parse written one token a line: `word POS dep head-index [lemma]`, or with `tagged`
    `word POS TAG dep head-index [lemma]` (for rules that read tenses off the fine tags)."""
    rows = table(parse)
    words = [row[0] for row in rows]
    tags = {"tags": [row[2] for row in rows]} if tagged else {}
    rest = [row[3:] if tagged else row[2:] for row in rows]
    doc = hand_doc(
        words,
        spaces=spaces_in(text, words),
        pos=[row[1] for row in rows],
        deps=[row[0] for row in rest],
        heads=[int(row[1]) for row in rest],
        lemmas=[
            row[2] if len(row) > 2 else word.lower() for row, word in zip(rest, words, strict=True)
        ],
        **tags,
    )
    assert doc.text == text
    return doc


# "Officials said the bridge was unsafe.", parsed by hand.
SAID_CLAUSE = """
Officials NOUN nsubj 1 official
said VERB ROOT 1 say
the DET det 3
bridge NOUN nsubj 4
was AUX ccomp 1 be
unsafe ADJ acomp 4
. PUNCT punct 1
"""
