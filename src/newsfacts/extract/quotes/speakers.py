"""Who speaks: the speaker of a reporting cue, read from the dependency parse.

News writes its speakers in a handful of shapes: "X said", "said X", "X, who said", "X ... and
said", "X said, adding that", "X was quick to note", "a statement from X saying", "according to
X", and the trailing "CLAUSE, X, a spokesman, told reporters" that the small model often parses
with X hanging off the clause instead of the verb. Each is followed from the cue verb to a
token, then to the phrase around it. The speaker is kept as written ("he", "who") with the word
it stands for, so that `sources.py` can link it to the entity coreference resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.slips import (
    aged_name_before,
    bare_noun_before,
    has_contracted,
    inverted_name,
    line_between,
    modal_name,
    name_after,
    noun_before,
    phrase_after,
    quoted_subject,
    subject_after,
    subject_before_aside,
    subject_before_auxiliary,
)
from newsfacts.extract.quotes.subjects import (
    PERSONAL_SUBJECTS,
    SUBJECTS,
    TIMES,
    cue_lemma,
    is_someone,
    pause_before,
)
from newsfacts.extract.quotes.words import (
    CUE_NOUNS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    STANCE_OBJECTS,
)
from newsfacts.words.lexicon import (
    GROUP_NOUNS,
    PERSON_NOUNS,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Participles and infinitives whose subject is their head's: "adding that", "declined to say".
BORROWS_SUBJECT = frozenset({"advcl", "xcomp", "conj", "pcomp", "dep"})
# A chain of borrowed subjects is short; an odd parse must not send the walk round in circles.
MAX_SUBJECT_HOPS = 8
# A trailing speaker phrase ("CLAUSE, Col. X, a spokesman for Y, told") is at most this long.
MAX_TRAILING_SPEAKER = 16
PAUSES = frozenset({",", "—", "–", "-", "--", "(", ";"})


def speaker_of(verb: Token) -> Token | None:
    """Who does the saying, as written: the subject ("he", "who", "X"), or the subject the
    verb borrows from the verb it hangs off ("X said, adding that", "X was quick to note")."""
    cue = verb
    for hop in range(MAX_SUBJECT_HOPS):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects and all(c.i < verb.i and line_between(c, verb) for c in subjects):
            # A subject across a paragraph break is a heading or a time stamp the parse ran
            # on into the sentence ("The Latest:\n\n12:50 p.m.\n\nThe agency says"): the
            # noun right before the verb speaks, when there is one.
            subjects = [noun_before(verb) or subjects[0]]
        if subjects and hop == 0 and all(quoted_subject(s, verb) for s in subjects):
            # '"Meh," wrote a reader', '"We were wrong," Jo Roe, 58, told': the parse took
            # a word of the quotation for the subject; the phrase around the verb speaks.
            outside = (
                name_after(verb)
                or phrase_after(verb)
                or noun_before(verb)
                or trailing_speaker(verb)
            )
            if outside is not None:
                return outside
        if subjects and hop == 0:
            inverted = inverted_name(verb)
            if inverted is not None and all(s.i < verb.i for s in subjects):
                return inverted  # "The plan, said Jo Roe, would fail"
        if not subjects and (name := modal_name(verb)) is not None:
            return name  # '"...," Will wrote': a name the small model read as a modal
        if not subjects and hop == 0 and (noun := subject_before_auxiliary(verb)) is not None:
            return noun  # "X hasn't said": the parse hung X elsewhere
        if subjects and verb.dep_ == "relcl" and subjects[0].lower_ == "that":
            issuer = _issuer(verb.head)
            if issuer is not None:
                # "X released a letter that says ...": X says it (not "X released a report,
                # which concluded ...": the report set off by a comma speaks for itself)
                return issuer
        if subjects:
            # "LONDON (Reuters) - X said": of two subjects, the one next to the verb.
            return min(subjects, key=lambda s: abs(verb.i - s.i))
        if hop > 0 and any(c.dep_ == "nsubjpass" for c in verb.children):
            # "X was booed by Y and joked", "X was outraged by Y, saying": the one the
            # passive is about goes on to speak, not its agent.
            return next(c for c in verb.children if c.dep_ == "nsubjpass")
        for child in verb.children:
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
                if agent is not None:
                    return agent
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and has_contracted(verb, passive):
            return passive  # "he's said he will run": has said, not is said
        if passive is not None:
            # "X was quoted as saying", "X was sidelined after saying": the passive subject
            # spoke; "X was told" did not.
            return passive if hop > 0 or verb.lemma_ == "quote" else None
        if _setting_participle(verb):
            # "he said at a news conference announcing ...", "at one point calling ...":
            # the occasion does not speak; the one in the clause around it does.
            governing = _governing_verb(verb.head)
            if governing is None:
                return None
            verb = governing
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _issuer(verb.head) or _sender(verb) or verb.head
        if verb.dep_ not in BORROWS_SUBJECT or verb.head == verb:
            return (
                subject_after(verb)
                or opening_subject(cue)
                or name_after(verb)
                or noun_before(cue)
                or (noun_before(verb, cue) if verb != cue else None)
                or phrase_after(verb)
                or subject_before_aside(verb, cue)
            )
        head = verb.head
        if verb.dep_ in ("xcomp", "advcl"):
            controller = _object_controller(verb)
            if controller is not None:
                return controller
        if verb.dep_ == "pcomp" and head.head != head:
            head = head.head  # "after saying ...": the preposition's head
        while head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head != head:
            head = head.head  # "X was quick to note", "X is able to say"
        if verb.dep_ == "pcomp" and head.dep_ == "advmod" and head.head != head:
            head = head.head  # "X stopped short of endorsing", "X went far beyond saying"
        if verb.dep_ == "pcomp" and head.pos_ == "NOUN":
            # "their strategy of attacking", "she made a habit of saying", "took the step
            # of criticizing": the noun's owner, else the subject of the verb it is part of.
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if head.dep_ not in ("dobj", "attr") or head.head.pos_ not in ("VERB", "AUX"):
                return None
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if _closes_relative(verb, head):
            # "X scolded the clerks who had raised the fees, vowing to cut them": the participle
            # closing the sentence is X's, not the relative clause's
            governing = _governing_verb(head.head)
            if governing is not None:
                head = governing
        if verb.dep_ in ("conj", "dep") and hop == 0 and (noun := bare_noun_before(verb)):
            return noun  # "more than the industry says X can handle"
        if verb.dep_ in ("conj", "dep") and verb.i > head.i and pause_before(verb):
            # "CLAUSE, X told reporters" misparsed as a second verb of the clause.
            trailing = (
                trailing_speaker(verb)
                or aged_name_before(verb)
                or (_name_before_aside(verb) if verb.dep_ == "conj" else None)
            )
            if trailing is not None:
                return trailing
        verb = head
    return None


def _name_before_aside(verb: Token) -> Token | None:
    """ "Y backed it and X, as she has before, opposed it": a second verb after an aside set
    off by commas speaks for the name before the aside, not for the first verb's subject;
    not a common noun, nor a name that is itself an aside ("X, whose aide, Y, ...")."""
    name = subject_before_aside(verb, verb)
    if name is None or name.pos_ not in ("PROPN", "PRON"):
        return None
    first = name.left_edge.i
    return name if first == 0 or name.doc[first - 1].text != "," else None


def _closes_relative(verb: Token, head: Token) -> bool:
    """A participle set off by a comma that the parse hung on the verb of a relative clause
    ("X had a strong month that may lift him, loudly denouncing Y", "X scolded the clerks
    who had raised the fees, vowing to cut them"): it goes on the clause around it."""
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "relcl" and pause_before(verb)
    )


