"""Story sheets: "one of N shot has died" counts one dead and N - 1 hurt; a count of people
shot that the story's dead use up tells nothing of the hurt."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from newsfacts.store.story_sheet.one_of import ONE_OF_THE_SHOT, one_of_shot
from tests.store.stories_fixtures import article, figure


def test_one_of_the_shot_who_died_counts_one_dead_and_the_rest_hurt() -> None:
    later = article(
        "Police said one of the five people shot outside the Larkspur depot on Friday has "
        "died. Five people were shot in the gunfire.",
        outlet="a.example",
        day=4,
        headline="One of five shot at Larkspur depot dies",
    )
    sheet = build("o1", [later])
    killed, injured = figure(sheet, "killed"), figure(sheet, "injured")
    assert (killed.reconciled, injured.reconciled) == (1, 4)
    (dead,) = killed.derived
    assert dead.rule == ONE_OF_THE_SHOT
    # the words are the headline's, sliced by its offsets
    (report,) = dead.reports
    assert report.field == "headline"
    assert later.sheet.headline[report.start : report.end] == report.text


def test_the_hurt_counted_before_one_died_become_a_part() -> None:
    text = (
        "Two children were critically wounded late Wednesday. "
        "One of the two children wounded in the shooting has since died, police said."
    )
    report = article(text, outlet="a.example", day=5)
    injured = figure(build("o2", [report]), "injured")
    # the article's "two wounded" told of both before one died: one is left hurt
    assert injured.reconciled == 1
    assert {v.value for v in injured.values} == {2}


def test_other_incidents_and_a_lone_victim_count_nothing() -> None:
    roundup = article(
        "One of the three people shot in separate shootings across the city has died.",
        outlet="a.example",
        day=4,
    )
    lone = article("One of 1 man shot has died.", outlet="b.example", day=4)
    assert one_of_shot(roundup) is None
    assert one_of_shot(lone) is None


def test_people_shot_the_story_dead_use_up_tell_nothing_of_the_hurt() -> None:
    first = article("3 dead, 2 hurt in depot shooting.", outlet="a.example", day=3)
    second = article(
        "The gunman is accused of shooting three relatives at the depot.",
        outlet="b.example",
        day=4,
    )
    injured = figure(build("o3", [first, second]), "injured")
    # "shooting three relatives" beside three dead tells of the dead: no vote for zero hurt
    assert injured.reconciled == 2
    assert not injured.derived
