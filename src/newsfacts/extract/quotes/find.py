"""Quotes: who said what, as direct, indirect and mixed quotes tied to their speakers (issue #5).

Two kinds of evidence meet here. Quotation marks (`marks.py`) say which words are
someone's own; reporting cues (`cues.py`, with `speakers.py`) say who said, thought or found
what. A cue's content made only of quoted words is a direct quote, one that merely contains
quoted words is mixed, one without any is indirect; the kind reads double marks only, as
PolNeAR's converter does (single ones, a headline's ‘...’, leave a quote indirect). A
quotation the parse does not hang on a cue borrows one nearby, or the speaker of the quote
before it (`uncued.py`); quoted words with neither (scare quotes, titles) are not quotes, and
a short one a sentence after a paraphrase goes on with it as an indirect piece (the writer's
label, not the speaker's words: the chain stays indirect). Which words of a cue's content it
reports, and in how many pieces, is read in `pieces.py`; the quotations of one content are
one attribution.

Speakers are linked to the article's entities through their mentions (`sources.py`), so
a pronoun speaker takes the entity coreference gave it; a report inside a report keeps the
nearest speaker (`nesting.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text
from newsfacts.extract.quotes.bounds import cut_at_other_reports
from newsfacts.extract.quotes.content import char_span
from newsfacts.extract.quotes.cues import FRAME, NAMING, Cue, find_cues
from newsfacts.extract.quotes.frames import (
    Tokens,
    frame_cue,
    label_frame,
)
from newsfacts.extract.quotes.joins import join_lent
from newsfacts.extract.quotes.marks import (
    Quoted,
    find_quoted,
    inside_quotation,
    looks_like_title,
    trim_quote_end,
)
from newsfacts.extract.quotes.nesting import unnest
from newsfacts.extract.quotes.pieces import (
    clause_pieces,
    cue_between,
    formula,
    no_clause,
    quoted_share,
)
from newsfacts.extract.quotes.records import Found, Linked
from newsfacts.extract.quotes.sources import body_mentions, link_speaker
from newsfacts.extract.quotes.uncued import LINE_BREAK, Layout, attribute
from newsfacts.extract.quotes.vetoes import (
    asked,
    circumstance,
    impersonal,
    in_source,
    stranded,
    writers_naming,
)
from newsfacts.sheet import Entity, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A content at least this share of whose letters are quoted is a direct quote (PolNeAR's
# converter draws the line at 90%, ../shared/eval/quotes/SOURCE.md).
DIRECT_SHARE = 0.9


def extract_quotes(doc: Doc, *, entities: Sequence[Entity] = ()) -> list[Quote]:
    """The article's quotes in text order, ids "q1", "q2", ..."""
    text = doc_text(doc)
    mentions = body_mentions(entities)
    linked = [
        Linked(
            item,
            *link_speaker(
                doc,
                item.speaker,
                item.speaker_head,
                entities,
                quote=_quoted(item),
                mentions=mentions,
            ),
            reported_by=link_speaker(
                doc, item.reporter, item.reporter_head, entities, mentions=mentions
            )[0],
        )
        for item in find_quotes(doc, text=text)
    ]
    linked = unnest(linked, doc)
    ids = {(q.item.start, q.item.end): f"q{n}" for n, q in enumerate(linked, start=1)}
    return [
        Quote(
            id=f"q{number}",
            kind=quote.item.kind,  # type: ignore[arg-type]
            text=text[quote.item.start : quote.item.end],
            start=quote.item.start,
            end=quote.item.end,
            speaker=quote.speaker,
            cue=quote.item.cue_text,
            source_type=quote.source_type,  # type: ignore[arg-type]
            continues=ids.get(quote.item.continues) if quote.item.continues else None,
            reported_by=quote.reported_by,
        )
        for number, quote in enumerate(linked, start=1)
    ]


def _quoted(item: Found) -> tuple[int, int] | None:
    """The words whose speaker phrases cannot link an entity: the content, unless its own
    cue stands inside it ("The plan, he said, would fail"), whose speaker is the cue's."""
    if item.cue is not None and item.start <= item.cue.start < item.end:
        return None
    return item.start, item.end


