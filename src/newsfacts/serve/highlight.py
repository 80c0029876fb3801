"""An article's text cut into runs for the article page: quotes, entities, quantities, dates.

The sheet gives character offsets into `text`; the page needs nested elements. Quotes are the
outer layer (a quote holds names and numbers); entity mentions, quantities and dates are the
inner layer, one mark per run (where two overlap, the longer wins: "almost four hours" as a
date over "four hours" as a quantity; the side panel still lists both). Everything is cut at
paragraph breaks, and a mark that straddles a quote's edge is left out. The result is plain
data: the template escapes every string it prints (jinja2 autoescape), nothing here is HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsfacts.sheet import FactSheet, Quote

TEXT_FIELD = "text"
# Speakers are coloured in order of first quote; past this many, colours repeat.
PALETTE_SIZE = 8
UNATTRIBUTED = "speaker not identified"
# Names and descriptions ("the agency") are marked; pronouns would mark every "it" and "her".
MARKED_MENTIONS = frozenset({"name", "description"})


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch: `kind` is entity, quantity or time."""

    start: int
    end: int
    kind: str
    label: str  # what a tooltip says: "PERSON: Tobias R. Ferrante", "9.4 stone = 59.69 kg"
    css: str  # "ent ent-PERSON", "qty", "time"
    entity: str | None = None


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text, plain (mark None) or highlighted."""

    text: str
    mark: Mark | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    key: str
    name: str
    colour: int
    entity: str | None
    quotes: int


@dataclass(slots=True)
class QuoteRun:
    """A quote (or its part inside one paragraph) with the runs it holds."""

    quote: Quote
    speaker: Speaker
    runs: list[Run] = field(default_factory=list)
    first: bool = True  # the quote's first part (later parts are the same quote after a break)


@dataclass(frozen=True, slots=True)
class Paragraph:
    parts: list[Run | QuoteRun]


def speakers(sheet: FactSheet) -> dict[str, Speaker]:
    """Quote id -> its speaker, colours given in order of first quote."""
    names = {entity.id: entity.name for entity in sheet.entities}
    order: dict[str, tuple[str, str | None]] = {}
    counts: dict[str, int] = {}
    keys: dict[str, str] = {}
    for quote in sheet.quotes:
        if quote.speaker is None:
            key, name, entity = "", UNATTRIBUTED, None
        elif quote.speaker.entity and quote.speaker.entity in names:
            entity = quote.speaker.entity
            key, name = entity, names[entity]
        else:
            key = name = quote.speaker.text
            entity = None
        order.setdefault(key, (name, entity))
        counts[key] = counts.get(key, 0) + 1
        keys[quote.id] = key
    made = {
        key: Speaker(key, name, index % PALETTE_SIZE, entity, counts[key])
        for index, (key, (name, entity)) in enumerate(order.items())
    }
    return {quote_id: made[key] for quote_id, key in keys.items()}


def marks(sheet: FactSheet) -> list[Mark]:
    """Every inner highlight of the body, not overlapping, in text order."""
    found: list[Mark] = []
    for entity in sheet.entities:
        for mention in entity.mentions:
            if mention.field == TEXT_FIELD and mention.kind in MARKED_MENTIONS:
                found.append(
                    Mark(
                        mention.start,
                        mention.end,
                        "entity",
                        f"{entity.type}: {entity.name}",
                        f"ent ent-{_css_word(entity.type)}",
                        entity.id,
                    )
                )
    for quantity in sheet.quantities:
        label = f"{quantity.kind}: {quantity.text}"
        if quantity.normalized is not None:
            label += f" = {quantity.normalized.value:g} {quantity.normalized.unit}"
        found.append(Mark(quantity.start, quantity.end, "quantity", label, "qty"))
    for time in sheet.times:
        label = f"{time.type}: {time.value}" if time.value else time.type
        found.append(Mark(time.start, time.end, "time", label, "time"))
    size = len(sheet.text)
    found = [m for m in found if 0 <= m.start < m.end <= size]
    # the longest first (ties: the earliest), each kept unless it overlaps one kept already
    kept: list[Mark] = []
    for mark in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def paragraphs(sheet: FactSheet) -> list[Paragraph]:
    """The body as paragraphs of runs, quotes outermost."""
    text = sheet.text
    spans = [(p.start, p.end) for p in sheet.paragraphs] or [(0, len(text))]
    who = speakers(sheet)
    inner = marks(sheet)
    quotes = _outer(sheet.quotes, len(text))
    seen: set[str] = set()
    result = []
    for start, end in spans:
        parts: list[Run | QuoteRun] = []
        position = start
        for quote in quotes:
            q_start, q_end = max(quote.start, start), min(quote.end, end)
            if q_start >= q_end:
                continue
            parts += _runs(text, position, q_start, inner)
            piece = QuoteRun(quote, who[quote.id], first=quote.id not in seen)
            piece.runs = _runs(text, q_start, q_end, inner)
            parts.append(piece)
            seen.add(quote.id)
            position = q_end
        parts += _runs(text, position, end, inner)
        result.append(Paragraph(parts))
    return result


def _outer(quotes: list[Quote], size: int) -> list[Quote]:
    """Quotes in text order, leaving out any that overlaps one kept before it."""
    kept: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if 0 <= quote.start < quote.end <= size and (not kept or quote.start >= kept[-1].end):
            kept.append(quote)
    return kept


def _runs(text: str, start: int, end: int, inner: list[Mark]) -> list[Run]:
    runs: list[Run] = []
    position = start
    for mark in inner:
        if mark.start >= end:
            break
        if mark.start < position or mark.end > end:
            continue  # before this stretch or straddling one of its edges
        if mark.start > position:
            runs.append(Run(text[position : mark.start]))
        runs.append(Run(text[mark.start : mark.end], mark))
        position = mark.end
    if position < end:
        runs.append(Run(text[position:end]))
    return runs


def _css_word(value: str) -> str:
    """An entity type as a class name: letters, digits and dashes only."""
    return "".join(c if c.isalnum() else "-" for c in value)[:20] or "OTHER"
