"""Entity linking: knowledge-base hits and people named in the text become actor and place mentions.

- A capital or country that acts ("Kabul rejected...") is its government or state; otherwise a place.
- People not in the knowledge base become actors from their context: apposition and titles give
  their role and affiliation ("Taliban spokesman X", "X, a member of the Afghan negotiating team").
- Spelling variants of a name resolve to one person (same document first, then known people), with
  rapidfuzz at a conservative threshold; a surname alone ("Shaheen said") is the person named before.
- "the group", "the militants", "he" resolve to the nearest compatible antecedent (for the event and
  claim extractors; they are not reported as mentions).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.people import Lookups, PersonIndex, _norm
from accordwatch.extract.senses import ambiguous_spans, report_country, sense_of
from accordwatch.extract.word_lists import word_list
from accordwatch.kb import KnowledgeBase, norm_alias
from accordwatch.kb.knowledge_base import AmbiguousName, slug
from accordwatch.model import Actor, Mention
from accordwatch.nlp import SPAN_KEY

TITLES = re.compile(
    r"^(?:(?:mr|mrs|ms|dr|gen|general|lt|col|colonel|maj|major|capt|captain|sgt|adm|admiral|brig|"
    r"mullah|maulvi|mawlawi|sheikh|haji|hajji|president|prime\s+minister|minister|ambassador|envoy|"
    r"senator|sen|rep|spokesman|spokesperson|spokeswoman|commander|chief|deputy|secretary|king|prince|"
    r"emir|amir|qari|engineer|eng|justice|judge|governor|gov|lieutenant|lt\.\s*gen|sir)\.?\s+)+",
    re.IGNORECASE,
)
ROLE_NOUNS = {
    "spokesman", "spokesperson", "spokeswoman", "member", "members", "commander", "minister", "president",
    "envoy", "leader", "head", "chief", "official", "officials", "negotiator", "representative", "adviser",
    "advisor", "director", "secretary", "ambassador", "governor", "deputy", "general", "colonel",
    "officer", "chairman", "chairwoman", "founder", "diplomat", "analyst", "lawmaker", "senator",
    "mediator", "delegate", "aide", "chief executive", "emissary", "speaker", "mayor", "councillor",
    "emir", "king", "queen", "prince", "sheikh", "monarch", "premier", "chancellor",
}
ORG_KINDS = {"state", "government", "state_forces", "police", "igo", "igo_mission", "armed_group",
             "government_body", "intelligence", "political_party", "ngo", "media"}
KIND_PRIORITY = ["armed_group", "government", "state_forces", "government_body", "police", "igo_mission",
                 "igo", "intelligence", "state", "media", "political_party", "ngo", "group", "civilians",
                 "person"]
# common nouns for an armed group already named, or named by its spokesman ("the group", "the movement")
GROUP_NOUNS = frozenset(word_list("event_words", "group_reference_nouns"))
PERSON_PRONOUNS = {"he", "she", "him", "her"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent"}


def _best_actor(kb: KnowledgeBase, ids: list[str], context: Context) -> str:
    """One actor for an ambiguous alias: the kind most likely to act, then one already named here."""
    named = set(context.token_actor.values())
    def rank(actor_id: str) -> tuple[int, int, str]:
        actor = kb.actors[actor_id]
        kind = KIND_PRIORITY.index(actor.kind) if actor.kind in KIND_PRIORITY else len(KIND_PRIORITY)
        return (0 if actor_id in named else 1, kind, actor_id)
    return min(ids, key=rank)


LOCATIVE_PREPS = {"in", "at", "to", "from", "into", "near", "across", "around", "outside", "inside", "within",
                  "throughout", "toward", "towards", "via", "of", "between", "through", "over", "out", "off"}


# acts whose "between X and Y" names its sides
BETWEEN_SIDES = {"fighting", "clash", "clashes", "war", "talks", "talk", "negotiations", "conflict", "dispute",
                 "mediation", "agreement", "deal", "battle", "hostilities", "truce", "ceasefire", "exchange",
                 "tension", "tensions", "meeting", "summit"}
# nouns whose "of X" names the state they serve
BODY_NOUNS = {"government", "army", "military", "forces", "police", "ministry", "parliament", "embassy",
              "delegation", "leadership", "authorities", "navy", "air force", "cabinet", "regime"}


def _after_place(span: Span, context: Context) -> bool:
    """"Geneva, Switzerland": a name after a place and a comma says where, not who."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].text == "," and (
        doc[span.start - 2].i in context.token_place or doc[span.start - 2].ent_type_ in {"GPE", "LOC"})


