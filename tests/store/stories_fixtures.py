"""Invented stories for the story-sheet tests: one shooting told by several outlets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsfacts.sheet import Event, EventPart, FactSheet, Time, sheet_id
from newsfacts.store.story_sheet import StoryArticle, StorySheet
from newsfacts.store.story_sheet.models import Figure
from tests.store.sheets import Article, E, Q, build


def article(
    text: str,
    *,
    outlet: str,
    day: int,
    headline: str = "Shooting at the Larkspur depot",
    quotes: list[Q] | None = None,
    entities: list[E] | None = None,
    when: tuple[str, str] | None = None,
    times: Sequence[tuple[str, str]] = (),
    order: int = 0,
) -> StoryArticle:
    """A story article from invented text; `when` = (words in the text, resolved date);
    `times` = the text's times as the times stage resolves them: (words, TIMEX3 value)."""
    sheet = build(
        Article(
            text=text,
            headline=headline,
            published=date(2031, 5, day),
            url=f"https://{outlet}/story",
            quotes=quotes or [],
            entities=entities or [],
        )
    )
    # two outlets may print the same words: each article is still its own, as in the store
    sheet = sheet.model_copy(update={"id": sheet_id(f"https://{outlet}/story\n{text}")})
    if when is not None:
        sheet = _with_when(sheet, *when)
    if times:
        sheet = sheet.model_copy(update={"times": [_time(sheet.text, *t) for t in times]})
    return StoryArticle(sheet, outlet=outlet, url=f"https://{outlet}/story", order=order)


def figure(sheet: StorySheet, what: str) -> Figure:
    """The story sheet's figure of `what` (it must have one)."""
    return next(f for f in sheet.figures if f.what == what)


def _time(text: str, words: str, value: str) -> Time:
    start = text.index(words)
    return Time(text=words, start=start, end=start + len(words), type="date", value=value)


def _with_when(sheet: FactSheet, words: str, value: str) -> FactSheet:
    start = sheet.text.index(words)
    part = EventPart(text=words, value=value, start=start, end=start + len(words))
    return sheet.model_copy(update={"event": Event(when=part)})


ORLA = E("Orla Penhallow", forms=("Orla Penhallow", "Penhallow"))
BRAM = E("Bram Tesseyman", forms=("Bram Tesseyman", "Tesseyman"))
QUOTE = "We will not rest until everyone responsible for the depot shooting is found"
