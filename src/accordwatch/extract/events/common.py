"""Shared by the event modules: dependency labels, the event categories of force, the count fields,
and walks of the parse from a predicate to its governors and prepositional objects.
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.word_lists import word_set
from accordwatch.model import Event

# dependency labels of a predicate's subject and objects
SUBJECTS = {"nsubj", "csubj"}
OBJECTS = {"dobj", "obj", "attr", "oprd"}
# the categories of force
VIOLENT = {"ASSAULT", "COERCE"}
# a quantity's unit -> the event field its count goes in
COUNT_FIELDS = {"killed": "dead", "injured": "injured", "casualties": "size", "arrested": "arrested",
                "prisoners": "prisoners"}


def small_clause_noun(child: Token) -> bool:
    """Whether CHILD is the noun a small clause makes of a verb's object ("made it their base", "made the
    fort its headquarters" parsed with the object as that noun's subject): an object of the verb too."""
    return child.dep_ == "ccomp" and child.pos_ == "NOUN" and any(g.dep_ == "nsubj" for g in child.children)


LADEN = word_set("event_words", "laden_words")  # "an explosive-laden boat": what it holds is under them


def laden_with(noun: Token) -> list[Token]:
    """What NOUN is told as laden or packed with, before it ("an explosive-laden boat", "a bomb-rigged car")
    or after it ("a truck laden with explosives and rockets")."""
    before = [x for g in noun.children if g.dep_ in {"compound", "amod"} and g.lower_ in LADEN
              for x in g.children if x.dep_ in {"compound", "amod", "npadvmod", "nmod"}]
    after = [x for g in noun.children if g.dep_ in {"amod", "acl"} and g.lower_ in LADEN
             for p in g.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj" for x in [o, *o.conjuncts]]
    return before + after


def with_compounds(noun: Token) -> set[str]:
    """NOUN with its compounds before it ("command centre", "protest signs"), in its form and its lemma:
    empty with none (the lexicon writes its objects of two words so)."""
    compounds = [g for g in noun.children if g.dep_ == "compound" and g.i < noun.i]
    if not compounds:
        return set()
    head = " ".join(g.lower_ for g in compounds)
    return {f"{head} {noun.lower_}", f"{head} {noun.lemma_.lower()}"}


def aimed_at(token: Token, preps: set[str]) -> list[Token]:
    """What the act is aimed at through one of PREPS ("struck at the base", "fired on the convoy"), not a day
    ("on Monday", "at dawn" told as a time)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]


def _prep_nouns(prep: Token) -> list[Token]:
    """The noun(s) a preposition governs; for "with [the government negotiating...]" the clause's subject."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    nouns += [s for g in prep.children if g.dep_ == "pcomp" for s in g.children if s.dep_ in {"nsubj", "dobj"}]
    if not nouns:  # "walked out of talks", "away from the table": the inner preposition's noun
        nouns = [g for p in prep.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return nouns


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


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of PREPS on the predicate, on its object ("halt to attacks") or one preposition down
    ("take part in discussions with the government")."""
    out: list[Token] = []
    nouns = [c for c in token.children if c.dep_ in OBJECTS]
    # ("according to a statement from the council": the source of the report, not a party to the act)
    nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ != "according" for g in _prep_nouns(c)]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out += _prep_nouns(child)
    for noun in nouns:
        for grandchild in noun.children:
            if grandchild.dep_ == "prep" and grandchild.lower_ in preps:
                out += [g for g in _prep_nouns(grandchild) if g not in out]
    return out


ANAPHORIC_DETS = word_set("event_words", "anaphoric_dets")


def _has_count(event: Event) -> bool:
    return any(getattr(event, f) is not None for f in ("dead", "injured", "size", "arrested", "prisoners"))


OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "csubj"}


def passive_partner(token: Token) -> Token | None:
    """The passive verb a participle joined to it shares its voice and its patient with ("the girl was
    raped and murdered by two men": "murdered" is passive too, done to the girl; not "was arrested and
    has confessed", which has a subject of its own)."""
    if token.dep_ != "conj" or token.tag_ != "VBN" or any(c.dep_ in OWN_CLAUSE_DEPS for c in token.children):
        return None
    head = token.head
    return head if head.pos_ == "VERB" and any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children) else None


def passive_agents(token: Token) -> list[Token]:
    """The "by" phrases of a passive verb, its own or, where it has none, those of the passive verbs it is
    joined to ("were ambushed and killed by militants": the parse hangs the agent on the last)."""
    own = [c for c in token.children if c.dep_ == "agent"]
    if own:
        return own
    partner = passive_partner(token)
    joined = [partner] if partner is not None else [c for c in token.conjuncts if _partner_index(c) == token.i]
    return [c for v in joined for c in v.children if c.dep_ == "agent"]


def _partner_index(token: Token) -> int | None:
    partner = passive_partner(token)
    return partner.i if partner is not None else None
