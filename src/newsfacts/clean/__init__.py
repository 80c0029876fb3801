"""The clean stage: scraped text -> CleanArticle (headline, byline, body, captions, removed).

Every non-empty input line ends up in exactly one place, recorded as a LineFate, so the
nothing-lost invariant is checkable (tests/clean/test_invariants.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from newsfacts.article import Caption, CleanArticle, LineFate, Paragraph, RawArticle, Removed
from newsfacts.clean.boilerplate import match_boilerplate
from newsfacts.clean.captions import (
    credit_of_line,
    is_repeat_with_credit,
    looks_like_caption,
    split_caption_credit,
    split_credit,
)
from newsfacts.clean.header import clean_byline, parse_byline, parse_date_line
from newsfacts.clean.normalize import normalize_line, normalize_text
from newsfacts.clean.patterns import DATELINE

PARAGRAPH_SEPARATOR = "\n\n"

__all__ = ["PARAGRAPH_SEPARATOR", "clean_article", "clean_body"]


@dataclass
class _Sorter:
    """Collects each line's place while the lines are walked once, top to bottom."""

    byline: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    blocks: list[list[str]] = field(default_factory=list)  # body paragraphs as lists of lines
    fates: list[LineFate] = field(default_factory=list)
    published: date | None = None
    open_block: bool = False

    def to_body(self, line_no: int, line: str) -> None:
        if not self.open_block:
            self.blocks.append([])
            self.open_block = True
        self.blocks[-1].append(line)
        self.fates.append(LineFate(line_no, "text", len(self.blocks) - 1))

    def to_caption(self, line_no: int, caption: Caption) -> None:
        self.close_block()
        self.captions.append(caption)
        self.fates.append(LineFate(line_no, "captions", len(self.captions) - 1))

    def to_removed(self, line_no: int, line: str, reason: str, detail: str | None) -> None:
        self.close_block()
        self.removed.append(Removed(line, reason, detail))
        self.fates.append(LineFate(line_no, "removed", len(self.removed) - 1))

    def to_byline(self, line_no: int, line: str, names: list[str]) -> None:
        self.close_block()
        self.byline.extend(names)
        # A byline line may name several people; its fate points at the first of them.
        self.fates.append(LineFate(line_no, "byline", len(self.byline) - len(names)))

    def close_block(self) -> None:
        self.open_block = False


def clean_article(raw: RawArticle) -> CleanArticle:
    """Split a scraped article into headline, byline, body paragraphs, captions and removed."""
    lines = [normalize_line(line) for line in normalize_text(raw.text).split("\n")]
    numbered = [(no, line) for no, line in enumerate(lines) if line]
    sorter = _Sorter()
    if not raw.headline:
        numbered = _leading_dates(sorter, numbered)
    headline, fates = _headline(raw, numbered)
    body_lines = numbered[len(fates) :]
    sorter.fates.extend(fates)
    one_line_paragraphs = _has_no_blank_lines(lines, body_lines)
    _sort_lines(
        sorter,
        body_lines,
        lines,
        one_line_paragraphs=one_line_paragraphs,
        page_captions=raw.captions,
    )
    return _assemble(raw, headline, sorter)


def clean_body(raw: RawArticle) -> CleanArticle:
    """Only normalise and split paragraphs: for text that is already a clean body (eval gold).

    The text is kept character for character (no headline taken, nothing removed), so offsets
    into it stay valid; paragraphs are the blank-line separated blocks.
    """
    import re

    text = raw.text
    paragraphs = tuple(
        Paragraph(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)
    )
    return CleanArticle(
        source=raw.source,
        headline=raw.headline or "",
        text=text,
        paragraphs=paragraphs,
        byline=raw.byline,
        published=raw.published,
        published_from=raw.published_from,
        captions=raw.captions,
        removed=raw.removed,
        warnings=raw.warnings,
    )


def _headline(raw: RawArticle, numbered: list[tuple[int, str]]) -> tuple[str, list[LineFate]]:
    """The given headline, else the first non-empty line (SPEC.md)."""
    if raw.headline:
        given = normalize_line(raw.headline)
        if numbered and numbered[0][1] == given:
            return given, [LineFate(numbered[0][0], "headline", 0)]
        return given, []
    if not numbered:
        return "", []
    return numbered[0][1], [LineFate(numbered[0][0], "headline", 0)]


