"""`timex`: time expressions against TempEval-3 (TE3-platinum + TimeBank/AQUAINT), TE3 style.

The primary figure is TempEval-3's value F1: a prediction counts when it overlaps a gold TIMEX3
(one-to-one) and carries the same TIMEX3 value, so it rewards finding *and* resolving a time.
Span F1 (relaxed and strict), type and value accuracy over the relaxed matches show which half
fails. Definitions: ../shared/eval/METRICS.md, "timex".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluate.gold.timex import TYPES, TimexDocument, TimexSpan, load_timex
from newsfacts.evaluate.matching import Counts, match_one_to_one, right_of_total
from newsfacts.evaluate.peers.timex import DATE_TYPE, DATEPARSER, dateparser_timexes
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, overlap_score, same_span_score, score_sheets
from newsfacts.sheet import FactSheet

NAME = "timex"
PRIMARY = "value_f1"
NEWSFACTS = "newsfacts"
# Groups of METRICS.md: the primary figures are over ALL; PLATINUM is the TE3 test set.
ALL = "all"
PLATINUM = "te3-platinum"
TBAQ = "aquaint+timebank"
GROUP_PREFIXES = {ALL: "", PLATINUM: "platinum_", TBAQ: "tbaq_"}
# The figures repeated for the smaller groups (all of them are given for ALL).
GROUP_METRICS = ("value_f1", "span_f1_relaxed")
# Gold types whose value a system can get right. Our system writes TIMEX3 values of every
# type; dateparser yields calendar days only, so METRICS.md credits its values on DATE alone.
ALL_TYPES = frozenset(TYPES)
DATES_ONLY = frozenset({DATE_TYPE})

Predictor = Callable[[TimexDocument], list[TimexSpan]]


@dataclass
class TimexScore:
    """TempEval-3 counts summed over documents (micro), for one system and one group."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    typed: int = 0  # relaxed matches whose type is right
    valued: int = 0  # relaxed matches whose value is right
    date_matches: int = 0  # relaxed matches of a gold DATE
    date_valued: int = 0  # ... whose value is right
    # Per gold TIMEX3 type: relaxed matches, and those with the right value.
    type_matches: Counter[str] = field(default_factory=Counter)
    type_valued: Counter[str] = field(default_factory=Counter)

    def add(
        self,
        gold: Sequence[TimexSpan],
        predicted: Sequence[TimexSpan],
        *,
        value_types: frozenset[str] = ALL_TYPES,
    ) -> None:
        """One document: one-to-one overlap matching, then type and value on the matches."""
        pairs = [
            (gold[g], predicted[p]) for g, p in match_one_to_one(gold, predicted, overlap_score)
        ]
        self.relaxed.add(len(pairs), len(predicted), len(gold))
        strict = match_one_to_one(gold, predicted, same_span_score)
        self.strict.add(len(strict), len(predicted), len(gold))
        right = [(g, p) for g, p in pairs if value_right(g, p, value_types=value_types)]
        self.value.add(len(right), len(predicted), len(gold))
        self.valued += len(right)
        self.typed += sum(1 for g, p in pairs if g.type.upper() == p.type.upper())
        self.date_matches += sum(1 for g, _ in pairs if g.type == DATE_TYPE)
        self.date_valued += sum(1 for g, _ in right if g.type == DATE_TYPE)
        self.type_matches.update(g.type.upper() for g, _ in pairs)
        self.type_valued.update(g.type.upper() for g, _ in right)

    def value_accuracy_by_type(self) -> dict[str, tuple[int, int]]:
        """Gold type -> (relaxed matches with the right value, relaxed matches)."""
        return {
            kind: (self.type_valued[kind], count) for kind, count in self.type_matches.most_common()
        }

    def metrics(self) -> dict[str, float]:
        matches = self.relaxed.matched
        return {
            "value_f1": self.value.f1,
            "span_f1_relaxed": self.relaxed.f1,
            "span_precision_relaxed": self.relaxed.precision,
            "span_recall_relaxed": self.relaxed.recall,
            "span_f1_strict": self.strict.f1,
            "type_accuracy": self.typed / matches if matches else 0.0,
            "value_accuracy": self.valued / matches if matches else 0.0,
            "value_accuracy_date": (
                self.date_valued / self.date_matches if self.date_matches else 0.0
            ),
        }


