"""Article identity (issue #14): where an article came from and what it says, never one alone."""

from __future__ import annotations

from newsfacts.article import CleanArticle, Source
from newsfacts.identity import article_id, origin


def article(source: Source, *, headline: str = "A headline", text: str = "A body.") -> CleanArticle:
    return CleanArticle(source=source, headline=headline, text=text, paragraphs=())


def test_origin_prefers_the_url_then_the_record_then_the_path() -> None:
    assert origin(Source("warc", "c.warc", "https://a.example/x", offset=7)) == (
        "url https://a.example/x"
    )
    assert origin(Source("jsonl", "f.jsonl", record_id="a6", line=3)) == "f.jsonl id a6"
    assert origin(Source("jsonl", "f.jsonl", line=3)) == "f.jsonl line 3"
    assert origin(Source("warc", "c.warc", offset=1200)) == "c.warc offset 1200"
    assert origin(Source("text", "story.txt")) == "story.txt"
    assert origin(Source("stdin")) is None


def test_article_id_same_input_same_id() -> None:
    source = Source("jsonl", "f.jsonl", line=2)
    assert article_id(article(source)) == article_id(article(source))
    assert article_id(article(source)).startswith("sha256:")
    assert len(article_id(article(source))) == len("sha256:") + 16


def test_article_id_empty_bodies_with_other_headlines_differ() -> None:
    source = Source("text", "a.txt")
    ids = {article_id(article(source, headline=h, text="")) for h in ("One", "Two", "Three")}
    assert len(ids) == 3


def test_article_id_same_body_from_two_outlets_differs() -> None:
    first = article(Source("jsonl", "f.jsonl", "https://north.example/a", line=1))
    second = article(Source("jsonl", "f.jsonl", "https://south.example/b", line=2))
    assert article_id(first) != article_id(second)


def test_article_id_same_body_other_headline_differs() -> None:
    source = Source("stdin")
    assert article_id(article(source, headline="A")) != article_id(article(source, headline="B"))


def test_article_id_parts_cannot_run_into_each_other() -> None:
    source = Source("stdin")
    assert article_id(article(source, headline="ab", text="c")) != article_id(
        article(source, headline="a", text="bc")
    )
