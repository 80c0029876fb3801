"""Quotes: who said what, as direct, indirect and mixed quotes tied to their speakers (issue #5).

Two kinds of evidence meet here. Quotation marks (`marks.py`) say which words are
someone's own; reporting cues (`cues.py`, with `speakers.py`) say who said, thought or found
what. A cue's content made only of quoted words is a direct quote, one that merely contains
quoted words is mixed, one without any is indirect; the kind reads double marks only, as
PolNeAR's converter does (single ones, a headline's ‘...’, leave a quote indirect). A
quotation the parse does not hang on a cue borrows one nearby, in the order a reader looks: a
cue in its own sentence ('"...," X said'), a colon introduction ('X said: "..."'), a dash
after it ('"..." — X'; both in `frames.py`), the quote before it in the paragraph (the second
half of a split quote), the speaker of the paragraph before (a quote standing alone; it
continues the quote ending that paragraph when only the cue's sentence stands between).
Quoted words with none of these (scare quotes, titles) are not quotes; a short one a sentence
after a paraphrase goes on with it as an indirect piece (the writer's label, not the
speaker's words: the chain stays indirect). Which words of a cue's
content it reports, and in how many pieces, is read in `pieces.py`; the quotations of one
content are one attribution.

Speakers are linked to the article's entities through their mentions (`sources.py`), so
a pronoun speaker takes the entity coreference gave it; a report inside a report keeps the
nearest speaker (`nesting.py`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import doc_text, sentences
from newsfacts.extract.quotes.bounds import cut_at_other_reports
from newsfacts.extract.quotes.content import TokenRange, char_span
from newsfacts.extract.quotes.cues import BARE, FRAME, NAMING, PASSIVE, Cue, find_cues
from newsfacts.extract.quotes.frames import (
    Tokens,
    colon_before,
    colon_frame,
    dash_frame,
    frame_cue,
    label_frame,
    subject_frame,
    tail_frame,
)
from newsfacts.extract.quotes.marks import (
    Quoted,
    find_quoted,
    inside_quotation,
    looks_like_title,
    paragraph_bounds,
    quotation_distance,
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
from newsfacts.extract.quotes.vetoes import circumstance
from newsfacts.sheet import Entity, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A content at least this share of whose letters are quoted is a direct quote (PolNeAR's
# converter draws the line at 90%, ../shared/eval/quotes/SOURCE.md).
DIRECT_SHARE = 0.9
# Quoted words with no cue and fewer words than this are scare quotes or titles, not quotes.
MIN_UNCUED_WORDS = 4
# A short quotation takes a cue at most this many characters away ('"No," the mayor said').
MAX_SHORT_GAP = 40
# A quotation with this share of its paragraph's letters stands alone in it.
STANDALONE_SHARE = 0.6
# A sentence starting this few characters after a closing mark is the quotation's own cue
# sentence ('"...." X said.', split by the sentencizer after the mark).
CUE_SENTENCE_GAP = 3
_SENTENCE_END = re.compile(r"[.!?]")


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
    layout = _Layout(doc, text)
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
        content = _within_paragraph(layout, cue, label_ends)
        if content is None:
            continue
        content = _before_speaker(text, tokens, cue, content, quoted)
        if no_clause(tokens, cue, content, quoted) or circumstance(doc, cue):
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
        item = _attribute(text, tokens, layout, region, cues, found, silent, asides)
        if item is not None:
            item = _with_phrase(text, tokens, region, item, quoted, claimed)
            found.append(item)
    # Two cues may report one content ("X and Y said"): the first keeps it.
    unique = {(item.start, item.end): item for item in reversed(found)}
    return sorted(
        (_single_marked(item, quoted) for item in unique.values()),
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
    layout: _Layout, cue: Cue, label_ends: dict[int, int]
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
    return (start, end) if end > start else None


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


class _Layout:
    """Sentence and paragraph positions of a Doc, for finding what is near a quote."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.sentences = [(s.start_char, s.end_char) for s in sentences(doc)]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.paragraphs = paragraph_bounds(text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]

    def sentence(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)


