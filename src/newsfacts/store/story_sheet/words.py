"""Words that tie a number to what happened to what it counts, as data (STYLE: word lists).

A figure is keyed by its predicate (killed, injured, arrested, ...) and, for a specific group
("officers", "students"), the counted noun; general words for people ("people", "victims",
"men") count the same thing and share one key.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# General words for people: "two men were killed" and "two people were killed" count alike.
PEOPLE = _split(
    "people persons person men man women woman boys boy girls girl teens teen teenagers "
    "teenager children child kids kid victims victim others adults adult males male females "
    "female individuals individual juveniles juvenile youths youth bystanders bystander "
    "brothers brother sisters sister relatives relative friends friend civilians civilian "
    "patrons customers residents fathers father mothers mother sons son daughters daughter "
    "husbands husband wives wife"
)
# Groups counted on their own: "two officers were wounded" is not the story's injured total.
GROUPS = _split(
    "officers officer deputies deputy agents agent troopers trooper students student "
    "suspects suspect soldiers soldier workers worker employees employee"
)
# "a man was killed" counts one; "a" before any other word is not a number.
_IRREGULAR_PLURALS = ("men", "women", "children", "people")
SINGULAR = frozenset(
    word for word in PEOPLE + GROUPS if not word.endswith("s") and word not in _IRREGULAR_PLURALS
)
ADJECTIVES = _split(
    "more other additional young innocent unarmed unidentified adult teenage teen elderly "
    "unnamed unknown separate different"
)
AUXILIARIES = _split(
    "were was are is have has had been being got remain remained remains also both all "
    "reportedly later critically seriously severely slightly gravely badly found shot left "
    "pronounced now initially confirmed"
)

# predicate -> (cues after the number, verbs before it); longest first in the regexes
PREDICATES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "killed": (
        (
            "shot dead",
            "shot to death",
            "shot and killed",
            "fatally shot",
            "fatally wounded",
            "fatally injured",
            "fatally struck",
            "mortally wounded",
            "killed",
            "dead",
            "died",
            "dies",
            "die",
            "slain",
            "murdered",
            "lost their lives",
        ),
        (
            "killed",
            "killing",
            "kills",
            "fatally shot",
            "fatally shooting",
            "shot and killed",
            "claimed the lives of",
            "left dead",
        ),
    ),
    "injured": (
        (
            "injured",
            "wounded",
            "hurt",
            "hospitalized",
            "shot and wounded",
            # "four others with serious injuries"
            "with injuries",
            "with minor injuries",
            "with serious injuries",
            "with critical injuries",
            "with non-life-threatening injuries",
            "with non-life threatening injuries",
        ),
        (
            "injured",
            "injuring",
            "injures",
            "wounded",
            "wounding",
            "wounds",
            "hurt",
            "hurting",
            "hurts",
            "shot and wounded",
            "shot and injured",
        ),
    ),
    "arrested": (
        ("arrested", "detained", "taken into custody", "in custody", "charged", "booked"),
        ("arrested", "arresting", "arrests", "detained", "detaining", "charged", "charging"),
    ),
    "evacuated": (
        ("evacuated", "displaced", "rescued"),
        ("evacuated", "evacuating", "evacuate", "rescued", "displaced"),
    ),
    "fired": (
        ("fired", "were fired", "went off", "rang out"),
        ("fired", "firing", "fires", "fire", "shot off", "let off"),
    ),
    # people shot, killed or not: "four people were shot, one fatally" (see derive.py)
    "shot": (("shot",), ("shot", "shooting", "shoots")),
}
# What shots are counted as: "fired 40 rounds", "about 40 shots were fired".
SHOTS = _split("shots shot rounds round bullets bullet gunshots gunshot casings casing volleys")
# A clause between the number and its cue may close the tie: "three people, one of whom ...".
CLAUSE_BREAKS = ".;:!?\n"
# Sentences naming an official source: what they say outranks an estimate.
OFFICIAL = _split(
    "police spokesman spokeswoman spokesperson sheriff sheriff's coroner examiner officials "
    "official authorities chief department investigators prosecutor prosecutors mayor "
    "lieutenant sgt sergeant captain detective agency fbi atf"
)
# Sentences about something else than the story's own incident: a roundup, a year's total.
ELSEWHERE = (
    "separate",
    "so far this year",
    "this year",
    "last year",
    "last month",
    "last spring",
    "last summer",
    "last fall",
    "last winter",
    "years ago",
    "months ago",
    "since january",
    "since the start",
    "weekend",
    "in recent years",
    "earlier this",
    "in 20",
    "homicides",
    "across the city",
    "citywide",
    "overnight shootings",
    "night shootings",
    "city shootings",
    "multiple shootings",
    "several shootings",
    "series of shootings",
    "string of shootings",
    "shootings across",
    "shootings throughout",
)
# Words for money figures: "$50,000 bail", "a $10,000 reward".
MONEY_NOUNS = _split(
    "bail bond reward fine fines damages settlement ransom donations fund funds cost costs "
    "restitution lawsuit"
)
