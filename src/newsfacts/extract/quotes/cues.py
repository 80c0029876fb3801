"""Reporting cues and what they report, read from the dependency parse.

A cue is a verb of saying, thinking, intending or judging ("said", "believes", "vowed",
"praised"), or "according to". Its content is, by the verb's class (`words.py`): the
reported clause ("X said (that) CLAUSE"), the plan ("X vowed to stay"), the object ("X praised
the plan", "X called for a ban"), what a naming verb names ('X called Y "a liar"'), the clause
the cue follows ("CLAUSE, X said") or stands inside ("The plan, he said, would fail"), the
subject and complement of a passive with a by-phrase ("X is seen by voters as Y",
`passives.py`), or the clause "according to X" qualifies. A verb of saying with no content of
its own is kept too: a quotation next to it supplies one (`find.py`).
A verb of saying, thinking or showing with no clause reports its object ("he said the same",
"polls showing X ahead"), unless the object is a thing the verb acts on ("wrote the letter").
Beyond verbs (issue #19): cue nouns, "in the view of X" and "in a new poll, CLAUSE"
(`nouns.py`), and "As X said, CLAUSE". Verbs of taking a side ("X backs the bill", "X favors
shorter shifts") report a name, a proposal or a thing proposed, never a person held up; in a
clause defining its noun ("delegates who back X") only a name or a proposal. Any other verb
that defines its noun ("voters hoping to win") reports nothing. The speaker is always the
cue's own argument (its subject, agent, owner or object of "according to"), never another
cue's.
This module finds the cues and their speakers; `reports.py` reads what each verb reports.
The approach is textacy's `direct_quotations` (a cue verb and its subject) widened to
indirect speech after PARC 3.0's cue-source-content triples (Pareti, LREC 2016).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.doc_cache import pos_tags, tokens
from newsfacts.extract.quotes.citing import cited_source, cites_a_source, citing_phrase
from newsfacts.extract.quotes.clausal import (
    clausal_cue,
    held_by_someone,
    light_verb_cue,
    put_it_cue,
    role_cue,
)
from newsfacts.extract.quotes.content import (
    TokenRange,
    aside_head,
    char_span,
    parenthetical,
)
from newsfacts.extract.quotes.copulas import OTHER_NOUNS, other_cue
from newsfacts.extract.quotes.heads import referent, speaker_span
from newsfacts.extract.quotes.hearsay import (
    HEARSAY_ADVERBS,
    according_cue,
    hearsay_cue,
    seeming_cue,
)
from newsfacts.extract.quotes.idioms import IDIOM_NOUNS, idiom_cue
from newsfacts.extract.quotes.judged import censure_cue, held_as, judged_by_someone
from newsfacts.extract.quotes.nouns import noun_cue, view_cue
from newsfacts.extract.quotes.objects import (
    DEFINING,
    only_a_name,
)
from newsfacts.extract.quotes.passives import by_agent
from newsfacts.extract.quotes.records import (
    ACCORDING,
    BARE,
    CLAUSE,
    FRAME,
    INTENT,
    INVERSION,
    NAMING,
    NOUN,
    OBJECT,
    PASSIVE,
    SEEMING,
    TOPIC,
    Cue,
)
from newsfacts.extract.quotes.reports import verb_content
from newsfacts.extract.quotes.speakers import cue_lemma, is_someone, speaker_chain_start, speaker_of
from newsfacts.extract.quotes.stances import stance_cue, stance_object_cue
from newsfacts.extract.quotes.subjects import VERB_TAGS
from newsfacts.extract.quotes.words import (
    ACCORDING_TO,
    ADVOCACY_VERBS,
    AGREEMENT_VERBS,
    ATTITUDE_VERBS,
    CENSURE_VERBS,
    CLAUSE_ONLY_VERBS,
    CUE_NOUNS,
    CUE_PARTICLES,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    EVIDENCE_VERBS,
    MEDIA_NOUNS,
    PREPOSITION_VERBS,
    PRESENTING_VERBS,
    REFERRING_VERBS,
    ROLE_NOUNS,
    SEEM_VERBS,
    STANCE_VERBS,
)
from newsfacts.words.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Tags of relative and interrogative pronouns and adverbs ("which", "who", "where").
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Verbs that report even there: "voters who said X", "delegates who back X" (a side taken).
REPORT_IN_DEFINING = SPEECH_VERBS | STANCE_VERBS
# Verbs of saying that commit their subject to an act: its infinitive reports the pledge in
# the verb's own clause ("X pledged to stay"), not in one that says which of its noun's
# referents it means ("the savings goal it pledged to meet").
COMMITMENT_VERBS = frozenset({"pledge"})
DASHES = frozenset({"—", "–", "-", "--", "("})

# Re-exported: `find.py` and `nesting.py` read how a cue found its content from here.
__all__ = [
    "ACCORDING",
    "BARE",
    "CLAUSE",
    "FRAME",
    "INTENT",
    "INVERSION",
    "NAMING",
    "NOUN",
    "OBJECT",
    "PASSIVE",
    "SEEMING",
    "TOPIC",
    "Cue",
    "find_cues",
]

# Verbs of saying and showing the small model reads as nouns after a plural subject it takes
# for their modifier: "CLAUSE, state records show." ("records" a compound of "show").
SLIPPED_VERBS = frozenset({"show", "say"})
SLIP_PAUSES = frozenset({",", ".", ";", "—", "–"})

# Verbs that take a side only with their preposition: "voted against", "sided with".
SIDE_PREPOSITION_VERBS = AGREEMENT_VERBS | ADVOCACY_VERBS
# Passives that name a state their subject holds: "they are focused on X".
STATE_PASSIVES = frozenset({"focus"})

# Words at most the parse may strand between a content's last pause and its speaker.
MAX_STRANDED = 2


def find_cues(doc: Doc) -> list[Cue]:
    """Every reporting cue of the Doc, in text order."""
    toks = tokens(doc)
    tags = pos_tags(doc)  # read once per Doc: most tokens are passed over on their tag alone
    cues = []
    for token, pos in zip(toks, tags, strict=True):
        lower = token.lower_
        if lower == ACCORDING_TO[0]:
            cue = according_cue(token)
        elif lower == "in" and token.dep_ == "prep":
            cue = view_cue(token)
        elif lower in HEARSAY_ADVERBS:
            cue = hearsay_cue(token)
        elif pos == "NOUN" and token.lower_ in SLIPPED_VERBS:
            cue = _slipped_cue(token)
        elif pos == "NOUN" and token.lemma_.lower() in CUE_NOUNS:
            cue = noun_cue(token)
        elif pos == "NOUN" and token.lemma_.lower() in IDIOM_NOUNS:
            cue = idiom_cue(token)
        elif pos == "NOUN" and token.lemma_.lower() in ROLE_NOUNS:
            cue = role_cue(token)
        elif pos == "NOUN" and token.lemma_.lower() in OTHER_NOUNS:
            cue = other_cue(token)
        elif pos == "VERB" and token.lemma_.lower() in SEEM_VERBS:
            cue = seeming_cue(token)
        elif pos in VERB_TAGS:
            cue = _verb_cue(token)
        else:
            cue = None  # as `_verb_cue` for a word that is no verb
        if cue is not None:
            cues.append(cue)
    return cues


def _slipped_cue(word: Token) -> Cue | None:
    """ "CLAUSE, state records show." and "CLAUSE, records show, CLAUSE" read as a noun "show"
    with "records" as its modifier: a plural of someone or of documents right before a
    "show" or "say" that closes the sentence or a comma phrase. The content is the clause
    before the comma opening the cue's phrase, or, with words of the clause after it, the
    whole clause ("During that week, records show, the ferry sailed twice")."""
    doc = word.doc
    i = word.i
    subject = doc[i - 1] if i > 0 else None
    if subject is None or subject.tag_ != "NNS" or subject.head != word:
        return None
    if not (is_someone(subject) or subject.lemma_.lower() in DOCUMENT_NOUNS):
        return None
    if i + 1 < len(doc) and doc[i + 1].text not in SLIP_PAUSES:
        return None
    opening = subject.left_edge.i
    sentence = word.sent
    if opening <= sentence.start or doc[opening - 1].text != ",":
        return None
    start = sentence.start
    end = opening - 1
    if i + 1 < len(doc) and doc[i + 1].text == "," and sentence.end > i + 2:
        end = sentence.end  # the cue's phrase set off inside its clause
    content = char_span(doc, start, end)
    if content is None:
        return None
    return Cue(
        token=i,
        start=word.idx,
        end=word.idx + len(word),
        text=word.text,
        lemma=word.lower_,
        via=INVERSION,
        content=content,
        speaker=speaker_span(subject),
        speaker_head=subject.i,
    )


def _verb_cue(verb: Token) -> Cue | None:
    """A cue verb with its content and speaker; None for a verb that reports nothing here
    (not in the lexicon, or a verb that needs a content and has none)."""
    if verb.pos_ not in VERB_TAGS:  # first: most tokens stop here, before any lemma
        return None
    lemma = cue_lemma(verb)
    if lemma not in CUE_VERBS:
        return (
            clausal_cue(verb)
            or put_it_cue(verb)
            or light_verb_cue(verb)
            or stance_cue(verb)
            or stance_object_cue(verb)
        )
    censured = censure_cue(verb, lemma)
    if censured is not None:
        return censured  # "X called out Roe": the one censured, not a name given
    if citing_phrase(verb):
        reporting = verb.head if verb.head.dep_ != "ccomp" else verb.head.head
        cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
        reason = cited is not None and not cites_a_source(cited) and speaker_of(verb) is not None
        if cue_lemma(reporting) in CUE_VERBS and not reason:
            return None  # "reported, citing Y": Y is the reporting verb's source
    particle = CUE_PARTICLES.get(lemma)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
        if not any(c.dep_ == "prep" and c.lower_ in prepositions for c in verb.children):
            return None  # "pointed to X" reports X; a bare "point" does not
    via, content = verb_content(verb, lemma)
    if (
        lemma in SIDE_PREPOSITION_VERBS
        and lemma not in SPEECH_VERBS
        and via not in (OBJECT, INTENT)
    ):
        return None  # "as she campaigned, ...": a side is taken only with its preposition
    sided = lemma in STANCE_VERBS or lemma in AGREEMENT_VERBS
    targeted = via == OBJECT and not sided and only_a_name(verb.doc, content)
    if targeted and content is not None:
        named_as = held_as(verb, content)
        if named_as is not None:
            targeted, content = False, named_as  # "cited Roe as the likely winner"
    if targeted and not judged_by_someone(verb, lemma):
        return None  # "a tweet attacking Smith": whom a verb targets is not what was said
    if lemma in CENSURE_VERBS and via == OBJECT and _only_a_pronoun(verb.doc, content):
        return None  # "X chided them: '...'": the quotation says what was said, not "them"
    if (
        via in (INTENT, OBJECT)
        and (lemma not in REPORT_IN_DEFINING or lemma in COMMITMENT_VERBS)
        and _defining(verb)
        and not _document_finding(verb, lemma)
    ):
        return None  # "plans to cut taxes", "the man who praised X": which, not a report
    subject = speaker_of(verb)
    if lemma in ATTITUDE_VERBS and not held_by_someone(verb, subject):
        return None
    if lemma in PRESENTING_VERBS and not _sets_out(verb, subject):
        return None  # "a tactic that rests on presenting X as Y": no one sets it out
    if lemma in REFERRING_VERBS and not _refers(verb, subject):
        return None  # "a survey comparing two regions", "X compared himself to Y"
    if via == PASSIVE and subject is None:
        subject = by_agent(verb)  # "X is seen by voters as Y"
    if via == OBJECT and subject is None:
        subject = _state_holder(verb, lemma)
    speaker = speaker_span(subject) if subject is not None else None
    if via == BARE and (
        (lemma in SPEECH_VERBS and lemma not in CLAUSE_ONLY_VERBS) or parenthetical(verb)
    ):
        # "CLAUSE, X said"; and any cue set off inside the clause it reports ("Voters, X
        # suggested, need not worry", "The best way, they think, is to wait"), a verb that
        # reports only a clause too ("The toll, he added, would rise")
        via, content = _clause_before(verb, speaker)
    if via == INVERSION and _subordinate(verb):
        via, content = BARE, None  # "X said A, although he backs B": no "CLAUSE, X backs"
    if content is None and (lemma in CLAUSE_ONLY_VERBS or lemma not in SPEECH_VERBS):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and subject is None and via == BARE:
        return None
    if speaker is not None and content is not None:
        speaker, content = _widen_after(verb, speaker, content)
    end_token = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end_token = child
    cited, content = cited_source(verb, content)
    return Cue(
        token=verb.i,
        start=verb.idx,
        end=end_token.idx + len(end_token),
        text=verb.doc[verb.i : end_token.i + 1].text,
        lemma=lemma,
        via=via,
        content=char_span(verb.doc, *content) if content is not None else None,
        speaker=speaker,
        speaker_head=referent(subject).i if subject is not None else None,
        cited=speaker_span(cited) if cited is not None else None,
        cited_head=referent(cited).i if cited is not None else None,
    )


def _state_holder(verb: Token, lemma: str) -> Token | None:
    """ "They are focused on the toll": a passive that names a state of its subject with
    the verb's own preposition (no agent) has its subject as the one who holds it."""
    if lemma not in STATE_PASSIVES:
        return None  # "was asked about", "is accused of": the subject is the one addressed
    prepositions = PREPOSITION_VERBS.get(lemma, frozenset())
    if not any(c.dep_ == "prep" and c.lower_ in prepositions for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if holder is None and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        # "They are focused on X", the participle read as the copula's complement
        holder = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return holder if holder is not None and is_someone(holder) else None


def _sets_out(verb: Token, subject: Token | None) -> bool:
    """A verb of setting out a view with its own subject, someone, a document or an outlet:
    "X laid out a plan", not "papers laying out plans" nor "a story detailing the deal"."""
    if subject is None or subject.head != verb or subject.dep_ != "nsubj":
        return False
    lemma = subject.lemma_.lower()
    return is_someone(subject) or lemma in DOCUMENT_NOUNS or lemma in MEDIA_NOUNS


def _refers(verb: Token, subject: Token | None) -> bool:
    """A verb of referring or likening with someone as its subject and someone else or
    something as its object: "X invoked the treaty", "X compared the toll to a tax"; not a
    poll comparing two regions (a method), nor "X compared himself to Y"."""
    if subject is None or not is_someone(subject):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is None or obj.tag_ != "PRP" or not obj.lower_.endswith(("self", "selves"))


def _only_a_pronoun(doc: Doc, content: TokenRange | None) -> bool:
    """A content that is one personal pronoun ("him", "them")."""
    return content is not None and content[1] - content[0] == 1 and doc[content[0]].pos_ == "PRON"


def _defining(verb: Token) -> bool:
    """A clause that says which of its noun's referents it means ("voters hoping to win",
    "the man who praised X"), not one set off by a comma whose relative pronoun is the one
    acting ("Norton, which declined to comment"): that one reports what its noun did."""
    if verb.dep_ not in DEFINING:
        return False
    start = verb.left_edge.i
    if verb.dep_ != "relcl" or start == 0 or verb.doc[start - 1].text != ",":
        return True
    return not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in verb.children)


