"""What a cue verb reports: its content as a token range, and how it was found.

By the verb's class (`words.py`): the reported clause ("X said (that) CLAUSE"), a relative
pronoun's clause ("which he argued wastes money"), the question asked ("asked if"), a gerund
said ("denied taking"), the subject and complement of a passive (`passives.py`), what a naming
verb names, the plan ("X vowed to stay"), the object (`objects.py`), the clause an "as"
phrase qualifies ("As X said, CLAUSE"), or the clause the cue follows ("CLAUSE, X said").
Kept apart from `cues.py`, which finds the cues and their speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.extract.quotes.citing import citing_phrase
from newsfacts.extract.quotes.content import (
    TokenRange,
    infinitive,
    qualified_tokens,
    subtrees,
)
from newsfacts.extract.quotes.objects import (
    DEFINING,
    content_objects,
    for_clause,
    has_subject,
    named_content,
    said_object,
)
from newsfacts.extract.quotes.passives import passive_content
from newsfacts.extract.quotes.records import (
    BARE,
    CLAUSE,
    INTENT,
    INVERSION,
    NAMING,
    OBJECT,
    PASSIVE,
)
from newsfacts.extract.quotes.speakers import is_someone, speaker_of
from newsfacts.extract.quotes.words import (
    CLAUSE_ONLY_VERBS,
    CLAUSE_VERBS,
    DESIRE_VERBS,
    INTENT_VERBS,
    NAMING_VERBS,
    PERSON_NAMING_VERBS,
    PROFESSING_VERBS,
    STANCE_VERBS,
)
from newsfacts.words.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Labels under which a cue verb hangs off the clause it reports: "CLAUSE, X said".
INVERTED = frozenset({"parataxis", "ccomp", "advcl"})
# Relative pronouns that may be the subject of what a verb in their clause says: "the
# board, which he argued wastes money".
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
# Tags of a finite verb: a clause of its own, not an infinitive or participle.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Verbs of going on, whose gerund is an act kept up, not a report: "continued sailing".
ASPECT_VERBS = frozenset({"continue", "keep", "resume"})
# Verbs whose gerund is what they report: of saying and thinking ("denied taking"), and of
# taking a side ("supports raising the toll", "opposes cutting Y").
GERUND_VERBS = CLAUSE_VERBS | STANCE_VERBS
# "would like to", "'d love to": the auxiliaries of a wish.
WISHING_AUXILIARIES = frozenset({"would", "'d", "’d"})
# Verbs of asking, whose "if" clause is the question asked, not a condition.
QUESTION_VERBS = frozenset({"ask", "inquire", "wonder"})


def verb_content(verb: Token, lemma: str) -> tuple[str, TokenRange | None]:
    """The reported content of a cue verb as a token range, and how it was found."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] or [
        clause  # "X reported, citing Y, that ...", the clause hung on "citing"
        for child in verb.children
        if citing_phrase(child)
        for clause in child.children
        if clause.dep_ == "ccomp"
    ]
    # A one-word "clause" beside a real one is a tagging slip ('"...," lead surgeon X said').
    if len(clauses) > 1:
        clauses = [c for c in clauses if c.left_edge != c.right_edge] or clauses
    if clauses and lemma in CLAUSE_VERBS:
        return CLAUSE, subtrees(clauses)
    relative = _relative_report(verb, lemma)
    if relative is not None:
        return CLAUSE, relative
    asked = _asked_if(verb, lemma)
    if asked is not None:
        return CLAUSE, subtrees([asked])
    gerund = _said_gerund(verb, lemma)
    if gerund is not None:
        return CLAUSE, subtrees([gerund])
    passive = passive_content(verb, lemma)
    if passive is not None:
        return PASSIVE, passive
    if lemma in NAMING_VERBS and (lemma not in PERSON_NAMING_VERBS or _named_by_someone(verb)):
        named = named_content(verb)
        if named is not None:
            return NAMING, named
    if lemma in INTENT_VERBS or lemma in PROFESSING_VERBS or _wished(verb, lemma):
        # "wants to stay", and "wants the party to stay" parsed as a clause of its own;
        # "claimed to be ready": what the subject says of itself
        plans = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and infinitive(c)]
        if plans and lemma in PROFESSING_VERBS:
            return INTENT, _professed(plans[0])
        if plans:
            return INTENT, subtrees(plans[:1])
    objects = content_objects(verb, lemma)
    if objects:
        return OBJECT, subtrees(objects)
    clause = for_clause(verb, lemma)
    if clause is not None:
        return OBJECT, clause
    said = said_object(verb, lemma)
    if said is not None:
        return OBJECT, said
    if _as_report(verb, lemma):
        # "As X said, CLAUSE": the clause the "as" phrase qualifies.
        qualified = qualified_tokens(verb)
        if qualified is not None:
            return INVERSION, qualified
    if (
        (verb.dep_ in INVERTED or _joined_inversion(verb))
        and verb.head.i < verb.i
        and has_subject(verb)
    ):
        head = verb.head
        # "CLAUSE, X said": the clause is the head's words before the cue's phrase.
        if verb.left_edge.i > head.left_edge.i and _pause_at(verb.doc, verb.left_edge.i):
            return INVERSION, (head.left_edge.i, verb.left_edge.i)
    return BARE, None


