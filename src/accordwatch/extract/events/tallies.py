"""Running totals told through a tally noun rather than the act's own verb: "the number of prisoners
freed reached 1,000", "this brings to 748 the number released", "the total freed now stands at 4,000",
and the tally a stopped process leaves ("paused the releases after freeing about 1,000 of them").
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.common import _prep_objects
from accordwatch.extract.events.predicates import match_predicate
from accordwatch.extract.events.roles import _agent, actors_of, subject_of
from accordwatch.extract.events.time_place import _date
from accordwatch.extract.quantities import number_value
from accordwatch.extract.word_lists import word_set
from accordwatch.model import DateValue, Event

TALLY_NOUNS = word_set("event_words", "tally_nouns")
TALLY_VERBS = word_set("event_words", "tally_verbs")
PROCESS_VERBS = word_set("event_words", "process_verbs")


def _is_release(token: Token) -> bool:
    sense = match_predicate(token)
    return sense is not None and sense[0].category == "RETREAT" and sense[0].mode == "release"


def _release_in(noun: Token) -> Token | None:
    """The release the tally noun counts ("the number [of prisoners] freed", "the total released")."""
    for token in noun.subtree:
        if token.i != noun.i and _is_release(token):
            return token
    return None


def _value_of(verb: Token, noun: Token) -> int | None:
    """The figure the tally verb gives: its object or the object of "to"/"at" ("reached 1,000",
    "stands at 4,000", "brings to 748")."""
    inside = {t.i for t in noun.subtree} | ({t.i for t in noun.head.subtree} if noun.head.i != verb.i else set())
    candidates = [c for c in verb.children if c.dep_ in {"dobj", "attr", "npadvmod", "nummod"}]
    candidates += _prep_objects(verb, {"to", "at"})
    for candidate in candidates:
        if candidate.i in inside:
            continue
        run = [t for t in candidate.subtree if t.like_num and t.i not in inside]
        if run and candidate.like_num:
            return number_value([t for t in run if abs(t.i - candidate.i) <= 3])
        if run:
            return number_value(run[:3])
    return None


def tally_events(context: Context, verb: Token) -> list[Event]:
    """A running total of releases told by VERB through a tally noun, as a cumulative event."""
    if verb.lemma_.lower() not in TALLY_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return []
    found = [(c, _release_in(c)) for c in verb.children
             if c.dep_ in {"nsubj", "dobj", "nsubjpass"} and c.lemma_.lower() in TALLY_NOUNS]
    # "brings to 748 the number freed": the parser may hang the tally noun on the participle
    found += [(n, c) for c in verb.children if c.dep_ in {"advcl", "ccomp", "dobj"} for n in c.children
              if n.dep_ == "nsubj" and n.lemma_.lower() in TALLY_NOUNS and _is_release(c)]
    for noun, release in found:
        value = _value_of(verb, noun) if release is not None else None
        if release is None or value is None:
            continue
        actors = _agent(context, release) or [a for c in release.children if c.dep_ == "nsubj"
                                              for a in actors_of(context, c)]
        recipients = [a for obj in _prep_objects(noun, {"of"}) for a in actors_of(context, obj)]
        published = context.document.published
        sentence = context.sentence_of(verb)
        told_day = _date(context, verb)  # "reached 1,000 on Tuesday": the tally as it stood that day
        day = told_day or (DateValue.day(published) if published else None)
        event = Event(id="", doc_id=context.document.id, category="RETREAT", mode="release",
                      evidence=context.evidence(sentence.start_char, sentence.end_char), actors=actors,
                      recipients=recipients, date=day, date_basis="text" if told_day else "publication",
                      prisoners=value, cumulative=True, predicate=release.lemma_.lower())
        return [event]
    return []


def tally_so_far(context: Context, token: Token) -> list[str] | None:
    """"paused the releases after freeing about 1,000 of them", "halted the handover after 1,000 were
    freed": the act told under a stopped (or resumed, or finished) process is its tally so far. Gives
    the process's doers (the release's own when it names them), or None when TOKEN is no such act."""
    head = token.head
    marked = token.dep_ in {"advcl", "pcomp"} and (
        any(c.dep_ == "mark" and c.lower_ == "after" for c in token.children)
        or (token.dep_ == "pcomp" and head.lower_ == "after"))
    if not marked:
        return None
    process = head.head if token.dep_ == "pcomp" else head
    on_hold = any(c.lower_ == "hold" for c in process.subtree if c.dep_ == "pobj" and c.head.lower_ == "on")
    if process.lemma_.lower() not in PROCESS_VERBS and not on_hold:
        return None
    return subject_of(context, process)
