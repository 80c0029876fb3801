"""Story sheets: counts of other incidents on a story's pages (a roundup, a year's tally) never
stand for the story's own figure when its own reports count the other figure only."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from newsfacts.store.story_sheet.figures import statements
from tests.store.stories_fixtures import article


def _figure(sheet, what):
    return next(f for f in sheet.figures if f.what == what)


def test_a_roundup_count_is_not_the_storys_dead() -> None:
    wounded = article(
        "Seven people were wounded at the Larkspur depot on Friday night.",
        outlet="a.example",
        day=3,
        headline="Seven wounded in shooting at Larkspur depot",
    )
    roundup = article(
        "Police said six people were wounded at the depot. "
        "At least nine people were killed in shootings across the city over the weekend.",
        outlet="b.example",
        day=4,
    )
    killed = _figure(build("r1", [wounded, roundup]), "killed")
    # the only count of the dead is the weekend's: the depot's own reports name no dead
    assert killed.reconciled == 0
    assert {d.rule for d in killed.derived} == {"none among the story's own counts"}
    assert [v.value for v in killed.values] == [9]  # the roundup's count stays a value seen


def test_a_roundup_count_is_not_the_storys_hurt() -> None:
    dead = article(
        "A man was shot and killed at the depot. Two men were killed there, police said.",
        outlet="a.example",
        day=3,
    )
    tally = article(
        "Two men were killed at the depot. So far this year 40 people were wounded in the city.",
        outlet="b.example",
        day=4,
    )
    injured = _figure(build("r2", [dead, tally]), "injured")
    assert injured.reconciled == 0


def test_an_own_count_decides_over_nothing() -> None:
    # with no count of the other figure of its own, the story says nothing: the roundup decides
    roundup = article(
        "At least nine people were killed in shootings across the city over the weekend.",
        outlet="a.example",
        day=3,
    )
    other = article("Detectives are looking for the gunman.", outlet="b.example", day=4)
    assert _figure(build("r3", [roundup, other]), "killed").reconciled == 9


def test_a_later_telling_of_the_same_incident_keeps_its_count() -> None:
    # "last summer" marks the sentence as about another time, but it counts the dead as the
    # story does: it tells this incident, and its count of the wounded stands
    night = article("Two teens were killed at the party, police said.", outlet="a.example", day=3)
    trial = article(
        "Five men were charged after a shootout killed two teens and wounded four others "
        "last summer.",
        outlet="b.example",
        day=20,
    )
    assert _figure(build("r4", [night, trial]), "injured").reconciled == 4


def test_shootings_counted_together_are_a_roundup() -> None:
    wounded = article(
        "A man was fatally shot at the depot on Friday, police said.",
        outlet="a.example",
        day=3,
        headline="Man fatally shot at Larkspur depot",
    )
    roundup = article(
        "Four people were killed in shootings from Friday to Saturday morning, police said.",
        outlet="b.example",
        day=4,
    )
    killed = _figure(build("r5", [wounded, roundup]), "killed")
    assert killed.reconciled == 1  # the story's lone victim, not the shootings' tally
    # "the shootings" of one spree are the story's own
    spree = article(
        "Three people were killed in the shootings at two Larkspur depots.",
        outlet="c.example",
        day=3,
    )
    assert _figure(build("r6", [spree, wounded]), "killed").reconciled == 3


def test_a_number_that_did_the_killing_counts_no_dead() -> None:
    def killed(text: str) -> list[float | None]:
        sheet = article(text, outlet="a.example", day=3).sheet
        return [s.value for s in statements(sheet) if s.what == "killed"]

    assert killed("This year eight children have killed themselves with guns.") == []
    assert killed("Two men had shot and killed the clerk.") == []
    assert killed("Two people have been killed and three have died since.") == [2, 3]


def test_a_count_of_a_year_before_the_story_is_another_incident() -> None:
    # the fixtures' articles are dated 2031: 2029 is before the story's first report
    first = article("Four people were killed at the depot.", outlet="a.example", day=3)
    recalled = article(
        "The depot shooting left four dead. In a 2029 rampage a gunman killed 13 people.",
        outlet="b.example",
        day=4,
        times=[("2029", "2029")],
    )
    # the year as the times stage resolves it: no year printed, "November 5" of 2029
    again = article(
        "The rampage of November 5 left 13 dead, police said.",
        outlet="c.example",
        day=5,
        times=[("November 5", "2029-11-05")],
    )
    killed = _figure(build("r7", [first, recalled, again]), "killed")
    assert killed.reconciled == 4 and killed.rule == "all agree"
    # the story's own year is no other incident: "the 2031 shooting that left four dead"
    later = article(
        "The 2031 shooting left four dead.", outlet="d.example", day=6, times=[("2031", "2031")]
    )
    assert _figure(build("r8", [later, again]), "killed").reconciled == 4
