"""Events: PLOVER category and mode from the predicate and its arguments in the dependency parse.

A predicate (lexicon.py) gives a first category; then
- negation turns a cooperative act into a REJECT ("did not release"), and "no longer take part in
  talks" into a SANCTION/withdraw;
- a governing "willing to"/"if" makes it conditional, "will"/"promised to" planned; a promised or
  offered release is a CONCEDE, an actual one a RETREAT (PLOVER's rule);
- a predicate under a request, refusal or threat is the content of that act, not an event of its own;
- actors are the subject (or the passive agent), recipients the object or the people counted;
- one event per place and day: a predicate over two provinces is two events; two predicates
  (or two sentences) telling one act in a document are merged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.entities import GENERIC_COLLECTIVES
from accordwatch.extract.lexicon import (
    BACKGROUND_MARKERS,
    CONDITIONING,
    COOPERATIVE,
    DEMANDING,
    EVENT_NOUN_MODES,
    PLANNING,
    REFUSING,
    REPORTING,
    VERBS,
    Sense,
)
from accordwatch.extract.quantities import (
    PERSON_NOUNS,
    VAGUE_MINIMUM,
    least,
    number_value,
    patients,
    verb_unit,
)
from accordwatch.extract.quantities import VAGUE as VAGUE_WORDS
from accordwatch.model import Actor, DateValue, Event, Quantity

SUBJECTS = {"nsubj", "csubj"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}
RECIPIENT_PREPS = {"to", "against", "on", "at", "for", "from", "toward", "towards", "upon"}
WITH_PREPS = {"with", "alongside"}
PLACE_KIND_ORDER = ["district", "city", "province", "country"]
# Categories whose complement is the content of the act, not a separate event.
FRAMING = {"REQUEST", "REJECT", "THREATEN", "ACCUSE"}
VIOLENT = {"ASSAULT", "COERCE"}
RELEASE_NOUNS = {"release", "releases", "exchange", "swap", "freeing", "withdrawal"}
COUNT_FIELDS = {"killed": "dead", "injured": "injured", "casualties": "size", "arrested": "arrested",
                "prisoners": "prisoners"}


# ------------------------------------------------------------------------------ predicates

def lemmas(token: Token) -> list[str]:
    """The model's lemma and, for an inflected verb it may get wrong ("staged" -> "stag"), the
    regular base forms."""
    out = [token.lemma_.lower()]
    word = token.lower_
    if token.tag_ in {"VBD", "VBN"} and word.endswith("ed"):
        out += [word[:-1], word[:-2]] + ([word[:-3]] if len(word) > 5 and word[-3] == word[-4] else [])
    elif token.tag_ == "VBG" and word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        out += [word[:-1]]
    return list(dict.fromkeys(out))


# words that complete a verb as a particle does: "set free", "set (the men) free"
RESULT_PARTICLES = {"free", "loose"}


def _phrasal_keys(token: Token) -> list[str]:
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    particles += [c.lower_ for c in token.children if c.dep_ in {"acomp", "oprd", "advmod", "ccomp", "xcomp", "advcl"}
                  and c.lower_ in RESULT_PARTICLES]
    # "set free 150 detainees", "set the two men free": parsed as a "free" on the object
    particles += [a.lower_ for c in token.children if c.dep_ == "dobj" for a in c.children
                  if a.dep_ == "amod" and a.lower_ in RESULT_PARTICLES and (a.i == token.i + 1 or a.i > c.i)]
    preps = [c.lower_ for c in token.children if c.dep_ == "prep"]
    keys = []
    for lemma in lemmas(token):
        for prt in particles:
            keys += [f"{lemma} {prt} {p}" for p in preps] + [f"{lemma} {prt}"]
        keys += [f"{lemma} {p}" for p in preps]
        keys.append(lemma)
    return keys


def _object_words(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in OBJECTS | {"nsubjpass"}:
            words |= {child.lower_, child.lemma_.lower()}
            words |= {c.lower_ for c in child.conjuncts}
            # "a wave of attacks", "a string of raids"
            words |= {g.lower_ for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"}
        if child.dep_ in {"prep", "prt"}:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    words |= {grandchild.lower_, grandchild.lemma_.lower()}
                if grandchild.dep_ == "prep":  # "walked out of the negotiations"
                    words |= {g.lower_ for g in grandchild.children if g.dep_ == "pobj"}
    if token.dep_ in {"relcl", "acl"}:  # "the agreement that was struck"
        words |= {token.head.lower_, token.head.lemma_.lower()}
    return words


# Nouns that tell an act of their own: "the capture of a commander", "killed in an airstrike".
NOMINAL = {
    "capture": Sense("COERCE", "arrest"), "arrest": Sense("COERCE", "arrest"), "detention": Sense("COERCE", "arrest"),
    "killing": Sense("ASSAULT"), "assassination": Sense("ASSAULT"), "airstrike": Sense("ASSAULT", "aerial"),
    "strike": Sense("ASSAULT", "aerial"), "bombing": Sense("ASSAULT", "explosives"), "clash": Sense("ASSAULT"),
    "ambush": Sense("ASSAULT", "firearms"), "release": Sense("RETREAT", "release"),
    "withdrawal": Sense("RETREAT", "withdraw"), "pullout": Sense("RETREAT", "withdraw"),
    "suspension": Sense("SANCTION", "withdraw"), "demonstration": Sense("PROTEST"), "protest": Sense("PROTEST"),
    "rally": Sense("PROTEST"), "investigation": Sense("ACCUSE", "investigate"),
    "talks": Sense("CONSULT"), "talk": Sense("CONSULT"), "negotiations": Sense("CONSULT"),
    "negotiation": Sense("CONSULT"), "mediation": Sense("CONSULT", "mediate"), "consultation": Sense("CONSULT"),
    "consultations": Sense("CONSULT"), "signing": Sense("AGREE"), "evacuation": Sense("RETREAT", "withdraw"),
    "fighting": Sense("ASSAULT"), "clashes": Sense("ASSAULT"), "demand": Sense("REQUEST"),
    "appeal": Sense("REQUEST"),
}
LIGHT_PREPS = {"in", "during", "by", "after", "following"}
# verbs that only start or stage the act their object names: "launched a mediation effort"
LIGHT_VERBS = {"launch", "begin", "start", "resume", "open", "stage", "hold", "conduct", "mount", "join",
               "enter", "attend", "complete", "continue", "finish", "speed", "accelerate", "undertake", "pursue",
               "carry", "announce", "reiterate", "repeat", "renew", "issue", "make"}


CROWD_NOUNS = {"people", "thousands", "hundreds", "dozens", "crowd", "crowds", "demonstrators", "protesters",
               "protestors", "students", "workers", "youths", "residents", "villagers", "supporters", "women",
               "men", "farmers", "teachers", "marchers", "strikers", "citizens", "activists"}


def _by_a_crowd(token: Token) -> bool:
    """Whether a protest is told as a crowd's ("tens of thousands blocked streets", "demonstrations
    against the ban") rather than an organisation's the knowledge base does not know."""
    agents = [c for c in token.children if c.dep_ in {"nsubj", "poss"}]
    if token.dep_ in {"acl", "relcl"}:
        agents.append(token.head)  # "..., a human rights group protested"
    agents += [g for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for g in c.children
               if g.dep_ == "pobj"]
    return not agents or any(a.lower_ in CROWD_NOUNS or a.lemma_.lower() in CROWD_NOUNS for a in agents)


def _people_of(context: Context, noun: Token) -> str | None:
    """The state whose people a plural demonym names ("Egyptians", "Pakistanis"), if any."""
    word = noun.lower_
    return context.kb.demonyms.get(word[:-1]) if word.endswith("s") and noun.tag_ in {"NNPS", "NNS"} else None


