"""`coref`: does a pronoun end up with the right entity? GUM news pronouns and GAP.

The fact sheet resolves pronouns by merging their mentions into entities (a speaker's "he"
must name someone), so both sets are scored through `sheet.entities`. GUM asks, for every
anaphoric 3rd-person pronoun of 18 news articles, whether the mention chosen as its antecedent
belongs to its gold entity; GAP asks whether a pronoun refers to name A, name B, or neither,
scored with GAP's own rules (`gap_scorer.py`: two binary links per example, P/R/F1, by pronoun
gender, bias = F1 feminine / F1 masculine). Definitions: ../shared/eval/METRICS.md, "coref".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.evaluate.gold.coref import (
    GapExample,
    GumDocument,
    GumMention,
    Span,
    load_gap,
    load_gum,
)
from newsfacts.evaluate.matching import f1, overlap
from newsfacts.evaluate.peers.coref import (
    NEITHER,
    GapAnswer,
    closest_candidate_answer,
    closest_named_antecedent,
    closest_person_answer,
    ner_docs,
)
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, gold_sheets, parsed_sheets
from newsfacts.sheet import FactSheet

if TYPE_CHECKING:
    from spacy.language import Language

NAME = "coref"
PRIMARY = "f1"
NEWSFACTS = "newsfacts"
CLOSEST_MENTION = "closest-mention"
CLOSEST_AB = "closest-ab"
TEXT_FIELD = "text"
# GAP's pronoun genders (gap-coreference constants.PRONOUNS).
FEMININE = "feminine"
MASCULINE = "masculine"
PRONOUN_GENDER = {
    "she": FEMININE,
    "her": FEMININE,
    "hers": FEMININE,
    "he": MASCULINE,
    "his": MASCULINE,
    "him": MASCULINE,
}
OVERALL = "overall"


# --- GUM: pronoun -> antecedent mention ---------------------------------------------------


def antecedent_right(document: GumDocument, pronoun: GumMention, antecedent: Span | None) -> bool:
    """Whether the gold mention the antecedent span stands for belongs to the pronoun's entity.

    That mention is the smallest gold mention containing the span; failing that, the one
    sharing the most characters with it; failing that, there is none and the answer is wrong.
    """
    if antecedent is None:
        return False
    others = [m for m in document.mentions if m != pronoun]
    containing = [m for m in others if m.start <= antecedent[0] and antecedent[1] <= m.end]
    if containing:
        chosen = min(containing, key=lambda m: m.end - m.start)
        return chosen.entity == pronoun.entity
    best, best_shared = None, 0
    for mention in others:
        shared = overlap(mention.span, antecedent)
        if shared > best_shared:
            best, best_shared = mention, shared
    return best is not None and best.entity == pronoun.entity


@dataclass
class PronounScore:
    """GUM pronoun accuracy, summed over documents."""

    right: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def pronoun_entity_spans(sheet: FactSheet, pronoun: Span) -> list[Span] | None:
    """The body mention spans of the sheet entity the pronoun belongs to; None = unresolved.

    That entity has a mention overlapping the pronoun; when several do ("his" inside another
    entity's "his campaign"), the one whose mention fits the pronoun best: most shared
    characters, then the shortest mention.
    """
    best: tuple[int, int] | None = None
    best_spans = None
    for entity in sheet.entities:
        spans = [(m.start, m.end) for m in entity.mentions if m.field == TEXT_FIELD]
        for span in spans:
            shared = overlap(span, pronoun)
            fit = (shared, -(span[1] - span[0]))
            if shared and (best is None or fit > best):
                best, best_spans = fit, spans
    return best_spans


def sheet_antecedent(sheet: FactSheet, start: int, end: int) -> Span | None:
    """Our antecedent for the pronoun at [start, end): the latest earlier mention of its entity."""
    spans = pronoun_entity_spans(sheet, (start, end))
    if spans is None:
        return None
    earlier = [span for span in spans if span[1] <= start]
    return max(earlier, key=lambda span: (span[1], span[0]), default=None)


# --- GAP: two binary links per example ------------------------------------------------------


@dataclass
class LinkCounts:
    """GAP's true/false positive and false negative tallies (true negatives are not scored)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class GapScore:
    """GAP's scorer: A and B links tallied overall and by pronoun gender."""

    counts: dict[str, LinkCounts] = field(
        default_factory=lambda: {g: LinkCounts() for g in (OVERALL, FEMININE, MASCULINE)}
    )

    def add(self, example: GapExample, answer: GapAnswer) -> None:
        gender = PRONOUN_GENDER.get(example.pronoun.lower())
        groups = [self.counts[OVERALL]] + ([self.counts[gender]] if gender else [])
        for gold, said in ((example.a_coref, answer[0]), (example.b_coref, answer[1])):
            for counts in groups:
                if gold and said:
                    counts.true_positives += 1
                elif said:
                    counts.false_positives += 1
                elif gold:
                    counts.false_negatives += 1

    @property
    def bias(self) -> float:
        """F1 feminine / F1 masculine; 0 when either is 0 (GAP prints "-")."""
        feminine, masculine = self.counts[FEMININE].f1, self.counts[MASCULINE].f1
        return feminine / masculine if feminine and masculine else 0.0

    def metrics(self) -> dict[str, float]:
        overall = self.counts[OVERALL]
        return {
            "f1": overall.f1,
            "precision": overall.precision,
            "recall": overall.recall,
            "f1_feminine": self.counts[FEMININE].f1,
            "f1_masculine": self.counts[MASCULINE].f1,
            "bias": self.bias,
        }


def sheet_gap_answer(sheet: FactSheet, example: GapExample) -> GapAnswer:
    """A-coref / B-coref when the pronoun's sheet entity also has a mention on A / on B."""
    spans = pronoun_entity_spans(sheet, example.pronoun_span)
    if spans is None:
        return NEITHER
    return (
        any(overlap(span, example.a) for span in spans),
        any(overlap(span, example.b) for span in spans),
    )


# --- the task ---------------------------------------------------------------------------------


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    from newsfacts.nlp import get_nlp

    nlp = get_nlp()
    documents = load_gum(folder, limit=limit)
    examples = load_gap(folder, limit=limit)
    ours_gum, named_gum = _score_gum(documents, nlp=nlp, peers=peers, track=track)
    ours_gap = _score_gap_sheets(examples, nlp=nlp, track=track)
    result = TaskResult(task=NAME, documents=len(documents) + len(examples), primary=PRIMARY)
    result.systems[NEWSFACTS] = {
        **ours_gap.metrics(),
        "gum_pronoun_accuracy": ours_gum.accuracy,
    }
    if peers:
        person_gap, candidates_gap = _score_gap_peers(examples, nlp=nlp, track=track)
        result.systems[CLOSEST_MENTION] = {
            **person_gap.metrics(),
            "gum_pronoun_accuracy": named_gum.accuracy,
        }
        result.systems[CLOSEST_AB] = candidates_gap.metrics()
    result.notes.append(
        f"GUM: {len(documents)} documents, {ours_gum.total} anaphoric 3rd-person pronouns; "
        f"GAP: {len(examples)} examples"
    )
    return result


def _score_gum(
    documents: Sequence[GumDocument], *, nlp: Language, peers: bool, track: Track
) -> tuple[PronounScore, PronounScore]:
    """Our sheet and the closest-named baseline on GUM, from one full parse per document."""
    ours, named = PronounScore(), PronounScore()
    systems = f"{NAME}: GUM {NEWSFACTS}, {CLOSEST_MENTION}" if peers else f"{NAME}: GUM {NEWSFACTS}"
    articles = (gold_article(d.text, published=d.published) for d in documents)
    for document, parse, sheet in parsed_sheets(
        documents, articles, nlp=nlp, track=track, description=systems
    ):
        for pronoun in document.anaphoric_pronouns():
            ours.add(
                antecedent_right(
                    document, pronoun, sheet_antecedent(sheet, pronoun.start, pronoun.end)
                )
            )
            if peers:
                antecedent = closest_named_antecedent(parse.doc, pronoun.text, pronoun.start)
                named.add(antecedent_right(document, pronoun, antecedent))
    return ours, named


def _score_gap_sheets(examples: Sequence[GapExample], *, nlp: Language, track: Track) -> GapScore:
    ours = GapScore()
    sheets = gold_sheets((gold_article(e.text) for e in examples), nlp=nlp)
    for example, sheet in track(
        zip(examples, sheets, strict=True), f"{NAME}: GAP {NEWSFACTS}", total=len(examples)
    ):
        ours.add(example, sheet_gap_answer(sheet, example))
    return ours


def _score_gap_peers(
    examples: Sequence[GapExample], *, nlp: Language, track: Track
) -> tuple[GapScore, GapScore]:
    """The spaCy-PERSON baseline (NER alone, parser off) and the A/B-candidate baseline."""
    person, candidates = GapScore(), GapScore()
    docs = ner_docs((e.text for e in examples), nlp=nlp)
    for example, doc in track(
        zip(examples, docs, strict=True),
        f"{NAME}: GAP {CLOSEST_MENTION}, {CLOSEST_AB}",
        total=len(examples),
    ):
        person.add(example, closest_person_answer(doc, example))
        candidates.add(example, closest_candidate_answer(example))
    return person, candidates


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=(CLOSEST_MENTION, CLOSEST_AB),
    run=run,
    figures=(
        # 18 documents, 275 pronouns: the smallest-set tolerance.
        PeerFigure(CLOSEST_MENTION, "gum_pronoun_accuracy", 0.411, tolerance=0.03),
        PeerFigure(CLOSEST_MENTION, "f1", 0.373),
        PeerFigure(CLOSEST_AB, "f1", 0.427),
    ),
    gold_files=("gold.jsonl", "gap.jsonl"),
)
