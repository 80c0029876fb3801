"""Cue words the main-event stage reads: causes (why), means and manner (how), weak verbs.

Data, not logic (STYLE.md): the rules in `find.py` ask "is this a cause marker?" and the
answer lives here, so a list can grow without touching a rule. Everything is lower-case and
compared with `token.lower_`. The cue families follow the why/how candidate patterns of
Giveme5W1H (Hamborg et al. 2019, section 3.3: causal conjunctions and adverbials, purpose
infinitives; copulative conjunctions, "by" + gerund, manner adverbs and instruments).
"""

from __future__ import annotations

from newsfacts.words.lexicon import words


def phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word cues, one a line, longest first so the longest cue wins."""
    found = (tuple(line.split()) for line in text.strip().splitlines() if line.strip())
    return tuple(sorted(found, key=len, reverse=True))


# Subordinators that open a cause clause ("because he ..."). "after" is temporal as often as
# causal, but news leads use it for the trigger of the reported event ("killed after a tram
# derailed"), which is what a reader asks why for; "as" and "since" are mostly temporal there
# ("as the transition starts") and are left out.
CAUSE_MARKERS = words("because after")
# Cause cues that as often only say when; a sentence away from the event's own, they are
# no evidence of a cause.
WEAK_CAUSES = words("after following amid")
# Prepositional cause cues: the words before the cause noun phrase.
CAUSE_PHRASES = phrases(
    """
    because of
    due to
    owing to
    thanks to
    as a result of
    as a consequence of
    in response to
    in reaction to
    in retaliation for
    in revenge for
    retaliation for
    revenge for
    reprisal for
    in reprisal for
    in protest at
    in protest against
    in protest over
    in the wake of
    in light of
    on account of
    following
    after
    amid
    """
)
# Purpose cues before an infinitive ("in a bid to stop him").
PURPOSE_PHRASES = phrases(
    """
    in a bid to
    in an effort to
    in an attempt to
    in order to
    so as to
    """
)
# Nouns of "in a (desperate) bid to …": the infinitive after them is a purpose.
PURPOSE_NOUNS = words("bid effort attempt order push drive move")
# Nouns that take an infinitive of their own ("the decision to reopen the probe", "a plan to
# cut fares"): the parser often hangs that infinitive on the verb, where it would read as why.
INTENT_NOUNS = words(
    "decision plan promise threat vow pledge offer refusal attempt bid effort move call order"
)
# Verbs whose "to"-infinitive complement is not a purpose ("wants to", "set to", "tried to"):
# for them the infinitive is part of what happened, not why.
CONTROL_VERBS = words(
    """
    want wish hope plan intend try attempt seek aim decide agree refuse fail manage need
    expect promise threaten vow pledge offer begin start continue stop cease learn choose
    prepare arrange deserve afford dare tend seem appear happen have ought use set
    be going able unable likely unlikely about due ready willing eager keen allow force
    ask tell urge order invite persuade encourage require permit enable help make let
    """
)
# Verbs of "praise X for Y", "arrest X for Y": their "for" object is the reason. Not
# "blame X for Y", whose Y is the outcome and X the cause; not "thank you for", a formula.
REASON_FOR_VERBS = words(
    """
    praise criticise criticize accuse punish fine sue arrest jail sentence convict charge
    ban suspend sack fire reward honour honor award apologise apologize condemn slam hail
    """
)
# Verbs whose "for" phrase is a reason only when it tells an act ("blamed X for stalling Y"):
# "blame X for Y" with a noun Y names the outcome.
GERUND_FOR_VERBS = words("blame")
# Nouns that name an act's motive when they modify it: "a revenge attack", "reprisal raids".
MOTIVE_NOUNS = words("revenge retaliation reprisal retribution vengeance")
# Verbs of reacting: what they react to ("reacts to the closure") is why they were done.
STIMULUS_VERBS = words("react respond")
# Verbs that go somewhere for a purpose: "arrives at the White House for talks" says why.
PURPOSE_FOR_VERBS = words("arrive come go travel fly head gather return")
# Verbs whose cause is their agent or object of a fixed preposition ("driven by higher costs",
# "stemmed from an argument", "was blamed on rising prices"; not the active "blames X on Y",
# whose Y is a culprit): the lemma and the preposition.
CAUSED_BY = {
    "cause": "by",
    "drive": "by",
    "prompt": "by",
    "trigger": "by",
    "spark": "by",
    "fuel": "by",
    "motivate": "by",
    "stem": "from",
    "result": "from",
    "arise": "from",
    "blame": "on",
}
# Subordinators of a clause that tells the happening the event came about through ("hurt
# when a ferry capsized"): Giveme5W1H's copulative how.
HOW_MARKERS = words("when as")
# The same in a lead sentence past the event's own: there "as" is mostly only time ("as their
# drought goes on"), while "after" tells the happening ("have died after a tram overturned").
LEAD_HOW_MARKERS = words("when after")
# Verbs that tell what befell their subject, like a passive ("drowned when the boat sank").
OUTCOME_VERBS = words("die perish drown crash collapse")
# Prepositions of means before a gerund ("by crashing", "despite spinning"); "using" and "via"
# say means before any object ("using drones", "via satellite").
MEANS_PREPOSITIONS = words("by via using despite")
MEANS_ANY_OBJECT = words("using via")
# Nouns of rate after "at" that tell how a thing moved ("at high speed", "at a higher speed
# than permitted", "at a slow pace").
SPEED_NOUNS = words("speed speeds pace velocity")
# Participles of a load: "a car packed with explosives" tells with what it was done.
LOADED_WORDS = words("packed laden loaded stuffed rigged armed")
# Weapons: as the subject of an act ("a roadside bomb hit the convoy") the weapon is the means
# the attackers used, told with the weapon in the actor's place.
WEAPON_NOUNS = words(
    "bomb bombs explosive explosives grenade grenades missile missiles rocket rockets "
    "mortar mortars shell shells landmine mine mines ied gun guns rifle rifles pistol knife "
    "knives machete drone drones"
)
# Fixed manner phrases seen in news ("on foot", "at gunpoint"). Not the channel of a statement
# ("in a letter", "on Twitter"): that is how it was told, and the coders answered how with the
# event's own action instead.
MANNER_PHRASES = phrases(
    """
    on foot
    by car
    by road
    by air
    by sea
    at gunpoint
    at knifepoint
    at high speed
    in secret
    """
)
# Nouns that name the cause of an event; "the cause of the crash was unclear" answers why.
CAUSE_NOUNS = words("cause reason motive trigger")

# Reporting and light verbs: a clause whose main verb is one of these tells who said what,
# not what happened, so it loses to a clause with a content verb (Giveme5W1H down-weights
# them too). A short list of its own: the quote stage's cue verbs are many more, and with
# them other clauses become the main event.
REPORTING_VERBS = words(
    """
    say tell report add state claim announce confirm explain note insist write tweet
    describe reveal believe think know feel show suggest
    """
)
# Nouns of a happening, not of an agent: as a clause's subject they say what happened.
HAPPENING_NOUNS = words(
    """
    change shooting attack explosion blast gunfire fire crash collision accident derailment
    bombing strike raid rise fall increase cut decision move announcement outbreak storm
    flood earthquake protest riot shortage delay
    """
)
LIGHT_VERBS = words("be have do get seem become remain")
# Verbs that say only where someone went ("arrives at the palace", "went to the coast"), not
# how: the path of a move, never its manner or means ("drove", "flew", "marched" say how).
PATH_VERBS = words("arrive go come")

# Subject words that are no actor: dummy "it"/"there", bare demonstratives.
EMPTY_SUBJECTS = words("it there this that these those what which who")

# Where a headline splits into parts parsed apart: a label before a colon ("Croydon tram
# crash: Police name victims"), a kicker after a dash.
HEADLINE_SEPARATORS = (": ", " - ", " – ", " — ", " | ", "... ", "… ")
QUOTE_CHARS = "\"“”‘’'"
# Nouns a place name may modify and still say where ("Mazar-i-Sharif city", "Croydon station");
# before other nouns a place name is a modifier, not the event's place ("US election").
PLACE_NOUNS = words(
    """
    city town village hamlet suburb district borough county province state region area
    country capital island coast border port harbour harbor bay valley river lake mountain
    street road avenue square station airport stadium circuit track hospital prison camp
    base consulate embassy office building house tower bridge tunnel market pier beach park
    """
)
# Nouns of "the city of X": the place after "of" is the noun itself, not a larger place it
# lies in (as in "the port of X").
# Prepositions that only ever say where: a name they govern is a place, whatever kind of name
# the recogniser took it for ("outside Velmar Towers" read as a title). Not "at" or "in": "at
# Google", "in Hamlet".
PLACE_PREPOSITIONS = words("outside inside near beside opposite")
SETTLEMENT_NOUNS = words("city town village hamlet suburb district borough county province")
# Words where a headline's clause ends and a circumstance begins ("… as tram derails").
CLAUSE_BREAKS = words("as after before while when because amid despite following since until")
