"""How the ACLED typer reads an event from the parse: the words of its clause, what it is done to,
the place it takes, who does it, and the frames it is told in (a reason, an accusation, a grievance).
acled.py decides the sub-type from these."""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.events.common import laden_with, passive_agents, small_clause_noun
from accordwatch.extract.word_lists import word_set

# dependants whose subtree is another act told (a report's content, a clause beside it)
OTHER_ACTS = {"ccomp", "parataxis"}
SUBJECTS = {"nsubj", "nsubjpass", "agent", "csubj"}
OBJECT_DEPS = {"dobj", "pobj", "nsubjpass", "attr", "oprd", "dative"}
DIRECT_OBJECTS = {"dobj", "nsubjpass", "attr", "oprd"}
PARTICLE_PREPS = {"out", "back", "over", "off"}
# the prepositions whose object is the place taken or left ("control of", "drove them from", "pulled out of"),
# not where the act happened ("seized cigarettes at the port", "arrested in the town")
TAKEN_PREPS = {"of", "from", "out", "back", "over", "off"}
MAX_FRAME_STEPS = 5  # how far up the parse an accusation or a claim over an act is looked for
GRIEVANCE_PREPS = {"against", "over", "about"}
# the prepositions that put another happening beside the act ("seized the town after a gun battle"): what
# they take is when or why, not what the act was done to
SEQUENCE_PREPS = {"after", "before", "following", "amid", "despite", "since", "until"}
GRIEVANCE_VERBS = word_set("event_words", "grievance_verbs")
HARM_NEEDING_OBJECT = word_set("event_words", "harm_needing_object")


class Words:
    """The words of one part of an event, matched by word or by phrase (lemmas or forms in sequence)."""

    def __init__(self, tokens: list[Token], named: set[int] | None = None) -> None:
        tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
        # "<gpe>": a name the parse labels (of the tokens in NAMED only, when given)
        labels = {f"<{t.ent_type_.lower()}>" for t in tokens if t.ent_type_ and (named is None or t.i in named)}
        words = [t for t in tokens if not _day_name(t)]
        self.single = {t.lower_ for t in words} | {t.lemma_.lower() for t in words} | labels
        self.texts = (" " + " ".join(t.lower_ for t in words) + " ",
                      " " + " ".join(t.lemma_.lower() for t in words) + " ")

    def has(self, cue: frozenset[str]) -> bool:
        if self.single & cue:
            return True
        return any(phrase in text for phrase in _phrases(cue) for text in self.texts)


def _day_name(token: Token) -> bool:
    """Whether TOKEN names a month or a day in a date ("March 4", "on May 2"): no cue word ("march", "may")."""
    return token.ent_type_ in {"DATE", "TIME"} and token.pos_ == "PROPN"


_PHRASES: dict[frozenset[str], tuple[str, ...]] = {}


def _phrases(cue: frozenset[str]) -> tuple[str, ...]:
    """CUE's phrases of several words, spaced to match whole words: found once per cue list (a handful,
    asked of every word of every event), not on every question."""
    phrases = _PHRASES.get(cue)
    if phrases is None:
        phrases = _PHRASES[cue] = tuple(f" {c} " for c in cue if " " in c)
    return phrases


def attribution(token: Token) -> bool:
    """Whether TOKEN opens the phrase that tells who reports the act ("according to local officials"):
    those named there are its sources, not whom it was done to nor its doers."""
    return token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


def clause_of(token: Token) -> list[Token]:
    """The predicate's clause: its subtree without the other acts under it, with the noun a
    participle describes ("rockets fired from ...") and the verb an act noun hangs on."""
    excluded: set[int] = set()
    for t in token.subtree:
        if t.i != token.i and (t.dep_ in OTHER_ACTS or attribution(t)):
            excluded.update(x.i for x in t.subtree)
    tokens = [t for t in token.subtree if t.i not in excluded]
    if token.dep_ in {"acl", "relcl"} or token.pos_ == "NOUN":
        head = token.head
        tokens += [head] + [c for c in head.children if c.dep_ in {"compound", "amod", "nummod"}]
        if head.dep_ == "prep":
            tokens.append(head.head)
    if token.dep_ == "advcl" and token.tag_ == "VBG":  # "shells landed on the market, killing four": its means
        tokens += [t for c in token.head.children if c.dep_ in SUBJECTS for t in c.subtree]
    if token.dep_ == "conj":  # "attacked the base and killed four": the first verb's subject is this one's
        tokens += [t for c in token.head.children if c.dep_ in SUBJECTS for t in c.subtree]
    return tokens


