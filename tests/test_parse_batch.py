"""Parsing an article's body and headline parts as one minibatch changes no analysis (#18)."""

from __future__ import annotations

import pytest

from newsfacts.article import RawArticle, Source
from newsfacts.pipeline import Parsed, clean, parse_many

pytestmark = pytest.mark.model

# Invented articles: headlines with a label before a colon (two parts) and without one.
RAWS = [
    RawArticle(
        text="Harbour Fire: Crews Save Old Pier\n\n"
        "Firefighters from Dunmore saved the old pier on Tuesday night after a blaze spread "
        "from a moored trawler. Chief officer Maria Kellan said the crews worked for six hours.",
        source=Source("text"),
    ),
    RawArticle(
        text="Council Approves New Tram Line\n\n"
        "The Westbury city council voted 31 to 9 on Monday to build a tram line to the airport. "
        "Work is due to start in March 2028, the mayor's office said.",
        source=Source("text"),
    ),
    RawArticle(
        text="Storm closes schools across Loch Varra\n\n"
        "More than 40 schools stayed shut on Friday as the storm brought down power lines. "
        '"We expect the roads to reopen by Sunday," said Tom Ardell of the county police.',
        source=Source("text"),
    ),
]


def analyses(doc) -> list[tuple[str, str, int, str, str, str, str, bool]]:
    """What the extract stages read of a parse, token by token."""
    return [
        (
            t.text,
            t.tag_,
            t.head.i,
            t.dep_,
            t.pos_,
            t.lemma_,
            t.ent_iob_ + t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def alone(nlp, text: str):
    """The text parsed as a minibatch of its own."""
    (doc,) = nlp.pipe([text], batch_size=1)
    return doc


def texts_of(parsed: Parsed) -> list[tuple[str, object]]:
    docs = [parsed.doc, *(part.doc for part in parsed.headline or ())]
    return [(doc.text, doc) for doc in docs]


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_batched_parse_equals_each_text_parsed_alone(nlp, batch_size) -> None:
    articles = [clean(raw) for raw in RAWS]
    parsed = list(parse_many(articles, nlp=nlp, batch_size=batch_size))
    assert [p.article for p in parsed] == articles
    assert sum(len(p.headline or ()) for p in parsed) > len(articles)  # a split headline
    for one in parsed:
        for text, doc in texts_of(one):
            assert analyses(doc) == analyses(alone(nlp, text)), text
            assert [(e.start, e.end, e.label_) for e in doc.ents] == [
                (e.start, e.end, e.label_) for e in alone(nlp, text).ents
            ]


def test_parse_many_is_lazy_and_in_order(nlp) -> None:
    """Articles are read a group at a time, so memory does not grow with the input."""
    taken: list[int] = []

    def articles():
        for i, raw in enumerate(RAWS):
            taken.append(i)
            yield clean(raw)

    stream = parse_many(articles(), nlp=nlp, batch_size=1)
    first = next(stream)
    assert taken == [0] and first.article.text.startswith("Firefighters")
    assert [p.article.headline for p in stream] == [clean(r).headline for r in RAWS[1:]]


class _PipeSpy:
    """The model, recording each `pipe` call's texts and minibatch size."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.calls: list[tuple[int, int]] = []

    def pipe(self, texts, *, batch_size: int):
        texts = list(texts)
        self.calls.append((len(texts), batch_size))
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_each_article_is_one_minibatch_with_its_headline_parts(nlp) -> None:
    """One minibatch an article, headline parts included: a part parsed apart pays every
    component's fixed cost again (issue #18)."""
    spy = _PipeSpy(nlp)
    parsed = list(parse_many([clean(raw) for raw in RAWS], nlp=spy, batch_size=1))
    assert spy.calls == [(1 + len(p.headline or ()), 1 + len(p.headline or ())) for p in parsed]
    spy.calls.clear()
    list(parse_many([clean(raw) for raw in RAWS], nlp=spy, batch_size=2))
    assert [texts for texts, _ in spy.calls] == [
        sum(1 + len(p.headline or ()) for p in parsed[:2]),
        1 + len(parsed[2].headline or ()),
    ]
