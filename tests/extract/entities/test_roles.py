"""Roles and descriptors read off the parse (extract/entities/roles.py)."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities.find import find_entities
from newsfacts.extract.entities.roles import add_roles


def _descriptors(nlp, text: str, name: str) -> tuple[str, ...]:
    doc = nlp(text)
    entities = add_roles(doc, find_entities(doc))
    return next(e.descriptors for e in entities if e.name == name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Maria Olsen, a spokeswoman for the port authority, said the strike was over.",
            "Maria Olsen",
            "spokeswoman for the port authority",
        ),
        ('"She is fine," lead surgeon Ann Lee said on Monday.', "Ann Lee", "lead surgeon"),
        (
            "The patient is awake, according to hospital official Tom Berg.",
            "Tom Berg",
            "hospital official",
        ),
        (
            "The plan was backed by Peter Dunn, the head of the fishing council, on Friday.",
            "Peter Dunn",
            "head of the fishing council",
        ),
        (
            "Peter Dunn, who heads the fishing council, backed the plan.",
            "Peter Dunn",
            "heads the fishing council",
        ),
        (
            "The soldier is a sergeant, according to Kim Byung-soo, a lawmaker of the ruling "
            "party, on Friday.",
            "Kim Byung-soo",
            "lawmaker of the ruling party",
        ),
        ("Peter Dunn is the chairman of the council.", "Peter Dunn", "chairman of the council"),
    ],
)
def test_roles(nlp, text: str, name: str, role: str) -> None:
    assert role in _descriptors(nlp, text, name)


@pytest.mark.model
def test_roles_keep_titles_first(nlp) -> None:
    descriptors = _descriptors(
        nlp, "Col. Chris Brand, a spokesman for the army, spoke to reporters.", "Chris Brand"
    )
    assert descriptors[0] == "Col."
    assert "spokesman for the army" in descriptors
