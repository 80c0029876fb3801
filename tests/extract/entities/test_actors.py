"""Unnamed actors: repeated definite descriptions as entities (extract/entities/actors.py)."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities.actors import add_actors
from newsfacts.extract.entities.find import find_entities
from newsfacts.extract.entities.roles import add_roles


def _entities(nlp, text: str):
    doc = nlp(text)
    return add_actors(doc, add_roles(doc, find_entities(doc)))


@pytest.mark.model
def test_actors_repeated_description_is_an_unnamed_entity(nlp) -> None:
    text = (
        "A fisherman was pulled from the sea on Monday. Rescuers said the fisherman was "
        "cold but alive. The fisherman was flown to Bergen."
    )
    [actor] = [e for e in _entities(nlp, text) if not e.named]
    assert actor.type == "PERSON"
    assert actor.name == "the fisherman"
    assert [m.text for m in actor.mentions] == ["A fisherman", "the fisherman", "The fisherman"]
    assert all(m.kind == "description" for m in actor.mentions)


@pytest.mark.model
def test_actors_one_mention_is_not_enough(nlp) -> None:
    text = "The fisherman was pulled from the sea on Monday. Rescuers were praised."
    assert all(e.named for e in _entities(nlp, text))


@pytest.mark.model
def test_actors_two_descriptions_of_one_person_merge(nlp) -> None:
    text = (
        "The defector ran across the line. Guards fired at the soldier. "
        "The soldier fell. Doctors said the defector would live."
    )
    unnamed = [e for e in _entities(nlp, text) if not e.named]
    assert len(unnamed) == 1
    assert {m.text.lower() for m in unnamed[0].mentions} == {"the defector", "the soldier"}


@pytest.mark.model
def test_actors_subject_and_object_of_one_verb_stay_two(nlp) -> None:
    text = (
        "The gunman shot the victim on Friday. Police said the gunman fled. The victim died later."
    )
    unnamed = sorted(e.name.lower() for e in _entities(nlp, text) if not e.named)
    assert unnamed == ["the gunman", "the victim"]


@pytest.mark.model
def test_actors_role_description_joins_the_named_person(nlp) -> None:
    text = (
        '"She is stable," lead surgeon Ann Lee said on Monday. The surgeon said the patient '
        "would recover."
    )
    lee = next(e for e in _entities(nlp, text) if e.name == "Ann Lee")
    assert "The surgeon" in [m.text for m in lee.mentions if m.kind == "description"]
