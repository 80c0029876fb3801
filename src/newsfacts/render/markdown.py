"""Markdown view: the same sections as the text view, for notes and reports."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.render.sections import (
    ENTITY_HEADERS,
    QUANTITY_HEADERS,
    QUOTE_HEADERS,
    TIMELINE_HEADERS,
    entity_rows,
    event_rows,
    header_rows,
    quantity_rows,
    quote_rows,
    time_rows,
    timeline_rows,
)
from newsfacts.sheet import FactSheet


def _table(headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    if not rows:
        return ["_none found_", ""]
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return [*out, ""]


def render_markdown(sheet: FactSheet) -> str:
    out = [f"# {sheet.headline}", ""]
    out += [f"- **{k}**: {v}" for k, v in header_rows(sheet)]
    out.append("")
    if event_rows(sheet):
        out += ["## Event", ""] + [f"- **{k}**: {v}" for k, v in event_rows(sheet)] + [""]
    if sheet.summary:
        out += ["## Summary", ""] + [f"> {s}" for s in sheet.summary] + [""]
    out += ["## Captions", ""]
    out += _table(("caption", "credit"), [(c.text, c.credit or "") for c in sheet.captions])
    out += ["## Removed", ""]
    out += _table(("line", "reason"), [(r.text, r.reason) for r in sheet.removed])
    out += ["## Entities", "", *_table(ENTITY_HEADERS, entity_rows(sheet))]
    out += ["## Quotes", "", *_table(QUOTE_HEADERS, quote_rows(sheet))]
    out += ["## Quantities", "", *_table(QUANTITY_HEADERS, quantity_rows(sheet))]
    out += ["## Times", "", *_table(("text", "type", "value"), time_rows(sheet))]
    out += ["## Timeline", "", *_table(TIMELINE_HEADERS, timeline_rows(sheet))]
    out += ["## Text", ""]
    out += [sheet.text[p.start : p.end] + "\n" for p in sheet.paragraphs]
    if sheet.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in sheet.warnings]
    return "\n".join(out).rstrip() + "\n"
