"""The counts of an act: the quantities on its arguments added into its toll fields, people told in the
plural without a number, a group counted earlier and named again, a running total told beside it.
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.common import ANAPHORIC_DETS, COUNT_FIELDS, OBJECTS, _prep_objects
from accordwatch.extract.events.predicates import RESULT_PARTICLES
from accordwatch.extract.quantities import PERSON_NOUNS, VAGUE_MINIMUM, least, number_value, patients, verb_unit
from accordwatch.extract.quantities import VAGUE as VAGUE_WORDS
from accordwatch.extract.word_lists import word_set
from accordwatch.model import DateValue, Event, Quantity


def _let_go_objects(token: Token) -> list[Token]:
    """"let 104 prisoners go": the object of the phrasal verb is the subject of its particle clause."""
    return [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.lower_ in RESULT_PARTICLES
            for s in c.children if s.dep_ == "nsubj"]


GAP_JOINS = word_set("event_words", "gap_joins")
GAP_FILLERS = word_set("event_words", "gap_fillers")


def gapped_counts(context: Context, token: Token, counts: list[Quantity]) -> list[tuple[Quantity, str, int]]:
    """"Kabul has freed 4,000 Taliban prisoners and the Taliban 800 soldiers": a count right after "and
    [party]" belongs to that party's act, told with the verb left out (a gapped clause); it is never
    added to this act's count. Gives each such count, its party and where the gapped clause starts."""
    found = []
    for quantity in counts:
        span = context.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or span[0].i <= token.i:
            continue
        party: tuple[str, int] | None = None
        for before in reversed(context.doc[token.i + 1:span[0].i]):
            actor = context.token_actor.get(before.i)
            if before.lower_ in GAP_JOINS:
                if party is not None:
                    found.append((quantity, *party))
                break
            if actor is not None and context.kind(actor) not in {"person", "civilians", ""}:
                party = (actor, before.idx)
            elif before.lower_ not in GAP_FILLERS:
                break  # another word: the count is this act's own ("released 86, bringing the number to 500")
    return found


def _counts(context: Context, token: Token) -> list[Quantity]:
    # not through "conj": "targeted a leader and detained several suspects" are two acts with two counts
    heads = [token, *[c for c in token.children if c.dep_ in OBJECTS | {"nsubjpass"}]]
    heads += _let_go_objects(token)
    heads += _prep_objects(token, {"of", "in", "to"})
    found: list[Quantity] = []
    # "released 69 troops and received 250 fighters": a joined verb with its own object has its own count
    joined = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and any(o.dep_ in OBJECTS for o in c.children)]
    elsewhere = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in joined]
    for head in heads:
        for quantity in context.counts_by_head.get(head.i, []):
            if quantity not in found and not any(a <= quantity.start < b for a, b in elsewhere):
                found.append(quantity)
    return found


def _total_events(event: Event, counts: list[Quantity], context: Context) -> list[Event]:
    """"...released another 100, bringing the number freed this week to 200": besides the act of 100,
    a report of the running total (200, cumulative, as of the report's day)."""
    increments = [q for q in counts if not q.total and not q.reference]  # "of the 5,000" is no act's size
    totals = [q for q in counts if q.total and q.value is not None and COUNT_FIELDS.get(q.unit)]
    if not increments or not totals:
        return []
    out = []
    for quantity in totals:
        total = Event(id="", doc_id=event.doc_id, category=event.category, evidence=event.evidence, mode=event.mode,
                      actors=list(event.actors), recipients=list(event.recipients), place=event.place,
                      modality=event.modality, cumulative=True, predicate=event.predicate,
                      date=DateValue.day(context.document.published) if context.document.published else event.date,
                      date_basis="publication" if context.document.published else event.date_basis)
        setattr(total, COUNT_FIELDS[quantity.unit], quantity.value)
        total.count_starts.append(quantity.start)  # one figure: never added to the act told with it
        out.append(total)
    return out


PLURAL_MINIMUM = 2