def _leading_dates(sorter: _Sorter, numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Date lines above the headline ("22 July 2013 Last updated at 17:50 GMT") are the date.

    Plain text pasted from a page often starts with its date line; taken for the headline it
    would hide both the title and the date.
    """
    while numbered and (published := parse_date_line(numbered[0][1])) is not None:
        no, line = numbered.pop(0)
        sorter.published = sorter.published or published
        sorter.to_removed(no, line, "other", "publication date")
    return numbered


def _has_no_blank_lines(lines: list[str], body_lines: list[tuple[int, str]]) -> bool:
    """True for sources that put each paragraph on one line with no blank line between."""
    if len(body_lines) < 2:
        return False
    first, last = body_lines[0][0], body_lines[-1][0]
    return all(lines[no] for no in range(first, last + 1))


def _sort_lines(
    sorter: _Sorter,
    body_lines: list[tuple[int, str]],
    lines: list[str],
    *,
    one_line_paragraphs: bool,
    page_captions: tuple[Caption, ...] = (),
) -> None:
    in_header = True
    # Captions the page's markup gave: the same line in the text is that caption again.
    seen_captions: set[str] = {normalize_line(c.text) for c in page_captions}
    skip: set[int] = set()
    for pos, (no, line) in enumerate(body_lines):
        if no in skip:
            continue
        if pos > 0 and no - body_lines[pos - 1][0] > 1:
            sorter.close_block()  # a blank line ends a paragraph
        nxt = body_lines[pos + 1] if pos + 1 < len(body_lines) else None
        adjacent = nxt is not None and nxt[0] == no + 1
        if in_header and _header_line(sorter, no, line):
            continue
        if nxt is not None and (credit := is_repeat_with_credit(line, nxt[1])):
            # A caption and its credited copy: one caption, the copy removed as a duplicate.
            sorter.to_caption(no, Caption(line, credit))
            sorter.to_removed(nxt[0], nxt[1], "duplicate-caption", "caption repeated with credit")
            seen_captions.add(line)
            skip.add(nxt[0])
            continue
        if (found := match_boilerplate(line)) is not None:
            sorter.to_removed(no, line, *found)
            continue
        if line in seen_captions or split_caption_credit(line)[0] in seen_captions:
            sorter.to_removed(no, line, "duplicate-caption", "caption repeated")
            continue
        if adjacent and nxt is not None and nxt[1] == line:
            _exact_repeat(sorter, no, nxt[0], line, seen_captions)
            skip.add(nxt[0])
            continue
        if (credit := credit_of_line(line)) is not None:
            _credit_line(sorter, no, line, credit, seen_captions)
            continue
        if (split := split_credit(line)) is not None:
            sorter.to_caption(no, Caption(*split))
            seen_captions.add(split[0])
            continue
        in_header = False
        sorter.to_body(no, line)
        if one_line_paragraphs:
            sorter.close_block()


def _header_line(sorter: _Sorter, no: int, line: str) -> bool:
    """Bylines and date lines, recognised only above the first body paragraph."""
    if (names := parse_byline(line)) is not None:
        sorter.to_byline(no, line, names)
        return True
    if (published := parse_date_line(line)) is not None:
        sorter.published = sorter.published or published
        sorter.to_removed(no, line, "other", "publication date")
        return True
    return False


def _exact_repeat(sorter: _Sorter, no: int, repeat_no: int, line: str, seen: set[str]) -> None:
    if looks_like_caption(line):
        sorter.to_caption(no, Caption(line, None))
        seen.add(line)
        sorter.to_removed(repeat_no, line, "duplicate-caption", "caption repeated")
    else:
        sorter.to_body(no, line)
        sorter.to_removed(repeat_no, line, "other", "line repeated")


def _credit_line(sorter: _Sorter, no: int, line: str, credit: str, seen: set[str]) -> None:
    """A line that is only a credit belongs to the caption just above it, if there is one."""
    last = sorter.fates[-1] if sorter.fates else None
    if last is not None and last.line == no - 1 and last.place == "captions":
        caption = sorter.captions[last.index]
        if caption.credit is None:
            sorter.captions[last.index] = Caption(caption.text, credit)
            sorter.fates.append(LineFate(no, "captions", last.index))
            return
    if (
        last is not None
        and last.line == no - 1
        and last.place == "text"
        and len(sorter.blocks[last.index]) == 1
        and looks_like_caption(sorter.blocks[last.index][0])
    ):
        # "A short caption" then "Photo: X/Getty": the caption was taken for body text.
        text = sorter.blocks.pop()[0]
        sorter.fates.pop()
        sorter.open_block = False
        sorter.to_caption(last.line, Caption(text, credit))
        sorter.fates.append(LineFate(no, "captions", len(sorter.captions) - 1))
        seen.add(text)
        return
    sorter.to_removed(no, line, "credit", "photo credit")


def _given_byline(raw: RawArticle) -> tuple[str, ...]:
    return raw.byline if raw.byline_vetted else clean_byline(raw.byline)


def _assemble(raw: RawArticle, headline: str, sorter: _Sorter) -> CleanArticle:
    paragraphs: list[Paragraph] = []
    pieces: list[str] = []
    offset = 0
    for block in sorter.blocks:
        paragraph = " ".join(block)
        if pieces:
            offset += len(PARAGRAPH_SEPARATOR)
        paragraphs.append(Paragraph(offset, offset + len(paragraph)))
        pieces.append(paragraph)
        offset += len(paragraph)
    text = PARAGRAPH_SEPARATOR.join(pieces)
    published, published_from = raw.published, raw.published_from
    if published is None and sorter.published is not None:
        published, published_from = sorter.published, "text"
    dateline = DATELINE.match(pieces[0]) if pieces else None
    warnings = list(raw.warnings)
    if not pieces:
        warnings.append("no body text found: every line was a headline, caption or boilerplate")
    return CleanArticle(
        source=raw.source,
        headline=headline,
        text=text,
        paragraphs=tuple(paragraphs),
        byline=tuple(dict.fromkeys([*_given_byline(raw), *sorter.byline])),
        published=published,
        published_from=published_from,
        captions=(*raw.captions, *sorter.captions),
        # the reader's removals after the lines': each line's fate indexes `removed`
        removed=(*sorter.removed, *raw.removed),
        dateline=dateline.group("dateline").strip() if dateline else None,
        warnings=tuple(warnings),
        fates=tuple(sorter.fates),
    )
