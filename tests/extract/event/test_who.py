"""Who of the main event (extract/event/find.py), issue #19: which clause's subject is the actor.

Hand-built parses, so a model mistake cannot hide a rule's.
"""

from __future__ import annotations

from newsfacts.extract.event.find import actor_score, extract_event
from newsfacts.extract.event.phrases import HeadlinePart, clauses
from newsfacts.extract.event.scene import MentionIndex
from newsfacts.sheet import Entity, Mention
from tests.extract.event.test_event import parsed

HAPPENING_HEADLINE = """
Price 1 compound NOUN NN price
change 2 nsubj NOUN NN change
angers 2 ROOT VERB VBZ anger
shoppers 2 dobj NOUN NNS shopper
"""

AGENT_HEADLINE = HAPPENING_HEADLINE.replace(
    "change 2 nsubj NOUN NN change", "grocer 2 nsubj NOUN NN grocer"
)

BODY = """
Shoppers 1 nsubj NOUN NNS shopper
criticised 1 ROOT VERB VBD criticise
the 3 det DET DT the
brand 1 dobj NOUN NN brand
"""


def _score(rows: str, *, field: str, rank: int) -> float:
    (clause,) = clauses(next(parsed(rows).sents), field=field, rank=rank)
    return actor_score(clause, MentionIndex([]))


def test_a_subject_that_names_a_happening_is_not_the_actor() -> None:
    body = _score(BODY, field="text", rank=1)
    assert _score(HAPPENING_HEADLINE, field="headline", rank=0) < body
    # The same headline with an agent as its subject still outranks the body.
    assert _score(AGENT_HEADLINE, field="headline", rank=0) > body


RAISE_HEADLINE = """
Acme 1 nsubj NOUN NN acme
raise 1 ROOT VERB VBP raise
prices 1 dobj NOUN NNS price
"""

RAISED_BODY = """
Angry 1 amod ADJ JJ angry
shoppers 2 nsubj NOUN NNS shopper
protested 2 ROOT VERB VBD protest
after 5 mark SCONJ IN after
Acme 5 nsubj NOUN NN acme
raised 2 advcl VERB VBD raise
prices 5 dobj NOUN NNS price
. 2 punct PUNCT . .
"""


def _who(body_rows: str) -> str | None:
    doc = parsed(body_rows)
    shoppers = Mention(start=0, end=len("Angry shoppers"), text="Angry shoppers")
    actor = Entity(id="e1", name="Angry shoppers", type="PERSON", named=False, mentions=[shoppers])
    headline = HeadlinePart(0, parsed(RAISE_HEADLINE), "Acme raise prices")
    event = extract_event(doc, headline=[headline], entities=[actor])
    return event.who.text if event.who is not None else None


def test_the_headline_subject_the_lead_restates_with_its_verb_is_the_actor() -> None:
    # "Acme" is no entity, the shoppers are one; the lead tells "Acme raised prices" again.
    assert _who(RAISED_BODY) == "Acme"
    # Told with another verb, the headline's unnamed subject loses to the named actor.
    assert (
        _who(RAISED_BODY.replace("raised 2 advcl VERB VBD raise", "left 2 advcl VERB VBD leave"))
        == "Angry shoppers"
    )


OPENS_HEADLINE = """
Library 1 nsubj NOUN NN library
opens 1 ROOT VERB VBZ open
"""

OPEN_BODY = """
The 2 det DET DT the
town 2 compound NOUN NN town
library 4 nsubj NOUN NN library
will 4 aux AUX MD will
open 4 ROOT VERB VB open
on 4 prep ADP IN on
Sundays 5 pobj PROPN NNPS Sunday
. 4 punct PUNCT . .
"""


def test_a_body_clause_that_restates_the_headline_keeps_its_fuller_name() -> None:
    doc = parsed(OPEN_BODY)
    name = Mention(start=0, end=len("The town library"), text="The town library")
    library = Entity(id="e1", name="The town library", type="ORG", mentions=[name])
    headline = HeadlinePart(0, parsed(OPENS_HEADLINE), "Library opens")
    event = extract_event(doc, headline=[headline], entities=[library])
    assert event.who is not None and event.who.text == "The town library"


INQUIRY = """
An 1 det DET DT an
inquiry 5 nsubj NOUN NN inquiry
into 1 prep ADP IN into
the 4 det DET DT the
Velmar 2 pobj PROPN NNP velmar
found 5 ROOT VERB VBD find
nothing 5 dobj PRON NN nothing
"""

CHIEF = """
The 2 det DET DT the
Velmar 2 compound PROPN NNP velmar
chief 3 nsubj NOUN NN chief
resigned 3 ROOT VERB VBD resign
"""


def _subject_entity(rows: str, name_at: int) -> Entity | None:
    doc = parsed(rows)
    token = doc[name_at]
    mention = Mention(start=token.idx, end=token.idx + len(token), text=token.text)
    velmar = Entity(id="e1", name="Velmar", type="ORG", mentions=[mention])
    subject = next(t for t in doc if t.dep_ == "nsubj")
    return MentionIndex([velmar]).entity(
        doc[subject.left_edge.i : subject.right_edge.i + 1], "text"
    )


def test_a_subject_is_no_mention_of_a_name_in_a_phrase_on_its_head() -> None:
    assert _subject_entity(INQUIRY, 4) is None
    found = _subject_entity(CHIEF, 1)
    assert found is not None and found.name == "Velmar"


def test_a_common_noun_headline_actor_is_named_by_the_leads_fuller_restatement() -> None:
    # No entity at all: the headline's "Library" is the lead's "The town library".
    headline = HeadlinePart(0, parsed(OPENS_HEADLINE), "Library opens")
    event = extract_event(parsed(OPEN_BODY), headline=[headline])
    assert event.who is not None and event.who.text == "The town library"
