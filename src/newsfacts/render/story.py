"""The terminal view of a story sheet: its articles, figures, dates, places and quotes.

Disagreements are marked (and red on a terminal): a fact-checker reads those rows first.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsfacts.store.story_sheet.models import Figure, FigureValue, StoryDate, StorySheet

TEXT_WIDTH = 120
DISAGREE = "≠ disagree"


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _shown(value: FigureValue) -> str:
    if value.value is None or value.low != value.high:
        high = "+" if value.high is None else _number(value.high)
        return f"{_number(value.low)}-{high}" if high != "+" else f"{_number(value.low)}+"
    return _number(value.value)


def _where(outlet: str | None, published: str | None, article: str) -> str:
    return " ".join(part for part in (outlet or article[:15], published) if part)


def _figures(figures: list[Figure]) -> Table:
    table = Table(title="figures", show_lines=True, expand=False)
    for header in ("what", "reconciled", "rule", "values (words · outlet date)", "first", ""):
        table.add_column(header, overflow="fold")
    for figure in figures:
        values = "\n".join(
            f"{_shown(v)} «{v.text}» · {_where(v.outlet, v.published, v.article)}"
            + (" (official)" if v.official else "")
            for v in figure.values
        )
        first = (
            _where(figure.first.outlet, figure.first.published, figure.first.article)
            if figure.first
            else ""
        )
        mark = Text(DISAGREE, style="bold red") if figure.disagree else Text("")
        style = "red" if figure.disagree else ""
        table.add_row(
            Text(figure.what, style=style),
            _number(figure.reconciled) if figure.reconciled is not None else "-",
            figure.rule,
            values,
            first,
            mark,
        )
    return table


def _dates(title: str, items: list[StoryDate]) -> Table:
    table = Table(title=title, show_lines=True, expand=False)
    for header in ("what", "reconciled", "values (words · outlet date)", ""):
        table.add_column(header, overflow="fold")
    for item in items:
        values = "\n".join(
            f"{v.value} «{v.text}» · {_where(v.outlet, v.published, v.article)}"
            for v in item.values
        )
        mark = Text(DISAGREE, style="bold red") if item.disagree else Text("")
        table.add_row(item.what, item.reconciled or "-", values, mark)
    return table


def _quotes(sheet: StorySheet) -> Table:
    table = Table(title="quotes across outlets", show_lines=True, expand=False)
    for header in ("speaker", "quote", "reported as (speaker · outlet date)", ""):
        table.add_column(header, overflow="fold")
    for quote in sheet.quotes:
        reports = "\n".join(
            f"«{r.text}» · {r.speaker_text or '?'} · {_where(r.outlet, r.published, r.article)}"
            for r in quote.reports
        )
        mark = Text(DISAGREE, style="bold red") if quote.disagree else Text("")
        table.add_row(quote.speaker or "?", quote.quote, reports, mark)
    return table


def render_story(sheet: StorySheet, *, color: bool = False) -> str:
    """The story sheet as text: rich tables, disagreements marked."""
    console = Console(
        width=TEXT_WIDTH if not color else None,
        record=True,
        file=io.StringIO(),
        force_terminal=color,
        highlight=False,
        markup=False,  # headlines and quotes are data
    )
    console.print(Text.assemble((f"story {sheet.id}: ", "dim"), (sheet.label or "", "bold")))
    for article in sheet.articles:
        where = _where(article.outlet, article.published, article.id)
        console.print(f"  - {article.headline or article.id}  [{where}]")
    disputed = sum(f.disagree for f in sheet.figures) + sum(d.disagree for d in sheet.dates)
    console.print(Text(f"  {disputed} figure(s) or date(s) in dispute", style="dim"))
    if sheet.figures:
        console.print(_figures(sheet.figures))
    if sheet.dates:
        console.print(_dates("event date", sheet.dates))
    if sheet.places:
        console.print(_dates("event place", sheet.places))
    if sheet.quotes:
        console.print(_quotes(sheet))
    if not (sheet.figures or sheet.dates or sheet.quotes):
        console.print("no figures, dates or shared quotes found in this story's articles")
    return console.export_text(styles=color)