def find_quotes(doc: Doc, *, text: str | None = None) -> list[Found]:
    """Quotes as offsets and token ranges, in text order (no entity linking). `text` is
    `doc.text` when the caller has it (spaCy rebuilds that string on every access)."""
    text = doc_text(doc) if text is None else text
    quoted = find_quoted(text)
    layout = Layout(doc, text)
    tokens = Tokens(doc)
    cues = [
        cue
        for cue in find_cues(doc)
        if not inside_quotation(cue.start, quoted) and not formula(doc, cue)
    ]
    cues = cut_at_other_reports(doc, cues)
    labels = _label_cues(text, tokens, layout)
    # A labelled line ("TAPPER: I think ...") is the label's: no other cue's content takes
    # the label in.
    label_ends = {layout.paragraph(cue.start): cue.end for cue in labels}
    cues = sorted(cues + labels, key=lambda cue: cue.start)
    # Quotations a content took, and the cue whose content took each.
    claimed: dict[int, Cue] = {}
    found: list[Found] = []
    # Cues whose content was no report ("In May, she said: ..."): no quote of their own, but
    # they speak for a quotation after them in their paragraph.
    silent: list[Found] = []
    for cue in cues:
        content = _within_paragraph(text, layout, cue, label_ends)
        if content is None:
            continue
        content = _before_speaker(text, tokens, cue, content, quoted)
        content = _after_colon(text, cue, content, quoted)
        if (
            no_clause(tokens, cue, content, quoted)
            or circumstance(doc, cue)
            or writers_naming(doc, cue)
            or stranded(tokens, content)
            or impersonal(doc, cue)
            or asked(tokens, cue, content)
        ):
            silent.extend(_from_content(text, cue, content, quoted, claimed, cues))
            continue
        items: list[Found] = []
        for piece in clause_pieces(tokens, cue, content, quoted):
            for part in _from_content(text, cue, piece, quoted, claimed, cues):
                if items and part.continues is None:
                    part = replace(part, continues=(items[-1].start, items[-1].end))
                items.append(part)
        found.extend(items)
    # Short quotations kept as indirect pieces of the paraphrase before them.
    asides: set[tuple[int, int]] = set()
    for index, region in enumerate(quoted):
        if index in claimed:
            continue
        item = attribute(text, tokens, layout, region, cues, found, silent, asides)
        if item is not None:
            item = _with_phrase(text, tokens, region, item, quoted, claimed)
            found.append(item)
    # Two cues may report one content ("X and Y said"): the first keeps it.
    unique = {(item.start, item.end): item for item in reversed(join_lent(doc, text, found))}
    return sorted(
        (_single_marked(item, quoted) for item in unique.values() if not in_source(doc, item)),
        key=lambda item: (item.start, item.end),
    )


def _single_marked(item: Found, quoted: list[Quoted]) -> Found:
    """A quote whose quotation marks are all single ones (a headline's ‘...’) is labelled
    indirect: PolNeAR's converter reads only double marks as quotation marks."""
    if item.kind == "indirect":
        return item
    regions = [r for r in quoted if r.start < item.end and item.start < r.end]
    if regions and not any(r.double for r in regions):
        return replace(item, kind="indirect")
    return item


def _within_paragraph(
    text: str, layout: Layout, cue: Cue, label_ends: dict[int, int]
) -> tuple[int, int] | None:
    """The cue's content cut to the cue's paragraph (a parse may run a sentence across a
    paragraph break, a report never does) and to the words after the paragraph's label."""
    if cue.content is None:
        return None
    paragraph = layout.paragraph(cue.start)
    first, last = layout.paragraphs[paragraph]
    if cue.via != FRAME and cue.start >= label_ends.get(paragraph, last):
        first = label_ends[paragraph]
    start, end = max(cue.content[0], first), min(cue.content[1], last)
    if end <= start:
        return None
    return _cue_line(text, cue, start, end)