def value_right(
    gold: TimexSpan, predicted: TimexSpan, *, value_types: frozenset[str] = ALL_TYPES
) -> bool:
    """TE3: the predicted value string equals the gold one exactly (`2013-W11` != `2013-03-14`)."""
    return (
        predicted.value is not None
        and predicted.value == gold.value
        and gold.type.upper() in value_types
    )


@dataclass
class GroupedScore:
    """One system's TimexScore per METRICS.md group."""

    value_types: frozenset[str] = ALL_TYPES
    groups: dict[str, TimexScore] = field(
        default_factory=lambda: {name: TimexScore() for name in GROUP_PREFIXES}
    )

    def add(self, document: TimexDocument, predicted: Sequence[TimexSpan]) -> None:
        group = PLATINUM if document.platinum else TBAQ
        for name in (ALL, group):
            self.groups[name].add(document.timexes, predicted, value_types=self.value_types)

    def metrics(self) -> dict[str, float]:
        scores = self.groups[ALL].metrics()
        for name, prefix in GROUP_PREFIXES.items():
            if name == ALL:
                continue
            group = self.groups[name].metrics()
            scores |= {f"{prefix}{metric}": group[metric] for metric in GROUP_METRICS}
        return scores


def sheet_timexes(sheet: FactSheet) -> list[TimexSpan]:
    """The sheet's times as TIMEX3 spans; our lower-case types are TimeML's, upper-cased."""
    return [
        TimexSpan(time.start, time.end, time.text, time.type.upper(), time.value)
        for time in sheet.times
    ]


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    documents = load_timex(folder, limit=limit)
    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    _record(result, NEWSFACTS, _score_newsfacts(documents, track=track))
    if peers:
        theirs = _score_predictor(
            documents, _dateparser, value_types=DATES_ONLY, label=DATEPARSER, track=track
        )
        _record(result, DATEPARSER, theirs)
    platinum = sum(1 for d in documents if d.platinum)
    gold = sum(len(d.timexes) for d in documents)
    result.notes.insert(0, f"{len(documents)} documents ({platinum} te3-platinum), {gold} timexes")
    return result


def _score_newsfacts(documents: Sequence[TimexDocument], *, track: Track) -> GroupedScore:
    """Our sheets, each given its DCT as publication date so relative times can resolve."""
    from newsfacts.nlp import get_nlp

    score = GroupedScore(value_types=ALL_TYPES)
    articles = (gold_article(d.text, published=d.published) for d in documents)
    return score_sheets(
        score, documents, articles, sheet_timexes, nlp=get_nlp(), task=NAME, track=track
    )


def _score_predictor(
    documents: Sequence[TimexDocument],
    predict: Predictor,
    *,
    value_types: frozenset[str],
    label: str,
    track: Track,
) -> GroupedScore:
    score = GroupedScore(value_types=value_types)
    for document in track(documents, f"{NAME}: {label}", total=len(documents)):
        score.add(document, predict(document))
    return score


def _dateparser(document: TimexDocument) -> list[TimexSpan]:
    return dateparser_timexes(document.text, dct=document.dct)


def _record(result: TaskResult, system: str, score: GroupedScore) -> None:
    """A system's metrics, and a note of its counts."""
    result.systems[system] = score.metrics()
    counts = score.groups[ALL]
    types = right_of_total(counts.value_accuracy_by_type())
    result.notes.append(
        f"{system}: {counts.relaxed.predicted} predictions, {counts.relaxed.matched} relaxed "
        f"matches, {counts.strict.matched} strict, {counts.valued} with the right value "
        f"(by gold type: {types})"
    )


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=(DATEPARSER,),
    run=run,
    figures=(
        PeerFigure(DATEPARSER, "span_f1_relaxed", 0.619),
        PeerFigure(DATEPARSER, "value_f1", 0.197),
        # 15 documents / 106 timexes: the small-set tolerance.
        PeerFigure(DATEPARSER, "platinum_span_f1_relaxed", 0.676, tolerance=0.03),
    ),
)
