"""Claims: who said what, through which channel, when, with what stance, about which events.

Direct quotes (the speaker named before, after, or by the reporting verb of the same sentence),
indirect speech ("X said that...", "according to X", "X told TOLOnews"), tweets and statements,
denials ("rejected", "baseless"), disputes. Consecutive statements by one speaker in a paragraph
or the next are one claim. Events told inside someone's claim get that speaker as `reported_by`;
an accusation of another party's violence is `alleged`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.entities import GROUP_NOUNS, ROLE_NOUNS, definite
from accordwatch.extract.events import actors_of
from accordwatch.extract.lexicon import ALLEGING, DENIAL_VERBS, DENIAL_WORDS, DISPUTE_VERBS, REPORTING
from accordwatch.kb.knowledge_base import slug
from accordwatch.model import Actor, Claim, DateValue, Event
from accordwatch.yaml_data import load_yaml

QUOTE = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
SOURCE_NOUNS = {"report", "statement", "tweet", "spokesman", "spokesperson", "post", "message", "release",
                "announcement", "communique", "communiqué", "letter", "video", "interview"}
CHANNEL_WORDS = {"tweet": "tweet", "twitter": "tweet", "statement": "statement", "interview": "interview",
                 "press": "press conference", "conference": "press conference", "report": "report",
                 "reporters": "reporters", "journalists": "reporters", "video": "video", "audio": "audio",
                 "message": "message", "post": "post", "facebook": "social media", "telegram": "social media"}
VIOLENT = {"ASSAULT", "COERCE"}


@lru_cache(maxsize=1)
def _statements() -> dict[str, Any]:
    """The statement lexicon (data/statements.yaml)."""
    path = resources.files("accordwatch.extract") / "data" / "statements.yaml"
    return load_yaml(path.read_text(encoding="utf-8")) or {}


def no_statement(verb: Token) -> bool:
    """"The Taliban have not commented", "X declined to comment", "X did not respond to a request
    for comment", "X could not be reached for comment": the reporting verb tells that nothing was said."""
    lexicon = _statements()
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return True
    governor = verb
    while governor.dep_ in {"xcomp", "ccomp"} and governor.head is not governor:
        governor = governor.head
        if governor.lemma_.lower() in lexicon["no_statement_governors"]:
            return True
        if any(c.dep_ == "neg" for c in governor.children) and verb.dep_ == "xcomp":
            return True  # "did not want to comment"
    return False