def _named_by_someone(verb: Token) -> bool:
    subject = speaker_of(verb)
    return subject is not None and is_someone(subject)


def _wished(verb: Token, lemma: str) -> bool:
    """ "X would like to run", "we'd love to see Y": a verb of liking with "would" is a wish."""
    return lemma in DESIRE_VERBS and any(
        c.dep_ == "aux" and c.lower_ in WISHING_AUXILIARIES for c in verb.children
    )


def _joined_inversion(verb: Token) -> bool:
    """ "CLAUSE, a new poll finds, ..." with the cue read as a second verb joined to the
    clause's: a phrase set off by commas, with nothing after the verb and no "and" before."""
    if verb.dep_ != "conj":
        return False
    doc = verb.doc
    start = verb.left_edge.i
    if any(not c.is_punct for c in verb.rights) or start == 0 or doc[start - 1].text != ",":
        return False
    return verb.i + 1 == len(doc) or doc[verb.i + 1].text in (",", ".", ";")


def _relative_report(verb: Token, lemma: str) -> TokenRange | None:
    """ "the board, which he argued wastes money": a verb of saying or thinking inside a
    relative clause whose relative pronoun is the subject of what is said, the parse
    reading both as the verb's subjects and the finite verb said as its complement. The
    content runs from the pronoun to the end of that verb's clause."""
    if verb.dep_ != "relcl" or lemma not in CLAUSE_VERBS:
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    pronoun = next((c for c in subjects if c.lower_ in RELATIVE_PRONOUNS), None)
    if pronoun is None or len(subjects) != 2:
        return None
    said = next(
        (c for c in verb.rights if c.dep_ in ("xcomp", "ccomp") and c.tag_ in FINITE_TAGS),
        None,
    )
    if said is None:
        return None
    return pronoun.i, said.right_edge.i + 1


def _asked_if(verb: Token, lemma: str) -> Token | None:
    """ "X asked Y if she would run": the question, an "if" clause the parse reads as a
    condition of the verb of asking (its "whether" clause it reads as the verb's clause)."""
    if lemma not in QUESTION_VERBS or infinitive(verb):
        return None  # "hired a clerk to ask skippers if ...": who asks is not the subject
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        ),
        None,
    )


def _said_gerund(verb: Token, lemma: str) -> Token | None:
    """ "X denied taking the money", "X reported selling two boats", "X supports raising the
    toll": a gerund after a verb of saying, thinking or taking a side is what it reports, as
    a clause would be."""
    if lemma not in GERUND_VERBS or lemma in ASPECT_VERBS:
        return None  # "continued sailing the ferry": still doing it, not saying it
    if verb.dep_ in DEFINING and lemma not in SPEECH_VERBS:
        return None  # "the users who considered leaving": which users, not their report
    return next(
        (c for c in verb.rights if c.dep_ == "xcomp" and c.tag_ == "VBG" and not infinitive(c)),
        None,
    )


def _professed(plan: Token) -> TokenRange:
    """ "claimed to be ready": the infinitive, without a second infinitive the parse hangs
    on its copula after the complement ("kept pressing a skipper who claimed to be unsure to
    join the crew": joining is what was pressed for, not what the skipper claimed)."""
    start, end = plan.left_edge.i, plan.right_edge.i + 1
    if plan.lemma_ == "be":
        complement = next((c for c in plan.rights if c.dep_ in ("acomp", "attr")), None)
        later = [
            c
            for c in plan.rights
            if c.dep_ == "xcomp" and complement is not None and c.i > complement.i
        ]
        if later and infinitive(later[0]):
            end = later[0].left_edge.i
    return start, end


def _as_report(verb: Token, lemma: str) -> bool:
    """ "As X said, ...", "..., as X noted": a bare verb of saying with its own subject in an
    "as" clause. Not "as she continues to face ..." (a complement: not a report) nor "as
    mentioned above" (no speaker), nor "as you know" (a formula, not a thought reported). "As
    reported by the paper, ...": a participle whose by-phrase names the source is one too."""
    if verb.dep_ != "advcl" or lemma not in SPEECH_VERBS or lemma in CLAUSE_ONLY_VERBS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    complements = ("dobj", "xcomp", "ccomp", "nsubjpass", "auxpass")
    sourced = has_subject(verb) or any(c.dep_ == "agent" for c in verb.children)
    return sourced and not any(c.dep_ in complements for c in verb.children)


def _pause_at(doc: Doc, i: int) -> bool:
    return doc[i].is_punct or (i > 0 and doc[i - 1].is_punct)
