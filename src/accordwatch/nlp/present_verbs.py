"""A verb in the present that the tagger takes for a noun ("Rebels fire mortars at the palace, police
say", "Hundreds of teachers march through Lagos") is read as the model reads the same sentence in the
past.

The small model reads a past form ("fired", "marched") as a verb, but the same word in the present is
also a noun ("fire", "march", "battle", "attack"), and in headlines and in the historical present of
some outlets the sentence then has no act: "Rebels fire mortars" reads as one noun phrase. The component
looks only at sentences with no verb of their own (one of saying aside: "police say"). In each, a present
form of a verb of the event lexicon that follows a noun is put in its past form in a copy of the
sentence, trying the words from the right ("Security forces detain": "detain", not "forces"), and the
copy is parsed apart. The copy's parse is taken when the model reads the word there as the sentence's
verb, or the one its verb of saying reports, with a subject that agrees in number with the form written
("Rebels fire", "Army retakes"); the word keeps its present tag. Otherwise the sentence keeps the model's
parse ("The police fire service", "Soldiers' attack rate", "Elections 2024 rally schedule"). The text
is not changed: every offset stays as written. (Whole lines of the simplest headline shape are read by
headlines.py before this; what it leaves, a doer with a phrase after it, a source, a full stop, comes
here.)
"""

from __future__ import annotations

from functools import cache

import numpy
from lemminflect import getInflection, getLemma
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from accordwatch.nlp.headlines import NO_DOERS, lexicon_lemmas, present_verb
from accordwatch.nlp.recase import parsed_apart, rewrite_keeping_sentences

NAME = "accordwatch_present_verbs"
ANALYSES = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
SUBJECTS = {"nsubj", "nsubjpass"}
DOER_END_POS = {"NOUN", "PROPN", "NUM"}  # the last word of the doer before the verb
PLURAL_TAGS = {"NNS", "NNPS"}
PAST_TAGS = {"VBN", "VBD"}
PLURAL_PRONOUNS = {"we", "they", "these", "those", "both", "many", "some", "others", "all"}
COLLECTIVE_PLURALS = {"people", "personnel", "cattle"}  # "people flee"
MAX_WORDS = 60
PRESENT_MORPH = {True: "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", False: "Tense=Pres|VerbForm=Fin"}


@cache
def _saying_verbs() -> frozenset[str]:
    from accordwatch.extract.lexicon import REPORTING  # (here: the extractor imports the pipeline)

    return frozenset(REPORTING)


def _has_own_verb(sentence: Span) -> bool:
    """Whether SENTENCE has a verb with a subject other than one of saying ("police say"), in any form
    ("was postponed", "will continue", "arrested"), or a headline's passive read as the participle of its
    root noun ("Former minister arrested on corruption charges", "Two killed in Kabul clashes"): a verb of
    its own, which it is read by."""
    root = sentence.root
    return any((t.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in t.children)
                and t.lemma_.lower() not in _saying_verbs() and not _swapped(t))
               or (t.tag_ in PAST_TAGS and t.dep_ == "acl" and t.head.i == root.i and root.pos_ in DOER_END_POS
                   and t.lemma_.lower() in lexicon_lemmas()) for t in sentence)


def _swapped(verb: Token) -> bool:
    """Whether VERB is a noun the tagger took for a verb, beside a verb it took for a noun: a present form
    ("rockets", "grenades") whose subject, or the word before it, is a present form of a verb of the lexicon
    after a noun ("Insurgents fire rockets": "fire" the subject of "rockets"; "Gunmen lob grenades")."""
    if verb.tag_ != "VBZ" or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return any(_may_be_verb(word) for word in [before, *(c for c in verb.children if c.dep_ in SUBJECTS)])


