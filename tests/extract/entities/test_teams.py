"""Sports teams named after places (extract/entities/teams.py): results lines, countries kept."""

from __future__ import annotations

import pytest

from newsfacts.extract.entities.mentions import Name
from newsfacts.extract.entities.teams import country_keys, team_types, untagged_teams


def _name(text: str, word: str, label: str) -> Name:
    start = text.index(word)
    return Name(0, 1, start, start + len(word), word, label)


@pytest.mark.parametrize(
    ("text", "word", "label", "expected"),
    [
        # A city on a standings or score line is its team.
        ("Standings:\nHARBOURTON 12 9 .571 2\n", "HARBOURTON", "GPE", "ORG"),
        ("Lakeview 3 Hillcrest 1 ( halftime 1-1 )", "Hillcrest", "GPE", "ORG"),
        ("Lakeview ( Freedonia ) 9 4 5 13", "Lakeview", "LOC", "ORG"),
        ("Dunmore ( 4 ) v Kilbride ( 13 ) 1330", "Dunmore", "PERSON", "ORG"),
        ("Kilbride 2 Dunmore 1", "Kilbride", "PERSON", "ORG"),
        # A country stays a country, even where the model called its team an organisation.
        ("Brazil 2 Ghana 1", "Ghana", "ORG", "GPE"),
        ("Wales beat the tourists in Cardiff.", "Wales", "ORG", "GPE"),
        # Not a results line: a dateline, prose, a scorer in brackets, a person.
        ("LAKEVIEW 1996-12-06\nThe council met.", "LAKEVIEW", "GPE", "GPE"),
        ("Rain fell on Lakeview for 3 days.", "Lakeview", "GPE", "GPE"),
        ("Lakeview 2 ( Hillcrest 24 ) Dunmore 0", "Hillcrest", "GPE", "GPE"),
        ("Anna Lind 69 70 71 210", "Anna Lind", "PERSON", "PERSON"),
    ],
)
def test_team_types(text: str, word: str, label: str, expected: str) -> None:
    (name,) = team_types(text, [_name(text, word, label)])
    assert name.label == expected
    assert name.strong == (expected != label)


def test_country_keys_hold_countries_not_unions() -> None:
    keys = country_keys()
    assert {"japan", "spain", "england", "new zealand"} <= keys
    assert not {"united nations", "european union"} & keys


@pytest.mark.model
def test_untagged_teams_finds_names_the_model_missed_on_results_lines(nlp) -> None:
    doc = nlp("Results on Sunday :\nKilbride 2 Dunmore 1\nThe coach of Kilbride was pleased .")
    found = {(name.text, name.label) for name in untagged_teams(doc, [])}
    assert {("Kilbride", "ORG"), ("Dunmore", "ORG")} <= found
    assert all(name.strong for name in untagged_teams(doc, []))
    # Prose lines and names already found are left alone.
    assert not any(name.start > doc.text.index("The coach") for name in untagged_teams(doc, []))


@pytest.mark.model
def test_untagged_teams_leaves_prose_with_figures_alone(nlp) -> None:
    doc = nlp("In 2015 sales rose 3 percent .\nPage 3 of 10")
    assert untagged_teams(doc, []) == []


@pytest.mark.model
def test_a_live_blog_stamp_is_no_score(nlp) -> None:
    doc = nlp("Updated 10:15 - Talks between the two sides resumed at noon .\nKilbride 2 Dunmore 1")
    found = {name.text for name in untagged_teams(doc, [])}
    assert "Updated" not in found
    assert {"Kilbride", "Dunmore"} <= found
