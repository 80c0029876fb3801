"""How and why of the main event (extract/event/action.py, adverbials.py, find.py), issue #19.

Hand-built parses (words, heads, deps, tags), so a model mistake cannot hide a rule's.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc

from newsfacts.extract.event.action import action_phrase, circumstance_event, verdict
from newsfacts.extract.event.adverbials import cause_phrase, manner_phrase
from newsfacts.extract.event.find import extract_event, headline_clauses
from newsfacts.extract.event.phrases import HeadlinePart, headline_verb, stem, verb_form
from tests.builders import hand_doc, table
from tests.extract.event.test_event import parsed

NAMED = """
Police 2 nsubj NOUN NNS police
have 2 aux AUX VBP have
named 2 ROOT VERB VBN name
the 4 det DET DT the
victims 2 dobj NOUN NNS victim
of 4 prep ADP IN of
the 7 det DET DT the
crash 5 pobj NOUN NN crash
. 2 punct PUNCT . .
"""

IDENTIFY = """
Police 1 nsubj NOUN NNS police
identify 1 ROOT VERB VBP identify
three 4 nummod NUM CD three
remaining 4 amod VERB VBG remain
victims 1 dobj NOUN NNS victim
"""

SOLD_OFF = """
Traders 2 nsubj NOUN NNS trader
have 2 aux AUX VBP have
sold 2 ROOT VERB VBN sell
off 2 prt ADP RP off
at 2 prep ADP IN at
the 6 det DET DT the
open 4 pobj NOUN NN open
"""


def test_action_phrase_is_the_verb_group_with_a_short_object() -> None:
    assert action_phrase(parsed(NAMED)[2]).text == "have named the victims"
    assert action_phrase(parsed(SOLD_OFF)[2]).text == "have sold off"


def test_action_phrase_leaves_a_long_object_to_the_what() -> None:
    assert action_phrase(parsed(IDENTIFY)[1]).text == "identify"


KILLED_WHEN = """
Seven 2 nsubjpass NUM CD seven
were 2 auxpass AUX VBD be
killed 2 ROOT VERB VBN kill
when 6 advmod SCONJ WRB when
a 5 det DET DT a
ferry 6 nsubj NOUN NN ferry
capsized 2 advcl VERB VBD capsize
. 2 punct PUNCT . .
"""

MEETS_AS = """
Mayor 1 nsubj PROPN NNP Mayor
meets 1 ROOT VERB VBZ meet
rivals 1 dobj NOUN NNS rival
as 5 mark SCONJ IN as
talks 5 nsubj NOUN NNS talk
start 1 advcl VERB VBP start
"""


def test_circumstance_event_of_an_outcome_is_the_happening() -> None:
    doc = parsed(KILLED_WHEN)
    found = circumstance_event(doc[2], doc[:])
    assert (
        found is not None and found.text == "ferry capsized"
    )  # told without its article, as a headline tells it


DIED_AFTER_IT = """
Three 1 nsubj NUM CD three
died 1 ROOT VERB VBD die
after 4 mark SCONJ IN after
it 4 nsubj PRON PRP it
overturned 1 advcl VERB VBD overturn
"""

DIED_WHEN_SAID = """
Three 1 nsubj NUM CD three
died 1 ROOT VERB VBD die
when 4 advmod SCONJ WRB when
police 4 nsubj NOUN NNS police
said 1 advcl VERB VBD say
"""


def test_circumstance_with_a_pronoun_subject_is_the_action_alone() -> None:
    doc = parsed(DIED_AFTER_IT)
    assert circumstance_event(doc[1], doc[:]) is None  # "after" is not asked for by default
    found = circumstance_event(doc[1], doc[:], markers=frozenset({"after"}))
    assert found is not None and found.text == "overturned"


@pytest.mark.parametrize("rows", [MEETS_AS, DIED_WHEN_SAID], ids=["act", "telling"])
def test_circumstance_of_an_act_only_says_when_and_a_telling_is_no_happening(rows: str) -> None:
    doc = parsed(rows)
    assert circumstance_event(doc[1], doc[:]) is None


FASTER_THAN = """
The 1 det DET DT the
tram 3 nsubj NOUN NN tram
was 3 aux AUX VBD be
travelling 3 ROOT VERB VBG travel
at 3 prep ADP IN at
a 7 det DET DT a
higher 7 amod ADJ JJR high
speed 4 pobj NOUN NN speed
than 10 mark SCONJ IN than
is 10 auxpass AUX VBZ be
permitted 3 advcl VERB VBN permit
"""


def test_speed_keeps_what_it_is_measured_against() -> None:
    found = manner_phrase(parsed(FASTER_THAN)[:])
    assert found is not None and found.text == "at a higher speed than is permitted"


DESCRIBED = """
Mayor 1 nsubj PROPN NNP Mayor
described 1 ROOT VERB VBD describe
the 3 det DET DT the
talks 1 dobj NOUN NNS talk
as 1 prep ADP IN as
very 6 advmod ADV RB very
useful 4 amod ADJ JJ useful
"""


def test_verdict_is_the_quality_given_with_as() -> None:
    doc = parsed(DESCRIBED)
    found = verdict(doc[1])
    assert found is not None and found.text == "very useful"
    assert verdict(parsed(NAMED)[2]) is None


COMPANY = """
She 1 nsubj PRON PRP she
came 1 ROOT VERB VBD come
with 1 prep ADP IN with
her 4 poss PRON PRP$ her
father 2 pobj NOUN NN father
"""

USING = """
Surveyors 1 nsubj NOUN NNS surveyor
mapped 1 ROOT VERB VBD map
using 1 advcl VERB VBG use
drones 2 dobj NOUN NNS drone
"""


def test_manner_is_not_company_but_is_an_instrument_used() -> None:
    assert manner_phrase(parsed(COMPANY)[:]) is None
    found = manner_phrase(parsed(USING)[:])
    assert found is not None and found.text == "using drones"


WEAPON_STRUCK = """
A 2 det DET DT a
roadside 2 compound NOUN NN roadside
bomb 3 nsubj NOUN NN bomb
hit 3 ROOT VERB VBD hit
the 5 det DET DT the
convoy 3 dobj NOUN NN convoy
"""

WEAPON_FOUND = """
A 1 det DET DT a
bomb 3 nsubjpass NOUN NN bomb
was 3 auxpass AUX VBD be
found 3 ROOT VERB VBN find
near 3 prep ADP IN near
the 6 det DET DT the
gate 4 pobj NOUN NN gate
"""


def test_a_weapon_that_acts_on_something_is_the_means() -> None:
    found = manner_phrase(parsed(WEAPON_STRUCK)[:], strong=True)
    assert found is not None and found.text == "A roadside bomb"
    assert manner_phrase(parsed(WEAPON_FOUND)[:], strong=True) is None


def test_extract_event_answers_how_with_the_action_when_no_cue_says_it() -> None:
    event = extract_event(parsed(NAMED))
    assert event.how == "have named the victims"
    assert event.how_span is not None and event.how_span.start == len("Police ")


def test_extract_event_answers_how_with_the_happening_of_an_outcome() -> None:
    assert extract_event(parsed(KILLED_WHEN)).how == "ferry capsized"


# Two sentences, heads absolute: the action, then the lead telling the outcome's happening.
NAMED_THEN_DIED = """
Police 1 nsubj NOUN NNS police
named 1 ROOT VERB VBD name
the 3 det DET DT the
victims 1 dobj NOUN NNS victim
. 1 punct PUNCT . .
Three 6 nsubj NUM CD three
died 6 ROOT VERB VBD die
when 10 advmod SCONJ WRB when
the 9 det DET DT the
tram 10 nsubj NOUN NN tram
overturned 6 advcl VERB VBD overturn
. 6 punct PUNCT . .
"""


def _two_sentences(rows_text: str, *, second: int) -> Doc:
    """A Doc of rows (heads absolute) whose second sentence starts at token `second`."""
    return _sentences_at(rows_text, starts=(0, second))


def _sentences_at(rows_text: str, *, starts: Sequence[int]) -> Doc:
    """A Doc of rows (heads absolute) with a sentence starting at each token of `starts`."""
    rows = table(rows_text)
    words = [r[0] for r in rows]
    return hand_doc(
        words,
        heads=[int(r[1]) for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
        sent_starts=[i in starts for i in range(len(words))],
    )


def test_extract_event_answers_how_with_the_happening_the_lead_tells_next() -> None:
    assert extract_event(_two_sentences(NAMED_THEN_DIED, second=5)).how == "tram overturned"


KILLED_THEN_SPEED = """
Three 2 nsubjpass NUM CD three
were 2 auxpass AUX VBD be
killed 2 ROOT VERB VBN kill
. 2 punct PUNCT . .
The 5 det DET DT the
tram 7 nsubj NOUN NN tram
was 7 aux AUX VBD be
travelling 7 ROOT VERB VBG travel
at 7 prep ADP IN at
high 10 amod ADJ JJ high
speed 8 pobj NOUN NN speed
. 7 punct PUNCT . .
"""

MET_THEN_SPEED = """
Three 1 nsubj NUM CD three
met 1 ROOT VERB VBD meet
rivals 1 dobj NOUN NNS rival
. 1 punct PUNCT . .
""" + KILLED_THEN_SPEED.split(". 2 punct PUNCT . .\n")[1]


def test_why_of_what_befell_someone_is_the_speed_the_lead_tells() -> None:
    assert extract_event(_two_sentences(KILLED_THEN_SPEED, second=4)).why == "at high speed"


def test_why_with_no_cause_cue_is_a_speed_whatever_the_event() -> None:
    # Not only of what befell someone: with no cause cue, the speed is the cause told.
    assert extract_event(_two_sentences(MET_THEN_SPEED, second=4)).why == "at high speed"


def _met_rivals(first: int) -> str:
    """ "Three met rivals." with heads counted from token `first`."""
    return f"""Three {first + 1} nsubj NUM CD three