# Verbs that cause their object to act, saying nothing themselves ("led", "prompted",
# "forced", "left"); not "urged X to", "pushed X to", whose subject is the one speaking.
CAUSING_VERBS = frozenset(
    {
        "lead",
        "prompt",
        "leave",
        "force",
        "cause",
        "drive",
        "spur",
        "compel",
        "inspire",
        "provoke",
        "get",
        "allow",
        "enable",
        "help",
        "trigger",
        "oblige",
        "motivate",
        "embolden",
    }
)


def _object_controller(verb: Token) -> Token | None:
    """ "The move led some to speculate", "it prompted X to accuse Y", "left many voters
    feeling": the object of a causing verb above an infinitive or participle does the
    saying, not that verb's subject ("urged X to" and "used the time to" are the subject's)."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in CAUSING_VERBS:
        return None
    if verb.dep_ == "advcl" and not (verb.tag_ == "VBG" and head.lemma_.lower() == "leave"):
        return None  # "X led the team, saying ...": X says it; "left voters saying": they do
    for child in head.children:
        if child.dep_ == "dobj" and head.i < child.i < verb.i:
            if verb.dep_ == "advcl" and not is_someone(child):
                return None  # "it leaves no doubt, saying ...": the subject says it
            return child if child.lower_ not in PERSONAL_SUBJECTS else None
    return None


# Prepositions that set a clause's occasion or moment: "at a rally", "during the debate".
OCCASION_PREPOSITIONS = frozenset({"at", "during", "on"})
# Nouns of effort or time a participle on them spends: "had no trouble backing", "spent
# the day calling"; not "a sign saying".
EFFORT_NOUNS = frozenset(
    {"trouble", "difficulty", "problem", "time", "day", "days", "hours", "week", "weeks"}
)
# Nouns that may say what a participle on them says: "a statement saying", "a plan calling
# for", "the newspaper reporting".
SAYING_NOUNS = DOCUMENT_NOUNS | MEDIA_NOUNS | CUE_NOUNS | STANCE_OBJECTS


def _setting_participle(verb: Token) -> bool:
    """A verb hung on a common noun that is no one and says nothing itself: an infinitive
    ("has a fair chance to show", "found a way to say") or a participle on the
    occasion or moment of a clause, after "at", "during" or "on" ("at a news conference
    announcing", "at one point calling"); not "a sign saying", "voters saying"."""
    noun = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "found a way to say" is at times parsed as a relative clause of "way".
    if not (verb.dep_ == "acl" or (verb.dep_ == "relcl" and infinitive)) or noun.pos_ != "NOUN":
        return False
    occasion = noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPOSITIONS
    # "had no trouble backing", "spent the day calling": the effort or the time spent.
    spent = noun.dep_ == "dobj" and noun.lemma_.lower() in EFFORT_NOUNS
    # "made another try at calming them, writing that": a participle set off by a pause
    # goes on the clause, not the noun the parse hung it on ("their goal: figuring out"
    # is theirs).
    set_off = (
        verb.dep_ == "acl"
        and pause_before(verb)
        and not any(c.dep_ == "poss" for c in noun.children)
    )
    if not (infinitive or ((occasion or spent or set_off) and verb.tag_ == "VBG")):
        return False
    lemma = noun.lemma_.lower()
    return lemma not in SAYING_NOUNS and lemma not in PERSON_NOUNS | GROUP_NOUNS


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause holds the noun ("said at a news conference": "said")."""
    token = noun
    for _ in range(MAX_SUBJECT_HOPS):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _issuer(document: Token) -> Token | None:
    """ "X issued a statement saying ...": X, who issued the document, is the speaker."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS or document.dep_ != "dobj":
        return None
    verb = document.head
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


# Verbs that send a message to someone: "X emailed supporters saying ...".
SENDING_VERBS = frozenset({"email", "send", "text", "mail", "write", "blast", "message", "tweet"})


def _sender(participle: Token) -> Token | None:
    """ "X emailed supporters saying ...", "X sent a text to supporters saying ...": a
    participle on the ones a message goes to says what the sender wrote."""
    noun = participle.head
    if participle.tag_ != "VBG":
        return None
    verb = None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "to":
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "sent a text message to supporters"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    sender = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if sender is None or (
        sender.left_edge.i > 0 and sender.doc[sender.left_edge.i - 1].text == ","
    ):
        # "CLAUSE, X sent ... saying:" would read as "CLAUSE, X said": the clause is no report
        return None
    return sender


def opening_subject(verb: Token) -> Token | None:
    """The noun phrase opening the sentence in "X, for example, said", "X, whose firm makes
    Y, said", "X, citing Y, said": a subjectless verb of saying right after an aside set off
    by commas, which the small model often parses without a subject. The aside is no
    speaker; the phrase before its opening comma is."""
    if cue_lemma(verb) not in SPEECH_VERBS:
        return None
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].is_quote:
        end -= 1  # 'X, citing "Y," said'
    if end < 0 or doc[end].text != ",":
        return None
    start = verb.i - 1
    while start > 0 and not doc[start].is_sent_start and "\n" not in doc[start - 1].text:
        start -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    if comma is not None and all(t.ent_type_ in TIMES for t in doc[start:comma]):
        # "Friday, the state, leading a coalition, asked": a day opens the sentence
        start = comma + 1
        comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    if comma is None or comma == start or not _noun_phrase(doc, start, comma):
        return None
    heads = [t for t in doc[start:comma] if not start <= t.head.i < comma]
    return next((t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")), None)


def trailing_speaker(verb: Token) -> Token | None:
    """The head of the noun phrase before a verb of saying in "CLAUSE, X, a spokesman for Y,
    told reporters": of the comma-separated noun phrases between the clause and the verb,
    the first. None when the words before the verb are no such chain."""
    start = speaker_chain_start(verb)
    if start is None:
        return None
    end = start
    while end < verb.i and verb.doc[end].text not in PAUSES:
        end += 1
    heads = [t for t in verb.doc[start:end] if not start <= t.head.i < end]
    return next((t for t in heads if t.pos_ in ("PROPN", "NOUN", "PRON")), None)


def speaker_chain_start(verb: Token) -> int | None:
    """Where the comma-separated noun phrases right before `verb` begin ("..., Col. X, a
    spokesman, told"), when a comma opens them; None otherwise."""
    doc = verb.doc
    end = verb.i
    if end > 0 and doc[end - 1].text == ",":
        end -= 1  # "..., Col. X, a spokesman, told"
    first = None
    while verb.i - end < MAX_TRAILING_SPEAKER:
        start = end
        while start > 0 and doc[start - 1].text not in PAUSES and not doc[start].is_sent_start:
            start -= 1
        if start == end or not _noun_phrase(doc, start, end):
            break
        first = start
        if start == 0 or doc[start - 1].text != "," or doc[start].is_sent_start:
            break
        end = start - 1
    if first is None or first == 0 or doc[first - 1].text != ",":
        return None
    return first


def _noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """A stretch that opens like a noun phrase and has no verb: "Col. X", "a spokesman for
    the UN command", "the South" (not "about 40 rounds")."""
    tokens = [t for t in doc[start:end] if not t.is_space]
    return (
        bool(tokens)
        and tokens[0].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON")
        and any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in tokens)
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )
