"""Task `5w1h`: the sheet's main event (who, what, when, where, why, how) against coded answers.

METRICS.md "5w1h": for each (article, question) the gold is the phrases at least k coders chose
(k = 1 main, k = 2 strict); a question with no such phrase is not scored. An answer is right
when its SQuAD-style token F1 against some non-null phrase reaches 0.5; "no answer" is right
when the coders agreed there is none (a null phrase among the gold). Accuracy is right / scored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

from newsfacts.evaluate.gold.fivew1h import QUESTIONS, FiveW1HDocument, Phrase, load_fivew1h
from newsfacts.evaluate.peers.fivew1h import lead_answers, verb_group
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, parse_gold
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import build_sheet
from newsfacts.sheet import Event, FactSheet

NAME = "5w1h"
PRIMARY = "accuracy"
PEERS = ("lead",)
MAIN_CODERS = 1  # a phrase any coder chose is gold
STRICT_CODERS = 2  # a majority of the three coders
CORRECT_F1 = 0.5
WORD = re.compile(r"\w+")

FIGURES = (PeerFigure("lead", "accuracy", 0.277),)

Answers = Mapping[str, str | None]


@dataclass(frozen=True, slots=True)
class Judgement:
    """One scored (article, question): right or not, and the best token F1 (no answer: 1/0)."""

    question: str
    correct: bool
    best_f1: float


def token_f1(predicted: str, gold: str) -> float:
    """SQuAD-style F1 of the lower-cased `\\w+` bags of two phrases."""
    predicted_tokens = Counter(WORD.findall(predicted.lower()))
    gold_tokens = Counter(WORD.findall(gold.lower()))
    shared = sum((predicted_tokens & gold_tokens).values())
    # 2PR/(P+R) in one division, so a pair exactly at the 0.5 threshold is not lost to rounding.
    return 2 * shared / (predicted_tokens.total() + gold_tokens.total()) if shared else 0.0


def judge(
    question: str, answer: str | None, phrases: Sequence[Phrase], *, min_coders: int
) -> Judgement | None:
    """Score one answer against the phrases `min_coders` or more coders chose; None = unscored."""
    gold = [phrase for phrase in phrases if phrase.coders >= min_coders]
    if not gold:
        return None
    if answer is None:
        agreed_none = any(phrase.text is None for phrase in gold)
        return Judgement(question, agreed_none, 1.0 if agreed_none else 0.0)
    best = max((token_f1(answer, p.text) for p in gold if p.text is not None), default=0.0)
    return Judgement(question, best >= CORRECT_F1, best)


def judge_document(
    document: FiveW1HDocument, answers: Answers, *, min_coders: int
) -> list[Judgement]:
    """The scored questions of one article."""
    judgements = (
        judge(q, answers.get(q), document.answers[q], min_coders=min_coders) for q in QUESTIONS
    )
    return [judgement for judgement in judgements if judgement is not None]


def score_answers(
    documents: Sequence[FiveW1HDocument], answers: Sequence[Answers]
) -> dict[str, float]:
    """Overall and per-question accuracy (k=1), strict accuracy (k=2), mean best token F1."""
    main = [
        j
        for d, a in zip(documents, answers, strict=True)
        for j in judge_document(d, a, min_coders=MAIN_CODERS)
    ]
    strict = [
        j
        for d, a in zip(documents, answers, strict=True)
        for j in judge_document(d, a, min_coders=STRICT_CODERS)
    ]
    metrics = {"accuracy": _accuracy(main)}
    for question in QUESTIONS:
        metrics[question] = _accuracy(j for j in main if j.question == question)
    metrics["accuracy_strict"] = _accuracy(strict)
    metrics["mean_token_f1"] = fmean(j.best_f1 for j in main) if main else 0.0
    return metrics


def _accuracy(judgements: Iterable[Judgement]) -> float:
    outcomes = [j.correct for j in judgements]
    return sum(outcomes) / len(outcomes) if outcomes else 0.0


def sheet_answers(sheet: FactSheet) -> dict[str, str | None]:
    """The sheet's event as answers; a missing or blank part is "no answer"."""
    event: Event = sheet.event
    parts = {
        "who": event.who.text if event.who else None,
        "what": event.what,
        "when": event.when.text if event.when else None,
        "where": event.where.text if event.where else None,
        "why": event.why,
        "how": event.how,
    }
    return {question: text if text and text.strip() else None for question, text in parts.items()}


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    documents = load_fivew1h(folder, limit=limit)
    nlp = get_nlp()
    # One parse per article (body_only keeps gold offsets), shared by the sheet and the peer.
    articles = (gold_article(d.text, published=d.published, headline=d.headline) for d in documents)
    ours: list[dict[str, str | None]] = []
    lead: list[dict[str, str | None]] = []
    verb_groups: list[dict[str, str | None]] = []
    for parsed in track(parse_gold(articles, nlp=nlp), f"{NAME}: newsfacts", total=len(documents)):
        ours.append(sheet_answers(build_sheet(parsed, nlp=nlp)))
        if peers:
            lead.append(lead_answers(parsed.doc))
            verb_groups.append({"what": verb_group(parsed.doc)})

    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    result.systems["newsfacts"] = score_answers(documents, ours)
    if peers:
        result.systems["lead"] = score_answers(documents, lead)
        # METRICS.md's extra row: the verb group alone, scored like "what", not in the overall.
        result.systems["lead"]["what_verb_group"] = score_answers(documents, verb_groups)["what"]
    scored = sum(len(judge_document(d, {}, min_coders=MAIN_CODERS)) for d in documents)
    strict = sum(len(judge_document(d, {}, min_coders=STRICT_CODERS)) for d in documents)
    result.notes.append(f"{scored} (article, question) pairs scored; {strict} at k=2 (strict)")
    return result


TASK = TaskSpec(name=NAME, primary=PRIMARY, peers=PEERS, run=run, figures=FIGURES)
