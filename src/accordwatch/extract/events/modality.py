"""Whether and how an act is told as done: negation, condition, plan, promise, demand, hypothesis; an act
that is the content of another (a request, a refusal), an attempt or the aim of another act; and the
category these turn a predicate's sense into.
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.events.common import VIOLENT, _governor_chain
from accordwatch.extract.events.predicates import _object_words, match_predicate
from accordwatch.extract.lexicon import CONDITIONING, COOPERATIVE, DEMANDING, PLANNING, REFUSING, Sense
from accordwatch.extract.word_lists import word_set

# Categories whose complement is the content of the act, not a separate event.
FRAMING = {"REQUEST", "REJECT", "THREATEN", "ACCUSE"}
RELEASE_NOUNS = word_set("event_words", "release_nouns")


def _negation_scope(token: Token) -> list[Token]:
    """TOKEN and the verbs whose negation reaches it: "did not want [to include]", "refused to
    [abide ... and release]" (not through adverbial or reported clauses)."""
    chain = [token]
    node = token
    while node.dep_ in {"xcomp", "acomp", "conj"} and node.head.i != node.i:
        node = node.head
        chain.append(node)
    return chain


UNDERTAKING_NOUNS = word_set("event_words", "undertaking_nouns")


def _noun_frame(token: Token) -> Token | None:
    """"no commitment [to free]", "a plan [to withdraw]": the undertaking noun an act hangs on."""
    if token.dep_ in {"acl", "xcomp", "relcl"} and token.head.pos_ == "NOUN" \
            and token.head.lemma_.lower() in UNDERTAKING_NOUNS:
        return token.head
    return None


FEARING = word_set("event_words", "fearing_verbs")
FEARED_PREPS = {"of", "about", "for"}


def _feared(noun: Token) -> bool:
    """Whether the act NOUN is what someone fears, expects or warns of ("fear renewed clashes", "braced for
    an offensive", "warned of attacks"): still to come."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in FEARED_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in FEARING


def _negated(token: Token) -> bool:
    frame = _noun_frame(token)
    if frame is not None and any(c.lower_ in {"no", "never"} for c in frame.children):
        return True
    # "carried out no strike", "made no attacks": the act named by a negated object of a light verb
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    # "made no attacks", and "no ceasefire has been signed", "no shots were fired": an argument none of
    # which there was
    if any(c.dep_ in {"dobj", "nsubjpass", "nsubj"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in token.children):
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


TERM_FRAMES = word_set("event_words", "term_frames")
PROVIDING_VERBS = word_set("event_words", "providing_verbs")
AGREEMENT_NOUNS = word_set("event_words", "agreement_nouns")


def _a_term(token: Token) -> bool:
    """What an agreement holds, not what was done: "the deal provides for the release of 706", "the plan
    includes freeing 181", "a plan under which 887 are to be released"."""
    # "the agreement includes the release of 1,000": the release verb whose subject is the agreement is
    # the term (other senses of these verbs, "the declaration called on", are the agreement's own acts)
    sense = match_predicate(token) if token.lemma_.lower() in PROVIDING_VERBS else None
    if sense is not None and sense[0].category == "RETREAT" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in AGREEMENT_NOUNS for c in token.children):
        return True
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        # ("the deal is including the release of": the parser may hang the verb on its auxiliary)
        holders = [*node.children, *(node.head.children if node.dep_ in {"prep", "xcomp", "advcl"} else [])]
        if node.lemma_.lower() in PROVIDING_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in AGREEMENT_NOUNS for c in holders):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"xcomp", "ccomp", "pcomp", "acl", "prep", "pobj"}:
            return False
    return False


def _planned(token: Token) -> bool:
    """"will release", "promised to release", "willing to release": an act announced, not done; "is to
    free", "are due to be exchanged", "is supposed to free", "is obliged to release": a term or a
    schedule, not done either."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would"} for c in token.children):
        return True
    if _a_term(token):
        return True
    # a bare to-infinitive heading its clause ("... the plan provided for the army to free 500", parsed
    # with "free" as the root) tells no act as done
    # ("the arrangement is for Kabul to release 300", "a deal to free 5,000": an aim or a term, never
    # a telling that it was done)
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    marked_for = any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
    if to_infinitive and token.tag_ == "VB" and (
            token.dep_ in {"ROOT", "advcl", "acl"} or marked_for
            or (token.dep_ == "conj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children))):
        return True
    if _noun_frame(token) is not None:
        return True
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in ORDERING:
        return True  # "signed a decree ordering the release of 1,500": directed, not yet done
    if token.pos_ == "NOUN" and _feared(token):
        return True  # "residents fear renewed clashes", "warned of attacks": dreaded, not done
    node = token
    while node.dep_ in {"xcomp", "acomp"} and node.head.i != node.i:  # to-infinitives only
        below, node = node, node.head
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        if node.lemma_.lower() in PLANNING | CONDITIONING or (to_infinitive and node.lemma_.lower() in TERM_FRAMES) \
                or any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in node.children):
            return True  # "will force them to retaliate": what they are made to do is yet to come
    return False


ORDERING = word_set("event_words", "ordering")

PROMISING_VERBS = word_set("event_words", "promising_verbs")


def _promised(token: Token) -> bool:
    """Under an explicit promise or offer ("promised ... would release", "offered to free")."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "acomp"} or node.head.i == node.i:
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
        if node.head.i == node.i or node.dep_ not in {"conj", "xcomp", "ccomp", "advcl"}:
            return False
        node = node.head
    return False


