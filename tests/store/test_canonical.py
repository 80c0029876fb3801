"""Corpus-level entities: one person across articles, two people sharing a surname kept apart."""

from __future__ import annotations

import pytest

from newsfacts.store.canonical import Canonicalizer
from newsfacts.store.names import (
    normalize,
    person_words,
    same_person,
    similar_people,
)
from tests.store.sheets import (
    FERRANTE,
    FERRANTE_AGAIN,
    MARY_FERRANTE,
    Article,
    E,
    build,
    make_corpus,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U.N. Command", "UN command"),
        ("The Pentagon", "Pentagon"),
        ("José Núñez", "Jose Nunez"),
        ("Ministry’s", "ministry"),
        ("U. S. Geological Survey", "U.S. Geological Survey"),
        ("H-P", "HP"),
    ],
)
def test_canonical_normalize_equal_names(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_canonical_normalize_keeps_a_lone_initial() -> None:
    assert normalize("Tobias R. Ferrante") == "tobias r ferrante"


def test_canonical_person_words_drop_titles_and_suffixes() -> None:
    assert person_words("Col. Tobias R. Ferrante Jr.") == ["tobias", "r", "ferrante"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Tobias Ferrante", "Tobias R. Ferrante", True),
        ("Tobias R. Ferrante", "Tobias Rainer Ferrante", True),
        ("Tobias R. Ferrante", "Tobias H. Ferrante", False),
        ("Mary Ferrante", "Tobias Ferrante", False),
        ("Ferrante", "Tobias Ferrante", False),
    ],
)
def test_canonical_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(person_words(a), person_words(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "similar"),
    [
        ("Jonathan Smith", "Jonathon Smith", True),
        ("John Smith", "Joan Smith", False),
        ("Jonathan Smith", "Jonathan Smyth", False),
    ],
)
def test_canonical_similar_people(a: str, b: str, similar: bool) -> None:
    assert similar_people(person_words(a), person_words(b)) is similar


def _canonical_names(corpus) -> dict[str, list[str]]:
    rows = corpus.conn.execute(
        "SELECT c.name, e.name FROM entities e JOIN canonical c ON c.id = e.canonical"
    )
    found: dict[str, list[str]] = {}
    for canonical, name in rows:
        found.setdefault(canonical, []).append(name)
    return found


def test_canonical_one_person_across_articles_two_people_apart(tmp_path) -> None:
    corpus = make_corpus(tmp_path / "c.db", [FERRANTE, FERRANTE_AGAIN, MARY_FERRANTE])
    found = _canonical_names(corpus)
    assert sorted(found["Tobias R. Ferrante"]) == ["Tobias Ferrante", "Tobias R. Ferrante"]
    assert found["Mary Ferrante"] == ["Mary Ferrante"]


def test_canonical_bare_surname_is_not_merged_into_a_full_name(tmp_path) -> None:
    only_surname = Article(
        text="Ferrante declined to say more about the border.",
        entities=[E("Ferrante")],
    )
    corpus = make_corpus(tmp_path / "c.db", [FERRANTE, MARY_FERRANTE, only_surname])
    found = _canonical_names(corpus)
    assert found["Ferrante"] == ["Ferrante"]
    assert len(found) == 4  # Tobias, Mary, the bare Ferrante, the command


def test_canonical_acronym_merges_with_its_long_form(tmp_path) -> None:
    corpus = make_corpus(tmp_path / "c.db", [FERRANTE, FERRANTE_AGAIN])
    assert sorted(_canonical_names(corpus)["U.N. Command"]) == ["U.N. Command", "UNC"]


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ("Federal Highway Administration", "Federal Highway Adminstration", True),
        ("Brackwater Harbour Trust", "the Brackwater Harbour Trust", True),
        ("Section 7 Committee", "Section 8 Committee", False),
        ("Iran", "Iraq", False),
    ],
)
def test_canonical_organisations_by_spelling(tmp_path, first, second, merged) -> None:
    articles = [
        Article(text=f"{name} met on Tuesday.", entities=[E(name.removeprefix("the "), "ORG")])
        for name in (first, second)
    ]
    corpus = make_corpus(tmp_path / "c.db", articles)
    count = corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0]
    assert count == (1 if merged else 2)


def test_canonical_types_never_merge(tmp_path) -> None:
    articles = [
        Article(text="Jordan played well.", entities=[E("Jordan", "PERSON")]),
        Article(text="Jordan closed the border.", entities=[E("Jordan", "GPE")]),
    ]
    corpus = make_corpus(tmp_path / "c.db", articles)
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 2


def test_canonical_unnamed_and_non_name_entities_stay_local(tmp_path) -> None:
    article = Article(
        text="The soldier crossed at 3 a.m. with 40 rounds.",
        entities=[E("the soldier", named=False), E("40", "CARDINAL")],
    )
    corpus = make_corpus(tmp_path / "c.db", [article])
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 0
    assert corpus.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 2


def test_canonical_reloads_after_another_writer(tmp_path) -> None:
    path = tmp_path / "c.db"
    first = make_corpus(path, [FERRANTE])
    second = make_corpus(path, [MARY_FERRANTE])  # another connection writes meanwhile
    first.add([build(FERRANTE_AGAIN)])
    assert sorted(_canonical_names(first)) == [
        "Mary Ferrante",
        "Tobias R. Ferrante",
        "U.N. Command",
    ]
    second.close()
    first.close()


def test_canonical_resolver_gives_none_for_unnamed(tmp_path) -> None:
    corpus = make_corpus(tmp_path / "c.db", [])
    sheet = build(Article(text="The soldier ran.", entities=[E("the soldier", named=False)]))
    assert Canonicalizer(corpus.conn).resolve(sheet.entities[0]) is None
