"""Where a reported clause ends when another report follows it in the same sentence.

"Rubio suggested that X, while Cruz said that Y" holds two reports: Rubio's X and Cruz's Y.
The parse often hangs the second report off the first one's clause (a `conj` or an `advcl` of
X's verb), so the first cue's content would run on to Y, and the second report, read as one
nested inside it, would be dropped (`nesting.py`). PolNeAR marks two attributions. A report
is a separate one, not a nested one, when it is coordinated or adjoined (not the object of the
first clause, as in "X said he believed Y") and has a subject of its own: the first content
ends at the pause or conjunction before that clause. Only a clause set against the first one
("but", "while", "whereas", "yet") is cut off. "X said A and questioned B", "X said A, adding
B" are two reports of X's: a second verb with no subject of its own, of the cue's tense or a
participle, that the parse hung inside A ends A and takes the cue's speaker (the subject the
parse would lend it is A's, the wrong one). Not so a verb of thinking, finding or taking a
side ("X said she made up her mind and thought B": the content goes on), nor a second verb
hung on a gerund after a preposition or on a relative clause's verb ("by reading A and
guessing B"), which are part of A. A clause after "although", "though" or "after"
is a separate event, cut off like a contrasted one ("X said A, although Y denied B"), and so is
a relative clause set off by a comma ("X praised Y, who has vowed B"), or by a dash, and a
noun set off after the content whose relative clause reports ("X hailed Y - steps she said
eased"). The parse may also hang a second report on the cue itself ("X said A, and most said
B") or a participle on the cue's object ("X rejected the idea that A, saying B"): each ends the
content. Measured on both halves of the shared split.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.quotes.content import char_span
from newsfacts.extract.quotes.records import OBJECT, SEEMING, Cue
from newsfacts.extract.quotes.words import EVIDENCE_VERBS, STANCE_VERBS, THOUGHT_VERBS, WISH_VERBS
from newsfacts.words.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How a following report hangs off the first one's clause when it is a report of its own.
ADJOINED = frozenset({"conj", "advcl", "parataxis"})
# Words that may stand between the first content and the clause that follows it.
CONTRASTS = frozenset({"but", "while", "whereas", "yet"})
# Subordinators of a clause that is a report of its own, not part of the first one ("X said A,
# although Y denied B", "X said A after Y told him B", "even as Y argued B"); "because",
# "when", "until" more often give the first report's own reason or time and stay in it
# (measured on both halves).
SUBORDINATORS = frozenset({"although", "though", "after", "even"})
# Subordinators of a clause of its own after an object content ("the remarks, when Y said").
OBJECT_TIMES = frozenset({"when", "while"})
# Prepositions of the phrase after an object that says what the object is taken for or
# charged with ("criticized the plan as unfair", "praised Y for her candour", "pressed Y on
# the budget"); not of time or place ("in May", "at the rally").
OBJECT_COMPLEMENTS = frozenset({"as", "for", "over", "of", "with", "on", "about", "against", "to"})
# Entity types of a preposition's object that say when, not what for.
TIMES = frozenset({"DATE", "TIME"})
# Joiners before a second report of someone else named ("..., and experts say B").
AND_JOINERS = frozenset({"and", ";"})
# Verbs of the content's own subject's mind or stance, not a second report of the cue's speaker:
# "X said she made up her mind and thought Y", "X said Z holds and favors Y" go on with the
# content (PolNeAR keeps one content); verbs of saying or judging ("and called Y a liar",
# "and questioned Y") stay second reports.
CONTENT_VERBS = (THOUGHT_VERBS | EVIDENCE_VERBS | WISH_VERBS | STANCE_VERBS | {"want"}) - (
    SPEECH_VERBS | {"question"}
)
# How the head of a second verb after "and" hangs when it is a clause inside the content, not
# the content's main verb: "by reading X and guessing Y", "who met her and told her Y".
INNER_CLAUSES = frozenset({"relcl", "pcomp"})
# Finite verb tags ("said", "says", "say"), and with the modal, those of a finite auxiliary.
TENSED = frozenset({"VBD", "VBZ", "VBP"})
FINITE = TENSED | {"MD"}
# What sets off a relative clause, or the noun it hangs on, from the content before it.
SET_OFF = frozenset({",", "-", "—", "–", "--"})
# How a noun set off after a content hangs when it sums up or renames what comes before it.
SET_OFF_NOUNS = frozenset({"appos", "npadvmod", "prep", "dobj", "conj", "attr"})
# Relative words, which are no subject of their own for a relative clause's cue.
RELATIVES = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})
JOINERS = frozenset({",", ";", "—", "–", "-", "--", "and", "but", "while", "whereas", "yet"})


def cut_at_other_reports(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Each cue's content ended before a later report in it that is a report of its own."""
    cues = [_widened(doc, cue) for cue in cues]
    result = list(cues)
    by_token = {c.token: c for c in cues if c.speaker is not None}
    # Second verbs already given a speaker: the outer cue, met first, keeps it ("X has said
    # she wants A and has backed B": X's, not the inner "wants"'s "she").
    lent: set[int] = set()
    for n, cue in enumerate(cues):
        for m, other in enumerate(cues):
            cut = _cut(doc, cue, other)
            if cut is None:
                continue
            result[n] = replace(result[n], content=cut[0])
            if cut[1] and m not in lent and not _speaks_apart(doc, cue, other, by_token):
                result[m] = replace(result[m], speaker=cue.speaker, speaker_head=cue.speaker_head)
                lent.add(m)
            break
    return result


