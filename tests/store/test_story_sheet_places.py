"""Story sheets: a victim counted by its place ("a fifth victim was found later") counts all
the victims up to it, hurt or killed."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from tests.store.stories_fixtures import article
from tests.store.stories_fixtures import figure as _figure


def test_a_fifth_victim_makes_five_hurt() -> None:
    early = article(
        "Four people were wounded at the Larkspur depot on Friday night, police said.",
        outlet="a.example",
        day=3,
        headline="Four wounded at Larkspur depot",
    )
    later = article(
        "Four people were wounded at the depot. A fifth person with a gunshot wound was found "
        "later at a hospital, a police spokesman said.",
        outlet="b.example",
        day=4,
    )
    settled = article(
        "Five people were wounded at the depot, the police chief said on Monday.",
        outlet="c.example",
        day=6,
    )
    # without the place, the two first reports' four outvote the chief's five
    injured = _figure(build("p1", [early, later, settled]), "injured")
    assert injured.reconciled == 5
    (placed,) = [d for d in injured.derived if d.rule == "a victim counted by its place"]
    assert placed.value == 5 and placed.article == later.id
    # the derived count points at the words that state the place
    (words,) = placed.reports
    assert words.text == "A fifth person"
    assert later.sheet.text[words.start : words.end] == words.text


def test_a_place_counts_the_dead_too() -> None:
    told = article(
        "A man was killed and two others were wounded at the depot. "
        "A third person, a bystander, was struck in the arm.",
        outlet="a.example",
        day=3,
    )
    other = article("Police said two people were wounded at the depot.", outlet="b.example", day=4)
    # three victims: one dead (the "others" of its count say so), so two hurt, as stated
    assert _figure(build("p2", [told, other]), "injured").reconciled == 2


def test_places_that_count_no_one_hurt() -> None:
    text = (
        "Two people were wounded at the depot. A third child in the room was not hurt. "
        "The third victim died on Sunday. A second suspect was arrested at a hospital. "
        "She was the fifth child shot in the city so far this year."
    )
    sheet = build("p3", [article(text, outlet="a.example", day=3)])
    injured = _figure(sheet, "injured")
    assert injured.reconciled == 2
    assert not [d for d in injured.derived if d.rule == "a victim counted by its place"]
