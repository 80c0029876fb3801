"""Markdown view: the same sections as the text view, for notes and reports."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.render.sections import event_rows, header_rows, tables
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
    for title, headers, rows in tables(sheet):
        out += [f"## {title}", "", *_table(headers, rows)]
    out += ["## Text", ""]
    out += [sheet.text[p.start : p.end] + "\n" for p in sheet.paragraphs]
    if sheet.warnings:
        out += ["## Warnings", ""] + [f"- {w}" for w in sheet.warnings]
    return "\n".join(out).rstrip() + "\n"