def _protesting(token: Token) -> list[Token]:
    """Who a protest is told of: the subject of its verb, or of the verb staging it."""
    verb = _staging_verb(token) if token.pos_ == "NOUN" else token
    return [c for c in (verb.children if verb is not None else []) if c.dep_ == "nsubj"]


def _staging_verb(token: Token) -> Token | None:
    """The verb whose subject does the act a noun names: a light verb over it ("launched a mediation
    effort") or the verb it is the purpose of ("came to Geneva for talks")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS:
        return token.head
    if token.dep_ == "compound" and token.head.dep_ == "dobj" and token.head.head.lemma_.lower() in LIGHT_VERBS:
        return token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "VERB":
        return token.head.head
    return None


OUTCOME_VERBS = {"result", "lead", "cause", "end"}


def _outcome_of_act(token: Token) -> bool:
    """"resulted in the death of", "led to the deaths of", "caused the death of": a death told as what
    an act brought about (not "mourned the death of the king")."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"in", "to"} else token.head
    return token.dep_ in {"pobj", "dobj"} and verb.lemma_.lower() in OUTCOME_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _nominal(token: Token) -> tuple[Sense, str] | None:
    if token.pos_ != "NOUN":
        return None
    lemma = token.lemma_.lower()
    modifiers = {c.lower_ for c in token.children}
    if lemma == "strike":
        if modifiers & {"hunger", "general", "labour", "labor", "national"}:
            return (Sense("PROTEST"), "strike") if match_predicate(token.head) is None else None
        if not modifiers & {"air", "drone", "aerial", "precision"}:
            return None
    if lemma in {"death", "deaths"} and _outcome_of_act(token):
        return Sense("ASSAULT"), "kill"  # "the raid resulted in the death of a commander"
    sense = NOMINAL.get(lemma)
    if sense is None or match_predicate(token.head) is not None:
        return None  # "carried out airstrikes": the verb tells it
    has_object = any(c.dep_ == "prep" and c.lower_ in {"of", "between"} for c in token.children)
    in_frame = token.dep_ == "pobj" and (token.head.lower_ in LIGHT_PREPS
                                         or (token.head.lower_ == "for" and sense.category == "CONSULT"))
    # "launched a mediation effort", "joined the talks": the noun names what the light verb does
    staged = token.dep_ == "dobj" or (token.dep_ == "compound" and token.head.dep_ == "dobj")
    verb = token.head if token.dep_ == "dobj" else token.head.head
    in_frame = in_frame or (staged and verb.lemma_.lower() in LIGHT_VERBS)
    if has_object or in_frame or sense.mode == "aerial":
        return sense, lemma
    return None


def match_predicate(token: Token) -> tuple[Sense, str] | None:
    """The sense of TOKEN as an event predicate, with the key that matched."""
    if token.pos_ == "NOUN" and token.lemma_.lower() == "clash":
        return NOMINAL["clash"], "clash"
    if token.pos_ != "VERB":
        return None
    objects = _object_words(token)
    for key in _phrasal_keys(token):
        for sense in VERBS.get(key, []):
            if sense.objects is None or objects & sense.objects:
                return sense, key
    return None


# ------------------------------------------------------------------------------ arguments

MILITARY_NOUNS = {"force", "forces", "troops", "troop", "soldier", "soldiers", "army", "military", "navy",
                  "warplane", "warplanes", "jet", "jets", "aircraft", "helicopter", "helicopters", "gunboat",
                  "gunboats", "commando", "commandos", "artillery", "militia", "units", "unit", "peacekeepers"}
POLICE_NOUNS = {"police", "policeman", "policemen", "gendarmerie"}
GOVERNMENT_NOUNS = {"government", "officials", "official", "authorities", "president", "minister", "leader",
                    "ministers", "leaders", "delegation", "side", "sides", "negotiators", "diplomats", "parliament",
                    "court", "judge", "administration", "cabinet", "envoy", "ambassador", "embassy", "ministry",
                    "spokesman", "spokesperson", "premier", "king", "officers", "prosecutors", "regime"}


def demonym_actor(context: Context, token: Token, noun: Token) -> str | None:
    """'Afghan forces', 'the Turkish side', 'Syrian troops': a nationality word makes its noun an actor."""
    state = context.kb.demonyms.get(token.lower_.rstrip("s")) or context.kb.demonyms.get(token.lower_)
    if state is None:
        return None
    lemma = noun.lower_
    if lemma in MILITARY_NOUNS:
        return f"{state}_mil"
    if lemma in POLICE_NOUNS:
        return f"{state}_police"
    if lemma in GOVERNMENT_NOUNS:
        return f"{state}_gov"
    return state


GROUP_NOUNS = {"group", "team", "delegation", "number", "band", "unit", "contingent", "party", "members", "member"}
BODY_WORDS = {"force", "forces", "police", "authorities", "army", "troops", "soldiers", "government", "officials"}


def _state_body_in(context: Context, noun: Token) -> str | None:
    """"Security forces in Guinea": the forces (police, authorities) of the country they are in."""
    if noun.lemma_.lower() not in BODY_WORDS and noun.lower_ not in BODY_WORDS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place_token in (g for g in prep.children if g.dep_ == "pobj"):
            place = context.kb.places.get(context.token_place.get(place_token.i) or "")
            if place is not None and place.kind in {"country", "city"} and place.country:
                state = place.country.lower()
                if noun.lower_ in MILITARY_NOUNS or noun.lemma_.lower() in {"force", "army", "troops", "soldiers"}:
                    return f"{state}_mil"
                if noun.lower_ in POLICE_NOUNS:
                    return f"{state}_police"
                return f"{state}_gov"
    return None


def _state_body(context: Context, word: Token, noun: Token) -> str | None:
    """"US negotiators": a state named before a noun of its forces, police or officials."""
    actor = context.actor(context.token_actor.get(word.i))
    if actor is None or actor.kind != "state" or word.i == noun.i:
        return None
    return demonym_actor(context, word, noun) if context.kb.demonyms.get(word.lower_) else (
        f"{actor.id}_mil" if noun.lower_ in MILITARY_NOUNS else f"{actor.id}_police" if noun.lower_ in POLICE_NOUNS
        else f"{actor.id}_gov" if noun.lower_ in GOVERNMENT_NOUNS else actor.id)


def _phrase_core(token: Token) -> list[Token]:
    """A modifier and its own words ("of the rebels' commanders"), not clauses or phrases hanging
    further down ("of a ceasefire, after months of talks led by Norway")."""
    core = [token]
    for child in token.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod", "pobj", "det", "case", "flat"}:
            core += [child, *(g for g in child.children if g.dep_ in {"compound", "amod", "poss", "case", "flat"})]
    return core