def _cue_line(text: str, cue: Cue, start: int, end: int) -> tuple[int, int] | None:
    """A content is cut to one line of its paragraph where a line opens as a sentence or a
    heading does (a capital, a quotation mark): no attribution runs over such a break. The
    cue's line is kept, or the line nearest the cue. A line wrapped inside a sentence (its
    next line opening in lower case) is no break."""
    breaks = [match.start() for match in LINE_BREAK.finditer(text, start, end)]
    if not breaks:
        return start, end
    anchor = min(max(cue.start, start), end - 1)
    line_start = max((b + 1 for b in breaks if b < anchor), default=start)
    line_end = min((b for b in breaks if b >= anchor), default=end)
    while line_end > line_start and text[line_end - 1].isspace():
        line_end -= 1
    while line_start < line_end and text[line_start].isspace():
        line_start += 1
    return (line_start, line_end) if line_end > line_start else None


def _from_content(
    text: str,
    cue: Cue,
    content: tuple[int, int],
    quoted: list[Quoted],
    claimed: dict[int, Cue],
    cues: list[Cue],
) -> list[Found]:
    """A cue's content as one indirect or mixed quote, or as the direct quotes it consists of."""
    start, end = content
    overlapping = [i for i, r in enumerate(quoted) if r.start < end and start < r.end]
    inside = [i for i in overlapping if i not in claimed]
    base = Found(
        kind="indirect",
        start=start,
        end=end,
        cue=cue,
        speaker=cue.speaker,
        speaker_head=cue.speaker_head,
        cue_text=cue.text,
    )
    if cue.cited is not None:
        base = replace(
            base,
            speaker=cue.cited,
            speaker_head=cue.cited_head,
            reporter=cue.speaker,
            reporter_head=cue.speaker_head,
        )
    if not inside:
        if _taken_inside(text, cue, content, [(quoted[i], claimed[i]) for i in overlapping]):
            return [replace(base, kind="mixed")]
        return [base]
    claimed.update((i, cue) for i in inside)
    regions = [quoted[i] for i in inside]
    if quoted_share(text, start, end, regions, cue_between(cue, regions, cues)) >= DIRECT_SHARE:
        # One cue's content is one attribution: its quotations after the first continue it
        # ('"A," he said, "and B."', the parse hanging both on "said").
        pieces: list[Found] = []
        for r in regions:
            previous = pieces[-1] if pieces else None
            pieces.append(
                replace(
                    base,
                    kind="direct",
                    start=r.start,
                    end=trim_quote_end(text, r.start, r.end),
                    continues=(previous.start, previous.end) if previous else None,
                )
            )
        return pieces
    start = min(start, *(r.outer_start for r in regions))
    end = max(end, *(r.outer_end for r in regions))
    return [replace(base, kind="mixed", start=start, end=trim_quote_end(text, start, end))]


def _taken_inside(
    text: str, cue: Cue, content: tuple[int, int], taken: list[tuple[Quoted, Cue]]
) -> bool:
    """Quotations another cue took first still make a content mixed, as the converter reads
    every mark ("Those who think "A" are wrong, she said": "think" took "A"); not those of a
    naming cue ("mocked X, calling Y "B"": a report of its own, outside the gold's content),
    nor those the same cue took in another piece."""
    regions = [
        region for region, other in taken if other.token != cue.token and other.via != NAMING
    ]
    if not regions:
        return False
    start, end = content
    return 0 < quoted_share(text, start, end, regions, (0, 0)) < DIRECT_SHARE


def _before_speaker(
    text: str, tokens: Tokens, cue: Cue, content: tuple[int, int], quoted: list[Quoted]
) -> tuple[int, int]:
    """A content opening with a quotation and running on past it into the cue's own speaker
    ('"A," X, a spokesman for Y, told reporters', the parse taking the speaker's apposition
    for part of the clause) ends with the quotation: no speaker is part of what they said."""
    if cue.speaker is None:
        return content
    start, end = content
    speaker = tokens.doc[cue.speaker[0]].idx
    if not start < speaker < end:
        return content
    opening = [
        r
        for r in quoted
        if r.outer_start <= start <= r.start
        and r.outer_end <= speaker
        and not any(c.isalnum() for c in text[r.outer_end : speaker])
    ]
    return (start, opening[0].outer_end) if opening else content


