"""Full-text search: ranked, filtered, snippets; hostile strings never reach SQL or crash."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.errors import QueryError
from newsfacts.store.search import Filters, fts_query
from tests.store.sheets import make_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = make_corpus(tmp_path_factory.mktemp("search") / "c.db")
    yield corpus
    corpus.close()


def headlines(rows) -> list[str]:
    return [row["headline"] for row in rows]


def test_search_finds_and_ranks_by_headline_first(corpus) -> None:
    rows = corpus.search("soldier")
    assert headlines(rows)[0] == "Wounded soldier awake"  # in the headline, weighted higher
    assert set(headlines(rows)) == {
        "Wounded soldier awake",
        "Soldier stable, says command spokesman",
    }
    assert rows[0]["score"] >= rows[1]["score"]


def test_search_snippet_marks_the_words(corpus) -> None:
    (row,) = corpus.search("beds")
    assert "«beds»" in row["snippet"]
    assert row["source"] == "valleygazette.example" and row["published"] == "2019-03-02"


def test_search_all_words_must_match(corpus) -> None:
    assert headlines(corpus.search("soldier beds")) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("soldier OR beds", 3),
        ('"border stayed calm"', 1),
        ("surg*", 1),
        ("headline: ward", 1),
        ("soldier NOT awake", 1),
        ("U.N. Command", 1),
    ],
)
def test_search_fts5_syntax_is_honoured(corpus, query: str, expected: int) -> None:
    assert len(corpus.search(query)) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(since="2017-11-20"), {"Wounded soldier awake"}),
        (Filters(until="2017-11-15"), {"Soldier stable, says command spokesman"}),
        (Filters(source="harbourpost"), {"Wounded soldier awake"}),
        (Filters(source="HARBOURPOST.example"), {"Wounded soldier awake"}),
        (Filters(since="2018-01-01"), set()),
    ],
)
def test_search_filters(corpus, filters: Filters, expected: set[str]) -> None:
    assert set(headlines(corpus.search("soldier", filters=filters))) == expected


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE articles; --",
        '" OR 1=1 --',
        "soldier'); DELETE FROM articles; --",
        "Robert'); DROP TABLE quotes;--",
        "%_%",
        "\\",
        "\x00",
        "soldier\x00; DROP TABLE articles",
    ],
)
def test_search_sql_in_a_query_is_only_text(corpus, query: str) -> None:
    # FTS5 syntax it cannot parse, or nothing left: a QueryError, and nothing run
    with contextlib.suppress(QueryError):
        assert corpus.search(query) == []
    assert corpus.counts()["articles"] == 4
    assert corpus.counts()["quotes"] == 4


@pytest.mark.parametrize("query", ["soldier AND (", "NEAR(", '"unterminated', "nosuchcol: x", "*"])
def test_search_bad_fts5_syntax_is_a_query_error(corpus, query: str) -> None:
    with pytest.raises(QueryError, match="words as written"):
        corpus.search(query)


@pytest.mark.parametrize("query", ["soldier AND (", '"unterminated', "nosuchcol: x", "*"])
def test_search_literal_never_parses_syntax(corpus, query: str) -> None:
    assert isinstance(corpus.search(query, literal=True), list)


@pytest.mark.parametrize("query", ["", "   "])
def test_search_empty_query_is_a_query_error(corpus, query: str) -> None:
    with pytest.raises(QueryError, match="empty"):
        corpus.search(query)


def test_search_plain_words_are_quoted() -> None:
    assert fts_query("U.S. troops") == '"U.S." "troops"'
    assert fts_query('say "hi"', literal=True) == '"say" """hi"""'
    assert fts_query("truce OR ceasefire") == "truce OR ceasefire"


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=40))
def test_search_any_text_gives_rows_or_a_query_error(corpus, query: str) -> None:
    try:
        rows = corpus.search(query)
    except QueryError:
        return
    assert isinstance(rows, list)
