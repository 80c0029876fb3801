"""Names the tagger typed wrongly in one article, joined to the entity other articles name.

Every article here is invented. The boxer's given name ("Zorvan") is no common given name, so
only the corpus's own full name says the "place" or "organisation" is that person.
"""

from __future__ import annotations

from tests.store.sheets import Article, E
from tests.store.test_canonical_links import canonical_of, corpus_of

BOXER = Article(
    text="Zorvan Keltisch defended his title in Marrowgate on Saturday.",
    entities=[E("Zorvan Keltisch"), E("Marrowgate", "GPE")],
)


def test_a_full_name_typed_as_a_place_joins_the_person_of_that_name(tmp_path) -> None:
    mistyped = Article(
        text="Zorvan Keltisch won again. Fans in Marrowgate cheered.",
        entities=[E("Zorvan Keltisch", "GPE"), E("Marrowgate", "GPE")],
    )
    again = Article(
        text="Zorvan Keltisch retired. Keltisch thanked Marrowgate.",
        entities=[E("Zorvan Keltisch", "ORG"), E("Marrowgate", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [BOXER, mistyped, again])
    assert canonical_of(corpus, "Zorvan Keltisch", "won again") == "Zorvan Keltisch"
    assert canonical_of(corpus, "Zorvan Keltisch", "retired") == "Zorvan Keltisch"
    kinds = corpus.conn.execute("SELECT type FROM canonical WHERE name = 'Zorvan Keltisch'")
    assert [row[0] for row in kinds] == ["PERSON"]


def test_a_role_word_before_a_known_full_name_is_still_the_person(tmp_path) -> None:
    role = Article(
        text="Challenger Zorvan Keltisch arrived in Marrowgate.",
        entities=[E("Challenger Zorvan Keltisch", "ORG"), E("Marrowgate", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [BOXER, role])
    assert canonical_of(corpus, "Challenger Zorvan Keltisch", "arrived") == "Zorvan Keltisch"


def test_a_place_holding_a_persons_name_inside_stays_a_place(tmp_path) -> None:
    park = Article(
        text="The Zorvan Keltisch Memorial Park opened in Marrowgate.",
        entities=[E("Zorvan Keltisch Memorial Park", "FAC"), E("Marrowgate", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [BOXER, park])
    found = canonical_of(corpus, "Zorvan Keltisch Memorial Park", "opened")
    assert found == "Zorvan Keltisch Memorial Park"
