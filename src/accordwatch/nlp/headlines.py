"""Headline lines whose verb the tagger takes for a noun ("Police detain protesters in capital",
"Rebel commander surrenders to army") are read with that word as their verb.

A headline has no article and no final full stop, so the small model reads "Protesters torch police
station" as one noun phrase with no verb, and no event is found in it. The component looks only at
lines that are one sentence with no verb of their own. Where such a line is a noun phrase, a present
form of a verb of the event lexicon that agrees with it in number ("Army retakes", "Gunmen kidnap"),
then noun phrases and prepositional phrases only, the word is made the line's verb: the phrase before it
its subject, the one after it its object, each preposition a modifier of the verb. The text is not
changed, so every offset into it stays as written; lines of any other shape keep the model's parse
("the surrender talks", "Police station torch relay", "Soldiers' arrest rate rises").
"""

from __future__ import annotations

from functools import cache

import numpy
from lemminflect import getInflection, getLemma
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from accordwatch.nlp.recase import LINE, mend_entity_starts, parsed_apart, recased_words, rewrite_keeping_sentences

NAME = "accordwatch_headline_verbs"
ENDINGS = {"!", "?", ":", ";"}  # a line ending so is a question, a cry or a label
NOMINAL_POS = {"NOUN", "PROPN", "ADJ", "NUM", "DET"}  # the words of a noun phrase of a headline
PHRASE_START_POS = {"NOUN", "PROPN", "ADJ", "NUM"}  # the doer of a headline has no article
PLURAL_TAGS = {"NNS", "NNPS", "CD"}  # "Gunmen", "Thousands", "5,000" take "kidnap"
SINGULAR_TAGS = {"NN", "NNP"}  # "Army", "Rebel commander" take "retakes"
MISREAD_TAGS = {"NN", "NNS", "NNP", "NNPS", "VB", "VBP", "VBZ"}  # a verb read as a noun or as a modifier
PREPOSITION_TAGS = {"IN", "TO"}
MAX_WORDS = 40
NO_DOERS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}  # entities that do nothing
BREAKS = "\n\r\u2028\u2029"
MODIFIER_DEPS = {"amod", "compound", "nmod"}
ANALYSES = [HEAD, DEP, TAG, POS, LEMMA]
# what a title-case line takes from its copy in sentence case: its entities too (the model reads a line
# in title case as one name)
RECASED = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
TITLE_WORDS = 3


@cache
def lexicon_lemmas() -> frozenset[str]:
    """The verbs of the event lexicon (extract/lexicon.py VERBS, with event_words.yaml's core verbs), by
    their first word ("surrender to" -> "surrender")."""
    from accordwatch.extract.lexicon import VERBS  # (here: the extractor imports the pipeline)

    return frozenset(key.split()[0] for key in VERBS)


def present_verb(token: Token) -> tuple[str, bool] | None:
    """The lexicon lemma TOKEN is a present form of, and whether it is the third person singular."""
    word = token.lower_
    if not word.isalpha():
        return None
    for lemma in getLemma(word, upos="VERB"):
        lemma = lemma.lower()
        if lemma not in lexicon_lemmas():
            continue
        if word == lemma:
            return lemma, False
        if word in {form.lower() for form in getInflection(lemma, tag="VBZ")}:
            return lemma, True
    return None


def _plural(token: Token) -> bool | None:
    """The number of the head of a headline's doer: by its tag, or by its form where the tag is that of
    a singular ("Gunmen", "Militiamen" tagged as names or singular nouns)."""
    if token.tag_ in PLURAL_TAGS:
        return True
    if token.tag_ in SINGULAR_TAGS:
        nouns = getLemma(token.lower_, upos="NOUN")
        return bool(nouns) and nouns[0].lower() != token.lower_
    return None


def _whole_line(sentence: Span, text: str) -> bool:
    """Whether SENTENCE of the document whose TEXT is given is a line of its own not ending as a question,
    a cry or a label (read by looking at the characters around it: a slice of the text, or Doc.text, per
    sentence would cost the text's length)."""
    start = sentence.start_char
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 0 and text[start - 1] not in BREAKS:
        return False
    end = sentence.end_char
    while end > sentence.start_char and text[end - 1].isspace():  # (the line break is its own token)
        end -= 1
    if end == sentence.start_char or text[end - 1] in ENDINGS:
        return False
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == len(text) or text[after] in BREAKS


