"""Assemble a story sheet from its articles' stored sheets: figures, dates, places, quotes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsfacts.store.story_sheet.article import StoryArticle, earliest
from newsfacts.store.story_sheet.dates import event_dates, event_places
from newsfacts.store.story_sheet.figures import Statement, statements
from newsfacts.store.story_sheet.models import Figure, FigureValue, StoryArticleRef, StorySheet
from newsfacts.store.story_sheet.quotes import align
from newsfacts.store.story_sheet.reconcile import Candidate, disagree, reconcile

# Figures listed first, in this order; the rest by how many articles state them.
LEADING = ("killed", "injured", "arrested", "evacuated", "shots fired")


def _number(value: float | None) -> int | float | None:
    """Counts read as whole numbers stay whole (2, not 2.0); an open bound is None."""
    if value is None or math.isinf(value):
        return None
    return int(value) if float(value).is_integer() else value


def _value(article: StoryArticle, statement: Statement) -> FigureValue:
    return FigureValue.model_validate(
        {
            **article.report(statement.field, statement.start, statement.end),
            "value": _number(statement.value),
            "low": _number(statement.low),
            "high": _number(statement.high),
            "approximate": statement.approximate,
            "counted": statement.counted,
            "official": statement.official,
        }
    )


def _candidate(article: StoryArticle, statement: Statement, *, lead: bool) -> Candidate:
    return Candidate(
        article=article.id,
        published=article.published,
        order=article.order,
        value=statement.value,
        low=statement.low,
        high=statement.high,
        official=statement.official,
        elsewhere=statement.elsewhere,
        lead=lead,
        weak=statement.weak,
    )


def _leads(found: list[tuple[StoryArticle, Statement]]) -> set[int]:
    """Per article, the statement it leads with: its first exact count, headline first, not
    about other incidents, not a lone victim described (see reconcile.py)."""
    chosen: dict[str, int] = {}
    for index, (article, statement) in enumerate(found):
        exact = statement.value is not None and statement.low == statement.high
        if exact and not (statement.elsewhere or statement.weak):
            chosen.setdefault(article.id, index)
    return set(chosen.values())


def _figure(what: str, found: list[tuple[StoryArticle, Statement]]) -> Figure:
    leads = _leads(found)
    candidates = [
        _candidate(article, statement, lead=index in leads)
        for index, (article, statement) in enumerate(found)
    ]
    reconciled, rule = reconcile(candidates)
    counted = next((s.counted for _, s in found if s.counted), None)
    return Figure(
        what=what,
        predicate=found[0][1].predicate,
        counted=counted,
        values=[_value(article, statement) for article, statement in found],
        reconciled=_number(reconciled),
        rule=rule,
        disagree=disagree(candidates),
        first=earliest([article for article, _ in found]).first(),
    )


def figures(articles: Sequence[StoryArticle]) -> list[Figure]:
    """Every figure the story's articles state, leading ones first."""
    by_what: dict[str, list[tuple[StoryArticle, Statement]]] = {}
    for article in articles:
        for statement in statements(article.sheet):
            by_what.setdefault(statement.what, []).append((article, statement))
    result = [_figure(what, found) for what, found in by_what.items()]

    def rank(figure: Figure) -> tuple[int, int, str]:
        lead = LEADING.index(figure.what) if figure.what in LEADING else len(LEADING)
        return lead, -len({v.article for v in figure.values}), figure.what

    return sorted(result, key=rank)


def build(
    story_id: str, articles: Sequence[StoryArticle], *, label: str | None = None
) -> StorySheet:
    """The story sheet of `articles` (any order: they are put oldest first)."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or "", a.order))
    ordered = [
        StoryArticle(a.sheet, outlet=a.outlet, url=a.url, order=i) for i, a in enumerate(ordered)
    ]
    return StorySheet(
        id=story_id,
        label=label,
        articles=[
            StoryArticleRef(
                id=a.id,
                headline=a.sheet.headline,
                outlet=a.outlet,
                published=a.published,
                url=a.url,
            )
            for a in ordered
        ],
        figures=figures(ordered),
        dates=event_dates(ordered),
        places=event_places(ordered),
        quotes=align(ordered),
    )
