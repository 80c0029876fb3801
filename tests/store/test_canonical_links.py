"""Corpus entity resolution across articles: which one-word names join whom, and why.

Every article here is invented. A surname alone never joins a person in another article; the
article's company (another corpus entity it shares with that person's articles) and the
pronouns it uses decide between two people who share the surname.
"""

from __future__ import annotations

from newsfacts.sheet import FactSheet
from newsfacts.store import Corpus
from newsfacts.store.names import headline_trim, lower_words
from tests.store.sheets import Article, E, build

PRONOUNS = frozenset({"he", "she", "him", "her", "his"})

HELEN = Article(
    text="Helen Kowalczyk opened the ferry terminal in Port Elbery on Monday.",
    entities=[E("Helen Kowalczyk"), E("Port Elbery", "GPE")],
)
PETER = Article(
    text="Peter Kowalczyk chaired the Glenhaven Council budget meeting.",
    entities=[E("Peter Kowalczyk"), E("Glenhaven Council", "ORG")],
)


def with_pronouns(sheet: FactSheet) -> FactSheet:
    """Mark the mentions whose text is a pronoun as pronouns (the builder makes names)."""
    entities = [
        entity.model_copy(
            update={
                "mentions": [
                    m.model_copy(update={"kind": "pronoun"}) if m.text.lower() in PRONOUNS else m
                    for m in entity.mentions
                ]
            }
        )
        for entity in sheet.entities
    ]
    return sheet.model_copy(update={"entities": entities})


def corpus_of(path, articles: list[Article]) -> Corpus:
    corpus = Corpus(path)
    corpus.add([with_pronouns(build(article)) for article in articles])
    return corpus


def canonical_of(corpus: Corpus, name: str, text_part: str) -> str:
    """The corpus entity's name of the article entity `name` in the article containing text."""
    row = corpus.conn.execute(
        "SELECT c.name FROM entities e JOIN canonical c ON c.id = e.canonical "
        "JOIN articles a ON a.rowid = e.article WHERE e.name = ? AND a.text LIKE ?",
        (name, f"%{text_part}%"),
    ).fetchone()
    return row[0]


def links_in(corpus: Corpus, text_part: str) -> list[tuple[str, str]]:
    """(corpus entity name, rule) of each linked entity of the article containing text."""
    rows = corpus.conn.execute(
        "SELECT c.name, l.rule FROM entities e JOIN canonical c ON c.id = e.canonical "
        "JOIN canonical_links l ON l.entity = e.rowid JOIN articles a ON a.rowid = e.article "
        "WHERE a.text LIKE ?",
        (f"%{text_part}%",),
    ).fetchall()
    return [tuple(row) for row in rows]


def test_two_people_sharing_a_surname_stay_apart_across_articles(tmp_path) -> None:
    corpus = corpus_of(tmp_path / "c.db", [HELEN, PETER])
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 4
    assert canonical_of(corpus, "Helen Kowalczyk", "ferry") == "Helen Kowalczyk"
    assert canonical_of(corpus, "Peter Kowalczyk", "budget") == "Peter Kowalczyk"