def _acts(span: Span, context: Context, country: bool) -> bool:
    """Whether a place name stands for its government or state: "Kabul rejected", "blasted
    Washington", "Pakistan's army"; a country does unless it says where ("in Pakistan")."""
    head = span.root
    if head.dep_ in SUBJECT_DEPS | {"dobj", "poss", "dative"}:
        return True
    if _after_place(span, context):
        return False
    if head.dep_ in SUBJECT_DEPS | {"dobj", "poss", "dative"}:
        return True
    if head.dep_ == "pobj":
        owner = head.head.head
        if head.head.lower_ == "of" and (owner.lemma_.lower() in ROLE_NOUNS | BODY_NOUNS):
            return True  # "the emir of Qatar", "the government of Sudan": whose, not where
        if head.head.lower_ == "between" and owner.lemma_.lower() in BETWEEN_SIDES:
            return True  # "fighting between Armenia and Azerbaijan": the sides, not a place
        return head.head.lower_ not in LOCATIVE_PREPS
    return country and head.dep_ in {"compound", "amod", "nmod", "npadvmod", "conj", "appos"}


NAMED_PROVINCE = re.compile(r"^\s*(?:district)?\s*(?:,|of|in)\s+(?:the\s+)?"
                            r"([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)\s+[Pp]rovince")


def _district_in_named_province(span: Span, ids: list[str], kb: KnowledgeBase) -> str | None:
    """"Zarghun Shahr district, Paktiya province": the text's province decides a district the gazetteer
    puts elsewhere or spells otherwise ("Khugyani" / "Khogyani"): that province's district of a like
    name, else the province itself."""
    if not any(kb.places[i].kind == "district" for i in ids):
        return None
    following = span.doc[span.end:min(span.end + 12, len(span.doc))]
    match = NAMED_PROVINCE.match(following.text)  # the few words after (Doc.text is rebuilt per call)
    if match is None:
        return None
    provinces = [p for p in kb.places_named(match.group(1)) if kb.places[p].kind == "province"]
    if not provinces:
        return None
    province = kb.places[provinces[0]]
    inside = [i for i in ids if kb.places[i].kind == "district" and kb.places[i].admin1 == province.name]
    if inside:
        return inside[0]
    name = re.sub(r"\s+district$", "", norm_alias(span.text))
    alike = [p for p in kb.places.values() if p.kind == "district" and p.admin1 == province.name
             and fuzz.ratio(norm_alias(p.name), name) >= 85]
    return alike[0].id if alike else province.id


def _place_for(span: Span, ids: list[str], kb: KnowledgeBase) -> str:
    named = _district_in_named_province(span, ids, kb)
    if named is not None:
        return named
    following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    kinds = {kb.places[p].kind: p for p in ids}
    if following in {"province", "provinces"} and "province" in kinds:
        return kinds["province"]
    if following in {"city", "town"} and "city" in kinds:
        return kinds["city"]
    for kind in ("city", "country", "province", "district"):
        if kind in kinds:
            return kinds[kind]
    return ids[0]


def _mark(context: Context, span: Span, actor: str | None = None, place: str | None = None) -> None:
    for token in span:
        if actor:
            context.token_actor[token.i] = actor
        if place:
            context.token_place[token.i] = place
    generic = actor in GENERIC_COLLECTIVES
    if not generic and (context.is_news(span.start_char, span.end_char) or _in_heading(context, span)):
        context.mentions.append(Mention(context.document.id, span.start_char, span.end_char, span.text,
                                        actor=actor, place=place))


