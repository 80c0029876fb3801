"""What the human views show, as plain rows: shared by the markdown and text renderers."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.sheet import FactSheet, Quote

# A titled table of a view: its title, column headers and rows of cells.
Table = tuple[str, tuple[str, ...], Sequence[tuple[str, ...]]]


def header_rows(sheet: FactSheet) -> list[tuple[str, str]]:
    published = str(sheet.published) if sheet.published else "unknown"
    if sheet.published_from:
        published += f" (from {sheet.published_from})"
    rows = [
        ("Published", published),
        ("Byline", ", ".join(sheet.byline) or "none"),
        ("Source", sheet.source.path or sheet.source.url or sheet.source.kind),
        ("Paragraphs", f"{len(sheet.paragraphs)} ({len(sheet.sentences)} sentences)"),
        ("Id", sheet.id),
    ]
    if sheet.dateline:
        rows.insert(2, ("Dateline", sheet.dateline))
    return rows


ENTITY_HEADERS = ("id", "type", "name", "aliases", "roles", "mentions")


def entity_rows(sheet: FactSheet) -> list[tuple[str, str, str, str, str, str]]:
    """One row per entity: what it is called, what it is said to be, how often it comes up
    (issue #4); an unnamed actor's description is marked as such."""
    rows = []
    for e in sheet.entities:
        name = e.name if e.named else f"{e.name} (unnamed)"
        pronouns = sum(m.kind == "pronoun" for m in e.mentions)
        plural = "s" if pronouns > 1 else ""
        count = f"{len(e.mentions)}" + (f" ({pronouns} pronoun{plural})" if pronouns else "")
        rows.append((e.id, e.type, name, "; ".join(e.aliases), "; ".join(e.descriptors), count))
    return rows


QUOTE_HEADERS = ("speaker", "kind", "quote")


def quote_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    """Quotes grouped by who said them (issue #5): one speaker (an entity, else the words
    naming the speaker) per group, groups in order of their first quote, the speaker named on
    the group's first row only; unattributed quotes last."""
    names = {e.id: e.name for e in sheet.entities}
    groups: dict[str, list[Quote]] = {}
    labels: dict[str, str] = {}
    for quote in sheet.quotes:
        speaker = quote.speaker
        if speaker is None:
            key, label = "", "(no speaker)"
        elif speaker.entity is not None:
            key, label = speaker.entity, names.get(speaker.entity, speaker.text)
        else:
            key, label = speaker.text.lower(), speaker.text
        groups.setdefault(key, []).append(quote)
        labels.setdefault(key, label)
    if "" in groups:
        groups[""] = groups.pop("")
    rows = []
    for key, quotes in groups.items():
        for n, quote in enumerate(quotes):
            kind: str = quote.kind
            if quote.reported_by is not None:
                kind += f" (reported by {quote.reported_by.text})"
            rows.append((labels[key] if n == 0 else "", kind, quote.text))
    return rows


QUANTITY_HEADERS = ("text", "kind", "value", "normalised", "counted")
TIMELINE_HEADERS = ("date", "sentence", "entities")


def quantity_rows(sheet: FactSheet) -> list[tuple[str, str, str, str, str]]:
    """Each quantity as read (value or range, unit, qualifier) and in SI-style units."""
    rows = []
    for q in sheet.quantities:
        if q.value is not None:
            amount = _figure(q.value)
        elif q.low is not None or q.high is not None:
            amount = f"{_figure(q.low)}–{_figure(q.high)}"
        else:
            amount = "?"
        value = " ".join(part for part in (q.qualifier, amount, q.unit) if part)
        norm = f"{_figure(q.normalized.value)} {q.normalized.unit}" if q.normalized else ""
        rows.append((q.text, str(q.kind), value, norm, q.counted or ""))
    return rows


def _figure(value: float | None) -> str:
    """ "2,500,000", "59.6928", "1.5e-15": readable at any magnitude."""
    if value is None:
        return "?"
    if value != 0 and (abs(value) >= 1e15 or abs(value) < 1e-4):
        return f"{value:.6g}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def time_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value or "") for t in sheet.times]


def timeline_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    """Dated sentences oldest first, entities by name."""
    names = {e.id: e.name for e in sheet.entities}
    return [
        (t.value, t.sentence, ", ".join(names.get(i, i) for i in t.entities))
        for t in sheet.timeline
    ]


def event_rows(sheet: FactSheet) -> list[tuple[str, str]]:
    """The event card (issue #7): each W the article answers; when as written and resolved."""
    event = sheet.event
    when = None
    if event.when is not None:
        value = event.when.value
        when = f"{event.when.text} ({value})" if value and value != event.when.text else None
        when = when or event.when.text
    parts = [
        ("who", event.who.text if event.who else None),
        ("what", event.what),
        ("when", when),
        ("where", event.where.text if event.where else None),
        ("why", event.why),
        ("how", event.how),
    ]
    return [(k, v) for k, v in parts if v]


def tables(sheet: FactSheet) -> list[Table]:
    """The tables both views show, in the order they show them, so a section added here
    appears in the markdown and the terminal view alike."""
    return [
        ("Captions", ("caption", "credit"), [(c.text, c.credit or "") for c in sheet.captions]),
        ("Removed", ("line", "reason"), [(r.text, r.reason) for r in sheet.removed]),
        ("Entities", ENTITY_HEADERS, entity_rows(sheet)),
        ("Quotes", QUOTE_HEADERS, quote_rows(sheet)),
        ("Quantities", QUANTITY_HEADERS, quantity_rows(sheet)),
        ("Times", ("text", "type", "value"), time_rows(sheet)),
        ("Timeline", TIMELINE_HEADERS, timeline_rows(sheet)),
    ]
