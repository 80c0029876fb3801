"""`storyfacts`: one incident told by several outlets, its killed and injured counts reconciled.

Each gold line's articles are ingested as one story with the corpus's own store code and the
story sheet is read back (`newsfacts.store.story_sheet`); its `killed` and `injured` figures are
scored against the Gun Violence Archive's official counts. Definitions: METRICS.md, section
"storyfacts" (reconciled and any-value accuracy, disagreement recall and precision against the
frozen gold-side rule, provenance of every value reported).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from newsfacts.article import RawArticle, Source
from newsfacts.evaluate.gold.storyfacts import FIGURES, GoldArticle, Incident, load_incidents
from newsfacts.evaluate.peers.storyfacts import FIRST_ARTICLE, MAJORITY, baseline
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_sheets
from newsfacts.nlp import get_nlp
from newsfacts.sheet import FactSheet
from newsfacts.store.corpus import Corpus
from newsfacts.store.story_sheet import StorySheet, articles_by_id, build
from newsfacts.words.number_words import TENS, UNITS

NAME = "storyfacts"
PRIMARY = "reconciled_acc"
NEWSFACTS = "newsfacts"
PEERS = (FIRST_ARTICLE, MAJORITY)
MAX_SPAN = 200  # METRICS.md: a value's slice is at most this long

FIGURES_MD = (
    PeerFigure(FIRST_ARTICLE, "reconciled_acc_killed", 0.756),
    PeerFigure(FIRST_ARTICLE, "reconciled_acc_injured", 0.725),
    PeerFigure(MAJORITY, "reconciled_acc_killed", 0.748),
    PeerFigure(MAJORITY, "reconciled_acc_injured", 0.739),
    PeerFigure(FIRST_ARTICLE, "reconciled_acc", 0.739),
    PeerFigure(MAJORITY, "reconciled_acc", 0.743),
    PeerFigure(FIRST_ARTICLE, "any_acc_killed", 0.811),
    PeerFigure(FIRST_ARTICLE, "any_acc_injured", 0.794),
    PeerFigure(FIRST_ARTICLE, "disagreement_precision", 0.782, tolerance=0.03),
)

_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)*|\d+")
_WORDS = {value: word for word, value in (UNITS | TENS).items()}
_ALSO = {
    0: {"no", "none", "nobody", "zero"},
    1: {"a", "an", "single", "lone", "sole"},
    12: {"dozen"},
}


def number_tokens(value: int) -> set[str]:
    """The tokens that state `value` (METRICS.md provenance: digits, number word, synonyms)."""
    tokens = {str(value), *_ALSO.get(value, set())}
    if value in _WORDS:
        tokens.add(_WORDS[value])
    elif 20 < value < 100:
        tens, unit = divmod(value, 10)
        tokens.add(f"{_WORDS[tens * 10]}-{_WORDS[unit]}")
    return tokens


def provenant(entry: dict[str, Any], incident: Incident) -> bool:
    """Whether one reported value's offsets slice a text of the incident that states it."""
    articles = {article.id: article for article in incident.articles}
    article = articles.get(entry.get("article", ""))
    field = entry.get("field", "text")
    if article is None or field not in ("text", "headline"):
        return False
    start, end, text = entry.get("start"), entry.get("end"), article.field(field)
    if not isinstance(start, int) or not isinstance(end, int):
        return False
    if not (0 <= start < end <= len(text)) or end - start > MAX_SPAN:
        return False
    tokens = set(_TOKEN.findall(text[start:end].lower().replace(",", "")))
    value = entry.get("value")
    return isinstance(value, int) and bool(tokens & number_tokens(value))


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score(incidents: Sequence[Incident], lines: Iterable[dict[str, Any]]) -> dict[str, float]:
    """Every storyfacts metric of one system's output lines over `incidents`."""
    by_id = {line.get("id"): line for line in lines}
    metrics: dict[str, float] = {}
    pooled = {"right": 0, "stated": 0, "flagged_pos": 0, "pos": 0, "flagged_judged": 0}
    good = total = 0
    for figure in FIGURES:
        right = any_right = covered = stated = 0
        flagged_pos = positives = flagged_judged = 0
        for incident in incidents:
            output = by_id.get(incident.id, {}).get(figure) or {}
            value = output.get("value")
            values = output.get("values") or []
            for entry in values:
                total += 1
                good += provenant(entry, incident)
            official = incident.official[figure]
            if incident.states(figure):
                stated += 1
                right += value == official
                covered += value is not None
                any_right += value == official or any(e.get("value") == official for e in values)
            if incident.judged(figure):
                flagged = bool(output.get("disagreement"))
                positive = incident.disagreement.get(figure, False)
                positives += positive
                flagged_pos += flagged and positive
                flagged_judged += flagged
        metrics[f"reconciled_acc_{figure}"] = _share(right, stated)
        metrics[f"any_acc_{figure}"] = _share(any_right, stated)
        metrics[f"coverage_{figure}"] = _share(covered, stated)
        metrics[f"disagreement_recall_{figure}"] = _share(flagged_pos, positives)
        metrics[f"disagreement_precision_{figure}"] = _share(flagged_pos, flagged_judged)
        for key, count in zip(
            ("right", "stated", "flagged_pos", "pos", "flagged_judged"),
            (right, stated, flagged_pos, positives, flagged_judged),
            strict=True,
        ):
            pooled[key] += count
    metrics["reconciled_acc"] = _share(pooled["right"], pooled["stated"])
    metrics["disagreement_recall"] = _share(pooled["flagged_pos"], pooled["pos"])
    metrics["disagreement_precision"] = _share(pooled["flagged_pos"], pooled["flagged_judged"])
    if total:
        metrics["provenance"] = good / total
    return metrics