def shared_objects(token: Token) -> list[Token]:
    """The objects a verb shares with the verb joined right after it ("stoned and burned a man", "beat and
    robbed two traders": the man was stoned too), where it has none of its own and the other no subject."""
    doc = token.doc
    if token.pos_ != "VERB" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in {"and", "or"} \
            or any(c.dep_ in OBJECT_DEPS for c in token.children):
        return []
    joined = doc[token.i + 2]
    if joined.dep_ != "conj" or joined.head.i != token.i or joined.pos_ != "VERB" \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children):
        return []
    return [c for c in joined.children if c.dep_ in OBJECT_DEPS]


def objects_of(token: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"prep", "prt", "xcomp"} or small_clause_noun(c)]
    if token.dep_ in {"acl", "relcl"}:
        stack.append(token.head)
    stack += shared_objects(token)
    if token.pos_ == "NOUN" and token.dep_ == "nsubj":  # "clashes broke out between police and protesters"
        stack += [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in {"between", "with"}]
    while stack:
        t = stack.pop()
        if attribution(t) or (t.dep_ == "prep" and t.lower_ in SEQUENCE_PREPS):
            continue
        if t.dep_ in {"prep", "prt", "xcomp"}:
            if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN":
                continue  # "the killing of three farmers by gunmen": the doer, not whom it was done to
            stack += [c for c in t.children if c.dep_ in OBJECT_DEPS | {"prep"}]
            continue
        out += [t] + [c for c in t.children if c.dep_ in {"compound", "amod", "nmod", "nummod"}]
        # "an explosive-laden boat", "a truck laden with explosives": what the thing is laden with is among
        # what it is
        out += laden_with(t)
        # "control of the district headquarters of Garma": what the control is of, read as an object
        # and the sides "between" or "with" whom it is ("a ceasefire between the two armed groups was agreed")
        stack += [x for c in t.children if c.dep_ == "prep" and c.lower_ in {"of", "between", "with"}
                  for x in c.children if x.dep_ == "pobj"]
        # "the army and the armed groups": each conjunct with its own modifiers
        out += [x for c in t.conjuncts
                for x in [c, *(m for m in c.children if m.dep_ in {"compound", "amod", "nmod", "nummod"})]]
        if t.pos_ == "VERB":  # "a rocket fired at the base was intercepted": the noun the participle describes
            out += [c for c in t.children if c.dep_ == "nsubj"]
        # "a tunnel used to store weapons", "a truck loaded with explosives": what the thing holds
        # (not the act itself when it is that clause: "traders killed by bandits")
        out += [x for c in t.children if c.dep_ == "acl" and c.i != token.i for x in c.subtree if x.pos_ == "NOUN"]
    return out


FRAME_PREPS = {"in", "during", "by"}
DYING_VERBS = {"die", "perish", "lose", "kill", "injure", "wound", "hurt", "maim"}


HOLDING_VERBS = {"contain", "hold", "carry", "store", "hide", "pack", "load", "fill"}


def contents_of(holder: Token) -> list[Token]:
    """The nouns a holder is told to hold ("a cache of coins", "a stash containing jewellery", "a depot
    filled with grain"): its "of" phrase, or the object of a clause of holding on it."""
    out = [g for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"
           for g in c.children if g.dep_ == "pobj"]
    for acl in (c for c in holder.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in HOLDING_VERBS):
        out += [o for o in acl.children if o.dep_ == "dobj"]
        out += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children if g.dep_ == "pobj"]
    return [x for o in out for x in [o, *o.conjuncts]]


