"""Per-Doc views (issue #18): the same values spaCy gives, computed once, memory bounded."""

from __future__ import annotations

import pytest

from newsfacts.extract import doc_cache
from newsfacts.extract.doc_cache import (
    RECENT_DOCS,
    cached,
    doc_text,
    entities,
    entities_within,
    head_indices,
    noun_chunks,
    pos_tags,
    sentences,
    span_text,
    span_tokens,
    token_texts,
    tokens,
)

pytestmark = pytest.mark.model

TEXT = (
    "The night ferry left Dunmore harbour at ten. Its captain, Orla Venn, said the sea was "
    "calm.\n\nA second boat followed the ferry across the bay."
)


def test_views_equal_spacy(nlp) -> None:
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text
    assert [t.i for t in tokens(doc)] == [t.i for t in doc]
    assert token_texts(doc) == tuple(t.text for t in doc)
    spacy_chunks = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert [(c.start, c.end, c.label_) for c in noun_chunks(doc)] == spacy_chunks
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert head_indices(doc) == tuple(t.head.i for t in doc)
    assert pos_tags(doc) == tuple(t.pos_ for t in doc)
    assert entities(doc) == tuple(doc.ents)


def test_span_views_equal_spacy(nlp) -> None:
    doc = nlp(TEXT)
    spans = [*doc.sents, *doc.noun_chunks, *doc.ents, doc[2:9], doc[0:0], doc[:]]
    for span in spans:
        assert span_text(span) == span.text
        assert entities_within(span) == list(span.ents)
        assert [t.i for t in span_tokens(span)] == [t.i for t in span]


def test_views_of_an_empty_doc(nlp) -> None:
    doc = nlp("")
    assert head_indices(doc) == ()
    assert entities(doc) == ()
    assert span_text(doc[:]) == ""


def test_views_computed_once_per_doc(nlp) -> None:
    doc = nlp(TEXT)
    other = nlp(TEXT)
    assert tokens(doc) is tokens(doc)
    assert doc_text(doc) is doc_text(doc)
    assert tokens(other) is not tokens(doc)
    calls = []
    for _ in range(3):
        cached(doc, "test-count", lambda d: calls.append(d) or len(d))
    assert calls == [doc]


def test_only_recent_docs_are_kept(nlp) -> None:
    """A long run must not keep every Doc it read alive."""
    docs = [nlp(f"Boat number {i} sailed.") for i in range(RECENT_DOCS * 3)]
    for doc in docs:
        tokens(doc)
    assert len(doc_cache._RECENT) <= RECENT_DOCS
    first = docs[0]
    assert [t.text for t in tokens(first)] == [t.text for t in first]  # recomputed, right