def _attribute(
    text: str,
    tokens: Tokens,
    layout: _Layout,
    region: Quoted,
    cues: list[Cue],
    found: list[Found],
    silent: list[Found],
    asides: set[tuple[int, int]],
) -> Found | None:
    """A quotation no cue's content took: find its speaker nearby, or drop it. A `silent`
    cue before it in its paragraph lends its speaker, with nothing to continue."""
    end = trim_quote_end(text, region.start, region.end)
    direct = Found(kind="direct", start=region.start, end=end, cue=None)
    cue = _cue_beside(text, layout, region, cues) or _framing_cue(
        text, tokens, layout, region, cues
    )
    if cue is not None:
        # '"A," X said, "B."': the second piece continues the first.
        before = [item for item in found if item.cue == cue and item.start < region.start]
        quoted = _quotation_before(layout, region, cue.speaker, found)
        if quoted is None and before and before[-1].kind != "direct":
            quoted = _quotation_of_head(layout, region, tokens.doc[cue.token].head.i, found)
        if quoted is not None and before and before[-1].kind != "direct":
            # '"A," X said, suggesting that Y. "B."': B runs on from A, not from Y.
            cue, before = quoted.cue or cue, [quoted]
        return replace(
            direct,
            cue=cue,
            speaker=cue.speaker,
            speaker_head=cue.speaker_head,
            cue_text=cue.text,
            continues=(before[-1].start, before[-1].end) if before else None,
        )
    paragraph = layout.paragraph(region.start)
    earlier = [item for item in found if item.start < region.start and item.speaker is not None]
    same_paragraph = [
        item
        for item in earlier + [item for item in silent if item.speaker is not None]
        if item.start < region.start and layout.paragraph(item.start) == paragraph
    ]
    if same_paragraph:
        # The second half of a split quote: the speaker of the quote before it.
        item = max(same_paragraph, key=lambda item: item.start)
        if item.kind != "direct":
            # '"A," X said, suggesting that Y. "B."': B runs on from A, not from Y.
            item = _quotation_before(layout, region, item.speaker, found, item.speaker_head) or item
        if item.kind != "direct" and _aside(text, layout, region, item, asides):
            # A scare quote or a title after the paraphrase is the writer's: it goes on with
            # the paraphrase, whose kind it leaves indirect.
            direct = replace(direct, kind="indirect")
            asides.add((region.start, end))
        return replace(
            direct,
            speaker=item.speaker,
            speaker_head=item.speaker_head,
            cue=item.cue,
            cue_text=item.cue_text,
            continues=None if item in silent else (item.start, item.end),
        )
    if earlier and _stands_alone(text, layout, region):
        # A quotation standing alone in its paragraph: the speaker of the paragraph before.
        item = max(earlier, key=lambda item: item.start)
        if layout.paragraph(item.start) >= paragraph - 1:
            return replace(
                direct,
                speaker=item.speaker,
                speaker_head=item.speaker_head,
                continues=(item.start, item.end)
                if region.continued or _runs_on(text, layout, region, item)
                else None,
            )
    return None


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
    roots = [doc[i] for i in range(first, last + 1) if not first <= doc[i].head.i <= last]
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


def _aside(
    text: str, layout: _Layout, region: Quoted, item: Found, asides: set[tuple[int, int]]
) -> bool:
    """A short quotation (a scare quote, a title: no sentence ends inside it) with no cue
    beside it, in a later sentence than the paraphrase it follows, or after another such."""
    words = text[region.start : region.end].split()
    if len(words) >= MIN_UNCUED_WORDS or _SENTENCE_END.search(text, region.start, region.end):
        return False
    if (item.start, item.end) in asides:
        return True
    return layout.sentence(region.start) > layout.sentence(max(item.start, item.end - 1))


def _runs_on(text: str, layout: _Layout, region: Quoted, item: Found) -> bool:
    """A quotation opening its paragraph goes on with the quotation that ends the paragraph
    before, its cue sentence aside ('"A," she said.' then '"B."'): one attribution in pieces.
    Not after another sentence ('"A," she said. She then took questions.')."""
    if item.kind != "direct" or region.outer_start != layout.paragraphs[region.paragraph][0]:
        return False
    previous = layout.paragraph(item.start)
    if previous != region.paragraph - 1:
        return False
    last = layout.sentence(layout.paragraphs[previous][1] - 1)
    own = layout.sentence(item.end - 1)
    if last == own:
        return True
    following = layout.sentences[own + 1][0]
    return last == own + 1 and not any(c.isalnum() for c in text[item.end : following])


