"""Names the tagger typed wrongly, and bare surnames among namesakes: whom they join.

Every article here is invented. The boxer's given name ("Zorvan") is no common given name, so
only the corpus's own full name says the "place" or "organisation" is that person.
"""

from __future__ import annotations

from tests.store.sheets import Article, E
from tests.store.test_canonical_links import canonical_of, corpus_of, links_in

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


def _race(text: str) -> Article:
    return Article(
        text=text,
        entities=[E("Peter Velmontis"), E("Marrowgate", "GPE")],
    )


def test_a_surname_joins_the_main_figure_of_the_namesakes_its_article_names(tmp_path) -> None:
    earlier = [_race(f"Peter Velmontis won race {n} in Marrowgate.") for n in range(3)]
    family = Article(
        text="Peter Velmontis hugged his sister Ilse Velmontis. Velmontis then left Marrowgate.",
        entities=[
            E("Peter Velmontis"),
            E("Ilse Velmontis"),
            E("Velmontis", forms=("Velmontis then",)),
            E("Marrowgate", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [*earlier, family])
    assert canonical_of(corpus, "Velmontis", "then left") == "Peter Velmontis"
    rule = corpus.conn.execute(
        "SELECT l.rule FROM canonical_links l JOIN entities e ON e.rowid = l.entity "
        "WHERE e.name = 'Velmontis'"
    ).fetchone()[0]
    assert rule == "surname of the main figure"


def test_a_place_noun_does_not_make_another_place(tmp_path) -> None:
    bare = Article(text="The ferry reached Quellmoor at noon.", entities=[E("Quellmoor", "GPE")])
    island = Article(text="Quellmoor Island lost power.", entities=[E("Quellmoor Island", "LOC")])
    province = Article(
        text="The province of Quellmoor lost power.",
        entities=[E("province of Quellmoor", "GPE", forms=("province of Quellmoor",))],
    )
    corpus = corpus_of(tmp_path / "c.db", [bare, island, province])
    assert canonical_of(corpus, "Quellmoor Island", "lost power") == "Quellmoor"
    assert canonical_of(corpus, "province of Quellmoor", "lost power") == "Quellmoor"


def test_a_county_is_not_the_place_it_is_named_after(tmp_path) -> None:
    town = Article(text="Quellmoor held a fair.", entities=[E("Quellmoor", "GPE")])
    county = Article(text="Quellmoor County held a vote.", entities=[E("Quellmoor County", "GPE")])
    corpus = corpus_of(tmp_path / "c.db", [town, county])
    assert canonical_of(corpus, "Quellmoor County", "vote") == "Quellmoor County"


def test_a_name_a_later_article_of_the_batch_gives_is_found_in_an_earlier_one(tmp_path) -> None:
    missed = Article(text="Ferry Crash Shocks Port Elbery\nThe town mourned.", entities=[])
    named = Article(
        text="The ferry sank off Port Elbery on Monday.", entities=[E("Port Elbery", "GPE")]
    )
    corpus = corpus_of(tmp_path / "c.db", [missed, named])
    assert links_in(corpus, "mourned") == [("Port Elbery", "found again")]
    spans = corpus.conn.execute(
        'SELECT m.start, m."end" FROM mentions m JOIN entities e ON e.rowid = m.entity '
        "JOIN articles a ON a.rowid = e.article WHERE a.text LIKE '%mourned%'"
    ).fetchall()
    assert [tuple(span) for span in spans] == [(19, 30)]


def test_a_headline_run_on_the_body_writes_shorter_is_the_body_name(tmp_path) -> None:
    named = Article(
        text="Zorvan Keltisch won in Marrowgate. Keltisch thanked the crowd.",
        entities=[E("Zorvan Keltisch"), E("Marrowgate", "GPE")],
    )
    headline = Article(
        text="Keltisch Stuns Marrowgate Crowd\nThe champion arrived late. Keltisch then won in "
        "Marrowgate, and Keltisch smiled.",
        entities=[
            E("Keltisch Stuns", forms=("Keltisch Stuns", "Keltisch")),
            E("Marrowgate", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [named, headline])
    assert canonical_of(corpus, "Keltisch Stuns", "arrived late") == "Zorvan Keltisch"


def test_a_full_name_that_named_a_surname_only_person_merges_the_next_article(tmp_path) -> None:
    bare = Article(
        text="Keltisch defended his title in Port Elbery.",
        entities=[E("Keltisch"), E("Port Elbery", "GPE")],
    )
    full = Article(
        text="Zorvan Keltisch trained in Port Elbery.",
        entities=[E("Zorvan Keltisch"), E("Port Elbery", "GPE")],
    )
    alone = Article(text="Zorvan Keltisch retired.", entities=[E("Zorvan Keltisch")])
    corpus = corpus_of(tmp_path / "c.db", [bare, full, alone])
    people = corpus.conn.execute("SELECT count(*) FROM canonical WHERE type = 'PERSON'")
    assert people.fetchone()[0] == 1
    assert canonical_of(corpus, "Zorvan Keltisch", "retired") == "Zorvan Keltisch"


def test_a_several_word_thing_the_tagger_called_a_person_joins_the_thing(tmp_path) -> None:
    club = Article(
        text="The Quellmoor Rowing Club won the cup.",
        entities=[E("Quellmoor Rowing Club", "ORG")],
    )
    mistyped = Article(
        text="Quellmoor Rowing Club lost a boat.",
        entities=[E("Quellmoor Rowing Club", "PERSON")],
    )
    corpus = corpus_of(tmp_path / "c.db", [club, mistyped])
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 1
    rule = corpus.conn.execute("SELECT rule FROM canonical_links ORDER BY entity DESC").fetchone()
    assert rule[0] == "thing's name"


def test_a_missed_surname_of_the_storys_one_person_so_called_is_found_again(tmp_path) -> None:
    missed = Article(
        text="Crowds filled Marrowgate. Keltisch waved from the bus.",
        entities=[E("Marrowgate", "GPE")],
    )
    stranger = Article(text="Keltisch waved from a bus.", entities=[])
    corpus = corpus_of(tmp_path / "c.db", [BOXER, missed, stranger])
    rows = corpus.conn.execute(
        "SELECT a.text, c.name FROM entities e JOIN canonical c ON c.id = e.canonical "
        "JOIN articles a ON a.rowid = e.article WHERE c.name = 'Zorvan Keltisch'"
    ).fetchall()
    texts = [row[0] for row in rows]
    assert missed.text in texts
    assert stranger.text not in texts


def test_a_one_word_person_ending_a_things_name_of_the_story_is_that_thing(tmp_path) -> None:
    team = Article(
        text="The Marrowgate Herons beat the Port Elbery Gulls.",
        entities=[E("Marrowgate Herons", "ORG"), E("Port Elbery Gulls", "ORG")],
    )
    mistyped = Article(
        text="Herons win again. The Port Elbery Gulls lost.",
        entities=[E("Herons", "PERSON"), E("Port Elbery Gulls", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [team, mistyped])
    assert canonical_of(corpus, "Herons", "win again") == "Marrowgate Herons"
