"""The extracted text checked against the page's JSON-LD articleBody."""

from __future__ import annotations

from newsfacts.ingest.article_body import reconcile_body

STORY = (
    "The ferry ran again on Thursday after a week in dry dock.\n\n"
    "About 140 residents crossed on the first run, the harbour master said.\n\n"
    "Fares will stay the same until the end of the summer season."
)
RECORD = STORY.replace("\n\n", " ")
PROMO = "Subscribe now to our newsletter and win two tickets for a concert tonight!"


def test_a_paragraph_the_record_lacks_goes() -> None:
    text = f"{STORY}\n\n{PROMO}"
    assert reconcile_body(text, RECORD) == STORY


def test_a_fragment_gives_way_to_the_record() -> None:
    first = STORY.split("\n\n")[0]
    record = STORY.replace("\n\n", "\n")
    assert reconcile_body(first, record) == STORY


def test_a_summary_record_changes_nothing() -> None:
    text = f"{STORY}\n\n{PROMO}"
    assert reconcile_body(text, "The ferry ran again.") == text


def test_a_different_record_or_none_changes_nothing() -> None:
    assert reconcile_body(STORY, None) == STORY
    assert reconcile_body(STORY, "   ") == STORY
    assert reconcile_body(STORY, "A recipe for lemon cake with butter and sugar.") == STORY
