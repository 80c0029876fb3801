"""Who of the main event (extract/event/find.py), issue #19: which clause's subject is the actor.

Hand-built parses, so a model mistake cannot hide a rule's.
"""

from __future__ import annotations

from newsfacts.extract.event.find import actor_score
from newsfacts.extract.event.phrases import clauses
from newsfacts.extract.event.scene import MentionIndex
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