def _document_finding(verb: Token, lemma: str) -> bool:
    """ "polls showing X ahead", "records that show X": a verb of showing on a document it
    defines still reports that document's finding (the document is its subject)."""
    if lemma not in EVIDENCE_VERBS or verb.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)


def _subordinate(verb: Token) -> bool:
    """The verb opens a clause of its own that is subordinate or relative ("although he
    backs", "which he argued", "because critics say"), so the clause before it is not what
    it reports ("A, X said" is, "A, although X said" is not); "as X said" is the exception."""
    if verb.dep_ == "relcl":
        return True
    return any(
        (c.dep_ == "mark" and c.lower_ != "as") or c.tag_ in RELATIVE_TAGS for c in verb.children
    )


def _clause_before(verb: Token, speaker: TokenRange | None) -> tuple[str, TokenRange | None]:
    """ "CLAUSE, X said", "CLAUSE, said X", "CLAUSE, X, a spokesman, told reporters": the
    words before the comma that opens the cue's phrase, back to the sentence start (or to the
    dash that opens a parenthetical cue: "- about 40 rounds, the South says -")."""
    doc = verb.doc
    opening = verb.i
    if speaker is not None and speaker[1] <= verb.i:
        opening = speaker[0]
    chain = speaker_chain_start(verb)
    if chain is not None:
        opening = min(opening, chain)
    if opening == 0 or doc[opening - 1].text != ",":
        return BARE, None
    comma = opening - 1
    start = comma
    sentence_start = doc[verb.i].sent.start
    while start > sentence_start and doc[start - 1].text not in DASHES:
        start -= 1
    if start == comma:
        return BARE, None
    if parenthetical(verb):
        # "The plan, he said, would fail": the clause runs on past the cue's phrase.
        head = aside_head(verb)
        assert head is not None
        return INVERSION, (start, head.right_edge.i + 1)
    return INVERSION, (start, comma)


def _widen_after(
    verb: Token, speaker: TokenRange, content: TokenRange
) -> tuple[TokenRange, TokenRange]:
    """Words between the content and a speaker after it belong to the speaker, and so do
    a word or two the parse hung on the content right before the speaker ('"...," lead
    surgeon X said', with "lead" read as a verb): a content ends at its last pause."""
    doc = verb.doc
    start = speaker[0]
    if content[1] > start or content[1] <= verb.i < start:
        return speaker, content  # '"...," said X': the verb stands between
    while start > content[1] and not doc[start - 1].is_punct and not doc[start - 1].is_space:
        start -= 1
    if start == content[1]:
        pause = next((i for i in range(content[1] - 1, content[0], -1) if doc[i].is_punct), None)
        if pause is not None and content[1] - pause - 1 <= MAX_STRANDED:
            return (pause + 1, speaker[1]), (content[0], pause + 1)
    return (start, speaker[1]), content
