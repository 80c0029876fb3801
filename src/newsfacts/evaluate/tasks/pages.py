"""`pages`: headline, byline, date, body and captions read off real publisher pages.

Scored as ../shared/eval/METRICS.md ("pages") says, English pages and every other language
apart (`_en`, `_other`): body token P/R/F1 and the ScrapingHub shingle F1, title exact match
and token F1, authors set F1, date match, caption recall and credit accuracy. The gold is what
Fundus's hand-written parser for each publisher extracts; trafilatura is the generic peer.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluate.gold.pages import GoldCaption, PagesPage, load_pages, page_html
from newsfacts.evaluate.matching import f1
from newsfacts.evaluate.peers.pages import NOTHING, TRAFILATURA, PageReading, trafilatura_page
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.tasks.article import ArticleScore

NAME = "pages"
PRIMARY = "body_f1_micro_en"
NEWSFACTS = "newsfacts"
PEERS = (TRAFILATURA,)
GROUPS = ("en", "other")
# Each Han or kana character is one token; other scripts are runs of word characters.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{CJK}]|[^\W{CJK}]+")
QUOTES = str.maketrans({**dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟«»″", '"')})
# Words a caption puts right before its credit ("Photo: X", "Bild: X"), cut with the credit.
CREDIT_LEAD_WORDS = frozenset(
    {"photo", "photos", "photograph", "by", "image", "images", "picture", "pictures"}
    | {"credit", "credits", "source", "foto", "fotos", "bild", "bilder", "quelle"}
)
CAPTION_FOUND = 0.8


def tokens(text: str) -> list[str]:
    return TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def token_f1(gold: str, predicted: str) -> float:
    return _f1_counts(*_token_counts(gold, predicted))


def _token_counts(gold: str, predicted: str) -> tuple[int, int, int]:
    """(shared tokens as multisets, predicted tokens, gold tokens)."""
    true, pred = Counter(tokens(gold)), Counter(tokens(predicted))
    return (true & pred).total(), pred.total(), true.total()


def _f1_counts(tp: int, predicted: int, gold: int) -> float:
    return f1(tp / predicted if predicted else 0.0, tp / gold if gold else 0.0)


def _straight(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(QUOTES).split())


def normalize_title(text: str) -> str:
    return _straight(text)


def normalize_name(name: str) -> str:
    name = _straight(name).casefold()
    name = name[3:] if name.startswith("by ") else name
    return name.strip(" ,;.")


def caption_less_credit(caption: str, credit: str | None) -> str:
    """The caption's tokens without its own credit (last occurrence) and the words naming it."""
    words = tokens(caption)
    credit_words = tokens(credit or "")
    if not credit_words:
        return " ".join(words)
    size = len(credit_words)
    for start in range(len(words) - size, -1, -1):
        if words[start : start + size] == credit_words:
            lead = start
            while lead > 0 and words[lead - 1] in CREDIT_LEAD_WORDS:
                lead -= 1
            return " ".join(words[:lead] + words[start + size :])
    return " ".join(words)


def caption_score(gold: GoldCaption, predicted: str) -> float:
    return max(
        token_f1(gold.caption, predicted),
        token_f1(caption_less_credit(gold.caption, gold.credit), predicted),
    )


def credit_matches(gold: str, predicted: str | None) -> bool:
    """Both non-empty and one inside the other at token boundaries."""
    true, pred = " ".join(tokens(gold)), " ".join(tokens(predicted or ""))
    if not true or not pred:
        return False
    return f" {true} " in f" {pred} " or f" {pred} " in f" {true} "


