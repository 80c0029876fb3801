"""Same-story clustering: rewrites of one event together, two events of one kind apart."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.store import stories
from newsfacts.store.stories import Profile, cluster, cluster_profiles, profile, terms
from tests.store.sheets import Article, E, T, build

ELLERY = [
    "Storm Delia flooded Port Ellery on Sunday, forcing 300 residents from their homes, mayor "
    "Tessa Brandt said. Firefighters pulled two fishermen from the water near the Ellery "
    "breakwater, the worst flooding the town has seen since 1987.",
    "Hundreds of Port Ellery residents fled rising water as Storm Delia hit the coast on Sunday. "
    "Mayor Tessa Brandt said the Ellery breakwater gave way overnight and two fishermen were "
    "rescued by firefighters.",
    "Port Ellery counts the cost of Storm Delia. The breakwater failed, 300 people left their "
    "homes and firefighters saved two fishermen, Tessa Brandt, the mayor, told reporters.",
]
KELMSFORD = [
    "Storm Orrin flooded Kelmsford on Tuesday, forcing 120 residents from their homes, council "
    "leader Idris Vane said. Lifeboat crews pulled a farmer from the river near the Kelmsford "
    "weir in 2021.",
    "Residents of Kelmsford fled rising water as Storm Orrin hit on Tuesday. Council leader "
    "Idris Vane said the Kelmsford weir overflowed and lifeboat crews rescued a farmer.",
    "Kelmsford counts the cost of Storm Orrin: the weir overflowed, 120 people left their "
    "homes and a lifeboat crew saved a farmer, Idris Vane told reporters.",
]
BUDGET = (
    "The county budget passed by two votes after a long debate on school transport, with "
    "treasurer Olu Mensah promising a review of bus contracts next spring."
)


def sheets(texts: list[str], **options) -> list:
    return [build(Article(text=text, **options)) for text in texts]


def together(labels: list[int], indexes: range) -> bool:
    return len({labels[i] for i in indexes}) == 1


def test_stories_rewrites_together_near_misses_apart() -> None:
    labels = cluster(sheets([*ELLERY, *KELMSFORD, BUDGET]))
    assert together(labels, range(0, 3)) and together(labels, range(3, 6))
    assert labels[0] != labels[3]
    assert labels[6] not in labels[:6]


def test_stories_labels_numbered_by_first_appearance() -> None:
    labels = cluster(sheets([BUDGET, *ELLERY]))
    assert labels == [0, 1, 1, 1]


@pytest.mark.parametrize("count", [0, 1])
def test_stories_tiny_inputs(count: int) -> None:
    assert cluster(sheets([BUDGET][:count])) == list(range(count))


def test_stories_profile_prefers_the_sheets_entities() -> None:
    article = Article(
        text=ELLERY[0],
        entities=[E("Tessa Brandt", forms=("Tessa Brandt",)), E("Port Ellery", "GPE")],
        times=[T("Sunday", "2019-02-03")],
        published=date(2019, 2, 4),
    )
    found = profile(build(article))
    assert found.names == {"tessa brandt": 1, "port ellery": 1}
    assert found.years == ("1987", "2019")  # the resolved time, and the year written out
    assert found.published == "2019-02-04"
    assert Profile.from_json(found.to_json()) == found


def test_stories_profile_without_entities_uses_capitalised_runs() -> None:
    found = profile(build(Article(text=ELLERY[0])))
    assert "tessa brandt" in found.names and "port ellery" in found.names
    assert "storm delia" not in found.names  # opens the sentence: could be any capitalised word
    assert found.years == ("1987",)


def test_stories_terms_leave_out_stop_words() -> None:
    assert terms("The storm and the breakwater") == {"storm": 1, "breakwater": 1}


def test_stories_conflicting_years_keep_alike_texts_apart() -> None:
    text = ELLERY[1]
    texts = [text, text.replace("Sunday", "Saturday")]
    same = [Profile({}, ("2019",)), Profile({}, ("2019",))]
    apart = [Profile({}, ("2019",)), Profile({}, ("2014",))]
    assert stories.similarities(texts, same)[0, 1] > stories.similarities(texts, apart)[0, 1]
    published = [Profile({}, published="2019-02-04"), Profile({}, published="2019-09-30")]
    assert stories.similarities(texts, published)[0, 1] < stories.similarities(texts, same)[0, 1]


def test_stories_similarities_the_same_whatever_the_row_block(monkeypatch) -> None:
    """The product is computed and penalised a block of rows at a time (memory): the matrix
    is the same for blocks of one row, of two, or of all of them."""
    texts = [*ELLERY, *KELMSFORD, BUDGET]
    years = [("1987",), ("1987",), (), ("2021",), ("2019",), (), ()]
    published = ["2019-02-04", "2019-02-05", None, "2021-03-01", "2021-09-30", None, "2020-01-01"]
    profiles = [
        Profile({"Storm": 1.0}, found, published=day)
        for found, day in zip(years, published, strict=True)
    ]
    whole = stories.similarities(texts, profiles).toarray()
    for rows in (1, 2):
        monkeypatch.setattr(stories, "ROW_BLOCK", rows)
        assert (stories.similarities(texts, profiles).toarray() == whole).all()
    bare = stories.similarities(texts, [Profile({"Storm": 1.0}) for _ in texts]).toarray()
    assert (whole < bare).any()  # the years and dates above did penalise some pairs


def test_stories_near_duplicates_always_together() -> None:
    texts = [ELLERY[0], BUDGET]
    profiles = [Profile({}), Profile({})]
    assert cluster_profiles(texts, profiles) == [0, 1]
    assert cluster_profiles(texts, profiles, duplicates=[(0, 1, 0.9)]) == [0, 0]


def test_stories_large_components_are_split_stricter(monkeypatch) -> None:
    monkeypatch.setattr(stories, "MAX_LINKAGE", 2)
    labels = cluster(sheets([*ELLERY, *KELMSFORD, BUDGET]))
    assert labels[0] != labels[3] and labels[6] not in labels[:6]


@pytest.mark.parametrize("count", [0, 1])
def test_stories_table_of_a_tiny_corpus_is_empty(tmp_path, count: int) -> None:
    from tests.store.sheets import make_corpus

    corpus = make_corpus(tmp_path / "c.db", [Article(text=BUDGET)][:count])
    assert corpus.stories() == []
    corpus.close()


def test_stories_table_rebuilt_after_the_corpus_changes(tmp_path) -> None:
    from newsfacts.store import story_table
    from tests.store.sheets import make_corpus

    corpus = make_corpus(tmp_path / "c.db", [Article(text=t) for t in ELLERY])
    assert story_table.is_stale(corpus.conn)
    (story,) = corpus.stories()
    assert story["size"] == 3 and not story_table.is_stale(corpus.conn)
    corpus.add([build(Article(text=text)) for text in KELMSFORD])
    assert story_table.is_stale(corpus.conn)
    assert sorted(story["size"] for story in corpus.stories()) == [3, 3]
    corpus.close()


BUDGET_REWRITE = (
    "By two votes, the county budget passed after a long debate over school transport; "
    "treasurer Olu Mensah promised to review the bus contracts next spring."
)
UNRELATED = (
    "The botanical garden reopened its glasshouse after a two-year restoration, with "
    "curator Wren Halloway showing visitors the rescued palms and orchids."
)


def _ids_by_article(corpus) -> dict[str, int]:
    return {
        article["id"]: story["story"]
        for story in corpus.stories(limit=100)
        for article in story["articles"]
    }


def test_stories_keep_their_ids_when_more_articles_arrive(tmp_path) -> None:
    """Issue #14: a story's id survives re-clustering, so links and bookmarks keep working."""
    from newsfacts.store import story_table
    from tests.store.sheets import make_corpus

    texts = [*ELLERY, BUDGET, *KELMSFORD]
    corpus = make_corpus(tmp_path / "c.db", [Article(text=t) for t in texts])
    before = _ids_by_article(corpus)
    assert len(set(before.values())) == 2
    # a new story whose first article was stored before Kelmsford's, and an unrelated article
    corpus.add([build(Article(text=text)) for text in (BUDGET_REWRITE, UNRELATED)])
    after = _ids_by_article(corpus)
    assert len(set(after.values())) == 3
    assert all(after[ident] == story for ident, story in before.items())
    for story in set(before.values()):
        assert story_table.current_id(corpus.conn, story) == story
    corpus.close()


def test_stories_page_through_every_story(tmp_path) -> None:
    from newsfacts.store import story_table
    from tests.store.sheets import make_corpus

    texts = [*ELLERY, BUDGET, BUDGET_REWRITE, *KELMSFORD]
    corpus = make_corpus(tmp_path / "c.db", [Article(text=t) for t in texts])
    assert story_table.story_count(corpus.conn) == 3
    pages = [corpus.stories(limit=1, offset=offset) for offset in range(4)]
    assert [len(page) for page in pages] == [1, 1, 1, 0]
    assert len({page[0]["story"] for page in pages[:3]}) == 3
    for place, page in enumerate(pages[:3]):
        assert story_table.position(corpus.conn, page[0]["story"]) == place
    assert story_table.position(corpus.conn, 10**6) is None
    corpus.close()