def _quotation_before(
    layout: _Layout,
    region: Quoted,
    speaker: TokenRange | None,
    found: list[Found],
    head: int | None = None,
) -> Found | None:
    """The last direct quote before `region` in its paragraph by `speaker`, or by the one
    `head` stands for ('"A," said X, who wrote B. "C."': C runs on from A, X's)."""
    paragraph = layout.paragraph(region.start)
    same = [
        item
        for item in found
        if item.kind == "direct"
        and item.start < region.start
        and item.speaker is not None
        and (item.speaker == speaker or (head is not None and item.speaker_head == head))
        and layout.paragraph(item.start) == paragraph
    ]
    return max(same, key=lambda item: item.start) if same else None


def _quotation_of_head(
    layout: _Layout, region: Quoted, head: int, found: list[Found]
) -> Found | None:
    """The last direct quote before `region` in its paragraph whose cue is the verb `head`:
    '"A," X said as she took the stage. "B."' ("took" hangs on "said"): B runs on from A."""
    paragraph = layout.paragraph(region.start)
    same = [
        item
        for item in found
        if item.kind == "direct"
        and item.start < region.start
        and item.cue is not None
        and item.cue.token == head
        and item.speaker is not None
        and layout.paragraph(item.start) == paragraph
    ]
    return max(same, key=lambda item: item.start) if same else None


def _framing_cue(
    text: str, tokens: Tokens, layout: _Layout, region: Quoted, cues: list[Cue]
) -> Cue | None:
    """A colon before the quotation ('X said: "..."', with the quotation perhaps in the next
    paragraph; 'From X: "..."') or a dash after it ('"..." — X')."""
    colon = colon_before(text, tokens, region.outer_start)
    if colon is not None:
        sentence = layout.sentence(tokens.doc[colon].idx)
        before = [
            cue
            for cue in cues
            if cue.token < colon
            and layout.sentence(cue.start) == sentence
            and cue.speaker is not None
        ]
        if before:
            return before[-1]
        frame = colon_frame(tokens, colon) or subject_frame(tokens, colon)
        if frame is not None:
            return frame_cue(tokens, frame, content=None)
    limit = layout.paragraphs[layout.paragraph(region.start)][1]
    frame = dash_frame(text, tokens, region.outer_end, limit) or tail_frame(
        text, tokens, region.end, region.outer_end
    )
    return frame_cue(tokens, frame, content=None) if frame is not None else None


def _label_cues(text: str, tokens: Tokens, layout: _Layout) -> list[Cue]:
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


def _cue_beside(text: str, layout: _Layout, region: Quoted, cues: list[Cue]) -> Cue | None:
    """A cue of saying in the sentences the quotation touches, outside it, nearest first.
    A quotation of a few words takes only a cue right next to it ('"No," he said'): a short
    quotation further off is a title or a scare quote."""
    first = layout.sentence(region.outer_start)
    last = layout.sentence(max(region.outer_start, region.outer_end - 1))
    paragraph = layout.paragraph(region.outer_start)
    following = last + 1
    if (
        following < len(layout.sentences)
        and layout.sentences[following][0] - region.outer_end < CUE_SENTENCE_GAP
        and "\n" not in text[region.outer_end : layout.sentences[following][0]]
    ):
        last = following
    near = [
        cue
        for cue in cues
        if first <= layout.sentence(cue.start) <= last
        and layout.paragraph(cue.start) == paragraph
        and not region.outer_start <= cue.start < region.outer_end
        and (cue.via == BARE or (cue.speaker is not None and cue.via != PASSIVE))
    ]
    if not near:
        return None
    cue = min(near, key=lambda cue: quotation_distance(cue, region))
    words = text[region.start : region.end].split()
    if len(words) < MIN_UNCUED_WORDS and (
        quotation_distance(cue, region) > MAX_SHORT_GAP or looks_like_title(words)
    ):
        return None
    return cue


def _stands_alone(text: str, layout: _Layout, region: Quoted) -> bool:
    """The quotation is most of its paragraph: a quote running on from the one before. Not
    a title standing as a heading ("'The River Comes Home'"): every word capitalised."""
    start, end = layout.paragraphs[layout.paragraph(region.start)]
    letters = sum(c.isalnum() for c in text[start:end])
    inside = sum(c.isalnum() for c in text[region.start : region.end])
    words = text[region.start : region.end].split()
    if looks_like_title(words):
        return False
    return len(words) >= MIN_UNCUED_WORDS and inside >= STANDALONE_SHARE * letters