def _in_heading(context: Context, span: Span) -> bool:
    return any(a <= span.start_char and span.end_char <= b for a, b in context.document.spans_of("heading"))


def _link_kb_spans(context: Context, ambiguous: list[tuple[Span, AmbiguousName]]) -> list[Span]:
    """Knowledge-base names; an ambiguous name that holds one ("the National Security Council" holds
    "Security Council") is the longer name and is read in context instead (the caller drops an
    ambiguous name that a knowledge-base name covers)."""
    kb = context.kb
    linked = []
    spans = list(context.doc.spans[SPAN_KEY])
    longer = {t for a, _ in ambiguous for t in range(a.start, a.end)
              if not any(s.start <= a.start and a.end <= s.end for s in spans)}
    ambiguous[:] = [(a, n) for a, n in ambiguous if not any(s.start <= a.start and a.end <= s.end for s in spans)]
    for span in spans:
        ids = [i for i in span.kb_id_.split("|") if i]
        if not ids or any(t.i in longer for t in span):
            continue
        if span.label_ == "ACTOR":
            _mark(context, span, actor=_best_actor(kb, ids, context))
        else:
            place = _place_for(span, ids, kb)
            kind = kb.places[place].kind
            government = kb.capital_of.get(place)
            state = kb.places[place].code.lower() if kind == "country" and kb.places[place].code else None
            if (government or (state and state in kb.actors)) and _acts(span, context, country=bool(state)):
                _mark(context, span, actor=government or state)
            else:
                _mark(context, span, place=place)
        linked.append(span)
    return linked


# ---------------------------------------------------------------------------------------- people