def _prep_nouns(prep: Token) -> list[Token]:
    """The noun(s) a preposition governs; for "with [the government negotiating...]" the clause's subject."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    nouns += [s for g in prep.children if g.dep_ == "pcomp" for s in g.children if s.dep_ in {"nsubj", "dobj"}]
    if not nouns:  # "walked out of talks", "away from the table": the inner preposition's noun
        nouns = [g for p in prep.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return nouns


def actors_of(context: Context, head: Token) -> list[str]:
    """Actor ids a noun phrase names: its head, else its modifiers, and its conjuncts."""
    found: list[str] = []
    if head.pos_ == "VERB":
        # "The Red Cross operating in Iraq said": parsed with the participle as the subject
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    joined_nouns = [t for t in [head, *head.conjuncts] if t.pos_ == "NOUN"]
    for token in [head, *head.conjuncts]:
        actor = context.token_actor.get(token.i)
        if token.pos_ != "NOUN" and joined_nouns and context.kb.demonyms.get(token.lower_):
            # "Afghan and coalition forces" parsed as "Afghan" + "coalition forces": the bare
            # nationality shares the noun after it
            actor = demonym_actor(context, token, joined_nouns[-1]) or actor
        # "the Turkish and Greek sides", "US and Russian negotiators", "Afghan and coalition forces":
        # each nationality (or state) joined in the modifiers, with the shared noun
        shared: list[str] = []
        joined = False
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
        # "Vietnamese-led forces": led by that nation's (not "Russian-backed rebels": only backed)
        modifiers += [g for c in modifiers if c.lower_ == "led"
                      for g in c.children if g.dep_ in {"npadvmod", "compound"}]
        for modifier in modifiers:
            joined = joined or bool(modifier.conjuncts) or any(c.dep_ == "cc" for c in modifier.children)
            for word in [modifier, *modifier.conjuncts]:
                extra = demonym_actor(context, word, token) or _state_body(context, word, token)
                if extra and extra not in shared and extra != actor:
                    shared.append(extra)
        if actor is None or joined:
            found += [a for a in ([actor] if actor else []) + shared if a not in found]
            if token.pos_ in {"PROPN", "NOUN"} and not found:
                actor = demonym_actor(context, token, token)
            if shared:
                continue
        if actor in GENERIC_COLLECTIVES:
            # "Hezbollah guerrillas", "al-Shabaab gunmen": the named group over the generic noun
            named = [context.token_actor[c.i] for c in token.children if c.dep_ in {"compound", "nmod"}
                     and context.token_actor.get(c.i) not in GENERIC_COLLECTIVES | {None}
                     and context.kind(context.token_actor[c.i]) == "armed_group"]
            # "activists from the Fatah party", "fighters of the Islamic State": whose they are
            named += [a for p in token.children if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                      for t in _phrase_core(p) for a in [context.token_actor.get(t.i)]
                      if a is not None and a not in GENERIC_COLLECTIVES
                      and context.kind(a) in ORGANISED_KINDS]
            actor = named[0] if named else actor
        if actor is None or (actor in GENERIC_COLLECTIVES and token.lemma_.lower() in BODY_WORDS):
            # "security forces in Guinea", "police in Karachi": that country's
            located = _state_body_in(context, token)
            actor = located or actor
        if actor is None:
            for child in token.children:
                if child.dep_ in {"compound", "amod", "poss", "nmod", "appos"} or (
                        child.dep_ == "prep" and child.lower_ == "of"):
                    actor = next((context.token_actor[t.i] for t in _phrase_core(child)
                                  if t.i in context.token_actor), None)
                    if actor is None and child.dep_ == "prep" and token.lemma_.lower() in GROUP_NOUNS:
                        # "a group of Moroccan diplomats": whoever the group is made of
                        actor = next((a for g in child.children if g.dep_ == "pobj"
                                      for a in actors_of(context, g)), None)
                    if actor:
                        break
        if actor in NATIONAL_COLLECTIVES:
            actor = _national_collective(context, token, actor) or actor
        if actor and actor not in found:
            found.append(actor)
    return found


NATIONAL_COLLECTIVES = {"protesters", "civilians"}
# the kinds of body whose members a generic noun can name ("activists from the Fatah party")
ORGANISED_KINDS = {"armed_group", "political_party", "ngo", "group", "government_body"}


def _national_collective(context: Context, noun: Token, generic: str) -> str | None:
    """"Egyptian demonstrators", "protesters in Baghdad": the protesters (or civilians) of a country,
    as conflict data codes them ("Protesters (Egypt)"), made an actor of their own."""
    state, place_name = _people_of(context, noun), None  # "Egyptians", "ethnic Afghans"
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and context.kb.demonyms.get(child.lower_):
            state = context.kb.demonyms[child.lower_]
        if child.dep_ == "prep" and child.lower_ == "in":
            for g in (g for g in child.children if g.dep_ == "pobj"):
                place = context.kb.places.get(context.token_place.get(g.i) or "")
                if place is not None and place.kind in {"country", "city"} and place.country:
                    state, place_name = place.country.lower(), place.name
    country = context.actor(state) if state else None
    if country is None:
        return None
    actor_id = f"{generic}_{state}"
    base = context.actor(generic)
    label = base.name if base else generic.title()
    if actor_id not in context.kb.actors and actor_id not in context.new_actors:
        aliases = [f"{label} in {country.name}", *([f"{label} in {place_name}"] if place_name else []),
                   *[f"{d.title()} {generic}" for d, owner in context.kb.demonyms.items() if owner == state][:3]]
        context.new_actors[actor_id] = Actor(actor_id, f"{label} ({country.name})", base.kind if base else "group",
                                             aliases, country=country.country)
    return actor_id


def _governor_chain(token: Token) -> list[Token]:
    """The verbs/adjectives above TOKEN through open complements ("willing to release" -> willing)."""
    chain = []
    node = token
    # not through "acl"/"relcl": a verb modifying a noun ("the government negotiating...") is not
    # governed by the verb above that noun
    while node.dep_ in {"xcomp", "ccomp", "acomp", "conj", "advcl", "pcomp", "pobj", "prep"} \
            and node.head.i != node.i:
        node = node.head
        chain.append(node)
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "conj", "acomp", "prep", "pcomp", "pobj"}:
            break
    return chain


PRONOUNS = {"it", "they", "he", "she", "we", "its", "their"}


def subject_of(context: Context, token: Token) -> list[str]:
    node = token
    while node.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in node.children):
        node = node.head
    if node.dep_ == "xcomp":
        # object control: "will force the fighters to react", "urged the rebels to disarm"
        controller = [c for c in node.head.children if c.dep_ == "dobj"]
        if controller and actors_of(context, controller[0]):
            return actors_of(context, controller[0])
    for node in [token, *_governor_chain(token), *_reporting_governors(token)]:
        for child in node.children:
            if child.dep_ in SUBJECTS:
                actors = actors_of(context, child)
                if actors or child.lower_ not in PRONOUNS:
                    return actors
                break  # "Hungary said it will support": the pronoun is the one who speaks
        if node.dep_ == "relcl" and node.head.i in context.token_actor:
            return [context.token_actor[node.head.i]]
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.head.head.i != node.head.i:
            # "the party issued a statement demanding ...": the statement's issuer demands
            return subject_of(context, node.head.head)
    return []


def _reporting_governors(token: Token) -> list[Token]:
    """Verbs whose clausal complement holds TOKEN ("said [it will support]")."""
    out = []
    node = token
    for _ in range(5):
        if node.dep_ in {"ccomp", "xcomp", "advcl", "conj", "acomp"} and node.head.i != node.i:
            node = node.head
            out.append(node)
        else:
            break
    return out


def _agent(context: Context, token: Token) -> list[str]:
    for child in token.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return actors_of(context, pobj)
    return []


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of PREPS on the predicate, on its object ("halt to attacks") or one preposition down
    ("take part in discussions with the government")."""
    out: list[Token] = []
    nouns = [c for c in token.children if c.dep_ in OBJECTS]
    nouns += [g for c in token.children if c.dep_ == "prep" for g in _prep_nouns(c)]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out += _prep_nouns(child)
    for noun in nouns:
        for grandchild in noun.children:
            if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                out += [g for g in _prep_nouns(grandchild) if g not in out]
    return out


def _negation_scope(token: Token) -> list[Token]:
    """TOKEN and the verbs whose negation reaches it: "did not want [to include]", "refused to
    [abide ... and release]" (not through adverbial or reported clauses)."""
    chain = [token]
    node = token
    while node.dep_ in {"xcomp", "acomp", "conj"} and node.head.i != node.i:
        node = node.head
        chain.append(node)
    return chain


UNDERTAKING_NOUNS = {"commitment", "promise", "pledge", "plan", "offer", "proposal", "decision", "decree",
                     "order", "readiness", "willingness", "agreement", "deal", "obligation", "intention"}


