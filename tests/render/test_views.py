"""Views of a sheet rendered to fixed-width strings (no terminal needed)."""

from __future__ import annotations

import json

from newsfacts.render import render_json, render_jsonl, render_markdown, render_text
from newsfacts.sheet import Caption, FactSheet, Generator, Paragraph, Removed, Source, sheet_id

TEXT = "The ferry sailed at dawn.\n\nIt reached the island by noon."


def _sheet() -> FactSheet:
    return FactSheet(
        id=sheet_id(TEXT),
        source=Source(kind="text", path="ferry.txt"),
        headline="Ferry sails",
        byline=["Ana Lind"],
        text=TEXT,
        paragraphs=[Paragraph(start=0, end=25), Paragraph(start=27, end=len(TEXT))],
        captions=[Caption(text="The ferry at the quay", credit="AP")],
        removed=[Removed(text="Share this article", reason="share")],
        generator=Generator(version="0.1.0", model="en_core_web_sm-3.8.0"),
    )


def test_render_json_round_trips() -> None:
    sheet = _sheet()
    assert FactSheet.model_validate(json.loads(render_json(sheet))) == sheet
    assert "\n" not in render_jsonl(sheet)


def test_render_text_sections() -> None:
    view = render_text(_sheet(), width=90)
    for expected in (
        "Ferry sails",
        "Ana Lind",
        "Paragraphs",
        "The ferry at the quay",
        "AP",
        "Share this article",
        "share",
        "Quotes: none found",
    ):
        assert expected in view
    assert max(len(line) for line in view.splitlines()) <= 90


def test_render_markdown_has_every_paragraph() -> None:
    view = render_markdown(_sheet())
    assert view.startswith("# Ferry sails")
    assert "The ferry sailed at dawn." in view and "It reached the island by noon." in view
    assert "| The ferry at the quay | AP |" in view


def test_views_open_with_the_event_card_and_summary() -> None:
    """issue #7: after the header, the event card, then the summary, then the rest."""
    from newsfacts.sheet import Event, EventPart

    event = Event(
        who=EventPart(text="The ferry", start=0, end=9),
        what="sailed at dawn",
        when=EventPart(text="at dawn", value="2024-05-02TMO", start=17, end=24),
    )
    sheet = _sheet().model_copy(update={"event": event, "summary": ["The ferry sailed at dawn."]})
    text = render_text(sheet, width=90)
    markdown = render_markdown(sheet)
    for view in (text, markdown):
        assert view.index("sailed at dawn") < view.index("The ferry sailed") < view.index("quay")
        assert "at dawn (2024-05-02TMO)" in view
    assert markdown.index("## Event") < markdown.index("## Summary") < markdown.index("## Captions")


def test_tables_both_views_show_the_same_tables_in_order() -> None:
    """issue #17: one list of tables (sections.tables) feeds both views."""
    from newsfacts.render.sections import tables

    sheet = _sheet()
    titles = [title for title, _, _ in tables(sheet)]
    assert titles == [
        "Captions",
        "Removed",
        "Entities",
        "Quotes",
        "Quantities",
        "Times",
        "Timeline",
    ]
    markdown = render_markdown(sheet)
    text = render_text(sheet, width=120)
    for view, marks in ((markdown, [f"## {t}" for t in titles]), (text, titles)):
        at = [view.index(mark) for mark in marks]
        assert at == sorted(at)


def test_tables_rows_match_their_headers() -> None:
    from newsfacts.render.sections import tables

    for title, headers, rows in tables(_sheet()):
        assert all(len(row) == len(headers) for row in rows), title
