"""Short forms of one thing across a story's articles: initials, the name without the words
before it, a team's name the tagger took for a person, a name cut at a spaced hyphen.

Every article here is invented. The story's evidence is what the articles share: the person
"Idris Talbenny" and the town "Quenford" appear in each.
"""

from __future__ import annotations

import pytest

from newsfacts.sheet import Entity
from newsfacts.store.initials import initials, is_acronym, name_tails
from newsfacts.store.names import corpus_view, hyphen_joined, normalize
from tests.builders import mentions
from tests.store.sheets import Article, E
from tests.store.test_canonical_links import canonical_of, corpus_of, links_in

STORY = [E("Idris Talbenny"), E("Quenford", "GPE")]


def _article(text: str, *entities: E) -> Article:
    return Article(text=text, entities=[*STORY, *entities])


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Velmont Broadcasting Union", {"vbu"}),
        ("US Geological Survey", {"usgs", "ugs"}),
        ("Guild of Harbour Pilots", {"ghp", "gohp"}),
        ("Quenford", frozenset()),
    ],
)
def test_initials_of_a_name(name: str, keys: set[str]) -> None:
    assert initials(normalize(name)) == keys


@pytest.mark.parametrize(
    ("name", "acronym"), [("VBU", True), ("U.S.G.S.", True), ("VBU`", True), ("Vbu", False)]
)
def test_is_acronym(name: str, acronym: bool) -> None:
    assert is_acronym(name) is acronym


def test_name_tails_are_the_endings_of_two_words_or_more() -> None:
    assert name_tails("quenford red herons club") == ["red herons club", "herons club"]
    assert name_tails("red herons") == []


def test_an_undefined_acronym_joins_the_thing_of_its_story_it_abbreviates(tmp_path) -> None:
    long = _article(
        "Idris Talbenny told the Velmont Broadcasting Union in Quenford he would stay.",
        E("Velmont Broadcasting Union", "ORG"),
    )
    short = _article(
        "Idris Talbenny spoke to VBU reporters in Quenford on Friday.", E("VBU", "ORG")
    )
    corpus = corpus_of(tmp_path / "c.db", [long, short])
    assert canonical_of(corpus, "VBU", "Friday") == "Velmont Broadcasting Union"
    assert ("Velmont Broadcasting Union", "initials") in links_in(corpus, "Friday")


def test_a_name_written_out_after_its_initials_joins_them(tmp_path) -> None:
    board = E("Quenford Harbour Board", "ORG")
    short = _article(
        "Idris Talbenny told VBU and the Quenford Harbour Board he would stay.",
        board,
        E("VBU", "ORG"),
    )
    long = _article(
        "The Quenford Harbour Board thanked the Velmont Broadcasting Union on Sunday.",
        board,
        E("Velmont Broadcasting Union", "ORG"),
    )
    corpus = corpus_of(tmp_path / "c.db", [short, long])
    assert canonical_of(corpus, "Velmont Broadcasting Union", "Sunday") == "VBU"