def _noun_frame(token: Token) -> Token | None:
    """"no commitment [to free]", "a plan [to withdraw]": the undertaking noun an act hangs on."""
    if token.dep_ in {"acl", "xcomp", "relcl"} and token.head.pos_ == "NOUN" \
            and token.head.lemma_.lower() in UNDERTAKING_NOUNS:
        return token.head
    return None


def _negated(token: Token) -> bool:
    frame = _noun_frame(token)
    if frame is not None and any(c.lower_ in {"no", "never"} for c in frame.children):
        return True
    for node in _negation_scope(token):
        if any(c.dep_ == "neg" or c.lower_ in {"never", "longer"} for c in node.children):
            return True
        if node.i != token.i and node.lemma_.lower() in REFUSING:
            return True
    return False


def _conditional(token: Token) -> bool:
    """An explicit condition ("...if the Taliban reduce violence"); "willing to" alone is an offer."""
    for node in [token, *_governor_chain(token)]:
        for child in node.children:
            if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless", "provided"} for m in child.children):
                return True
    return False


def _planned(token: Token) -> bool:
    """"will release", "promised to release", "willing to release": an act announced, not done."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would"} for c in token.children):
        return True
    if _noun_frame(token) is not None:
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
        return True  # "signed a decree ordering the release of 1,500": directed, not yet done
    node = token
    while node.dep_ in {"xcomp", "acomp"} and node.head.i != node.i:  # to-infinitives only
        node = node.head
        if node.lemma_.lower() in PLANNING | CONDITIONING \
                or any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in node.children):
            return True  # "will force them to retaliate": what they are made to do is yet to come
    return False


# verbs that direct or schedule an act named by their object noun
ORDERING = {"order", "decree", "authorize", "authorise", "approve", "plan", "schedule", "propose",
            "promise", "pledge", "offer", "prepare"}

PROMISING_VERBS = {"promise", "pledge", "offer", "vow", "agree", "commit", "guarantee"}


def _promised(token: Token) -> bool:
    """Under an explicit promise or offer ("promised ... would release", "offered to free")."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "acomp"} or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in PROMISING_VERBS:
            return True
    return False


def _hypothetical(token: Token) -> bool:
    """Inside an "if" clause: a condition of another act, not an act."""
    node = token
    for _ in range(4):
        if node.dep_ == "advcl" and any(m.lower_ in {"if", "unless", "provided"} for m in node.children):
            return True
        if node.head is node or node.dep_ not in {"conj", "xcomp", "ccomp", "advcl"}:
            return False
        node = node.head
    return False


DEMAND_NOUNS = {"demand", "demands", "call", "calls", "request", "appeal", "ultimatum"}


def _framed(token: Token) -> bool:
    """Whether TOKEN is the content of a request, refusal, threat or accusation above it (through
    complements only: "accused X and threatened to..." are two acts)."""
    if token.dep_ in {"acl", "ccomp"} and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in DEMAND_NOUNS:
        return True  # "its demand that Israel ease restrictions": what is asked, not done
    node = token
    while node.dep_ in {"xcomp", "ccomp", "pcomp", "pobj", "prep"} and node.head.i != node.i:
        node = node.head
        if node.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS for c in node.children):
            return True  # "reiterated its demand that Israel ease ...", the clause hung on the verb
        negated = any(c.dep_ == "neg" for c in node.children)
        sense = match_predicate(node)
        if sense and sense[0].category in FRAMING:
            return True
        if (node.lemma_.lower() in REFUSING and sense is not None) \
                or (node.lemma_.lower() in DEMANDING and not negated):
            return True  # "did not wish to free", "failed to reach": told by the (negated) verb under it
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "prep"}:
            break
    return False


PROMISING = {"offer", "promise", "pledge", "agree", "vow", "commit", "decide"}


def _content_carries_event(token: Token, sense: Sense) -> bool:
    """"offered to negotiate", "agreed to share": the complement is the event, not the offer."""
    if token.lemma_.lower() not in PROMISING:
        return False
    # "agreed that their countries should cooperate": what ought to be done is the content of the
    # agreement, which is the act
    return any(c.dep_ in {"xcomp", "ccomp"} and match_predicate(c) is not None
               and not any(a.dep_ == "aux" and a.lower_ in {"should", "must", "ought"} for a in c.children)
               for c in token.children)


def _counts(context: Context, token: Token) -> list[Quantity]:
    # not through "conj": "targeted a leader and detained several suspects" are two acts with two counts
    heads = [token, *[c for c in token.children if c.dep_ in OBJECTS | {"nsubjpass"}]]
    heads += _prep_objects(token, {"of", "in", "to"})
    found: list[Quantity] = []
    for head in heads:
        for quantity in context.counts_by_head.get(head.i, []):
            if quantity not in found:
                found.append(quantity)
    return found


def _places_under(context: Context, token: Token) -> list[str]:
    places: list[str] = []
    stack = [c for c in token.children if c.dep_ not in {"ccomp", "advcl", "relcl", "xcomp", "conj"}]
    while stack:
        node = stack.pop()
        place = context.token_place.get(node.i)
        if place and place not in places:
            places.append(place)
        stack += [c for c in node.children if c.dep_ not in {"ccomp", "relcl", "advcl"}]
    return places


def _places(context: Context, token: Token, narrative: bool = True) -> list[str]:
    """Where the act happened: places in its own phrase (not in clauses under it); a place phrase on
    the last of two joined verbs is both's ("killed one insurgent and found a cache in X district");
    else the place the story is at (the sentences just before)."""
    places = _places_under(context, token)
    if not places:
        for sibling in [*token.conjuncts]:
            places = _places_under(context, sibling)
            if places:
                break
    if not places and narrative:
        places = _narrative_place(context, token)
    if not places:
        return []
    kb = context.kb
    best_kind = min((kb.places[p].kind for p in places),
                    key=lambda k: PLACE_KIND_ORDER.index(k) if k in PLACE_KIND_ORDER else 9)
    return [p for p in places if kb.places[p].kind == best_kind]


def _frames(noun: Token, token: Token) -> bool:
    """"detained two during an operation yesterday", "killed in an airstrike on Monday": the act
    noun is the frame of TOKEN's own act, so its day is TOKEN's too."""
    return noun.dep_ == "pobj" and noun.head.lower_ in LIGHT_PREPS and noun.head.head.i == token.i


def _date(context: Context, token: Token) -> DateValue | None:
    inside = {x.i for x in token.subtree}
    # a day told of another act under this one is that act's ("arrested the man behind the March 2
    # bombing"): clauses and nouns of their own acts keep their days
    timed = [(t.i, context.token_time[t.i]) for t in token.subtree if t.i in context.token_time
             and not any(a.i in inside and a.i != token.i
                         and (a.dep_ in {"ccomp", "relcl", "acl"}
                              or (a.pos_ == "NOUN" and a.lemma_.lower() in ACT_NOUNS and not _frames(a, token)))
                         for a in [t, *t.ancestors])]
    # a relative day inside a quote counts from when it was said, which the report may not give
    timed = [(i, t) for i, t in timed if t.value is not None and not t.in_quote]
    # "attacked a post on Monday, while jets bombed a compound on Tuesday": a clause telling another
    # act keeps its day, when this act has one outside it
    clauses = [c for c in token.subtree if c.i != token.i and c.dep_ in {"advcl", "conj"} and c.pos_ == "VERB"
               and any(x.dep_ in SUBJECTS for x in c.children) and match_predicate(c) is not None]
    nested = {x.i for c in clauses for x in c.subtree}
    own = [t for i, t in timed if i not in nested] or [t for _, t in timed]
    if token.pos_ == "NOUN":  # "the March 2 bombing": the date that names the act is its own
        naming = [context.token_time[c.i] for c in token.children
                  if c.dep_ in {"nmod", "compound", "amod"} and c.i in context.token_time]
        own = [t for t in naming if t.value is not None] or own
    days = {t.value.first for t in own if t.value is not None and t.value.granularity == "day"}
    if len(days) > 1:
        return DateValue.between(min(days), max(days))  # "100 on Wednesday and another 100 on Thursday"
    if own:
        return own[0].value
    sentence_times = [context.token_time[t.i] for t in context.sentence_of(token) if t.i in context.token_time
                      and not context.token_time[t.i].in_quote]
    values = {str(t.value): t.value for t in sentence_times if t.value is not None}
    if len(values) == 1:
        return next(iter(values.values()))
    if values:
        return None  # several days named in the sentence and none on this act: unknown
    return _narrative_day(context, token)