def headline_line(sentence: Span, text: str | None = None) -> bool:
    """Whether SENTENCE is a whole line written as a headline with no verb of its own (TEXT: its
    document's text, when the caller holds it)."""
    if len(sentence) > MAX_WORDS or not _whole_line(sentence, sentence.doc.text if text is None else text):
        return False
    # a verb the parser hangs on a noun ("Police detain opposition leader": "detain" a modifier of
    # "leader") is not one of its own
    return not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in MODIFIER_DEPS and (t.dep_ == "ROOT" or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)) for t in sentence)


def _phrase(tokens: list[Token], start: int) -> int:
    """The end of the noun phrase of TOKENS from START (START itself if there is none)."""
    end = start
    while end < len(tokens) and (tokens[end].pos_ in NOMINAL_POS or tokens[end].tag_ == "POS"
                                 or (tokens[end].dep_ == "amod" and tokens[end].tag_ in {"VBG", "VBN"})):
        end += 1
    return end


def _reading(sentence: Span) -> list[tuple[int, int, str]] | None:
    """(token index, head index, dependency) for every token of a headline read as "doer verb object
    (preposition phrase)*", or None if the line is not of that shape."""
    tokens = list(sentence)
    while tokens and tokens[-1].is_space:  # the line break the line ends with keeps its own arc
        tokens.pop()
    if any(t.is_space for t in tokens):
        return None
    # from the right: in "Security forces detain journalist" the verb is "detain", not "forces"
    for v in range(len(tokens) - 1, 0, -1):
        verb = tokens[v]
        found = present_verb(verb) if verb.tag_ in MISREAD_TAGS else None
        if found is None or _phrase(tokens[:v], 0) != v or tokens[0].pos_ not in PHRASE_START_POS:
            continue
        if any(t.tag_ == "POS" for t in tokens[:v]):
            continue  # "Soldiers' arrest rate": the word is a noun of the doer's
        if tokens[v - 1].ent_type_ in NO_DOERS:
            continue  # "Elections 2024 rally schedule": a year is no doer
        plural = _plural(tokens[v - 1])
        if plural is None or plural == found[1]:
            continue  # "Police station torch relay": no agreement, so no verb
        arcs = _noun_phrase(tokens, 0, v, v, "nsubj")
        end = _phrase(tokens, v + 1)
        if end > v + 1:
            if tokens[end - 1].pos_ not in {"NOUN", "PROPN", "NUM"}:
                continue
            arcs += _noun_phrase(tokens, v + 1, end, v, "dobj")
        rest = _prepositions(tokens, end, v, arcs)
        if rest is None or end == len(tokens) == v + 1:
            continue  # "Police station": a line with nothing after the word is a label
        return [*arcs, *rest, (tokens[v].i, tokens[v].i, "ROOT")]
    return None


def _noun_phrase(tokens: list[Token], start: int, end: int, head: int, dep: str) -> list[tuple[int, int, str]]:
    """The arcs of a noun phrase of TOKENS[START:END], its last word the head, attached to TOKENS[HEAD]."""
    last = tokens[end - 1]
    arcs = [(last.i, tokens[head].i, dep)]
    for token in tokens[start:end - 1]:
        inside = token.head.i != token.i and last.i >= token.head.i >= tokens[start].i
        own = {"DET": "det", "NUM": "nummod", "ADJ": "amod"}.get(token.pos_, "compound")
        arcs.append((token.i, token.head.i if inside else last.i, token.dep_ if inside else own))
    return arcs


