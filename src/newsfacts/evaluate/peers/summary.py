"""Extractive summary peers for `summary`: lead-k and sumy's TextRank (METRICS.md "summary").

Both pick whole spaCy sentences of the article, so they differ from each other (and from
newsfacts) only in which sentences they choose. sumy's own tokenizer needs NLTK's punkt data,
which is not installed; sumy's document is therefore built from the spaCy sentences directly,
and its words come from NLTK's Treebank-style word tokenizer (what `nltk.word_tokenize` runs
inside each sentence, needing no data) filtered the way sumy filters them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from sumy.summarizers.text_rank import TextRankSummarizer

SUMMARY_SENTENCES = 3
LANGUAGE = "english"
# sumy's `Tokenizer._WORD_PATTERN` (sumy/nlp/tokenizers.py, 0.13): a word starts with a letter
# and holds only letters, apostrophes and hyphens; punctuation and numbers are dropped.
SUMY_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")


def sentences(doc: Doc) -> list[str]:
    """The article's spaCy sentences, stripped, blank ones left out."""
    return [text for text in (sent.text.strip() for sent in doc.sents) if text]


def lead(sentences: Sequence[str], *, k: int = SUMMARY_SENTENCES) -> list[str]:
    """The first k sentences: the classic news baseline (the inverted pyramid)."""
    return list(sentences[:k])


class _WordTokenizer:
    """sumy's tokenizer interface (`to_words`), without its NLTK sentence splitter."""

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer

        self._tokenizer = NLTKWordTokenizer()

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._tokenizer.tokenize(sentence) if SUMY_WORD.match(w))


@cache
def _summarizer() -> TextRankSummarizer:
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = TextRankSummarizer(Stemmer(LANGUAGE))
    summarizer.stop_words = get_stop_words(LANGUAGE)
    return summarizer


def textrank(sentences: Sequence[str], *, k: int = SUMMARY_SENTENCES) -> list[str]:
    """sumy's TextRank: the k best-ranked sentences, in document order."""
    if not sentences:
        return []
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _WordTokenizer()
    document = ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in sentences])])
    return [str(sentence) for sentence in _summarizer()(document, k)]
