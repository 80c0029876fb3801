"""Word lists several stages read: titles, role nouns, head nouns, pronoun classes, entity
types, approximators.

They are data, not logic, kept apart so a rule reads as a rule and a list can grow without
touching it (textacy keeps its lists in `constants.py` the same way). Every list is lower-case;
callers compare `token.lower_` (dots stripped for abbreviations). A list one stage alone
reads lives in that stage's `words.py`.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())


def gender_in(word: str, masculine: frozenset[str], feminine: frozenset[str]) -> str | None:
    """ "m" or "f" when `word` is in the masculine or the feminine list of a pair, else None."""
    if word in masculine:
        return "m"
    if word in feminine:
        return "f"
    return None


# Honorifics, ranks and offices written before a name ("Col. Tobias Smith", "President Obama").
# Abbreviations without their dot. They are stripped from a name and kept as descriptors.
TITLES = words(
    """
    mr mrs ms miss mx dr prof sir dame lord lady madam madame mme mlle monsieur herr frau
    rev revd fr msgr pastor rabbi imam sheikh sheik ayatollah mullah bishop archbishop cardinal pope
    col gen lt capt maj sgt cpl pvt pte adm cmdr cdr brig brigadier
    gov sen rep pres supt insp det pc
    president vice premier chancellor minister secretary senator congressman congresswoman
    congressperson representative governor mayor ambassador envoy judge justice magistrate
    king queen prince princess emperor empress sultan emir crown duke duchess earl baron baroness
    count countess
    general colonel captain major lieutenant sergeant corporal private admiral commander marshal
    commodore
    chairman chairwoman chairperson chair chief coach manager director
    detective inspector constable superintendent officer deputy sheriff
    professor doctor father brother sister mother
    speaker councillor councilor alderman assemblyman assemblywoman lawmaker legislator mp
    """
)
# Titles that are only ever titles when they stand before a capitalised name; used to decide
# that "Col. X" or "Sen. X" is a person even when the model typed X otherwise.
PERSON_TITLES = words(
    """
    mr mrs ms miss mx dr prof sir dame lady madame mme mlle monsieur herr frau rev revd fr msgr
    col gen lt capt maj sgt cpl pvt pte adm cmdr cdr brig gov sen rep supt insp det
    president senator congressman congresswoman governor mayor ambassador judge justice
    king queen prince princess emperor empress sultan emir duke duchess
    general colonel captain lieutenant sergeant corporal admiral commander marshal
    detective inspector constable superintendent professor pope cardinal archbishop bishop
    rabbi imam sheikh ayatollah chancellor premier minister secretary
    """
)
# Gendered titles: evidence for he/she agreement.
MASCULINE_TITLES = words(
    "mr sir lord monsieur herr king prince emperor sultan emir duke earl baron count father "
    "brother fr congressman chairman assemblyman"
)
FEMININE_TITLES = words(
    "mrs ms miss dame lady madam madame mme mlle frau queen princess empress duchess baroness "
    "countess mother sister congresswoman chairwoman assemblywoman"
)

# Nouns naming a person by what they do or are: pre-nominal roles ("lead surgeon X"), the
# heads of appositions ("X, a spokesman for Y") and of unnamed actors ("the soldier").
ROLE_NOUNS = words(
    """
    spokesman spokeswoman spokesperson official officials surgeon doctor physician nurse
    lawmaker legislator minister president chairman chairwoman chair director chief head leader
    coach manager striker defender midfielder goalkeeper keeper forward winger captain player
    batsman bowler pitcher quarterback rider driver jockey cyclist runner sprinter swimmer skier
    boxer wrestler golfer champion athlete star veteran rookie
    analyst economist strategist trader dealer broker banker investor executive ceo cfo founder
    owner shareholder chairman partner consultant adviser advisor aide assistant
    secretary spokesperson envoy ambassador diplomat negotiator mediator
    senator governor mayor councillor councilor congressman congresswoman representative deputy
    judge justice lawyer attorney prosecutor solicitor barrister magistrate
    commander general colonel officer soldier sergeant lieutenant captain private marine pilot
    guard trooper policeman policewoman detective inspector investigator
    reporter correspondent journalist editor columnist writer author photographer
    actor actress singer musician artist director producer
    professor researcher scientist expert engineer teacher student scholar historian
    activist campaigner protester dissident rebel militant fighter insurgent
    priest bishop cleric pastor rabbi imam monk nun
    candidate nominee incumbent rival opponent challenger teammate colleague
    witness victim suspect defendant plaintiff prisoner detainee hostage refugee defector
    gunman attacker assailant killer bomber hijacker
    resident villager farmer worker employee member founder chief
    king queen prince princess emperor
    wife husband son daughter father mother brother sister widow widower friend
    patient survivor
    """
)
# Nouns heading a definite description that may name an unnamed actor ("the soldier", "the
# company"): the role nouns above plus plain person and organisation nouns.
PERSON_NOUNS = ROLE_NOUNS | words(
    """
    man woman boy girl child teenager baby person youth mother father
    defector suspect victim soldier gunman
    """
)
# Endings of person nouns not listed, with the shortest word they apply to ("fisherman",
# "journalist", "physician"; not "list" or "van").
PERSON_NOUN_ENDINGS = (("man", 6), ("woman", 7), ("person", 9), ("ist", 7), ("ician", 8))
# Plural nouns for groups of people "they" often stands for ("the parents", "fans").
GROUP_NOUNS = words(
    """
    people parent child kid fan author official member resident citizen voter worker
    employee player participant user customer consumer student teacher scientist researcher
    expert critic supporter protester demonstrator troop force authority organizer
    organiser spectator viewer visitor tourist passenger investor manufacturer developer
    """
)
ORG_NOUNS = words(
    """
    company firm group government agency ministry department hospital army military police
    team club party court council committee board bank airline carrier newspaper broadcaster
    network union university school college institute organisation organization charity
    regime administration authority authorities commission parliament congress senate cabinet
    embassy consulate command navy force coalition alliance
    """
)

# Head nouns of organisation names ("Harbourview University Medical Centre", "Interior Ministry").
ORG_HEADS = words(
    """
    university college school academy institute institution centre center hospital clinic
    ministry department office bureau agency service services command council committee
    commission board authority assembly parliament congress senate court tribunal
    party union federation association league club society foundation fund trust
    bank corporation corp corp. company co co. inc inc. ltd ltd. plc llc group holdings
    partners airlines airline airways railway railways motors industries enterprises
    army navy police force forces guard guards corps brigade battalion regiment division
    front movement organisation organization alliance coalition network
    church mosque cathedral
    times post news journal herald tribune gazette telegraph press agency radio television tv
    exchange
    """
)
# Head nouns of facility names ("Kimpo Airport", "Olympic Stadium").
FAC_HEADS = words(
    """
    airport station stadium arena hall palace bridge tower building house street road avenue
    highway motorway tunnel dam port harbour harbor prison jail base hotel square park
    """
)
# Head nouns of natural or regional place names ("Han River", "Demilitarised Zone").
LOC_HEADS = words(
    """
    river sea ocean lake mountain mountains mount hills valley gulf bay strait island islands
    peninsula coast desert forest zone area region basin plain plateau canal
    """
)

# Gendered nouns: evidence for he/she agreement from a role or description.
MASCULINE_NOUNS = words(
    """
    man boy father son brother husband widower king prince emperor actor spokesman chairman
    congressman policeman businessman sportsman gentleman nephew uncle grandfather monk priest
    """
)
FEMININE_NOUNS = words(
    """
    woman girl mother daughter sister wife widow queen princess empress actress spokeswoman
    chairwoman congresswoman policewoman businesswoman sportswoman lady niece aunt grandmother
    nun
    """
)

# Verbs of saying and writing: "X said (that) ...", "..., X told reporters". The quote stage's
# first class of cues (PARC 3.0, see quotes/words.py); coreference leaves a speech verb's subject
# outside a quote out of the antecedents of a "he" inside it.
SPEECH_VERBS = words(
    """
    say tell add claim state explain warn insist deny report announce write ask note argue
    confirm reply respond acknowledge admit declare testify tweet post retweet email text
    recall continue conclude suggest stress emphasize emphasise reiterate repeat comment remark
    observe predict promise pledge vow threaten urge joke quip complain lament concede assert
    contend maintain allege charge mention point describe reveal disclose inform assure caution
    advise recommend propose demand boast brag shout yell scream chant whisper mutter counter
    rebut retort snap scoff interject estimate forecast agree disagree concur opine speculate
    hint imply signal tout proclaim decry denounce condemn swear guarantee answer muse wonder
    detail specify clarify underline underscore highlight reaffirm affirm attest cite quote
    read blog message relay preach plead pray gripe grumble protest object cry exclaim sigh
    laugh admonish instruct order recount narrate recollect reminisce tease taunt mock lecture
    vent
    """
)

# Third-person pronouns by class (the ones coreference resolves).
MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
PERSONAL_PRONOUNS = MASCULINE | FEMININE
THIRD_PERSON = PERSONAL_PRONOUNS | NEUTER | PLURAL
# Pronouns that open a relative clause: as its subject ("X, who heads ...") one stands for X.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})

# Entity types that name things rather than amounts (numeric types never become entities).
NAME_TYPES = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
# Entity types of amounts, dates and times (the entities stage's names and teams skip them).
NUMERIC_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Types a he/she pronoun may refer to; it/its; they/them.
PERSON_TYPES = frozenset({"PERSON"})
NEUTER_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
PLURAL_TYPES = frozenset({"ORG", "NORP", "GPE"})

# Words that open a span but are not part of a name ("the United States" -> "United States").
LEADING_FUNCTION_WORDS = frozenset({"the", "a", "an"})

# Words that make the number after them approximate: in the quantity and the time stages'
# qualifier lists (each stage keeps its own list around them; see theirs for why).
APPROXIMATORS = ("nearly", "almost", "about", "around", "roughly", "approximately")
