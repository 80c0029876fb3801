"""Quotes by speaker, entities with counts, timelines: all from the sheets' own fields."""

from __future__ import annotations

import pytest

from newsfacts.errors import QueryError
from newsfacts.store.search import Filters
from tests.store.sheets import make_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    corpus = make_corpus(tmp_path_factory.mktemp("queries") / "c.db")
    yield corpus
    corpus.close()


def test_queries_quotes_newest_first_with_article_and_date(corpus) -> None:
    rows = corpus.quotes()
    assert [row["published"] for row in rows] == [
        "2020-06-05",
        "2019-03-02",
        "2017-11-21",
        "2017-11-14",
    ]
    assert rows[1]["article"].startswith("sha256:") and rows[1]["source"] == "valleygazette.example"


def test_queries_quotes_by_surname_lists_both_people_apart(corpus) -> None:
    rows = corpus.quotes(speaker="Ferrante")
    assert {(row["speaker"], row["quote"]) for row in rows} == {
        ("Tobias R. Ferrante", "She is stable"),
        ("Tobias R. Ferrante", "He is awake and eating"),
        ("Mary Ferrante", "We are out of beds"),
    }


@pytest.mark.parametrize(
    "speaker", ["Tobias Ferrante", "tobias r. ferrante", "Col. Tobias Ferrante"]
)
def test_queries_quotes_by_full_name_only_that_person(corpus, speaker: str) -> None:
    rows = corpus.quotes(speaker=speaker)
    assert {row["quote"] for row in rows} == {"She is stable", "He is awake and eating"}
    assert {row["speaker_text"] for row in rows} == {"Ferrante", "Tobias Ferrante"}


def test_queries_quotes_fuzzy_spelling(corpus) -> None:
    rows = corpus.quotes(speaker="Mary Ferante")
    assert [row["quote"] for row in rows] == ["We are out of beds"]


def test_queries_quotes_unlinked_speaker_by_its_words(corpus) -> None:
    rows = corpus.quotes(speaker="port official")
    assert [row["quote"] for row in rows] == ["The gate will reopen soon"]


def test_queries_quotes_unknown_speaker_is_empty(corpus) -> None:
    assert corpus.quotes(speaker="Zebulon Quartermaine") == []


def test_queries_quotes_nameless_query_is_a_query_error(corpus) -> None:
    with pytest.raises(QueryError):
        corpus.quotes(speaker="!!!")


def test_queries_quotes_filters_and_limit(corpus) -> None:
    rows = corpus.quotes(speaker="Ferrante", filters=Filters(until="2018-01-01"), limit=1)
    assert [row["quote"] for row in rows] == ["He is awake and eating"]


def test_queries_entities_with_counts_aliases_and_dates(corpus) -> None:
    people = {row["name"]: row for row in corpus.entities(type_="person")}
    tobias = people["Tobias R. Ferrante"]
    assert (tobias["articles"], tobias["first_seen"], tobias["last_seen"]) == (
        2,
        "2017-11-14",
        "2017-11-21",
    )
    assert "Tobias Ferrante" in tobias["aliases"] and "Ferrante" in tobias["aliases"]
    assert people["Mary Ferrante"]["articles"] == 1
    assert {row["type"] for row in corpus.entities(type_="ORG")} == {"ORG"}


def test_queries_entities_by_name(corpus) -> None:
    assert [row["name"] for row in corpus.entities(name="UNC")] == ["U.N. Command"]


def test_queries_timeline_oldest_first_across_articles(corpus) -> None:
    rows = corpus.timeline("UNC")
    assert [(row["date"], row["dated_by"]) for row in rows] == [
        ("2017-11-13", "text"),
        ("2017-11-21", "published"),
    ]
    assert rows[0]["statement"] == (
        "The U.N. Command (UNC) said the border stayed calm on November 13."
    )
    assert rows[1]["statement"].startswith("Tobias Ferrante, a spokesman for the UNC")


def test_queries_timeline_of_a_person_keeps_namesakes_apart(corpus) -> None:
    tobias = corpus.timeline("Tobias Ferrante")
    assert {row["entity"] for row in tobias} == {"Tobias R. Ferrante"}
    assert [row["date"] for row in tobias] == ["2017-11-13", "2017-11-20"]
    mary = corpus.timeline("Mary Ferrante")
    assert [(row["date"], row["dated_by"]) for row in mary] == [("2019-03-02", "published")]


def test_queries_timeline_unknown_entity_is_empty(corpus) -> None:
    assert corpus.timeline("Atlantis Harbour Authority") == []


def test_queries_quote_and_timeline_rows_lead_back_to_the_feed_line_or_record(tmp_path) -> None:
    from newsfacts.sheet import Source
    from newsfacts.store import Corpus
    from tests.store.sheets import FERRANTE, build

    sheet = build(FERRANTE)
    fed = sheet.model_copy(
        update={"source": Source(kind="jsonl", path="feed.jsonl", record_id="a6", line=7)}
    )
    crawled = sheet.model_copy(
        update={
            "id": "sha256:00000000000000cc",
            "source": Source(
                kind="warc", path="crawl.warc.gz", url="https://x.example/a", offset=48
            ),
        }
    )
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add([fed, crawled])
        quotes = {row["record"] for row in corpus.quotes()}
        timeline = {row["record"] for row in corpus.timeline("Ferrante")}
    assert quotes == timeline == {"feed.jsonl line 7 (id a6)", "crawl.warc.gz offset 48"}
