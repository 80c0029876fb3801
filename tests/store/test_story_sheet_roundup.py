"""Story sheets: a roundup article (a page about several shootings) speaks for the story only
when no article about the single incident states the figure, or where it names that incident."""

from __future__ import annotations

from newsfacts.store.story_sheet import StoryArticle, build
from newsfacts.store.story_sheet.roundup import is_roundup
from tests.store.sheets import E
from tests.store.stories_fixtures import article, figure

OWN = "Two people were killed in a shooting at the Larkspur Depot on Friday, police said."
ROUNDUP_HEADLINE = "Seven dead, 20 wounded in weekend shootings across Millbrook"
ROUNDUP = (
    "Seven people were killed over the weekend. "
    "Four people were killed in one house on Saturday, police said. "
    "Four people were found dead in a car on Sunday."
)


DEPOT = E("Larkspur Depot", "FAC")


def _own(day: int = 3, text: str = OWN, entities: tuple[E, ...] = (DEPOT,)):
    return article(
        text,
        outlet="a.example",
        day=day,
        headline="Two killed at Larkspur depot",
        entities=list(entities),
    )


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


def _naming_story(first: str, own: StoryArticle, *, roundup_entities: tuple[E, ...] = ()):
    other = article(
        "Three people were killed at the depot, a witness said.", outlet="c.example", day=5
    )
    roundup = article(
        first + " " + ROUNDUP,
        outlet="b.example",
        day=4,
        headline="Weekend shootings across Millbrook",
        entities=list(roundup_entities),
    )
    return figure(build("u2", [own, roundup, other]), "killed")


def test_the_roundup_sentence_naming_the_incident_still_counts() -> None:
    # the roundup's depot sentence names what the depot's own report names: it votes with it
    killed = _naming_story("Two people were killed at the Larkspur Depot on Friday.", _own())
    assert killed.reconciled == 2
    assert killed.rule == "most outlets"


def test_a_one_word_place_of_the_entities_names_the_incident() -> None:
    own = _own(
        text="Two people were killed in a shooting in Quillon on Friday, police said.",
        entities=(E("Quillon", "GPE"),),
    )
    # the roundup's own entities need not have found it: its words are searched
    killed = _naming_story("Two people were killed in Quillon on Friday.", own)
    assert (killed.reconciled, killed.rule) == (2, "most outlets")


def test_a_name_the_whole_roundup_covers_tells_no_incident_apart() -> None:
    millbrook = E("Millbrook", "GPE")
    own = _own(
        text="Two people were killed at a depot in Millbrook on Friday, police said.",
        entities=(millbrook,),
    )
    # "Millbrook" is where all the roundup's shootings were: its four dead are not the story's
    text = (
        "Four people were killed in Millbrook on Saturday. Shootings across Millbrook left 9 dead."
    )
    roundups = [
        article(text, outlet=o, day=4, headline=ROUNDUP_HEADLINE, entities=[millbrook])
        for o in ("b.example", "c.example")
    ]
    killed = figure(build("u4", [own, *roundups]), "killed")
    assert killed.reconciled == 2


def test_a_roundup_alone_still_decides() -> None:
    other = article("Detectives are looking for the gunman.", outlet="a.example", day=3)
    assert figure(build("u3", [other, _roundup()]), "killed").reconciled == 4