@dataclass
class GroupScore:
    """One system's counts on one language group; every figure of METRICS.md "pages"."""

    body_tp: int = 0
    body_predicted: int = 0
    body_gold: int = 0
    body_page_f1: list[float] = field(default_factory=list)
    shingles: ArticleScore = field(default_factory=ArticleScore)
    title_exact: list[bool] = field(default_factory=list)
    title_f1: list[float] = field(default_factory=list)
    authors_tp: int = 0
    authors_predicted: int = 0
    authors_gold: int = 0
    authors_page_f1: list[float] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    captions_gold: int = 0
    captions_found: int = 0
    credits_gold: int = 0
    credits_right: int = 0

    def add(self, page: PagesPage, reading: PageReading) -> None:
        self._body(page.body, reading.text)
        self.title_exact.append(normalize_title(page.title) == normalize_title(reading.title))
        self.title_f1.append(token_f1(page.title, reading.title))
        if page.authors:
            self._authors(page.authors, reading.authors)
        if page.published_date and not page.date_suspect:
            self.dates.append(reading.published[:10] == page.published_date)
        if page.captions:
            self._captions(page.captions, reading.captions)

    def _body(self, gold: str, predicted: str) -> None:
        tp, pred, true = _token_counts(gold, predicted)
        self.body_tp += tp
        self.body_predicted += pred
        self.body_gold += true
        self.body_page_f1.append(_f1_counts(tp, pred, true))
        self.shingles.add(gold, predicted)

    def _authors(self, gold: tuple[str, ...], predicted: tuple[str, ...]) -> None:
        true = {n for n in map(normalize_name, gold) if n}
        pred = {n for n in map(normalize_name, predicted) if n}
        tp = len(true & pred)
        self.authors_tp += tp
        self.authors_predicted += len(pred)
        self.authors_gold += len(true)
        self.authors_page_f1.append(_f1_counts(tp, len(pred), len(true)))

    def _captions(
        self, gold: tuple[GoldCaption, ...], predicted: tuple[tuple[str, str | None], ...]
    ) -> None:
        for item in gold:
            self.captions_gold += 1
            best, best_score = None, 0.0
            for candidate in predicted:
                score = caption_score(item, candidate[0])
                if score > best_score:  # strictly greater: the first wins a tie
                    best, best_score = candidate, score
            if best is None or best_score < CAPTION_FOUND:
                continue
            self.captions_found += 1
            if item.credit is not None:
                self.credits_gold += 1
                self.credits_right += credit_matches(item.credit, best[1])

    def metrics(self, suffix: str) -> dict[str, float]:
        body_p = self.body_tp / self.body_predicted if self.body_predicted else 0.0
        body_r = self.body_tp / self.body_gold if self.body_gold else 0.0
        values = {
            "body_p_micro": body_p,
            "body_r_micro": body_r,
            "body_f1_micro": f1(body_p, body_r),
            "body_f1_macro": _mean(self.body_page_f1),
            "shingle_p": self.shingles.precision,
            "shingle_r": self.shingles.recall,
            "shingle_f1": self.shingles.f1,
            "title_exact": _mean(self.title_exact),
            "title_f1": _mean(self.title_f1),
            "authors_f1_micro": _f1_counts(
                self.authors_tp, self.authors_predicted, self.authors_gold
            ),
            "authors_f1_macro": _mean(self.authors_page_f1),
            "date_acc": _mean(self.dates),
            "caption_recall": self.captions_found / self.captions_gold
            if self.captions_gold
            else 0.0,
            "credit_acc": self.credits_right / self.credits_gold if self.credits_gold else 0.0,
        }
        return {f"{name}_{suffix}": value for name, value in values.items()}


def _mean(values: list[float] | list[bool]) -> float:
    return statistics.mean(values) if values else 0.0


@dataclass
class SystemScore:
    groups: dict[str, GroupScore] = field(
        default_factory=lambda: {group: GroupScore() for group in GROUPS}
    )
    failed: int = 0

    def add(self, page: PagesPage, reading: PageReading) -> None:
        self.groups["en" if page.english else "other"].add(page, reading)
        self.failed += reading is NOTHING

    def metrics(self, *, captions: bool = True) -> dict[str, float]:
        values: dict[str, float] = {}
        for group, score in self.groups.items():
            values |= score.metrics(group)
        if not captions:  # a system without a caption field has no caption figures
            values = {k: v for k, v in values.items() if not k.startswith(("caption", "credit"))}
        return values


def newsfacts_page(html: str, page: PagesPage) -> PageReading:
    """Our reading: the HTML reader, then the clean stage (headline, byline, captions)."""
    from newsfacts.clean import clean_article
    from newsfacts.errors import InputError
    from newsfacts.ingest.html import read_html

    try:
        article = clean_article(read_html(html, name=str(page.html_file), url=page.url))
    except InputError:
        return NOTHING  # the reader found no article: a failed page scores 0 everywhere
    return PageReading(
        text=article.text,
        title=article.headline,
        authors=article.byline,
        published=article.published.isoformat() if article.published else "",
        captions=tuple((c.text, c.credit) for c in article.captions),
    )


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    pages = load_pages(folder, limit=limit)
    systems = (NEWSFACTS, *PEERS) if peers else (NEWSFACTS,)
    scores = {name: SystemScore() for name in systems}
    for page in track(pages, f"{NAME}: {', '.join(systems)}", total=len(pages)):
        html = page_html(page)
        scores[NEWSFACTS].add(page, newsfacts_page(html, page))
        if peers:
            scores[TRAFILATURA].add(page, trafilatura_page(html, page.url))
    result = TaskResult(task=NAME, documents=len(pages), primary=PRIMARY)
    result.systems = {
        name: score.metrics(captions=name == NEWSFACTS) for name, score in scores.items()
    }
    english = sum(page.english for page in pages)
    result.notes.append(f"{len(pages)} pages: {english} English, {len(pages) - english} other")
    result.notes.extend(
        f"{name}: nothing read on {score.failed} pages"
        for name, score in scores.items()
        if score.failed
    )
    return result


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=PEERS,
    run=run,
    figures=tuple(
        PeerFigure(TRAFILATURA, metric, value)
        for metric, value in {
            "body_f1_micro_en": 0.942,
            "body_f1_micro_other": 0.962,
            "body_f1_macro_en": 0.951,
            "body_f1_macro_other": 0.953,
            "shingle_f1_en": 0.950,
            "shingle_f1_other": 0.944,
            "title_exact_en": 0.833,
            "title_exact_other": 0.674,
            "title_f1_en": 0.979,
            "title_f1_other": 0.901,
            "authors_f1_micro_en": 0.854,
            "authors_f1_micro_other": 0.783,
            "authors_f1_macro_en": 0.858,
            "authors_f1_macro_other": 0.743,
            "date_acc_en": 0.976,
            "date_acc_other": 1.000,
        }.items()
    ),
)
