"""`article`: the body text a system keeps from a news page, against the body a person marked.

Scored as the ScrapingHub article-extraction benchmark scores it (its `evaluate.py`,
re-implemented; ../shared/eval/METRICS.md, "article"): token 4-gram shingles per page, the
page's TP/FP/FN normalised to sum 1, precision and recall averaged over pages.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluate.gold.article import ArticlePage, load_article, page_html
from newsfacts.evaluate.matching import f1
from newsfacts.evaluate.peers.article import HTML_TEXT, READABILITY, TRAFILATURA, peer_body
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress

NAME = "article"
PRIMARY = "token_f1"
NEWSFACTS = "newsfacts"
PEERS = (TRAFILATURA, READABILITY, HTML_TEXT)
SHINGLE_SIZE = 4
# Unicode word characters, case kept: the benchmark's tokenizer, for every language.
TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Token n-grams as a multiset; a text shorter than `size` tokens is one shorter shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def shingle_matching(gold: str, predicted: str) -> tuple[float, float, float]:
    """(TP, FP, FN) over shingle multisets, divided by their sum so every page weighs the same."""
    true, pred = shingles(gold), shingles(predicted)
    tp = (true & pred).total()
    fp = (pred - true).total()
    fn = (true - pred).total()
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def page_recall(tp: float, fp: float, fn: float) -> float:
    # Recall is precision with the two kinds of error swapped (same edge cases, mirrored).
    return page_precision(tp, fn, fp)


@dataclass
class ArticleScore:
    """Per-page shingle counts and exact-token matches, kept to average at the end."""

    pages: list[tuple[float, float, float]] = field(default_factory=list)
    exact: list[bool] = field(default_factory=list)

    def add(self, gold: str, predicted: str) -> None:
        self.pages.append(shingle_matching(gold, predicted))
        self.exact.append(tokens(gold) == tokens(predicted))

    @property
    def precision(self) -> float:
        # Pages where the system produced no shingle at all are left out (benchmark rule).
        scores = [page_precision(*page) for page in self.pages if page[0] + page[1] > 0]
        return statistics.mean(scores) if scores else 0.0

    @property
    def recall(self) -> float:
        scores = [page_recall(*page) for page in self.pages if page[0] + page[2] > 0]
        return statistics.mean(scores) if scores else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def accuracy(self) -> float:
        return sum(self.exact) / len(self.exact) if self.exact else 0.0

    def metrics(self) -> dict[str, float]:
        return {
            "token_f1": self.f1,
            "precision": self.precision,
            "recall": self.recall,
            "accuracy": self.accuracy,
        }


@dataclass
class SystemScore:
    """One system's score on all pages and on the English ones (`[lang=en*]`)."""

    all: ArticleScore = field(default_factory=ArticleScore)
    english: ArticleScore = field(default_factory=ArticleScore)
    empty: int = 0

    def add(self, page: ArticlePage, predicted: str) -> None:
        self.all.add(page.body, predicted)
        if page.english:
            self.english.add(page.body, predicted)
        self.empty += not tokens(predicted)

    def metrics(self) -> dict[str, float]:
        return self.all.metrics() | {"token_f1_en": self.english.f1}


def newsfacts_body(page: ArticlePage, html: str) -> str:
    """Our body: the HTML reader (trafilatura underneath), then our own cleaning."""
    from newsfacts.clean import clean_article
    from newsfacts.errors import InputError
    from newsfacts.ingest.html import read_html

    try:
        raw = read_html(html, name=str(page.html_file), url=page.url)
    except InputError:
        return ""  # the reader found no article: an empty prediction, as for the peers
    return clean_article(raw).text


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    pages = load_article(folder, limit=limit)
    systems = (NEWSFACTS, *PEERS) if peers else (NEWSFACTS,)
    scores = {name: SystemScore() for name in systems}
    description = f"{NAME}: {', '.join(systems)}"
    # Each page is read once and handed to every system, so the gzip/decoding is shared.
    for page in track(pages, description, total=len(pages)):
        html = page_html(page)
        scores[NEWSFACTS].add(page, newsfacts_body(page, html))
        for name in systems[1:]:
            scores[name].add(page, peer_body(name, html))
    result = TaskResult(task=NAME, documents=len(pages), primary=PRIMARY)
    result.systems = {name: score.metrics() for name, score in scores.items()}
    english = sum(page.english for page in pages)
    result.notes.append(f"{len(pages)} pages, {english} with html_lang en*")
    result.notes.extend(
        f"{name}: no text on {score.empty} pages" for name, score in scores.items() if score.empty
    )
    return result


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=PEERS,
    run=run,
    figures=(
        PeerFigure(TRAFILATURA, PRIMARY, 0.958),
        PeerFigure(READABILITY, PRIMARY, 0.951),
    ),
)
