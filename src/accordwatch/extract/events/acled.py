"""ACLED event and sub-event types of an event, and ACLED's actor classes (inter codes).

The taxonomy, its cues and its order of precedence are data (extract/data/acled_types.yaml); the
decision is made from the parts of the event the parse gives: the predicate, the words of its clause
(arguments and modifiers), what it is done to, and who does it (the knowledge base's kinds first,
else the words of its subject).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from accordwatch.errors import WordListError
from accordwatch.extract.events.acled_parse import (
    DIRECT_OBJECTS,
    OBJECT_DEPS,
    PARTICLE_PREPS,
    Words,
    agreed_itself,
    agreed_to,
    attribution,
    clause_of,
    doer_heads,
    doer_nouns,
    entered_of,
    frame_victims,
    grievance_of,
    holding_other_goods,
    in_protest,
    largest_number,
    objects_of,
    planned_with_head,
    protest_purpose,
    reason_tokens,
    subject_heads,
    subject_of,
    taken_of,
    takers_beside,
    told_as_attributed,
    told_as_examined,
    told_as_reason,
    undergoers,
    unrealised,
    without_whom_related,
)
from accordwatch.extract.events.acled_readings import (
    CHOKING_GAS,
    FORCE_KINDS,
    MEANS,
    answered,
    by_officials,
    choking_gas,
    labour_strike,
    names_a_place,
    struck,
)
from accordwatch.extract.events.common import VIOLENT, aimed_at, passive_partner
from accordwatch.extract.events.modality import accusing_verb
from accordwatch.extract.events.predicates import FALLEN_KEY, RESULT_PARTICLES, UNKNOWN_MEN_MARKS, fallen_to
from accordwatch.extract.events.transfers import taken_captive
from accordwatch.extract.events.vanishing import people_vanished
from accordwatch.extract.word_lists import with_object_classes, with_phrase_lemmas
from accordwatch.kb.acled_actors import actor_classes
from accordwatch.model import Event
from accordwatch.nlp.recase import written_as_name
from accordwatch.yaml_data import load_yaml

# collectives the text names that are no actor of the knowledge base (kb/data/acled_actors.yaml has those)
GENERIC_INTER = {"protesters": 6, "rioters": 5, "civilians": 7}
STATE_CODES = {1}
STAGED_ATTACKS = {"attack", "assault", "offensive", "campaign", "broadside", "tirade"}  # "launched an attack on"
AGREEMENT = "Agreement"
VANISHED = "<vanished>"  # the cue word of people taken who are not seen again (vanishing.people_vanished)
MASS_ARREST = 10  # ACLED codes arrests of notable people, or of many: this many and more
LIGHT_OBJECT_VERBS = {"take", "gain", "set"}  # verbs whose object completes the predicate ("took control", "set fire")


def inter_code(actor_id: str, kind: str) -> int:
    """ACLED's actor class of an actor (0 when the kind says nothing ACLED classes), from the one table
    the ACLED export uses too."""
    table = actor_classes()
    return table.actors.get(actor_id) or GENERIC_INTER.get(actor_id) or table.kinds.get(kind, 0)


@dataclass(frozen=True, slots=True)
class SubType:
    name: str
    event_type: str
    categories: frozenset[str]
    modes: frozenset[str] = frozenset()
    predicate: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    unless: tuple[str, ...] = ()
    unless_actors: frozenset[str] = frozenset()
    mode_cues: frozenset[str] = frozenset()  # PLOVER modes that stand for the words (the means already read)
    places: tuple[str, ...] = ()
    doer_named: bool = False  # the act's doer is one the text names ("the militants freed", not "were freed")
    # the words must be the act's own, not those of a clause on whom it was done to ("killed a man accused
    # of rape" is no sexual violence); the event's mode then stands for no words
    own_words: bool = False
    # the words must stand outside the names of parties ("the Government of National Accord withdrew",
    # "the Peace and Unity Front" tell no accord and no peace)
    unnamed_words: bool = False
    # only of an act a side agreed to do ("the fighters agreed to leave the town"): the agreement is the event
    agreed_only: bool = False


@dataclass(frozen=True, slots=True)
class Taxonomy:
    cues: dict[str, frozenset[str]]
    sub_types: tuple[SubType, ...]
    precedence: tuple[tuple[str, str, str], ...] = field(default=())
    # catch-all sub-type -> the sub-types a reading of the whole sentence may turn it into
    widen: dict[str, frozenset[str]] = field(default_factory=dict)
    widen_next: frozenset[str] = frozenset()  # sub-types whose widening reads the sentence after too


@cache
def taxonomy() -> Taxonomy:
    path = resources.files("accordwatch.extract") / "data" / "acled_types.yaml"
    try:
        data: dict[str, Any] = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise WordListError(f"{path}: cannot be read as YAML: {err}") from err
    # a cue may name the lexicon's class of nouns ("$weapons") rather than keep a copy of it
    cues = {name: with_phrase_lemmas(w.lower() for w in with_object_classes([str(w) for w in words],
                                                                           f"{path}: cue {name}"))
            for name, words in data["cues"].items()}
    sub_types = []
    for row in data["sub_types"]:
        for key in ("predicate", "words", "objects", "places", "unless"):
            missing = [c for c in row.get(key, []) if c not in cues]
            if missing:
                raise WordListError(f"{path}: {row['name']}: unknown cue group(s) {missing}")
        sub_types.append(SubType(
            row["name"], row["event_type"], frozenset(row["categories"]), frozenset(row.get("modes", [])),
            tuple(row.get("predicate", [])), tuple(row.get("words", [])), tuple(row.get("objects", [])),
            frozenset(row.get("actors", [])), frozenset(row.get("targets", [])), tuple(row.get("unless", [])),
            frozenset(row.get("unless_actors", [])), frozenset(row.get("mode_cues", [])),
            tuple(row.get("places", [])), bool(row.get("doer_named", False)), bool(row.get("own_words", False)),
            bool(row.get("unnamed_words", False)), bool(row.get("agreed_only", False))))
    precedence = tuple(tuple(p) for p in data.get("precedence", []))
    widen = {name: frozenset(into) for name, into in (data.get("widen") or {}).items()}
    return Taxonomy(cues, tuple(sub_types), precedence, widen,  # type: ignore[arg-type]
                    frozenset(data.get("widen_next") or []))


NAMED_PARTIES = frozenset({"<org>", "<person>"})  # the parse's labels of a named doer (not "Afghan")


def _actor_classes(event: Event, subject: Words, kinds: dict[str, str], cues: dict[str, frozenset[str]],
                   doers: Words | None = None, hazard_told: Words | None = None,
                   bare_doers: Words | None = None) -> set[str]:
    """The classes of who does the act; DOERS: the doing nouns with their modifiers, BARE_DOERS: without
    them (a craft is the doer only as the noun itself: "the tanker", not "bus drivers")."""
    classes: set[str] = set()
    for actor in event.actors:
        code = inter_code(actor, kinds.get(actor, ""))
        if kinds.get(actor, "") in FORCE_KINDS:
            classes.add("forces")
        if code in STATE_CODES:
            classes.add("state")
        elif code == 6 or code == 5:
            classes.add("protesters")
        elif code:
            classes.add("non_state")
    if not classes and subject.has(NAMED_PARTIES) and subject.has(cues["insurgent_names"]):
        classes.add("non_state")  # "the Kato Liberation Army": a rebel army by its name, whatever its noun
    if not classes and event.mode == "arrest" and not subject.has(cues["armed_groups"]):
        classes.add("state")  # "ten activists were arrested": arrests are made by the state's forces
    if not classes and subject.has(cues["state_forces"]) and not subject.has(cues["armed_groups"]):
        classes |= {"state", "forces"}  # forces the knowledge base does not name: "government troops"
    elif not classes and subject.has(cues["armed_groups"]):
        classes.add("non_state")
    if subject.has(cues["protest_words"]) or subject.has(frozenset({"rioters", "rioter"})):
        classes.add("protesters")
    if subject.has(cues["state_forces"]) and not subject.has(cues["protest_words"]):
        classes.add("forces")  # "a student shot by an officer": the force does it, whoever the text links
    if subject.has(cues["mob"]) and not subject.has(cues["protest_words"]) \
            and not subject.has(cues["armed_groups"]) and not subject.has(cues["state_forces"]):
        classes.add("crowd")  # "an angry crowd stormed", not "a crowd of protesters" nor "a group of gunmen"
    if not classes and (doers or subject).has(NAMED_PARTIES):
        classes.add("named")  # a party the text names but the knowledge base does not know ("the Kivu Front")
    if any(inter_code(a, kinds.get(a, "")) == 7 for a in event.actors) \
            or (subject.has(cues["relief_bodies"]) and not subject.has(cues["armed_groups"])):
        classes.add("relief")  # civilians or aid bodies as the doer: "aid agencies set up a base"
    if subject.has(cues["political_doers"]) and not subject.has(cues["armed_groups"]) \
            and not subject.has(cues["insurgent_names"]):
        classes.add("political")  # "the party withdrew from the coalition", not "the party's armed wing"
    if (doers or subject).has(cues["aerial"]):
        classes.add("aircraft")  # "warplanes destroyed an arms depot": an air strike, whatever it hit
    craft = (bare_doers or doers or subject).has(cues["craft"])  # a vehicle as the doer, not where the doer was
    # (not a hazard named in a clause on the doer: "workers who had protested outside the factory")
    if ((hazard_told if hazard_told is not None else subject).has(cues["hazard"]) or craft) \
            and not subject.has(cues["weapons"]):
        classes.add("hazard")
    return classes


def _riot_told(sentence: Span, act: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the sentence tells the crowd's own violence ("fired tear gas at stone-throwing protesters"):
    rioting words other than the force's act itself ("beat", "attacked") and the names of the force
    ("riot police", "riot gear")."""
    own = {act.i} | {c.i for c in act.conjuncts}
    own |= {c.i for c in act.children if c.dep_ == "advmod"}  # "violently dispersed": how the force acted
    forces = cues["state_forces"] | cues["armed_targets"]
    force_acts = cues["intervening"] | cues["lethal"]  # "the violent dispersal of the sit-in": the force's
    told = [t for t in sentence if t.i not in own
            and not (t.dep_ in {"compound", "amod"} and t.head.lemma_.lower() in forces)
            and not (t.dep_ in {"amod", "advmod"} and t.head.lemma_.lower() in force_acts)]
    return Words(told).has(cues["rioting"])


