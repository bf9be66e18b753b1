"""Releases told as the movement of the people freed: "two planes carried 150 prisoners to Doha",
"60 government prisoners reached Kabul on the second flight", "a flight took off with 45 former
detainees on board", "the group received 200 of its own fighters in return".

Such a sentence rarely names who frees: the people moved are whose they are ("Taliban prisoners"), and
the ones holding them ("detainees held by the Taliban", "prisoners freed by Kabul") are the ones who
free them. The vehicle and whoever flies it (a plane, the Red Cross) free nobody. Where no holder is
named, the provision's ledger takes the doer from the beneficiary whose people were freed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.aspect import ADDING_MODIFIERS, _perfect
from accordwatch.extract.events.common import SUBJECTS
from accordwatch.extract.events.modality import _category
from accordwatch.extract.events.roles import _agent, actors_of, subject_of
from accordwatch.extract.events.tallies import TALLY_NOUNS, TALLY_VERBS
from accordwatch.extract.events.time_place import _date
from accordwatch.extract.lexicon import Sense
from accordwatch.extract.quantities import APPROX, SCALES, number_value
from accordwatch.extract.word_lists import word_set
from accordwatch.model import DateValue, Event

TRANSFER_VERBS = word_set("event_words", "transfer_verbs")
ARRIVAL_VERBS = word_set("event_words", "arrival_verbs")
RECEIVING_VERBS = word_set("event_words", "receiving_verbs")
DETAINEE_NOUNS = word_set("event_words", "detainee_nouns")
FREED_MARKS = word_set("event_words", "freed_marks")
PEOPLE_NOUNS = word_set("event_words", "people_nouns")
VEHICLE_NOUNS = word_set("event_words", "vehicle_nouns")
HOLDING_WORDS = word_set("event_words", "holding_words")
CUSTODY_WORDS = word_set("event_words", "custody_words")
PEOPLE_SETS = word_set("event_words", "people_set_nouns")
REMAINING = word_set("event_words", "remaining_verbs")
EXCHANGE_WORDS = word_set("event_words", "exchange_words")
CAPTIVE_RESULTS = word_set("event_words", "captive_results")
RELEASE = Sense("RETREAT", "release")


def _people(noun: Token) -> Token:
    """The noun the count is of: "200 of their own fighters" is of the fighters."""
    if noun.like_num or noun.lemma_.lower() in PEOPLE_SETS:
        # "200 of their own fighters", "a total of 249 detainees", "a group of 35 soldiers"
        return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), noun)
    return noun


def _count(noun: Token) -> tuple[int | None, int | None]:
    """The number of people NOUN is (and where it is written): its number modifier, or itself."""
    numbers = [noun] if noun.like_num else [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    if not numbers and _people(noun).i != noun.i:  # "a total of 249 detainees"
        numbers = [c for c in _people(noun).children if c.dep_ == "nummod" and c.like_num]
    if not numbers:
        return None, None
    run = [t for t in numbers[0].subtree if t.like_num or t.lower_ in SCALES]
    return number_value(run or numbers), numbers[0].idx


def _in_an_exchange(context: Context, token: Token) -> bool:
    """People moved are freed people only where the report is telling a release or an exchange: this
    sentence or the two before speak of prisoners or their release ("300 US troops flown to Kabul" in
    a report of a deployment are soldiers, not freed men)."""
    here = [s for s in context.news_sentences() if s.start_char <= token.idx]
    return any(t.lemma_.lower() in EXCHANGE_WORDS or t.lemma_.lower() in DETAINEE_NOUNS
               for sentence in here[-3:] for t in sentence)


def _freed_people(noun: Token, sentence_has_vehicle: bool, receiving: bool, exchange: bool) -> bool:
    people = _people(noun)
    lemma = people.lemma_.lower()
    if lemma in DETAINEE_NOUNS:
        return True
    marked = any(c.lower_ in FREED_MARKS for c in people.children if c.dep_ in {"amod", "compound", "acl"})
    # "200 of their own fighters", "30 of its soldiers": the receiver's own people
    own = any(c.lower_ == "own" or c.dep_ == "poss" for c in people.children)
    if lemma in PEOPLE_NOUNS or people.pos_ == "PROPN" or people.tag_ == "NNPS":
        # soldiers flown home, fighters reaching a town: freed men only where the report tells an exchange
        # ("received 150 of its own soldiers": a side getting its own people back is told as such)
        return marked or (receiving and own) or (exchange and (receiving or own or sentence_has_vehicle))
    return marked


def taken_captive(token: Token) -> bool:
    """Whether TOKEN makes people captives: a bare singular "hostage" or "captive" on it ("took the
    passengers hostage", "were taken captive"), not the hostages it moves ("took the hostages to Kabul")."""
    return any(c.lower_ in CAPTIVE_RESULTS and c.tag_ in {"NN", "JJ"}
               and not any(d.dep_ in {"det", "poss"} for d in c.children)
               for c in token.children if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp", "acomp", "attr"})


def _moved(token: Token) -> tuple[list[Token], bool] | None:
    """The nouns of the people TOKEN moves, and whether TOKEN is a receiving (its subject gets them)."""
    lemma = token.lemma_.lower()
    if token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() == "let":
        return None  # "let 45 prisoners go": the release itself, told by "let go"
    if taken_captive(token):
        return None  # "took three workers hostage": the taking of them (an abduction), not a move
    back = any(c.lower_ == "back" for c in token.children if c.dep_ in {"advmod", "prt"})
    receiving = lemma in RECEIVING_VERBS or (f"{lemma} back" in RECEIVING_VERBS and back)
    aboard = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
              if g.dep_ == "pobj"]
    moved = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if receiving or (lemma in TRANSFER_VERBS and (moved or lemma not in ARRIVAL_VERBS)):
        nouns = moved + aboard
    elif lemma in ARRIVAL_VERBS:  # (also "returned home": a verb of both kinds, with no object)
        nouns = [c for c in token.children if c.dep_ in SUBJECTS] + aboard
    else:
        return None
    return nouns, receiving


def _still_held(token: Token, sentence: Span) -> bool:
    """"moved to another prison", "taken into custody", "where they remain under supervision": the
    people change hands or places but stay held."""
    # ("to a detention centre": the custody word may be the place's modifier)
    into = [g for p in token.children if p.dep_ == "prep" and p.lower_ in {"to", "into"} for g in p.children
            if g.dep_ == "pobj" and any(w.lemma_.lower() in CUSTODY_WORDS for w in
                                        [g, *(c for c in g.children if c.dep_ in {"compound", "amod"})])]
    remain = [t for t in sentence if t.lemma_.lower() in REMAINING
              and any(c.lemma_.lower() in CUSTODY_WORDS for c in t.subtree)]
    return bool(into or remain)


def holders(context: Context, people: Token) -> list[str]:
    """"detainees held by the Taliban", "prisoners who were freed by Kabul": who had them and let them go."""
    for clause in people.children:
        if clause.dep_ in {"acl", "relcl"} and (clause.lemma_.lower() in HOLDING_WORDS or clause.lower_ in FREED_MARKS):
            agents = _agent(context, clause)
            if agents:
                return agents
    return []


def transfer_events(context: Context, token: Token) -> list[Event]:
    """TOKEN's move of freed people, as a release (empty when TOKEN moves no one held)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return []
    moved = _moved(token)
    if moved is None:
        return []
    nouns, receiving = moved
    sentence = context.sentence_of(token)
    if _still_held(token, sentence):
        return []
    has_vehicle = any(t.lemma_.lower() in VEHICLE_NOUNS for t in sentence)
    exchange = _in_an_exchange(context, token)
    for noun in nouns:
        if noun.lemma_.lower() in TALLY_NOUNS and token.lemma_.lower() in TALLY_VERBS:
            continue  # "the number freed reached 2,000": a tally (tallies.py), not a move
        if not _freed_people(noun, has_vehicle, receiving, exchange):
            continue
        value, written_at = _count(noun)
        people = _people(noun)
        # "Taliban prisoners", "prisoners of the government forces": whose people were moved
        owners = [g for p in people.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
        recipients = actors_of(context, people) or actors_of(context, noun) \
            or [a for owner in owners for a in actors_of(context, owner)]
        actors = holders(context, people)
        if receiving:
            recipients, actors = subject_of(context, token), []
        # "16 Saudis and three Sudanese": one move, its counts add up ("20 detainees, 16 Saudis and three
        # Sudanese among them": the part is not added)
        parts = any(t.lower_ == "among" for t in [*noun.subtree, *token.children])
        for joined in [] if parts else people.conjuncts:
            more, at = _count(joined)
            if more is not None and value is not None and at is not None:
                value += more
            recipients += actors_of(context, joined)
        category, mode, modality, negated = _category(RELEASE, token)
        start = min(token.idx, noun.left_edge.idx)
        end = max(token.idx + len(token), noun.right_edge.idx + len(noun.right_edge))
        event = Event(id="", doc_id=context.document.id, category=category, mode=mode,
                      evidence=context.evidence(start, end), actors=actors,
                      recipients=[r for r in dict.fromkeys(recipients) if r not in actors],
                      date=_date(context, token), modality=modality, negated=negated,  # type: ignore[arg-type]
                      prisoners=value, predicate=f"{token.lemma_.lower()} (transfer)")
        if value is not None and written_at is not None:
            event.count_starts.append(written_at)
            before = context.document.text[max(0, written_at - 30):written_at]
            if APPROX.search(before):
                event.vague_counts = []  # "about 90" is a figure all the same (the lowest told)
        event.adds_to = any(t.lower_ in ADDING_MODIFIERS for t in noun.subtree
                            if t.i < noun.i or t.dep_ == "quantmod") \
            or any(c.dep_ == "advmod" and c.lower_ in {"also", "additionally"} for c in token.children)
        # "186 men ... have come home": in the perfect, with no day of its own, the tally so far
        event.cumulative = value is not None and not event.adds_to and _perfect(token) \
            and _date(context, token, own_only=True) is None
        if event.cumulative and context.document.published:
            event.date, event.date_basis = DateValue.day(context.document.published), "publication"
        return [event]
    return []
