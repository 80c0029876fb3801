"""One statement quoted by several outlets, aligned as one even when truncated or reworded.

Two direct quotes of different articles are the same statement when one is (nearly) a
substring of the other (rapidfuzz partial ratio: an outlet that cuts a quote short) or when
their words, sorted, nearly match (token-sort ratio: a light rewording or reordering).
Quotes are grouped transitively.
Attributing it to people with different names is a disagreement; a pronoun resolves to the
entity it stands for in its own article, and unnamed sources ("police") never disagree.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from newsfacts.sheet import Quote
from newsfacts.store.story_sheet.article import StoryArticle, earliest
from newsfacts.store.story_sheet.models import QuoteReport, StoryQuote

SAME_QUOTE = 90  # partial / token-set ratio at which two wordings are one statement
MIN_WORDS = 4  # shorter quotes ("he said", "no comment") align with too much
SAME_SPEAKER = 80
QUOTED = ("direct", "mixed")
_NON_WORD = re.compile(r"[^\w\s]+")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")


def _normal(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def same_statement(a: str, b: str) -> bool:
    """Whether two wordings are one statement: truncated, or slightly reworded."""
    short, long_ = sorted((_normal(a), _normal(b)), key=len)
    if len(short.split()) < MIN_WORDS:
        return False
    return (
        fuzz.partial_ratio(short, long_) >= SAME_QUOTE
        or fuzz.token_sort_ratio(short, long_) >= SAME_QUOTE
    )


def speaker_name(article: StoryArticle, quote: Quote) -> str | None:
    """Who the article says said it: the entity a pronoun stands for, else the words."""
    if quote.speaker is None:
        return None
    if quote.speaker.entity:
        for entity in article.sheet.entities:
            if entity.id == quote.speaker.entity:
                return entity.name
    return quote.speaker.text


def same_speaker(a: str, b: str) -> bool:
    """Named speakers match on a shared name or close wording; unnamed ones always match."""
    names_a, names_b = set(_NAME.findall(a)), set(_NAME.findall(b))
    if not names_a or not names_b:
        return True
    return bool(names_a & names_b) or fuzz.token_set_ratio(a, b) >= SAME_SPEAKER


def _groups(items: list[tuple[StoryArticle, Quote]]) -> list[list[int]]:
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (article_i, quote_i) in enumerate(items):
        for j in range(i + 1, len(items)):
            article_j, quote_j = items[j]
            if article_i.id != article_j.id and same_statement(quote_i.text, quote_j.text):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def align(articles: Sequence[StoryArticle]) -> list[StoryQuote]:
    """The statements quoted by two or more articles, most-reported first."""
    # reported speech is each outlet's own wording: only quoted words can be one statement
    items = [
        (article, quote)
        for article in articles
        for quote in article.sheet.quotes
        if quote.kind in QUOTED
    ]
    result = []
    for members in _groups(items):
        group = [items[i] for i in members]
        if len({article.id for article, _ in group}) < 2:
            continue
        result.append(_story_quote(group))
    result.sort(key=lambda q: -len({r.article for r in q.reports}))
    return result


def _story_quote(group: list[tuple[StoryArticle, Quote]]) -> StoryQuote:
    reports = []
    names: list[str] = []
    for article, quote in group:
        name = speaker_name(article, quote)
        reports.append(
            QuoteReport.model_validate(
                {
                    **article.report("text", quote.start, quote.end),
                    "speaker_text": quote.speaker.text if quote.speaker else None,
                }
            )
        )
        if name:
            names.append(name)
    named = [n for n in names if _NAME.search(n)]
    counts = Counter(named or names)
    speaker = max(counts, key=lambda n: (counts[n], len(n))) if counts else None
    distinct = list(dict.fromkeys(names))
    disagree = any(
        not same_speaker(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1 :]
    )
    wording = max((quote.text for _, quote in group), key=len)
    first = earliest([article for article, _ in group])
    return StoryQuote(
        speaker=speaker,
        quote=wording,
        reports=reports,
        disagree=disagree,
        speakers=distinct,
        first=first.first(),
    )