def clean_person_name(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    text = TITLES.sub("", text).strip(" ,.")
    return re.sub(r"\s+", " ", text)


def _affiliation(context: Context, span: Span) -> tuple[str | None, str | None]:
    """(organisation, role) from the words around a person's name."""
    doc = context.doc
    head = span.root
    region: list[Token] = []
    # titles and compounds before the name: "Taliban spokesman X"
    region += [t for t in head.subtree if t.i < span.start]
    # apposition after: "X, one of the rebels' delegates to the talks"
    for child in head.children:
        if child.dep_ in {"appos", "relcl", "acl"} and child.i > span.end - 1:
            region += list(child.subtree)
    # apposition before: "Spokesperson for the Taliban's office, X, said"
    if head.dep_ == "appos" and head.head.i < span.start:
        region += [t for t in head.head.subtree if t.i < span.start]
    # "X, spokesman for the Taliban" parsed loosely: look a few tokens to the right after a comma
    if span.end < len(doc) and doc[span.end].text == ",":
        window = doc[span.end + 1: min(len(doc), span.end + 9)]
        if any(t.lower_ in ROLE_NOUNS for t in window[:4]):
            region += list(window)
    # "Spokeswoman for the rebel council in Havana, X,": the parser hangs X off the nearest noun;
    # the role noun it stands beside is an ancestor
    for ancestor in list(head.ancestors)[:6]:
        if ancestor.lower_ in ROLE_NOUNS and ancestor.i < span.start:
            region += [t for t in ancestor.subtree if t.i < span.start]
            break
    role = next((t.lower_ for t in region if t.lower_ in ROLE_NOUNS), None)
    organisation = None
    for token in sorted(region, key=lambda t: abs(t.i - span.start)):
        actor_id = context.token_actor.get(token.i)
        actor = context.actor(actor_id)
        if actor is not None and actor.kind in ORG_KINDS and actor.kind != "media":
            organisation = actor.id
            break
    return organisation, role


def _link_people(context: Context, linked: list[Span], index: PersonIndex) -> None:
    doc = context.doc
    taken = {t.i for s in linked for t in s}
    local: list[Actor] = []
    for ent in doc.ents:
        if any(t.i in taken for t in ent):
            continue
        if ent.label_ in {"GPE", "LOC"}:
            _link_misspelt_country(context, ent)
            continue
        # "Vice-President Moody Awori" tagged as an organisation: a title makes it a person
        titled = (ent.start > 0 and TITLES.match(doc[ent.start - 1].text + " ") is not None) \
            or TITLES.match(ent.text.split()[0] + " ") is not None
        if ent.label_ != "PERSON" and not (ent.label_ in {"ORG", "NORP"} and titled):
            continue
        name = clean_person_name(ent.text)
        if not name or not re.search(r"[A-Z]", name):
            continue
        span = _trim_possessive(ent)
        actor = index.find(name, local)
        if actor is None and " " not in name:
            actor = _by_surname(name, local, index)
        if actor is None:
            actor = Actor(f"person:{slug(name)}", name, "person", [name])
        if actor.kind != "person":
            _mark(context, span, actor=actor.id)
            continue
        if actor.id not in context.kb.actors:  # the knowledge base is shared and never changed here
            if _norm(name) not in {_norm(a) for a in [actor.name, *actor.aliases]}:
                actor.aliases.append(name)
            if len(name) > len(actor.name) and " " in name:
                actor.name = name
            organisation, role = _affiliation(context, ent)
            if organisation and not actor.affiliation:
                actor.affiliation = organisation
            if role and not actor.role:
                actor.role = role
        if actor not in local:
            local.append(actor)
        if actor.id not in context.kb.actors:
            context.new_actors[actor.id] = actor
        _mark(context, span, actor=actor.id)
        taken.update(t.i for t in ent)
    _link_bare_surnames(context, local, taken)


# the last word of an organisation's name that says what kind it is ("the Umma party", "Kurdistan
# Workers' Party", "Oromo Liberation Front"): names the knowledge base does not hold become actors
ORGANISATION_HEADS = {
    "party": "political_party", "front": "armed_group", "movement": "group", "army": "armed_group",
    "brigade": "armed_group", "brigades": "armed_group", "militia": "armed_group", "tigers": "armed_group",
    "union": "group", "league": "group", "alliance": "group", "council": "government_body",
    "committee": "group", "association": "ngo", "federation": "group", "congress": "political_party",
    "forum": "group", "coalition": "group", "network": "armed_group", "organisation": "group",
    "organization": "group", "court": "government_body", "parliament": "government_body",
}


def _organisation_spans(doc: Doc) -> list[Span]:
    """Named organisations: the parser's, and proper names before a kind word it missed ("the Umma party")."""
    spans = [e for e in doc.ents if e.label_ in {"ORG", "NORP"}]
    # (looked up through the lower-case hashes: making a Token for every word is the slow part)
    heads = {doc.vocab.strings.add(word) for word in ORGANISATION_HEADS}
    for i in [i for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in heads]:
        token = doc[i]
        if not token.ent_type_:
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
            if names:
                spans.append(doc[min(c.left_edge.i for c in names):token.i + 1])
    return spans


def _link_unknown_organisations(context: Context, reserved: set[int]) -> None:
    taken = set(context.token_actor) | set(context.token_place) | reserved
    for ent in _organisation_spans(context.doc):
        if any(t.i in taken for t in ent):
            continue
        span = _trim_possessive(ent)
        words = span.text.split()
        kind = ORGANISATION_HEADS.get(words[-1].lower()) if words else None
        if kind is None or len(words) < 2:
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.I)
        actor = Actor(f"org:{slug(name)}", name, kind, [name])
        context.new_actors.setdefault(actor.id, actor)
        _mark(context, span, actor=actor.id)


