"""Readings of an act that tell it is no act ACLED codes, or that its words are another act's: strikes
staged as labour action, raids by civil officials, the act another answers. Used by the ACLED typer
(acled.py)."""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.events.acled_parse import Words, subject_heads
from accordwatch.model import Event

# cue groups naming arms (not "explosive": a "blast" alone may be an accident)
MEANS = ("weapons", "artillery", "aerial", "grenade", "suicide", "chemical")


def struck(token: Token) -> list[Token]:
    """What the act is done to: its direct objects, passive subject, what it is "on" or "against"."""
    return [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
        for o in c.children if o.dep_ == "pobj"]


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
