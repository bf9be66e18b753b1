"""Acts told by a construction rather than by a predicate of the lexicon: an instruction, an obligation
said of another, a thing ruled out, a standing commitment, an armed side's answer to come.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.acled_parse import in_protest
from accordwatch.extract.events.common import _governor_chain, with_compounds
from accordwatch.extract.events.modality import _conditional, _planned
from accordwatch.extract.events.predicates import _phrasal_keys, match_predicate
from accordwatch.extract.events.roles import subject_of
from accordwatch.extract.lexicon import REPORTING, Sense
from accordwatch.extract.word_lists import word_set

INSTRUCTING = word_set("event_words", "instructing")


def _instruction(token: Token) -> tuple[Sense, str] | None:
    """"A judge ordered the former president to appear", "urged Kabul to free them": telling someone
    to act is a REQUEST of them, whatever the act."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in INSTRUCTING:
        return None
    told = _told_to_act(token)
    return (Sense("REQUEST"), token.lemma_.lower()) if told else None


def _told_to_act(token: Token) -> list[Token]:
    """Whom a verb of instructing tells to act: its object, or the subject the parser gave the
    infinitive ("ordered [Odinga to appear]")."""
    complements = [c for c in token.children if c.dep_ == "xcomp"]
    if not complements:
        return []
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return objects or [c for x in complements for c in x.children if c.dep_ in {"nsubj", "nsubjpass"}]


RULED_OUT = re.compile(r"\b(out of the question|not an option|off the table|not on the table|no question of|"
                       r"non-negotiable|not negotiable)\b", re.I)


def _ruled_out(token: Token) -> tuple[Sense, str] | None:
    """"US officials said lifting the sanctions is out of the question": what a speaker rules out,
    it rejects (the speaker is found by the reporting verb above)."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in REPORTING or token.lemma_.lower() != "be":
        return None
    words = " ".join(t.text for t in token.subtree)
    return (Sense("REJECT"), "rule out") if RULED_OUT.search(words) else None


def _commitment(token: Token) -> tuple[Sense, str] | None:
    """"Vietnam is committed to opening up its markets": a standing undertaking, an AGREE."""
    if token.lemma_.lower() != "commit" or not any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in token.children):
        return None
    return (Sense("AGREE"), "commit") if any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) else None


def _obligation(token: Token) -> tuple[Sense, str] | None:
    """"The Red Cross said the occupying forces must ensure security": what a speaker says another
    must do is a demand of them, whatever the act (the demanded branch makes it a REQUEST)."""
    if token.pos_ != "VERB" or token.dep_ != "ccomp" or token.head.lemma_.lower() not in REPORTING:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"} for c in token.children):
        return None
    return Sense("REQUEST", "change"), token.lemma_.lower()


ANSWERING = word_set("event_words", "answering")
ARMED_KINDS = {"armed_group", "state_forces"}


def _retaliation(context: Context, token: Token) -> tuple[Sense, str] | None:
    """"our fighters will react and respond if the raids go on": an armed side's answer to come, with
    nothing answered named, is force (and, being to come, a threat). "The ministry will respond to
    the letter" is not."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ANSWERING \
            or any(c.dep_ in {"dobj", "ccomp", "prep"} for c in token.children):
        return None
    if not (_planned(token) or _conditional(token)
            or any(c.dep_ == "aux" and c.lower_ in {"will", "would"} for n in _governor_chain(token)
                   for c in n.children)):
        return None
    kinds = {(context.actor(a).kind if context.actor(a) else "") for a in subject_of(context, token)}
    return (Sense("ASSAULT"), token.lemma_.lower()) if kinds & ARMED_KINDS else None


GATHERING_VERBS = word_set("event_words", "gathering_verbs")
DEMONSTRATORS = word_set("event_words", "demonstrator_nouns")
OPPOSING_VERBS = word_set("event_words", "opposing_verbs")
GATHERING_CAUSES = word_set("event_words", "gathering_causes")
PLACE_WORDS = {"outside", "inside", "near", "opposite"}
OPPONENTS = word_set("event_words", "opponent_nouns")
GATHERING_PLACES = word_set("event_words", "gathering_places")
VOICING = {"PROTEST", "ACCUSE", "REQUEST"}  # what a crowd gathers to do when it demonstrates
PROTEST_INSIGNIA = word_set("event_words", "protest_insignia")
BEARING_VERBS = word_set("event_words", "bearing_verbs")


