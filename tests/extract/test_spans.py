"""Character spans: the overlap test stages ask per noun phrase and per proper noun."""

from __future__ import annotations

import random

from newsfacts.extract.spans import Covered


def pairwise(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def test_covered_answers_as_the_pairwise_test() -> None:
    draw = random.Random(18)
    for _ in range(2000):
        spans = [
            (a := draw.randint(0, 40), a + draw.randint(-2, 8)) for _ in range(draw.randint(0, 8))
        ]
        covered = Covered(spans)
        for _ in range(20):
            start = draw.randint(0, 45)
            end = start + draw.randint(-2, 8)
            assert covered.overlaps(start, end) == pairwise(spans, start, end), (spans, start, end)


def test_covered_touching_spans_do_not_overlap() -> None:
    covered = Covered([(0, 5), (3, 8), (12, 15)])
    assert covered.overlaps(7, 9) and covered.overlaps(14, 20)
    assert not covered.overlaps(8, 12) and not covered.overlaps(15, 30)
    assert not Covered([]).overlaps(0, 10)
    assert Covered([(4, 4)]).overlaps(0, 10)  # an empty span strictly inside, as pairwise says
