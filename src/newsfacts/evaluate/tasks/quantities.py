"""`quantities`: numbers with units against MeasEval and quantulum3's own test cases.

The primary figure is span F1 with overlap matching over both sources: whether a system finds
the quantities at all. MeasEval (scientific paragraphs) is the fair comparison with quantulum3;
quantulum3's own regression tests are biased in its favour but are the only gold here with
values and unit names, so value and unit accuracy are measured on them alone.
Definitions: ../shared/eval/METRICS.md, "quantities".
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluate.gold.quantities import (
    DIMENSIONLESS,
    MEASEVAL,
    QUANTULUM3,
    QuantityDocument,
    QuantitySpan,
    load_quantities,
)
from newsfacts.evaluate.matching import Counts, match_one_to_one, right_of_total
from newsfacts.evaluate.peers.quantities import quantulum3_quantities
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, overlap_score, same_span_score, score_sheets
from newsfacts.sheet import FactSheet, Quantity

NAME = "quantities"
PRIMARY = "f1"
NEWSFACTS = "newsfacts"
# METRICS.md: a value is right when it equals the gold one up to float noise.
VALUE_REL_TOL = 1e-6


@dataclass
class QuantityScore:
    """Span matching summed over documents (micro), plus value and unit over the matches."""

    overlap: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    valued: int = 0  # overlap matches with the right value
    united: int = 0  # overlap matches with the same unit name
    # Per gold kind (quantulum3's `unit_entity`): overlap matches, and those with the right unit.
    kind_matched: Counter[str] = field(default_factory=Counter)
    kind_united: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[QuantitySpan], predicted: Sequence[QuantitySpan]) -> None:
        """One document: one-to-one overlap matching (and exact), then value and unit."""
        pairs = [
            (gold[g], predicted[p]) for g, p in match_one_to_one(gold, predicted, overlap_score)
        ]
        self.overlap.add(len(pairs), len(predicted), len(gold))
        exact = match_one_to_one(gold, predicted, same_span_score)
        self.exact.add(len(exact), len(predicted), len(gold))
        self.valued += sum(1 for g, p in pairs if value_right(g, p))
        for g, p in pairs:
            if g.unit is None:
                continue
            self.kind_matched[g.kind or "unknown"] += 1
            if g.unit == p.unit:
                self.united += 1
                self.kind_united[g.kind or "unknown"] += 1

    def unit_accuracy_by_kind(self) -> dict[str, tuple[int, int]]:
        """kind -> (matches with the right unit, matches), most frequent kind first."""
        return {
            kind: (self.kind_united[kind], count) for kind, count in self.kind_matched.most_common()
        }

    @property
    def value_accuracy(self) -> float:
        return self.valued / self.overlap.matched if self.overlap.matched else 0.0

    @property
    def unit_accuracy(self) -> float:
        return self.united / self.overlap.matched if self.overlap.matched else 0.0


def value_right(gold: QuantitySpan, predicted: QuantitySpan) -> bool:
    if gold.value is None or predicted.value is None:
        return False
    return math.isclose(gold.value, predicted.value, rel_tol=VALUE_REL_TOL)


def without_dimensionless(quantities: Sequence[QuantitySpan]) -> list[QuantitySpan]:
    """METRICS.md "dimensionless dropped": bare numbers (years, ids, counts) left out."""
    return [q for q in quantities if not q.dimensionless]


@dataclass
class SourcedScore:
    """One system's scores over all texts, per source, and quantulum3's without bare numbers."""

    all: QuantityScore = field(default_factory=QuantityScore)
    by_source: dict[str, QuantityScore] = field(
        default_factory=lambda: {QUANTULUM3: QuantityScore(), MEASEVAL: QuantityScore()}
    )
    dimensioned: QuantityScore = field(default_factory=QuantityScore)

    def add(self, document: QuantityDocument, predicted: Sequence[QuantitySpan]) -> None:
        self.all.add(document.quantities, predicted)
        self.by_source[document.source].add(document.quantities, predicted)
        if document.source == QUANTULUM3:
            self.dimensioned.add(
                without_dimensionless(document.quantities), without_dimensionless(predicted)
            )

    def metrics(self) -> dict[str, float]:
        quantulum3, measeval = self.by_source[QUANTULUM3], self.by_source[MEASEVAL]
        return {
            "f1": self.all.overlap.f1,
            "precision": self.all.overlap.precision,
            "recall": self.all.overlap.recall,
            "exact_f1": self.all.exact.f1,
            "measeval_f1": measeval.overlap.f1,
            "measeval_exact_f1": measeval.exact.f1,
            "quantulum3_f1": quantulum3.overlap.f1,
            "quantulum3_f1_dimensionless_dropped": self.dimensioned.overlap.f1,
            # Only quantulum3's cases give values and unit names.
            "value_accuracy": quantulum3.value_accuracy,
            "unit_accuracy": quantulum3.unit_accuracy,
        }


def sheet_quantities(sheet: FactSheet) -> list[QuantitySpan]:
    """The sheet's quantities in the gold's terms (see `_sheet_quantity`)."""
    return [_sheet_quantity(quantity) for quantity in sheet.quantities]


def _sheet_quantity(quantity: Quantity) -> QuantitySpan:
    """A range with no single value scores by its midpoint, and a number with no unit counts as
    `dimensionless`: both are the gold's conventions (quantities/SOURCE.md)."""
    value = quantity.value
    if value is None and quantity.low is not None and quantity.high is not None:
        value = (quantity.low + quantity.high) / 2
    return QuantitySpan(
        start=quantity.start,
        end=quantity.end,
        text=quantity.text,
        value=value,
        unit=quantity.unit or DIMENSIONLESS,
        kind=quantity.kind,
    )


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    documents = load_quantities(folder, limit=limit)
    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    _record(result, NEWSFACTS, _score_newsfacts(documents, track=track))
    if peers:
        theirs = SourcedScore()
        label = f"{NAME}: {QUANTULUM3}"
        for document in track(documents, label, total=len(documents)):
            theirs.add(document, quantulum3_quantities(document.text))
        _record(result, QUANTULUM3, theirs)
    result.notes.insert(0, _gold_note(documents))
    return result


def _score_newsfacts(documents: Sequence[QuantityDocument], *, track: Track) -> SourcedScore:
    from newsfacts.nlp import get_nlp

    articles = (gold_article(d.text) for d in documents)
    return score_sheets(
        SourcedScore(), documents, articles, sheet_quantities, nlp=get_nlp(), task=NAME, track=track
    )


def _gold_note(documents: Sequence[QuantityDocument]) -> str:
    parts = []
    for source in (QUANTULUM3, MEASEVAL):
        chosen = [d for d in documents if d.source == source]
        parts.append(f"{source} {len(chosen)} texts/{sum(len(d.quantities) for d in chosen)}")
    return f"{len(documents)} texts: " + ", ".join(parts) + " quantities"


def _record(result: TaskResult, system: str, score: SourcedScore) -> None:
    """A system's metrics, and a note of its counts."""
    result.systems[system] = score.metrics()
    counts = score.all.overlap
    kinds = right_of_total(score.by_source[QUANTULUM3].unit_accuracy_by_kind())
    result.notes.append(
        f"{system}: {counts.predicted} predictions, {counts.matched} overlap matches, "
        f"{score.all.exact.matched} exact; right unit by gold kind: {kinds}"
    )


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=(QUANTULUM3,),
    run=run,
    figures=(
        PeerFigure(QUANTULUM3, "measeval_f1", 0.664),
        PeerFigure(QUANTULUM3, "quantulum3_f1", 1.0),
    ),
)