def _cut(doc: Doc, cue: Cue, other: Cue) -> tuple[tuple[int, int], bool] | None:
    """The first cue's content cut before the other's clause, and whether the other cue
    takes the first one's speaker; None when the other is no separate report in it."""
    if cue.content is None or other is cue:
        return None
    start, end = cue.content
    if not start < other.start < end or other.token <= cue.token:
        return None
    verb = doc[other.token]
    relative = _set_off_relative(doc, verb, other)
    if relative is not None:
        # "X criticized the board, which he argued wastes money": the relative clause is
        # a report of its own; the first content ends before its comma.
        content = char_span(doc, _token_at(doc, start), relative)
        if content is None or content[0] != start:
            return None
        return content, False
    if verb.head.i >= verb.i:
        return None
    if verb.dep_ == "relcl":
        # "X's plan, which seems to fail": a verb of seeming reports no one's words.
        return None if other.via == SEEMING else _before_relative(doc, cue, verb)
    own = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    opening = verb.left_edge.i
    if doc[opening].idx <= start:
        return None
    if (own and _second_clause(doc, cue, verb, opening)) or _object_participle(
        doc, cue, verb, opening
    ):
        content = char_span(doc, _token_at(doc, start), _before_joiners(doc, opening))
        if content is None or content[0] != start:
            return None
        return content, not own
    if verb.dep_ not in ADJOINED:
        return None
    if (
        own
        and not _contrasted(doc, opening)
        and not _time_of_object(doc, cue, opening)
        and not _another_speaker(doc, other, verb, opening)
    ):
        return None
    if not own and not _shares_the_cue(doc, cue, verb, opening):
        return None
    content = char_span(doc, _token_at(doc, start), _before_joiners(doc, opening))
    if content is None or content[0] != start:
        return None
    return content, not own


def _speaks_apart(doc: Doc, cue: Cue, other: Cue, by_token: dict[int, Cue]) -> bool:
    """The second verb has a speaker of its own after all, though the parse hung it inside
    the cue's content: it stands in a later paragraph (the parse ran the cue's sentence on),
    or it hangs on a cue whose quotation comes before it ('"A," Y said, adding B': Y adds B)."""
    if "\n" in doc[cue.token : other.token].text:
        return True
    head = by_token.get(doc[other.token].head.i)
    return (
        head is not None
        and head is not cue
        and head.content is not None
        and head.content[1] <= doc[head.token].idx
    )


