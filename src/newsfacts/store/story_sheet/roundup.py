"""Roundup articles: a page about several shootings speaks for the story only when no other does.

A weekend roundup ("Eight dead, 27 wounded in weekend shootings") tells of the story's own
incident among others, and its body's counts ("two men were killed in one", "a woman was
shot in another") are each some incident's, not always the story's. Its headline says what it
is: the same test a sentence about other incidents meets (a count of shootings, "shootings"
with no article, "this weekend"). When another article of the story, one about a single
incident, states a figure in a sentence of its own, the roundup's counts of that figure are
set aside as counts about other incidents are, but for a sentence that names what the
single-incident articles name (two capitalised words in a row: "Larkspur Depot", a victim's
full name): that sentence is about the story's own incident. When no single-incident article
states the figure, the roundup's counts still decide.
Pure functions over the statements read from stored sheets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.figures import ELSEWHERE, Statement

Found = list[tuple[StoryArticle, Statement]]
# two capitalised words in a row: a place or a person ("East Garfield", "Dana Reyes")
NAMED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def _names(article: StoryArticle) -> set[str]:
    return {m.group() for f in ("headline", "text") for m in NAMED.finditer(article.field(f))}


def _shares(article: StoryArticle, statement: Statement, names: set[str]) -> bool:
    start, end = article.sentence(statement.field, statement.start)
    sentence = article.field(statement.field)[start:end]
    return any(m.group() in names for m in NAMED.finditer(sentence))


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
    return {
        what: [
            (
                article,
                replace(statement, elsewhere=True)
                if is_roundup(article) and not _shares(article, statement, names)
                else statement,
            )
            for article, statement in found
        ]
        if _own(found)
        else found
        for what, found in by_what.items()
    }
