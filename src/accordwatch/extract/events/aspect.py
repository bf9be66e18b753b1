"""How an act stands to the others told and to the report: background or backstory, a running total,
another act of the same kind, a retelling, a round-up of several operations.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accordwatch.extract.events.common import ANAPHORIC_DETS, COUNT_FIELDS, _has_count
from accordwatch.extract.events.predicates import ATTACK_WORDS, NOMINAL
from accordwatch.extract.lexicon import BACKGROUND_MARKERS
from accordwatch.extract.quantities import PERSON_NOUNS
from accordwatch.extract.word_lists import word_set
from accordwatch.model import Event, Quantity

BACKSTORY_HEADS = word_set("event_words", "backstory_heads")


LONG_SPANS = {"year", "decade", "century"}  # what an act told as so long before the news is measured in


def _backstory(token: Token) -> bool:
    """An act named as a noun to say who someone is ("the commander behind the Dec. 2 bombing") is
    background to the report, not its news."""
    if token.pos_ != "NOUN":
        # "...the July 2 attack, which killed two civilians": what the background act did
        return token.dep_ in {"relcl", "acl"} and token.head.pos_ == "NOUN" \
            and (token.head.lemma_.lower() in NOMINAL.keys() | ATTACK_WORDS) and _backstory(token.head)
    if token.dep_ == "pobj" and token.head.lower_ in {"after", "since"} and any(
            c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in token.head.children):
        return True  # "ten years after the bombing of the cathedral", "a decade since the massacre"
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in BACKSTORY_HEADS or node.lower_ in BACKSTORY_HEADS:
            return True
        if node.pos_ == "VERB" and node.dep_ not in {"acl", "relcl", "amod"}:
            return False
    return False


def _sentence_is_background(sentence: Span, token: Token | None = None) -> bool:
    """Whether a marker of time before ("previously", "had earlier") makes the act at TOKEN background:
    the marker covers the sentence ("rebels had previously held the town"), not the acts outside a relative
    clause it is in ("police, who had earlier fired tear gas, opened fire"), nor the news' own day ("earlier
    this week") or a state at first ("the initially peaceful march")."""
    # ("once" opening a clause is "as soon as", not "formerly": "Once the area was secured, ...")
    markers = [t for t in sentence if t.lower_ in BACKGROUND_MARKERS and t.dep_ != "mark" and not _recent_day(t)]
    return any(token is None or _covers(m, token) for m in markers)


RECENT_DAY_WORDS = {"today", "tonight", "week", "month", "day", "morning", "afternoon", "evening"}


def _recent_day(token: Token) -> bool:
    """"earlier this week", "earlier on Monday", "earlier in the day": the news' own days, not a time
    before them ("two weeks earlier" is)."""
    after = token.doc[token.i + 1:min(token.i + 4, token.sent.end)]
    return token.lower_ == "earlier" and any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in RECENT_DAY_WORDS
                                             for t in after)


def _covers(marker: Token, token: Token) -> bool:
    """Whether MARKER covers the act at TOKEN: the whole sentence, but for a marker in a relative clause
    (which covers only that clause) or on an adjective (a state at first: "the initially peaceful march")."""
    head = marker.head
    if head.pos_ == "ADJ" and head.i != marker.i:
        return False
    # the relative clause the marker is in ("police, who had earlier fired tear gas, opened fire")
    clause = next((a for a in [marker, *marker.ancestors] if a.dep_ == "relcl"), None)
    return clause is None or token.i == clause.i or clause in token.ancestors


def _perfect(token: Token) -> bool:
    """"have freed 1,005", "had released 105 by then": a count in the perfect with no day of its own is
    the tally so far."""
    # ("having freed 1,005": the participle's tag varies, the auxiliary says it)
    return any(c.dep_ == "aux" and c.lemma_.lower() in {"have", "having"} for c in token.children) and (
        token.tag_ == "VBN" or any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children))