def _narrative_place(context: Context, token: Token) -> list[str]:
    """The district or province named last in this sentence before the act or in the one before."""
    own = context.sentence_of(token).start_char
    sentences = [s for s in context.news_sentences() if s.start_char < own][-1:]
    start = sentences[0].start_char if sentences else own
    named = [(i, p) for i, p in context.token_place.items()
             if start <= context.doc[i].idx < token.idx and context.kb.places[p].kind in {"district", "province"}]
    return [max(named)[1]] if named else []


def _narrative_day(context: Context, token: Token) -> DateValue | None:
    """The day the story is at: the last recent day named in the two sentences before (a report
    dates its lead and tells the details after it: "...detained a commander yesterday. The
    assault force also seized weapons.")."""
    anchor = context.document.published
    before = [t for t in context.times if t.end <= context.sentence_of(token).start_char and t.value is not None
              and t.value.granularity == "day"
              and (anchor is None or timedelta(0) <= anchor - t.value.first <= timedelta(days=14))]
    if not before:
        return None
    sentences = [s for s in context.news_sentences() if s.start_char < context.sentence_of(token).start_char][-2:]
    if sentences and before[-1].start >= sentences[0].start_char:
        return before[-1].value
    return None


# ------------------------------------------------------------------------------ building

def _noun_under_maybe(token: Token) -> bool:
    """"The issue could be raised during negotiations between Afghans": talks that may happen."""
    if token.pos_ != "NOUN":
        return False
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"}
                                    for c in verb.children)


def _told_as_to_come(token: Token) -> bool:
    """An act named by a noun takes the time of the verb it hangs on: "negotiations are supposed to
    start", "the exchange is meant to open the way to talks", "talks will begin" are yet to come."""
    if token.pos_ != "NOUN":
        return False
    node = token
    for _ in range(6):
        if node.head is node:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            aux = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
            if aux & {"will", "shall", "'ll", "would"} or _planned(node) \
                    or node.lemma_.lower() in {"suppose", "mean", "expect", "schedule", "due", "plan"}:
                return True
            if node.dep_ not in {"xcomp", "ccomp", "advcl", "conj"} and node.tag_ != "VB":
                return False
    return False


def _category(sense: Sense, token: Token) -> tuple[str, str | None, str, bool]:
    """(category, mode, modality, negated) after negation and modality."""
    category, mode = sense.category, sense.mode
    negated = _negated(token)
    modality = "asserted"
    modal = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if _conditional(token):
        modality = "conditional"
    elif modal & {"should", "must", "ought"}:
        modality = "demanded"  # "ought to have been freed months ago": not a release
    elif modal & {"could", "might", "may"} or _noun_under_maybe(token):
        modality = "hypothetical"
    elif _planned(token) or _told_as_to_come(token):
        modality = "planned"
    if negated:
        if category == "CONSULT":
            return "SANCTION", "withdraw", "asserted", True  # refusing talks is a boycott
        if category in COOPERATIVE:
            return "REJECT", "yield" if category in {"RETREAT", "CONCEDE"} else None, "asserted", True
        if category != "REJECT":
            modality = "denied"
    if category == "AGREE" and _object_words(token) & RELEASE_NOUNS:
        category, mode, modality = "CONCEDE", "release", "planned"  # "agreed to a staged release"
    if modality in {"conditional", "planned"}:
        if _unless(token) and category in {"RETREAT", "SANCTION", "ASSAULT", "COERCE", "REJECT"}:
            return "THREATEN", mode, "conditional", negated  # "will withdraw ... unless": a threat
        if category in VIOLENT | {"SANCTION"}:
            # "will strike back", "will respond if the raids go on": force announced is a threat
            return "THREATEN", "violence" if category in VIOLENT else mode, modality, negated
        if category == "RETREAT":
            category = "CONCEDE"  # PLOVER: a promised, offered or announced release is a concession
        elif category in {"CONSULT", "SUPPORT", "COOPERATE", "AID"}:
            category = "AGREE"  # "will free", "willing to withdraw", "will meet": an undertaking
    return category, mode, modality, negated


def _unless(token: Token) -> bool:
    for node in [token, *_governor_chain(token)]:
        for child in node.children:
            if child.dep_ == "advcl" and any(m.lower_ == "unless" for m in child.children):
                return True
    return False


def _acled(event: Event, kb_kind: dict[str, str]) -> tuple[str | None, str | None]:
    if event.category == "ASSAULT":
        if event.mode == "aerial":
            return "Explosions/Remote violence", "Air/drone strike"
        if event.mode == "artillery":
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if event.mode == "explosives":
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if event.mode == "suicide":
            return "Explosions/Remote violence", "Suicide bomb"
        if any(kb_kind.get(r) == "civilians" for r in event.recipients):
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if event.modality != "asserted":
        return None, None
    if (event.category == "RETREAT" and event.mode in {"release", "withdraw", "surrender"}) \
            or (event.category == "AGREE" and event.predicate in {"sign", "conclude", "reach", "strike"}):
        return "Strategic developments", "Agreement"
    if event.category == "COERCE" and event.mode == "arrest":
        return "Strategic developments", "Arrests"
    if event.category == "PROTEST":
        return "Protests", "Peaceful protest"
    return None, None


# an act dated this many days before the report is background to it
HISTORICAL_DAYS = 10
# words that tie a person to a past act: "a leader responsible for the July 2 attack"
BACKSTORY_HEADS = {"responsible", "involved", "connected", "linked", "tied", "associated", "behind", "wanted",
                   "suspected", "implicated", "blamed", "responsibility"}


ATTACK_WORDS = {"attack", "attacks", "explosion", "blast", "raid", "strike", "assault", "bombing", "ambush"}
# nouns that name an act of their own, whose day is theirs ("responsible for an attack Jan. 7")
ACT_NOUNS = NOMINAL.keys() | ATTACK_WORDS | EVENT_NOUN_MODES.keys()


def _backstory(token: Token) -> bool:
    """An act named as a noun to say who someone is ("the commander behind the Dec. 2 bombing") is
    background to the report, not its news."""
    if token.pos_ != "NOUN":
        # "...the July 2 attack, which killed two civilians": what the background act did
        return token.dep_ in {"relcl", "acl"} and token.head.pos_ == "NOUN" \
            and (token.head.lemma_.lower() in NOMINAL.keys() | ATTACK_WORDS) and _backstory(token.head)
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


def _sentence_is_background(sentence: Span) -> bool:
    # ("once" opening a clause is "as soon as", not "formerly": "Once the area was secured, ...")
    return any(t.lower_ in BACKGROUND_MARKERS and t.dep_ != "mark" for t in sentence)


