"""Word lists and marks the quote stage reads: reporting cues, source nouns, quotation marks.

Data, not logic (STYLE.md), kept apart so the rules in `cues.py`, `speakers.py`,
`frames.py` and `find.py` read as rules and the lists can grow. Cues are matched by
lemma, lower-case. The verb classes follow the attribution cues of PARC 3.0 / PolNeAR (Pareti,
"PARC 3.0: A Corpus of Attribution Relations", LREC 2016; Newell et al., "An Attribution
Relations Corpus for Political News", LREC 2018): verbs of saying (`SPEECH_VERBS`, in
`words/lexicon.py` since coreference reads them too), then verbs of thinking, intending,
judging and showing, which those corpora count as attributions too.
"""

from __future__ import annotations

import re

from newsfacts.words.lexicon import SPEECH_VERBS, words

# Verbs of thinking, feeling and knowing: "X believes (that) ...".
THOUGHT_VERBS = words(
    """
    think believe feel know hope fear worry doubt suspect assume guess figure reckon
    imagine consider realize realise recognize recognise understand learn decide wish
    sense trust bet presume suppose foresee envision anticipate question
    expect prefer notice accept
    """
)
# Verbs of showing and finding, whose subject is often a document or study: "a poll shows ...".
EVIDENCE_VERBS = words(
    """
    show find indicate demonstrate reveal suggest confirm conclude establish
    """
)
# Verbs whose content is what the speaker means to do: "X vowed to stay", "X urged Y to go",
# "X pledged to cut the toll".
INTENT_VERBS = words(
    """
    vow promise refuse decline urge threaten propose expect hope ask call swear
    want plan intend aim wish seek agree pledge
    """
)
# Verbs of wishing, whose "for" object is what is wished, when they have a subject of their
# own ("X was hoping for a recount"; a participle borrows a subject the parse may misplace).
WISH_VERBS = words("hope wish yearn")
# Verbs of liking that tell a wish with "would" and an infinitive: "X would like to run",
# "we'd love to see Y" (alone, "X likes to sail" tells a habit, not a wish).
DESIRE_VERBS = words("like love")
# Verbs of saying whose infinitive is what is said of the subject: "X claimed to be ready".
PROFESSING_VERBS = words("claim")
# Verbs of judging and citing whose object is the content: "X praised the plan".
OBJECT_VERBS = words(
    """
    cite describe criticize criticise express accuse praise blast denounce mention blame
    reject dismiss tout slam list note announce propose question mock portray acknowledge
    reveal highlight condemn decry lambast lambaste hail applaud commend deride
    ridicule rebuke disparage discuss defend attack thank
    outline congratulate
    """
)
# Verbs of judging someone (Levin's class 33 "judgment" verbs, with the verbs of attack and
# thanks): their object is the one judged, and a name alone is that content too when someone
# judges in a main clause ("X praised Y", "X attacked Y").
JUDGMENT_VERBS = words(
    """
    praise criticize criticise attack blast slam mock denounce condemn rebuke ridicule
    deride lambast lambaste hail applaud commend disparage thank congratulate accuse blame
    """
)
# More verbs of judging (Levin's class 33 and the "criticize" kin): scolding, faulting and
# extolling someone or something; they report their object like the ones above.
CENSURE_VERBS = words(
    """
    assail berate chide scold castigate excoriate fault upbraid savage bash laud extol
    skewer pillory vilify demonize censure admonish reprimand lampoon
    """
)
JUDGMENT_VERBS |= CENSURE_VERBS
OBJECT_VERBS |= CENSURE_VERBS
# Verbs of referring and likening (Levin's "characterize" and "correlate" kin): what someone
# invokes, references or likens to something else is the view set out ("X invoked the old
# treaty", "X compared the toll to a tax").
REFERRING_VERBS = words("invoke reference compare liken equate")
OBJECT_VERBS |= REFERRING_VERBS
# Verbs of ordering (Levin's "order" kin of the "urge" verbs): what someone orders, a thing
# ("ordered an audit") or someone to act ("ordered the agency to release the files"); not
# "command", which more often means to hold ("commands a lead").
ORDERING_VERBS = words("order")
OBJECT_VERBS |= ORDERING_VERBS
INTENT_VERBS |= ORDERING_VERBS
# Verbs of urging, whose object is either the one urged ("urged the board to wait") or,
# when it is a thing, the course urged ("urged caution", "urged a firm stand").
URGING_VERBS = words("urge")
# Verbs of attitude, advocacy and dispute (Levin's class 31.2 "admire" verbs, with welcome,
# embrace, champion, advocate, dispute, challenge, contest): a person's object is the view
# held, a side taken or a claim disputed ("X welcomed the ruling", "X disputes that figure").
ATTITUDE_VERBS = words(
    """
    admire appreciate deplore despise detest dislike lament regret resent respect
    welcome embrace champion advocate dispute challenge contest
    """
)
OBJECT_VERBS |= ATTITUDE_VERBS
# Verbs of setting out or repeating a view (Levin's "transfer of a message" kin): their
# object is what was set out ("laid out a plan", "spelled out its concerns", "echoed that
# criticism", "articulated a vision"), by someone or a document as the verb's own subject.
# Not "unveil": what is unveiled is mostly a thing (an ad, a plan's final version).
PRESENTING_VERBS = words("lay spell echo articulate present")
# Verbs of making public, whose object is what was made public ("released its findings",
# "published the returns"), except a document that speaks for itself ("issued a statement
# saying ...": the statement reports).
PUBLISHING_VERBS = words("release publish issue")
PRESENTING_VERBS |= PUBLISHING_VERBS
OBJECT_VERBS |= PRESENTING_VERBS - {"present"}
# Verbs of taking a side, whose object is the side taken: "X backs the bill", "X supports
# Y". They are cues only for a side that is a name or a proposal: "she had to support the
# crewman" holds someone up, it reports no stance.
STANCE_VERBS = words("support back oppose favor favour prefer endorse")
STANCE_OBJECTS = words(
    """
    plan plans bill bills proposal proposals policy policies measure measures deal law laws
    amendment legislation agreement idea ideas candidate candidates candidacy nomination
    nominee ban effort efforts campaign reform reforms tax taxes initiative referendum
    approach position view ticket party platform decision move change changes
    """
)
# Nouns for someone by the side they take (agent nouns of the verbs of support, criticism
# and advocacy): "X is a harsh critic of Y", "X, a loyal supporter of Y,". What follows
# their preposition is the side taken; the one who is it holds it. Not "opponent" nor
# "foe": in a race they name a rival ("his primary opponent").
ROLE_NOUNS = words(
    """
    supporter backer proponent advocate champion defender booster critic detractor skeptic
    sceptic campaigner
    """
)
ROLE_PREPOSITIONS = words("of for")
# Verbs whose passive with a by-phrase reports the source's side taken on its subject, or
# its report of it: "X was endorsed by the union", "the plan was criticized by Y", "the move
# was first reported by Z", "the charge was echoed by W".
SIDE_PASSIVE_VERBS = OBJECT_VERBS | STANCE_VERBS | words("report echo")
# Verbs of knowing whose passive with "for" tells a reputation, what its subject is held to
# be known for: "X is known for its dry wit" (no source named).
REPUTATION_VERBS = words("know")
# Endings of nouns for people, who are held up rather than a side taken: "crewman".
PERSON_ENDINGS = ("man", "men", "woman", "women", "person", "people")
# Passives that tell what happened, not what anyone thinks: "is supposed to" (an
# obligation), "was found dead", "were admitted", "is observed as a holiday".
NOT_REPORTING_PASSIVES = words("suppose find admit observe")
# Verbs whose object is the one spoken to, not what is said: "told reporters".
ADDRESSEE_VERBS = words(
    "tell inform assure advise instruct order lecture admonish ask answer urge quote cite brief"
)
# Adjectives of will and leaning, whose infinitive or "to" object is what someone wants or
# leans to: "X is eager to run", "reluctant to back Y", "open to a deal", "opposed to Y".
WILLING_ADJECTIVES = words(
    """
    eager keen willing unwilling reluctant determined anxious desperate hesitant loath ready
    intent inclined disinclined open opposed receptive hostile resistant amenable sympathetic
    averse committed
    """
)
# Verbs of saying whose object is mostly a thing, not words: "wrote the letter", "posted a
# photo", "claimed victory", "found the posts", "added a digit", "charged a fee". Not
# "tweet": what is tweeted (a photo, a link, thanks) is the message itself.
THING_OBJECT_VERBS = words(
    """
    write post read claim find add charge admit agree decide maintain threaten signal
    demonstrate email text chant
    """
)
# Verbs whose content follows a preposition: "X called for a ban", "X accused Y of lying";
# among them the verbs of talking about a topic (Levin's class 37: "wrote about", "hinted at",
# "commented on"), of answering ("responded to"), agreeing and advocacy ("sided with",
# "pushed for", "railed against", "pushed back on"), of attack and apology ("lashed out at",
# "scoffed at", "apologized for").
PREPOSITION_VERBS = {
    "accuse": frozenset({"of"}),
    "ask": frozenset({"about", "for"}),
    "speak": frozenset({"about", "of", "against"}),
    "write": frozenset({"about"}),
    "tweet": frozenset({"about"}),
    "post": frozenset({"about"}),
    "joke": frozenset({"about"}),
    "brag": frozenset({"about", "of"}),
    "comment": frozenset({"on", "about"}),
    "remark": frozenset({"on", "about"}),
    "elaborate": frozenset({"on"}),
    "testify": frozenset({"about", "on"}),
    "hint": frozenset({"at"}),
    "allude": frozenset({"to"}),
    "dwell": frozenset({"on"}),
    "speculate": frozenset({"about", "on"}),
    "muse": frozenset({"about", "on"}),
    "reminisce": frozenset({"about"}),
    "inquire": frozenset({"about"}),
    "tell": frozenset({"about", "of"}),
    "inform": frozenset({"about", "of"}),
    "brief": frozenset({"on", "about"}),
    "lash": frozenset({"at", "against"}),
    "swipe": frozenset({"at"}),
    "jab": frozenset({"at"}),
    "poke": frozenset({"at"}),
    "bristle": frozenset({"at"}),
    "balk": frozenset({"at"}),
    "scoff": frozenset({"at"}),
    "sneer": frozenset({"at"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "call": frozenset({"for"}),
    "hope": frozenset({"for"}),
    "wish": frozenset({"for"}),
    "yearn": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "blast": frozenset({"for"}),
    "slam": frozenset({"for"}),
    "blame": frozenset({"for"}),
    "praise": frozenset({"for"}),
    "point": frozenset({"to"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "refer": frozenset({"to"}),
    "talk": frozenset({"about"}),
    "focus": frozenset({"on"}),
    "respond": frozenset({"to"}),
    "reply": frozenset({"to"}),
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with", "against"}),
    "concur": frozenset({"with"}),
    "campaign": frozenset({"for", "against"}),
    "lobby": frozenset({"for", "against"}),
    "push": frozenset({"for", "against", "on"}),
    "press": frozenset({"for"}),
    "advocate": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "rail": frozenset({"against"}),
}
# Verbs of advocacy and protest, whose preposition's object is the side taken: "X lobbied
# against the bill", "X pushed for a recount", "X railed against the toll".
ADVOCACY_VERBS = words("campaign lobby push press advocate argue rail")
# Verbs of agreeing, whose preposition's object is the side taken, a name too: "X agrees
# with Y", "X sided with the union".
AGREEMENT_VERBS = words("agree disagree side concur")
# Verbs of answering, whose content is what they answer: "X responded to the charges".
RESPONSE_VERBS = words("respond reply")
CUE_VERBS = (
    SPEECH_VERBS
    | THOUGHT_VERBS
    | EVIDENCE_VERBS
    | INTENT_VERBS
    | OBJECT_VERBS
    | STANCE_VERBS
    | DESIRE_VERBS
    | frozenset(PREPOSITION_VERBS)
)
# Verbs of seeming, whose content is their whole clause and whose source is left unsaid:
# "voters seem to prefer X", "it appears that X". PolNeAR counts them as attributions.
SEEM_VERBS = words("seem appear")
# Verbs that report a clause ("X said (that) ...").
CLAUSE_VERBS = SPEECH_VERBS | THOUGHT_VERBS | EVIDENCE_VERBS
# "X reported, citing Y": the verb that names the source behind a report.
CITING_VERBS = words("cite quote")
# Verbs that name what the speaker calls someone: 'X called Y a "liar"' (content = "Y ...").
NAMING_VERBS = words(
    """
    call describe label brand dub portray characterize characterise term view deem regard see
    cast present
    """
)
# Naming verbs with other senses, which name only when someone names: "X cast Y as a
# villain", not "the lamp cast light" (nor, through a slip of the parse, "policies that cast").
PERSON_NAMING_VERBS = words("cast")
# A naming verb reports only what it names ("voters view X as Y"): never bare.
CUE_VERBS |= NAMING_VERBS
# Cues that need their content to be a clause with a subject: alone ("he knows the area")
# they mean something else.
CLAUSE_ONLY_VERBS = THOUGHT_VERBS | EVIDENCE_VERBS | words("add continue point read")
CLAUSE_ONLY_VERBS |= (
    INTENT_VERBS | OBJECT_VERBS | STANCE_VERBS | DESIRE_VERBS | frozenset(PREPOSITION_VERBS)
) - SPEECH_VERBS
# Shares of the people a poll counted, who speak as its subject: "38 percent said", "a third".
SHARE_NOUNS = words("percent percentage half third quarter fifth majority minority plurality")
# The small model's lemma slips for cue verbs ("hoping" -> "hop").
LEMMA_FIXES = {"hop": "hope"}
# Particles that make a verb a cue: "point out".
CUE_PARTICLES = {"point": "out", "lay": "out", "spell": "out"}

# Nouns whose speaker is the document: "a statement said", "the report found".
DOCUMENT_NOUNS = words(
    """
    statement report study survey poll letter email e-mail memo memorandum filing lawsuit
    complaint document documents release transcript tweet tweets post message note notice
    analysis review audit ruling verdict order decision opinion indictment affidavit
    testimony record records data figures findings article editorial op-ed column
    book speech interview briefing announcement communique bulletin guidance
    text texts letters emails memos polls surveys studies reports statements
    site page ad advertisement video footage recording website resolution
    """
)
# Nouns and names of the press: "the newspaper reported", "Reuters said".
MEDIA_NOUNS = words(
    """
    newspaper newspapers paper daily tabloid magazine journal broadcaster channel network
    station outlet outlets media press reporter reporters correspondent journalist
    journalists columnist editor editors blog website wire television radio
    """
)
MEDIA_NAMES = words(
    """
    reuters ap afp bloomberg cnn bbc nbc abc cbs fox msnbc npr pbs politico axios yonhap xinhua
    tass kcna itar-tass ria interfax upi
    """
)
# Words for speakers whose name the article does not give: "officials said".
UNNAMED_NOUNS = words(
    """
    official officials spokesman spokeswoman spokesperson source sources aide aides
    people person witness witnesses resident residents expert experts analyst analysts
    observer observers critic critics supporter supporters insider insiders diplomat
    diplomats someone somebody many others some
    """
)
# "according to X", "in the words of X": multiword cues whose speaker is the object.
ACCORDING_TO = ("according", "to")
# Nouns that report what their owner said or thinks: "his claim that ...", "the mayor's
# position is that ...", "a warning from X that ...". PARC 3.0 counts them as cues.
CUE_NOUNS = words(
    """
    claim claims statement statements announcement warning warnings assertion argument
    belief view position promise pledge vow suggestion allegation allegations accusation
    accusations insistence contention prediction admission acknowledgment acknowledgement
    remark remarks comment comments message fear fears hope hopes concern concerns
    assurance assurances insinuation charge charges complaint declaration
    attack criticism call endorsement support question praise opposition demand plea
    concern stance apology defense denial plan threat refusal decision bid
    mention reference references thought thoughts feeling feelings attitude attitudes
    misgiving misgivings reservation reservations doubt doubts opinion opinions
    """
)
# Cue nouns whose content follows a preposition: "his attack on X", "her call for a ban",
# "their criticism of X". A cue noun may also take an infinitive: "his call to act".
NOUN_PREPOSITIONS = {
    "attack": frozenset({"on", "against"}),
    "criticism": frozenset({"of"}),
    "call": frozenset({"for"}),
    "endorsement": frozenset({"of", "for"}),
    "support": frozenset({"for", "of"}),
    "claim": frozenset({"of"}),
    "question": frozenset({"about"}),
    "complaint": frozenset({"about", "of"}),
    "warning": frozenset({"about", "of", "against"}),
    "praise": frozenset({"for", "of"}),
    "opposition": frozenset({"to"}),
    "demand": frozenset({"for"}),
    "plea": frozenset({"for"}),
    "promise": frozenset({"of"}),
    "pledge": frozenset({"of"}),
    "concern": frozenset({"about", "over"}),
    "fear": frozenset({"of", "about"}),
    "comment": frozenset({"about", "on"}),
    "remark": frozenset({"about", "on"}),
    "view": frozenset({"on", "of"}),
    "position": frozenset({"on"}),
    "stance": frozenset({"on"}),
    "apology": frozenset({"for"}),
    "defense": frozenset({"of"}),
    "denial": frozenset({"of"}),
    "accusation": frozenset({"of"}),
    "allegation": frozenset({"of"}),
    "mention": frozenset({"of"}),
    "reference": frozenset({"to"}),
    "thought": frozenset({"on", "about"}),
    "feeling": frozenset({"about", "toward", "towards"}),
    "attitude": frozenset({"about", "toward", "towards"}),
    "misgiving": frozenset({"about"}),
    "reservation": frozenset({"about"}),
    "doubt": frozenset({"about"}),
    "opinion": frozenset({"of", "on", "about"}),
}
# Support verbs: they carry a cue noun and lend it their subject as its owner ("X raised
# questions about Y", "X voiced support for Y", "X made comments about Y"); the light verbs
# of the attribution literature (PARC 3.0), not a list of what the gold happens to miss.
SUPPORT_VERBS = words(
    """
    make raise express voice offer give take have issue share deliver lodge file level
    repeat reiterate
    """
)
NOUN_INFINITIVES = words("call promise pledge vow plan threat demand plea refusal decision bid")
# Prepositions that name a cue noun's owner: "a warning from X", "the claim by X".
CUE_NOUN_OWNERS = words("by from of")
# "in a new poll, X leads": documents of findings that, after "in", are the source of the
# clause they qualify.
FINDING_NOUNS = words(
    """
    poll polls survey surveys study studies report reports analysis census tally audit
    """
)
# The respondents a poll counts: "54 percent said", "a majority say", "most favored".
SHARE_WORDS = words("percent % majority plurality minority half third quarter most")
# "in the view of X", "in X's view", "in the opinion of X": the noun of the phrase.
VIEW_NOUNS = words("view opinion words estimation judgment judgement eyes mind")

# Quotation marks. Double marks open and close quotes; single marks only nest inside them or
# quote a headline. The wire style writes ``...'' (or ''...'') with doubled ASCII marks.
DOUBLE_OPENING = "“„«‟"
DOUBLE_CLOSING = "”»"
WIRE_OPENING = "``"
SINGLE_OPENING = "‘‚‹"
SINGLE_CLOSING = "’›"
# One double mark, wire pairs first so `''` is not read as two apostrophes.
DOUBLE_MARK = re.compile(r"``|''|[\"“”„«»‟]")
SINGLE_MARK = re.compile(r"[‘’‚‹›']")
# Characters that may stand right before an opening mark / right after a closing one.
BEFORE_OPENING = " \t\n([{—–-/:;"
AFTER_CLOSING = " \t\n)]}—–-/:;,.!?…"
# Markup left in scraped text: `<tweet id="1" author="@x">`; its quotation marks are not quotes.
MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]{0,2000})?/?>")
# A paragraph break: a blank line (the clean text's convention).
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Dashes that introduce a source after a quote: '"..." — Commissioner X' (longest first).
FRAME_DASHES = ("—", "–", "--", "-")
# Words that may open a colon frame before the speaker: 'From the mayor: "..."'.
FRAME_PREPOSITIONS = words("from by via")
# Line labels that are not speakers: "Update: ...", "Photo: ...".
LABEL_WORDS = words(
    """
    update updates photo photos video videos note editor correction clarification source
    sources credit related read watch listen advertisement ad breaking exclusive analysis
    opinion review live transcript q a question answer result results example summary
    bombshell flashback shock shocking wow boom busted revealed confirmed alert
    """
)
