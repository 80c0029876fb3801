"""The terminal view: rich panels and tables, one section per stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, cast

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsfacts.render.sections import event_rows, header_rows, tables
from newsfacts.sheet import FactSheet

# How much of a long body the terminal view prints before it says how much is left.
PREVIEW_PARAGRAPHS = 3


def _table(title: str, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> RenderableType:
    if not rows:
        return Text(f"{title}: none found", style="dim")
    table = Table(title=title, title_justify="left", expand=True, show_lines=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def sheet_renderable(sheet: FactSheet) -> RenderableType:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for key, value in header_rows(sheet):
        facts.add_row(key, value)
    parts: list[RenderableType] = [Text(sheet.headline or "(no headline)", style="bold"), facts]
    if rows := event_rows(sheet):
        card = Table(title="Event", title_justify="left", expand=True, show_header=False)
        card.add_column(style="bold")
        card.add_column(overflow="fold", ratio=1)
        for row in rows:
            card.add_row(*row)
        parts.append(card)
    if sheet.summary:
        parts.append(Panel("\n".join(sheet.summary), title="Summary", title_align="left"))
    parts += [_table(title, headers, rows) for title, headers, rows in tables(sheet)]
    preview = [sheet.text[p.start : p.end] for p in sheet.paragraphs[:PREVIEW_PARAGRAPHS]]
    more = len(sheet.paragraphs) - len(preview)
    if more > 0:
        preview.append(f"[… {more} more paragraphs: --format md or json shows all]")
    parts.append(Panel(Text("\n\n".join(preview)), title="Text", title_align="left"))
    if sheet.warnings:
        parts.append(Text("Warnings: " + "; ".join(sheet.warnings), style="yellow"))
    return Panel(Group(*parts), title="fact sheet", title_align="left")


def render_text(sheet: FactSheet, *, width: int = 100, color: bool = False) -> str:
    """The view as a string (fixed width), for files, tests and pipes."""
    console = Console(
        width=width,
        record=True,
        color_system="standard" if color else None,
        file=cast(IO[str], _Null()),  # Rich only writes and flushes it
        force_terminal=color,
    )
    console.print(sheet_renderable(sheet))
    return console.export_text(styles=color)


class _Null:
    def write(self, _: str) -> int:
        return 0

    def flush(self) -> None:
        pass
