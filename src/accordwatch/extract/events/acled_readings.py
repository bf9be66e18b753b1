"""Readings of an act that tell it is no act ACLED codes, or that its words are another act's: strikes
staged as labour action, raids by civil officials, the act another answers. Used by the ACLED typer
(acled.py)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from accordwatch.extract.events.acled_parse import (
    DIRECT_OBJECTS,
    PARTICLE_PREPS,
    Words,
    doer_nouns,
    fight_told_with,
    subject_heads,
    subject_of,
    taken_from_a_side,
)
from accordwatch.extract.events.predicates import place_by_frame
from accordwatch.model import Event
from accordwatch.nlp.recase import written_as_name

FORCE_KINDS = {"state_forces", "police", "intelligence"}  # the state's armed arm: what it does is no protest
# cue groups naming arms (not "explosive": a "blast" alone may be an accident)
MEANS = ("weapons", "artillery", "aerial", "grenade", "suicide", "chemical")


def struck(token: Token) -> list[Token]:
    """What the act is done to: its direct objects, passive subject, what it is "on" or "against" (not a
    day: "a strike on Wednesday")."""
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
        for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}]


CHOKING_GAS = "<choking gas>"  # the chemical cue's word for a gas told with the suffocation it caused


def choking_gas(tokens: list[Token], cues: dict[str, frozenset[str]]) -> bool:
    """Whether TOKENS tell a gas with the suffocation or choking it caused ("dozens suffocated after
    forces fired a gas into the village"), or munitions with the poisoning ("were poisoned when shells
    hit the town"): a chemical weapon; not tear gas, which is crowd control."""
    told = Words(tokens)
    if told.has(cues["tear_gas"]):
        return False
    return (told.has(cues["gases"]) and told.has(cues["suffocating"])) \
        or (told.has(cues["poisoning"]) and any(told.has(cues[c]) for c in ("artillery", "explosive", "aerial")))


def answered(token: Token, cues: dict[str, frozenset[str]]) -> set[int]:
    """The words of another act the act answers ("in retaliation for a chemical attack", "to avenge the
    bombing"): that act's means, not this one's (unless the act is itself in them)."""
    ancestors = {a.i for a in token.ancestors} | {token.i}
    return {t.i for d in token.sent if d.lemma_.lower() in cues["answering"] and d.i not in ancestors
            for t in d.subtree}


def labour_strike(event: Event, token: Token, words: Words, actors: set[str],
                   cues: dict[str, frozenset[str]]) -> bool:
    """A strike staged by no armed side, at no target and with no toll or arms ("workers launched a strike
    over pay", "the union has launched a strike"): a labour strike, a protest, not one from the air."""
    if token.lemma_.lower() not in cues["strike_staging"] or actors & {"state", "non_state", "forces", "aircraft"}:
        return False
    strikes = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in cues["strike_nouns"]]
    aimed = [o for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}  # "strikes on"
             for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}]  # not "on Monday"
    return bool(strikes) and not any(struck(s) for s in strikes) and not aimed \
        and event.dead is None and event.injured is None and not any(words.has(cues[c]) for c in MEANS) \
        and not words.has(cues["armed_groups"]) and not words.has(cues["military_objects"])


def by_officials(token: Token, subject: Words, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the act's doers are civil officials ("tax inspectors raided the firm", "the raid by
    auditors", "raided by customs officials"): an inspection or a search, no violence."""
    by = [t for c in token.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by" for t in c.subtree]
    doers = Words(subject_heads(token) + [t for t in by if t.pos_ in {"NOUN", "PROPN"}])
    return (doers.has(cues["civil_officials"]) or subject.has(cues["civil_officials"])) \
        and not doers.has(cues["state_forces"]) and not doers.has(cues["armed_groups"])


def names_a_place(event: Event, token: Token, taken: list[Token], cues: dict[str, frozenset[str]],
                   kinds: dict[str, str]) -> set[str]:
    """A name taken that the parse mislabels ("seized Kunduz" as a person): a place when the knowledge base
    places the event there under that name, when the verb takes only places ("overran Palmyra",
    "recaptured Kidal"), or when a force takes control of it or leaves it ("the army seized control of
    Abu Kamal", "the rebels withdrew from Darsa": no force holds or leaves a person or a firm)."""
    names = [t for t in taken if t.pos_ == "PROPN" and written_as_name(t) and t.dep_ in DIRECT_OBJECTS | {"pobj"}]
    place_words = set(re.split(r"[-_]", event.place or ""))
    if any(t.lower_ in place_words for t in names):
        return {"<kb place>"}
    held = [t for t in names if t.dep_ == "pobj" and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in cues["holdings"]]
    leaving = Words([token, *(c for c in token.children if c.dep_ == "prt"  # "pulled out", also parsed as a preposition
                              or (c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS))]).has(cues["leaving"])
    if (held or (names and leaving)) and done_by_a_force(event, token, kinds, cues):
        return {"<kb place>"}
    if place_by_frame(token, event.predicate or ""):  # "rebels entered Marsak", "troops moved into Dorvina"
        return {"<kb place>"}
    # a name a force takes from a side, or after a fight ("seized Vassin from the rebels", "seized Belkor
    # after fierce fighting"): a place, whatever the parse labels it; but a verb that takes people too
    # ("captured Musa Kalla after a gunfight") takes a name after a fight as a person
    taking = Words([token, *(c for c in token.children if c.dep_ == "prt" or (
        c.dep_ in {"prep", "advmod"} and c.lower_ in PARTICLE_PREPS))]).has(cues["territory_taking"])
    sides = cues["state_forces"] | cues["armed_groups"] | cues["force_nouns"]
    if names and taking and done_by_a_force(event, token, kinds, cues) \
            and (taken_from_a_side(token, names, sides)
                 or (event.mode != "arrest" and fight_told_with(token, cues["fighting_words"]))):
        return {"<kb place>"}
    # not a person told by a full name ("recaptured John Maddox", escaped from prison)
    names = [t for t in names if not any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in t.children)]
    if names and (token.lemma_.lower() in cues["place_only_verbs"] or token.lower_ in cues["place_only_verbs"]):
        return {"<kb place>"}
    # "the army regained control of the town of Kalvo": what a force takes control of is a place, whatever
    # the parse labels the name (not "the board regained control of Telvia")
    if names and any(c.dep_ == "dobj" and c.lemma_.lower() in cues["holdings"] for c in token.children) \
            and done_by_a_force(event, token, kinds, cues):
        return {"<kb place>"}
    return set()


def done_by_a_force(event: Event, token: Token, kinds: dict[str, str], cues: dict[str, frozenset[str]]) -> bool:
    """Whether a state's or an armed group's force does the act: by the knowledge base's kind, or by
    the noun of its subject ("the army", "rebel fighters")."""
    subject = Words(subject_of(token))
    # the doer's own noun, or what it moves, is a force of anyone's ("Varek's forces", "forces loyal to the
    # council", "the Front withdrew its fighters from")
    forces = Words(doer_nouns(token) + [c for c in token.children if c.dep_ == "dobj"])
    return any(kinds.get(a, "") in FORCE_KINDS | {"armed_group"} for a in event.actors) \
        or subject.has(cues["state_forces"]) or subject.has(cues["armed_groups"]) \
        or any(forces.has(cues[c]) for c in ("force_nouns", "state_forces", "armed_groups"))
