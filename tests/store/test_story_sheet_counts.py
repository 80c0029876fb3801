"""Story sheets: counts given without one number that states them (lists of who, the shooter
among the dead, people shot minus the dead) and counts about other incidents (roundups)."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from newsfacts.store.story_sheet.figures import statements
from newsfacts.store.story_sheet.lists import count_lists, joined_counts
from newsfacts.store.story_sheet.shooter import shooter_died
from tests.store.stories_fixtures import article


def _figure(sheet, what):
    return next(f for f in sheet.figures if f.what == what)


def _lists(text: str, headline: str = "Shooting at the Larkspur depot") -> list[tuple]:
    sheet = article(text, outlet="a.example", day=3, headline=headline).sheet
    return [(c.predicate, c.value) for c in count_lists(sheet)]


def test_a_list_of_who_counts_its_sum() -> None:
    assert _lists("A man and two children were killed at the depot.") == [("killed", 3)]
    assert _lists("Officers found two women and one man dead inside.") == [("killed", 3)]
    assert _lists("Three boys, a girl and two adults were wounded.") == [("injured", 6)]
    assert _lists("x.", headline="3 adults, 1 child dead in Larkspur") == [("killed", 4)]
    # a bare word counts one in a headline only: in a text it is most often a reference
    assert _lists("x.", headline="Woman, young child killed in Larkspur") == [("killed", 2)]
    assert _lists("It wounded the suspect, and six others were injured.") == []


def test_two_clauses_counting_different_people_alike_are_a_list() -> None:
    def joined(text: str) -> list[tuple]:
        sheet = article(text, outlet="a.example", day=3).sheet
        return [(c.predicate, c.value) for c in joined_counts(sheet, statements(sheet))]

    assert joined("Three boys were wounded and a girl was critically injured.") == [("injured", 4)]
    # a remainder, a total or another predicate is no list
    assert joined("Four people were wounded and one was critically injured.") == []
    assert joined("Two men were wounded and a woman was killed.") == []
    assert joined("Two men were wounded and two men were hurt.") == []


def test_a_list_of_who_without_a_count_is_not_summed() -> None:
    assert _lists("Men and women were hurt in the crush.") == []
    assert _lists("Five men and women were injured.") == []  # "women" is no count
    assert _lists("A man and two children live in the house.") == []  # no cue


def test_a_list_decides_over_its_part() -> None:
    listed = article(
        "Police said two adults and one child were killed at the depot.",
        outlet="a.example",
        day=3,
    )
    partial = article("Three people were killed at the depot.", outlet="b.example", day=4)
    sheet = build("c1", [listed, partial])
    killed = _figure(sheet, "killed")
    # both articles count 3: the list's sum, the other's count; the part (one child) is no vote
    assert killed.reconciled == 3 and killed.rule == "all agree"
    assert [d.value for d in killed.derived] == [3]
    assert [r.text for r in killed.derived[0].reports] == ["two adults and one child were killed"]
    assert sorted(v.value for v in killed.values) == [1, 3]  # the part stays a value seen


def test_the_shooter_who_died_is_among_the_dead() -> None:
    victims = article(
        "The gunman shot his neighbours, killing three, then killed himself.",
        outlet="a.example",
        day=3,
    )
    total = article("Four people were dead on Elm Street.", outlet="b.example", day=4)
    sheet = build("c2", [victims, total])
    killed = _figure(sheet, "killed")
    assert [(d.value, d.rule) for d in killed.derived] == [(4, "victims and the shooter")]
    assert [r.text for r in killed.derived[0].reports] == ["killing three", "killed himself"]
    assert killed.reconciled == 4
    by_police = article(
        "Police said the man killed four people before he was shot and killed by officers.",
        outlet="c.example",
        day=4,
    )
    assert [d.value for d in _figure(build("c2b", [by_police]), "killed").derived] == [5]


def test_a_count_of_all_the_dead_already_holds_the_shooter() -> None:
    sheet = build(
        "c3",
        [
            article(
                "Three people were dead in an apparent murder-suicide.",
                outlet="a.example",
                day=3,
            )
        ],
    )
    killed = _figure(sheet, "killed")
    assert killed.reconciled == 3 and killed.derived == []


def test_what_says_the_shooter_died() -> None:
    def died(text: str) -> bool:
        return shooter_died(article(text, outlet="a.example", day=3).sheet) is not None

    assert died("He then turned the gun on himself.")
    assert died("The suspect was later pronounced dead.")
    assert died("Deputies shot and killed the gunman.")
    assert died("She killed her husband and then herself.")
    assert not died("The suspect was arrested on Friday.")
    assert not died("The gunman killed two people and fled.")


def test_a_count_of_shootings_is_a_roundup() -> None:
    sheet = article(
        "Four people were killed and 11 wounded in 9 shootings across the county. "
        "At the depot, two people were killed.",
        outlet="a.example",
        day=3,
    ).sheet
    found = [(s.what, s.value, s.elsewhere) for s in statements(sheet)]
    assert found == [
        ("killed", 4, True),
        ("injured", 11, True),
        ("killed", 2, False),
    ]


def test_no_one_is_a_zero_not_one() -> None:
    sheet = article("Police said no one died in the shooting.", outlet="a.example", day=3).sheet
    assert [(s.what, s.value, s.weak) for s in statements(sheet)] == [("killed", 0, True)]


def test_a_past_incident_is_elsewhere() -> None:
    sheet = article(
        "Last summer, one man was killed on the same block.", outlet="a.example", day=3
    ).sheet
    assert [(s.value, s.elsewhere) for s in statements(sheet)] == [(1, True)]


def test_injured_from_people_shot_and_the_dead_another_report_gives() -> None:
    shot = article("Five people were shot outside the depot.", outlet="a.example", day=3)
    killed = article("One man was killed outside the depot.", outlet="b.example", day=4)
    sheet = build("c4", [shot, killed])
    injured = _figure(sheet, "injured")
    assert [(d.value, d.rule) for d in injured.derived] == [(4, "shot minus the story's killed")]
    assert injured.reconciled == 4


def test_others_shot_are_all_hurt() -> None:
    sheet = build(
        "c5",
        [article("One man was killed and three others shot.", outlet="a.example", day=3)],
    )
    injured = _figure(sheet, "injured")
    assert [(d.value, d.rule) for d in injured.derived] == [(3, "others shot")]
    assert injured.reconciled == 3


def test_a_wounded_victim_who_died_later_leaves_the_injured() -> None:
    early = article(
        "Two people were injured in the shooting on Elm Street.", outlet="a.example", day=3
    )
    later = article(
        "One man was killed on Elm Street. The man shot on Friday has died, police said.",
        outlet="b.example",
        day=5,
    )
    sheet = build("c6", [early, later])
    injured = _figure(sheet, "injured")
    assert [(d.value, d.rule) for d in injured.derived] == [
        (1, "injured minus the dead reported later")
    ]
    assert injured.reconciled == 1
    assert _figure(sheet, "killed").reconciled == 1


def test_a_lone_victim_named_in_a_headline_counts_one_dead() -> None:
    assert _lists("x.", headline="Teen killed outside the Larkspur depot") == [("killed", 1)]
    assert _lists("x.", headline="Police: 14-year-old boy dies at the depot") == [("killed", 1)]
    # in a text, or without a cue, or as a list's part it is no count of its own
    assert _lists("A teen was killed outside the depot.", headline="Depot shooting") == []
    assert _lists("x.", headline="Man charged after the depot shooting") == []
    assert _lists("x.", headline="Woman, young child killed in Larkspur") == [("killed", 2)]


def test_a_lone_victim_outranks_a_roundup_of_other_shootings() -> None:
    own = article(
        "The boy was taken to a hospital.",
        outlet="a.example",
        day=3,
        headline="Boy killed in accidental shooting at the depot",
    )
    roundup = article(
        "At least nine people were killed in separate shootings across the city since Friday.",
        outlet="b.example",
        day=4,
    )
    killed = _figure(build("c1", [own, roundup]), "killed")
    assert killed.reconciled == 1


def test_a_day_of_a_month_is_no_count() -> None:
    sheet = article("The man shot on October 27 has died.", outlet="a.example", day=3).sheet
    assert [s.value for s in statements(sheet) if s.what == "killed"] == []
    sheet = article("Police said 27 have died since the storm.", outlet="a.example", day=3).sheet
    assert [s.value for s in statements(sheet) if s.what == "killed"] == [27]


def test_counts_under_a_heading_of_teasers_are_elsewhere() -> None:
    text = (
        "A woman was killed at the depot on Friday.\n\n"
        "Related stories\n\n3 dead, 12 hurt in a bus crash on the highway"
    )
    sheet = article(text, outlet="a.example", day=3).sheet
    found = [(s.what, s.value, s.elsewhere) for s in statements(sheet)]
    assert found == [("killed", 1, False), ("killed", 3, True), ("injured", 12, True)]


def test_a_family_listed_in_a_headline_is_counted() -> None:
    assert _lists("x.", headline="Mother, two sons found dead in Larkspur") == [("killed", 3)]


def test_a_headline_shooter_who_shoots_himself_is_among_the_dead() -> None:
    headline = "Man kills two neighbours, then fatally shoots self at the depot"
    assert shooter_died(article("x.", outlet="a.example", day=3, headline=headline).sheet)
    assert shooter_died(
        article("The gunman commits suicide at the depot.", outlet="a.example", day=3).sheet
    )
    # a wound to himself is no death
    headline = "Robber shoots himself in the leg at the depot"
    assert shooter_died(article("x.", outlet="a.example", day=3, headline=headline).sheet) is None


def _seven_wounded_twice():
    return article(
        "Seven people were wounded at the Larkspur depot. Police said seven people were wounded.",
        outlet="a.example",
        day=3,
        headline="Seven wounded at Larkspur depot",
    )


def test_a_tie_on_the_injured_goes_to_the_shot_less_the_killed() -> None:
    # two outlets, one count each; the count stated twice would win a tie on mentions alone
    twice = _seven_wounded_twice()
    shot = article(
        "Six people were shot at the Larkspur depot and six people were wounded.",
        outlet="b.example",
        day=3,
    )
    injured = _figure(build("c1", [twice, shot]), "injured")
    # nobody died: all six shot are the injured, which decides between 7 and 6
    assert injured.reconciled == 6 and injured.rule == "agrees with the other counts"
    assert injured.disagree


def test_a_tie_the_other_counts_do_not_settle_falls_to_mentions() -> None:
    twice = _seven_wounded_twice()
    once = article("Six people were wounded at the Larkspur depot.", outlet="b.example", day=3)
    injured = _figure(build("c1", [twice, once]), "injured")
    assert injured.reconciled == 7 and injured.rule == "stated more often"


def test_a_victim_given_an_age_counts_one() -> None:
    def read(text: str) -> list[tuple]:
        sheet = article(text, outlet="a.example", day=3).sheet
        return [(s.what, s.value, s.weak) for s in statements(sheet)]

    assert read("A 7-year-old boy was killed at the depot.") == [("killed", 1, True)]
    assert read("An 80-year-old man was accidentally shot and killed.") == [("killed", 1, True)]
    assert read("The blast wounded a 19-year-old woman.") == [("injured", 1, True)]
    # only "a" takes an age: a count of aged victims is read as before (not at all)
    assert read("Two 17-year-old boys were killed at the depot.") == []
    # an age with no person after it is no count
    assert read("A 7-year-old was killed at the depot.") == []


def test_a_victim_given_an_age_gives_way_to_a_count_about_this_incident() -> None:
    own = article("A 6-year-old girl was killed at the depot.", outlet="a.example", day=3)
    tally = article(
        "More than 40 people died in accidental shootings last year.",
        outlet="b.example",
        day=4,
    )
    assert _figure(build("c1", [own, tally]), "killed").reconciled == 1


def test_a_killing_named_by_how_many_it_took_counts_the_dead() -> None:
    named = article(
        "Detectives have named no motive.",
        outlet="a.example",
        day=3,
        headline="Suspect held in triple homicide at the Larkspur depot",
    )
    killed = _figure(build("c1", [named]), "killed")
    assert killed.reconciled == 3
    assert [d.rule for d in killed.derived] == ["a killing named by how many it took"]


def test_counts_of_fewer_dead_are_parts_of_a_named_killing() -> None:
    named = article(
        "Two victims died at the depot and two more died at the hospital.",
        outlet="a.example",
        day=3,
        headline="Victims of quadruple slaying at the Larkspur depot named",
    )
    killed = _figure(build("c1", [named]), "killed")
    assert killed.reconciled == 4


def test_a_named_killing_left_alone() -> None:
    def named(text: str) -> list[float]:
        sheet = build("c1", [article(text, outlet="a.example", day=3)])
        return [d.value for f in sheet.figures if f.what == "killed" for d in f.derived]

    # a murder-suicide counts the killer or not as the report does; other incidents count none
    assert named("Police called it a double murder-suicide at the depot.") == []
    assert named("It was the third double homicide in the city this year.") == []
    assert named("Police called it a double murder at the depot.") == [2]


def test_a_shooting_named_by_how_many_it_took_counts_the_shot() -> None:
    named = article(
        "One man died at the scene.",
        outlet="a.example",
        day=3,
        headline="Police seek gunman in triple shooting at the Larkspur depot",
    )
    sheet = build("c1", [named])
    assert _figure(sheet, "shot").reconciled == 3
    assert _figure(sheet, "injured").reconciled == 2  # the shot less the dead


def test_victims_over_as_many_separate_shootings_are_one_each() -> None:
    def injured(text: str) -> float | None:
        sheet = build("c1", [article(text, outlet="a.example", day=3)])
        return next((f.reconciled for f in sheet.figures if f.what == "injured"), None)

    assert injured("Two boys were wounded Sunday in separate shootings, police said.") == 1
    assert injured("Three men were hurt in three separate attacks near the depot.") == 1
    # more victims than incidents: which incident had how many is not told
    assert injured("Five people were wounded in two separate shootings.") == 5
    # a count of one incident's own victims is read as before
    assert injured("Two boys were wounded at the depot.") == 2


def test_suspects_counted_dead_apart_join_the_dead() -> None:
    def killed(text: str, headline: str = "Shooting at the Larkspur depot") -> float | None:
        sheet = build("c1", [article(text, outlet="a.example", day=3, headline=headline)])
        return _figure(sheet, "killed").reconciled

    assert killed("x.", headline="Nine dead at the Larkspur depot; 3 suspects killed") == 12
    assert killed("Five people were killed. Two suspects were killed in the shootout.") == 7
    # the slain suspects told again ("the pair slain") are no count of their own
    assert (
        killed("Four people were killed. Two suspects were killed. Police named the two slain.")
        == 6
    )
    # the suspects did the killing: no count of them dead
    assert killed("Four people were killed. The two suspects killed them with rifles.") == 4
    # a count of the dead that names them among its dead already holds them
    assert killed("Six people died, including the gunmen. Two suspects were killed.") == 6


def test_a_count_of_what_did_not_happen_is_told_apart() -> None:
    def told(text: str) -> list[tuple]:
        sheet = article(text, outlet="a.example", day=3).sheet
        return [(s.what, s.value, s.elsewhere) for s in statements(sheet) if s.what == "killed"]

    assert told("There should've been five or six people dead, the chief said.") == [
        ("killed", 6, True)
    ]
    assert told("It could have been ten people killed at the depot.") == [("killed", 10, True)]
    assert told("Two people were killed at the depot.") == [("killed", 2, False)]
    # the story's own zero decides, the count of what did not happen does not
    text = "No one died in the shooting. It could have been ten people killed, the chief said."
    sheet = build("c1", [article(text, outlet="a.example", day=3)])
    assert _figure(sheet, "killed").reconciled == 0


def test_the_hurt_counted_as_others_beside_a_roundup_leave_one_dead() -> None:
    def killed(own: str) -> float | None:
        roundup = article(
            "x.",
            outlet="a.example",
            day=3,
            headline="Two men killed, 8 wounded in overnight shootings across Larkspur",
        )
        report = article(own, outlet="b.example", day=3)
        return _figure(build("c1", [roundup, report]), "killed").reconciled

    # "four others injured": one victim told apart, whom no count of the hurt holds
    assert killed("A man was shot on a porch, four others injured at the depot.") == 1
    # every one counted among the hurt: no one died in the story's own incident
    assert killed("Four people were injured at the depot, police said.") == 0


def test_others_with_injuries_are_counted_hurt() -> None:
    def hurt(text: str) -> list[tuple]:
        sheet = article(text, outlet="a.example", day=3).sheet
        return [(s.what, s.value) for s in statements(sheet) if s.what == "injured"]

    assert hurt("It left one man dead and four others with serious injuries.") == [("injured", 4)]
    assert hurt("Two people with minor injuries went to a hospital.") == [("injured", 2)]
    # wounds alone may be the dead's: "two men with gunshot wounds, one pronounced dead"
    assert hurt("Officers found two men with gunshot wounds at the depot.") == []