def _link_misspelt_country(context: Context, ent: Span) -> None:
    """A place name the knowledge base does not know, close to a country's ("Ethopia")."""
    key = norm_alias(ent.text)
    if len(key) < 5:
        return
    best, best_score = None, 0.0
    for place in context.kb.places.values():
        if place.kind != "country":
            continue
        score = fuzz.ratio(key, norm_alias(place.name))
        if score > best_score:
            best, best_score = place, score
    if best is not None and best_score >= 90:
        state = (best.code or "").lower()
        if state in context.kb.actors and _acts(ent, context, country=True):
            _mark(context, ent, actor=state)
        else:
            _mark(context, ent, place=best.id)


def _trim_possessive(ent: Span) -> Span:
    if len(ent) > 1 and ent[-1].text in {"'s", "’s"}:
        return ent[:-1]
    return ent


def _by_surname(name: str, local: list[Actor], index: PersonIndex) -> Actor | None:
    """A surname alone is the one person of this document, or else of all known, who bears it."""
    key = _norm(name)
    here = {a.id: a for a in local if any(_norm(x).split()[-1:] == [key] for x in [a.name, *a.aliases]
                                          if " " in x)}
    if len(here) == 1:
        return next(iter(here.values()))
    return index.sole_bearer(key)


def _link_bare_surnames(context: Context, local: list[Actor], taken: set[int]) -> None:
    """A surname that NER missed ("Bek told reporters") is still the person named before."""
    surnames: dict[str, Actor] = {}
    for actor in local:
        for alias in [actor.name, *actor.aliases]:
            parts = alias.split()
            if len(parts) > 1:
                surnames[parts[-1]] = actor
    for token in context.doc:
        if token.i in taken or token.i in context.token_actor:
            continue
        actor = surnames.get(token.text)
        if actor is not None and token.pos_ == "PROPN":
            _mark(context, context.doc[token.i:token.i + 1], actor=actor.id)


# ---------------------------------------------------------------------------------- references

# collectives that are actors in events but not named entities (not reported as mentions)
GENERIC_COLLECTIVES = {"insurgents", "civilians", "protesters", "opposition", "aid_workers"}
GOVERNMENT_NOUNS = {"government", "administration", "authorities", "cabinet", "regime"}
FIRST_PERSON = {"we", "our", "us", "ours"}
SPEECH_LEMMAS = {"say", "tell", "tweet", "add", "state", "write", "post", "clarify", "insist", "stress"}


def resolve_references(context: Context) -> None:
    """'the group', 'the militants', 'he', 'the government', 'we' in a quote: the nearest compatible
    antecedent (the speaker's organisation for 'we')."""
    doc = context.doc
    last: dict[str, str] = {}  # person | group | government -> the last such actor named
    for token in doc:
        actor_id = context.token_actor.get(token.i)
        if actor_id == "insurgents" and definite(token):
            # "the insurgents" after "the Taliban", or told by a Taliban spokesman
            own = last.get("group") or _speakers_group(context, token)
            if own is not None:
                context.token_actor[token.i] = own
                continue
        if actor_id is not None:
            actor = context.actor(actor_id)
            if actor is not None and actor.kind == "person":
                last["person"] = actor_id
            elif actor is not None and actor.kind == "armed_group" and actor_id != "insurgents":
                last["group"] = actor_id
            elif actor is not None and actor.kind == "government":
                last["government"] = actor_id
            continue
        lower = token.lower_
        if lower in PERSON_PRONOUNS and "person" in last and token.dep_ in SUBJECT_DEPS | {"poss"}:
            context.token_actor[token.i] = last["person"]
        elif lower in GROUP_NOUNS and "group" in last and definite(token):
            context.token_actor[token.i] = last["group"]
        elif lower in GROUP_NOUNS and definite(token) and (own := _speakers_group(context, token)) is not None:
            # "the group freed 15 soldiers, its spokesman said": named only by the one who speaks for it
            context.token_actor[token.i] = own
        elif lower in GOVERNMENT_NOUNS and definite(token) \
                and not any(c.dep_ in {"amod", "compound"} for c in token.children):
            if "government" not in last:
                focal = _focal_government(context)
                if focal is None:
                    continue
                last["government"] = focal
            context.token_actor[token.i] = last["government"]
    _resolve_first_person(context)