def build_events(context: Context) -> list[Event]:
    events: list[Event] = []
    anchor = context.document.published
    kinds = {actor_id: (context.actor(actor_id).kind if context.actor(actor_id) else "")
             for actor_id in set(context.token_actor.values())}
    for sentence in context.news_sentences():
        for token in sentence:
            matched = match_predicate(token) or _nominal(token) or _retaliation(context, token) \
                or _obligation(token) or _instruction(token) or _ruled_out(token) or _commitment(token)
            if matched is None or _framed(token) or _content_carries_event(token, matched[0]) \
                    or _hypothetical(token):
                continue
            sense, key = matched
            category, mode, modality, negated = _category(sense, token)
            if mode is None and category == "ASSAULT":
                mode = next((EVENT_NOUN_MODES[w] for w in _object_words(token) if EVENT_NOUN_MODES.get(w)), None)
            if category == "ASSAULT" and mode in {None, "explosives", "firearms"} \
                    and AERIAL.search(_clause_text(context, token)):
                mode = "aerial"  # "called for a precision airstrike, killing two", "warplanes bombed"
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
            recipients: list[str] = []
            if token.pos_ == "NOUN":  # "the coalition's capture of a commander"
                actors = [a for c in token.children if c.dep_ in {"poss", "compound", "amod"}
                          for a in actors_of(context, c)]
                recipients += [a for obj in _prep_objects(token, {"of"}) for a in actors_of(context, obj)]
                if not actors and sense.category in {"ASSAULT", "CONSULT"}:
                    # "fighting between Armenia and Azerbaijan", "talks between the two sides"
                    actors = [a for obj in _prep_objects(token, {"between"}) for a in actors_of(context, obj)]
                if sense.category == "REQUEST":
                    # "its demand that Israel ease restrictions": asked of that subject (the clause
                    # may hang on the verb over the noun)
                    clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp"}]
                    if token.dep_ == "dobj":
                        clauses += [c for c in token.head.children if c.dep_ == "ccomp"]
                    recipients = [a for c in clauses for x in c.children
                                  if x.dep_ in {"nsubj", "nsubjpass"} for a in actors_of(context, x)]
                if not actors and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
                    actors = subject_of(context, token.head)  # "Ghani ordered the release of ...": his act
                if not actors and _staging_verb(token) is not None:
                    # "the emir launched a mediation effort", "negotiators return for talks": theirs
                    actors = subject_of(context, _staging_verb(token))
            else:
                actors = _agent(context, token) if passive else subject_of(context, token)
                if passive and not actors and sense.category == "RETREAT" and sense.mode in {"disarm", "withdraw"}:
                    # "guerrillas have been demobilized", "troops were withdrawn": they are the ones who go
                    actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in actors_of(context, c)]
            for child in token.children:
                if child.dep_ in OBJECTS | ({"nsubjpass"} if passive else set()):
                    recipients += actors_of(context, child)
            with_side = [a for obj in _prep_objects(token, WITH_PREPS) for a in actors_of(context, obj)]
            if category in {"CONSULT", "AGREE", "COOPERATE"} or (category == "ASSAULT" and key == "clash"):
                actors += [a for a in with_side if a not in actors]
            else:
                recipients += with_side
            if not recipients and category == "REQUEST":
                # "demanding that the Turkish government end its operations": asked of that subject
                recipients = [a for c in token.children if c.dep_ == "ccomp" for x in c.children
                              if x.dep_ in {"nsubj", "nsubjpass"} for a in actors_of(context, x)]
            if not recipients and key in INSTRUCTING:
                recipients = [a for told in _told_to_act(token) for a in actors_of(context, told)]
            if not recipients:
                recipients = [a for obj in _prep_objects(token, RECIPIENT_PREPS) for a in actors_of(context, obj)]
            counts = _counts(context, token)
            if not recipients:
                recipients = [q.of for q in counts if q.of]
            if key == "commit":  # "Vietnam is committed to ...": the committed one undertakes
                actors = [a for c in token.children if c.dep_ == "nsubjpass" for a in actors_of(context, c)]
                recipients = []
            if key == "rule out":
                actors = next((subject_of(context, g) for g in _reporting_governors(token)
                               if g.lemma_.lower() in REPORTING), [])
            if category == "PROTEST":
                # "Some 200 Eritreans began a hunger strike": a people protesting are that country's
                # protesters, not its state
                people = [c for c in _protesting(token) if _people_of(context, c)]
                actors = [a for c in people for a in [_national_collective(context, c, "protesters")] if a][:1] \
                    or actors
            if category == "PROTEST" and not actors and _by_a_crowd(token):
                # "thousands blocked the streets": a protest by unnamed protesters; "Palestinian youths
                # threw stones during demonstrations": by the crowd the sentence names
                crowd = [a for noun in sentence if noun.lower_ in CROWD_NOUNS and noun.pos_ == "NOUN"
                         for a in actors_of(context, noun) if a.split("_")[0] in NATIONAL_COLLECTIVES]
                actors = crowd[:1] or ["protesters"]
            if modality == "demanded":
                # "Russia said Sudan must return the helicopter": Russia's demand of Sudan
                speaker = next((subject_of(context, g) for g in _reporting_governors(token)
                                if g.lemma_.lower() in REPORTING), [])
                if not speaker or not actors:
                    continue
                category, mode, modality = "REQUEST", "change", "asserted"
                actors, recipients = speaker, actors
            own = {x for a in actors for x in _lineage(context, a)}
            recipients = [r for r in dict.fromkeys(recipients) if not set(_lineage(context, r)) & own]
            told_day = _date(context, token)
            places = _places(context, token, narrative=category in VIOLENT) or [None]
            if (_attempted(token) and category not in VIOLENT) or (category in VIOLENT and _purpose(token)):
                # "tries to sign a deal", "an operation to capture a leader": not (yet) an act; an
                # attempt on someone's life is an assault all the same (PLOVER)
                continue
            for place in places:
                event = Event(
                    id="", doc_id=context.document.id, category=category, mode=mode,
                    evidence=context.evidence(*_evidence_span(token)), actors=list(dict.fromkeys(actors)),
                    recipients=recipients, date=told_day, place=place, modality=modality,  # type: ignore[arg-type]
                    negated=negated, predicate=key,
                )
                _apply_counts(event, counts)
                _count_bare_plurals(event, token, counts)
                _count_from_antecedent(event, token, context)
                events += [t for t in _total_events(event, counts, context) if t.category not in VIOLENT]
                event.refers_back = _refers_back(token)
                event.adds_to = _adds_to(token)
                event.names_known_people = _names_known_people(token, context.document.text, sentence.start_char)
                event.summary = category in VIOLENT and (
                    len(places) > 1 or bool(ROUNDUP.search(_clause_text(context, token))))
                event.cumulative = _cumulative(token, counts) or (_perfect(token) and _has_count(event)
                                                                  and told_day is None)
                if event.cumulative and context.document.published:
                    # "550 freed since April 8": a total as it stood on the day of the report
                    event.date = DateValue.day(context.document.published)
                    event.date_basis = "publication"
                long_before = anchor is not None and event.date is not None \
                    and event.date.last < anchor - timedelta(days=HISTORICAL_DAYS)
                event.historical = not event.cumulative and (
                    _sentence_is_background(sentence) or _backstory(token) or long_before)
                if event.cumulative and category in VIOLENT:
                    # "drone strikes have killed 80 leaders since January": a campaign told as a
                    # tally. The campaign is an event; its toll spans raids told (or not) apart, so
                    # it stays a figure among the quantities instead of being added to this one
                    for field in COUNT_FIELDS.values():
                        setattr(event, field, None)
                event.acled_event_type, event.acled_sub_event_type = _acled(event, kinds)
                events.append(event)
    _infer_rejected_party(events, context)
    merged = merge_events(events, context.org, context.kb.place_within,
                          lambda actor_id: kinds.get(actor_id) or "")
    # an act with nobody doing it is not an event (it served to date or place a told one); an attack
    # with a toll or a place still is, and a counted release may get its doer from whoever reports it
    merged = [e for e in merged if e.actors or (e.category in VIOLENT and (_has_count(e) or e.place))
              or (e.category == "RETREAT" and _has_count(e)) or accusation_of_someone(e)]
    _share_between_places(merged)
    _summaries_defer_to_details(merged)
    _date_by_publication(merged, anchor)
    _place_by_lead(merged, context)
    for number, event in enumerate(merged, start=1):
        event.id = f"{context.document.id}:e{number:03d}"
    return merged