def _bears_insignia(verb: Token) -> bool:
    """Whether VERB is a bearing of the things of a protest ("held placards", "waving banners", "carrying
    protest signs"), told as done or as what its people were doing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in BEARING_VERBS:
        return False
    return any(c.dep_ == "dobj" and ({c.lemma_.lower(), c.lower_} | with_compounds(c)) & PROTEST_INSIGNIA
               for c in verb.children)


def _bearing_insignia(token: Token) -> tuple[Sense, str] | None:
    """"Relatives of the missing held placards outside the ministry": people bearing the things of a
    protest demonstrate."""
    if not _bears_insignia(token) or token.dep_ in {"acl", "relcl", "advcl", "amod"}:
        return None  # (a participle on a gathering's people tells that gathering: see _gathering)
    # its people: its subject, or what a verb of perceiving says was seen doing it ("were seen brandishing")
    people = [c for c in token.children if c.dep_ == "nsubj"] or \
        ([c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}] if token.dep_ == "xcomp" else [])
    return (Sense("PROTEST"), "protest") if people else None


def _of_whom(noun: Token) -> bool:
    """Whether NOUN says whom its people oppose ("critics of the president", "the junta's opponents"), not
    film critics at a festival."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)


def _gathering(token: Token) -> tuple[Sense, str] | None:
    """"Hundreds gathered in the square to denounce the tax", "villagers assembled outside the office,
    demanding their land back": a crowd gathering to protest, denounce or demand holds a protest (the
    purpose under it is what the gathering was for, told by the gathering)."""
    # "gathered outside parliament" is parsed with the place as an object modified by "outside"
    # by its lemma or with its particle ("turned out", "came out")
    if token.pos_ != "VERB" or not GATHERING_VERBS.intersection(_phrasal_keys(token)) \
            or any(c.dep_ == "dobj" and c.lower_ not in GATHERING_PLACES  # "thronged the avenue": where
                   and not any(a.lower_ in PLACE_WORDS for a in c.children) for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "hundreds of protesters"
    if any(c.lower_ in DEMONSTRATORS or (c.lower_ in OPPONENTS and _of_whom(c)) for c in subjects):
        return Sense("PROTEST"), token.lemma_.lower()  # "demonstrators gathered outside parliament"
    # "students waving banners gathered", "gathered outside the court, carrying placards"
    if any(_bears_insignia(v) for v in [*(g for c in subjects for g in c.children if g.dep_ == "acl"),
                                        *(c for c in token.children if c.dep_ == "advcl")]):
        return Sense("PROTEST"), token.lemma_.lower()
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in GATHERING_CAUSES
                                                        for g in c.children) for c in token.children):
        return Sense("PROTEST"), token.lemma_.lower()  # "gathered outside the court in solidarity with the accused"
    for purpose in (c for c in token.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children)
        if not (infinitive or purpose.tag_ == "VBG"):
            continue
        matched = match_predicate(purpose)
        # a purpose of opposing, which the lexicon has as no complaint ("came out to oppose the coup")
        if (matched is not None and matched[0].category in VOICING) or purpose.lemma_.lower() in OPPOSING_VERBS:
            return Sense("PROTEST"), token.lemma_.lower()
    return None


PROTESTING_PEOPLE = word_set("event_words", "crowd_nouns") | word_set("event_words", "working_people") \
    | DEMONSTRATORS


def _in_protest(token: Token) -> tuple[Sense, str] | None:
    """"Traders shut their shops in protest at the levy", "workers downed tools in protest": what a crowd or
    people at work do "in protest" is their protest (not "the minister resigned in protest")."""
    if token.pos_ != "VERB" or not in_protest(token):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "hundreds of traders"
    if any(c.lower_ in PROTESTING_PEOPLE or c.lemma_.lower() in PROTESTING_PEOPLE for c in subjects):
        return Sense("PROTEST"), "protest"
    return None


TURNING_VERBS = word_set("event_words", "turning_verbs")
RIOTING_STATES = word_set("event_words", "rioting_states")
CROWD_WORDS = word_set("event_words", "crowd_nouns") | word_set("event_words", "protest_nouns")


def _turning_violent(token: Token) -> tuple[Sense, str] | None:
    """"Protesters turned violent", "the crowd became unruly": a crowd told as turning to violence riots."""
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in TURNING_VERBS:
        return None
    if not any(c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in RIOTING_STATES for c in token.children):
        return None
    crowd = any(c.dep_ == "nsubj" and (c.lower_ in CROWD_WORDS or c.lemma_.lower() in CROWD_WORDS)
                for c in token.children)
    return (Sense("PROTEST", "riot"), "riot") if crowd else None
