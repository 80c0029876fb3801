"""read -> clean -> parse -> extract -> FactSheet: the only place the stages meet.

The spaCy model is handed in (loaded once per process by `nlp.get_nlp`); many articles go
through `nlp.pipe` in batches with their positions carried as context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from time import process_time
from typing import TYPE_CHECKING, TypeVar

from newsfacts import __version__
from newsfacts.article import CleanArticle, RawArticle
from newsfacts.clean import clean_article, clean_body
from newsfacts.extract import doc_cache
from newsfacts.extract.doc_cache import sentences, span_text
from newsfacts.extract.entities.acronyms import find_acronyms
from newsfacts.extract.entities.actors import add_actors
from newsfacts.extract.entities.coref import resolve_pronouns
from newsfacts.extract.entities.find import (
    add_field_mentions,
    find_entities,
    sheet_entities,
)
from newsfacts.extract.entities.roles import add_roles
from newsfacts.extract.event.find import extract_event
from newsfacts.extract.event.phrases import HeadlinePart, headline_parts
from newsfacts.extract.quantities.find import extract_quantities
from newsfacts.extract.quotes.find import extract_quotes
from newsfacts.extract.summary import DEFAULT_SENTENCES as DEFAULT_SUMMARY_SENTENCES
from newsfacts.extract.summary import Sentence, summarize
from newsfacts.extract.times.find import extract_times
from newsfacts.extract.times.timeline import build_timeline
from newsfacts.identity import article_id
from newsfacts.nlp import model_label
from newsfacts.sheet import (
    Acronym,
    Caption,
    Entity,
    Event,
    FactSheet,
    Generator,
    Paragraph,
    Quantity,
    Quote,
    Removed,
    Source,
    Span,
    Time,
    TimelineEntry,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Articles spaCy parses together in one minibatch, each with its headline parts (the jobs'
# larger batches are worker tasks and transactions). Its arrays grow with
# the longest articles parsed together, so this sets a worker's peak memory: on 40 real news
# texts, 16 peaked at 431 MB, 4 at 388 MB, 1 at 289 MB, in the same CPU time (the small model
# gains nothing from parsing articles together) and with the same sheets.
PARSE_BATCH = 1
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A clean article with its spaCy parses: what every extract stage reads. `headline` is
    None when the headline was not parsed with the body (the event stage parses it then)."""

    article: CleanArticle
    doc: Doc
    headline: tuple[HeadlinePart, ...] | None = None


def clean(raw: RawArticle, *, body_only: bool = False) -> CleanArticle:
    """Clean scraped text; `body_only` keeps the text as given (already clean, e.g. gold)."""
    return clean_body(raw) if body_only else clean_article(raw)


def parse_many(
    articles: Iterable[CleanArticle], *, nlp: Language, batch_size: int = PARSE_BATCH
) -> Iterator[Parsed]:
    """Parse clean texts `batch_size` articles at a time; the model is reused, never reloaded.

    Each article's body and headline parts go through the model as ONE minibatch: every
    component pays a fixed cost per minibatch (a layer's matrix product costs about as much
    for three rows as for thirty), so a headline part parsed as a minibatch of its own cost
    far more than its words (issue #18). Batching changes no analysis: each Doc is tagged,
    parsed and recognised as it would be alone (tests/test_parse_batch.py)."""
    from spacy.util import minibatch  # here: `nlp` means spaCy is loaded already

    for group in minibatch(articles, max(batch_size, 1)):
        planned = [(article, _headline_parts(article)) for article in group]
        texts = [text for article, parts in planned for text in _texts_to_parse(article, parts)]
        docs = iter(nlp.pipe(texts, batch_size=len(texts)))
        for article, parts in planned:
            yield _parsed(article, parts, next(docs), docs)


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """A block whose new words spaCy forgets at its end: parse and build sheets inside it,
    keep only the sheets (issue #18).

    Outside a zone, every word spaCy meets is added to the model's vocabulary (its string and
    its lexeme) for good, so a long run grows with every name, number and typo it reads;
    strings and lexemes first met inside `nlp.memory_zone()` are freed when it ends, and the
    Docs made inside may not be read after it. Nothing that outlives a zone holds a Doc, a
    Token, a Span or a string's hash: a sheet is plain values, and the Docs `doc_cache` keeps
    are dropped here. Zones do not nest (a caller's zone is used as it is) and belong to the
    whole model, so a process that parses in several threads at once (the server) must not
    use them: one thread's zone would free the words another is reading."""
    if getattr(nlp.vocab, "in_memory_zone", True):  # in a zone already, or no zones (< 3.8)
        yield
        return
    with nlp.memory_zone():
        try:
            yield
        finally:
            doc_cache.forget()


