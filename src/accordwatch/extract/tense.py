"""Whether the act a time expression dates is told as past or as still to come.

A time written without its year or week ("Tuesday", "Jan. 2", "in March") is the nearest such day
in the direction the verb points: "met Tuesday" is the Tuesday before the report, "will meet
Tuesday" the one after. Only the verb the expression hangs on counts, not the whole sentence.
The words are data (data/time_words.yaml).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

from spacy.tokens import Doc

from accordwatch.yaml_data import load_yaml

Tense = Literal["past", "future", "present"]


@cache
def time_words() -> dict:
    text = resources.files("accordwatch.extract").joinpath("data/time_words.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


def _words(key: str) -> frozenset[str]:
    return frozenset(time_words()[key])


def tense_of(doc: Doc, start: int, end: int) -> Tense:
    """The tense of the verb (or scheduling adjective) that the expression at START..END hangs on."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    if span.text.lower().startswith("next"):
        return "future"
    future_aux, intent = _words("future_auxiliaries"), _words("intent_verbs")
    for node in span.root.ancestors:
        lemma = node.lemma_.lower()
        if node.pos_ == "ADJ" and lemma in _words("future_adjectives"):
            return "future"  # "payable Jan. 2", "effective June 1"
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        aux = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
        if aux & future_aux or lemma in _words("scheduling_verbs"):
            return "future"
        if "to" in aux and node.dep_ in {"xcomp", "ccomp", "acl", "advcl"}:
            head = node.head
            if (head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in intent) or \
                    (head.pos_ == "NOUN" and head.lower_ in _words("intent_nouns")) or \
                    ({c.lower_ for c in head.children if c.dep_ == "aux"} & future_aux):
                return "future"
            continue  # "failed to arrive Monday": the tense is the governing verb's
        if node.tag_ == "VBD" or aux & {"has", "have", "had", "'s", "'ve", "did", "was", "were"}:
            return "past"
        if node.tag_ == "VBN" and node.dep_ in {"acl", "relcl"}:
            return "past"  # "the treaty signed in May"
        return "present"
    return "present"
