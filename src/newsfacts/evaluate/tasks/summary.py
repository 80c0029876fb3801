"""Task `summary`: the sheet's summary sentences scored by ROUGE against reference summaries.

METRICS.md "summary": ROUGE F-measure (rouge-score, Porter stemming) of the chosen sentences,
joined by a space, against the gold summary; ROUGE-Lsum compares sentence lists joined by
newlines. Mean over articles, with CNN/DailyMail and GUM apart because their references differ
in length (3-4 highlights vs one abstractive sentence). The primary figure is CNN/DM ROUGE-2.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.summary import CNNDM, GUM, SummaryDocument, load_summary
from newsfacts.evaluate.peers.summary import lead, sentences, textrank
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, parse_gold
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import build_sheet

if TYPE_CHECKING:
    from rouge_score.rouge_scorer import RougeScorer
    from spacy.tokens import Doc

NAME = "summary"
PRIMARY = "rouge2"
PEERS = ("lead-3", "textrank")
JOINED_TYPES = ("rouge1", "rouge2", "rougeL")  # prediction and reference as one string
SENTENCE_TYPE = "rougeLsum"  # sentence lists joined by newlines (rouge-score's convention)
GUM_PREFIX = "gum_"

FIGURES = (
    PeerFigure("lead-3", "rouge1", 0.414),
    PeerFigure("lead-3", "rouge2", 0.190),
    PeerFigure("lead-3", "rougeL", 0.266),
    PeerFigure("textrank", "rouge1", 0.324),
    # 18 GUM documents: the small-set tolerance.
    PeerFigure("lead-3", "gum_rouge1", 0.417, tolerance=0.03),
)


@cache
def _scorers() -> tuple[RougeScorer, RougeScorer]:
    from rouge_score.rouge_scorer import RougeScorer

    return (
        RougeScorer(list(JOINED_TYPES), use_stemmer=True),
        RougeScorer([SENTENCE_TYPE], use_stemmer=True),
    )


def rouge(document: SummaryDocument, predicted: Sequence[str]) -> dict[str, float]:
    """ROUGE F-measures of one article's chosen sentences against its reference."""
    joined, by_sentence = _scorers()
    scores = {
        name: score.fmeasure
        for name, score in joined.score(document.summary, " ".join(predicted)).items()
    }
    lsum = by_sentence.score("\n".join(document.summary_sentences), "\n".join(predicted))
    scores[SENTENCE_TYPE] = lsum[SENTENCE_TYPE].fmeasure
    return scores


def score_summaries(
    documents: Sequence[SummaryDocument], predictions: Sequence[Sequence[str]]
) -> dict[str, float]:
    """Mean ROUGE over CNN/DM articles (plain keys) and over GUM ones (`gum_` keys).

    A subset with no article in the run (e.g. under `--limit`) scores 0.0.
    """
    per_article = [
        rouge(doc, predicted) for doc, predicted in zip(documents, predictions, strict=True)
    ]
    cnndm = [s for doc, s in zip(documents, per_article, strict=True) if doc.subset == CNNDM]
    gum = [s for doc, s in zip(documents, per_article, strict=True) if doc.subset == GUM]
    metrics = {name: _mean(cnndm, name) for name in (*JOINED_TYPES, SENTENCE_TYPE)}
    metrics.update({GUM_PREFIX + name: _mean(gum, name) for name in JOINED_TYPES})
    return metrics


def _mean(scores: list[dict[str, float]], name: str) -> float:
    return fmean(s[name] for s in scores) if scores else 0.0


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    documents = load_summary(folder, limit=limit)
    nlp = get_nlp()
    # One parse per article, shared by the sheet and the peers (which all pick spaCy sentences).
    articles = (gold_article(d.text, headline=d.headline) for d in documents)
    docs: list[Doc] = []
    ours: list[list[str]] = []
    for parsed in track(parse_gold(articles, nlp=nlp), f"{NAME}: newsfacts", total=len(documents)):
        docs.append(parsed.doc)
        ours.append(list(build_sheet(parsed, nlp=nlp).summary))

    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    result.systems["newsfacts"] = score_summaries(documents, ours)
    if peers:
        sentence_lists = [sentences(doc) for doc in docs]
        result.systems["lead-3"] = score_summaries(documents, [lead(s) for s in sentence_lists])
        chosen = [textrank(s) for s in track(sentence_lists, f"{NAME}: textrank", len(docs))]
        result.systems["textrank"] = score_summaries(documents, chosen)
    counts = {subset: sum(d.subset == subset for d in documents) for subset in (CNNDM, GUM)}
    result.notes.append(
        f"{counts[CNNDM]} CNN/DailyMail articles (plain keys), {counts[GUM]} GUM news articles "
        f"({GUM_PREFIX} keys)"
    )
    if not ours or not any(ours):
        result.notes.append("newsfacts wrote no summary sentences (the stage is not built yet)")
    return result


TASK = TaskSpec(name=NAME, primary=PRIMARY, peers=PEERS, run=run, figures=FIGURES)