def test_initials_without_the_storys_evidence_stay_apart(tmp_path) -> None:
    long = _article(
        "Idris Talbenny told the Velmont Broadcasting Union in Quenford he would stay.",
        E("Velmont Broadcasting Union", "ORG"),
    )
    elsewhere = Article(
        text="The VBU league met in Harrowdale.",
        entities=[E("VBU", "ORG"), E("Harrowdale", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [long, elsewhere])
    assert canonical_of(corpus, "VBU", "league") == "VBU"


def test_a_name_with_and_without_the_place_before_it_is_one_thing(tmp_path) -> None:
    # a name of several words is judged before the article's people and one-word places:
    # its evidence is the story's other names of several words ("Quenford Harbour Board")
    board = E("Quenford Harbour Board", "ORG")
    long = _article(
        "The Quenford Harbour Board and the Quenford Red Herons met Idris Talbenny on Monday.",
        board,
        E("Quenford Red Herons", "ORG"),
    )
    short = _article(
        "The Quenford Harbour Board saw the Red Herons win in Quenford on Tuesday.",
        board,
        E("Red Herons", "ORG"),
    )
    corpus = corpus_of(tmp_path / "c.db", [long, short])
    assert canonical_of(corpus, "Red Herons", "Tuesday") == "Quenford Red Herons"
    assert ("Quenford Red Herons", "name ending") in links_in(corpus, "Tuesday")


def test_a_one_word_person_that_ends_a_thing_of_the_same_article_is_that_thing(
    tmp_path,
) -> None:
    # the tagger typed the team a person and a pronoun was laid on it: the article's own
    # "Quenford Herons" still says what "Herons" is
    team = _article(
        "Idris Talbenny joined the Quenford Herons in Quenford. The Herons said he signed.",
        E("Quenford Herons", "ORG"),
        E("Herons", "PERSON", forms=("Herons", "he")),
    )
    corpus = corpus_of(tmp_path / "c.db", [team])
    assert canonical_of(corpus, "Herons", "signed") == "Quenford Herons"
    assert ("Quenford Herons", "short name in article") in links_in(corpus, "signed")


def test_a_pair_run_together_is_no_name_its_last_word_names(tmp_path) -> None:
    pair = _article(
        "Idris Talbenny mourned Mira and Joss in Quenford. Joss was two.",
        E("Mira and Joss", "ORG"),
        E("Joss", "PERSON"),
    )
    corpus = corpus_of(tmp_path / "c.db", [pair])
    assert canonical_of(corpus, "Joss", "mourned") == "Joss"


def test_a_team_first_typed_a_person_stays_one_entity(tmp_path) -> None:
    first = _article("Idris Talbenny praised Herons fans in Quenford.", E("Herons", "PERSON"))
    full = _article(
        "Idris Talbenny and the Quenford Herons trained on Monday.",
        E("Quenford Herons", "PERSON"),
    )
    later = _article("Idris Talbenny left Herons camp in Quenford on Friday.", E("Herons", "ORG"))
    corpus = corpus_of(tmp_path / "c.db", [first, full, later])
    team = canonical_of(corpus, "Herons", "praised")
    assert canonical_of(corpus, "Quenford Herons", "trained") == team
    assert canonical_of(corpus, "Herons", "Friday") == team


def test_a_place_is_not_the_thing_that_is_of_it(tmp_path) -> None:
    college = _article(
        "Idris Talbenny teaches at the University of Quenford.",
        E("University of Quenford", "ORG"),
    )
    town = _article("Idris Talbenny walked through Quenford at dawn.")
    corpus = corpus_of(tmp_path / "c.db", [college, town])
    assert canonical_of(corpus, "Quenford", "dawn") == "Quenford"


def test_a_bare_surname_joins_the_namesake_whose_gender_its_pronouns_give(tmp_path) -> None:
    pair = Article(
        text="Helen Dellacourt and Peter Dellacourt ran the mill. Dellacourt said he was tired.",
        entities=[
            E("Helen Dellacourt"),
            E("Peter Dellacourt"),
            E("Dellacourt", forms=("Dellacourt", "he")),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [pair])
    assert canonical_of(corpus, "Dellacourt", "tired") == "Peter Dellacourt"


def _entity(text: str, name: str, kind: str = "ORG") -> Entity:
    return Entity(id="e1", name=name, type=kind, named=True, mentions=mentions(text, (name,)))


@pytest.mark.parametrize(
    ("text", "name", "joined"),
    [
        ("Shares of Velder - Pask rose.", "Velder", "Velder-Pask"),
        ("QUENFORD - Monday was calm.", "QUENFORD", "QUENFORD"),
        ("Velder - Pask and Velder - Orn merged.", "Velder", "Velder"),
        ("Velder rose.", "Velder", "Velder"),
    ],
)
def test_a_name_cut_at_a_spaced_hyphen_is_read_whole(text: str, name: str, joined: str) -> None:
    assert hyphen_joined(_entity(text, name), text, name) == joined


def test_a_score_run_into_a_teams_name_is_no_part_of_it() -> None:
    text = "Quenford 91-73 was the final."
    view = corpus_view(_entity(text, "Quenford 91-73"), text, frozenset(), {})
    assert view.name == "Quenford"