met {first + 1} ROOT VERB VBD meet
rivals {first + 1} dobj NOUN NNS rival
. {first + 1} punct PUNCT . .
"""


def test_why_is_a_speed_told_past_the_lead() -> None:
    # Six sentences of the same act, then the speed: past the lead's sentences, still the cause.
    acts = "".join(_met_rivals(4 * n) for n in range(6))
    speed = """The 25 det DET DT the
tram 26 nsubj NOUN NN tram
travelled 26 ROOT VERB VBD travel
at 26 prep ADP IN at
high 29 amod ADJ JJ high
speed 27 pobj NOUN NN speed
. 26 punct PUNCT . .
"""
    doc = _sentences_at(acts + speed, starts=range(0, 25, 4))
    assert len(list(doc.sents)) == 7
    assert extract_event(doc).why == "at high speed"


UNCLEAR = """
The 1 det DET DT the
cause 5 nsubj NOUN NN cause
of 1 prep ADP IN of
the 4 det DET DT the
crash 2 pobj NOUN NN crash
was 5 ROOT AUX VBD be
unclear 5 acomp ADJ JJ unclear
, 5 punct PUNCT , ,
police 9 nsubj NOUN NNS police
said 5 parataxis VERB VBD say
"""


def test_why_is_what_the_article_says_of_the_cause() -> None:
    found = cause_phrase(parsed(UNCLEAR)[:])
    assert found is not None and found.text == "The cause of the crash was unclear"


STAGES = """
Mayor 1 nsubj PROPN NNP Mayor
stages 2 nsubj NOUN NNS stage
rally 2 ROOT VERB VBP rally
outside 2 prep ADP IN outside
hall 3 pobj NOUN NN hall
"""

STAGED = """
Mayor 1 nsubj PROPN NNP Mayor
staged 1 ROOT VERB VBD stag
a 3 det DET DT a
rally 1 dobj NOUN NN rally
"""


def test_headline_verb_read_as_a_plural_noun_is_recovered() -> None:
    """The lemmatizer reads "staged" as "stag"; the stems of "stages" and "staged" agree."""
    head = HeadlinePart(0, parsed(STAGES), "Mayor stages rally outside hall")
    (clause,) = headline_clauses([head], [parsed(STAGED)[:]])
    assert clause.verb.text == "stages"
    assert clause.subject is not None and clause.subject.text == "Mayor"
    assert clause.what.text == "stages rally outside hall"


# Headlinese read as one noun phrase: "reacts" a plural noun, its subject compounds before it.
REACTS = """
Sports 1 compound NOUN NNS sport
world 2 compound NOUN NN world
reacts 2 ROOT NOUN NNS react
to 2 prep ADP IN to
the 5 det DET DT the
win 3 pobj NOUN NN win
and 2 cc CCONJ CC and
parade 2 conj NOUN NN parade
"""

TEARS = """
Fans 1 compound NOUN NNS fan
tears 1 ROOT NOUN NNS tear
of 1 prep ADP IN of
joy 2 pobj NOUN NN joy
"""

RETURNS_AFTER = """
Harbour 1 compound NOUN NN harbour
ferry 2 compound NOUN NN ferry
returns 2 ROOT NOUN NNS return
after 2 prep ADP IN after
repairs 3 pobj NOUN NNS repair
"""


def test_headline_read_as_one_noun_phrase_gets_its_verb_back() -> None:
    """No body verb needed: a plural noun after its compounds, before "to", is the verb."""
    body = [parsed(NAMED)[:]]
    (clause,) = headline_clauses([HeadlinePart(0, parsed(REACTS), "")], body)
    assert clause.subject is not None and clause.subject.text == "Sports world"
    assert clause.what.text == "reacts to the win"  # cut at "and", the start of another clause
    assert headline_clauses([HeadlinePart(0, parsed(TEARS), "")], body) == []
    # Before a circumstance the plural noun reads as well as a noun phrase's head.
    assert headline_clauses([HeadlinePart(0, parsed(RETURNS_AFTER), "")], body) == []


# Headlinese passive the parser hung on an adjective: "Many dead and dozens injured".
INJURED = """
Many 1 amod ADJ JJ many
dead 1 ROOT ADJ JJ dead
and 1 cc CCONJ CC and
dozens 1 conj NOUN NNS dozen
injured 3 acl VERB VBN injure
after 7 mark SCONJ IN after
bus 7 compound PROPN NNP bus
overturns 1 advcl VERB VBZ overturn
"""


def test_a_recovered_headline_participle_keeps_whom_it_happened_to() -> None:
    sent = next(parsed(INJURED).sents)
    clause = headline_verb(sent, frozenset({"injure"}))
    assert clause is not None and clause.what.text == "Many dead and dozens injured"
    active = headline_verb(parsed(STAGES)[:], frozenset({"stage"}))
    assert active is not None and active.what.text == "stages rally outside hall"


def test_stems_join_the_forms_of_a_verb() -> None:
    assert stem("stages") == stem("staged") == stem("staging") == "stag"
    assert stem("ran") == "ran"
    assert verb_form(parsed(STAGES)[1], frozenset({"stag"}))


# A headline's label: "Harbour bombing", the "-ing" noun ending it names what happened.
BOMBING = """
Harbour 1 compound NOUN NN harbour
bombing 1 ROOT NOUN NN bombing
"""
# "Two hurt near pier": a number and a participle the parser read as a noun.
TWO_HURT = """
Two 1 nummod NUM CD two
hurt 1 ROOT NOUN NN hurt
near 1 prep ADP IN near
pier 2 pobj NOUN NN pier
"""


# The lead's verbs: "Rebels bombed harbour", and "Two hurt near pier" with "hurt" a verb.
BOMBED = """
Rebels 1 nsubj NOUN NNS rebel
bombed 1 ROOT VERB VBD bomb
harbour 1 dobj NOUN NN harbour
"""
WERE_HURT = TWO_HURT.replace("NOUN NN hurt", "VERB VBN hurt")


def test_an_ing_noun_ending_a_headline_part_is_no_verb() -> None:
    assert headline_verb(parsed(BOMBING)[:], frozenset({"bomb"})) is None
    # The headline's next part holds the action, though the lead uses both verbs.
    parts = [
        HeadlinePart(0, parsed(BOMBING), "Harbour bombing"),
        HeadlinePart(17, parsed(TWO_HURT), "Two hurt near pier"),
    ]
    (clause,) = headline_clauses(parts, [parsed(BOMBED)[:], parsed(WERE_HURT)[:]])
    assert clause.verb.text == "hurt"


ARRIVED = """
The 1 det DET DT the
envoy 2 nsubj NOUN NN envoy
arrived 2 ROOT VERB VBD arrive
at 2 prep ADP IN at
the 5 det DET DT the
palace 3 pobj NOUN NN palace
. 2 punct PUNCT . .
"""


def test_a_verb_of_going_somewhere_gives_no_action_as_how() -> None:
    assert extract_event(parsed(ARRIVED)).how is None
    drove = ARRIVED.replace("arrived 2 ROOT VERB VBD arrive", "drove 2 ROOT VERB VBD drive")
    assert extract_event(parsed(drove)).how == "drove"


# "after a ferry capsized", parsed as a noun the participle describes.
HURT_AFTER = """
Six 2 nsubjpass NUM CD six
were 2 auxpass AUX VBD be
hurt 2 ROOT VERB VBN hurt
after 2 prep ADP IN after
a 5 det DET DT a
ferry 3 pobj NOUN NN ferry
capsized 5 acl VERB VBN capsize
. 2 punct PUNCT . .
"""

HURT_AFTER_HIT = """
Six 2 nsubjpass NUM CD six
were 2 auxpass AUX VBD be
hurt 2 ROOT VERB VBN hurt
after 2 prep ADP IN after
a 5 det DET DT a
ferry 3 pobj NOUN NN ferry
hit 5 acl VERB VBN hit
by 6 agent ADP IN by
a 9 det DET DT a
wave 7 pobj NOUN NN wave
. 2 punct PUNCT . .
"""


def test_the_happening_after_a_preposition_is_the_noun_with_its_participle() -> None:
    doc = parsed(HURT_AFTER)
    found = circumstance_event(doc[2], doc[:], markers=frozenset({"after"}))
    assert found is not None and found.text == "ferry capsized"
    # What was done to the noun by an agent is a passive's object, not its happening.
    hit = parsed(HURT_AFTER_HIT)
    assert circumstance_event(hit[2], hit[:], markers=frozenset({"after"})) is None


# Two sentences, heads absolute: the second's root is no outcome, its conjunct is.
NAMED_THEN_FELL_AND_DIED = """
Police 1 nsubj NOUN NNS police
named 1 ROOT VERB VBD name
the 3 det DET DT the
victims 1 dobj NOUN NNS victim
. 1 punct PUNCT . .
Rain 6 nsubj NOUN NN rain
fell 6 ROOT VERB VBD fall
and 6 cc CCONJ CC and
three 9 nsubj NUM CD three
died 6 conj VERB VBD die
when 13 advmod SCONJ WRB when
the 12 det DET DT the
tram 13 nsubj NOUN NN tram
overturned 9 advcl VERB VBD overturn
. 6 punct PUNCT . .
"""


def test_the_lead_happening_of_an_outcome_that_is_not_the_sentence_root() -> None:
    doc = _two_sentences(NAMED_THEN_FELL_AND_DIED, second=5)
    assert extract_event(doc).how == "tram overturned"


FLOOD_LEAVES = """
River 1 compound NOUN NN river
flood 2 nsubj NOUN NN flood
leaves 2 ROOT VERB VBZ leave
hundreds 4 nsubj NOUN NNS hundred
homeless 2 ccomp ADJ JJ homeless
. 2 punct PUNCT . .
"""


def test_a_happening_as_the_subject_is_how_the_outcome_came_about() -> None:
    assert extract_event(parsed(FLOOD_LEAVES)).how == "River flood"


# Heads absolute: the event's own verb ("rescued", what "said" reports) with "after".
RESCUED_AFTER = """
Two 2 nsubjpass NUM CD two
were 2 auxpass AUX VBD be
rescued 9 ccomp VERB VBN rescue
after 5 mark SCONJ IN after
winds 5 nsubj NOUN NNS wind
pushed 2 advcl VERB VBD push
them 5 dobj PRON PRP they
, 9 punct PUNCT , ,
police 9 nsubj NOUN NNS police
said 9 ROOT VERB VBD say
. 9 punct PUNCT . .
"""


def test_after_on_the_events_own_verb_tells_why_not_how() -> None:
    event = extract_event(_sentences_at(RESCUED_AFTER, starts=(0,)))
    assert event.how == "were rescued"


# "Kova was sleeping in the van when it rolled and sank": a past progressive broken into by
# what happened; the parser hangs "when" on the later conjunct (round 7).
SLEEPING_WHEN = """
Kova 2 nsubj PROPN NNP Kova
was 2 aux AUX VBD be
sleeping 2 ROOT VERB VBG sleep
in 2 prep ADP IN in
the 5 det DET DT the
van 3 pobj NOUN NN van
when 10 advmod SCONJ WRB when
it 8 nsubj PRON PRP it
rolled 2 advcl VERB VBD roll
and 8 cc CCONJ CC and
sank 8 conj VERB VBD sink
. 2 punct PUNCT . .
"""
# "Kova is sleeping … when …": a present progressive tells a habit, not an interruption.
IS_SLEEPING_WHEN = SLEEPING_WHEN.replace("was 2 aux AUX VBD be", "is 2 aux AUX VBZ be")


def test_circumstance_of_a_past_progressive_is_what_broke_in() -> None:
    doc = parsed(SLEEPING_WHEN)
    found = circumstance_event(doc[2], doc[:])
    assert found is not None and found.text == "rolled"


def test_circumstance_of_a_present_progressive_is_none() -> None:
    doc = parsed(IS_SLEEPING_WHEN)
    assert circumstance_event(doc[2], doc[:]) is None
