"""The source a report cites: "X reported, citing Y, that ..." (issue #5).

Y is the source and X reports it. Only a participle hung on the reporting verb cites ("but
she cited Y" is a report of her own), and only a source does: words cited in quotation marks
('citing "the unique magic of X"') are no one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import TokenRange, opens_quoted
from newsfacts.extract.quotes.speakers import cue_lemma, is_someone
from newsfacts.extract.quotes.words import CITING_VERBS, DOCUMENT_NOUNS, MEDIA_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def cited_source(verb: Token, content: TokenRange | None) -> tuple[Token | None, TokenRange | None]:
    """The cited source of a cue verb (or None), and its content with ", citing Y," cut off."""
    citing = _citing(verb)
    cited = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing else None
    if cited is not None and (opens_quoted(cited) or not _a_source(cited)):
        # 'citing "the unique magic of X"', "citing a conspiracy theory": what is cited is
        # a reason, not someone or something that said it
        cited = None
    if citing is not None and cited is not None and content is not None:
        content = _without(content, citing, cited)
    return cited, content


def _a_source(cited: Token) -> bool:
    """Someone, or a document or outlet, that can have said something: "citing officials",
    "citing a report", "citing the newspaper"."""
    lemma = cited.lemma_.lower()
    return is_someone(cited) or lemma in DOCUMENT_NOUNS or lemma in MEDIA_NOUNS


def _citing(verb: Token) -> Token | None:
    """The "citing Y" phrase of "X reported, citing Y, that ...": on the verb or on the
    clause it reports, where the parse often hangs it."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for child in [*verb.children, *(g for c in clauses for g in c.children)]:
        if citing_phrase(child) and any(c.dep_ == "dobj" for c in child.children):
            return child
    return None


def citing_phrase(verb: Token) -> bool:
    """ "citing Y" hung on a reporting verb, with no subject of its own ("but she cited Y"
    is a report of hers, not a source of the one before)."""
    return (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and cue_lemma(verb) in CITING_VERBS
        and not any(c.dep_ in ("nsubj", "csubj") for c in verb.children)
    )


def _without(content: TokenRange, citing: Token, cited: Token) -> TokenRange:
    """The content with ", citing Y," cut off either edge."""
    start, end = content
    left = min(citing.i, cited.left_edge.i)
    right = max(citing.i, cited.right_edge.i) + 1
    if left <= start < right:
        start = right
    elif left < end <= right:
        end = left
    return start, end


def cites_a_source(cited: Token) -> bool:
    """What "citing" names is a source ("citing officials", "citing a report"), not a reason
    the speaker gives ("he said, citing the weak harvest"), which is a report of the speaker's
    own; words cited in quotation marks are no source either."""
    return not opens_quoted(cited) and _a_source(cited)
