"""Assemble a story sheet from its articles' stored sheets: figures, dates, places, quotes."""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsfacts.store.story_sheet.also import listed_dead
from newsfacts.store.story_sheet.article import StoryArticle, as_report, earliest
from newsfacts.store.story_sheet.dates import event_dates, event_places
from newsfacts.store.story_sheet.derive import (
    Derived,
    injured_from_shot,
    leads,
    list_sums,
    shooter_counted,
    suspects_counted,
)
from newsfacts.store.story_sheet.figures import Statement, statements
from newsfacts.store.story_sheet.later import wounded_then_dead
from newsfacts.store.story_sheet.lists import count_lists, joined_counts, mark_parts
from newsfacts.store.story_sheet.models import (
    DerivedValue,
    Figure,
    FigureValue,
    StoryArticleRef,
    StorySheet,
)
from newsfacts.store.story_sheet.multiple import fewer_are_parts, killing_named, shooting_named
from newsfacts.store.story_sheet.none import none_of_its_own
from newsfacts.store.story_sheet.one_of import counted, mark_hurt_before, one_of_shot
from newsfacts.store.story_sheet.ordinal import counted_by_place
from newsfacts.store.story_sheet.past import first_year, mark_past
from newsfacts.store.story_sheet.quotes import align
from newsfacts.store.story_sheet.reconcile import Candidate, disagree, reconcile
from newsfacts.store.story_sheet.roundup import set_aside_roundups
from newsfacts.store.story_sheet.separate import one_each

# Figures listed first, in this order; the rest by how many articles state them.
LEADING = ("killed", "injured", "shot", "arrested", "evacuated", "shots fired")


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
        part=statement.part,
    )


def _derived_candidate(derived: Derived) -> Candidate:
    article = derived.article
    value = derived.value
    return Candidate(article.id, article.published, article.order, value, value, value, lead=True)


def _derived_value(derived: Derived) -> DerivedValue:
    article = derived.article
    return DerivedValue(
        value=_number(derived.value) or 0,
        article=article.id,
        outlet=article.outlet,
        published=article.published,
        rule=derived.rule,
        reports=[as_report(article, s.field, s.start, s.end) for s in derived.statements],
    )


def _candidates(
    found: list[tuple[StoryArticle, Statement]], derived: Sequence[Derived]
) -> tuple[list[Candidate], list[Candidate]]:
    """(stated values, derived votes): one vote per article that leads with no stated count,
    its first derived count."""
    chosen = set(leads(found).values())
    candidates = [
        _candidate(article, statement, lead=index in chosen)
        for index, (article, statement) in enumerate(found)
    ]
    voted = {c.article for c in candidates if c.lead}
    votes = []
    for item in derived:
        if item.article.id not in voted:
            voted.add(item.article.id)
            votes.append(_derived_candidate(item))
    return candidates, votes


def _figure(
    what: str,
    found: list[tuple[StoryArticle, Statement]],
    derived: Sequence[Derived] = (),
    implied: float | None = None,
) -> Figure:
    candidates, votes = _candidates(found, derived)
    reconciled, rule = reconcile(candidates + votes, implied)
    counted = next((s.counted for _, s in found if s.counted), None)
    return Figure(
        what=what,
        predicate=found[0][1].predicate if found else what,
        counted=counted,
        values=[_value(article, statement) for article, statement in found],
        reconciled=_number(reconciled),
        rule=rule,
        disagree=disagree(candidates),
        first=earliest([article for article, _ in found] or [d.article for d in derived]).first(),
        derived=[_derived_value(d) for d in derived],
    )


def figures(articles: Sequence[StoryArticle]) -> list[Figure]:
    """Every figure the story's articles state, leading ones first."""
    by_what: dict[str, list[tuple[StoryArticle, Statement]]] = {}
    derived: dict[str, list[Derived]] = {}
    began = first_year(articles)
    for article in articles:
        stated = mark_past(article, statements(article.sheet), began)
        lists = count_lists(article.sheet) + joined_counts(article.sheet, stated)
        found, with_shooter = shooter_counted(article, mark_parts(stated, lists))
        if with_shooter is None:
            found, with_shooter = suspects_counted(article, found)
        one_of = one_of_shot(article)
        if one_of is not None:
            found = mark_hurt_before(found, one_of)
            for what, count in counted(article, one_of).items():
                derived.setdefault(what, []).append(count)
        named = killing_named(article)
        if named is not None:
            found = fewer_are_parts(found, named)
        shooting = shooting_named(article)
        if shooting is not None:
            found = [*found, shooting]
        for statement in found:
            by_what.setdefault(statement.what, []).append((article, statement))
        for what, summed in list_sums(article, lists).items():
            derived.setdefault(what, []).append(summed)
        if with_shooter is not None:
            derived.setdefault("killed", []).append(with_shooter)
        listed = listed_dead(article)
        if listed is not None:
            derived.setdefault("killed", []).append(listed)
        if named is not None:
            derived.setdefault("killed", []).append(named)
        for what, each in one_each(article, found).items():
            derived.setdefault(what, []).append(each)
    by_what = set_aside_roundups(by_what)
    killed_stated, killed_votes = _candidates(by_what.get("killed", []), derived.get("killed", ()))
    killed, _ = reconcile(killed_stated + killed_votes)
    injured, earlier = wounded_then_dead(articles, by_what, killed)
    if injured:
        by_what["injured"] = injured
    injured, placed = counted_by_place(articles, by_what, killed)
    if injured:
        by_what["injured"] = injured
    shot = injured_from_shot(by_what, killed)
    # a victim counted by its place outranks the article's other derived counts: it is later
    derived["injured"] = [*placed, *derived.get("injured", ()), *earlier, *shot]
    # decided on the counts as they stand: a zero must not make the other figure zero too
    zeros = {what: none_of_its_own(what, by_what, derived) for what in ("killed", "injured")}
    for what, votes in zeros.items():
        derived[what] = [*derived.get(what, ()), *votes]
    whats = list(by_what) + [w for w, d in derived.items() if d and w not in by_what]
    implied = {"injured": _shot_less_killed(by_what, derived, killed)}
    result = [_figure(w, by_what.get(w, []), derived.get(w, ()), implied.get(w)) for w in whats]

    def rank(figure: Figure) -> tuple[int, int, str]:
        lead = LEADING.index(figure.what) if figure.what in LEADING else len(LEADING)
        return lead, -len({v.article for v in figure.values}), figure.what

    return sorted(result, key=rank)


def _shot_less_killed(
    by_what: dict[str, list[tuple[StoryArticle, Statement]]],
    derived: dict[str, list[Derived]],
    killed: float | None,
) -> float | None:
    """The injured the story's shot and killed counts imply (None: it lacks either)."""
    stated, votes = _candidates(by_what.get("shot", []), derived.get("shot", ()))
    shot, _ = reconcile(stated + votes)
    if shot is None:
        return None
    # no death reported: every one shot is among the injured
    rest = shot - (killed or 0)
    return rest if rest >= 0 else None


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