def _speakers_group(context: Context, token: Token) -> str | None:
    """The armed group whose spokesman tells TOKEN's sentence, if it is one."""
    sentence = context.sentence_of(token)
    speaker = _speaker_near(context, [sentence])
    if speaker is None:
        return None
    actor = context.new_actors.get(speaker)
    group = (actor.affiliation if actor is not None else None) or context.org(speaker) or speaker
    known = context.actor(group)
    return group if known is not None and known.kind == "armed_group" else None


def _focal_government(context: Context) -> str | None:
    """'The government' in a report that has named none is the government of the country the report
    is about."""
    country = report_country(context)
    return context.kb.government_of.get(country) if country else None


QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,800})[\"”]")


def _speaker_near(context: Context, sentences: list[Span]) -> str | None:
    for sentence in sentences:
        for verb in sentence:
            if verb.lemma_.lower() in SPEECH_LEMMAS:
                subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
                if subject is not None and subject.i in context.token_actor:
                    return context.token_actor[subject.i]
                # "the Taliban spokesman said": the organisation named on the speaker's title
                named = [context.token_actor[c.i] for c in (subject.children if subject is not None else [])
                         if c.dep_ in {"compound", "poss", "amod", "nmod"} and c.i in context.token_actor]
                if named:
                    return named[0]
    return None


def _resolve_first_person(context: Context) -> None:
    """'We' and 'our' inside a quote (which may run over several sentences) stand for the
    organisation of whoever the quote is attributed to: in the sentence where it closes, the next
    one, or the one where it opens ("X said: ...")."""
    doc = context.doc
    sentences = context.sentences
    starts = [s.start_char for s in sentences]
    for match in QUOTED.finditer(doc.text):
        opening = max(i for i, start in enumerate(starts) if start <= match.start())
        closing = max(i for i, start in enumerate(starts) if start <= match.end() - 1)
        speaker = _speaker_near(context, [*sentences[closing:closing + 2], sentences[opening]])
        if speaker is None:
            continue
        organisation = context.org(speaker)
        actor = context.new_actors.get(speaker)
        if actor is not None:
            organisation = actor.affiliation or speaker
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        for token in span or []:
            if token.lower_ in FIRST_PERSON and organisation:
                context.token_actor.setdefault(token.i, organisation)
                owner = token.head
                if token.dep_ == "poss" and context.token_actor.get(owner.i) in GENERIC_COLLECTIVES | {None}:
                    context.token_actor[owner.i] = organisation  # "our fighters": the speaker's own


def definite(token: Token) -> bool:
    return any(c.lower_ in {"the", "this", "that"} for c in token.children if c.dep_ == "det")


def _link_ambiguous_names(context: Context, found: list[tuple[Span, AmbiguousName]]) -> None:
    """Names that mean different actors in different reports take the sense that fits this one."""
    country = report_country(context)
    for span, name in found:
        if any(t.i in context.token_actor for t in span):
            continue
        actor_id = sense_of(context, span, name, country)
        if actor_id is not None:
            _mark(context, span, actor=actor_id)


def link_entities(context: Context, known_people: dict[str, Actor], threshold: float = 90.0,
                  lookups: Lookups | None = None) -> None:
    ambiguous = ambiguous_spans(context.doc, context.kb)
    linked = _link_kb_spans(context, ambiguous)
    ambiguous_tokens = {t.i for span, _ in ambiguous for t in span}
    _link_ambiguous_names(context, ambiguous)  # before people: "the spokesman for the ministry, X"
    _link_people(context, linked + [span for span, _ in ambiguous], PersonIndex(context.kb, known_people, threshold,
                                                                                  lookups))
    _link_unknown_organisations(context, ambiguous_tokens)  # an unresolved name is not a new organisation
    resolve_references(context)
    context.mentions.sort(key=lambda m: m.start)