def _texts_to_parse(article: CleanArticle, parts: list[tuple[int, str]] | None) -> list[str]:
    """The body, then its headline parts (none when splitting failed)."""
    return [article.text, *(text for _, text in parts or ())]


def _parsed(
    article: CleanArticle, parts: list[tuple[int, str]] | None, doc: Doc, docs: Iterator[Doc]
) -> Parsed:
    """The article's parse: its body's `doc`, and one Doc from `docs` per headline part."""
    if parts is None:
        return Parsed(article, doc)
    headline = tuple(
        HeadlinePart(start, next(docs), article.headline[start : start + len(text)])
        for start, text in parts
    )
    return Parsed(article, doc, headline)


def _headline_parts(article: CleanArticle) -> list[tuple[int, str]] | None:
    """None when splitting fails: the event stage tries again and names the failure."""
    try:
        return headline_parts(article.headline, article.text)
    except Exception:  # a bug here must cost one article its event, never the run
        return None


def build_sheet(
    parsed: Parsed,
    *,
    nlp: Language,
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES,
    timings: dict[str, float] | None = None,
) -> FactSheet:
    """Run the extract stages over one parse and assemble the sheet (SPEC.md).

    A stage that fails on one article leaves its part of the sheet empty and says so in
    `warnings`: one odd article must not cost the rest of a corpus its sheets. `timings`,
    when given, gains each stage's CPU seconds under its name (the bench's stage shares).
    """
    article = parsed.article
    warnings = list(article.warnings)
    stage = _StageRunner(warnings, timings)
    times: list[Time] = stage(
        "times", lambda: extract_times(parsed.doc, published=article.published), []
    )
    quantities: list[Quantity] = stage(
        "quantities", lambda: extract_quantities(parsed.doc, times=times), []
    )
    no_entities: tuple[list[Entity], list[Acronym]] = ([], [])
    entities, acronyms = stage("entities", lambda: extract_entities(parsed), no_entities)
    timeline: list[TimelineEntry] = stage(
        "timeline", lambda: build_timeline(parsed.doc, times, entities=entities), []
    )
    # Last: the event and the summary read every earlier stage (issue #7).
    quotes: list[Quote] = stage("quotes", lambda: extract_quotes(parsed.doc, entities=entities), [])
    event = stage(
        "event",
        lambda: extract_event(
            parsed.doc,
            headline=parsed.headline
            if parsed.headline is not None
            else parse_headline(article, nlp=nlp),
            times=times,
            entities=entities,
            dateline=article.dateline,
            published=article.published,
        ),
        Event(),
    )
    summary: list[Sentence] = stage(
        "summary",
        lambda: summarize(
            parsed.doc,
            headline=article.headline,
            captions=[c.text for c in article.captions],
            event=event,
            quotes=quotes,
            entities=entities,
            sentences=summary_sentences,
        ),
        [],
    )
    return FactSheet(
        id=article_id(article),
        source=Source(
            kind=article.source.kind,
            path=article.source.path,
            url=article.source.url,
            record_id=article.source.record_id,
            line=article.source.line,
            offset=article.source.offset,
        ),
        headline=article.headline,
        byline=list(article.byline),
        published=article.published,
        published_from=article.published_from,
        dateline=article.dateline,
        text=article.text,
        paragraphs=[Paragraph(start=p.start, end=p.end) for p in article.paragraphs],
        sentences=sentence_spans(parsed.doc),
        captions=[Caption(text=c.text, credit=c.credit) for c in article.captions],
        removed=[
            Removed(text=r.text, reason=r.reason, detail=r.detail)  # type: ignore[arg-type]
            for r in article.removed
        ],
        generator=Generator(version=__version__, model=model_label(nlp)),
        entities=entities,
        acronyms=acronyms,
        quotes=quotes,
        quantities=quantities,
        times=times,
        timeline=timeline,
        event=event,
        summary=[sentence.text for sentence in summary],
        warnings=warnings,
    )


