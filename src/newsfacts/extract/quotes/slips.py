"""Speakers where the small model's parse slipped: the subject link lost, a name read as an
object, a modal or a compound, a word of the quotation taken for the subject. Each reading
finds the speaker from the word order around the cue verb instead; `speakers.py` tries them
where the dependency walk finds no subject, or a subject that cannot be the one speaking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.subjects import TIMES, cue_lemma, is_someone, pause_before
from newsfacts.extract.quotes.words import (
    ADDRESSEE_VERBS,
    CLAUSE_VERBS,
    CUE_VERBS,
)
from newsfacts.words.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Labels a misparsed speaker after its verb takes: '"...," said X' with X as an object.
AFTER_VERB = frozenset({"dobj", "attr", "npadvmod", "dep", "oprd"})
# Verbs whose object after them is the one addressed ('"...," X told Reuters'); "asked X"
# and "answered X" may name the one who asks or answers ('"Why?" asked Jo').
ADDRESSED = ADDRESSEE_VERBS - {"ask", "answer"}
OPENING_MARKS = frozenset({"(", "[", "“", "‘"})


# Labels a subject right before its verb takes when the parse read the verb as a noun.
SLIPPED_SUBJECTS = frozenset({"compound", "nummod", "npadvmod", "nmod"})


def noun_before(verb: Token, cue: Token | None = None) -> Token | None:
    """A name or noun right before a subjectless verb of saying, thinking or showing ('"...,"
    Roe answers', "Jake Roe, said:", "Jo Roe, 44, said", "the chief, Jo Roe, bluntly
    suggested"): the parse lost the subject link, the word order did not. An age set off by
    commas is an aside of the name before it, and so is an adverb of the verb."""
    doc = verb.doc
    lemma = cue_lemma(cue if cue is not None else verb)
    before = doc[verb.i - 1] if verb.i > 0 else verb
    # '"...," Roe answers' with the name read as the verb's compound, "About 4 in 10 say"
    # with the share read as its number: the word right before the verb is its subject.
    slipped = before.head == verb and before.dep_ in SLIPPED_SUBJECTS
    if lemma in CUE_VERBS and slipped and (before.pos_ == "PROPN" or before.like_num):
        return before
    if lemma not in CLAUSE_VERBS:
        return None
    i = verb.i - 1
    if cue is not None and i > 0 and doc[i].pos_ == "ADV" and doc[i].head == verb:
        i -= 1  # "Jo Roe also railed against X and explained": the verb "explained" borrows
    while i > 0 and doc[i].pos_ == "ADV" and doc[i - 1].text == ",":
        i -= 1  # "Jo Roe, bluntly, said", "the chief, Jo Roe, bluntly suggested"
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i > 1 and doc[i].like_num and doc[i - 1].text == ",":
        i -= 2  # "Jo Roe, 44, said"
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN", "PRON") or doc[i].is_sent_start:
        return None
    if doc[i].lower_ == "there":
        return None  # "there is": no one
    token = doc[i]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token if token.i < verb.i else None


def bare_noun_before(verb: Token) -> Token | None:
    """ "more ethanol than the industry says the market can take", "the $20 million experts
    say it costs": a verb of saying with a clause, right after a noun the parse gave another
    role (not an object: "he criticized the plan said ..." runs two clauses together), says
    for that noun rather than for the clause before it."""
    if verb.i == 0 or cue_lemma(verb) not in CLAUSE_VERBS:
        return None
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("dobj", "compound", "appos"):
        return None
    return noun if is_someone(noun) and noun.ent_type_ not in TIMES else None


def aged_name_before(verb: Token) -> Token | None:
    """'"...," Jo Roe, 58, told': a name and an age set off by commas right before the verb."""
    doc = verb.doc
    i = verb.i - 1
    if i < 3 or doc[i].text != "," or not doc[i - 1].like_num or doc[i - 2].text != ",":
        return None
    return noun_before(verb)


def subject_after(verb: Token) -> Token | None:
    """'"...," said X' parsed with X as the verb's object: a name right after a verb of
    saying that follows a quotation or a comma."""
    lemma = cue_lemma(verb)
    if not pause_before(verb) or lemma not in SPEECH_VERBS or lemma in ADDRESSED:
        return None  # '"...," X tells Breitbart News': whom X tells is not who speaks
    for child in verb.children:
        # Not a day: "X, in Ohio, said Tuesday that".
        named = child.pos_ == "PROPN" and child.ent_type_ not in TIMES
        if child.i > verb.i and child.dep_ in AFTER_VERB and named:
            return child
    return None


def name_after(verb: Token) -> Token | None:
    """'"...," said Jo Roe, a fellow at ...' with the name hung on some other word: the
    name right after the verb, its last word as the head."""
    lemma = cue_lemma(verb)
    if not pause_before(verb) or lemma not in SPEECH_VERBS or lemma in ADDRESSED:
        return None
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in TIMES:
        end += 1
    if end == verb.i + 1 or (end < len(doc) and doc[end].tag_ == "POS"):
        return None  # no name, or the name owns the speaker ("said Roe's spokesman")
    name = doc[end - 1]
    head = name.head
    if head.i > name.i and head.pos_ in ("VERB", "AUX") and not line_between(name, head):
        return None  # the subject of what was said: "said Roe was right"
    return name


# Words that may open a speaker phrase after its verb ('"...," said the woman', "read one").
PHRASE_OPENERS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})
# A speaker phrase after its verb is short: '"...," said a longtime ferry pilot'.
MAX_PHRASE_AFTER = 6
# What may follow it: the sentence's end, a pause, or an aside about it ("who", "calling").
PHRASE_ENDS = frozenset({"who", "whose", "calling", "wearing"})


def phrase_after(verb: Token) -> Token | None:
    """'"...," said the woman, who ...', '"...," tweeted another', '"...," read one': a
    common noun phrase right after a verb of saying that follows a pause and closes its
    sentence or a comma phrase, which the parse made an object or hung elsewhere."""
    lemma = cue_lemma(verb)
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_punct or doc[verb.i - 1].text in OPENING_MARKS:
        return None
    if lemma not in SPEECH_VERBS or lemma in ADDRESSED:
        return None
    end = verb.i + 1
    while (
        end < len(doc)
        and end - verb.i <= MAX_PHRASE_AFTER
        and (doc[end].pos_ in PHRASE_OPENERS or doc[end].is_title)
        and not doc[end].is_punct
        and doc[end].ent_type_ not in TIMES
        and doc[end].lower_ not in PHRASE_ENDS
    ):
        end += 1
    if end == verb.i + 1 or end - verb.i > MAX_PHRASE_AFTER:
        return None
    if end < len(doc) and not (
        doc[end].is_punct or doc[end].lower_ in PHRASE_ENDS or doc[end].pos_ == "ADP"
    ):
        return None  # "said it was late": the subject of what was said
    last = doc[end - 1]
    if last.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and not last.is_title:
        return None
    if last.left_edge.i <= verb.i:
        return None  # the parse hung the words before the verb on it
    if last.pos_ == "PRON" and last.lower_ not in ("another", "one", "others", "some"):
        return None  # "said it", "told them"
    return last


# Pauses that close an aside, and the mark that opens it.
ASIDE_OPENERS = {",": ",", ")": "(", "-": "-", "—": "—", "–": "–", "--": "--"}
# An aside between a subject and its verb is at most this long.
MAX_ASIDE = 30


def subject_before_aside(verb: Token, cue: Token) -> Token | None:
    """ "X, asked about Y, had said", "X, without naming Y, also accused", "X - in a line
    aimed at Y - declared", "X (a senator from Z) says": a subjectless verb after an aside
    set off by commas, dashes or brackets speaks for the noun before the aside."""
    if cue_lemma(cue) not in CUE_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "X, Y's aide, was told": the one told does not speak
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].head == verb and doc[i].pos_ in ("AUX", "ADV", "PART"):
        if doc[i].lower_ == "to":
            return None  # an infinitive borrows its subject elsewhere
        i -= 1
    closing = doc[i].text if i > 0 else ""
    opener = ASIDE_OPENERS.get(closing)
    if opener is None:
        return None
    sentence_start = verb.sent.start
    j = i - 1
    while j > max(sentence_start, i - MAX_ASIDE) and doc[j].text != opener:
        j -= 1
    if j <= sentence_start or doc[j].text != opener or j == i - 1:
        return None
    if opener in "-—–" and not doc[j - 1].whitespace_:
        return None  # a hyphen inside a word ("once-presumptive")
    token = doc[j - 1]
    if token.pos_ not in ("PROPN", "NOUN", "PRON") or token.ent_type_ in TIMES:
        return None
    while (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.head.pos_ in ("NOUN", "PROPN")
        and token.head.head.i < token.i
    ):
        token = token.head.head  # "two members of Congress from Ohio, X and Y, have said"
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token if token.i < j else None


# Quotation marks that open or close a quotation (not an apostrophe).
QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``"})
# A quotation's verb of saying follows its closing mark within a few tokens.
MAX_AFTER_QUOTE = 6


def quoted_subject(subject: Token, verb: Token) -> bool:
    """The subject is a word inside a quotation that closes right before the verb: an odd
    number of quotation marks from its paragraph's start up to it, one between it and the
    verb, close to the verb."""
    if subject.i > verb.i:
        return False
    doc = verb.doc
    closing = next(
        (
            t.i
            for t in doc[max(subject.i, verb.i - MAX_AFTER_QUOTE) : verb.i]
            if t.text in QUOTE_MARKS
        ),
        None,
    )
    if closing is None or closing <= subject.i:
        return False
    marks = 0
    i = subject.i - 1
    while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
        marks += doc[i].text in QUOTE_MARKS
        i -= 1
    return marks % 2 == 1


def modal_name(verb: Token) -> Token | None:
    """ "Will wrote", "Will believes": a capitalised "modal" right before a verb that is no
    base form is a name (a modal takes a bare infinitive), the subject the parse lost."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    before = verb.doc[verb.i - 1]
    if before.head != verb or before.tag_ != "MD" or not before.is_title:
        return None
    return before


def inverted_name(verb: Token) -> Token | None:
    """ "The plan, said Jo Roe, would fail", "X, said Roe and others, was clear": a name right
    after a verb of saying set off by commas inside the clause it reports, which the parse
    gave the clause's subject."""
    doc = verb.doc
    lemma = cue_lemma(verb)
    if verb.i == 0 or doc[verb.i - 1].text != "," or lemma not in SPEECH_VERBS:
        return None
    if lemma in ADDRESSED:
        return None
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in TIMES:
        end += 1
    if end == verb.i + 1 or end >= len(doc):
        return None
    if doc[end].text == "and":
        # "said Roe and others,": a short conjunct, then the closing comma
        after = doc[end + 1 : end + 4]
        comma = next((t.i for t in after if t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[end:comma]):
            return None
    elif doc[end].text != ",":
        return None  # "X, said Roe was right": the name is what was said
    return doc[end - 1]


def line_between(first: Token, last: Token) -> bool:
    return any("\n" in t.text or "\n" in t.whitespace_ for t in first.doc[first.i : last.i])


CONTRACTED_HAS = frozenset({"'s", "’s"})


def has_contracted(verb: Token, subject: Token) -> bool:
    """ "he's said he will run", "she's wanted to quit": "'s" is "has" before a participle
    with a clause, and the passive subject the parse read is the speaker."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "auxpass" and c.lower_ in CONTRACTED_HAS for c in verb.children)
        and is_someone(subject)
        and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


# The words of a verb group between its subject and its verb: "has not said", "was so much".
VERB_GROUP = frozenset({"aux", "neg", "advmod", "amod"})
# Tags of a finite auxiliary ("has", "did", "will"; not the "to" of an infinitive).
FINITE = frozenset({"MD", "VBZ", "VBD", "VBP"})


def subject_before_auxiliary(verb: Token) -> Token | None:
    """ "X hasn't said if", "X did not respond to", "X was not really saying": a
    subjectless verb whose finite auxiliary opens its group right after a noun that the parse
    hung elsewhere (on the auxiliary, as a conjunct of the object before, or on the sentence
    before across a paragraph break): by the word order, the noun is the subject."""
    doc = verb.doc
    i = verb.i - 1
    finite = False
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in VERB_GROUP:
        finite = finite or (doc[i].dep_ == "aux" and doc[i].tag_ in FINITE)
        i -= 1
    if i < 0 or not finite:
        return None
    noun = doc[i]
    if noun.pos_ not in ("PROPN", "NOUN", "PRON") or noun.lower_ in ("there", "it"):
        return None
    return noun if noun.ent_type_ not in TIMES else None