def _may_be_verb(token: Token) -> bool:
    """Whether TOKEN is a present form of a verb of the lexicon after a noun: where a verb may stand."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_lower and before is not None and before.pos_ in DOER_END_POS \
        and before.ent_type_ not in NO_DOERS and present_verb(token) is not None  # (not "Elections 2024 rally")


def _plural(subject: Token) -> bool:
    """Whether SUBJECT, the head of a doer, is plural: a plural noun ("Rebels", "Gunmen" tagged as a
    singular), a count above one, a plural pronoun, nouns joined by "and", or a noun that takes a plural
    verb ("police"); a word of no number ("Rebel" as an adjective) is no plural doer."""
    word = subject.lower_
    if word in COLLECTIVE_PLURALS or word in PLURAL_PRONOUNS or any(c.dep_ == "conj" for c in subject.children):
        return True
    if subject.pos_ == "NUM":
        return word not in {"one", "1"}
    return subject.tag_ in PLURAL_TAGS or (subject.pos_ in {"NOUN", "PROPN"} and _plural_noun(subject))


def _candidates(sentence: Span) -> list[tuple[Token, str, bool]]:
    """(word, lexicon lemma, whether the third person singular) of the present forms in SENTENCE that may be
    its verb, from the right: after a noun, and not read as a verb with a subject already."""
    found = []
    for token in reversed(sentence[1:]):
        if token.i - 1 < sentence.start or not _may_be_verb(token):
            continue
        if token.pos_ in {"VERB", "AUX"} and any(c.dep_ in SUBJECTS for c in token.children) and not _swapped(token):
            continue
        lemma, third = present_verb(token)
        if third and _plural_noun(token) and _may_be_verb(token.doc[token.i - 1]):
            continue  # "Insurgents fire rockets", "Gunmen lob grenades": the object of the verb before it
        found.append((token, lemma, third))
    return found


def _plural_noun(token: Token) -> bool:
    """Whether TOKEN is written as the plural of a noun ("rockets", "attacks")."""
    nouns = getLemma(token.lower_, upos="NOUN")
    return bool(nouns) and nouns[0].lower() != token.lower_


def _past(lemma: str, written: str) -> str | None:
    forms = getInflection(lemma, tag="VBD")
    return forms[0] if forms and forms[0] != written else None


def _read_in_the_past(nlp: Language, sentence: Span, word: Token, lemma: str, third: bool) -> Doc | None:
    """The copy of SENTENCE with WORD in the past, parsed apart, if the model reads it there as a verb with a
    subject of the written form's number; else None."""
    past = _past(lemma, word.lower_)
    if past is None:
        return None
    words = [t.text for t in sentence]
    at = word.i - sentence.start
    words[at] = past
    copy = parsed_apart(nlp, NAME, words, [bool(t.whitespace_) for t in sentence])
    verb = copy[at]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ != "VERB" or len(subjects) != 1 or len(list(copy.sents)) != 1:
        return None
    if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _saying_verbs()):
        return None  # the act is the sentence's, or what its verb of saying reports, not a clause in it
    return copy if _plural(subjects[0]) != third else None


class PresentVerbs:
    """Re-reads the sentences whose present verb the tagger took for a noun (others pass untouched)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        readings: list[tuple[Span, Doc, Token, str, bool]] = []
        for sentence in doc.sents:
            if len(sentence) > MAX_WORDS or _has_own_verb(sentence):
                continue
            for word, lemma, third in _candidates(sentence):
                copy = _read_in_the_past(self.nlp, sentence, word, lemma, third)
                if copy is not None:
                    readings.append((sentence, copy, word, lemma, third))
                    break
        if not readings:
            return doc
        strings = doc.vocab.strings

        def in_the_present(array: numpy.ndarray) -> None:
            for sentence, copy, word, lemma, third in readings:
                array[sentence.start:sentence.end] = copy.to_array(ANALYSES)
                row = word.i
                array[row, 0] = strings.add("VBZ" if third else "VBP")
                array[row, 2] = strings.add(PRESENT_MORPH[third])
                array[row, 3] = strings.add(lemma)

        rewrite_keeping_sentences(doc, ANALYSES, in_the_present)
        return doc


@Language.factory(NAME, assigns=["token.tag", "token.pos", "token.lemma", "token.dep"])
def make_present_verbs(nlp: Language, name: str) -> PresentVerbs:
    return PresentVerbs(nlp)
