"""`quotes`: who said what, against PolNeAR's attributions in 751 political news articles.

Contents are long (a clause, often several sentences) and cut differently by every annotator
and tool, so a predicted quote matches a gold one when they share at least half of the shorter
content; then the speaker is checked by overlap. PolNeAR is broader than quotation marks
(indirect speech, beliefs, findings), hence the subsets by kind, and a `speech` subset for
attributions whose cue is a verb of saying. Definitions: ../shared/eval/METRICS.md, "quotes".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluate.gold.quotes import (
    GoldQuote,
    PredictedQuote,
    QuoteDocument,
    load_quotes,
)
from newsfacts.evaluate.matching import Counts, match_one_to_one, overlap
from newsfacts.evaluate.peers.quotes import textacy_paragraph_quotes, textacy_quotes
from newsfacts.evaluate.result import PeerFigure, TaskResult, TaskSpec, Track, no_progress
from newsfacts.evaluate.system import gold_article, parsed_sheets
from newsfacts.sheet import FactSheet, Quote

NAME = "quotes"
PRIMARY = "f1"
NEWSFACTS = "newsfacts"
TEXTACY = "textacy"
TEXTACY_PARAGRAPHS = "textacy-paragraphs"
# A pair qualifies when the shared characters reach this share of the shorter content.
MIN_OVERLAP_SHARE = 0.5
# A system that labels no kind (textacy) extracts quotation-marked text: counted as direct.
UNLABELLED_KIND = "direct"
# Cue stems of verbs of saying (METRICS.md): a lower-cased cue starting with one is `speech`.
SPEECH_CUE_STEMS = (
    "say",
    "said",
    "says",
    "saying",
    "tell",
    "told",
    "tells",
    "add",
    "added",
    "adds",
    "according",
    "claim",
    "state",
    "explain",
    "warn",
    "insist",
    "deny",
    "denied",
    "report",
    "announce",
    "write",
    "wrote",
    "ask",
    "note",
    "argue",
    "confirm",
    "reply",
    "replied",
    "respond",
    "acknowledge",
    "admit",
    "declare",
    "testify",
    "testified",
    "tweet",
)

GoldFilter = Callable[[GoldQuote], bool]
KindFilter = Callable[[str], bool]


def _of_kinds(*kinds: str) -> KindFilter:
    return lambda kind: kind in kinds


def _gold_of_kinds(*kinds: str) -> GoldFilter:
    return lambda quote: quote.kind in kinds


def is_speech(quote: GoldQuote) -> bool:
    """Whether the gold cue is a verb of saying (or "according to")."""
    return quote.cue.lower().startswith(SPEECH_CUE_STEMS)


# Subset name -> (which gold quotes, which predicted kinds). `speech` is scored against all
# predictions: no system labels its quotes as speech or not.
SUBSETS: dict[str, tuple[GoldFilter, KindFilter]] = {
    "all": (lambda quote: True, lambda kind: True),
    "direct": (_gold_of_kinds("direct"), _of_kinds("direct")),
    "mixed": (_gold_of_kinds("mixed"), _of_kinds("mixed")),
    "indirect": (_gold_of_kinds("indirect"), _of_kinds("indirect")),
    "direct_mixed": (_gold_of_kinds("direct", "mixed"), _of_kinds("direct", "mixed")),
    "speech": (is_speech, lambda kind: True),
}


def content_overlap(gold: GoldQuote, predicted: PredictedQuote) -> int:
    """Characters the prediction shares with the gold content's pieces, summed."""
    return sum(overlap(piece, span) for piece in gold.content for span in predicted.content)


def match_score(gold: GoldQuote, predicted: PredictedQuote) -> float:
    """Shared characters when they reach half of the shorter content, else 0 (no pair)."""
    shared = content_overlap(gold, predicted)
    if shared < MIN_OVERLAP_SHARE * min(gold.length, predicted.length):
        return 0.0
    return float(shared)


def speaker_right(gold: GoldQuote, predicted: PredictedQuote) -> bool:
    """The predicted speaker span shares a character with a gold speaker piece."""
    if predicted.speaker is None:
        return False
    return any(overlap(piece, predicted.speaker) > 0 for piece in gold.speaker)