def holding_other_goods(tokens: list[Token], holders: frozenset[str], goods: frozenset[str]) -> set[int]:
    """The holders among TOKENS told as holding no GOODS ("a cache of ancient coins", "a stash of
    letters"): a cache is arms only when it holds them or what it holds is not told ("an arms cache",
    "two caches were found")."""
    out: set[int] = set()
    for t in tokens:
        if t.lemma_.lower() not in holders and t.lower_ not in holders:
            continue
        if any(Words([c]).has(goods) for c in t.children if c.dep_ in {"compound", "amod", "nmod"}):
            continue  # "an arms cache", "an ammunition depot"
        contents = contents_of(t)
        held = [x for c in contents for x in [c, *(m for m in c.children if m.dep_ in {"compound", "amod"})]]
        if contents and not Words(held).has(goods):
            out.add(t.i)
    return out


def frame_victims(token: Token) -> list[Token]:
    """Those an act noun told in a frame befell: "five civilians lost their lives in the attack", "three
    children were killed in the raid": the subject of the dying or of the passive verb around it."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in FRAME_PREPS:
        return []
    verb = token.head.head
    if verb.pos_ != "VERB":
        return []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and verb.lemma_.lower() not in DYING_VERBS:
        return []
    return [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]


def taken_of(token: Token) -> list[Token]:
    """The place an act takes or leaves: its direct objects and passive subject, and what is taken
    control "of" or driven "from" ("regained control of the district", "pulled out of the town"), not
    where it happened ("seized a shipment at the port")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ in DIRECT_OBJECTS
             or (c.dep_ in {"prep", "prt"} and c.lower_ in TAKEN_PREPS)]
    if token.dep_ in {"acl", "relcl"}:
        stack.append(token.head)
    while stack:
        t = stack.pop()
        if t.dep_ in {"prep", "prt"}:
            stack += [c for c in t.children if c.dep_ == "pobj" or (c.dep_ == "prep" and c.lower_ in TAKEN_PREPS)]
            continue
        out += [t] + [c for c in t.children if c.dep_ in {"compound", "amod", "nmod"}] + list(t.conjuncts)
        stack += [x for c in t.children if c.dep_ == "prep" and c.lower_ in TAKEN_PREPS
                  for x in c.children if x.dep_ == "pobj"]
    return out


ENTERING_PREPS = {"into", "in"}


def takers_beside(token: Token, taking: frozenset[str]) -> list[Token]:
    """The verbs of another side taking or entering a place told beside a withdrawal ("the army withdrew
    and the rebels entered the town", "after the militia pulled out, troops moved into the district"): its
    conjuncts and the clauses it is joined to, whose verb (with its particle) is one of TAKING."""
    near = [c for c in token.children if c.dep_ in {"conj", "advcl", "parataxis"}]
    if token.dep_ in {"conj", "advcl", "parataxis"}:
        near.append(token.head)
    # (a particle parsed as a preposition too: "took it over the next day")
    return [v for v in near if v.pos_ == "VERB" and Words([v, *(c for c in v.children if c.dep_ == "prt"
                                                              or (c.dep_ == "prep" and c.lower_ in PARTICLE_PREPS))]
                                                          ).has(taking)]


def entered_of(token: Token) -> list[Token]:
    """The place a taker enters or takes: what taken_of reads, and what it moves "into"."""
    return taken_of(token) + [g for c in token.children if c.dep_ == "prep" and c.lower_ in ENTERING_PREPS
                              for g in c.children if g.dep_ == "pobj"]


