"""Common given names by the gender they usually mark: evidence, not a verdict.

A name opening with a common given name is a person's name ("Stefano X" read as ORG by the
small model), and its gender lets "she" pass over "John Smith" (issue #4, pronoun agreement).
The lists are common first names of many languages written by this project. A name worn by
both sexes says no gender, so that the article's own pronouns decide ("Jan Okafor ... she"):
such names are in neither list, or, when common for one sex, marked in UNISEX_NAMES. A name
of one list that the other sex also wears often (SHARED_NAMES: Terry, Kelly, Dana) keeps its
usual sex here, which the store's name rules need ("Dan" is short for "Daniel", not "Dana");
`worn_by_both` lets coreference take that sex as a preference, not a verdict.
"""

from __future__ import annotations

from newsfacts.words.lexicon import gender_in, words

MASCULINE_NAMES = words(
    """
    aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alejandro alessandro
    alexander alexandre alexei alfred ali amir anatoly anders andre andreas andrei andres
    andrew andy angelo anthony antoine anton antonio arnold arthur barry ben benjamin bernard
    bill bob bogdan boris brad bradley brandon brendan brian bruce bruno bryan carl carlos
    charles charlie chris christian christopher claude colin craig dan daniel danny darren
    david dean dennis derek diego dimitri dmitry dominic donald douglas duncan dylan eddie edgar
    eduardo edward eric erik ernest ernesto eugene evan fabio felipe felix fernando filippo
    francesco francis francisco frank franz fred frederick gabriel gareth gary gavin george
    georg gerald gerard gerhard giovanni giuseppe gordon graham greg gregory guido gustavo guy
    hans harold harry hassan heinrich henri henry herbert hugh hugo ian igor ivan jack jacob
    jacques jake james jamie jan jason javier jeff jeffrey jeremy jerry jim jimmy joe joel johann
    johannes john jon jonathan jorge jose joseph josh joshua juan julian justin karl keith kenneth
    kevin khaled kurt larry lars lawrence leo leon leonardo lewis liam lorenzo louis luca
    lucas luis luke marc marcel marco marcus mario mark martin mathieu matt matteo matthew
    maurice max michael michel miguel mike mikhail mohamed mohammad mohammed muhammad nathan neil
    nicholas nick nicolas nigel nikolai noah norman oleg oliver omar oscar owen pablo patrick paul
    pedro peter phil philip philippe pierre rafael ralph ramon raymond reza ricardo richard rick
    robert roberto roger roland ronald ross roy russell ryan salvatore sam samuel scott sean
    sebastian sergei sergio seth simon stanley stefan stefano stephen steve steven stuart ted
    terry thomas tim timothy todd tom tommy tony travis trevor tyler victor vincent vladimir
    walter warren wayne william willie wolfgang xavier yuri yusuf zachary
    """
)
FEMININE_NAMES = words(
    """
    abigail ada adriana agnes aisha alice alicia alison amanda amber amelia amy ana anastasia
    angela angelina anita ann anna anne annette antonia barbara beatrice becky bella
    beth betty beverly brenda bridget brittany camilla carla carmen carol caroline carolyn
    catherine cecilia charlotte cheryl chloe christina christine cindy claire clara claudia
    connie cynthia daisy dana daniela deborah debra denise diana diane donna doris dorothy edith
    elaine eleanor elena elisabeth elizabeth ella ellen elsa elsie emily emma erica erin esther
    eva eve evelyn fatima fiona florence frances francesca gabriela gabrielle gail gemma georgia
    gillian gina giulia gloria grace hannah harriet hazel heather heidi helen helena hilary
    holly ingrid irene iris isabel isabella jane janet janice jasmine jenna jennifer jenny jessica
    jill joan joanna josephine joyce judith judy julia julie june karen katarina kate katherine
    kathleen kathryn kathy katie katrin kelly kimberly kirsten laura lauren leah lena lily linda
    lisa lois lorraine louise lucia lucy lydia lynn madeleine maggie margaret maria marie marilyn
    marina marion marjorie martha mary maureen megan melanie melissa mia michelle mildred miranda
    molly monica nadia nancy naomi natalia natalie natasha nicole nina nora olga olivia pamela
    patricia paula pauline peggy penelope phoebe rachel rebecca regina rita roberta rosa rose
    rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shirley silvia sofia
    sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara tanya teresa theresa tina
    tracy ursula valentina valerie vanessa vera veronica victoria virginia wendy yvonne zoe
    """
)

# Given names used for both sexes in English-speaking countries. The rule that marks them: of
# the names in the two lists above, those that Jörg Michael's first-name dictionary (nam_dict,
# the data of the gender-guesser package) records with a non-zero frequency for the other sex,
# or as androgynous, in Great Britain, Ireland or the USA. It is applied by hand when a name is
# added (the dictionary is GPL data and no dependency of this project). Common unisex names
# that are in neither list (Alex, Jean, Kim, Robin, ...) are here too, so they still count as
# given names.
UNISEX_NAMES = words(
    """
    alex ali carol jamie jan jean jody jordan kim leslie morgan robin shannon taylor tracy
    """
)

# Names of the two lists above that the other sex also wears often, by a rule on the US Social
# Security Administration's counts of first names given at birth (names.zip of its "Popular
# Baby Names" data, a US government work in the public domain, 1930 onwards): the less common
# sex holds at least SHARED_SHARE of the name's births, and at least SHARED_MIN_BIRTHS of them
# (a few hundred are misrecorded sexes or another language's spelling). The data is not
# shipped; tests/extract/test_given_names.py checks the lists against it when given.
SHARED_SHARE = 0.10
SHARED_MIN_BIRTHS = 1000
SHARED_NAMES = words(
    """
    charlie chris dana kelly lynn marion michel terry willie yuri
    """
)


def name_gender(first_word: str) -> str | None:
    """ "m" or "f" when the word is a common given name of that gender, else None (unknown
    or marked unisex; a name of SHARED_NAMES says its usual sex)."""
    word = first_word.lower()
    if word in UNISEX_NAMES:
        return None
    return gender_in(word, MASCULINE_NAMES, FEMININE_NAMES)


def worn_by_both(first_word: str) -> bool:
    """Whether a given name is common for both sexes, even when `name_gender` says one."""
    word = first_word.lower()
    return word in SHARED_NAMES or word in UNISEX_NAMES


def is_given_name(word: str) -> bool:
    return name_gender(word) is not None or word.lower() in UNISEX_NAMES