def _after_colon(
    text: str, cue: Cue, content: tuple[int, int], quoted: list[Quoted]
) -> tuple[int, int]:
    """A content before its cue that ends with a quotation a colon introduces ('X was
    blunt: "A," she said') is that quotation: the words before the colon lead in to it,
    they are not what the cue's speaker said."""
    start, end = content
    if end > cue.start:
        return content
    closing = [r for r in quoted if start < r.outer_start and r.start < end <= r.outer_end]
    if not closing:
        return content
    region = closing[0]
    if not text[start : region.outer_start].rstrip().endswith(":"):
        return content
    return region.outer_start, end


# Heads of a clause inside a cue's sentence: the words a quotation stands in.
_CLAUSE_HEADS = frozenset({"ccomp", "xcomp", "acl", "relcl", "advcl", "pcomp"})


def _with_phrase(
    text: str,
    tokens: Tokens,
    region: Quoted,
    item: Found,
    quoted: list[Quoted],
    claimed: dict[int, Cue],
) -> Found:
    """A quotation a cue without a content of its own lends itself to, standing in a phrase
    of that cue's ("pledged to "A" by May", "said in a letter that the plan's "A"", "described
    X as "A""): the phrase is what the cue reports, mixed when words outside the marks are
    more than a tenth of it, as the converter reads it. The phrase is the nearest clause
    holding the quotation below the cue, or the cue's own dependent that holds it."""
    cue = item.cue
    if (
        cue is None
        or cue.content is not None
        or item.kind != "direct"
        or item.start != region.start
        or cue.end > region.outer_start
        or looks_like_title(text[region.start : region.end].split())
    ):
        return item
    doc = tokens.doc
    verb = doc[cue.token]
    first, last = tokens.at(region.start), tokens.at(max(region.start, region.end - 1))
    roots = [
        doc[i]
        for i in range(first, last + 1)
        if not first <= doc[i].head.i <= last and not doc[i].is_punct
    ]
    if len(roots) != 1:
        return item
    path = []
    node = roots[0]
    while node.i != verb.i and node.head.i != node.i:
        path.append(node)
        node = node.head
    if node.i != verb.i or not path:
        return item
    phrase = next((n for n in path if n.dep_ in _CLAUSE_HEADS), None)
    if phrase is None and (len(path) == 1 or path[-1].dep_ == "prep"):
        phrase = path[-1]  # "declared "A" for X", "described X as "A""
    if phrase is None:
        return item
    span = char_span(doc, phrase.left_edge.i, phrase.right_edge.i + 1)
    if span is None or span[0] < cue.end:
        return item
    start, end = min(span[0], region.start), max(span[1], region.end)
    inside = [i for i, r in enumerate(quoted) if r.start < end and start < r.end]
    if any(i in claimed for i in inside):
        return item
    regions = [quoted[i] for i in inside]
    if quoted_share(text, start, end, regions, (0, 0)) >= DIRECT_SHARE:
        return item
    claimed.update((i, cue) for i in inside)
    start = min(start, *(r.outer_start for r in regions))
    end = max(end, *(r.outer_end for r in regions))
    return replace(item, kind="mixed", start=start, end=trim_quote_end(text, start, end))


def _label_cues(text: str, tokens: Tokens, layout: Layout) -> list[Cue]:
    """Lines that open "Name: what they said" (headlines, transcripts)."""
    cues = []
    for start, end in layout.paragraphs:
        labelled = label_frame(tokens, start, end)
        if labelled is not None:
            frame, first = labelled
            content_start = tokens.doc[first].idx
            if start == 0:
                # The headline's label speaks to the end of its line: "Poll: X leads\nY".
                line_end = text.find("\n", content_start, end)
                end = line_end if line_end > content_start else end
            cues.append(frame_cue(tokens, frame, content=(content_start, end)))
    return cues