def _prepositions(tokens: list[Token], start: int, verb: int, arcs: list[tuple[int, int, str]]
                  ) -> list[tuple[int, int, str]] | None:
    """The arcs of the prepositional phrases of TOKENS from START: "of" on the noun before it, any other
    on the verb. What follows them (", Russia, Sunday", "during a protest against the jailing of ...")
    keeps the model's parse, its words hung on the rest of the line put on the verb; None if nothing
    but such words follows the verb."""
    out: list[tuple[int, int, str]] = []
    at = start
    while at < len(tokens):
        prep = tokens[at]
        end = _phrase(tokens, at + 1)
        if prep.tag_ not in PREPOSITION_TAGS or end == at + 1 or tokens[end - 1].pos_ not in {"NOUN", "PROPN", "NUM"}:
            break
        on = tokens[at - 1].i if prep.lower_ == "of" and at - 1 != verb else tokens[verb].i
        out.append((prep.i, on, "prep"))
        out += _noun_phrase(tokens, at + 1, end, at, "pobj")
        at = end
    if at == verb + 1 and at < len(tokens):
        return None  # neither an object nor a preposition after the word: not its verb
    rest = {t.i for t in tokens[at:]}
    for token in tokens[at:]:
        if token.head.i not in rest or token.head.i == token.i:
            dep = "prep" if token.tag_ in PREPOSITION_TAGS else "punct" if token.is_punct else token.dep_
            out.append((token.i, tokens[verb].i, "dep" if dep == "ROOT" else dep))
    return out


def _title_case(sentence: Span) -> bool:
    """Whether SENTENCE is written in title case ("Police Detain Protesters In Dorvan")."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= TITLE_WORDS and all(t.is_title for t in words)


def _title_lines(doc: Doc) -> list[Span]:
    """The lines of DOC written in title case: each reads as a row of names, whether or not the model
    finds its verb ("Rebels Took Over Merinsk Without Resistance"), and as one sentence or as the pieces
    the model cut it into ("Police Fired At Rioting Youths In Merrow, | Wounding Four")."""
    found = []
    for line in LINE.finditer(doc.text):
        span = doc.char_span(*line.span(), alignment_mode="expand")
        if span is not None and len(span) <= MAX_WORDS and _title_case(span):
            found.append(span)
    return found


class HeadlineVerbs:
    """Re-reads the headline lines with a verb tagged as a noun (documents with none pass untouched)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _in_sentence_case(self, doc: Doc, lines: list[Span]) -> None:
        """Puts on the tokens of LINES (lines in title case, where every word reads as a name) the
        tags, parse and entities of a copy of each line alone in sentence case (recase.py; the names of
        the knowledge base keep their capitals), where the copy finds its verb. The text stays as written;
        a line is its own sentence, so its copy alone parses as it would in place, at the cost of the
        line (a copy of the whole document would parse it all again)."""
        inside = {t.i for line in lines for t in line[1:]}  # where a recased line may join its sentences
        words = recased_words(doc, [(s.start_char, s.end_char) for s in lines])

        def recased(array: numpy.ndarray) -> None:
            for line in lines:
                copy = parsed_apart(self.nlp, NAME, words[line.start:line.end], [bool(t.whitespace_) for t in line])
                read = copy[:]
                if not headline_line(read) or _reading(read) is not None:  # a verb found, else the line stays
                    array[line.start:line.end] = copy.to_array(RECASED)
            mend_entity_starts(array, RECASED)

        rewrite_keeping_sentences(doc, RECASED, recased, kept={t.i for t in doc if t.i not in inside})

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lines = [s for s in doc.sents if headline_line(s, text)]  # (doc.sents walks the whole document: once)
        titles = _title_lines(doc)
        if titles:
            self._in_sentence_case(doc, titles)
            lines = [s for s in doc.sents if headline_line(s, text)]  # (recased lines may have found their verb)
        readings = [(s, r) for s in lines for r in [_reading(s)] if r is not None]
        if not readings:
            return doc
        strings = doc.vocab.strings

        def with_verbs(array: numpy.ndarray) -> None:
            for _, arcs in readings:
                for index, head, dep in arcs:
                    array[index, 0] = (head - index) % (1 << 64)  # (the array is unsigned)
                    array[index, 1] = strings.add(dep)
                verb = next(index for index, head, dep in arcs if dep == "ROOT")
                lemma, third = present_verb(doc[verb]) or ("", False)
                array[verb, 2] = strings.add("VBZ" if third else "VBP")
                array[verb, 3] = VERB
                array[verb, 4] = strings.add(lemma)

        rewrite_keeping_sentences(doc, ANALYSES, with_verbs)  # (the lines stay the sentences they were)
        return doc


@Language.factory(NAME, assigns=["token.tag", "token.pos", "token.lemma", "token.dep"])
def make_headline_verbs(nlp: Language, name: str) -> HeadlineVerbs:
    return HeadlineVerbs(nlp)