TOLD_AS_DONE = {"asserted", "alleged", "denied"}


def _date_by_publication(events: list[Event], published: date | None) -> None:
    """A reported act the text gives no day for is dated by the report's own day (as event coders
    do with a dateline): marked date_basis="publication" so a reader can tell it from a stated day.
    Background, plans, demands and acts that did not happen get no day."""
    if published is None:
        return
    for event in events:
        if event.date is None and not event.historical and not event.negated \
                and event.modality in TOLD_AS_DONE:
            event.date = DateValue.day(published)
            event.date_basis = "publication"
        elif event.date is not None and event.date_basis is None:
            event.date_basis = "text"


def accusation_of_someone(event: Event) -> bool:
    """"The former president has been accused of misusing aid": an accusation with its accuser unsaid
    still tells who stands accused."""
    return event.category == "ACCUSE" and bool(event.recipients) and event.modality == "asserted"


def _place_by_lead(events: list[Event], context: Context) -> None:
    """A report of one operation names its place in the lead; a violent act told without a place of
    its own ("detained two men while pursuing a commander in Helmand") happened there (background
    acts are left without)."""
    named = sorted((i, p) for i, p in context.token_place.items()
                   if context.kb.places[p].kind in {"district", "province"}
                   and context.is_news(context.doc[i].idx, context.doc[i].idx + 1))
    if not named:
        return
    lead = named[0][1]
    for event in events:
        if event.place is None and event.category in VIOLENT and not event.historical \
                and event.modality in TOLD_AS_DONE:
            event.place = lead


def _lineage(context: Context, actor_id: str) -> list[str]:
    """An actor and the organisations above it (a political office -> its movement); states and
    governments are not climbed, so a ministry and its government stay apart from a foreign one."""
    out = [actor_id]
    actor = context.actor(actor_id)
    for _ in range(3):
        if actor is None or not actor.affiliation or actor.kind in {"government", "state"}:
            break
        out.append(actor.affiliation)
        actor = context.actor(actor.affiliation)
    return out


ATTEMPTING = {"try", "seek", "attempt", "aim", "strive", "struggle"}


INSTRUCTING = {"order", "instruct", "summon", "direct", "command", "tell", "urge", "ask", "call on", "press"}


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


ANSWERING = {"react", "respond"}
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


# means that make an attack an air strike (an "air weapons team" or "close air support" may be helicopter
# gunfire, which ACLED and hand-coded sets do not count as air strikes)
AERIAL = re.compile(r"\b(air[\s-]?strikes?|precision (?:air )?strikes?|fixed-wing|warplanes?|fighter jets?|"
                    r"drones?|drone strikes?|air raids?|bombing runs?)\b", re.I)


def _clause_text(context: Context, token: Token) -> str:
    """The sentence up to the act and the act's own words: where its means are named."""
    start = context.sentence_of(token).start_char
    return context.document.text[start:max(t.idx + len(t.text) for t in token.subtree)]


def _attempted(token: Token) -> bool:
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPTING


# verbs whose to-infinitive is the aim they were done for
DISPATCHING = {"conduct", "launch", "mount", "send", "deploy", "dispatch", "move", "carry", "go", "come",
               "arrive", "enter", "raid", "search", "target"}


def _purpose(token: Token) -> bool:
    """"conducted an operation to detain a leader", "moved in to arrest him": the aim of another act,
    which says nothing of whether it was done (undertakings such as "a decision to free" are kept;
    a protest's aim, "struck to protest ...", is what PLOVER codes, so only force is skipped)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not infinitive or token.pos_ != "VERB":
        return False
    if token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN":
        return token.head.lemma_.lower() not in UNDERTAKING_NOUNS
    if token.dep_ == "xcomp":  # "the raid was conducted to capture him", "sent troops to arrest"
        head = token.head
        return any(c.dep_ == "auxpass" for c in head.children) or head.lemma_.lower() in DISPATCHING
    return token.dep_ == "advcl"


def _perfect(token: Token) -> bool:
    """"have freed 1,005", "had released 105 by then": a count in the perfect with no day of its own is
    the tally so far."""
    return token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def _cumulative(token: Token, counts: list[Quantity]) -> bool:
    """"1,000 released so far", "has freed 550 since April 8": a running total, not one act's size."""
    valued = [q for q in counts if q.value is not None]
    return bool(valued) and all(q.total for q in valued)


ADDING_ADVERBS = {"also", "additionally", "further", "separately"}
ADDING_MODIFIERS = {"additional", "other", "another", "more", "further", "second", "separate"}


def _adds_to(token: Token) -> bool:
    """"The force also detained one suspect", "detained one additional insurgent": another act of the
    same kind, not a retelling of the one before."""
    if any(c.dep_ == "advmod" and c.lower_ in ADDING_ADVERBS for c in token.children):
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    # ("the other occupants" are the rest of a group already told, not more people)
    objects = [n for n in objects if not any(d.dep_ == "det" and d.lower_ == "the" for d in n.children)]
    return any(m.dep_ in {"amod", "det", "advmod"} and m.lower_ in ADDING_MODIFIERS
               for noun in objects for m in noun.children)


ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}


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


def _has_count(event: Event) -> bool:
    return any(getattr(event, f) is not None for f in ("dead", "injured", "size", "arrested", "prisoners"))


def _share_between_places(events: list[Event]) -> None:
    """One predicate over two provinces became two events: what was told of its target holds for both."""
    by_predicate: dict[tuple[int, str], list[Event]] = {}
    for event in events:
        by_predicate.setdefault((event.evidence.start, event.category), []).append(event)
    for siblings in by_predicate.values():
        if len(siblings) > 1:
            shared = list(dict.fromkeys(r for e in siblings for r in e.recipients))
            for event in siblings:
                event.recipients = shared


def _infer_rejected_party(events: list[Event], context: Context) -> None:
    """"...the rebels turned the offer down": a rejection with no named recipient answers the last
    act of another party told before it."""
    org = context.org
    for index, event in enumerate(events):
        if event.category not in {"REJECT", "REQUEST", "THREATEN"} or event.recipients or not event.actors:
            continue
        mine = {org(a) for a in event.actors}
        for earlier in reversed(events[:index]):
            others = [a for a in earlier.actors if org(a) not in mine]
            if event.category == "THREATEN":
                # "accused the government of violating the deal and threatened to walk out"; a threat
                # after one's own accusation or demand is made to its target
                own = bool(mine & {org(a) for a in earlier.actors})
                answered = earlier.evidence.sentence_start == event.evidence.sentence_start \
                    or earlier.category in {"ACCUSE", "REQUEST", "REJECT"}
                if own and answered and earlier.recipients:
                    event.recipients = list(earlier.recipients)
                    break
                continue
            if event.category == "REQUEST":
                # "...met in Doha; the group called for a halt to raids": asked of the other side of the talks
                if earlier.category == "CONSULT" and others and mine & {org(a) for a in earlier.actors}:
                    event.recipients = [org(others[0]) or others[0]]
                    break
            elif others and earlier.category in COOPERATIVE | {"REQUEST", "ACCUSE"}:
                # an accusation or demand just made is what a rejection answers, before any offer
                answered = next((e for e in reversed(events[max(0, index - 3):index])
                                 if e.category in {"ACCUSE", "REQUEST"}
                                 and [a for a in e.actors if org(a) not in mine]), earlier)
                others = [a for a in answered.actors if org(a) not in mine]
                event.recipients = [org(others[0]) or others[0]]
                break