@dataclass
class QuoteScore:
    """Matching counts per subset and speaker checks, summed over articles."""

    subsets: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in SUBSETS})
    speakers_right: int = 0
    speakers_scored: int = 0

    def add(self, gold: Sequence[GoldQuote], predicted: Sequence[PredictedQuote]) -> None:
        """One article: each subset is matched on its own gold and predictions."""
        for name, (keep_gold, keep_kind) in SUBSETS.items():
            subset_gold = [quote for quote in gold if keep_gold(quote)]
            subset_predicted = [
                quote for quote in predicted if keep_kind(quote.kind or UNLABELLED_KIND)
            ]
            pairs = match_one_to_one(subset_gold, subset_predicted, match_score)
            self.subsets[name].add(len(pairs), len(subset_predicted), len(subset_gold))
            if name == "all":
                self._add_speakers(
                    [
                        (subset_gold[g], subset_predicted[p])
                        for g, p in pairs
                        if subset_gold[g].speaker
                    ]
                )

    def _add_speakers(self, pairs: Sequence[tuple[GoldQuote, PredictedQuote]]) -> None:
        self.speakers_scored += len(pairs)
        self.speakers_right += sum(speaker_right(gold, predicted) for gold, predicted in pairs)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_scored if self.speakers_scored else 0.0

    def metrics(self) -> dict[str, float]:
        every = self.subsets["all"]
        return {
            "f1": every.f1,
            "precision": every.precision,
            "recall": every.recall,
            "direct_f1": self.subsets["direct"].f1,
            "mixed_f1": self.subsets["mixed"].f1,
            "indirect_f1": self.subsets["indirect"].f1,
            "direct_mixed_f1": self.subsets["direct_mixed"].f1,
            "direct_recall": self.subsets["direct"].recall,
            "speech_f1": self.subsets["speech"].f1,
            "speaker_accuracy": self.speaker_accuracy,
        }


def sheet_quotes(sheet: FactSheet) -> list[PredictedQuote]:
    """Our sheet's quotes: content, kind, and speaker span when there is one.

    SPEC.md makes a quote split around its cue two quotes, linked by `continues`; PolNeAR
    annotates it as one attribution in pieces. A chain is scored as that one attribution, its
    pieces as the content (only characters inside the marks count), the first piece's speaker.
    """
    by_id = {quote.id: quote for quote in sheet.quotes}
    chains: dict[str, list[Quote]] = {}
    for quote in sheet.quotes:
        head, seen = quote, {quote.id}
        while head.continues in by_id and head.continues not in seen:  # a cycle ends the walk
            head = by_id[head.continues]
            seen.add(head.id)
        chains.setdefault(head.id, []).append(quote)
    predicted = []
    for chain in chains.values():
        first = min(chain, key=lambda quote: quote.start)
        kinds = {quote.kind for quote in chain}
        predicted.append(
            PredictedQuote(
                start=min(quote.start for quote in chain),
                end=max(quote.end for quote in chain),
                kind=kinds.pop() if len(kinds) == 1 else "mixed",
                speaker=(first.speaker.start, first.speaker.end) if first.speaker else None,
                pieces=tuple(sorted((quote.start, quote.end) for quote in chain))
                if len(chain) > 1
                else (),
            )
        )
    return predicted


def run(
    folder: Path, *, peers: bool = True, limit: int | None = None, track: Track = no_progress
) -> TaskResult:
    from newsfacts.nlp import get_nlp

    documents = load_quotes(folder, limit=limit)
    nlp = get_nlp()
    ours, whole, paragraphs = QuoteScore(), QuoteScore(), QuoteScore()
    # One parse per article serves our sheet and both textacy calls.
    articles = (gold_article(d.text, published=d.published) for d in documents)
    systems = f"{NAME}: {NEWSFACTS}, {TEXTACY}" if peers else f"{NAME}: {NEWSFACTS}"
    for document, parse, sheet in parsed_sheets(
        documents, articles, nlp=nlp, track=track, description=systems
    ):
        ours.add(document.quotes, sheet_quotes(sheet))
        if peers:
            whole.add(document.quotes, textacy_quotes(parse.doc))
            paragraphs.add(document.quotes, textacy_paragraph_quotes(parse.doc))
    result = TaskResult(task=NAME, documents=len(documents), primary=PRIMARY)
    result.systems[NEWSFACTS] = ours.metrics()
    if peers:
        result.systems[TEXTACY] = whole.metrics()
        result.systems[TEXTACY_PARAGRAPHS] = paragraphs.metrics()
    result.notes.extend(_notes(documents, ours, whole if peers else None))
    return result


def _notes(
    documents: Sequence[QuoteDocument], ours: QuoteScore, textacy: QuoteScore | None
) -> list[str]:
    counts = {name: counts.gold for name, counts in ours.subsets.items()}
    notes = [
        f"{len(documents)} articles, {counts['all']} gold attributions "
        f"({counts['direct']} direct, {counts['mixed']} mixed, {counts['indirect']} indirect, "
        f"{counts['speech']} with a speech cue)",
        f"{NEWSFACTS}: speaker checked on {ours.speakers_scored} matches",
    ]
    if textacy is not None:
        notes.append(f"{TEXTACY}: speaker checked on {textacy.speakers_scored} matches")
    return notes


TASK = TaskSpec(
    name=NAME,
    primary=PRIMARY,
    peers=(TEXTACY, TEXTACY_PARAGRAPHS),
    run=run,
    figures=(
        PeerFigure(TEXTACY, "f1", 0.246),
        PeerFigure(TEXTACY, "direct_recall", 0.503),
        PeerFigure(TEXTACY, "direct_mixed_f1", 0.549),
        PeerFigure(TEXTACY, "speaker_accuracy", 0.839),
        PeerFigure(TEXTACY_PARAGRAPHS, "direct_mixed_f1", 0.70),
        PeerFigure(TEXTACY_PARAGRAPHS, "speaker_accuracy", 0.86),
    ),
)