ARMED_OR_CROWD = {"state", "non_state", "forces", "protesters", "crowd"}  # doers whose attack is no game
GAME_CUES = 2  # a game's words in one sentence that tell a game, not one "goal" or "match" said of a war


def _game_told(sentence: Span, game_words: frozenset[str]) -> bool:
    """Whether SENTENCE tells a game: two of its words or more ("striker", "scored", "first whistle")."""
    words = Words(list(sentence))
    found = {w for w in game_words if " " in w and f" {w} " in words.texts[0]}  # its phrases, as written
    found |= {t.lower_ for t in sentence if t.lower_ in game_words}  # its words, each once
    return len(found) >= GAME_CUES


def _targets(event: Event, objects: Words, words: Words, nouns: Words, act: Token, actors: set[str],
             kinds: dict[str, str], cues: dict[str, frozenset[str]], own_objects: Words,
             heads: list[Token]) -> set[str]:
    """Whom the act is done to, as classes; OWN_OBJECTS: its objects without the clauses on them, whose
    armed sides make no armed target ("an elder accused of spying for the army"); HEADS: the nouns it is
    done to directly."""
    sentence = act.sent
    targets: set[str] = set()
    # a protest staged ("organised a march") is the act itself, not a crowd met by it
    met = event.category != "PROTEST" and objects.has(cues["protest_words"])
    # "ten were killed as security forces cracked down on protests": a toll told with the force that met a
    # protest; "used live rounds against protesters, killing three": the participle's act is on them too
    unnamed_force = event.category in VIOLENT and not actors & {"protesters", "crowd", "non_state"} \
        and words.has(cues["state_forces"]) and nouns.has(cues["protest_words"])
    result = act.dep_ == "advcl" and act.tag_ == "VBG" and event.category in VIOLENT \
        and Words([t for c in act.head.children if c.dep_ in OBJECT_DEPS | {"prep"} for t in c.subtree]) \
        .has(cues["protest_words"])
    # "several marchers died after soldiers shot into the crowd": the act is adverbial to the toll of a
    # crowd, which is whom it was done to
    victims = Words([t for c in act.head.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]) \
        if act.dep_ == "advcl" and event.category in VIOLENT and act.head.lemma_.lower() in cues["lethal"] \
        else Words([])
    toll = victims.has(cues["protest_words"])
    if met or unnamed_force or result or toll or _told_as_protesting(act, cues) \
            or ("state" in actors and nouns.has(cues["protest_words"])) \
            or (not actors & {"protesters", "crowd"} and words.has(cues["crowd_control"])):
        targets.add("protesters")  # "fired tear gas to disperse the crowd": force met a crowd
    if "protesters" in targets and not actors & {"protesters"} and _riot_told(sentence, act, cues):
        targets.add("rioters")  # "fired tear gas at stone-throwing protesters": force met a riot
    if (objects.has(cues["rioter_nouns"]) or _told_as_rioting(act, cues)) and not actors & {"protesters", "crowd"}:
        targets |= {"protesters", "rioters"}  # "opened fire on rioters", "on rioting youths": the crowd met riots
    if objects.has(cues["notable"]):
        targets.add("notable")
    if objects.has(cues["many"]) or (event.arrested or 0) >= MASS_ARREST:
        targets.add("many")
    unarmed = unarmed_people(heads, cues)
    if any(kinds.get(r) == "civilians" for r in event.recipients) \
            or (objects.has(cues["civilian_targets"]) and not own_objects.has(cues["armed_targets"])) \
            or (victims.has(cues["civilian_targets"]) and not victims.has(cues["armed_targets"])) \
            or (unarmed and not own_objects.has(cues["armed_targets"])
                and not any(kinds.get(r) in ARMED_KINDS for r in event.recipients)):
        targets.add("civilians")
    if "civilians" in targets and unarmed:
        targets.add("unarmed people")  # people themselves, not a village or a market
    return targets


