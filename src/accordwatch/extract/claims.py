"""Claims: who said what, through which channel, when, with what stance, about which events.

Direct quotes (the speaker named before, after, or by the reporting verb of the same sentence),
indirect speech ("X said that...", "according to X", "X told TOLOnews"), tweets and statements,
denials ("rejected", "baseless"), disputes. Consecutive statements by one speaker in a paragraph
or the next are one claim. Events told inside someone's claim get that speaker as `reported_by`;
an accusation of another party's violence is `alleged`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accordwatch.extract.context import Context
from accordwatch.extract.events import actors_of
from accordwatch.extract.lexicon import ALLEGING, DENIAL_VERBS, DENIAL_WORDS, DISPUTE_VERBS, REPORTING
from accordwatch.model import Claim, DateValue, Event

QUOTE = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
SOURCE_NOUNS = {"report", "statement", "tweet", "spokesman", "spokesperson", "post", "message", "release",
                "announcement", "communique", "communiqué", "letter", "video", "interview"}
CHANNEL_WORDS = {"tweet": "tweet", "twitter": "tweet", "statement": "statement", "interview": "interview",
                 "press": "press conference", "conference": "press conference", "report": "report",
                 "reporters": "reporters", "journalists": "reporters", "video": "video", "audio": "audio",
                 "message": "message", "post": "post", "facebook": "social media", "telegram": "social media"}
VIOLENT = {"ASSAULT", "COERCE"}


def _speaker(context: Context, verb: Token) -> list[str]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            actors = actors_of(context, child)
            if actors:
                return actors
            if child.lemma_.lower() in SOURCE_NOUNS:  # "a report by X noted", "X's statement said"
                for grandchild in child.subtree:
                    actor = context.token_actor.get(grandchild.i)
                    if actor:
                        return [actor]
    return []


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


def _content(verb: Token) -> set[int]:
    """Token indexes of what was said: clausal complements and quoted objects."""
    out: set[int] = set()
    for child in verb.children:
        said = child.dep_ in {"ccomp", "xcomp", "parataxis"}
        if said or (child.dep_ == "dobj" and child.lower_ not in {"reporters", "journalists"}):
            out |= {t.i for t in child.subtree}
    return out


def _date(context: Context, verb: Token, content: set[int]) -> DateValue | None:
    for token in verb.subtree:
        if token.i in content:
            continue
        expr = context.token_time.get(token.i)
        if expr is not None and expr.value is not None:
            return expr.value
    return None


def _quotes(sentence: Span) -> str:
    return " ... ".join(m.group(1).strip(" ,.") for m in QUOTE.finditer(sentence.text))


def _stance(verb: Token, text: str, events: list[Event], speaker_org: str | None) -> str:
    lemma = verb.lemma_.lower()
    lowered = text.lower()
    if lemma in DENIAL_VERBS or any(w in lowered for w in DENIAL_WORDS):
        return "deny"
    if lemma in DISPUTE_VERBS:
        return "dispute"
    if lemma in ALLEGING or any(e.category == "ACCUSE" for e in events):
        return "accuse"
    return "assert"


def _according_to(context: Context, sentence: Span) -> tuple[Token, list[str]] | None:
    for token in sentence:
        if token.lower_ == "according" and token.i + 1 < len(context.doc) and context.doc[token.i + 1].lower_ == "to":
            for candidate in context.doc[token.i + 2: min(sentence.end, token.i + 12)]:
                actor = context.token_actor.get(candidate.i)
                if actor:
                    return token, [actor]
    return None


def build_claims(context: Context, events: list[Event]) -> list[Claim]:
    claims: list[Claim] = []
    linked: dict[int, list[Event]] = {}  # id(claim) -> the events it is about
    paragraph_of = _paragraphs(context)
    sentences = context.news_sentences()
    for index, sentence in enumerate(sentences):
        sentence_events = [e for e in events if sentence.start_char <= e.evidence.start < sentence.end_char]
        found = False
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING:
                continue
            speakers = _speaker(context, verb)
            if not speakers:
                continue
            content = _content(verb)
            claim = _make_claim(context, verb, sentence, speakers[0], content, sentence_events)
            claims.append(claim)
            linked[id(claim)] = list(sentence_events)
            found = True
            break  # one claim a sentence: the first reporting verb with a known speaker
        if not found:
            according = _according_to(context, sentence)
            if according is not None:
                token, speakers = according
                claim = _make_claim(context, token, sentence, speakers[0], set(), sentence_events)
                claims.append(claim)
                linked[id(claim)] = list(sentence_events)
            elif QUOTE.search(sentence.text) and index + 1 < len(sentences):
                # a quote whose speaker is named in the next sentence: that claim takes these events
                pending = [e.id for e in sentence_events]
                if pending:
                    context.pending_quote_events = pending
    claims = _merge_claims(claims, paragraph_of, linked)
    for number, claim in enumerate(claims, start=1):
        claim.id = f"{context.document.id}:c{number:03d}"
    _attribute(context, claims, events, linked)
    return claims


def _make_claim(context: Context, verb: Token, sentence: Span, speaker: str, content: set[int],
                sentence_events: list[Event]) -> Claim:
    event_ids = list(dict.fromkeys([*(context.pending_quote_events or []), *(e.id for e in sentence_events)]))
    context.pending_quote_events = None
    quote = _quotes(sentence) or sentence.text.strip()
    organisation = context.kb.organisation_of(speaker)
    claim = Claim(
        id="", doc_id=context.document.id, speaker=speaker,
        evidence=context.evidence(sentence.start_char, sentence.end_char),
        channel=_channel(context, verb, content), date=_date(context, verb, content), quote=quote,
        stance=_stance(verb, sentence.text, sentence_events, organisation), events=event_ids,
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
                  linked: dict[int, list[Event]]) -> list[Claim]:
    merged: list[Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and previous.speaker == claim.speaker \
                and _paragraph(claim, paragraphs) - _paragraph(previous, paragraphs) <= 1 \
                and (claim.channel is None or previous.channel in {None, claim.channel}) \
                and (claim.date is None or previous.date is None or claim.date == previous.date):
            previous.events = list(dict.fromkeys(previous.events + claim.events))
            linked[id(previous)] += linked.pop(id(claim))
            previous.quote = f"{previous.quote} ... {claim.quote}"
            previous.channel = previous.channel or claim.channel
            previous.date = previous.date or claim.date
            if previous.stance == "assert":
                previous.stance = claim.stance
            continue
        merged.append(claim)
    return merged


def _attribute(context: Context, claims: list[Claim], events: list[Event],
               linked_events: dict[int, list[Event]]) -> None:
    """Speakers become the events' sources; another party's violence told by an accuser is alleged."""
    kb = context.kb
    for claim in claims:
        speaker_org = kb.organisation_of(claim.speaker)
        linked = linked_events[id(claim)]
        claim.events = [e.id for e in linked] + [i for i in claim.events if i in {e.id for e in events}]
        claim.events = list(dict.fromkeys(claim.events))
        for event in linked:
            if claim.speaker and claim.speaker not in event.reported_by:
                event.reported_by.append(claim.speaker)
            if not event.actors and event.category in VIOLENT and _is_armed(context, speaker_org):
                # "27 militants were killed, the defence ministry said": a party reporting a toll claims it
                event.actors = [speaker_org] if speaker_org else []
            actor_orgs = {kb.organisation_of(a) for a in event.actors}
            if event.category in VIOLENT and event.modality == "asserted" and speaker_org not in actor_orgs \
                    and _is_party(context, speaker_org) and _is_party_opposed(context, speaker_org, actor_orgs):
                event.modality = "alleged"
        if claim.stance == "deny":
            for event in linked:
                event.contested = True


def _is_armed(context: Context, actor_id: str | None) -> bool:
    actor = context.actor(actor_id)
    return actor is not None and actor.kind in {"armed_group", "state_forces", "police"}


def _is_party(context: Context, actor_id: str | None) -> bool:
    actor = context.actor(actor_id)
    return actor is not None and actor.kind in {"armed_group", "government", "state_forces", "state", "police",
                                                "government_body", "igo_mission"}


def _is_party_opposed(context: Context, speaker_org: str | None, actor_orgs: set[str | None]) -> bool:
    return bool(actor_orgs) and speaker_org not in actor_orgs
