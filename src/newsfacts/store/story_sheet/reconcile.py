"""One value per figure from what every outlet said, the rule that chose it, and disagreement.

Values are compared as intervals: "about 40" (32-48) and "dozens" (24-144) are compatible,
"40" and "400" are not. Two articles disagree on a figure when no value one states is
compatible with any the other states (an article's exact counts stand for it when it gives
any): an article giving a partial count beside the total ("one of the three victims died")
agrees with one giving the total.

The reconciled value is the best-supported count, by the first rule that decides:
1. `all agree`: every exact value is the same number;
2. `most outlets`: the value most articles lead with (an article's first statement
   of the figure, headline first: later ones are often partial counts, "one of the three
   died"); then
3. `agrees with the other counts`: between values as many articles lead with, the one the
   story's other figures imply (for the injured: its shot less its killed, all of the shot
   when no death is reported), a fact-checker's cross-check of one count against another;
   then
4. `stated more often`: between values as many articles lead with, the one stated more
   often across the story (a count repeated in headline and text, or by the same outlet
   the next day, is the settled one); then
5. `official source`: the one attributed to an official source (police, a coroner) more
   often; then
6. `larger value`: the larger (a partial count is smaller than the total).
`approximations only`: no exact value at all, the first approximation's centre.
Sentences about other incidents too (a weekend roundup, a year's total) only decide when
nothing else states the figure, not even a lone victim described ("a man was killed").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Located(Protocol):
    """A value as the reconciler needs it (FigureValue and the like)."""

    article: str
    published: str | None
    value: float | None
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Candidate:
    article: str
    published: str | None
    order: int  # the article's place in the story (oldest first)
    value: float | None
    low: float
    high: float
    official: bool = False
    elsewhere: bool = False
    lead: bool = False  # the article's first statement of the figure (headline first)
    weak: bool = False  # "a man was killed": one victim described, not a count of all
    part: bool = False  # a part of a count derived from it ("1 child" of "2 adults, 1 child")


ALL_AGREE = "all agree"
OFFICIAL = "official source"
MOST_OUTLETS = "most outlets"
MORE_OFTEN = "stated more often"  # a tie of outlets that no official source breaks
CONSISTENT = "agrees with the other counts"  # a tie: the one that shot = killed + injured holds
LARGER = "larger value"  # a tie on every count: the total, not a partial count
APPROXIMATE_ONLY = "approximations only"
NOTHING = "not stated"


def compatible(a: Candidate, b: Candidate) -> bool:
    """Whether two values' intervals overlap."""
    return a.low <= b.high and b.low <= a.high


def disagree(candidates: Sequence[Candidate]) -> bool:
    """Some two articles state values no one of which is compatible with the other's."""
    by_article: dict[str, list[Candidate]] = {}
    for candidate in (c for c in candidates if not c.weak):
        by_article.setdefault(candidate.article, []).append(candidate)
    # an article that gives an exact count is held to it: its "several hurt" beside "four
    # injured" must not make it agree with every count from three to nine
    groups = [[c for c in group if c.low == c.high] or group for group in by_article.values()]
    return any(
        not any(compatible(a, b) for a in first for b in second)
        for index, first in enumerate(groups)
        for second in groups[index + 1 :]
    )


def _support(value: float, candidates: Sequence[Candidate]) -> int:
    return len({c.article for c in candidates if c.low <= value <= c.high})


def _official(value: float, candidates: Sequence[Candidate]) -> int:
    return sum(1 for c in candidates if c.official and c.value == value)


def _mentions(value: float, candidates: Sequence[Candidate]) -> int:
    return sum(1 for c in candidates if c.value == value)


def _latest(value: float, candidates: Sequence[Candidate]) -> tuple[str, int]:
    return max((c.published or "", c.order) for c in candidates if c.value == value)


def reconcile(
    candidates: Sequence[Candidate], implied: float | None = None
) -> tuple[float | None, str]:
    """(reconciled value, rule) for one figure's values; `implied`: the value the story's
    other figures settle on (its shot less its killed, for the injured), if any."""
    if not candidates:
        return None, NOTHING
    local = (
        [c for c in candidates if not c.elsewhere and not c.weak]
        or [c for c in candidates if not c.elsewhere]
        or [c for c in candidates if not c.weak]
        or list(candidates)
    )
    # a part stands for the count derived from it, which votes in its place
    exact = [c for c in local if c.value is not None and c.low == c.high and not c.part]
    if not exact:
        first = next((c for c in local if c.value is not None), None)
        return (first.value if first else None), APPROXIMATE_ONLY
    values = {c.value for c in exact if c.value is not None}
    if len(values) == 1:
        return values.pop(), ALL_AGREE
    leads = [c for c in exact if c.lead] or exact
    ranked = sorted(
        {c.value for c in leads if c.value is not None},
        key=lambda v: (_support(v, leads), _mentions(v, exact), _official(v, leads), v),
        reverse=True,
    )
    best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else None
    tied = runner_up is not None and _support(runner_up, leads) == _support(best, leads)
    if not tied or runner_up is None:
        return best, MOST_OUTLETS
    # a tie of outlets is never labelled "most outlets": say which of the next rules broke it
    if implied in ranked and _support(implied, leads) == _support(best, leads):
        return implied, CONSISTENT
    if _mentions(best, exact) > _mentions(runner_up, exact):
        return best, MORE_OFTEN
    if _official(best, leads) > _official(runner_up, leads):
        return best, OFFICIAL
    return best, LARGER