def _set_off_relative(doc: Doc, verb: Token, other: Cue) -> int | None:
    """The comma before a relative clause set off from its noun whose verb of saying reports
    what the relative pronoun did ("..., which he argued wastes money"), as the index the
    first content ends at; None for any other cue."""
    if verb.dep_ != "relcl" or other.content is None:
        return None
    pronoun = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun.idx != other.content[0] or pronoun.i == 0:
        return None
    return pronoun.i - 1 if doc[pronoun.i - 1].text == "," else None


def _before_relative(doc: Doc, cue: Cue, verb: Token) -> tuple[tuple[int, int], bool] | None:
    """ "X praised Y, who has vowed Z", "X cited the rules, which he said were unfair": a
    report in a relative clause set off by a comma is a report of its own (its speaker the
    relative pronoun or the clause's subject), not part of the first one, which ends at the
    comma. A relative clause with no comma ("critics who say Z") narrows the noun and stays."""
    assert cue.content is not None
    start = cue.content[0]
    opening = verb.left_edge.i
    if doc[opening - 1].text != "," and _named_subject(verb):
        opening = _set_off_noun(doc, verb.head, opening)
    pause = doc[opening - 1].text
    if doc[opening].idx <= start or pause not in SET_OFF:
        return None
    if pause != "," and doc[opening].pos_ == "ADP":
        return None  # "A - at which point the band struck up B": a time, inside the content
    content = char_span(doc, _token_at(doc, start), _before_joiners(doc, opening))
    if content is None or content[0] != start:
        return None
    return content, False


def _shares_the_cue(doc: Doc, cue: Cue, verb: Token, opening: int) -> bool:
    """ "X said A and questioned B", "X said A, adding B": a second verb of the same tense as
    the cue (or a participle), after a pause or "and", with no subject of its own, is the
    cue's subject's second report that the parse hung inside the first content."""
    if _before_joiners(doc, opening) == opening:
        return False
    if verb.tag_ != "VBG" and verb.lemma_ in CONTENT_VERBS:
        return False  # "X said she made up her mind and thought Y": the content goes on
    if verb.head.dep_ in INNER_CLAUSES and any(
        doc[i].lower_ in ("and", "but") for i in range(_before_joiners(doc, opening), opening)
    ):
        return False  # "X said Y got in by reading A and guessing B": one clause of the content
    if verb.tag_ in (doc[cue.token].tag_, "VBG"):
        return True
    # "X insists A, and has championed B": a second verb with a finite auxiliary of its own
    # takes its tense from it, and so does the cue ("X has said A and has backed B"); not
    # "X said A but that B" (the cue's second content).
    if any(c.dep_ == "mark" for c in verb.children) or _auxiliary(verb) is None:
        return False
    return _tense(verb) == _tense(doc[cue.token])


def _auxiliary(verb: Token) -> str | None:
    """The tag of a verb's finite auxiliary ("has" in "has backed"), if it has one."""
    return next(
        (c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE),
        None,
    )


def _tense(verb: Token) -> str:
    """The tag a verb's tense goes by: its finite auxiliary's, or its own."""
    return _auxiliary(verb) or verb.tag_


def _second_clause(doc: Doc, cue: Cue, verb: Token, opening: int) -> bool:
    """ "X said A, and most said B", "X said A; Y said B": a finite verb with its own subject
    that the parse hung on the cue itself as a second clause after "and", "but" or a semicolon
    is a report of its own, not a second content of the cue's ("X said A and that B" is: a
    clause marked by "that" stays)."""
    if verb.dep_ not in ("ccomp", "conj") or verb.head.i != cue.token:
        return False
    if verb.tag_ not in TENSED or any(c.dep_ == "mark" for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i < opening for c in doc[cue.token].children):
        return False
    return any(
        doc[i].lower_ in AND_JOINERS or doc[i].lower_ in CONTRASTS
        for i in range(_before_joiners(doc, opening), opening)
    )


