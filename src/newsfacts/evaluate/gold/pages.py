"""Gold for `pages`: real publisher pages with what a hand-written parser reads off them.

Fundus's own test pages and gold (pages/SOURCE.md): headline, authors, publication date, body
and image captions with their credits, per page. The HTML is read lazily, one page at a time.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from newsfacts.errors import DataError
from newsfacts.evaluate.data import read_jsonl

GOLD_FILE = "gold.jsonl"
ENGLISH = "en"


@dataclass(frozen=True, slots=True)
class GoldCaption:
    caption: str
    credit: str | None  # the image's authors joined by ", "


@dataclass(frozen=True, slots=True)
class PagesPage:
    id: str
    url: str | None
    lang: str
    html_file: Path  # absolute: folder / the record's `html`
    title: str
    authors: tuple[str, ...]
    published_date: str | None  # YYYY-MM-DD as written; None when the gold has none
    date_suspect: bool  # day and month probably swapped: left out of the date metric
    body: str
    captions: tuple[GoldCaption, ...]  # repeated (caption, credit) pairs kept once

    @property
    def english(self) -> bool:
        return self.lang == ENGLISH


def load_pages(folder: Path, *, limit: int | None = None) -> list[PagesPage]:
    """The gold pages of `folder/gold.jsonl`, in file order (the HTML is not read yet)."""
    return [_page(folder, record) for record in read_jsonl(folder / GOLD_FILE, limit=limit)]


def _page(folder: Path, record: dict) -> PagesPage:
    pairs = (
        GoldCaption(item["caption"], item.get("credit")) for item in record.get("captions") or ()
    )
    return PagesPage(
        id=record["id"],
        url=record.get("url"),
        lang=record["lang"],
        html_file=folder / record["html"],
        title=record["title"],
        authors=tuple(record.get("authors") or ()),
        published_date=record.get("published_date"),
        date_suspect=bool(record.get("date_suspect")),
        body=record["body_text"],
        captions=tuple(dict.fromkeys(pairs)),
    )


def page_html(page: PagesPage) -> str:
    """The page's HTML: gunzipped and decoded as UTF-8, as SOURCE.md says."""
    try:
        return gzip.decompress(page.html_file.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as e:
        message = f"{page.html_file}: HTML of gold page {page.id} cannot be read ({e})"
        raise DataError(message) from e
