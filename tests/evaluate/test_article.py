"""The `article` task: the benchmark's shingle scorer, the gold pages, the peers' calls."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.article import ArticlePage, load_article, page_html
from newsfacts.evaluate.peers import article as peers
from newsfacts.evaluate.tasks.article import (
    ArticleScore,
    SystemScore,
    page_precision,
    page_recall,
    shingle_matching,
    shingles,
)

GOLD = "The ferry ran again on Thursday.\n\nAbout 140 residents crossed on the first run."


def _metrics(pairs: list[tuple[str, str]]) -> dict[str, float]:
    score = ArticleScore()
    for gold, predicted in pairs:
        score.add(gold, predicted)
    return score.metrics()


def test_shingles_are_token_four_grams() -> None:
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("...", {}),
        ("one two", {("one", "two"): 1}),  # shorter than 4 tokens: one short shingle
        ("Café, crème!", {("Café", "crème"): 1}),  # Unicode words, case kept
    ],
)
def test_shingles_short_and_empty(text: str, expected: dict) -> None:
    assert shingles(text) == expected


def test_shingle_matching_counts_multisets_normalised() -> None:
    # gold: abcd, bcde; predicted: abcd twice, bcda, cdab, dabc -> TP 1, FP 4, FN 1, over 6.
    assert shingle_matching("a b c d e", "a b c d a b c d") == pytest.approx((1 / 6, 4 / 6, 1 / 6))
    assert shingle_matching("", "") == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("counts", "precision", "recall"),
    [
        ((1.0, 0.0, 0.0), 1.0, 1.0),
        ((0.0, 0.0, 0.0), 1.0, 1.0),  # no FP, no FN (never averaged: see ArticleScore)
        ((0.0, 1.0, 0.0), 0.0, 0.0),  # only wrong text
        ((0.0, 0.0, 1.0), 0.0, 0.0),  # nothing found
        ((0.5, 0.25, 0.25), 2 / 3, 2 / 3),
    ],
)
def test_page_precision_recall(counts, precision: float, recall: float) -> None:
    assert page_precision(*counts) == pytest.approx(precision)
    assert page_recall(*counts) == pytest.approx(recall)


def test_article_score_perfect_system_is_one() -> None:
    # Punctuation and spacing are not tokens: a different layout is still exact.
    scores = _metrics([(GOLD, GOLD.replace("\n\n", " ")), ("a b", "a, b")])
    assert scores == {"token_f1": 1.0, "precision": 1.0, "recall": 1.0, "accuracy": 1.0}


def test_article_score_empty_system_is_zero() -> None:
    scores = _metrics([(GOLD, ""), ("a b c d e", "")])
    assert scores == {"token_f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": 0.0}


def test_article_score_partial_leaves_empty_pages_out_of_precision() -> None:
    # Page 1: TP 1, FN 1 -> P 1, R 1/2. Page 2: nothing predicted -> out of P, R 0.
    scores = _metrics([("a b c d e", "a b c d"), ("f g h i", "")])
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx(0.25)
    assert scores["token_f1"] == pytest.approx(0.4)
    assert scores["accuracy"] == 0.0


def test_article_score_accuracy_is_case_sensitive() -> None:
    assert _metrics([("The ferry", "the ferry")])["accuracy"] == 0.0


def test_system_score_reports_english_apart(tmp_path: Path) -> None:
    def page(lang: str | None, body: str) -> ArticlePage:
        return ArticlePage("x", None, tmp_path / "x.html", "utf-8", lang, body)

    score = SystemScore()
    score.add(page("en-gb", "a b c d"), "a b c d")
    score.add(page("pt-br", "e f g h"), "")
    score.add(page(None, "i j k l"), "i j k l")
    metrics = score.metrics()
    assert metrics["token_f1_en"] == 1.0
    assert metrics["recall"] == pytest.approx(2 / 3)
    assert score.empty == 1


def test_page_html_reads_gzip_and_plain(tmp_path: Path) -> None:
    html = "<html><body><p>Caf\u00e9\r\n</p></body></html>"
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(html.encode("utf-8")))
    (tmp_path / "b.html").write_bytes(html.encode("utf-8"))
    for name in ("a.html.gz", "b.html"):
        page = ArticlePage(name, None, tmp_path / name, "utf-8", None, "")
        assert page_html(page) == html.replace("\r\n", "\n")  # universal newlines, as the benchmark


def test_peer_body_failure_is_an_empty_prediction(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(html: str) -> str:
        raise ValueError("parser gave up")

    monkeypatch.setitem(peers.PEERS, "broken", broken)
    monkeypatch.setitem(peers.PEERS, "nothing", lambda html: None)
    assert peers.peer_body("broken", "<p>x</p>") == ""
    assert peers.peer_body("nothing", "<p>x</p>") == ""


@pytest.fixture(scope="module")
def gold_pages(eval_gold: Callable[[str], Path]) -> list[ArticlePage]:
    return load_article(eval_gold("article"))


def test_load_article_counts_match_source(gold_pages: list[ArticlePage]) -> None:
    assert len(gold_pages) == 136
    assert sum(len(page.body) for page in gold_pages) == 568_049
    assert sum(page.english for page in gold_pages) == 102
    assert all(page.html_file.is_file() for page in gold_pages)


def test_load_article_pages_read_as_html(gold_pages: list[ArticlePage]) -> None:
    html = page_html(gold_pages[0])
    assert "<html" in html.lower()
