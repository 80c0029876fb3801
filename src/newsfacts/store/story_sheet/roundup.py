"""Roundup articles: a page about several shootings speaks for the story only when no other does.

A weekend roundup ("Eight dead, 27 wounded in weekend shootings") tells of the story's own
incident among others, and its body's counts ("two men were killed in one", "a woman was
shot in another") are each some incident's, not always the story's. Its headline says what it
is: the same test a sentence about other incidents meets (a count of shootings, "shootings"
with no article, "this weekend"). When another article of the story, one about a single
incident, states a figure in a sentence of its own, the roundup's counts of that figure are
set aside as counts about other incidents are, but for a sentence that names what the
single-incident articles name (a person, place or organisation their entities give:
"Larkspur", a victim's name, looked for in the roundup sentence's words): that sentence is
about the story's own incident. A name the roundup gives in a sentence about several
incidents ("shootings across Millbrook") is what the whole page covers: it tells no incident
apart. When no single-incident article states the figure,
the roundup's counts still decide.
Pure functions over the statements and entities read from stored sheets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.figures import ELSEWHERE, Statement

Found = list[tuple[StoryArticle, Statement]]
# what names an incident: people, places, organisations (not dates, laws, works)
NAMING = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG"})


def _named(article: StoryArticle) -> list[tuple[str, int, str]]:
    """(field, start, words) of every name of a person, place or organisation."""
    return [
        (mention.field, mention.start, mention.text)
        for entity in article.sheet.entities
        if entity.named and entity.type in NAMING
        for mention in entity.mentions
        if mention.kind == "name"
    ]


def _names(article: StoryArticle) -> set[str]:
    return {words for _, _, words in _named(article)}


def _covering(article: StoryArticle) -> set[str]:
    """Names the roundup gives in a sentence about several incidents ("shootings across
    Millbrook"): what the whole page covers, so they tell no incident apart."""
    text = article.field("text")
    found = set()
    for field, at, words in _named(article):
        start, end = article.sentence(field, at)
        if field == "text" and ELSEWHERE.search(text[start:end]):
            found.add(words)
    return found


def _shares(article: StoryArticle, statement: Statement, names: set[str]) -> bool:
    """Whether the statement's sentence names one of `names` (what the single-incident
    articles name, less what the roundup's whole page covers): looked for in its words, so a
    name the roundup's own entities missed still counts."""
    start, end = article.sentence(statement.field, statement.start)
    sentence = article.field(statement.field)[start:end]
    return any(_has(sentence, name) for name in names)


def _has(sentence: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) is not None


def is_roundup(article: StoryArticle) -> bool:
    """Whether the article's headline reads as a page about several shootings."""
    return bool(ELSEWHERE.search(article.sheet.headline or ""))


def _own(found: Found) -> bool:
    """Whether an article about a single incident states the figure in a sentence of its own."""
    return any(not is_roundup(a) and not s.elsewhere and not s.weak for a, s in found)


def set_aside_roundups(by_what: dict[str, Found]) -> dict[str, Found]:
    """Each figure's statements, a roundup's counted as about other incidents when a single
    incident's article states the figure too."""
    articles = {a.id: a for found in by_what.values() for a, _ in found}
    names = set().union(*(_names(a) for a in articles.values() if not is_roundup(a)))
    # per roundup article, once: the names that tell its own sentences apart
    telling = {i: names - _covering(a) for i, a in articles.items() if is_roundup(a)}
    return {
        what: [
            (
                article,
                replace(statement, elsewhere=True)
                if article.id in telling and not _shares(article, statement, telling[article.id])
                else statement,
            )
            for article, statement in found
        ]
        if _own(found)
        else found
        for what, found in by_what.items()
    }
