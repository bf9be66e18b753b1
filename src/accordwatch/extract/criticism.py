"""Accusations made by what a speaker says rather than by a verb of accusing.

PLOVER codes disapproval as ACCUSE: "walking out now shows they are not serious about peace", said by
one side of the other, is an accusation though no one "accused". And a speaker who disputes what
another side says it did ("the government freed 'unknown prisoners'", say the rebels) alleges a
wrong by that side. Each such claim gets an ACCUSE event by the speaker's side against the side
whose act is criticised, linked from the claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from accordwatch.extract.claims import is_party
from accordwatch.extract.context import Context
from accordwatch.model import Claim, Event

VIOLENT = {"ASSAULT", "COERCE"}
# judgements of another side's conduct (not of events in general: "a tragic day" blames nobody)
DISAPPROVAL = re.compile(
    r"\b(lack\s+of\s+(?:seriousness|sincerity|commitment|good\s+faith|will)|not\s+serious|"
    r"bad\s+faith|insincer(?:e|ity)|irresponsible|unacceptable|provocati(?:on|ve)|sabotag\w*|"
    r"undermin\w*|betray\w*|reprehensible|deplorable|shameful|hypocri\w+|obstruct\w*|"
    r"delaying\s+tactics?|excuses?\s+to|pretext)\b",
    re.I,
)


def accusations_in_claims(context: Context, events: list[Event], claims: list[Claim]) -> list[Event]:
    """New ACCUSE events for disapproving or disputing claims (the claims are linked to them)."""
    made: list[Event] = []
    by_id = {e.id: e for e in events}
    for claim in claims:
        speaker_side = context.org(claim.speaker)
        if not is_party(context, speaker_side):
            continue  # a newspaper reporting a raid accuses nobody
        linked = [by_id[i] for i in claim.events if i in by_id]
        own_sentence = [e for e in linked if e.evidence.sentence_start == claim.evidence.sentence_start]
        if any(e.category == "ACCUSE" and speaker_side in {context.org(a) for a in e.actors} for e in own_sentence):
            continue  # the claim already accuses by its verb
        if claim.stance in {"dispute", "accuse"}:
            # what another side says it did, told otherwise; violence alleged is already an alleged event
            mode, sentence = "allege", _sentence_at(context, claim.evidence.start)
            targets = _other_sides(context, [e for e in own_sentence if e.category not in VIOLENT], speaker_side)
        else:
            sentence = _disapproving_sentence(context, claim)
            if sentence is None:
                continue
            mode = "disapprove"
            targets = _other_sides(context, linked, speaker_side) or _last_other_side(
                context, events, speaker_side, sentence.start_char)
        if not targets or sentence is None:
            continue
        event = Event(
            id=f"{context.document.id}:e{len(events) + len(made) + 1:03d}", doc_id=context.document.id,
            category="ACCUSE", mode=mode, evidence=context.evidence(sentence.start_char, sentence.end_char),
            actors=[speaker_side], recipients=targets, date=claim.date, reported_by=[claim.speaker or ""],
            predicate="criticism" if mode == "disapprove" else "dispute",
            date_basis="text" if claim.date else None,
        )
        made.append(event)
        claim.events.append(event.id)
    return made


def _sentence_at(context: Context, start: int) -> Span | None:
    return next((s for s in context.news_sentences() if s.start_char <= start < s.end_char), None)


def _disapproving_sentence(context: Context, claim: Claim) -> Span | None:
    """The sentence of the claim's own words that passes judgement."""
    if not DISAPPROVAL.search(claim.quote):
        return None
    for sentence in context.news_sentences():
        if sentence.start_char < claim.evidence.start:
            continue
        match = DISAPPROVAL.search(context.text_of(sentence))
        if match and match.group(0) in claim.quote:
            return sentence
    return None


def _other_sides(context: Context, linked: list[Event], speaker_side: str) -> list[str]:
    sides = [context.org(a) or a for e in linked for a in e.actors]
    return list(dict.fromkeys(s for s in sides if s != speaker_side))


def _last_other_side(context: Context, events: list[Event], speaker_side: str, before: int) -> list[str]:
    """Whose act is judged: the side of the last act told before, by someone else."""
    for event in sorted((e for e in events if e.evidence.start < before), key=lambda e: e.evidence.start,
                        reverse=True):
        sides = _other_sides(context, [event], speaker_side)
        if sides:
            return sides[:1]
    return []