def agreed_to(token: Token) -> bool:
    """An act the sides agreed to do ("agreed to resume peace talks", "agreed to swap prisoners"): the
    agreement itself is done, whatever is still to come of the act."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() == "agree" and head.tag_ != "VB" \
        and not any(c.dep_ == "neg" for c in head.children)


UNREALISED_AUX = {"will", "would", "may", "might", "could", "should", "shall", "must"}


def told_as_done(verb: Token) -> bool:
    """VERB is told as done: a finite verb, not negated nor under a modal ("agreed", "has boycotted";
    not "will agree", "to agree", "did not boycott")."""
    return verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"} \
        and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNREALISED_AUX) for c in verb.children)


def agreed_itself(token: Token) -> bool:
    """The agreeing told as done ("both sides agreed to a prisoner exchange", "have agreed on a truce"):
    the agreement is made, though what it holds is still to come."""
    return token.lemma_.lower() == "agree" and told_as_done(token)


def subject_of(token: Token) -> list[Token]:
    # "... exploded, injuring four": a participle's doer is its main clause's subject
    heads = [token] + ([token.head] if token.dep_ in {"conj", "xcomp"} or protest_purpose(token)
                       or (token.dep_ == "advcl" and token.tag_ == "VBG") else [])
    if token.dep_ in {"acl", "relcl"} and token.tag_ != "VBN":
        return list(token.head.subtree)
    out: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ in {"nsubj", "csubj"} or (child.dep_ == "agent"):
                out += list(child.subtree)
    if not any(c.dep_ == "agent" for c in token.children):  # "were ambushed and killed by militants"
        out += [t for agent in passive_agents(token) for t in agent.subtree if t not in out]
    if token.pos_ == "NOUN":
        out += [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}]
        # "the recapture of the town by government troops": the noun's doer
        out += [t for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
        if token.dep_ == "dobj" and not out:  # "the army announced the recapture of the town": the army's
            out += [t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if token.dep_ == "ccomp" and out and all(t.pos_ == "PRON" for t in out):
        # "the militia announced it was disbanding": the pronoun is the one who announces
        out += [t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
    return out


def protest_purpose(token: Token) -> bool:
    """A protest told as the purpose of an act done ("formed a human chain to protest the dam", "boycotted
    classes to protest the fees"): the act done was the protest."""
    return token.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and token.head.pos_ == "VERB" and told_as_done(token.head)


def unrealised(token: Token) -> bool:
    """A bare verb told as what is to be done ("want them to capture a province", "will retake"), not a
    past verb the tagger takes for a base form ("the army retook the town")."""
    if token.tag_ != "VB":
        return False
    if token.dep_ == "conj" and token.head.tag_ in {"VBD", "VBN", "VBZ", "VBP"} \
            and not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in token.children):
        return False  # "deployed troops and set up checkpoints": a past form like its base, told with a past verb
    return any(c.dep_ in {"aux", "auxpass"} for c in token.children) \
        or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def planned_with_head(token: Token) -> bool:
    """A bare verb conjoined to one told as to come ("will send troops and set up a base", "threatened to
    move into the town and set up a base"): with no auxiliary of its own, it is to come too."""
    # (a past tag on a form that is its base too is the tagger's guess: "to move in and set up")
    bare = token.tag_ == "VB" or (token.tag_ == "VBD" and token.lower_ == token.lemma_.lower())
    if token.dep_ != "conj" or not bare or any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in token.children):
        return False
    head = token.head
    return head.tag_ == "VB" and (head.dep_ == "xcomp" or any(
        c.dep_ in {"aux", "auxpass"} and (c.lower_ in UNREALISED_AUX or c.lower_ == "to") for c in head.children))


HEADLINE_DETS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}


def in_protest(token: Token) -> list[Token]:
    """The "protest" of an "in protest" phrase on TOKEN ("shut their shops in protest at the arrests")."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "protest"]


def headline_passive(token: Token) -> bool:
    """A headline's passive with its auxiliary left out ("Opposition MP arrested in dawn raid", "Two rockets
    intercepted over capital"): a past form at the root with a subject bare of articles and no object, no
    auxiliary. Its subject is what the act is done to. (Callers ask it of verbs that need an object.)"""
    if token.dep_ != "ROOT" or token.tag_ not in {"VBN", "VBD"}:
        return False
    if any(c.dep_ in {"dobj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp"} for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].pos_ in {"NOUN", "PROPN"} \
        and not any(c.dep_ in {"det", "poss"} and c.lower_ in HEADLINE_DETS
                    for c in subjects[0].children)


def undergone(token: Token, category: str) -> bool:
    """Whether TOKEN is a headline's passive of an act that needs an object: a coercion ("Journalist
    detained at airport") or a harm ("Protesters killed as police open fire")."""
    return (category == "COERCE" or (category == "ASSAULT" and token.lemma_.lower() in HARM_NEEDING_OBJECT)) \
        and headline_passive(token)


