"""Acronyms: defined and undefined short forms linked to long forms and entities
(extract/entities/acronyms.py)."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities.acronyms import best_long_form, find_acronyms, initials, spells
from newsfacts.extract.entities.find import find_entities


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["U.N.", "Command"], "UNC"),
        (["Northern", "Fishermen", "’s", "Union"], "NFU"),
        (["temporary", "exclusion", "zone"], "TEZ"),
    ],
)
def test_initials(words: list[str], expected: str) -> None:
    assert initials(words) == expected


def test_spells_with_or_without_function_words() -> None:
    assert spells("DoD", ["Department", "of", "Defense"])
    assert spells("BoE", ["Bank", "of", "England"])
    assert spells("WFP", ["World", "Food", "Programme"])
    assert not spells("WFP", ["World", "Health", "Organization"])


def test_best_long_form_schwartz_hearst() -> None:
    assert best_long_form("HMM", "we used a hidden Markov model") == "hidden Markov model"
    assert best_long_form("XYZ", "nothing to see here") is None


def _acronyms(nlp, text: str):
    doc = nlp(text)
    records, entities = find_acronyms(doc, find_entities(doc))
    return {r.short: (r.long, None if r.entity is None else entities[r.entity]) for r in records}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "The World Food Programme (WFP) sent aid. WFP trucks arrived.",
            "WFP",
            "World Food Programme",
        ),
        (
            "Officials of the WFP (World Food Programme) arrived on Monday.",
            "WFP",
            "World Food Programme",
        ),
        (
            "The quay is run by the NFU. NFU stands for Northern Fishermen's Union.",
            "NFU",
            "Northern Fishermen's Union",
        ),
        (
            "Boats entered the temporary exclusion zone on Monday. The TEZ is patrolled.",
            "TEZ",
            "temporary exclusion zone",
        ),
    ],
)
def test_acronym_patterns(nlp, text: str, short: str, long: str) -> None:
    found = _acronyms(nlp, text)
    assert found[short][0] == long


@pytest.mark.model
def test_acronym_and_long_form_are_one_entity(nlp) -> None:
    text = (
        "The Joint Security Area was quiet on Monday. Soldiers guard the JSA day and night. "
        "Visitors to the JSA need a permit."
    )
    found = _acronyms(nlp, text)
    long, entity = found["JSA"]
    assert long == "Joint Security Area"
    assert entity is not None and entity.name == "Joint Security Area"
    assert "JSA" in entity.aliases
    assert [m.text for m in entity.mentions].count("JSA") == 2


@pytest.mark.model
def test_two_letter_acronym_needs_a_name_not_a_phrase(nlp) -> None:
    found = _acronyms(nlp, "He spoke in a live TV briefing near the truce village.")
    assert "TV" not in found
