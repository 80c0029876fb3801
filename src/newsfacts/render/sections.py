"""What the human views show, as plain rows: shared by the markdown and text renderers."""

from __future__ import annotations

from newsfacts.sheet import FactSheet


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


def entity_rows(sheet: FactSheet) -> list[tuple[str, str, str, str]]:
    return [(e.id, e.type, e.name, "; ".join([*e.aliases, *e.descriptors])) for e in sheet.entities]


def quote_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    return [(q.speaker.text if q.speaker else "?", q.kind, q.text) for q in sheet.quotes]


def quantity_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    rows = []
    for q in sheet.quantities:
        norm = f"{q.normalized.value:g} {q.normalized.unit}" if q.normalized else ""
        rows.append((q.text, q.kind, norm))
    return rows


def time_rows(sheet: FactSheet) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value or "") for t in sheet.times]


def event_rows(sheet: FactSheet) -> list[tuple[str, str]]:
    event = sheet.event
    parts = [
        ("who", event.who.text if event.who else None),
        ("what", event.what),
        ("when", event.when.value or event.when.text if event.when else None),
        ("where", event.where.text if event.where else None),
        ("why", event.why),
        ("how", event.how),
    ]
    return [(k, v) for k, v in parts if v]