def _object_participle(doc: Doc, cue: Cue, verb: Token, opening: int) -> bool:
    """ "X rejected the idea that A, saying B": a participle after a comma that the parse hung
    on the cue's object noun is the cue's speaker's second report, as one hung on the cue is."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or opening == 0 or doc[opening - 1].text != ",":
        return False
    noun = verb.head
    return noun.head.i == cue.token and noun.dep_ in ("dobj", "pobj") and opening > noun.i + 1


def _named_subject(verb: Token) -> bool:
    """The relative clause's verb has a subject other than the relative word ("steps that she
    said eased", "a charge the firm denied")."""
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVES for c in verb.children)


def _set_off_noun(doc: Doc, noun: Token, opening: int) -> int:
    """ "X hailed Y - steps she said eased", "X used a word, a word Y then repeated": the
    index of the noun phrase a relative clause hangs on when a pause sets it off from the
    content before it (an apposition or a second object), else `opening`."""
    if noun.dep_ not in SET_OFF_NOUNS:
        return opening
    edge = noun.left_edge.i
    return edge if 0 < edge < opening and doc[edge - 1].text in SET_OFF else opening


def _contrasted(doc: Doc, opening: int) -> bool:
    """The clause is set against the first one ("..., while Y said", "but Y said") or is
    subordinate to it as a separate event ("..., although Y said", "after Y told"): a plain
    "and" more often continues the same report, and PolNeAR keeps it in one content
    (measured on both halves of the shared split)."""
    words = range(_before_joiners(doc, opening), opening + 1)
    return any(doc[i].lower_ in CONTRASTS or doc[i].lower_ in SUBORDINATORS for i in words)


def _another_speaker(doc: Doc, other: Cue, verb: Token, opening: int) -> bool:
    """ "Records show A, and experts say B": after "and" or a semicolon, a verb of saying
    whose subject is someone named (no pronoun, which more often goes on with the first
    speaker's report) opens another's report, not part of the first one; "and that B" (a
    clause marked as reported) stays in it."""
    if other.lemma not in SPEECH_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ == "PRON" or any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(doc[i].lower_ in AND_JOINERS for i in range(_before_joiners(doc, opening), opening))


def _time_of_object(doc: Doc, cue: Cue, opening: int) -> bool:
    """ "X recalled the remarks Y made, when Y claimed B": after a content that is a noun
    phrase (the cue's object), a "when" clause is another event, not the object's."""
    return cue.via == OBJECT and doc[opening].lower_ in OBJECT_TIMES


def _before_joiners(doc: Doc, opening: int) -> int:
    """The token index the first content ends at: before the pause and conjunction."""
    end = opening
    while end > 0 and (doc[end - 1].lower_ in JOINERS or doc[end - 1].is_space):
        end -= 1
    return end


def _token_at(doc: Doc, offset: int) -> int:
    """The index of the token that starts at (or holds) character `offset`."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _widened(doc: Doc, cue: Cue) -> Cue:
    """ "X criticized the plan as unfair", "X praised Y for her candour": an object content
    runs on over the phrase the verb takes after it that says what the object is taken for,
    as PolNeAR cuts it; before, the content ended at the object and a cue inside that phrase
    ("attacked Y for calling Z a liar": "calling") was taken for a report of its own."""
    if cue.via != OBJECT or cue.content is None:
        return cue
    end = cue.content[1]
    phrase = next(
        (
            c
            for c in doc[cue.token].rights
            if c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENTS and c.idx >= end
        ),
        None,
    )
    if phrase is None or any(w.ent_type_ in TIMES for w in phrase.children):
        return cue  # "endorsed X on Monday": when, not what for
    content = char_span(doc, _token_at(doc, cue.content[0]), phrase.right_edge.i + 1)
    if content is None or content[0] != cue.content[0]:
        return cue
    return replace(cue, content=content)
