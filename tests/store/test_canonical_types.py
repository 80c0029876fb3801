"""Which type the corpus judges a name by, and a team found again by its last word.

Every article here is invented. Coreference may hang "he" or "she" on a place, and the
tagger may type a person as a place; the corpus trusts the name as far as it says who or what
is meant.
"""

from __future__ import annotations

from newsfacts.store.names import lower_words
from tests.store.sheets import Article, E
from tests.store.test_canonical_links import canonical_of, corpus_of, links_in


def _canonical_type(corpus, name: str) -> str:
    row = corpus.conn.execute("SELECT type FROM canonical WHERE name = ?", (name,)).fetchone()
    return row[0]


def test_a_pronoun_on_a_place_of_several_words_does_not_make_it_a_person(tmp_path) -> None:
    place = Article(
        text="Kelvane Bay voted on Monday. Afterwards she closed the pier.",
        entities=[E("Kelvane Bay", "GPE", forms=("Kelvane Bay", "she"))],
    )
    corpus = corpus_of(tmp_path / "c.db", [place])
    assert _canonical_type(corpus, "Kelvane Bay") == "GPE"


def test_a_pronoun_on_a_one_word_place_still_makes_it_a_person(tmp_path) -> None:
    person = Article(
        text="Ostrowicz arrived on Monday. Afterwards she signed the contract.",
        entities=[E("Ostrowicz", "GPE", forms=("Ostrowicz", "she"))],
    )
    corpus = corpus_of(tmp_path / "c.db", [person])
    assert _canonical_type(corpus, "Ostrowicz") == "PERSON"