# the knowledge base's kinds of those who bear arms: people of theirs an act is done to are no civilians
ARMED_KINDS = {"armed_group", "state_forces", "police", "intelligence", "igo_mission"}
BELONGING_DEPS = {"compound", "amod", "poss", "nmod"}


def unarmed_people(heads: list[Token], cues: dict[str, frozenset[str]]) -> bool:
    """Whether a noun an act is done to names unarmed people by its first sense ("two migrants", "a
    blogger", "herders": WordNet's persons, extract/data/person_nouns.yaml) and belongs to no armed side or
    named body ("members of the militia", "Taliban supporters", "the army's recruits")."""
    for head in heads:
        if head.pos_ != "NOUN" or head.lemma_.lower() not in cues["unarmed_persons"] \
                or head.lemma_.lower() in cues["armed_persons"]:
            continue
        belonging = [t for c in head.children if c.dep_ in BELONGING_DEPS for t in c.subtree]
        belonging += [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
        named = Words(belonging)
        if any(t.ent_type_ in {"ORG", "NORP"} for t in belonging) or any(named.has(cues[c]) for c in (
                "armed_targets", "armed_persons", "armed_groups", "state_forces", "insurgent_names")):
            continue
        return True
    return False


def _outside_clauses(tokens: list[Token], act: Token) -> list[Token]:
    """TOKENS without those of a clause on them ("an elder accused of spying for the army", "farmers who
    had fled the soldiers"): what such a clause names is not whom the act was done to."""
    def in_clause(token: Token) -> bool:
        node = token
        while node.i != act.i and node.head.i != node.i:
            if node.dep_ in {"acl", "relcl"}:
                return True
            node = node.head
        return False
    return [t for t in tokens if not in_clause(t)]


def _told_as_protesting(act: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the people an act is done to are told as protesting by a clause or a participle on
    them ("fired into a crowd of villagers protesting against the mine", "detained activists who had
    gathered to protest", "shot striking miners"): the act met a protest."""
    people = objects_of(act)
    if act.lemma_.lower() in cues["intervening"]:  # "arrested twenty students for protesting"
        reasons = [p for holder in [act, *people] for p in holder.children if p.dep_ == "prep" and p.lower_ == "for"]
        if any(g.dep_ == "pcomp" and g.lemma_.lower() in cues["protesting"] for p in reasons for g in p.children):
            return True
    for person in people:
        if person.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        for child in person.children:
            if child.i == act.i:
                continue  # the act itself parsed as a clause on its object ("near the refinery protested")
            told = [child] if child.dep_ == "amod" else list(child.subtree) if child.dep_ in {"acl", "relcl"} else []
            if any(t.pos_ in {"VERB", "ADJ", "NOUN"} and (t.lemma_.lower() in cues["protesting"]
                                                          or t.lower_ in cues["protesting"]) for t in told):
                return True
    return False


def _told_as_rioting(act: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the people an act is done to are told as rioting by a word or a participle's clause on them
    ("fired on rioting youths", "dispersed a rampaging crowd", "shot at youths throwing stones"); not by
    a clause of what they did before ("a man who had burned a house")."""
    for person in objects_of(act):
        if person.pos_ not in {"NOUN", "PRON"} or not Words([person]).has(cues["mob"] | cues["civilian_targets"]):
            continue
        told = [t for c in person.children if c.i != act.i
                and (c.dep_ in {"amod", "compound"} or (c.dep_ == "acl" and c.tag_ == "VBG"))
                for t in ([c] if c.dep_ != "acl" else c.subtree)]
        if Words(told).has(cues["rioting"]):
            return True
    return False


def precedes(sub_type: str | None, other: str | None) -> bool:
    """Whether SUB_TYPE goes before OTHER in ACLED's order of precedence (a sub-type before none)."""
    if sub_type is None:
        return False
    if other is None:
        return True
    order = _precedence_order()
    return order.get(sub_type, len(order)) < order.get(other, len(order))


def two_sided(event: Event) -> bool:
    """A fight between sides ("clashed", "exchanged fire"), or an act of two sides the knowledge base knows."""
    return len(event.actors) > 1 or event.predicate in taxonomy().cues["two_sided"]


@cache
def _precedence_order() -> dict[str, int]:
    order: dict[str, int] = {}
    for index, sub in enumerate(taxonomy().sub_types):
        order.setdefault(sub.name, index)
    return order


def _between_states(event: Event, kinds: dict[str, str], words: Words, objects: Words,
                    cues: dict[str, frozenset[str]]) -> bool:
    """"Russia strikes back at the US": one country against another with no arms, toll or target told
    is a diplomatic move (ACLED codes what forces do; "struck Iranian targets in Syria" is a strike)."""
    countries = {"state", "government"}
    return bool(event.actors) and not objects.has(cues["military_objects"]) \
        and all(kinds.get(a) in countries for a in event.actors) \
        and any(kinds.get(r) in countries for r in event.recipients) \
        and event.dead is None and event.injured is None and not any(words.has(cues[c]) for c in MEANS)


def _hazard_set_by_someone(token: Token) -> bool:
    """Whether the act's doer is a thing someone told set going ("militants set a fire that destroyed the
    school", "a blaze started by protesters gutted the hall"): then the act is theirs, not an accident's."""
    for noun in doer_nouns(token):
        if noun.dep_ in {"dobj", "nsubjpass"} and any(c.dep_ in {"nsubj", "agent"} for c in noun.head.children):
            return True  # "set a fire that ...", "a fire was started by"
        if any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in noun.children):
            return True  # "a blaze started by protesters"
    return False


def _told_with_a_hazard(token: Token, hazard: frozenset[str], accident_verbs: frozenset[str]) -> bool:
    """Whether the act's sentence, or the one before it, tells an accident or an act of nature (an
    injury told after "a tank at the plant exploded" is that explosion's toll; "a building collapsed,
    killing twelve")."""
    sentence = token.sent
    tokens = list(sentence)
    if sentence.start > 0:
        tokens += list(token.doc[sentence.start - 1].sent)
    return Words([t for t in tokens if t.pos_ in {"NOUN", "ADJ"}]).has(hazard) \
        or Words([t for t in tokens if t.pos_ == "VERB"]).has(accident_verbs)  # not "Storm Corps", "planted"


def _aircraft_accident(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the act's sentence tells an aircraft as what had the accident ("the helicopter crashed")."""
    return any(Words([t]).has(cues["accident_verbs"]) and any(
        Words(list(c.subtree)).has(cues["aerial"]) for c in t.children if c.dep_ in {"nsubj", "nsubjpass"})
        for t in token.sent if t.pos_ == "VERB")


def _figurative_predicate(token: Token, phrases: frozenset[str]) -> bool:
    """Whether the predicate with its particles and prepositions is a phrase of violence that tells
    something else ("bombed out of the cup")."""
    return Words(sorted([token, *(c for c in token.children if c.dep_ in {"prt", "prep"})], key=lambda t: t.i)
                 ).has(phrases)


def _done_by_strikes(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether strikes do the act ("coalition strikes killed twelve", "destroyed by strikes") or are what a
    force carries out ("conducted a strike against the militants")."""
    heads = subject_heads(token) + [g for c in token.children if c.dep_ == "agent" for g in c.children
                                    if g.dep_ == "pobj"]
    if token.lemma_.lower() in cues["strike_staging"]:
        heads += [c for c in token.children if c.dep_ == "dobj"]
    return any(h.pos_ == "NOUN" and h.lemma_.lower() in cues["strike_nouns"] for h in heads)


def _in_ceremony(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether a march or a gathering is told as part of a ceremony ("marched in the remembrance parade",
    "gathered for the festival"), by people not told as protesting ("protesters marched during the
    parade, chanting against the junta" protest)."""
    # (with what the time is of: "at the end of the festival", "on the last night of the fair")
    within = [t for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "at", "for", "on"}
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return Words(within).has(cues["ceremonies"]) and not Words(subject_of(token)).has(cues["protest_words"])


AIMING_PREPS = {"at", "on", "upon", "into", "toward", "towards"}  # "fired on the convoy": shots, no dismissal


def _dismissal(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the act is firing an office holder, at no one ("fired his finance minister", "sacked the
    coach"): a dismissal, no shot ("fired on the minister's convoy", "fired shots at the governor")."""
    if token.lemma_.lower() not in cues["dismissing_verbs"] or aimed_at(token, AIMING_PREPS):
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(Words([o]).has(cues["office_holders"]) for o in objects)


def _done_to_words(token: Token, things: frozenset[str]) -> bool:
    """Whether all the act is done to are things of words, a plan or a speech ("attacked the budget plan",
    "launched an attack on his record"): an attack with words."""
    heads = [t for h in struck(token) for t in (struck(h) if h.lemma_.lower() in STAGED_ATTACKS else [h])]
    return bool(heads) and all(Words([h]).has(things) for h in heads)


def acled_type(event: Event, token: Token, kinds: dict[str, str]) -> tuple[str | None, str | None]:
    """ACLED's (event type, sub-event type) of EVENT, read at its predicate TOKEN; (None, None) when
    ACLED would not code it (a plan, a denial, an act of nature, a diplomatic move)."""
    agreed = (agreed_to(token) or (event.category == "AGREE" and agreed_itself(token))) \
        and event.modality == "planned" and not event.negated and not event.historical
    if event.category == "PROTEST" and event.modality == "planned" and protest_purpose(token) \
            and not event.negated and not event.historical:
        return _protest_done(event, token, kinds)
    if not agreed and (event.modality != "asserted" or event.negated or event.historical
                       or accusing_verb(token) is not None):
        return None, None  # a plan, a denial, an accusation: not (yet) an act ACLED codes
    if not agreed and planned_with_head(token):
        return None, None  # "will send troops and set up a base": the conjunct is to come as its head is
    truce = _truce_told(token) or _with_armed_sides(token) or _group_formed(token)
    if not event.actors and ((unrealised(token) and not agreed and not protest_purpose(token))
                             or (token.pos_ == "NOUN" and event.category not in VIOLENT and not truce)):
        return None, None  # "want them to capture a province", "talks on a release": no act by anyone
    if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "without":
        return None, None  # "entered without fighting"

    tax = taxonomy()
    cues = tax.cues
    if event.category in VIOLENT and _paused(token, cues["pausing"]):
        return None, None  # "residents used a lull in the fighting to flee": the fighting stops, none is told
    if token.pos_ == "NOUN" and _work_about(token, cues["works"]):
        return None, None  # "a new film about the 1992 riots premiered": the riots are its subject
    if token.pos_ == "NOUN" and _protest_grievance(token, cues):
        return None, None  # "marched against the arrest of their leader": the protest's cause, told as past
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in {"after", "following"} \
            and Words([token.head.head, *(c for c in token.head.head.children if c.dep_ == "prt")]) \
            .has(cues["responding"]) and event.dead is None and event.injured is None:
        return None, None  # "police sealed off the area after the blast": the cordon is told, not the blast
    if told_as_attributed(token, cues["attributing"]) \
            or told_as_examined(token, cues["examined_reports"], cues["examining"]):
        return None, None  # "rejected the accusation of bombing a mosque", "investigating reports that"
    if event.category == "PROTEST" and _in_ceremony(token, cues):
        return None, None  # "veterans marched in the annual remembrance parade": a ceremony, no protest
    if event.category == "PROTEST" and told_as_reason(token, cues["intervening"]):
        return None, None  # "jailed for taking part in protests": the protest is the punishment's reason
    clause = clause_of(token)
    object_tokens = objects_of(token) + frame_victims(token)
    partner = passive_partner(token)  # "the journalist was arrested and beaten by police": beaten too
    object_tokens += [t for c in (partner.children if partner is not None else []) if c.dep_ == "nsubjpass"
                      for t in c.subtree]
    undergoing = undergoers(token, event.category)  # "Journalist detained at airport", "Two killed in raid"
    if any(c.dep_ == "prep" and c.lower_ in (event.predicate or "").split()[1:] for c in token.children):
        undergoing = []  # "Government forces pushed into the town": the key's own preposition takes the place
    object_tokens += [t for c in undergoing for t in [c, *c.children]]
    # a named place is what is taken when it is the object itself ("took Garma", "control of Garma"), not
    # where something else was ("captured a commander in Garma")
    if event.predicate == FALLEN_KEY:  # "the town fell to the rebels": the place taken is the subject
        object_tokens += [t for c in token.children if c.dep_ == "nsubj" for t in [c, *c.children]]
    direct = {t.i for t in object_tokens if t.dep_ in DIRECT_OBJECTS or (t.dep_ == "pobj" and t.head.lower_ == "of")
              or ((event.predicate == FALLEN_KEY or undergoing) and t.dep_ == "nsubj")}
    grievance = grievance_of(token) if event.category == "PROTEST" else set()
    grievance |= _defied(token, cues) if event.category == "PROTEST" else set()  # "marched, undeterred by"
    grievance |= answered(token, cues)  # "struck in retaliation for a chemical attack": that act's words
    # a withdrawal with no place of its own, told beside another side taking one ("the army withdrew and the
    # rebels entered the town unopposed"): the place is handed on, read with the taker's clause
    takers = takers_beside(token, cues["taking_over"] | cues["entering"]) \
        if event.category == "RETREAT" and Words([token, *(c for c in token.children if c.dep_ == "prt")]) \
        .has(cues["leaving"]) else []
    # (or the place left, named again by the taker's pronoun: "abandoned Umm Tarek and the rebels took it over")
    takers = [v for v in takers if not taken_of(token) or all(t.pos_ == "PRON" for t in entered_of(v))]
    clause += [t for v in takers for t in clause_of(v)]
    accused = _accused_of(token)  # "struck camps it accused of using sarin": that act's words
    told = [t for t in _without_force_names(clause, cues) if t.i not in grievance and t.i not in accused
            and not _nonlethal_round(t)]
    words, own = Words(told), Words(_outside_clauses(told, token))
    if event.category in VIOLENT and choking_gas([t for t in token.sent if t.i not in grievance], cues):
        words.single.add(CHOKING_GAS)  # "suffocated after forces fired a gas": the means, wherever told
    if event.category == "COERCE" and people_vanished(token):
        words.single.add(VANISHED)  # "was picked up by agents and has not been seen since"
    unnamed = Words([t for t in told if not (t.pos_ == "PROPN" and t.ent_type_)])  # not in a party's name
    holder = fallen_to(token) if event.predicate == FALLEN_KEY else None
    agent = [t for c in token.children if c.dep_ == "agent" for t in c.subtree]
    # "a cache of ancient coins was found": a holder of other goods is not the arms it may hold
    other_goods = holding_other_goods(object_tokens, cues["weapon_holders"], cues["held_arms"])
    objects = Words([t for t in object_tokens if t.i not in other_goods], direct)
    subject_tokens = list(holder.subtree) if holder else agent if undergoing else subject_of(token)
    if event.category not in VIOLENT:  # "opponents of the military government gathered": not the military
        subject_tokens = without_whom_related(subject_tokens, cues["relational_people"])
    subject = Words(subject_tokens)
    taken = taken_of(token) + [t for v in takers for t in entered_of(v)]
    # "moved into the town": the place the key's preposition takes (not "moved its base into the hills": a move of it)
    key_words = (event.predicate or "").split()[1:]  # the particles and prepositions of the lexicon's key
    key_preps = [] if any(c.dep_ == "dobj" for c in token.children) else key_words
    taken += [g for c in token.children if c.dep_ == "prep" and c.lower_ in key_preps
              for g in c.children if g.dep_ == "pobj"]
    if event.predicate == FALLEN_KEY:
        taken += [t for c in token.children if c.dep_ == "nsubj" for t in [c, *c.children]]
    places = Words(taken)
    # a name the parse does not label, taken itself ("seized Garma"): a place, not a person or a group
    places.single |= {"<unlabelled name>" for t in taken if t.pos_ == "PROPN" and not t.ent_type_ and written_as_name(t)
                      and t.dep_ in DIRECT_OBJECTS | {"pobj"}}  # not an initialism ("the MP")
    places.single |= names_a_place(event, token, taken, cues, kinds)
    if holder is not None:
        places.single.add("<unlabelled name>")  # what passes to a holder is a place (predicates.fallen_to)
    # the predicate with its particle, also when parsed as a preposition ("drove the militants out of")
    predicate = Words([token] + [c for c in token.children if c.dep_ == "prt" or c.lower_ in RESULT_PARTICLES
                                 or (c.dep_ == "advmod" and c.lower_ in PARTICLE_PREPS)  # "took back the town"
                                 # the key's particle the parser made an adverb: "has broken away", "shot down 22 of"
                                 or (c.dep_ == "advmod" and c.lower_ in key_words)
                                 or (c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS)
                                 # the preposition of the lexicon's key: "moved into", "advanced into"
                                 or (c.dep_ == "prep" and c.lower_ in key_preps)
                                 or (c.dep_ == "prep" and c.lower_ == "as")  # "used the school as a base"
                                 or (c.dep_ == "prep" and event.predicate == FALLEN_KEY)]
                      + [c for c in token.children if c.dep_ == "dobj" and not taken_captive(token)
                         and (token.lemma_.lower() in LIGHT_OBJECT_VERBS or c.lemma_.lower() == "control")]
                      + [x for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
                         and token.lemma_.lower() == "set" for x in [c, *c.children] if x.dep_ in {"prep", "pobj"}])
    actors = _actor_classes(event, subject, kinds, cues, None if holder or undergoing else doer_heads(token),
                            None if holder or undergoing else Words(_outside_clauses(subject_of(token), token)),
                            None if holder or undergoing else Words(doer_nouns(token)))
    if event.category in VIOLENT and labour_strike(event, token, words, actors, cues):
        return _protest_done(replace(event, category="PROTEST", mode=None), token, kinds)
    if event.category in VIOLENT and _done_by_strikes(token, cues):
        actors |= {"striking", "aircraft"}  # "coalition strikes killed twelve": no labour strike kills
    own_noun = doer_heads(token, counted=True)
    if own_noun.has(cues["protest_words"]) or own_noun.has(cues["protesting"]):
        actors.add("demonstrators")  # the doer's own noun: "striking nurses demanded", not "their lawyer"
    if event.category in VIOLENT and not actors & {"protesters", "state", "non_state", "forces"} \
            and _protesters_told_before(token, cues):
        actors = (actors - {"crowd"}) | {"protesters"}  # "...marched on Sunday. Some of them threw stones"
    # "youths burned tyres in protest", "residents blocked the road and attacked police": demonstrators
    if event.category in VIOLENT and "crowd" in actors and (in_protest(token) or any(
            Words([c]).has(cues["protesting"]) or Words([c]).has(cues["occupying"]) for c in token.conjuncts)):
        actors = (actors - {"crowd"}) | {"protesters"}
    reasons = reason_tokens(token, cues["intervening"])  # "jailed for covering rallies": not a rally met
    nouns = Words([t for t in clause if t.pos_ in {"NOUN", "PROPN"} and t.i not in reasons])  # not "troops marched"
    targets = _targets(event, objects, words, nouns, token, actors, kinds, cues,
                       Words(_outside_clauses(object_tokens, token)),
                       [t for t in object_tokens if t.i in direct and t.i not in other_goods])
    if largest_number(object_tokens) >= MASS_ARREST:
        targets.add("many")  # "detained 12 villagers": a count the tolls do not keep (of a people)
    # "talks with the rebels", "a new observation post was set up": a side, or a force's own site, is named
    other_side = any(objects.has(cues[c]) for c in ("armed_groups", "state_forces", "military_sites", "weapons"))
    # a group whose own change is told needs no name: "the group swore allegiance", "was dissolved"
    # and so does a group setting up its own base ("the group has opened a new headquarters")
    group_changing = (predicate.has(cues["group_change"]) or words.has(cues["allegiance"])
                      or (predicate.has(cues["establishing"]) and objects.has(cues["base"]))) \
        and (subject.has(cues["organised_groups"]) or objects.has(cues["organised_groups"]))
    if not event.actors and event.category not in VIOLENT | {"PROTEST"} \
            and not actors & {"state", "non_state", "named"} and not other_side and not group_changing \
            and not truce and not Words(doer_nouns(token)).has(cues["force_nouns"]):  # (not "Varek's forces")
        return None, None  # a meeting or a move by nobody the text names as a force is no development ACLED codes
    if event.category == "MOBILIZE" and predicate.has(cues["founding"]) and not objects.has(cues["base"]) \
            and "non_state" not in actors and not truce \
            and not any(words.has(cues[c]) for c in ("armed_groups", "insurgent_names", "armed_units")):
        return None, None  # "the company set up a new branch", "police set up a unit": no armed group changes
    # (people protest, never a hazard: "workers of the textile mill raised slogans" names where they work)
    if event.category == "ASSAULT" and predicate.has(cues["raiding"]) and actors & {"state", "forces"} \
            and objects.has(cues["dwellings"]) and not any(objects.has(cues[c]) for c in ("arms_sites", "weapons")) \
            and event.dead is None and event.injured is None \
            and not words.has(cues["fighting"]) and not words.has(cues["lethal"]):
        return None, None  # "police raided the homes of opposition leaders": a search, no battle
    if event.category in VIOLENT and not undergoing and event.mode != "sexual" and _by_a_private_person(token, cues) \
            and not actors & {"state", "non_state", "protesters", "crowd", "forces"} \
            and not any(words.has(cues[c]) for c in MEANS) and not words.has(cues["sexual"]):
        return None, None  # "a man stabbed his neighbour after a quarrel": a crime, no political violence
    if event.category not in VIOLENT | {"PROTEST"} and _by_a_business(subject_tokens, cues):
        return None, None  # "Kenyan fintech firm opens new headquarters": a firm's office, no armed actor's
    if "hazard" in actors and event.category != "PROTEST" and not words.has(cues["weapons"]) \
            and not _hazard_set_by_someone(token):
        return None, None  # "a tank at the plant exploded", "the tsunami killed forty"
    if event.category in VIOLENT and not actors & {"state", "non_state", "protesters", "crowd"} \
            and not any(words.has(cues[c]) for c in MEANS) and not predicate.has(cues["plundering"]) \
            and _told_with_a_hazard(token, cues["hazard"], cues["accident_verbs"]):  # no accident loots
        return None, None  # "...when a boiler exploded. Four workers were hurt": the accident's toll
    if event.category in VIOLENT and not any(words.has(cues[c]) for c in MEANS if c != "aerial") \
            and _aircraft_accident(token, cues):
        return None, None  # "a military helicopter crashed, killing its crew": the aircraft is the accident
    if event.category == "ASSAULT" and not actors & ARMED_OR_CROWD and _game_told(token.sent, cues["game_words"]):
        return None, None  # "the striker scored twice as United attacked from the first whistle": play
    if event.category == "ASSAULT" and (Words(subject_heads(token)).has(cues["nonviolent_means"])
                                        or _between_states(event, kinds, words, objects, cues)
                                        or by_officials(token, subject, cues)
                                        or _figurative_predicate(token, cues["figurative_predicates"])
                                        or _done_to_words(token, cues["figurative_objects"])
                                        or _dismissal(token, cues)):
        return None, None  # "fresh sanctions targeting ten officials", "attacked the plan": no violence
    # "insurgents agreed to let aid convoys in": the agreeing itself, to an act the lexicon does not know
    agreeing_to_act = event.category == "AGREE" and agreed_itself(token) \
        and any(c.dep_ == "xcomp" for c in token.children)
    rows = [sub for sub in tax.sub_types if sub.name == AGREEMENT] if agreed \
        else [sub for sub in tax.sub_types if agreeing_to_act or not sub.agreed_only]
    found = _first_row(rows, event, cues, predicate, words, objects, actors, targets, places, own, unnamed)
    if found is None or found.name not in tax.widen:
        return (found.event_type, found.name) if found else (None, None)
    # the catch-all a fight or a protest falls to: a coder reads the whole sentence for its means
    # ("...were killed when their convoy hit a roadside bomb") or what met the crowd
    told = _told_above(token, cues) if found.name in READ_ABOVE else _told_beside(token, cues, accused)
    if found.name in tax.widen_next:
        told += _sentence_after(token)  # "...shelled the town. Medics treated dozens for exposure to chlorine"
    # (the answered act's words among them; rubber bullets are no lethal force)
    sentence = Words([t for t in told if t.i not in grievance and not _nonlethal_round(t)])
    if choking_gas(told, cues):
        sentence.single.add(CHOKING_GAS)  # "shelled the town; dozens suffocated from the gas"
    rows = [sub for sub in tax.sub_types if sub.name in tax.widen[found.name]]
    # a sit-in typed as a protest is widened as one: by what the sentence tells of violence, not by its doers
    widened = replace(event, category="PROTEST") if found.name == "Peaceful protest" and event.category == "COERCE" \
        else event
    wider = _first_row(rows, widened, cues, predicate, sentence, objects, actors, targets | _crowd_met(sentence, cues),
                       places)
    found = wider or found
    return found.event_type, found.name


PAUSED_PREPS = {"in", "to", "of", "from"}


def _paused(token: Token, pausing: frozenset[str]) -> bool:
    """Whether the act noun TOKEN is what a pause, a lull or an end is of ("a lull in the fighting", "a halt
    to the clashes", "the cessation of the shelling")."""
    prep = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or prep.lower_ not in PAUSED_PREPS:
        return False
    noun = prep.head
    if noun.pos_ == "VERB":  # "used a lull in the fighting", the preposition hung on the verb: its object before it
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < prep.i
                     and c.right_edge.i == prep.i - 1), noun)
    if noun.pos_ != "NOUN":
        return False
    # with the parts of a hyphened noun ("let-up": "let", "-", "up")
    return Words([noun, *(c for c in noun.children if c.dep_ in {"compound", "punct"} and c.i < noun.i)]).has(pausing)


def _truce_told(token: Token) -> bool:
    """Whether the act is a truce or a peace deal, or is done to one ("agreed a ceasefire", "inked a peace
    accord", "the truce came into force"): only the sides of a war make one, so they need no name."""
    truces = taxonomy().cues["truces"]
    return Words([token, *(c for c in token.children if c.dep_ in {"compound", "amod"})]).has(truces) \
        or Words(objects_of(token)).has(truces)


NONLETHAL_MARKS = frozenset({"rubber", "plastic", "rubber-coated", "foam", "sponge"})


def _nonlethal_round(token: Token) -> bool:
    """Whether TOKEN is the "bullets" of rubber or plastic bullets: crowd control, not the live rounds a
    lethal force fires."""
    return token.lemma_.lower() in {"bullet", "round", "pellet"} \
        and any(c.dep_ in {"amod", "compound"} and c.lower_ in NONLETHAL_MARKS for c in token.children)


def _by_a_private_person(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the act's doer is one private person, not told armed or unknown ("a man", "her husband", "a
    drunk driver"; not "an armed man", "unknown men", "a gunman")."""
    heads = doer_nouns(token)
    return bool(heads) and all(h.tag_ == "NN" and h.lemma_.lower() in cues["private_persons"]
                               and not any(m.lower_ in UNKNOWN_MEN_MARKS for m in h.children) for h in heads)


def _by_a_business(subject: list[Token], cues: dict[str, frozenset[str]]) -> bool:
    """Whether the doer's own noun is a firm's ("the Kenyan fintech firm", "two oil companies"), not a force's
    or an armed group's ("the company's militia", "a company of the Tarhuna Brigade": a unit)."""
    heads = [t for t in subject if t.dep_ in {"nsubj", "nsubjpass", "pobj"} and t.pos_ in {"NOUN", "PROPN"}
             and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)]
    told = Words(subject)
    return any(Words([h, *(c for c in h.children if c.dep_ == "compound")]).has(cues["businesses"]) for h in heads) \
        and not any(told.has(cues[c]) for c in ("armed_groups", "state_forces", "force_nouns", "armed_units"))


def _work_about(token: Token, works: frozenset[str]) -> bool:
    """Whether the act noun is what a work is about ("a film about the riots", "published a book on the
    bombing": the parse may hang the preposition on the verb whose object the work is)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"about", "on"}:
        return False
    work = [prep.head] if prep.head.pos_ == "NOUN" else [c for c in prep.head.children if c.dep_ == "dobj"]
    return Words(work).has(works)


def _group_formed(token: Token) -> bool:
    """Whether the act noun tells a group's part formed ("the creation of a new wing", "the formation of a
    brigade") or a group's own change ("the militia announced its dissolution", "two rebel groups announced
    their merger"): the group that changes is told in it or as who announces it, named or not."""
    cues = taxonomy().cues
    if token.pos_ != "NOUN" or not Words([token]).has(cues["group_change"]):
        return False
    announcers = Words([t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
                       if token.dep_ == "dobj" and any(c.dep_ == "poss" for c in token.children) else [])
    # (an armed one: not "the media group announced its dissolution")
    told = Words(objects_of(token))  # "the defection of 30 fighters", "the merger of two rebel groups"
    return told.has(cues["organised_groups"]) or told.has(cues["armed_groups"]) \
        or any(announcers.has(cues[c]) for c in ("armed_groups", "insurgent_names", "armed_units"))


def _with_armed_sides(token: Token) -> bool:
    """Whether the act is one "between" or "with" armed sides ("talks between the government and the armed
    groups"): they take part in it, named or not."""
    cues = taxonomy().cues
    sides = [Words(list(g.subtree)) for c in token.children if c.dep_ == "prep" and c.lower_ in {"between", "with"}
             for g in c.children if g.dep_ == "pobj"]
    return any(w.has(cues["armed_groups"]) and not w.has(cues["vague_sides"]) for w in sides)


def _protest_grievance(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """Whether the act noun TOKEN is what a protest over it is against ("rallied against the killing of a
    student", "shut their shops in protest at the arrests"): the protest's grievance, not an act met there."""
    protest = cues["protesting"] | cues["protest_words"]
    for holder in list(token.ancestors)[:6]:
        staged = any(c.dep_ == "dobj" and c.lemma_.lower() in protest for c in holder.children)
        if (holder.lemma_.lower() in protest or staged or in_protest(holder)) and token.i in grievance_of(holder):
            return True
    return False


def _protest_done(event: Event, token: Token, kinds: dict[str, str]) -> tuple[str | None, str | None]:
    """A protest told as the purpose of an act done, typed as the protest that act was."""
    done = replace(event, modality="asserted")
    return acled_type(done, token, kinds)


def _first_row(rows: tuple[SubType, ...] | list[SubType], event: Event, cues: dict[str, frozenset[str]],
               predicate: Words, words: Words, objects: Words, actors: set[str], targets: set[str],
               places: Words, own: Words | None = None, unnamed: Words | None = None) -> SubType | None:
    """The first sub-type of ROWS (in ACLED's order of precedence) whose conditions all hold; OWN: the act's
    own words, without the clauses on whom it was done to; UNNAMED: its words outside the names of parties
    (WORDS when not given)."""
    for sub in rows:
        if event.category not in sub.categories or (sub.modes and event.mode not in sub.modes):
            continue
        if sub.predicate and not any(predicate.has(cues[c]) for c in sub.predicate):
            continue
        told = own if sub.own_words and own is not None else unnamed if sub.unnamed_words and unnamed is not None \
            else words
        if sub.words and (sub.own_words or event.mode not in sub.mode_cues) \
                and not any(told.has(cues[c]) for c in sub.words):
            continue
        if sub.objects and not any(objects.has(cues[c]) for c in sub.objects):
            continue
        if sub.places and not any(places.has(cues[c]) for c in sub.places):
            continue
        if (sub.actors and not sub.actors & actors) or (sub.doer_named and not event.actors):
            continue
        if sub.targets and not sub.targets & targets:
            continue
        if any(words.has(cues[c]) for c in sub.unless) or sub.unless_actors & actors:
            continue
        return sub
    return None


ANAPHORIC_DOERS = {"they", "them", "some", "many", "others", "most", "several", "few"}


def _protesters_told_before(token: Token, cues: dict[str, frozenset[str]]) -> bool:
    """The act's doers are the protesters of the sentence before: named by a pronoun ("they", "some of
    them") or as a crowd ("angry youths then torched"), after a sentence that tells a protest."""
    heads = subject_heads(token)
    if not heads or not all(h.lower_ in ANAPHORIC_DOERS or Words([h]).has(cues["mob"]) for h in heads):
        return False
    sentence = token.sent
    if sentence.start == 0:
        return False
    before = token.doc[sentence.start - 1].sent
    if "\n" in token.doc.text[before.start_char:sentence.start_char]:
        return False  # another paragraph
    told = Words(list(before))
    return told.has(cues["protest_words"]) or told.has(cues["protesting"])


# sub-types widened only by the clauses the act is told in, not by others' clauses beside it: a toll told
# above a dispersal ("a protester died after police fired tear gas") is its toll; "a day after a bomb killed
# three soldiers" is another act's
READ_ABOVE = {"Protest with intervention"}
OWN_CLAUSES = {"advcl", "relcl", "acl", "ccomp", "parataxis", "conj", "xcomp"}


def _told_above(token: Token, cues: dict[str, frozenset[str]]) -> list[Token]:
    """The act's clause and those it hangs under, without the other clauses of those (nor what the act is
    told in spite of)."""
    defied = _defied(token, cues) | _sources_told(token)
    out, node = clause_of(token), token
    while node.head.i != node.i:
        parent = node.head
        out.append(parent)
        out += [t for c in parent.children if c.i != node.i and c.dep_ not in OWN_CLAUSES for t in c.subtree]
        node = parent
    return _without_force_names([t for t in out if t.i not in defied], cues)


def _sentence_after(token: Token) -> list[Token]:
    """The sentence after the act's, when in the same paragraph (none after the last)."""
    sentence = token.sent
    if sentence.end >= len(token.doc):
        return []
    after = token.doc[sentence.end].sent
    if "\n" in token.doc.text[sentence.end_char:after.start_char]:
        return []  # another paragraph
    return list(after)


def _told_beside(token: Token, cues: dict[str, frozenset[str]], accused: set[int]) -> list[Token]:
    """The words of the act's sentence, without those naming a force ("riot police"), without what the act
    is told in spite of ("marched again, undeterred by the shootings the day before") and without ACCUSED,
    what another is accused of (_accused_of): those are other acts, not what met this one."""
    defied = _defied(token, cues) | _sources_told(token) | accused
    return _without_force_names([t for t in token.sent if t.i not in defied], cues)


ACCUSING_LEMMAS = frozenset({"accuse", "blame", "suspect"})


def _accused_of(token: Token) -> set[int]:
    """The words of what another is accused of in the act's sentence ("struck camps it accused of using
    sarin"): that act's means, not this one's."""
    ancestors = {a.i for a in token.ancestors} | {token.i}
    return {t.i for d in token.sent if d.lemma_.lower() in ACCUSING_LEMMAS and d.i not in ancestors
            for t in d.subtree}


def _sources_told(token: Token) -> set[int]:
    """The words of the act's sentence that name who reports it ("according to the mayor's office"): its
    sources, not what met it nor whom it was done to."""
    return {t.i for d in token.sent if attribution(d) for t in d.subtree}


def _defied(token: Token, cues: dict[str, frozenset[str]]) -> set[int]:
    """The words of what the act is told in spite of ("undeterred by last week's shootings", "despite
    the crackdown"): another act, not the means of this one nor what met it."""
    ancestors = {a.i for a in token.ancestors} | {token.i}
    return {t.i for d in token.sent if d.lower_ in cues["defying"] and d.i not in ancestors for t in d.subtree}


def _without_force_names(tokens: list[Token], cues: dict[str, frozenset[str]]) -> list[Token]:
    """TOKENS without the words that only name a force ("riot police", "riot gear officers")."""
    forces = cues["state_forces"] | cues["armed_targets"]
    return [t for t in tokens if not (t.dep_ in {"compound", "amod"} and t.head.lemma_.lower() in forces)]


def _crowd_met(sentence: Words, cues: dict[str, frozenset[str]]) -> set[str]:
    """What the sentence tells of a crowd met by force: a protest dispersed, protesters arrested or shot."""
    if sentence.has(cues["state_forces"]) and (sentence.has(cues["intervening"]) or sentence.has(cues["lethal"])):
        return {"protesters"}
    return set()