def _unreachable(sentence: Span) -> set[int]:
    """Subjects of "could not be reached for comment", "was unavailable for comment"."""
    words = set(_statements()["unreachable"])
    out: set[int] = set()
    for token in sentence:
        if token.lemma_.lower() in words and any(
                c.lower_ == "for" and any(g.lower_ == "comment" for g in c.children) for c in token.children):
            out |= {c.i for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return out


def _speaker(context: Context, verb: Token) -> list[str]:
    """Who says it: the subject of the reporting verb (a joined verb's shared subject, or the phrase
    before a closing "..., a spokesman for the ministry said" that the parser hung elsewhere)."""
    for child in _subjects(verb):
        # "Spokeswoman for the rebel council, Ana Ruiz, said": the person named speaks
        person = None
        if child.lemma_.lower() in ROLE_NOUNS:  # the appositive often hangs off the nearest noun
            person = next((context.token_actor[t.i] for t in child.subtree
                           if t.dep_ == "appos" and t.i in context.token_actor
                           and context.kind(context.token_actor[t.i]) == "person"),
                          None)
        if person:
            return [person]
        owner = _owner_of_title(context, child)
        if owner:  # "the spokesman for the top security body", "the ministry's spokesman"
            return [owner]
        actors = actors_of(context, child)
        if actors and {child.lemma_.lower(), child.lower_} & set(_statements()["unnamed_sources"]) \
                and all(context.kind(a) == "state" for a in actors):
            return []  # "Yemeni media reported": the source is unnamed, not the state
        if actors:
            return actors
        if child.lemma_.lower() in SOURCE_NOUNS:  # "a report by X noted", "X's statement said"
            for grandchild in child.subtree:
                actor = context.token_actor.get(grandchild.i)
                if actor:
                    return [actor]
    return []


def _subjects(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        # "X declined to comment on the list but said ...": X said
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        trailing = _trailing_subject(verb)
        subjects = [trailing] if trailing is not None else []
    return subjects


def _trailing_subject(verb: Token) -> Token | None:
    """"..., a spokesman for the ministry said.": the phrase between the comma and a closing reporting
    verb is its subject, also where the parser hung it elsewhere (on a place named before the comma)."""
    doc = verb.doc
    start = verb.i
    while start > max(0, verb.i - 9) and doc[start - 1].text not in {",", "\u201d", "\""}:
        start -= 1
    if start == verb.i or start == 0 or doc[start - 1].text != ",":
        return None
    phrase = doc[start:verb.i]
    if phrase.root.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return phrase.root


def _owner_of_title(context: Context, title: Token) -> str | None:
    """The organisation a title speaks for: "a spokesperson of the interior ministry", "the
    ministry's spokesman", "a spokesman for the Taliban" (the title itself names no one)."""
    if title.lemma_.lower() not in ROLE_NOUNS or title.i in context.token_actor:
        return None
    for child in title.children:
        if child.dep_ == "poss" and child.i in context.token_actor:
            return context.token_actor[child.i]
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "from", "at", "with"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in context.token_actor:
                    return context.token_actor[obj.i]
    return None


def _channel(context: Context, verb: Token, content: set[int]) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in {"tweet", "retweet"}:
        return "tweet"
    outlets = []
    for token in verb.subtree:
        if token.i in content:
            continue
        actor = context.actor(context.token_actor.get(token.i))
        if actor is not None and actor.kind == "media":
            outlets.append(actor.id)
    if outlets:
        return outlets[0]
    for token in verb.subtree:
        if token.i not in content and token.lower_ in CHANNEL_WORDS:
            return CHANNEL_WORDS[token.lower_]
    if verb.dep_ in {"acl", "relcl"} and verb.head.lower_ in CHANNEL_WORDS:
        return CHANNEL_WORDS[verb.head.lower_]
    return None


ADDRESSEES = {"reporters", "journalists", "media", "press", "lawmakers", "parliament", "audience"}


def _content(context: Context, verb: Token) -> set[int]:
    """Token indexes of what was said: clausal complements and quoted objects (not whom it was told
    to: "told AFP that...", "told reporters")."""
    out: set[int] = set()
    for child in verb.children:
        addressee = child.lower_ in ADDRESSEES or child.i in context.token_actor
        if child.dep_ in {"ccomp", "xcomp", "parataxis"} or (child.dep_ == "dobj" and not addressee):
            out |= {t.i for t in child.subtree}
    return out


def _date(context: Context, verb: Token, content: set[int]) -> DateValue | None:
    """When it was said: a time on the reporting verb itself ("tweeted on Monday", "in a tweet posted
    yesterday"), not one inside what was said or in a clause about something else."""
    for child in verb.children:
        if child.i in content or child.dep_ in {"advcl", "ccomp", "xcomp", "conj", "relcl", "parataxis"}:
            continue
        for token in child.subtree:
            expr = context.token_time.get(token.i)
            if expr is not None and expr.value is not None and token.i not in content:
                return expr.value
    return None


def _quotes(text: str) -> str:
    return " ... ".join(m.group(1).strip(" ,.") for m in QUOTE.finditer(text))


CONCESSIVE = re.compile(r"\b(though|although|however|but|while|whereas|yet)\b", re.I)


def stance_of(lemma: str, text: str, events: list[Event], speaker_org: str | None,
              org: Callable[[str], str | None]) -> str:
    """deny > accuse (another party's violence, or an accusation) > dispute > assert."""
    lowered = text.lower()
    if lemma in DENIAL_VERBS or any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in DENIAL_WORDS):
        return "deny"
    if any(e.category in VIOLENT and e.modality == "denied" and speaker_org in {org(a) for a in e.actors}
           for e in events):
        return "deny"  # "our fighters did not attack the convoy"
    others = [e for e in events if e.actors and speaker_org not in {org(a) for a in e.actors}]
    if lemma in DISPUTE_VERBS:
        return "dispute"  # "blamed the bombing on the army instead"
    if lemma in ALLEGING or any(e.category == "ACCUSE" and speaker_org in {org(a) for a in e.actors}
                                for e in events) or any(e.category in VIOLENT for e in others):
        return "accuse"
    if others and CONCESSIVE.search(text):
        return "dispute"  # "Though the government freed 200, the Taliban said they were unknown men"
    return "assert"


def _according_to(context: Context, sentence: Span) -> tuple[Token, list[str]] | None:
    """"according to X": X's actor (none for "according to the sources"), from the object of "to"
    and what stands beside it ("according to Ali, a ministry spokesman"), never from the content."""
    for token in sentence:
        if token.lower_ != "according" or token.i + 1 >= len(context.doc) or context.doc[token.i + 1].lower_ != "to":
            continue
        to = context.doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:  # the parser left "to" bare: the few words after it
            words = context.doc[to.i + 1: min(sentence.end, to.i + 6)]
            objects = [t for t in words if t.i in context.token_actor][:1]
        phrase = [t for o in objects for t in o.subtree]
        person = next((context.token_actor[t.i] for t in phrase if t.i in context.token_actor
                       and context.kind(context.token_actor[t.i]) == "person"), None)
        owners = [_owner_of_title(context, o) for o in objects]
        found = [person] if person else [o for o in owners if o] or \
            [context.token_actor[t.i] for t in phrase if t.i in context.token_actor]
        return token, found[:1]
    return None


def _own_outlet(context: Context) -> set[str]:
    """The document's own outlet: "..., Sputnik reported" in Sputnik's article is a byline, not a claim."""
    outlet = context.document.outlet
    return set(context.kb.actors_named(outlet)) if outlet else set()


def _events_of(verb: Token | None, content: set[int], sentence_events: list[Event],
               context: Context) -> list[Event]:
    """The events a statement is about: those told inside what was said, else the sentence's."""
    inside = [e for e in sentence_events if _event_tokens(e, context) & content]
    if inside:
        return inside
    if verb is not None:
        verb_event = [e for e in sentence_events if verb.i in _event_tokens(e, context)]
        if verb_event:
            return verb_event
    return sentence_events


def _event_tokens(event: Event, context: Context) -> set[int]:
    heads = set()
    for evidence in [event.evidence, *event.more_evidence]:
        span = context.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is not None:
            heads.add(span.root.i)
    return heads


def _in_sentence(event: Event, sentence: Span) -> bool:
    return any(sentence.start_char <= start < sentence.end_char for start in event.evidence_starts())


def build_claims(context: Context, events: list[Event]) -> list[Claim]:
    claims: list[Claim] = []
    linked: dict[int, list[Event]] = {}  # id(claim) -> the events it is about
    texts: dict[int, str] = {}  # id(claim) -> the sentences it was read from, for its stance
    paragraph_of = _paragraphs(context)
    own_outlet = _own_outlet(context)
    # the two sentences before: "X accused Y of ... 'quote,' X's spokesman said": the statement is
    # the source of its own side's acts of word and decision told just before, and a denial is about
    # its side's acts told before; an attack the writer tells stays the outlet's
    previous: list[Event] = []
    before_previous: list[Event] = []
    writers_own: list[Event] = []  # told in the outlet's own voice (no reporting verb, no source)
    pending: list[Event] = []  # a quote whose speaker is named in the next sentence
    pending_text = ""
    for sentence in context.news_sentences():
        sentence_text = context.text_of(sentence)
        sentence_events = [e for e in events if _in_sentence(e, sentence)]
        made: list[Claim] = []
        silent = _unreachable(sentence)
        said: set[int] = set()  # tokens of what the sentence's speakers said
        attributed = False  # a reporting verb with a subject: someone's words, even if not resolved
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING or no_statement(verb):
                continue
            subjects = _subjects(verb)
            attributed = attributed or bool(subjects)
            if any(c.i in silent for c in subjects) or verb.i in said:
                continue  # (a verb inside what someone said is theirs to tell: "X announced the talks had concluded")
            speakers = [s for s in _speaker(context, verb) if s not in own_outlet]
            if not speakers or any(c.speaker == speakers[0] for c in made):
                continue
            content = _content(context, verb)
            said |= content
            about = _events_of(verb, content, sentence_events, context)
            own = context.org(speakers[0])
            denial = stance_of(verb.lemma_.lower(), sentence_text, [], own, context.org) == "deny"
            backing = [e for e in before_previous + previous if not e.reported_by and e not in about
                       and (denial or e.category not in VIOLENT) and own in {context.org(a) for a in e.actors}]
            if denial:  # "troops held four Taliban men, the ministry said. The Taliban called it false"
                backing += [e for e in previous if e not in about + backing
                            and own in {context.org(a) for a in e.actors + e.recipients}]
            claim = _make_claim(context, verb, sentence, speakers[0], content, pending + backing + about)
            claim.quote = _quotes(sentence_text) or claim.quote
            texts[id(claim)] = pending_text + " " + sentence_text
            made.append(claim)
            linked[id(claim)] = pending + backing + about
            pending = []
        if not made:
            according = _according_to(context, sentence)
            if according is not None and according[1] and according[1][0] not in own_outlet:
                token, speakers = according
                claim = _make_claim(context, token, sentence, speakers[0], set(), pending + sentence_events)
                texts[id(claim)] = pending_text + " " + sentence_text
                made.append(claim)
                linked[id(claim)] = pending + sentence_events
        quoted_alone = not made and not attributed and bool(re.search(r"[\"“”]", sentence_text))
        if not made and not attributed and not quoted_alone and _according_to(context, sentence) is None:
            writers_own += sentence_events
        before_previous, previous = previous, sentence_events
        pending = sentence_events if quoted_alone else []
        pending_text = sentence_text if quoted_alone else ""
        claims += made
    claims = _merge_claims(claims, paragraph_of, linked, texts)
    for number, claim in enumerate(claims, start=1):
        claim.id = f"{context.document.id}:c{number:03d}"
    _attribute(context, claims, events, linked, texts)
    outlet = _outlet_actor(context, own_outlet)
    for event in writers_own:
        if outlet and not event.reported_by:
            event.reported_by.append(outlet)
    return claims


def _outlet_actor(context: Context, own_outlet: set[str]) -> str | None:
    """The actor of the document's outlet (met here as a new media actor when the knowledge base
    does not hold it): what the writer tells in their own voice is the outlet's report."""
    known = sorted(own_outlet, key=lambda a: (context.kind(a) != "media", a))
    if known:
        return known[0]
    name = (context.document.outlet or "").strip()
    if not name or not slug(name):
        return None
    actor = context.new_actors.setdefault(f"org:{slug(name)}", Actor(f"org:{slug(name)}", name, "media", [name]))
    return actor.id


def _make_claim(context: Context, verb: Token, sentence: Span, speaker: str, content: set[int],
                sentence_events: list[Event]) -> Claim:
    event_ids = list(dict.fromkeys(e.id for e in sentence_events))
    sentence_text = context.text_of(sentence)
    quote = _quotes(sentence_text) or sentence_text.strip()
    claim = Claim(
        id="", doc_id=context.document.id, speaker=speaker,
        evidence=context.evidence(sentence.start_char, sentence.end_char),
        channel=_channel(context, verb, content), date=_date(context, verb, content), quote=quote,
        stance=verb.lemma_.lower(), events=event_ids,  # the verb's lemma until _attribute settles the stance
    )
    return claim


def _paragraphs(context: Context) -> dict[int, int]:
    """Character offset of each body line's start -> paragraph number."""
    return {start: number for number, (start, _end) in enumerate(context.news_spans)}


def _paragraph(claim: Claim, context_spans: dict[int, int]) -> int:
    starts = sorted(context_spans)
    number = 0
    for start in starts:
        if start <= claim.evidence.start:
            number = context_spans[start]
    return number


def _merge_claims(claims: list[Claim], paragraphs: dict[int, int],
                  linked: dict[int, list[Event]], texts: dict[int, str]) -> list[Claim]:
    merged: list[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and previous.speaker == claim.speaker \
                and _paragraph(claim, paragraphs) - _paragraph(previous, paragraphs) <= 1 \
                and (claim.channel is None or previous.channel in {None, claim.channel}) \
                and (claim.date is None or previous.date is None or claim.date == previous.date):
            previous.events = list(dict.fromkeys(previous.events + claim.events))
            linked[id(previous)] += linked.pop(id(claim))
            texts[id(previous)] += " " + texts.pop(id(claim))
            previous.quote = f"{previous.quote} ... {claim.quote}"
            previous.channel = previous.channel or claim.channel
            previous.date = previous.date or claim.date
            if previous.stance not in DENIAL_VERBS | DISPUTE_VERBS | ALLEGING:
                previous.stance = claim.stance  # the stronger reporting verb speaks for the whole
            continue
        merged.append(claim)
    return merged


def _attribute(context: Context, claims: list[Claim], events: list[Event],
               linked_events: dict[int, list[Event]], texts: dict[int, str]) -> None:
    """Speakers become the events' sources; another party's violence told by an accuser is alleged."""
    for claim in claims:
        speaker_org = context.org(claim.speaker)
        linked = list({id(e): e for e in linked_events[id(claim)]}.values())
        claim.stance = stance_of(claim.stance, texts[id(claim)], linked, speaker_org, context.org)
        claim.events = [e.id for e in linked] + [i for i in claim.events if i in {e.id for e in events}]
        claim.events = list(dict.fromkeys(claim.events))
        for event in linked:
            if claim.speaker and claim.speaker not in event.reported_by:
                event.reported_by.append(claim.speaker)
            armed = _armed_body(context, speaker_org)
            if not event.actors and event.category in VIOLENT and armed and claim.stance == "assert":
                # "27 militants were killed, the defence ministry said": a party reporting a toll claims it
                event.actors = [armed]
            # (only when the freed are named as others': "Taliban officials said 86 detainees were freed"
            # does not say whose detainees, so not who freed them)
            holder = is_party(context, speaker_org) and (bool(event.recipients) or _tells_own_group(
                context, event, speaker_org)) and speaker_org not in {context.org(r) for r in event.recipients}
            if not event.actors and event.category == "RETREAT" and claim.stance == "assert" and holder:
                # "4,917 Taliban prisoners had been freed, the National Security Council said": the
                # party reporting the other side's prisoners freed is the one that freed them
                event.actors = [speaker_org] if speaker_org else []
            actor_orgs = {context.org(a) for a in event.actors}
            if claim.stance == "accuse" and event.category in VIOLENT and event.modality == "asserted" \
                    and is_party(context, speaker_org) and _is_party_opposed(context, speaker_org, actor_orgs):
                event.modality = "alleged"  # another party's violence, told by its accuser
        if claim.stance == "deny":
            for event in linked:
                event.contested = True




def _tells_own_group(context: Context, event: Event, organisation: str | None) -> bool:
    """EVENT's words name ORGANISATION by a common noun ("the group released 15 soldiers", its
    spokesman said; "soldiers the movement had held"): resolved to it by the linker, or left unresolved
    and now resolved to the armed group whose spokesman tells it (only the claim knows its speaker
    when told "according to" him)."""
    known = context.actor(organisation) if organisation else None
    if known is None:
        return False
    span = context.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    for token in span or []:
        if token.lower_ not in GROUP_NOUNS:
            continue
        linked = context.token_actor.get(token.i)
        if linked is None and known.kind == "armed_group" and definite(token):
            context.token_actor[token.i] = known.id
            return True
        if linked == known.id:
            return True
    return False


def _armed_body(context: Context, actor_id: str | None) -> str | None:
    """The fighting force an actor speaks for: itself, or what its ministry commands."""
    for _ in range(3):
        actor = context.actor(actor_id)
        if actor is None:
            return None
        if actor.kind in {"armed_group", "state_forces", "police"}:
            return actor.id
        actor_id = actor.affiliation
    return None


def is_party(context: Context, actor_id: str | None) -> bool:
    actor = context.actor(actor_id)
    return actor is not None and actor.kind in {"armed_group", "government", "state_forces", "state", "police",
                                                "government_body", "igo_mission"}


def _is_party_opposed(context: Context, speaker_org: str | None, actor_orgs: set[str | None]) -> bool:
    """Whether the speaker is on another side than every doer (a government and its own forces are one)."""
    sides = {context.kb.side_of(org) for org in actor_orgs}
    return bool(actor_orgs) and speaker_org not in actor_orgs and context.kb.side_of(speaker_org) not in sides
