"""Lemmas of verbs and common nouns checked against a dictionary of English inflections (lemminflect).

The small model's lemmatizer strips endings by rule and keeps whatever stem it finds in its index, so a
regular verb whose stem ends in "e" loses it ("raged" -> "rag", "raped" -> "rap", "staged" -> "stag")
and some irregular forms stay as written ("retook", "overran"). Every word list of the extractor is
keyed by lemma, so such a word escapes all of them. Where lemminflect, which knows each form's lemma
by part of speech, does not count the model's lemma among the candidates, its own first one is taken.
Names and other parts of speech keep the model's lemma.
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getLemma
from spacy.language import Language
from spacy.tokens import Doc

NAME = "accordwatch_lemmas"
CHECKED_POS = ("VERB", "NOUN")


@lru_cache(maxsize=65536)
def dictionary_lemma(word: str, pos: str, model_lemma: str) -> str:
    """MODEL_LEMMA, unless the dictionary's lemmas of WORD as POS leave it out: then the dictionary's first."""
    candidates = getLemma(word, upos=pos)
    if not candidates or model_lemma in {c.lower() for c in candidates}:
        return model_lemma
    return candidates[0].lower()


class LemmaChecker:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in CHECKED_POS and token.is_alpha:
                lemma = token.lemma_
                checked = dictionary_lemma(token.lower_, token.pos_, lemma.lower())
                if checked != lemma.lower():
                    token.lemma_ = checked
        return doc


@Language.factory(NAME, assigns=["token.lemma"])
def make_lemma_checker(nlp: Language, name: str) -> LemmaChecker:
    return LemmaChecker()
