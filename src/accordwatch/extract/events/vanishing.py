"""People not seen again after they were taken: a forced disappearance, whoever took them ("was picked up
by intelligence agents and has not been seen since", "went missing after being detained by police",
"seized two traders, whose whereabouts remain unknown"). Read from the clause of the taking, the verbs
joined to it, the clause it is told in, and what is said of the people taken; a vanishing told of
someone else ("arrested men suspected of kidnapping a girl who went missing") is not this act's."""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.events.acled_parse import Words
from accordwatch.extract.word_lists import word_set

VANISHING_VERBS = word_set("event_words", "vanishing_verbs")
MISSING_VERBS = word_set("event_words", "missing_verbs")
WHEREABOUTS = word_set("event_words", "whereabouts_nouns")
UNSEEN = word_set("event_words", "unseen_words")
TAKEN_DEPS = {"dobj", "nsubjpass"}
# how a taking hangs on the vanishing it explains ("disappeared after being detained", "since agents took them")
EXPLAINING_DEPS = {"advcl", "pcomp", "pobj", "prep"}
BESIDE_DEPS = {"ccomp", "parataxis"}
STILL = {"still", "yet"}  # "are still held": a standing, no act


def _vanishing(token: Token) -> bool:
    """Whether TOKEN says someone is gone: "disappeared", "went missing", "remain missing", "has not been
    seen since", "their whereabouts are unknown"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in VANISHING_VERBS:
        return True
    if token.lower_ == "missing" and (token.head.lemma_.lower() in MISSING_VERBS or token.dep_ == "ROOT"):
        return True
    if lemma == "see" and any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children) \
            and any(c.lower_ in {"since", "again"} for c in token.subtree):
        return True
    return lemma in WHEREABOUTS and token.dep_ in {"nsubj", "nsubjpass"} \
        and any(c.lower_ == "unknown" for c in token.head.children)


def people_vanished(act: Token) -> bool:
    """Whether the people ACT took are told as gone (not when ACT is their standing: "some are still
    detained at unknown locations" tells where the people an arrest took are, no taking of its own)."""
    if any(c.dep_ == "advmod" and c.lower_ in STILL for c in act.children) \
            or (act.dep_ in {"acomp", "xcomp"} and act.head.lemma_.lower() in MISSING_VERBS):
        return False
    taken = [c for c in act.children if c.dep_ in TAKEN_DEPS]
    joined = [act, *act.conjuncts]  # "were seized ... and remain missing"
    for verb in joined:
        for token in verb.subtree:
            if not _vanishing(token):
                continue
            told = token if token.pos_ in {"VERB", "AUX"} else token.head  # the verb that tells it
            # of the act's own clause or a clause joined to it, or a clause on the people taken ("a lawyer,
            # who has not been seen since", "whose whereabouts remain unknown")
            if told in joined or told.head in joined or (told.dep_ in {"relcl", "acl"} and told.head in taken):
                return True
        if Words(list(verb.subtree)).has(UNSEEN):
            return True  # "held them incommunicado", "took them to an unknown location"
    # a clause it is told in or beside ("soldiers arrested him on Monday; his whereabouts remain unknown,
    # his lawyer said": the parse hangs one on the other or both on the saying)
    if act.dep_ in BESIDE_DEPS:
        clauses = [act.head] + [c for c in act.head.children if c.dep_ in BESIDE_DEPS and c.i != act.i]
        if any(_vanishing(t) for clause in clauses for t in [clause, *clause.children]):
            return True
    # the taking explains a vanishing it hangs on: "disappeared after being detained", "since agents took them"
    head = act
    while head.dep_ in EXPLAINING_DEPS and head.head.i != head.i:
        head = head.head
        if _vanishing(head) or any(_vanishing(c) for c in head.children if c.dep_ in {"acomp", "xcomp"}):
            return True
    return False
