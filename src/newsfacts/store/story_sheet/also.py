"""Victims listed across sentences: "Harlow was shot and killed ... Vance was also killed".

A report that names its dead one by one states no total: each victim has his own sentence and
his own killing verb. "Was also killed" says that one more died besides someone already told
of, so an article's dead are at least one more than its victims "also killed". Such an article
votes for that many dead (a derived count, with the words of each "also killed"); it votes only
when it leads with no stated count of the dead (build.py gives stated counts the lead). A
plural subject ("four officers also died") or a sentence about other incidents counts nothing.
Pure functions over one stored sheet's text.
"""

from __future__ import annotations

import re

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.derive import Derived
from newsfacts.store.story_sheet.figures import ELSEWHERE, cues
from newsfacts.store.story_sheet.shooter import Words

# one victim more: "was also killed", "also was shot and killed", "was also fatally shot",
# with the killing words the counts are read by
ALSO_KILLED = re.compile(rf"\b(?:was\s+also|also\s+was)\s+(?:{cues('killed')})\b", re.IGNORECASE)
VICTIMS_LISTED = "victims listed across sentences"


def listed_dead(article: StoryArticle) -> Derived | None:
    """The dead an article lists one sentence each: one plus its victims "also killed"."""
    text = article.field("text")
    found = []
    for match in ALSO_KILLED.finditer(text):
        start, end = article.sentence("text", match.start())
        if not ELSEWHERE.search(text[start:end]):
            found.append(Words("text", match.start(), match.end()))
    if not found:
        return None
    return Derived(article, 1.0 + len(found), VICTIMS_LISTED, tuple(found))
