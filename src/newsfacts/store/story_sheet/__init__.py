"""Story sheets: one story across outlets, its facts reconciled and every disagreement shown.

Built from the stored sheets of a story's articles (pure functions over them: `build`);
`story_sheet(conn, id)` reads a stored story's articles and builds its sheet. The store stays
where sheets end up: nothing here writes.
"""

from __future__ import annotations

from newsfacts.store.story_sheet.article import StoryArticle
from newsfacts.store.story_sheet.build import build
from newsfacts.store.story_sheet.models import StorySheet
from newsfacts.store.story_sheet.read import articles_by_id, story_sheet

__all__ = ["StoryArticle", "StorySheet", "articles_by_id", "build", "story_sheet"]