DEMAND_NOUNS = word_set("event_words", "demand_nouns")


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


PROMISING = word_set("event_words", "promising")


def _content_carries_event(token: Token, sense: Sense) -> bool:
    """"offered to negotiate", "agreed to share": the complement is the event, not the offer."""
    if token.lemma_.lower() not in PROMISING:
        return False
    # "agreed that their countries should cooperate": what ought to be done is the content of the
    # agreement, which is the act
    return any(c.dep_ in {"xcomp", "ccomp"} and match_predicate(c) is not None
               and not any(a.dep_ == "aux" and a.lower_ in {"should", "must", "ought"} for a in c.children)
               for c in token.children)


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
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            aux = {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass"}}
            # "the release should have begun", "the handover must start": what ought to be, not what was
            if aux & {"will", "shall", "'ll", "would", "should", "must", "ought"} or _planned(node) \
                    or node.lemma_.lower() in {"suppose", "mean", "expect", "schedule", "due", "plan"}:
                return True
            if node.dep_ not in {"xcomp", "ccomp", "advcl", "conj"} and node.tag_ != "VB":
                return False
    return False


ACCUSING = word_set("event_words", "accusing_verbs")


def accusing_verb(token: Token) -> Token | None:
    """"accused the US of violations, saying US troops had carried out a drone strike": the verb of the
    accusation an act is told to support (such an act is alleged, not established)."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"advcl", "ccomp", "xcomp", "pcomp", "pobj", "prep"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in ACCUSING:
            return node
    return None


VIOLATION_WORDS = word_set("event_words", "violation_words")


def of_violation(token: Token) -> bool:
    """"accused Kabul of violating the agreement", "charged the US with breaches of the truce", "blamed the
    rebels for violations": an accusation that the agreement was broken."""
    words = [t for t in token.subtree if t.lower_ in VIOLATION_WORDS or t.lemma_.lower() in VIOLATION_WORDS]
    if not words:
        return False
    agreements = [t for t in token.subtree if t.lemma_.lower() in AGREEMENT_NOUNS]
    # a bare "violations" (no "of human rights") is of the agreement the report is about
    bare = any(not any(c.dep_ in {"prep", "dobj"} for c in w.children) for w in words if w.pos_ == "NOUN")
    return bool(agreements) or bare


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
    elif sense.category != "ACCUSE" and accusing_verb(token) is not None:
        modality = "alleged"
    if negated:
        if category == "CONSULT":
            return "SANCTION", "withdraw", "asserted", True  # refusing talks is a boycott
        if category in COOPERATIVE:
            return "REJECT", "yield" if category in {"RETREAT", "CONCEDE"} else None, "asserted", True
        if category != "REJECT":
            modality = "denied"
    if category == "AGREE" and _object_words(token) & RELEASE_NOUNS:
        category, mode, modality = "AGREE", "release", "planned"  # "agreed to a staged release"
    if modality in {"conditional", "planned"}:
        if _unless(token) and category in {"RETREAT", "SANCTION", "ASSAULT", "COERCE", "REJECT"}:
            return "THREATEN", mode, "conditional", negated  # "will withdraw ... unless": a threat
        if category in VIOLENT | {"SANCTION"}:
            # "will strike back", "will respond if the raids go on": force announced is a threat
            return "THREATEN", "violence" if category in VIOLENT else mode, modality, negated
        if category in {"RETREAT", "CONCEDE"}:
            category = "AGREE"  # PLOVER: a release (a concession) promised, offered or announced is an undertaking
        elif category in {"CONSULT", "SUPPORT", "COOPERATE", "AID"}:
            category = "AGREE"  # "will free", "willing to withdraw", "will meet": an undertaking
    return category, mode, modality, negated


def _unless(token: Token) -> bool:
    for node in [token, *_governor_chain(token)]:
        for child in node.children:
            if child.dep_ == "advcl" and any(m.lower_ == "unless" for m in child.children):
                return True
    return False


ATTEMPTING = word_set("event_words", "attempting")


def _attempted(token: Token) -> bool:
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPTING


DISPATCHING = word_set("event_words", "dispatching")


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
