"""Story sheets: a roundup article (a page about several shootings) speaks for the story only
when no article about the single incident states the figure, or where it names that incident."""

from __future__ import annotations

from newsfacts.store.story_sheet import build
from newsfacts.store.story_sheet.roundup import is_roundup
from tests.store.stories_fixtures import article, figure

OWN = "Two people were killed in a shooting at the Larkspur Depot on Friday, police said."
ROUNDUP_HEADLINE = "Seven dead, 20 wounded in weekend shootings across Millbrook"
ROUNDUP = (
    "Seven people were killed over the weekend. "
    "Four people were killed in one house on Saturday, police said. "
    "Four people were found dead in a car on Sunday."
)


def _own(day: int = 3):
    return article(OWN, outlet="a.example", day=day, headline="Two killed at Larkspur depot")


def _roundup(text: str = ROUNDUP, day: int = 4):
    return article(text, outlet="b.example", day=day, headline=ROUNDUP_HEADLINE)


def test_a_roundup_is_known_by_its_headline() -> None:
    assert is_roundup(_roundup())
    assert not is_roundup(_own())


def test_the_single_incident_decides_over_the_roundup() -> None:
    # the roundup's other incidents outnumber the depot's own count; they are not the story's
    killed = figure(build("u1", [_own(), _roundup(), _roundup(day=5)]), "killed")
    assert killed.reconciled == 2
    # every count is still a value seen, and the outlets still disagree
    assert {v.value for v in killed.values} == {2, 4, 7}
    assert killed.disagree


def test_the_roundup_sentence_naming_the_incident_still_counts() -> None:
    naming = "Two people were killed at the Larkspur Depot on Friday. " + ROUNDUP
    other = article(
        "Three people were killed at the depot, a witness said.", outlet="c.example", day=5
    )
    roundup = article(
        naming, outlet="b.example", day=4, headline="Weekend shootings across Millbrook"
    )
    killed = figure(build("u2", [_own(), roundup, other]), "killed")
    # the roundup's depot sentence names what the depot's own report names: it votes with it
    assert killed.reconciled == 2
    assert killed.rule == "most outlets"


def test_a_roundup_alone_still_decides() -> None:
    other = article("Detectives are looking for the gunman.", outlet="a.example", day=3)
    assert figure(build("u3", [other, _roundup()]), "killed").reconciled == 4