def test_a_short_given_name_typed_as_a_thing_is_the_articles_person(tmp_path) -> None:
    article = Article(
        text="Frederick Halvorsen signed. Fred Halvorsen thanked the club in Marrowgate.",
        entities=[
            E("Frederick Halvorsen"),
            E("Fred Halvorsen", "FAC"),
            E("Marrowgate", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert canonical_of(corpus, "Fred Halvorsen", "thanked") == "Frederick Halvorsen"


def test_a_thing_whose_surname_is_no_persons_of_the_article_stays_a_thing(tmp_path) -> None:
    article = Article(
        text="Frederick Halvorsen spoke at Grace Lindqvist Hall in Marrowgate.",
        entities=[
            E("Frederick Halvorsen"),
            E("Grace Lindqvist Hall", "FAC"),
            E("Marrowgate", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert _canonical_type(corpus, "Grace Lindqvist Hall") == "FAC"


def _found_again(corpus, word: str) -> list[str]:
    """The corpus entities of the mentions the store found for `word` in the articles."""
    rows = corpus.conn.execute(
        'SELECT c.name, a.text, m.start, m."end" FROM mentions m '
        "JOIN entities e ON e.rowid = m.entity JOIN canonical c ON c.id = e.canonical "
        "JOIN articles a ON a.rowid = e.article"
    )
    return [name for name, text, start, end in rows if text[start:end] == word]


def test_a_teams_last_word_the_tagger_missed_is_that_team(tmp_path) -> None:
    article = Article(
        text="The Marrowgate Harriers beat Glenhaven on Saturday. Harriers fans sang all night.",
        entities=[E("Marrowgate Harriers", "ORG"), E("Glenhaven", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert _found_again(corpus, "Harriers") == ["Marrowgate Harriers"]


def test_a_places_last_word_is_not_that_place(tmp_path) -> None:
    article = Article(
        text="Aid reached South Velmaria on Saturday. Velmaria itself sent nothing.",
        entities=[E("South Velmaria", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert _found_again(corpus, "Velmaria") == []


def test_a_facility_written_with_other_kind_nouns_is_one_facility(tmp_path) -> None:
    first = Article(
        text="She entered the Kelmoor Clinic in Port Elbery on Monday.",
        entities=[E("Kelmoor Clinic", "FAC"), E("Port Elbery", "GPE")],
    )
    second = Article(
        text="Staff at Kelmoor Treatment Center in Port Elbery declined to comment.",
        entities=[E("Kelmoor Treatment Center", "FAC"), E("Port Elbery", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [first, second])
    assert canonical_of(corpus, "Kelmoor Treatment Center", "declined") == "Kelmoor Clinic"


def test_a_centre_named_after_the_articles_place_is_not_that_place(tmp_path) -> None:
    article = Article(
        text="The Marrowgate Centre reopened. Marrowgate itself was quiet.",
        entities=[E("Marrowgate Centre", "FAC"), E("Marrowgate", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert canonical_of(corpus, "Marrowgate", "quiet") == "Marrowgate"
    assert canonical_of(corpus, "Marrowgate Centre", "quiet") == "Marrowgate Centre"


def test_a_teams_full_name_joins_the_one_word_name_its_story_used_first(tmp_path) -> None:
    first = Article(
        text="The Harriers won at Glenhaven Park on Saturday.",
        entities=[E("Harriers", "ORG"), E("Glenhaven Park", "FAC")],
    )
    second = Article(
        text="At Glenhaven Park the Marrowgate Harriers won again.",
        entities=[E("Glenhaven Park", "FAC"), E("Marrowgate Harriers", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [first, second])
    assert canonical_of(corpus, "Marrowgate Harriers", "won again") == "Harriers"


def test_a_places_full_name_does_not_join_its_last_word(tmp_path) -> None:
    first = Article(
        text="Velmaria closed Glenhaven Park on Saturday.",
        entities=[E("Velmaria", "GPE"), E("Glenhaven Park", "FAC")],
    )
    second = Article(
        text="At Glenhaven Park, South Velmaria protested.",
        entities=[E("Glenhaven Park", "FAC"), E("South Velmaria", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [first, second])
    assert canonical_of(corpus, "South Velmaria", "protested") == "South Velmaria"


def test_a_description_of_one_sex_is_the_one_person_of_that_sex_the_article_names(
    tmp_path,
) -> None:
    article = Article(
        text="Helen Kowalczyk left Port Elbery. The seldom-seen actress said she was tired.",
        entities=[
            E("Helen Kowalczyk"),
            E("Port Elbery", "GPE"),
            E("The seldom-seen actress", named=False, forms=("The seldom-seen actress", "she")),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert canonical_of(corpus, "The seldom-seen actress", "tired") == "Helen Kowalczyk"
    assert ("Helen Kowalczyk", "description") in links_in(corpus, "tired")


def test_a_description_two_people_of_the_article_fit_is_nobodys(tmp_path) -> None:
    article = Article(
        text="Helen Kowalczyk met Anna Brzeska. The actress said she was tired.",
        entities=[
            E("Helen Kowalczyk"),
            E("Anna Brzeska"),
            E("The actress", named=False, forms=("The actress", "she")),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    row = corpus.conn.execute("SELECT canonical FROM entities WHERE name = 'The actress'")
    assert row.fetchone()[0] is None


def test_a_description_whose_pronouns_say_the_other_sex_is_nobodys(tmp_path) -> None:
    article = Article(
        text="Helen Kowalczyk left. The actor said he was tired.",
        entities=[E("Helen Kowalczyk"), E("The actor", named=False, forms=("The actor", "he"))],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    row = corpus.conn.execute("SELECT canonical FROM entities WHERE name = 'The actor'")
    assert row.fetchone()[0] is None


def test_a_chain_written_as_a_known_name_is_that_entity(tmp_path) -> None:
    first = Article(
        text="Zorvan Keltisch defended his title in Marrowgate.",
        entities=[E("Zorvan Keltisch"), E("Marrowgate", "GPE")],
    )
    second = Article(
        text="Zorvan Keltisch said he would fight again.",
        entities=[E("Zorvan Keltisch", named=False, forms=("Zorvan Keltisch", "he"))],
    )
    corpus = corpus_of(tmp_path / "c.db", [first, second])
    assert canonical_of(corpus, "Zorvan Keltisch", "fight again") == "Zorvan Keltisch"


def test_a_chain_written_as_an_unknown_name_makes_no_corpus_entity(tmp_path) -> None:
    article = Article(
        text="Residents said they would stay.",
        entities=[E("Residents", named=False, forms=("Residents", "they"))],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 0


def test_a_one_word_team_joins_the_full_name_an_article_writes_beside_it(tmp_path) -> None:
    alone = Article(
        text="The Harriers lost in the rain on Saturday.",
        entities=[E("Harriers", "ORG")],
    )
    both = Article(
        text="The Marrowgate Harriers signed a striker. The Harriers paid a record fee.",
        entities=[E("Marrowgate Harriers", "ORG"), E("Harriers", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [alone, both])
    assert canonical_of(corpus, "Harriers", "in the rain") == "Marrowgate Harriers"
    assert canonical_of(corpus, "Harriers", "record fee") == "Marrowgate Harriers"
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 1
    assert links_in(corpus, "in the rain") == [("Marrowgate Harriers", "short name in story")]


def test_a_one_word_team_after_its_full_name_in_one_article_is_that_team(tmp_path) -> None:
    # the full name is resolved first and the article shares nothing else with the corpus:
    # the article's own full name is the evidence, and the next article's bare word follows
    both = Article(
        text="The Marrowgate Harriers signed a striker. The Harriers paid a record fee.",
        entities=[E("Marrowgate Harriers", "ORG"), E("Harriers", "ORG")],
    )
    alone = Article(
        text="The Harriers lost in the rain on Saturday.",
        entities=[E("Harriers", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [both, alone])
    assert canonical_of(corpus, "Harriers", "record fee") == "Marrowgate Harriers"
    assert canonical_of(corpus, "Harriers", "in the rain") == "Marrowgate Harriers"
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 1
    assert ("Marrowgate Harriers", "short name in article") in links_in(corpus, "record fee")


def test_words_of_a_web_address_are_no_lower_case_use_of_a_name() -> None:
    text = "Details at www.kelmoor.com, at http: / / www. kelmoor. com or desk@kelmoor.org. we left"
    found = lower_words(text)
    assert "kelmoor" not in found
    assert {"at", "or", "we", "left"} <= found


def test_a_place_beside_a_longer_place_ending_in_it_stays_apart(
    tmp_path,
) -> None:
    article = Article(
        text="Refugees crossed from South Velmaria. Velmaria closed its border.",
        entities=[E("South Velmaria", "GPE"), E("Velmaria", "GPE")],
    )
    corpus = corpus_of(tmp_path / "c.db", [article])
    assert canonical_of(corpus, "Velmaria", "closed its") == "Velmaria"
