"""The lead sentence after a dateline that runs into it ("SORVAL, March 4 (AWN) - Fighting erupted...")
is parsed as a sentence of its own when its first word reads as a name of no entity.

The statistical model reads each word with the words around it, across the sentence break the
line-break component puts after the dateline, so the lead's first words take the dateline's capitals
and brackets as their context: "Fighting" after "(AWN) -" is tagged a name and the lead has no act.
The component parses a copy of such a lead alone and puts its tags and parse on the lead's tokens, when
the copy is one sentence as the lead is (the entities stay the whole document's: a name is told by the
document around it too). The text is not changed: every offset stays as written.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from accordwatch.ingest.published import inline_datelines
from accordwatch.nlp.recase import parsed_apart, rewrite_keeping_sentences

NAME = "accordwatch_dateline_leads"
ANALYSES = [TAG, POS, MORPH, LEMMA, HEAD, DEP]


def _misread(first: Token) -> bool:
    """Whether the lead's first word reads as a name of no entity ("Fighting", "Gunbattles" tagged as
    names, no person, place or body): a lead whose first word reads right ("In", "Gunmen", "Afghan
    forces", "ISAF") is parsed as it was, and costs nothing more."""
    return first.pos_ == "PROPN" and not first.ent_type_


class DatelineLeads:
    """Re-parses the lead sentence of a document whose dateline runs into it (others pass untouched)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _leads(self, doc: Doc) -> list[Span]:
        leads = []
        for match in inline_datelines(doc.text):
            span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and doc[span.start].is_sent_start and _misread(doc[span.start]):
                leads.append(doc[span.start].sent)
        return leads

    def __call__(self, doc: Doc) -> Doc:
        leads = self._leads(doc)
        if not leads:
            return doc
        def read_apart(array: numpy.ndarray) -> None:
            for lead in leads:
                copy = parsed_apart(self.nlp, NAME, [t.text for t in lead], [bool(t.whitespace_) for t in lead])
                if len(list(copy.sents)) == 1:  # read as the one sentence it is in place
                    array[lead.start:lead.end] = copy.to_array(ANALYSES)

        rewrite_keeping_sentences(doc, ANALYSES, read_apart)
        return doc


@Language.factory(NAME, assigns=["token.tag", "token.pos", "token.lemma", "token.dep"])
def make_dateline_leads(nlp: Language, name: str) -> DatelineLeads:
    return DatelineLeads(nlp)
