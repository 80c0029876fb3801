"""What a name says about who or what it names: the evidence corpus entity resolution weighs.

Pure functions over names and sheet entities, apart from the resolver (canonical.py) that
keeps the corpus's caches: normalised names and their merge rules, a person's name words and
when two agree, gender from pronouns, and the headline run-ons and tagger slips that a name
is cut back from before it is judged.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from newsfacts.sheet import Acronym, Entity
from newsfacts.store.kind_nouns import (
    without_company_suffix,
    without_facility_noun,
    without_place_noun,
)
from newsfacts.words.given_names import is_given_name
from newsfacts.words.names import is_title, name_key
from newsfacts.words.nicknames import is_short_form

PERSON = "PERSON"
# Types that name one thing in the world; others (DATE, CARDINAL, ...) are never canonical.
NAME_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
PERSON_SIMILARITY = 92  # "Jonathan Smith" ~ "Jonathon Smith" (93); "John" vs "Joan" (90) not
NAME_SIMILARITY = 92
MIN_FUZZY_LENGTH = 6  # short names ("UNC", "Iran") are too alike to compare by spelling
BLOCK = 3  # fuzzy candidates share the first BLOCK characters of the normalised name
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
DIGITS = re.compile(r"\d+")
PLACE_TYPES = frozenset({"GPE", "LOC"})
# Links made on the evidence of a shared story, not of the name alone.
STORY_RULES = frozenset({"alias", "surname in story", "short name in story", "same name in story"})
# A thing joined to the person whose name it is (the tagger's type was wrong).
MISTYPED = "person's name"


# The resolver normalises the same few names many times an article (every rule, every
# alias): uncached, that was a sixth of the ingest writer's CPU time (4.2 s of 24.3 s for 200
# articles), nearly all repeats.
NORMALIZED_CACHE = 1 << 16


@lru_cache(maxsize=NORMALIZED_CACHE)
def normalize(name: str) -> str:
    """Case, dots, accents, possessives and a leading "the" do not make a different name."""
    key = name_key(name)
    folded = unicodedata.normalize("NFKD", key)
    key = "".join(char for char in folded if not unicodedata.combining(char))
    return _joined_letters(key.removeprefix("the ").strip())


def _joined_letters(key: str) -> str:
    """ "u s geological survey" -> "us geological survey": initials written apart ("U. S.",
    "H-P") are the word written together ("U.S.", "HP"); a lone initial stays."""
    out: list[str] = []
    run: list[str] = []
    for word in [*key.split(), ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        out.extend(["".join(run)] if len(run) >= 2 else run)
        run = []
        if word:
            out.append(word)
    return " ".join(out)


def thing_group(kind: str) -> str:
    """Types whose names are compared with each other: people apart, every other thing together."""
    return PERSON if kind == PERSON else "THING"


MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "itself"})


def pronoun_gender(entity: Entity) -> str | None:
    """ "m" or "f" when coreference gave the entity only "he" or only "she" forms."""
    said = {m.text.lower() for m in entity.mentions if m.kind == "pronoun"}
    masculine, feminine = bool(said & MASCULINE_PRONOUNS), bool(said & FEMININE_PRONOUNS)
    if masculine == feminine:
        return None
    return "m" if masculine else "f"


def pronoun_evidence(entity: Entity) -> int:
    """How many more "he"/"she" forms than "it" forms coreference gave the entity: above 0
    it is taken for a person, below 0 for a thing (one stray pronoun is outvoted)."""
    said = [m.text.lower() for m in entity.mentions if m.kind == "pronoun"]
    gendered = sum(word in MASCULINE_PRONOUNS | FEMININE_PRONOUNS for word in said)
    return gendered - sum(word in NEUTER for word in said)


def has_gendered_pronoun(entity: Entity) -> bool:
    """Whether coreference gave the entity mostly "he" or "she": a person, not a place."""
    return pronoun_evidence(entity) > 0


_WORD = re.compile(r"[A-Za-z][\w'-]*")
# A line is headline-like when this share of its words is capitalised ("Lohan Checks Into Rehab").
TITLE_CASE_SHARE = 0.6
MIN_TITLE_WORDS = 3


def stem(word: str) -> str:
    """A crude stem, enough to see "Checks" in "checked": inflections cut, length 4 kept."""
    word = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# A web or mail address: "hp.com", "www.example.org/news", "desk@example.com", or one a
# tokeniser spaced out ("www. hp. com"); its words are no evidence that a name is a common
# word ("HP" is not "hp" of "hp.com").
_ADDRESS = re.compile(
    r"\S*(?:[a-z]\.[a-z]|[/@])\S*|\bwww\s?\.(?:\s?\w+\s?\.)+\s?(?:com|org|net|gov|edu)\b",
    re.IGNORECASE,
)


def lower_words(text: str) -> frozenset[str]:
    """Stems of the words the article writes in lower case somewhere: common words, not names."""
    prose = _ADDRESS.sub(" ", text)
    return frozenset(stem(word) for word in _WORD.findall(prose) if word.islower())


def is_title_case_line(line: str) -> bool:
    """A headline: mostly capitalised words, and no full stop at the end as a sentence has."""
    if line.rstrip().endswith("."):
        return False
    words = _WORD.findall(line)
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= MIN_TITLE_WORDS and capitalised >= TITLE_CASE_SHARE * len(words)


def line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


NAME_PARTICLES = frozenset(
    {
        "of",
        "the",
        "and",
        "de",
        "da",
        "del",
        "der",
        "di",
        "du",
        "van",
        "von",
        "la",
        "le",
        "al",
        "bin",
    }
)


def headline_trim(name: str, lowered: frozenset[str], *, person: bool = False) -> str:
    """ "Lindsay Lohan Checks Into Rehab" -> "Lindsay Lohan": trailing words the article also
    writes in lower case are the headline's verb and object, not the name. A person's name
    has no such word inside or before it either ("Colts Beat Chiefs" -> "Colts", "Ignore
    Clinton" -> "Clinton")."""
    words = name.split()
    if person:
        # "Ignore Clinton": a headline's imperative verb before the name
        while len(words) > 1 and stem(words[0]) in lowered and not is_given_name(words[0]):
            words = words[1:]
        for at, word in enumerate(words[1:], start=1):
            if word.lower() not in NAME_PARTICLES and stem(word) in lowered:
                words = words[:at]
                break
    while len(words) > 1 and stem(words[-1]) in lowered:
        words.pop()
    return " ".join(words)


def lowercase_tail_trim(name: str) -> str:
    """ "Ross doesn" -> "Ross": a person's name ends with a capitalised word; the tagger's
    span sometimes runs on into the verb (a split "doesn ’ t")."""
    words = name.split()
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    return " ".join(words)


def headline_name(name: str, types: dict[str, str], *, person: bool) -> str:
    """ "Lindsay Lohan Checks Out" -> "Lindsay Lohan": in a headline, a name is the longest
    opening the article also uses as a name, else, for a person, a given name and one more word."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        found = types.get(normalize(" ".join(words[:size])))
        # "Port Elbery Gazette" is no headline fragment of the place "Port Elbery"
        if found is not None and (found == PERSON) == person and found not in PLACE_TYPES:
            return " ".join(words[:size])
    if person and len(words) >= 3 and is_given_name(words[0]) and not is_given_name(words[2]):
        return " ".join(words[:2])
    return name


def body_name(entity: Entity, text: str, name: str) -> str:
    """ "Obama Reverses Bush" -> "Obama": a name written only on headline lines, while the
    body calls the entity by a part of it, is a headline's run-on; the body's most written
    form names the entity."""
    names = [m for m in entity.mentions if m.field == "text" and m.kind == "name"]
    body = [m.text for m in names if not is_title_case_line(line_at(text, m.start))]
    words = set(normalize(name).split())
    if any(normalize(form) == normalize(name) for form in body):
        return name
    parts = Counter(
        form for form in body if normalize(form) and set(normalize(form).split()) < words
    )
    return parts.most_common(1)[0][0] if parts else name


# A game's score the tagger ran into a team's name: "Evansville 91-73" is Evansville.
_SCORE = re.compile(r"\s+\d+\s*[-–]\s*\d+$")
_SPACED_HYPHEN = re.compile(r" - ([A-Z][\w'’]*)")


def hyphen_joined(entity: Entity, text: str, name: str) -> str:
    """ "Hewlett - Packard" -> "Hewlett-Packard": a text whose hyphens a tokeniser spaced out
    cuts the tagger's name at the hyphen. When every mention written as the name is followed
    by a spaced hyphen and one same capitalised word, that word is the rest of the name
    (the tagger may have taken it for a name of its own, "Packard"); not after a word in
    capitals ("WASHINGTON - April", a dateline's dash)."""
    if not name or name.split()[-1].isupper():
        return name
    tails = set()
    for mention in entity.mentions:
        if mention.field != "text" or mention.kind != "name" or mention.text != name:
            continue
        found = _SPACED_HYPHEN.match(text, mention.end)
        if found is None:
            return name
        tails.add(found.group(1))
    if len(tails) != 1:
        return name
    return f"{name}-{tails.pop()}"


def is_capitalised(name: str) -> bool:
    """ "Wladimir Klitschko", "TMZ": every word capitalised, as a name is written."""
    words = name.split()
    return bool(words) and all(word[:1].isupper() for word in words)


def corpus_view(
    entity: Entity, text: str, lowered: frozenset[str], types: dict[str, str]
) -> Entity:
    """The entity as the corpus should judge it.

    The tagger runs a headline's words into a name ("Lindsay Lohan Checks Into Rehab") and
    gives a name another type in one sentence ("Lohan" a place, with "she" pointing at it).
    The sheet keeps what it found; its corpus entity is found with the name cut back to what
    the article uses as a name, typed as the article's other entity of that name, and a
    thing that "he" or "she" stands for is taken for a person. `types`: normalised name ->
    type of the sheet's entities.
    """
    name, kind = entity.name, entity.type
    if not entity.named:
        # a description is judged by its head noun ("the seldom-seen actress": an actress),
        # once the article's names are resolved; one written as a name stays whole
        head = name.split()[-1:] if kind == PERSON and not is_capitalised(name) else []
        if not head or head[0] == name:
            return entity
        return entity.model_copy(update={"name": head[0]})
    names = [m for m in entity.mentions if m.field == "text" and m.kind == "name"]
    in_titles = bool(names) and all(is_title_case_line(line_at(text, m.start)) for m in names)
    if in_titles or any(m.field == "headline" for m in entity.mentions):
        name = headline_trim(name, lowered, person=kind == PERSON)
        name = headline_name(name, types, person=kind == PERSON)
    if kind == PERSON:
        name = lowercase_tail_trim(body_name(entity, text, name))
    name = hyphen_joined(entity, text, name)
    name = _SCORE.sub("", name) or name
    if name != entity.name:
        kind = types.get(normalize(name), kind)
    said = pronoun_evidence(entity)
    if kind != PERSON and (
        (said > 0 and could_be_person(name)) or names_article_person(name, types)
    ):
        kind = PERSON
    elif kind == PERSON and said < 0:
        kind = "ORG"  # "Microsoft ... its": a company the tagger took for a person
    if (name, kind) == (entity.name, entity.type):
        return entity
    return entity.model_copy(update={"name": name, "type": kind})


def could_be_person(name: str) -> bool:
    """Whether "he" or "she" on a thing may make it a person: a surname alone ("Lohan"), or
    a name that opens with a given name ("Lindsay Lohan"). "Kansas City" or "South Sudan"
    stays a place whatever pronoun coreference hung on it."""
    words = person_words(name)
    return len(words) == 1 or (len(words) >= 2 and is_given_name(words[0]))


def names_article_person(name: str, types: dict[str, str]) -> bool:
    """Whether a "thing" is a person of the article under another form of the name: the
    surname of one of its people, after a given name that is theirs, a short or long form
    of it, or any known given name ("Mo Cheeks", a place, where "Maurice Cheeks" is a person)."""
    words = person_words(name)
    if len(words) < 2:
        return False
    for other, kind in types.items():
        theirs = person_words(other) if kind == PERSON else []
        if len(theirs) >= 2 and theirs[-1] == words[-1] and theirs != words:
            given, their_given = words[0], theirs[0]
            if (
                given == their_given
                or is_short_form(given, their_given)
                or is_short_form(their_given, given)
                or is_given_name(given)
            ):
                return True
    return False


def person_words(name: str) -> list[str]:
    """A person's name words without titles or suffixes: "Col. Tobias R. Ferrante Jr." -> 3."""
    words = [word for word in name.split() if not is_title(word)]
    keys = normalize(" ".join(words)).split()
    keys = [key for key in keys if key not in NAME_SUFFIXES]
    # "W. Mark Felt" goes by his middle name: he is "Mark Felt"
    return keys[1:] if len(keys) >= 3 and len(keys[0]) == 1 and len(keys[1]) > 1 else keys


def same_person(a: list[str], b: list[str]) -> bool:
    """Full names that can name one person: same given name and surname, middles agreeing."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return all(x[0] == y[0] for x, y in zip(a[1:-1], b[1:-1], strict=False))


def similar_people(a: list[str], b: list[str]) -> bool:
    """Near-equal spellings of one full name ("Jonathon" for "Jonathan"), surname equal."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or a[0][0] != b[0][0]:
        return False
    return fuzz.ratio(" ".join(a), " ".join(b)) >= PERSON_SIMILARITY


def is_place_prefix(alias: str, entity: Entity, places: frozenset[str]) -> bool:
    """ "Washington" for the Washington Post: the alias is a place that opens the name."""
    if entity.type in PLACE_TYPES:
        return False
    norm, full = normalize(alias), normalize(entity.name)
    return norm != full and full.startswith(norm + " ") and norm in places


def entity_names(
    entity: Entity, acronyms: Iterable[Acronym], places: frozenset[str] = frozenset()
) -> dict[str, tuple[str, bool]]:
    """Every normalised name of `entity` -> (display form, may merge another entity).

    `places`: normalised names of the article's places, which are not an organisation's alias.
    """
    names: dict[str, tuple[str, bool]] = {}
    forms = [entity.name, *entity.aliases]
    forms += [form for a in acronyms if a.entity == entity.id for form in (a.short, a.long)]
    for form in forms:
        norm = normalize(form)
        if not norm or norm in names or is_place_prefix(form, entity, places):
            continue
        if entity.type == PERSON:
            merges = len(person_words(form)) >= 2 and form == entity.name
        else:
            merges = form == entity.name or " " in norm or form.replace(".", "").isupper()
        names[norm] = (form, merges)
        if entity.type in PLACE_TYPES and merges:
            names.setdefault(without_place_noun(norm), (form, True))
        if entity.type != PERSON and merges:
            short = without_company_suffix(norm)
            names.setdefault(short, (form, True))
            core = without_facility_noun(short)
            if entity.type not in PLACE_TYPES and core not in places:
                names.setdefault(core, (form, True))
    return names


@dataclass(frozen=True, slots=True)
class Link:
    """Why an article entity belongs to its corpus entity: a rule name and its evidence."""

    rule: str
    evidence: str
