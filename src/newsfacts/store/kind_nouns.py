"""Nouns that only say what kind of thing a name is, and the name without them.

"Quillfeather Corp." is Quillfeather, "Qeshm Island" is Qeshm, "the Kelmoor Treatment
Center" is Kelmoor: the corpus resolver (names.py `entity_names`) lets an entity merge on
its name without these words too.
"""

from __future__ import annotations

# Legal suffixes of a company name: "Apple Inc." and "Apple" are one name.
COMPANY_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "company", "limited", "ag", "sa"}
)


def without_company_suffix(norm: str) -> str:
    """ "intel corp" -> "intel"; a name that is only a suffix stays as it is."""
    words = norm.replace(",", " ").split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


# Nouns that only say what kind of place a name is: "Qeshm Island" and "the province of
# Aceh" are Qeshm and Aceh. ("County", "City", "State" are left out: "Orange County" is not
# Orange, "New York State" not the city.)
PLACE_NOUNS = frozenset({"island", "province", "region", "district", "prefecture"})


def without_place_noun(norm: str) -> str:
    """ "qeshm island", "province of aceh" -> "qeshm", "aceh"; other names as they are."""
    words = norm.split()
    if len(words) >= 2 and words[-1] in PLACE_NOUNS:
        return " ".join(words[:-1])
    if len(words) >= 3 and words[0] in PLACE_NOUNS and words[1] == "of":
        return " ".join(words[2:])
    return norm


# Nouns that only say what kind of facility or firm a name is: "Betty Ford Clinic", "the
# Betty Ford Center" and "Betty Ford Treatment Center" are one place, "ATI Technologies" is ATI.
FACILITY_NOUNS = frozenset(
    {
        "center",
        "centre",
        "clinic",
        "treatment",
        "rehab",
        "rehabilitation",
        "recovery",
        "facility",
        "unit",
        "shop",
        "store",
        "technologies",
        "technology",
    }
)


def without_facility_noun(norm: str) -> str:
    """ "betty ford treatment center" -> "betty ford"; a name of only such nouns stays whole."""
    words = norm.split()
    while len(words) > 1 and words[-1] in FACILITY_NOUNS:
        words.pop()
    return " ".join(words)
