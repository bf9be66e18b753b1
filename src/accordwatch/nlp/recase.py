"""Lines written all in capitals ("TWO BOMBERS BLOW THEMSELVES UP AT A MOSQUE") are parsed in sentence case.

The statistical model reads a capitalised word as a name, so a headline in capitals parses as a row of
proper nouns. The component parses a copy of the document in which each such line is in sentence case
(the knowledge base's names keep their capitals) and puts the copy's tags, lemmas, parse and entities
on the document. The copy has the same tokens at the same offsets (each token is recased in place, to
the same length), so the stored text, and every offset into it, stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import numpy
from lemminflect import getAllLemmas
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from accordwatch.ingest.published import MONTHS
from accordwatch.kb import default_knowledge_base

if TYPE_CHECKING:
    import numpy

NAME = "accordwatch_recased_capitals"
MIN_LETTERS = 12  # "BREAKING NEWS" is a label, not a line to parse
MIN_WORDS = 3
LINE = re.compile(r"[^\n\r\u2028\u2029]+")
ANALYSES = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
_INSIDE, _OUTSIDE = 1, 2  # spaCy's ENT_IOB codes


@cache
def name_forms() -> dict[str, str]:
    """Lower-cased word -> the word as the knowledge base writes it in a name ("yemen" -> "Yemen")."""
    kb = default_knowledge_base()
    surfaces = [alias for actor in kb.actors.values() for alias in actor.aliases]
    surfaces += [name for place in kb.places.values() for name in [place.name, *place.aliases]]
    forms: dict[str, str] = {}
    common: set[str] = set()  # words also written in lower case ("police", "forces"): no names
    for surface in surfaces:
        for word in re.findall(r"[^\W\d_][\w'-]*", surface):
            if word[0].isupper() and len(word.lower()) == len(word):
                forms.setdefault(word.lower(), word)
            elif word.islower():
                common.add(word)
    return {lower: word for lower, word in forms.items() if lower not in common}


def common_word(lower: str) -> bool:
    """Whether LOWER is a word of English's dictionary (lemminflect's, which holds the open classes) or
    one of its function words (spaCy's stop words): written in lower case in a sentence, where a word
    neither is ("Dorvel", "Katyusha") is a name and keeps its capital."""
    return lower in STOP_WORDS or all(getAllLemmas(part) for part in lower.split("-") if part)


def _in_sentence_case(lower: str, forms: dict[str, str]) -> str:
    """The word whose lower case is LOWER as a sentence writes it (of the same length): a word of the
    dictionary in lower case (also one of the knowledge base's names: "Truce", "Said"), another as the
    knowledge base writes it (FORMS: name_forms()), else with a capital (a name it does not know)."""
    if not lower[:1].isalpha() or common_word(lower):
        return lower
    return forms.get(lower, lower[:1].upper() + lower[1:])


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= MIN_LETTERS and len(line.split()) >= MIN_WORDS and all(c.isupper() for c in letters)


def capital_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the lines of TEXT written all in capitals."""
    return [line.span() for line in LINE.finditer(text) if _in_capitals(line.group())]


def written_as_name(token: Token) -> bool:
    """Whether TOKEN is written as a name ("Kunduz", not "MP"), also on a line in capitals, read as the
    line is parsed, in sentence case ("KUNDUZ" as "Kunduz", "ISAF" as written)."""
    if token.is_title:
        return True
    if not token.is_upper:
        return False
    text = token.doc.text
    start = max(text.rfind(c, 0, token.idx) for c in "\n\r\u2028\u2029") + 1
    ends = [i for i in (text.find(c, token.idx) for c in "\n\r\u2028\u2029") if i >= 0]
    return _in_capitals(text[start:min(ends, default=len(text))]) \
        and _in_sentence_case(token.lower_, name_forms()).istitle()


def mend_entity_starts(array: numpy.ndarray, attrs: list[int]) -> None:
    """An entity tag of ARRAY (columns ATTRS, ENT_IOB and ENT_TYPE among them) left inside an entity
    whose start another line's analyses replaced ("I" after "O", or after another type) is outside any:
    spaCy refuses a Doc whose entities so begin, and what is left of the entity names nothing alone."""
    iob, kind = attrs.index(ENT_IOB), attrs.index(ENT_TYPE)
    for row in range(len(array)):
        if array[row, iob] == _INSIDE and (row == 0 or array[row - 1, iob] == _OUTSIDE
                                           or array[row - 1, kind] != array[row, kind]):
            array[row, iob], array[row, kind] = _OUTSIDE, 0


def _beside_a_number(token: Token) -> bool:
    doc = token.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (token.i - 1, token.i + 1))


def recased_words(doc: Doc, lines: list[tuple[int, int]]) -> list[str]:
    """The words of DOC with those in LINES in sentence case, each of the same length as written."""
    forms = name_forms()
    words = [t.text for t in doc]
    for start, end in lines:
        first = True
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            word = _in_sentence_case(token.text.lower(), forms)
            if word in MONTHS and _beside_a_number(token):  # "MARCH 2" is the month ("march", "may": words too)
                word = word.capitalize()
            if first and word[:1].isalpha():
                word = word[:1].upper() + word[1:]
            if word[:1].isalpha():
                first = False
            if len(word) == len(token.text):
                words[token.i] = word
    return words


def parsed_apart(nlp: Language, before: str, words: list[str], spaces: list[bool]) -> Doc:
    """WORDS (with SPACES after them) parsed as a document of their own by the components of NLP that come
    before the component BEFORE: a copy read apart from its document (a line recased, a lead alone)."""
    copy = Doc(nlp.vocab, words=words, spaces=spaces)
    for name, component in nlp.pipeline:
        if name == before:
            break
        copy = component(copy)
    return copy


def rewrite_keeping_sentences(doc: Doc, attrs: list[int], edit: Callable[[numpy.ndarray], None],
                              kept: set[int] | None = None) -> None:
    """DOC's analyses ATTRS rewritten by EDIT (which changes the array in place), undone whole when the
    sentences would no longer start where they did (at the tokens of KEPT only, all when None): a
    component mends a parse, it does not cut a document anew."""
    def starts() -> list[bool]:
        return [t.is_sent_start for t in doc if kept is None or t.i in kept]

    was = starts()
    before = doc.to_array(attrs)
    array = before.copy()
    edit(array)
    doc.from_array(attrs, array)
    if starts() != was:
        doc.from_array(attrs, before)


class CapitalsRecaser:
    """Re-parses the documents that hold a line in capitals (the others pass untouched)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        lines = capital_lines(doc.text)
        if not lines:
            return doc
        copy = parsed_apart(self.nlp, NAME, recased_words(doc, lines), [bool(t.whitespace_) for t in doc])
        doc.from_array(ANALYSES, copy.to_array(ANALYSES))
        return doc


@Language.factory(NAME, assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "doc.ents"])
def make_capitals_recaser(nlp: Language, name: str) -> CapitalsRecaser:
    return CapitalsRecaser(nlp)