def _cumulative(token: Token, counts: list[Quantity]) -> bool:
    """"1,000 released so far", "has freed 550 since April 8": a running total, not one act's size."""
    valued = [q for q in counts if q.value is not None and not q.reference]
    return bool(valued) and all(q.total for q in valued)


ADDING_ADVERBS = word_set("event_words", "adding_adverbs")
ADDING_MODIFIERS = word_set("event_words", "adding_modifiers")


def _adds_to(token: Token) -> bool:
    """"The force also detained one suspect", "detained one additional insurgent": another act of the
    same kind, not a retelling of the one before."""
    if any(c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    # ("the other occupants" are the rest of a group already told, not more people)
    objects = [n for n in objects if not any(d.dep_ == "det" and d.lower_ == "the" for d in n.children)]
    # ("a further 200 prisoners": the modifier may hang on the number)
    modifiers = [m for noun in objects for c in noun.children
                 for m in [c, *(c.children if c.dep_ == "nummod" else [])]]
    # ("more than 4,000" is a bound, not more of the same)
    return any(m.dep_ in {"amod", "det", "advmod"} and m.lower_ in ADDING_MODIFIERS
               and not (m.lower_ == "more" and m.i + 1 < len(m.doc) and m.doc[m.i + 1].lower_ == "than")
               for m in modifiers)


def _refers_back(token: Token) -> bool:
    """"The meeting was held...", "the assault force detained...": a definite noun points back to an
    act (or actor) already told, so an actorless retelling may join it."""
    verb = token
    while (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")) \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # "the force searched a compound and detained two", "the force responded, killing
        # several": the shared subject
        verb = verb.head
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "...shot and killed the insurgent": the one already counted
    nouns += [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() not in {"other", "others"}]
    if token.pos_ == "NOUN":
        nouns.append(token)
    return any(any(d.lower_ in ANAPHORIC_DETS for d in n.children if d.dep_ == "det") for n in nouns)


# an act told over several operations: "during separate operations", "in four raids", "over the
# past 24 hours"
ROUNDUP = re.compile(r"\b((two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|numerous|separate)\s+"
                     r"(separate\s+)?([\w-]+\s+){0,2}(operations|raids|missions|engagements)|"
                     r"over\s+the\s+(past|last)\s+(24|48|twenty-four)\s+hours|over\s+the\s+(past|last)\s+(day|two\s+days))\b",
                     re.I)


def _summaries_defer_to_details(events: list[Event]) -> None:
    """A lead that sums up several operations ("killed more than ten insurgents in separate raids
    over the past 24 hours") and then tells them one by one: the figures belong to the operations
    told below; the lead's own total is a tally over them (cumulative), not one more toll. A summary
    nothing details keeps its figures."""
    for event in events:
        if not event.summary or not _has_count(event):
            continue
        details = [d for d in events if not d.summary and d.category == event.category and not d.historical
                   and d.evidence.sentence_start > event.evidence.sentence_start and _has_count(d)
                   and not d.names_known_people]
        if details:
            event.cumulative = True
            for field in COUNT_FIELDS.values():
                setattr(event, field, None)


def _names_known_people(token: Token, text: str, sentence_start: int) -> bool:
    """"The leaders and suspects were detained at the scene", "detained the commander": the people
    the act is done to are named as ones already told."""
    patients = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}
                and (c.lemma_.lower() in PERSON_NOUNS or c.pos_ == "PROPN")]
    pronouns = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "PRON"]
    # a person named again ("Bahuddin and his subordinate were both killed")
    if any(p.pos_ == "PROPN" and text.find(p.text, 0, sentence_start) != -1 for p in patients):
        return True
    known = ANAPHORIC_DETS | {"his", "her", "their", "its"}
    return bool(pronouns) or any(d.dep_ in {"det", "poss"} and d.lower_ in known for p in patients for d in p.children)
