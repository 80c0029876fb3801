"""Descriptions that stand for a named entity of their article (store/descriptions.py)."""

from __future__ import annotations

from newsfacts.store.descriptions import description_mentions, role_word
from tests.store.sheets import Article, E, make_corpus


def test_role_word_is_the_lower_case_head_of_a_descriptor() -> None:
    assert role_word("Australian actor") == "actor"
    assert role_word("team's coach") == "coach"
    assert role_word("Mr.") is None
    assert role_word("President") is None


def test_a_role_only_one_entity_has_is_that_entity() -> None:
    text = "Ada Pell led the club. The veteran coach said the coach of Brill left."
    found = description_mentions(text, [(1, ["coach"]), (2, ["club"])], [(0, 8)])
    club, coach = text.index("club"), text.index("coach")
    # "the coach of Brill" is someone else's coach
    assert found == [(club, club + 4, 2), (coach, coach + 5, 1)]


def test_a_role_two_entities_have_is_nobodys() -> None:
    text = "The coach spoke."
    assert description_mentions(text, [(1, ["coach"]), (2, ["head coach"])], []) == []


def _spans(corpus, text: str) -> set[tuple[str, str]]:
    rows = corpus.conn.execute(
        'SELECT e.name, m.start, m."end" FROM mentions m JOIN entities e ON e.rowid = m.entity'
    ).fetchall()
    return {(name, text[start:end]) for name, start, end in rows}


def test_a_noun_of_one_sex_is_the_one_named_person_of_that_sex(tmp_path) -> None:
    text = "Maria Voss won the prize. The actress thanked Peter Holm, and the man smiled."
    article = Article(text=text, entities=[E("Maria Voss"), E("Peter Holm")])
    found = _spans(make_corpus(tmp_path / "c.db", [article]), text)
    assert ("Maria Voss", "actress") in found
    assert ("Peter Holm", "man") in found


def test_a_noun_of_one_sex_with_two_such_people_is_left_alone(tmp_path) -> None:
    text = "Maria Voss met Anna Holm. The actress smiled."
    article = Article(text=text, entities=[E("Maria Voss"), E("Anna Holm")])
    found = _spans(make_corpus(tmp_path / "c.db", [article]), text)
    assert not any(word == "actress" for _, word in found)