def _total_events(event: Event, counts: list[Quantity], context: Context) -> list[Event]:
    """"...released another 100, bringing the number freed this week to 200": besides the act of 100,
    a report of the running total (200, cumulative, as of the report's day)."""
    increments = [q for q in counts if not q.total]
    totals = [q for q in counts if q.total and q.value is not None and COUNT_FIELDS.get(q.unit)]
    if not increments or not totals:
        return []
    out = []
    for quantity in totals:
        total = Event(id="", doc_id=event.doc_id, category=event.category, evidence=event.evidence, mode=event.mode,
                      actors=list(event.actors), recipients=list(event.recipients), place=event.place,
                      modality=event.modality, cumulative=True, predicate=event.predicate,
                      date=DateValue.day(context.document.published) if context.document.published else event.date)
        setattr(total, COUNT_FIELDS[quantity.unit], quantity.value)
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


def _evidence_span(token: Token) -> tuple[int, int]:
    """The predicate's clause, without the clauses hanging under it: what a reviewer reads."""
    excluded: set[int] = set()
    for t in token.subtree:
        if t.i != token.i and t.dep_ in {"ccomp", "advcl", "relcl", "parataxis"} and t.i not in excluded:
            excluded.update(x.i for x in t.subtree)
    keep = [t for t in token.subtree if t.i not in excluded] or [token]
    return min(t.idx for t in keep), max(t.idx + len(t.text) for t in keep)


def _compatible_dates(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def _same_act(a: Event, b: Event, org: Callable[[str], str | None],
              within: Callable[[str, str], bool] = lambda x, y: x == y,
              kind: Callable[[str], str] = lambda x: "") -> bool:
    """Whether B, told after A in one document, tells the same act."""
    if a.category != b.category or a.modality != b.modality or a.historical != b.historical or b.adds_to \
            or a.cumulative != b.cumulative \
            or (a.summary != b.summary and a.evidence.sentence_start != b.evidence.sentence_start
                and not b.names_known_people):  # a raid told after a round-up is one of its raids
        return False
    if not a.actors or not b.actors:
        # "An Afghan force detained several insurgents ... the assault force detained three": the
        # actorless retelling is the same act when nothing contradicts it ("insurgents" may be the
        # armed group named in the other telling)
        recipients_agree = not a.recipients or not b.recipients or bool(set(a.recipients) & set(b.recipients)) \
            or (a.category in VIOLENT and {"insurgents"} in ({*a.recipients}, {*b.recipients})
                and all(kind(r) == "armed_group" for r in a.recipients + b.recipients))
        # only acts a definite noun can point back to ("the attack", "the meeting was held")
        same_place = a.place is None or b.place is None or within(a.place, b.place) or within(b.place, a.place)
        same_sentence = a.evidence.sentence_start == b.evidence.sentence_start
        actorless = b if not b.actors else a
        told = a if actorless is b else b
        if a.category in VIOLENT and set(told.actors) & set(actorless.recipients):
            return False  # "insurgents fired on the force ... killing several insurgents": the reply
        return a.category in VIOLENT | {"CONSULT"} and same_place and recipients_agree \
            and (same_sentence or actorless.refers_back or b.names_known_people or _same_count(a, b)) \
            and _compatible_dates(a.date, b.date) \
            and _compatible_counts(a, b, part=(actorless, told) if actorless.refers_back else None)
    # a spokesman's act and his organisation's are one party's
    if not {org(x) for x in a.actors} & {org(x) for x in b.actors}:
        return False
    if a.recipients and b.recipients and not {org(x) for x in a.recipients} & {org(x) for x in b.recipients}:
        return False
    if a.place and b.place and not (within(a.place, b.place) or within(b.place, a.place)):
        return False
    same_sentence = a.evidence.sentence_start == b.evidence.sentence_start
    if not same_sentence and a.category == "ASSAULT" and (a.date is None or b.date is None) \
            and not _same_count(a, b):
        return False  # two attacks told in two sentences are one only when their day or toll agrees
    for field in ("dead", "injured", "size", "prisoners", "arrested"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y and not same_sentence and not b.refers_back:
            return False
    return _compatible_dates(a.date, b.date)


def _same_count(a: Event, b: Event) -> bool:
    """Both tell the same figure of the same kind ("detained several suspects ... several suspects
    were detained"): the same fact told twice."""
    return any(getattr(a, f) is not None and getattr(a, f) == getattr(b, f)
               for f in ("dead", "injured", "size", "arrested", "prisoners"))


def _compatible_counts(a: Event, b: Event, part: tuple[Event, Event] | None = None) -> bool:
    """No count contradicts the other. With PART = (retelling, told), a definite retelling may tell
    fewer or more of the same people ("captured a leader ... the force detained the leader and an
    associate"): the larger figure stands (see merge_events)."""
    if part is not None:
        return True
    for field in ("dead", "injured", "size", "prisoners", "arrested"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y and field not in a.vague_counts + b.vague_counts:
            return False
    return True


def merge_events(events: list[Event], org: Callable[[str], str | None] = lambda x: x,
                 within: Callable[[str, str], bool] = lambda x, y: x == y,
                 kind: Callable[[str], str] = lambda x: "") -> list[Event]:
    """Two predicates telling one act in a document become one event (the first keeps the evidence;
    the more precise place of the two is kept: a district over its province)."""
    kept: list[Event] = []
    for event in events:
        # the nearest earlier telling: "...declined to free 300. ... would not free the 12 officers.
        # 'They stay in jail,' he said" speaks of the 12
        candidates = [k for k in reversed(kept) if _same_act(k, event, org, within, kind)]
        # ...unless an earlier one tells the same figure: "killed numerous insurgents. A patrol on a
        # clearance operation ... killing numerous insurgents" retells the first, not the operation
        # ...or, for a told toll, the telling that has a toll of that kind (not a bare "targeted")
        counted = [k for k in candidates if any(getattr(k, f) is not None and getattr(event, f) is not None
                                                for f in COUNT_FIELDS.values())]
        target = next((k for k in candidates if _same_count(k, event)),
                      counted[0] if counted else candidates[0] if candidates else None)
        if target is None:
            kept.append(event)
            continue
        target.more_evidence.append(event.evidence)
        target.more_evidence += event.more_evidence
        target.actors = list(dict.fromkeys(target.actors + event.actors))
        target.recipients = list(dict.fromkeys(r for r in target.recipients + event.recipients
                                               if r not in target.actors))
        retelling = (not event.actors and event.refers_back) or event.names_known_people
        # "arrested a dealer and detained several suspects": two counts of one act in one sentence add up
        joined = target.evidence.sentence_start == event.evidence.sentence_start \
            and not set(target.count_starts) & set(event.count_starts)
        for field in ("dead", "injured", "size", "prisoners", "arrested"):
            told, again = getattr(target, field), getattr(event, field)
            if joined and told is not None and again is not None:
                setattr(target, field, told + again)
                target.vague_counts += [f for f in event.vague_counts if f == field]
            elif told == 1 and again is not None and again > 1 and not event.names_known_people \
                    and field not in target.vague_counts and field in {"arrested", "dead"}:
                # "captured a leader ... the force also detained multiple insurgents": people named
                # anew are not the one already told
                setattr(target, field, told + again)
                target.vague_counts += [f for f in event.vague_counts if f == field]
            elif retelling and told is not None and again is not None and again > told:
                setattr(target, field, again)  # the retelling names more of the same people
            elif told is None or (field in target.vague_counts and field not in event.vague_counts
                                  and again is not None and again >= told):
                # an exact figure for a vague one ("several suspects ... detained three"); a smaller
                # one tells part of them ("a facilitator and several associates ... the facilitator")
                setattr(target, field, getattr(event, field))
                if field in target.vague_counts and field not in event.vague_counts:
                    target.vague_counts.remove(field)
        target.count_starts += event.count_starts
        if target.place and event.place and target.place != event.place and within(event.place, target.place):
            target.place = event.place
        for field in ("date", "place", "mode", "acled_event_type", "acled_sub_event_type"):
            if getattr(target, field) is None:
                setattr(target, field, getattr(event, field))
    return kept