def undergoers(token: Token, category: str = "COERCE") -> list[Token]:
    """A headline passive's subject, the one the act is done to ("Journalist detained at airport")."""
    return [c for c in token.children if c.dep_ == "nsubj"] if undergone(token, category) else []


def subject_heads(token: Token) -> list[Token]:
    """The nouns that do the act: its subjects' heads, or the noun a participle describes."""
    heads = [c for c in token.children if c.dep_ in {"nsubj", "csubj"}]
    if token.dep_ in {"acl", "relcl"} and token.tag_ == "VBG":
        heads.append(token.head)
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        # "imposed sanctions on the regime, targeting ten officials": what was imposed does it
        heads += [c for c in token.head.children if c.dep_ == "dobj"]
    return heads


def doer_heads(token: Token, counted: bool = False) -> Words:
    """The nouns that do the act with their own modifiers, not the phrases on them ("a man" in "raped by a
    man on a bus", "the tanker" in "struck by the tanker"); COUNTED: also the people a count is of
    ("thousands of demonstrators")."""
    heads = doer_nouns(token, counted)
    return Words(heads + [m for h in heads for m in h.children if m.dep_ in {"compound", "amod", "det"}])


def doer_nouns(token: Token, counted: bool = False) -> list[Token]:
    """The nouns that do the act, bare of their modifiers ("drivers" of "bus drivers": people, no bus)."""
    verbs = [token] + ([token.head] if token.dep_ in {"conj", "xcomp"}
                       or (token.dep_ == "advcl" and token.tag_ == "VBG") else [])  # as subject_of reads them
    heads = [token.head] if token.dep_ in {"acl", "relcl"} and token.tag_ != "VBN" else []
    heads += [c for v in verbs for c in v.children if c.dep_ in {"nsubj", "csubj"}]
    heads += [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    heads += [g for c in passive_agents(token) if c.head.i != token.i for g in c.children
              if g.dep_ == "pobj" and g not in heads]  # (the agent of the passive verb it is joined to)
    if token.dep_ == "ccomp" and heads and all(h.pos_ == "PRON" for h in heads):
        # "the air force said it had bombed": the pronoun is the one who reports (as subject_of reads it)
        heads += [c for c in token.head.children if c.dep_ == "nsubj"]
    if counted:
        heads += [g for h in heads if h.tag_ == "NNS" or h.pos_ == "NUM" for p in h.children
                  if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return heads


def without_whom_related(tokens: list[Token], relational: frozenset[str]) -> list[Token]:
    """TOKENS without the "of" phrase of a noun that names people by whom they stand against or by
    ("opponents of the military government", "families of the detained soldiers"): those named in it
    are not the doers."""
    dropped = {t.i for h in tokens if h.pos_ == "NOUN" and (h.lemma_.lower() in relational or h.lower_ in relational)
               for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    return [t for t in tokens if t.i not in dropped]


def largest_number(tokens: list[Token]) -> int:
    """The largest count written in digits on the nouns among TOKENS ("12 villagers", "1,500 people")."""
    figures = [int(t.text.replace(",", "")) for t in tokens if t.dep_ == "nummod" and t.text.replace(",", "").isdigit()]
    return max(figures, default=0)


def told_as_attributed(token: Token, attributing: frozenset[str]) -> bool:
    """An act told as what someone is accused of or claims ("accused the rebels of bombing the bridge",
    "took credit for the blast that killed ten"): the report is of the accusation or the claim."""
    node = token
    for _ in range(MAX_FRAME_STEPS):
        if node.head.i == node.i or node.dep_ in OTHER_ACTS:
            return False
        through_for = node.dep_ == "prep" and node.lower_ == "for"
        node = node.head
        if node.lemma_.lower() in attributing or node.lower_ in attributing:
            return True
        if through_for and any(c.dep_ == "dobj" and c.lemma_.lower() in attributing for c in node.children):
            return True  # "took credit for the bombing": the claim's noun is the verb's object
    return False


def told_as_examined(token: Token, reports: frozenset[str], examining: frozenset[str]) -> bool:
    """An act told in a report that someone is examining ("investigating reports that soldiers had looted
    homes", "looking into accounts that police shot protesters"): unverified, not told as done."""
    node = token
    for _ in range(MAX_FRAME_STEPS):
        if node.head.i == node.i or node.dep_ in OTHER_ACTS:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in reports:
            verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "into" else node.head
            return node.dep_ in {"dobj", "pobj", "nsubjpass"} and verb.lemma_.lower() in examining
    return False


def told_as_reason(token: Token, intervening: frozenset[str]) -> bool:
    """A protest told as the reason of another act ("sentenced to prison for taking part in protests",
    "expelled diplomats for joining rallies"): it is in the object of that act's "for", so it is not
    told as happening there. An arrest or a dispersal "for protesting" meets the protest itself."""
    node = token
    for _ in range(MAX_FRAME_STEPS):
        if node.head.i == node.i or node.dep_ in OTHER_ACTS | {"relcl", "advcl"}:
            return False
        if node.dep_ in {"pobj", "pcomp"} and node.head.lower_ == "for" and node.head.dep_ == "prep":
            act = node.head.head
            return act.pos_ == "VERB" and act.lemma_.lower() not in intervening and act.lower_ not in intervening
        node = node.head
    return False


def reason_tokens(act: Token, intervening: frozenset[str]) -> set[int]:
    """The words of an act's "for" phrase when it gives the act's reason ("jailed for covering the rallies");
    an arrest or a dispersal "for protesting" meets the protest, so its phrase is kept."""
    if act.lemma_.lower() in intervening or act.lower_ in intervening:
        return set()
    return {t.i for c in act.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}


def grievance_of(token: Token) -> set[int]:
    """The words of what a protest is against ("marched against police violence", "rallied to denounce
    the looting of shops"): its grievance, not what the protesters do."""
    staged = [c for c in token.children if c.dep_ == "dobj"]  # "staged a protest over the shootings"
    holders = [c for t in [token, *staged] for c in t.children if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS]
    # "shut their shops in protest at the arrests", "in protest against the killing"
    holders += [c for m in in_protest(token) for c in m.children
                if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS | {"at"}]
    holders += [o for c in token.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in GRIEVANCE_VERBS
                for o in c.children if o.dep_ == "dobj"]
    return {t.i for h in holders for t in noun_phrase(h)}


def noun_phrase(head: Token) -> list[Token]:
    """HEAD's words short of any verb under it (a clause in it tells acts of its own)."""
    out, stack = [head], [c for c in head.children if c.pos_ not in {"VERB", "AUX"}]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children if c.pos_ not in {"VERB", "AUX"}]
    return out


SIDE_PREPS = {"from", "of"}  # "seized Vassin from the rebels", "cleared Helvast of insurgents"
FIGHT_PREPS = {"after", "following", "amid", "during", "in"}  # "captured Belkor after fierce fighting"


def taken_from_a_side(token: Token, names: list[Token], sides: frozenset[str]) -> bool:
    """Whether a name is taken from an armed side, cleared of one, or one is driven out of it ("seized
    Vassin from the rebels", "cleared Helvast of insurgents", "drove the militants out of Tarsa"): nothing is
    taken from a side, nor a side driven out of, but a place."""
    side_of = [g for c in token.children if c.dep_ == "prep" and c.lower_ in SIDE_PREPS
               for g in c.children if g.dep_ == "pobj"]
    if any(n.dep_ in DIRECT_OBJECTS for n in names) and any(_a_side(g, sides) for g in side_of):
        return True
    driven = any(c.dep_ == "dobj" and _a_side(c, sides) for c in token.children)
    return driven and any(n.dep_ == "pobj" and n.head.lower_ in SIDE_PREPS for n in names)


def _a_side(noun: Token, sides: frozenset[str]) -> bool:
    return Words([noun, *(m for m in noun.children if m.dep_ in {"compound", "amod"})]).has(sides)


def fight_told_with(token: Token, fights: frozenset[str]) -> bool:
    """Whether the act is told with a fight it followed ("captured Belkor after fierce fighting", "took
    Dorvina following clashes with the army"): what a force takes after a battle is a place."""
    return Words([t for c in token.children if c.dep_ == "prep" and c.lower_ in FIGHT_PREPS
                  for t in c.subtree]).has(fights)
