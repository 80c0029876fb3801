"""Short given names ("Fred" for "Frederick") and relative pronouns ("Ann Lee, who")."""

from __future__ import annotations

import pytest

from newsfacts.store.relatives import relative_pronouns
from newsfacts.words.nicknames import is_short_form
from tests.store.sheets import Article, E, make_corpus
from tests.store.test_canonical import _canonical_names


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("fred", "frederick", True),  # the start of the full name
        ("bill", "william", True),  # listed
        ("mo", "maurice", True),  # listed, though shorter than a prefix may be
        ("al", "alan", False),  # too short to be a start
        ("dan", "dana", False),  # names of the other sex
        ("fred", "fred", False),
        ("frederick", "fred", False),
    ],
)
def test_short_form_of_a_given_name(short: str, full: str, expected: bool) -> None:
    assert is_short_form(short, full) is expected


def test_short_given_name_joins_the_one_namesake_it_shortens(tmp_path) -> None:
    articles = [
        Article(text="Frederick C. Quillan ran the port.", entities=[E("Frederick C. Quillan")]),
        Article(text="Fred Quillan retired in May.", entities=[E("Fred Quillan")]),
        Article(text="Mary Quillan sold the boat.", entities=[E("Mary Quillan")]),
    ]
    found = _canonical_names(make_corpus(tmp_path / "c.db", articles))
    assert sorted(found["Frederick C. Quillan"]) == ["Fred Quillan", "Frederick C. Quillan"]
    assert found["Mary Quillan"] == ["Mary Quillan"]
    link = make_corpus(tmp_path / "c.db", []).conn.execute(
        "SELECT l.rule FROM canonical_links l JOIN entities e ON e.rowid = l.entity "
        "WHERE e.name = 'Fred Quillan'"
    )
    assert link.fetchone()[0] == "short given name"


def test_short_given_name_with_two_namesakes_that_fit_joins_neither(tmp_path) -> None:
    articles = [
        Article(text="Patrick Ostrander ran the port.", entities=[E("Patrick Ostrander")]),
        Article(text="Patricia Ostrander ran the mill.", entities=[E("Patricia Ostrander")]),
        Article(text="Pat Ostrander retired in May.", entities=[E("Pat Ostrander")]),
    ]
    found = _canonical_names(make_corpus(tmp_path / "c.db", articles))
    assert found["Pat Ostrander"] == ["Pat Ostrander"]


def test_relative_pronoun_follows_the_longer_person_mention() -> None:
    text = "The aunt of Ann Lee, who sang, left. The board, which met, agreed."
    aunt = (0, text.index(","), 1)
    lee = (text.index("Ann"), text.index(","), 2)
    board = (text.index("The board"), text.index(", which"), 3)
    found = relative_pronouns(text, [aunt, lee], [aunt[:2], lee[:2], board[:2]])
    start = text.index("who")
    assert found == [(start, start + 3, 1)]
    assert relative_pronouns(text, [aunt], [(start, start + 3)]) == []


def test_relative_pronoun_is_stored_as_a_mention_of_the_person(tmp_path) -> None:
    text = "Tomas Ekberg, who built the bridge, spoke. The council, which paid, was glad."
    article = Article(text=text, entities=[E("Tomas Ekberg"), E("council", "ORG")])
    corpus = make_corpus(tmp_path / "c.db", [article])
    rows = corpus.conn.execute(
        'SELECT e.name, m.start, m."end" FROM mentions m JOIN entities e ON e.rowid = m.entity'
    ).fetchall()
    spans = {(name, text[start:end]) for name, start, end in rows}
    assert ("Tomas Ekberg", "who") in spans
    assert not any(word == "which" for _, word in spans)


def test_one_word_person_is_found_again_only_in_an_article_of_its_story(tmp_path) -> None:
    # the tagger took the team's one-word name for a person in the first article and missed it
    # in the second; the third shares nothing else with the first and keeps its word unlinked
    first = Article(
        text="The Marlwings beat Dunmore College. Marlwings coach Ada Pell was glad.",
        entities=[E("Marlwings", forms=("Marlwings",)), E("Dunmore College", "ORG")],
    )
    second = Article(
        text="Dunmore College lost again as the Marlwings ran away with it.",
        entities=[E("Dunmore College", "ORG")],
    )
    elsewhere = Article(
        text="A song about Marlwings topped the chart in Keldor.",
        entities=[E("Keldor", "GPE")],
    )
    corpus = make_corpus(tmp_path / "c.db", [first, second, elsewhere])
    rows = corpus.conn.execute(
        'SELECT a.text, m.start, m."end", e.canonical FROM mentions m '
        "JOIN entities e ON e.rowid = m.entity JOIN articles a ON a.rowid = e.article"
    ).fetchall()
    found = {(text, text[start:end], canonical) for text, start, end, canonical in rows}
    team = next(c for text, word, c in found if text == first.text and word == "Marlwings")
    assert (second.text, "Marlwings", team) in found
    assert not any(text == elsewhere.text and word == "Marlwings" for text, word, _ in found)
