"""The `extract` job: inputs -> sheets -> rendered output, one bad input never stopping the rest.

Kept apart from cli.py so the command stays a thin shell and the job is callable from code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from newsfacts.article import RawArticle
from newsfacts.errors import InputError
from newsfacts.ingest import read_input, read_sample
from newsfacts.nlp import get_nlp
from newsfacts.pipeline import extract_many
from newsfacts.render import render_json, render_jsonl, render_markdown, render_text
from newsfacts.sheet import FactSheet


def _readable(
    specs: list[str], published: date | None, on_error: Callable[[str], None], failures: list[str]
) -> Iterator[RawArticle]:
    if not specs:
        yield read_sample(published=published)
        return
    for spec in specs:
        try:
            yield from read_input(spec, published=published, stdin=sys.stdin.buffer)
        except InputError as e:
            failures.append(spec)
            on_error(str(e))


def render(sheet: FactSheet, fmt: str, *, width: int = 100, color: bool = False) -> str:
    if fmt == "json":
        return render_json(sheet)
    if fmt == "jsonl":
        return render_jsonl(sheet)
    if fmt == "md":
        return render_markdown(sheet)
    return render_text(sheet, width=width, color=color)


def run_extract(
    specs: list[str],
    *,
    published: date | None,
    model: str | None,
    fmt: str,
    output: Path | None,
    on_error: Callable[[str], None],
) -> list[str]:
    """Write one rendered sheet per article; return the inputs that failed."""
    nlp = get_nlp(model)
    failures: list[str] = []
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    color = output is None and sys.stdout.isatty()
    width = 100
    if color:
        from shutil import get_terminal_size

        width = min(get_terminal_size().columns, 120)
    try:
        for sheet in extract_many(_readable(specs, published, on_error, failures), nlp=nlp):
            out.write(render(sheet, fmt, width=width, color=color))
            if not (fmt == "text" and color):
                out.write("\n")
            out.flush()
    finally:
        if output:
            out.close()
    return failures