class _StageRunner:
    """Runs one extract stage, turning an unexpected failure into a sheet warning; adds its
    seconds to `timings` when there is one (no clock is read otherwise)."""

    def __init__(self, warnings: list[str], timings: dict[str, float] | None = None) -> None:
        self.warnings = warnings
        self.timings = timings

    def __call__(self, name: str, run: Callable[[], T], empty: T) -> T:
        if self.timings is None:
            return self._run(name, run, empty)
        started = process_time()
        try:
            return self._run(name, run, empty)
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + process_time() - started

    def _run(self, name: str, run: Callable[[], T], empty: T) -> T:
        try:
            return run()
        except Exception as e:  # any stage bug is contained to this article
            self.warnings.append(f"{name} stage failed on this article: {type(e).__name__}: {e}")
            return empty


def extract_entities(parsed: Parsed) -> tuple[list[Entity], list[Acronym]]:
    """Entities (issue #4): names merged, acronyms linked, roles, unnamed actors, pronouns;
    then their mentions in the headline and captions, and ids in order of first mention."""
    doc, article = parsed.doc, parsed.article
    found = find_entities(doc)
    acronyms, found = find_acronyms(doc, found)
    found = add_roles(doc, found)
    found = add_actors(doc, found)
    found = resolve_pronouns(doc, found)
    found = add_field_mentions(
        found, headline=article.headline, captions=[c.text for c in article.captions]
    )
    return sheet_entities(found, acronyms)


def parse_headline(article: CleanArticle, *, nlp: Language) -> list[HeadlinePart]:
    """The headline's parts, each parsed on its own: headlinese is no body sentence, and a
    label before a colon ("Tram crash: police name victims") is no part of the clause."""
    parts = headline_parts(article.headline, article.text)
    docs = nlp.pipe(text for _, text in parts)
    return [
        HeadlinePart(start, doc, article.headline[start : start + len(text)])
        for (start, text), doc in zip(parts, docs, strict=True)
    ]


def sentence_spans(doc: Doc) -> list[Span]:
    """spaCy's sentences as offsets, blank ones (paragraph breaks) left out."""
    spans = []
    for sent in sentences(doc):
        text = span_text(sent)
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            spans.append(Span(start=start, end=end))
    return spans


def extract_many(
    raws: Iterable[RawArticle],
    *,
    nlp: Language,
    body_only: bool = False,
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES,
) -> Iterator[FactSheet]:
    """Sheets for many articles, each made in a memory zone of its own so a
    long run's vocabulary does not grow (`memory_zone`). A sheet is yielded after its zone has
    ended, never from inside one: a caller that stops early or parses meanwhile must not find
    a zone left open. (A zone per article keeps this lazy and holds no sheets back; the jobs'
    road takes one zone per batch, whose sheets it holds anyway.)"""
    for raw in raws:
        with memory_zone(nlp):
            (parsed,) = parse_many([clean(raw, body_only=body_only)], nlp=nlp)
            sheet = build_sheet(parsed, nlp=nlp, summary_sentences=summary_sentences)
        yield sheet


def extract_one(
    raw: RawArticle,
    *,
    nlp: Language,
    body_only: bool = False,
    summary_sentences: int = DEFAULT_SUMMARY_SENTENCES,
) -> FactSheet:
    return next(
        extract_many([raw], nlp=nlp, body_only=body_only, summary_sentences=summary_sentences)
    )
