"""Common English short forms of given names: "Bill" is William, "Mo" is Maurice.

A reporter writes "Fred LaRue" where the obituary writes "Frederick C. LaRue"; the corpus
resolver takes a short form for its full given name (store/people.py) when the surname is the
same. Short forms that are the start of the full name ("Fred", "Rob", "Chris") need no entry
here (`is_short_form`); the list holds those that are not ("Bill", "Bob", "Peggy"). The list
is common English usage written for this project, not names of any data set.
"""

from __future__ import annotations

from newsfacts.words.given_names import name_gender

# short form -> the full given names it stands for
_SHORT_FORMS = {
    "bill": "william",
    "billy": "william",
    "will": "william",
    "bob": "robert",
    "bobby": "robert",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "jim": "james",
    "jimmy": "james",
    "jack": "john",
    "johnny": "john",
    "mike": "michael",
    "mickey": "michael",
    "tom": "thomas",
    "tommy": "thomas",
    "ted": "edward theodore",
    "ned": "edward",
    "ed": "edward edwin edmund",
    "eddie": "edward",
    "jerry": "gerald gerard gerardo jeremiah",
    "larry": "lawrence laurence",
    "harry": "henry harold",
    "hank": "henry",
    "chuck": "charles",
    "charlie": "charles",
    "joe": "joseph",
    "joey": "joseph",
    "tony": "anthony antonio",
    "mo": "maurice morris mohammed muhammad",
    "sandy": "alexander sandra",
    "peggy": "margaret",
    "maggie": "margaret",
    "meg": "margaret",
    "betty": "elizabeth",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "sally": "sarah",
    "sue": "susan suzanne",
    "kate": "katherine catherine kathryn",
    "kathy": "katherine catherine kathryn",
    "patty": "patricia",
    "peg": "margaret",
}
SHORT_FORMS = {short: frozenset(full.split()) for short, full in _SHORT_FORMS.items()}
# a start shorter than this is an initial or a different name ("Al", "Jo")
MIN_PREFIX = 3


def is_short_form(short: str, full: str) -> bool:
    """Whether the given name `short` can be a short form of `full` (lower case): listed, or
    its start ("Fred" of "Frederick"), and not a name of the other sex ("Dan", "Dana")."""
    if short == full or len(short) >= len(full):
        return False
    listed = full in SHORT_FORMS.get(short, frozenset())
    prefix = len(short) >= MIN_PREFIX and full.startswith(short)
    if not (listed or prefix):
        return False
    short_gender, full_gender = name_gender(short), name_gender(full)
    return listed or short_gender is None or full_gender is None or short_gender == full_gender
