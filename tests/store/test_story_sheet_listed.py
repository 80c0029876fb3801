"""Story sheets: victims listed across sentences ("X was shot and killed ... Y was also
killed") count the article's dead when it states no total."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from tests.store.stories_fixtures import article, figure

LISTED = "victims listed across sentences"


def test_each_victim_also_killed_counts_one_more() -> None:
    early = article(
        "One man was killed at the Brightwater laundromat on Friday night.",
        outlet="a.example",
        day=3,
    )
    later = article(
        "Arlo Penwick, 31, was shot and killed inside the Brightwater laundromat. "
        "Tessa Quill, a 40-year-old customer, was also killed. "
        "A third man, the owner, was also shot and killed as he ran outside.",
        outlet="b.example",
        day=4,
    )
    killed = figure(build("l1", [early, later]), "killed")
    (listed,) = [d for d in killed.derived if d.rule == LISTED]
    assert listed.value == 3
    text = later.sheet.text
    # every "also killed" is one report whose offsets slice its words
    assert [r.text for r in listed.reports] == ["was also killed", "was also shot and killed"]
    assert all(text[r.start : r.end] == r.text for r in listed.reports)
    assert killed.reconciled == 3


def test_a_stated_total_leads_and_other_incidents_count_nothing() -> None:
    total = article(
        "Two people were killed at the Brightwater laundromat. "
        "Arlo Penwick was shot and killed. Tessa Quill was also killed.",
        outlet="a.example",
        day=3,
    )
    roundup = article(
        "A woman was killed at the laundromat. Last year a man was also killed in a shooting "
        "across the city.",
        outlet="b.example",
        day=4,
    )
    killed = figure(build("l2", [total, roundup]), "killed")
    assert killed.reconciled == 2
    assert not [d for d in killed.derived if d.rule == LISTED and d.article == roundup.id]


def test_also_killed_reads_the_killing_words_of_the_counts() -> None:
    # "fatally wounded" and "murdered" tie a count to the dead ("two were fatally wounded"):
    # the same words make one victim more here
    later = article(
        "Arlo Penwick was shot and killed outside the Brightwater laundromat. "
        "His brother was also fatally wounded. A neighbour was also murdered.",
        outlet="b.example",
        day=4,
    )
    (listed,) = [d for d in figure(build("l3", [later]), "killed").derived if d.rule == LISTED]
    assert listed.value == 3
    assert [r.text for r in listed.reports] == ["was also fatally wounded", "was also murdered"]
