"""Pages with true totals, bounded queries and a time budget (issue #14)."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from newsfacts.errors import QueryError
from newsfacts.store import paging
from newsfacts.store.budget import Budget, QueryTooExpensive, bounded
from newsfacts.store.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, QuerySyntaxError
from tests.store.sheets import Article, E, Q, make_corpus

HARBOUR = "The harbour ferry {n} sailed at dawn, said the skipper Nell Arbery, quoted at length."
COUNT = 23


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    articles = [
        Article(
            text=HARBOUR.format(n=n) + f' "Crossing number {n} was calm," Arbery said.',
            headline=f"Ferry crossing {n}",
            published=date(2020, 1, 1 + n),
            entities=[E("Nell Arbery", forms=("Nell Arbery", "Arbery"))],
            quotes=[Q(f"Crossing number {n} was calm,", "Nell Arbery")],
        )
        for n in range(COUNT)
    ]
    corpus = make_corpus(tmp_path_factory.mktemp("paging") / "c.db", articles)
    yield corpus
    corpus.close()


def walk(corpus, kind: str, *args, size: int = 5, **options) -> list[paging.Page]:
    pages = []
    for offset in itertools.count(0, size):
        page = paging.page(corpus.conn, kind, *args, limit=size, offset=offset, **options)
        pages.append(page)
        if not page.has_next:
            return pages
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("kind", "args", "options", "key"),
    [
        ("articles", (), {}, "id"),
        ("search", ("ferry",), {}, "id"),
        ("quotes", (), {"speaker": "Arbery"}, "quote"),
        ("timeline", ("Arbery",), {}, "statement"),
    ],
)
def test_paging_pages_cover_every_row_once(corpus, kind, args, options, key) -> None:
    pages = walk(corpus, kind, *args, **options)
    rows = [row[key] for page in pages for row in page.items]
    assert pages[0].total == len(rows) == len(set(rows)) >= COUNT
    assert pages[0].showing() == f"showing 1–5 of {pages[0].total}"


def test_paging_search_total_is_the_true_total_not_the_page(corpus) -> None:
    page = paging.page(corpus.conn, "search", "ferry", limit=20)
    assert (len(page.items), page.total) == (20, COUNT)
    assert page.has_next and page.showing() == f"showing 1–20 of {COUNT}"


def test_paging_entities_total_counts_every_entity(corpus) -> None:
    page = paging.page(corpus.conn, "entities", limit=1)
    assert page.total >= 1 and page.items[0]["name"] == "Nell Arbery"


def test_paging_past_the_end_is_empty_not_an_error(corpus) -> None:
    page = paging.page(corpus.conn, "search", "ferry", limit=5, offset=1000)
    assert page.items == [] and page.total == COUNT and "none of" in page.showing()


@pytest.mark.parametrize(
    ("limit", "offset"), [(0, 0), (-1, 0), (501, 0), (5, -1), (5, 10**20), (5, 2**63)]
)
def test_paging_out_of_range_is_a_query_error(corpus, limit: int, offset: int) -> None:
    with pytest.raises(QueryError, match="out of range"):
        paging.page(corpus.conn, "articles", limit=limit, offset=offset)


def test_paging_overlong_query_is_refused_before_sqlite(corpus) -> None:
    with pytest.raises(QueryError, match="characters"):
        paging.page(corpus.conn, "search", "ferry " * MAX_QUERY_CHARS, limit=5)
    words = " ".join(f"w{n}" for n in range(MAX_QUERY_TERMS + 1))
    with pytest.raises(QueryError, match="words"):
        paging.page(corpus.conn, "search", words, limit=5)


def test_paging_syntax_error_names_no_cli_flag(corpus) -> None:
    with pytest.raises(QuerySyntaxError) as refused:
        corpus.search("ferry AND (")
    assert "--literal" not in str(refused.value)


class Ticking:
    """A clock that moves one second at each look: a budget of 2.5 s allows two looks."""

    def __init__(self) -> None:
        self.now = 0.0
        self.looks = 0

    def __call__(self) -> float:
        self.looks += 1
        self.now += 1.0
        return self.now


def test_budget_stops_a_query_past_its_time(corpus) -> None:
    clock = Ticking()
    with (
        pytest.raises(QueryTooExpensive, match="query too expensive"),
        bounded(corpus.conn, Budget(seconds=2.5, every=1, clock=clock)),
    ):
        corpus.search("ferry OR harbour OR skipper")
    assert clock.looks <= 5  # stopped at once, not after the query ran to its end


def test_budget_stops_a_query_past_its_checks(corpus) -> None:
    with pytest.raises(QueryTooExpensive), bounded(corpus.conn, Budget(every=1, max_checks=3)):
        paging.page(corpus.conn, "search", "ferry", limit=5)


def test_budget_leaves_a_cheap_query_alone_and_is_removed_after(corpus) -> None:
    with bounded(corpus.conn, Budget(every=1_000_000, max_checks=1)):
        assert corpus.search("ferry", limit=1)
    with pytest.raises(QueryTooExpensive), bounded(corpus.conn, Budget(every=1, max_checks=1)):
        corpus.search("ferry", limit=1)
    assert corpus.search("ferry", limit=1)  # the handler is gone: no budget applies


@pytest.mark.parametrize("kind", ["quotes", "timeline", "entities"])
def test_paging_overlong_name_is_refused(corpus, kind: str) -> None:
    name = "Arbery " * 100
    with pytest.raises(QueryError, match="characters"):
        if kind == "timeline":
            paging.page(corpus.conn, kind, name, limit=5)
        else:
            paging.page(
                corpus.conn, kind, limit=5, **{"speaker" if kind == "quotes" else "name": name}
            )


def test_paging_operators_are_not_counted_as_terms(corpus) -> None:
    query = " OR ".join(["ferry"] * MAX_QUERY_TERMS)
    assert paging.page(corpus.conn, "search", query, limit=5).total == COUNT