def raw_article(article: GoldArticle) -> RawArticle:
    """A gold article as input: its URL names the outlet, its date anchors relative times."""
    published = date.fromisoformat(article.published) if article.published else None
    return RawArticle(
        text=article.text,
        source=Source(kind="text", url=article.url),
        headline=article.headline or None,
        published=published,
        published_from="input" if published else None,
    )


def figure_output(sheet: StorySheet, what: str, gold_ids: dict[str, str]) -> dict[str, Any]:
    """One figure of a story sheet in METRICS.md's output format (gold article ids)."""
    figure = next((f for f in sheet.figures if f.what == what), None)
    if figure is None:  # only a group is counted ("five officers killed"): the most reported
        groups = [f for f in sheet.figures if f.predicate == what]
        figure = max(groups, key=lambda f: len({v.article for v in f.values}), default=None)
    if figure is None:
        return {"value": None, "values": [], "disagreement": False}
    values = [
        {
            "value": int(v.value),
            "article": gold_ids.get(v.article, v.article),
            "field": v.field,
            "start": v.start,
            "end": v.end,
        }
        for v in figure.values
        if v.value is not None and float(v.value).is_integer() and not v.approximate
    ]
    value = int(figure.reconciled) if figure.reconciled is not None else None
    # a group's count in dispute ("1 officer killed" / "killed five officers") is in dispute
    disputed = any(f.disagree for f in sheet.figures if f.predicate == what)
    return {"value": value, "values": values, "disagreement": disputed}


def story_line(incident: Incident, sheets: dict[str, FactSheet], folder: Path) -> dict[str, Any]:
    """Store one incident's sheets in a corpus of its own, read them back as one story.

    A corpus of its own: a sheet's id is its text's hash, and pages of different incidents
    can share a text (a paywall notice) under different headlines.
    """
    gold_ids = {sheets[a.id].id: a.id for a in incident.articles}
    with Corpus(folder / f"{incident.id.replace('/', '-')}.db") as corpus:
        corpus.add(sheets[a.id] for a in incident.articles)
        articles = articles_by_id(corpus.conn, list(gold_ids))
    sheet = build(incident.id, articles)
    return {"id": incident.id, **{f: figure_output(sheet, f, gold_ids) for f in FIGURES}}


def story_lines(
    incidents: Sequence[Incident], sheets: dict[str, FactSheet], folder: Path
) -> Iterator[dict[str, Any]]:
    for incident in incidents:
        yield story_line(incident, sheets, folder)


def newsfacts_lines(incidents: Sequence[Incident], *, track: Track = no_progress) -> list[dict]:
    """newsfacts' output lines: each incident ingested as one story, its story sheet read back."""
    articles = {a.id: a for incident in incidents for a in incident.articles}
    raws = (raw_article(a) for a in articles.values())
    stream = track(gold_sheets(raws, nlp=get_nlp()), f"{NAME}: newsfacts", len(articles))
    sheets = dict(zip(articles, stream, strict=True))
    with TemporaryDirectory() as folder:
        return list(story_lines(incidents, sheets, Path(folder)))


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    incidents = load_incidents(folder, limit=limit)
    result = TaskResult(task=NAME, documents=len(incidents), primary=PRIMARY)
    result.systems[NEWSFACTS] = score(incidents, newsfacts_lines(incidents, track=track))
    if peers:
        for system in PEERS:
            result.systems[system] = score(incidents, (baseline(i, system) for i in incidents))
    judged = sum(i.judged(f) for i in incidents for f in FIGURES)
    disputed = sum(i.disagreement.get(f, False) for i in incidents for f in FIGURES)
    result.notes.append(f"{judged} judged (incident, figure) pairs, {disputed} disputed")
    return result


TASK = TaskSpec(name=NAME, primary=PRIMARY, peers=PEERS, run=run, figures=FIGURES_MD)
