"""The `pages` task: the METRICS.md scorer, the gold loader and the trafilatura peer."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.evaluate.gold.pages import GoldCaption, PagesPage, load_pages, page_html
from newsfacts.evaluate.peers.pages import NOTHING, PageReading, trafilatura_page
from newsfacts.evaluate.tasks.pages import (
    GroupScore,
    SystemScore,
    caption_less_credit,
    credit_matches,
    normalize_name,
    normalize_title,
    token_f1,
    tokens,
)


def _page(**fields) -> PagesPage:
    values = {
        "id": "x",
        "url": None,
        "lang": "en",
        "html_file": Path("x.html.gz"),
        "title": "Ferry runs again",
        "authors": ("Ann Lee",),
        "published_date": "2024-05-02",
        "date_suspect": False,
        "body": "The ferry ran again on Thursday.",
        "captions": (),
    }
    return PagesPage(**(values | fields))


def test_tokens_split_cjk_characters_and_fold_case() -> None:
    assert tokens("Ｆerry 東京新聞 ran") == ["ferry", "東", "京", "新", "聞", "ran"]


def test_token_f1_counts_multisets() -> None:
    assert token_f1("a a b", "a b c") == pytest.approx(2 / 3)
    assert token_f1("a", "") == 0.0


def test_titles_compare_with_straight_quotes_and_collapsed_space() -> None:
    assert normalize_title("„Nie  wieder“ ") == normalize_title('"Nie wieder"')
    assert normalize_title("Ferry") != normalize_title("ferry")  # case kept


def test_names_drop_by_and_punctuation() -> None:
    assert normalize_name("By  ANN Lee, ") == "ann lee"


def test_caption_less_credit_cuts_the_credit_and_its_label() -> None:
    gold = "A bridge at dusk. Photo by Kim Park"
    assert caption_less_credit(gold, "Kim Park") == "a bridge at dusk"
    assert caption_less_credit("A bridge", None) == "a bridge"
    assert caption_less_credit("A bridge", "Nobody") == "a bridge"


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("dpa, Jens Kalaene", "© dpa | Jens Kalaene", True),
        ("Getty Images", "Bloomberg via Getty Images", True),
        ("AP", "APA", False),  # token boundaries
        ("AP", None, False),
    ],
)
def test_credit_matches_at_token_boundaries(gold: str, predicted, expected: bool) -> None:
    assert credit_matches(gold, predicted) is expected


def test_group_score_perfect_and_empty_readings() -> None:
    caption = GoldCaption("A bridge at dusk", "Kim Park")
    page = _page(captions=(caption,))
    perfect = PageReading(
        text=page.body,
        title=page.title,
        authors=("by Ann Lee",),
        published="2024-05-02",
        captions=(("A bridge at dusk.", "Photo: Kim Park"),),
    )
    score = GroupScore()
    score.add(page, perfect)
    assert set(score.metrics("en").values()) == {1.0}
    empty = GroupScore()
    empty.add(page, NOTHING)
    assert set(empty.metrics("en").values()) == {0.0}


def test_group_score_best_caption_needs_score_0_8() -> None:
    gold = GoldCaption("Crowds gather at the harbour for the first ferry run", "Ann Lee")
    score = GroupScore()
    score.add(_page(captions=(gold,)), PageReading(captions=(("Crowds gather", "Ann Lee"),)))
    assert score.captions_found == 0
    score.add(
        _page(captions=(gold,)),
        PageReading(captions=(("Crowds gather at the harbour for the first ferry", None),)),
    )
    assert (score.captions_found, score.credits_gold, score.credits_right) == (1, 1, 0)


def test_system_score_keeps_languages_apart_and_skips_suspect_dates() -> None:
    score = SystemScore()
    score.add(_page(), PageReading(published="2024-05-02"))
    score.add(_page(lang="de", date_suspect=True), NOTHING)
    metrics = score.metrics(captions=False)
    assert metrics["date_acc_en"] == 1.0
    assert metrics["date_acc_other"] == 0.0  # no page counted
    assert not any(k.startswith("caption") for k in metrics)
    assert score.failed == 1


def test_trafilatura_page_failure_reads_nothing() -> None:
    assert trafilatura_page("", None) == NOTHING


def test_page_html_reads_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress("<p>Café</p>".encode()))
    assert page_html(_page(html_file=tmp_path / "a.html.gz")) == "<p>Café</p>"


@pytest.fixture(scope="module")
def gold_pages(eval_gold: Callable[[str], Path]) -> list[PagesPage]:
    return load_pages(eval_gold("pages"))


def test_load_pages_counts_match_source(gold_pages: list[PagesPage]) -> None:
    assert len(gold_pages) == 128
    assert sum(page.english for page in gold_pages) == 42
    english_captions = sum(len(p.captions) for p in gold_pages if p.english)
    assert english_captions == 84
    assert all(page.html_file.is_file() for page in gold_pages)
