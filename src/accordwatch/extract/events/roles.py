"""Who does an act and to whom: the actors a noun phrase names (nationalities, state bodies, national
collectives), the subject or agent of a predicate, a protesting crowd, an actor's organisations.
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.extract.entities import GENERIC_COLLECTIVES
from accordwatch.extract.events.common import SUBJECTS, _governor_chain, _reporting_governors, passive_agents
from accordwatch.extract.events.predicates import _staging_verb
from accordwatch.extract.word_lists import word_set
from accordwatch.model import Actor

CROWD_NOUNS = word_set("event_words", "crowd_nouns")


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


MILITARY_NOUNS = word_set("event_words", "military_nouns")
POLICE_NOUNS = word_set("event_words", "police_nouns")
GOVERNMENT_NOUNS = word_set("event_words", "government_nouns")


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


GROUP_NOUNS = word_set("event_words", "group_nouns")
BODY_WORDS = word_set("event_words", "body_words")


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


PRONOUNS = word_set("event_words", "pronouns")


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
        raised = node.i != token.i and any(c.dep_ == "auxpass" for c in node.children)
        for child in node.children:
            # subject raising: "the Taliban are expected to free", "the group is obliged to release"
            if child.dep_ in SUBJECTS or (raised and child.dep_ == "nsubjpass"):
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


def _agent(context: Context, token: Token) -> list[str]:
    for child in passive_agents(token):
        for pobj in child.children:
            if pobj.dep_ == "pobj":
                return actors_of(context, pobj)
    return []


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