def test_surname_joins_the_person_of_its_story_not_the_other(tmp_path) -> None:
    council = Article(
        text="Kowalczyk told the Glenhaven Council that the budget was final.",
        entities=[E("Kowalczyk"), E("Glenhaven Council", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [HELEN, PETER, council])
    assert canonical_of(corpus, "Kowalczyk", "was final") == "Peter Kowalczyk"


def test_surname_alone_joins_nobody(tmp_path) -> None:
    alone = Article(text="Kowalczyk declined to comment.", entities=[E("Kowalczyk")])
    corpus = corpus_of(tmp_path / "c.db", [HELEN, PETER, alone])
    assert canonical_of(corpus, "Kowalczyk", "declined") == "Kowalczyk"


def test_surname_with_both_peoples_company_stays_apart(tmp_path) -> None:
    both = Article(
        text="Kowalczyk visited Port Elbery and the Glenhaven Council.",
        entities=[E("Kowalczyk"), E("Port Elbery", "GPE"), E("Glenhaven Council", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [HELEN, PETER, both])
    assert canonical_of(corpus, "Kowalczyk", "visited") == "Kowalczyk"


def test_pronoun_gender_decides_between_two_people_of_one_surname(tmp_path) -> None:
    both = Article(
        text="Kowalczyk visited Port Elbery and the Glenhaven Council, where she spoke.",
        entities=[
            E("Kowalczyk", forms=("Kowalczyk", "she")),
            E("Port Elbery", "GPE"),
            E("Glenhaven Council", "ORG"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [HELEN, PETER, both])
    assert canonical_of(corpus, "Kowalczyk", "visited") == "Helen Kowalczyk"


def test_headline_fragment_joins_the_person(tmp_path) -> None:
    headline = Article(
        text="Helen Kowalczyk Opens Terminal In Port Elbery\n"
        "The mayor opens the terminal in Port Elbery today.",
        entities=[
            E("Helen Kowalczyk Opens Terminal", forms=("Helen Kowalczyk Opens Terminal",)),
            E("Port Elbery", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [HELEN, headline])
    assert canonical_of(corpus, "Helen Kowalczyk Opens Terminal", "mayor") == "Helen Kowalczyk"


def test_headline_trim_cuts_words_written_in_lower_case() -> None:
    lowered = lower_words("She checked into a clinic and later checked out.")
    assert headline_trim("Ilse Brandauer Checks Out", lowered) == "Ilse Brandauer"
    assert headline_trim("Promises Clinic", lowered) == "Promises"  # only headlines are cut
    later = lower_words("Voters should not ignore her; she checked the polls.")
    assert headline_trim("Ignore Brandauer", later, person=True) == "Brandauer"
    assert headline_trim("Brandauer Checks Polls", later, person=True) == "Brandauer"


def test_place_opening_an_organisation_name_is_not_its_alias(tmp_path) -> None:
    gazette = Article(
        text="The Port Elbery Gazette reported from Port Elbery. The Port Elbery staff agreed.",
        entities=[
            E("Port Elbery Gazette", "ORG", aliases=("Port Elbery",)),
            E("Port Elbery", "GPE", forms=("from Port Elbery",)),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [gazette])
    names = {
        row[0]
        for row in corpus.conn.execute(
            "SELECT n.norm FROM canonical_names n JOIN canonical c ON c.id = n.canonical "
            "WHERE c.type = 'ORG'"
        )
    }
    assert names == {"port elbery gazette"}


def test_things_match_across_types_and_legal_suffixes(tmp_path) -> None:
    articles = [
        Article(text="Quillfeather Corp. cut jobs.", entities=[E("Quillfeather Corp.", "ORG")]),
        Article(text="Quillfeather hired again.", entities=[E("Quillfeather", "GPE")]),
    ]
    corpus = corpus_of(tmp_path / "c.db", articles)
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 1


def test_explain_says_why_mentions_were_joined(tmp_path) -> None:
    council = Article(
        text="Kowalczyk told the Glenhaven Council that the budget was final.",
        entities=[E("Kowalczyk"), E("Glenhaven Council", "ORG")],
    )
    corpus = corpus_of(tmp_path / "c.db", [PETER, council])
    (canonical,) = corpus.conn.execute(
        "SELECT id FROM canonical WHERE name = 'Peter Kowalczyk'"
    ).fetchone()
    rows = corpus.explain(canonical)
    assert [row["rule"] for row in rows] == ["new", "surname in story"]
    assert "Glenhaven Council" in rows[1]["evidence"]
    assert rows[1]["mentions"] == ["Kowalczyk"]
    assert corpus.explain(9999) == []


def test_a_name_the_tagger_missed_is_found_again(tmp_path) -> None:
    missed = Article(
        text="Ferry Crash Shocks Port Elbery\nThe town mourned on Tuesday.",
        entities=[],
    )
    corpus = corpus_of(tmp_path / "c.db", [HELEN, missed])
    assert links_in(corpus, "mourned") == [("Port Elbery", "found again")]


def test_a_one_word_name_also_written_in_lower_case_is_not_found_again(tmp_path) -> None:
    magazine = Article(text="Tidewater reported the story.", entities=[E("Tidewater", "ORG")])
    common = Article(text="Tidewater rose. The tidewater came in fast.", entities=[])
    corpus = corpus_of(tmp_path / "c.db", [magazine, common])
    assert corpus.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 1


def test_surname_after_full_name_joins_within_article_and_people_stay_apart(tmp_path, nlp) -> None:
    """End to end with the real model: each article's "Marsh" is the Marsh that article names."""
    from newsfacts.evaluate.system import gold_article, gold_sheets

    texts = [
        "Helen Marsh opened the new clinic in Brennwald on Monday. "
        "Marsh said the clinic would hire forty nurses this year.",
        "Peter Marsh spoke at the Kessler Institute in Dorring on Friday. "
        "Marsh said funding for the laboratory was short.",
    ]
    sheets = list(gold_sheets((gold_article(text) for text in texts), nlp=nlp))
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add(sheets)
        said = {
            (row[0], row[1])
            for row in corpus.conn.execute(
                'SELECT c.name, substr(a.text, m.start + 1, m."end" - m.start) FROM mentions m '
                "JOIN entities e ON e.rowid = m.entity JOIN canonical c ON c.id = e.canonical "
                "JOIN articles a ON a.rowid = e.article WHERE c.type = 'PERSON'"
            )
        }
    assert ("Helen Marsh", "Marsh") in said
    assert ("Peter Marsh", "Marsh") in said
    people = {name for name, _ in said}
    assert people == {"Helen Marsh", "Peter Marsh"}


def test_a_short_team_name_joins_the_long_one_of_its_story(tmp_path) -> None:
    long_name = Article(
        text="The Harbor City Gulls signed Peter Kowalczyk.",
        entities=[E("Harbor City Gulls", "ORG"), E("Peter Kowalczyk")],
    )
    short = Article(
        text="Peter Kowalczyk scored twice for the Gulls.",
        entities=[E("Peter Kowalczyk"), E("Gulls", "ORG")],
    )
    elsewhere = Article(text="The Gulls nested early.", entities=[E("Gulls", "ORG")])
    corpus = corpus_of(tmp_path / "c.db", [long_name, short])
    assert canonical_of(corpus, "Gulls", "scored") == "Harbor City Gulls"
    apart = corpus_of(tmp_path / "apart.db", [long_name, elsewhere])
    assert canonical_of(apart, "Gulls", "nested") == "Gulls"  # no shared story


def mentions_of(corpus: Corpus, name: str) -> list[str]:
    """The text of every stored mention of the corpus entity called `name`."""
    rows = corpus.conn.execute(
        'SELECT substr(a.text, m.start + 1, m."end" - m.start) FROM mentions m '
        "JOIN entities e ON e.rowid = m.entity JOIN articles a ON a.rowid = e.article "
        "JOIN canonical c ON c.id = e.canonical WHERE c.name = ? ORDER BY m.start",
        (name,),
    )
    return [row[0] for row in rows]


def test_a_missed_surname_of_a_person_the_article_names_is_found_again(tmp_path) -> None:
    race = Article(
        text="Oskar Velmontis won the hill race. Later Velmontis thanked the crowd.",
        entities=[E("Oskar Velmontis", forms=("Oskar Velmontis",))],
    )
    corpus = corpus_of(tmp_path / "c.db", [race])
    assert mentions_of(corpus, "Oskar Velmontis") == ["Oskar Velmontis", "Velmontis"]


def test_a_surname_two_people_of_the_article_share_is_not_recovered(tmp_path) -> None:
    brothers = Article(
        text="Oskar Velmontis and Ivo Velmontis ran. Later Velmontis thanked the crowd.",
        entities=[
            E("Oskar Velmontis", forms=("Oskar Velmontis",)),
            E("Ivo Velmontis", forms=("Ivo Velmontis",)),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [brothers])
    assert mentions_of(corpus, "Oskar Velmontis") == ["Oskar Velmontis"]
    assert mentions_of(corpus, "Ivo Velmontis") == ["Ivo Velmontis"]


def test_a_person_the_tagger_typed_as_a_place_joins_the_person(tmp_path) -> None:
    first = Article(
        text="Peter Velmontis won the hill race in Tarrowdale.",
        entities=[E("Peter Velmontis"), E("Tarrowdale", "GPE")],
    )
    mistyped = Article(
        text="Peter Velmontis trained for years. Tarrowdale cheered when Velmontis won.",
        entities=[
            E("Peter Velmontis", "GPE", forms=("Peter Velmontis",)),
            E("Velmontis", "GPE", forms=("when Velmontis",)),
            E("Tarrowdale", "GPE"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [first, mistyped])
    rows = corpus.conn.execute(
        "SELECT e.name, c.name FROM entities e JOIN canonical c ON c.id = e.canonical "
        "JOIN articles a ON a.rowid = e.article WHERE a.text LIKE '%trained%' ORDER BY e.name"
    ).fetchall()
    assert [tuple(row) for row in rows] == [
        ("Peter Velmontis", "Peter Velmontis"),
        ("Tarrowdale", "Tarrowdale"),
        ("Velmontis", "Peter Velmontis"),
    ]


def test_a_thing_named_like_someone_elses_surname_stays_a_thing(tmp_path) -> None:
    first = Article(
        text="Peter Velmontis won the hill race.",
        entities=[E("Peter Velmontis")],
    )
    place = Article(
        text="The Velmontis valley flooded.", entities=[E("Velmontis", "GPE", forms=("Velmontis",))]
    )
    corpus = corpus_of(tmp_path / "c.db", [first, place])
    assert corpus.conn.execute("SELECT count(*) FROM canonical").fetchone()[0] == 2


def test_a_surname_joins_the_one_person_its_article_names_in_full(tmp_path) -> None:
    race = Article(
        text="Peter Velmontis won the hill race. Velmontis thanked the crowd.",
        entities=[E("Peter Velmontis"), E("Velmontis", forms=("Velmontis thanked",))],
    )
    corpus = corpus_of(tmp_path / "c.db", [race])
    assert canonical_of(corpus, "Velmontis", "hill race") == "Peter Velmontis"
    rules = corpus.conn.execute("SELECT rule FROM canonical_links ORDER BY entity").fetchall()
    assert [row[0] for row in rules] == ["new", "surname in article"]


def test_a_surname_two_people_of_the_article_share_joins_neither(tmp_path) -> None:
    race = Article(
        text="Peter Velmontis beat Ivo Velmontis in the hill race. Velmontis thanked the crowd.",
        entities=[
            E("Peter Velmontis"),
            E("Ivo Velmontis"),
            E("Velmontis", forms=("Velmontis thanked",)),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [race])
    assert canonical_of(corpus, "Velmontis", "hill race") == "Velmontis"


def test_a_name_run_on_into_a_lower_case_verb_is_cut_back(tmp_path) -> None:
    race = Article(
        text="Peter Velmontis won the hill race, but Velmontis doesn ’ t race again.",
        entities=[E("Peter Velmontis"), E("Velmontis doesn", forms=("Velmontis doesn",))],
    )
    corpus = corpus_of(tmp_path / "c.db", [race])
    assert canonical_of(corpus, "Velmontis doesn", "hill race") == "Peter Velmontis"


def test_a_headline_run_on_name_is_stored_as_the_name_alone(tmp_path) -> None:
    headline = Article(
        text="Quillfeather Buys Mill\nQuillfeather said it buys the mill to keep it open.",
        entities=[E("Quillfeather Buys Mill", "ORG", forms=("Quillfeather Buys Mill",))],
    )
    earlier = Article(text="Quillfeather cut jobs.", entities=[E("Quillfeather", "ORG")])
    corpus = corpus_of(tmp_path / "c.db", [earlier, headline])
    assert mentions_of(corpus, "Quillfeather") == ["Quillfeather", "Quillfeather", "Quillfeather"]


def test_a_headline_surname_is_judged_after_the_full_names_of_its_article(tmp_path) -> None:
    race = Article(
        text="Velmontis Wins Hill Race Again\nPeter Velmontis wins the hill race again.",
        entities=[
            E("Velmontis Wins Hill Race Again", forms=("Velmontis Wins Hill Race Again",)),
            E("Peter Velmontis"),
        ],
    )
    corpus = corpus_of(tmp_path / "c.db", [race])
    assert canonical_of(corpus, "Velmontis Wins Hill Race Again", "hill") == "Peter Velmontis"