def _toll_field(token: Token) -> str | None:
    """The toll a verb tells ("dead" for killed, "arrested" for detained), if it tells one."""
    field = COUNT_FIELDS.get(verb_unit(token) or "") if token.pos_ == "VERB" else None
    return field if field in {"dead", "arrested"} else None


def _count_bare_plurals(event: Event, token: Token, counts: list[Quantity]) -> None:
    """"detained a facilitator and other militants", "killed insurgents": people told in the plural
    with no number are at least two (the most conservative reading; like a vague word, no number is
    written into the quantities)."""
    field = _toll_field(token)
    habitual = token.tag_ in {"VBZ", "VBP"} or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"}
                                                 for c in token.children)  # "attacks that are killing civilians"
    if field is None or habitual or event.modality != "asserted":
        return
    told = patients(token)
    told += [c for p in told for c in p.conjuncts]
    counted = [(q.start, q.end) for q in counts]
    plural = [p for p in told if p.tag_ == "NNS" and p.lemma_.lower() in PERSON_NOUNS
              and not any(c.dep_ in {"det", "nummod", "poss", "quantmod"} or c.lower_ in VAGUE_WORDS
                          for c in p.children)
              and not any(p.left_edge.idx <= a <= p.idx for a, _ in counted)]
    if plural:
        setattr(event, field, (getattr(event, field) or 0) + PLURAL_MINIMUM * len(plural))
        event.vague_counts.append(field)


ANTECEDENT_SENTENCES = 3


def _count_from_antecedent(event: Event, token: Token, context: Context) -> None:
    """"The force identified multiple armed insurgents ... and killed the insurgents": a definite
    plural with no number of its own counts as many as the group it names back to, when that group
    was counted without being killed or detained yet."""
    field = _toll_field(token)
    if field is None or getattr(event, field) is not None or event.modality != "asserted":
        return
    unit = verb_unit(token)
    patients_named = [p for p in patients(token) if p.tag_ == "NNS" and p.lemma_.lower() in PERSON_NOUNS
                      and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in p.children)
                      and not any(c.dep_ == "nummod" or c.lower_ in VAGUE_WORDS for c in p.children)]
    if not patients_named:
        return
    patient = patients_named[0]
    index = context.sentence_index(patient.idx)
    window = context.doc[context.sentences[max(0, index - ANTECEDENT_SENTENCES)].start:patient.i]
    for earlier in reversed(list(window)):
        if earlier.lemma_.lower() != patient.lemma_.lower() or earlier.tag_ != "NNS":
            continue
        counted = verb_unit(earlier.head) if earlier.dep_ in {"dobj", "nsubjpass"} else None
        if counted == unit:
            return  # a group already killed (or detained) is told again: not a new toll
        value = _group_size(earlier)
        if value is not None:
            setattr(event, field, value)
            if value in VAGUE_MINIMUM.values():
                event.vague_counts.append(field)
        return


def _group_size(noun: Token) -> int | None:
    """"multiple armed insurgents" (3 by convention), "five gunmen" (5): the size told on a noun."""
    for child in noun.children:
        if child.dep_ == "nummod" and child.like_num:
            return number_value([child])
        if child.lower_ in VAGUE_MINIMUM:
            return VAGUE_MINIMUM[child.lower_]
    return None


def _apply_counts(event: Event, counts: list[Quantity]) -> None:
    """Counts of one act: "arresting a courier and several suspects" adds up (1 + at least 3).
    A running total told with an increment ("freed 100, bringing the total to 200") is not added in:
    it becomes its own cumulative event (see _total_events)."""
    # a ceiling ("up to 5,000") or a set named again ("of the 400") is not the size of this act
    counts = [q for q in counts if not q.reference and not (q.bound == "upper" and event.category == "RETREAT")]
    if any(not q.total for q in counts):
        counts = [q for q in counts if not q.total]
    totals: dict[str, int] = {}
    for quantity in counts:
        field = COUNT_FIELDS.get(quantity.unit)
        value = least(quantity)
        if field is None or value is None:
            continue
        totals[field] = totals.get(field, 0) + value
        event.count_starts.append(quantity.start)
        if quantity.value is None:
            event.vague_counts.append(field)
    for field, value in totals.items():
        setattr(event, field, value)
