"""Names read in context: which actor an ambiguous name ("the National Security Council", "the
ministry", "the coalition") stands for in this report.

The names and their senses are knowledge-base data (kb/data/ambiguous_names.yaml). A name takes the
sense the report already names, else the one bound to the country the report is about, else that
country's government, armed forces or police; a name a modifier ties to someone ("the Taliban's
foreign ministry", "the Yemeni human rights ministry") is that one's. Nothing fitting: unresolved.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from accordwatch.extract.context import Context
from accordwatch.kb import KnowledgeBase
from accordwatch.kb.knowledge_base import BODY_SUFFIXES, AmbiguousName

# kinds of actor whose country says which country a report is about (not a visiting envoy's)
COUNTRY_KINDS = {"armed_group", "state_forces", "police", "government", "government_body", "state"}
ORGANISATION_KINDS = {"state", "government", "state_forces", "police", "armed_group", "government_body",
                      "intelligence", "political_party", "group", "igo", "igo_mission", "ngo"}
MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
DETERMINERS = {"the", "this", "that", "its", "their", "his", "her"}

_matchers: dict[tuple[int, int], PhraseMatcher] = {}  # (id(kb), id(vocab)) -> matcher, built once


def _matcher(kb: KnowledgeBase, doc: Doc) -> PhraseMatcher:
    key = (id(kb), id(doc.vocab))
    if key not in _matchers:
        matcher = PhraseMatcher(doc.vocab, attr="LOWER")
        tokenizer = English(vocab=doc.vocab).tokenizer  # the model's English tokenization rules
        for norm, name in kb.ambiguous.items():
            matcher.add(norm, [tokenizer(name.name.lower())])
        _matchers.clear()
        _matchers[key] = matcher
    return _matchers[key]


def ambiguous_spans(doc: Doc, kb: KnowledgeBase) -> list[tuple[Span, AmbiguousName]]:
    """Every ambiguous name in DOC (the longest where they overlap), with its senses."""
    found = [(doc[start:end], kb.ambiguous[doc.vocab.strings[key]]) for key, start, end in _matcher(kb, doc)(doc)]
    found.sort(key=lambda item: (-len(item[0]), item[0].start))
    kept: list[tuple[Span, AmbiguousName]] = []
    taken: set[int] = set()
    for span, name in found:
        if not taken & set(range(span.start, span.end)):
            kept.append((span, name))
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda item: item[0].start)


def report_country(context: Context) -> str | None:
    """The country a report is about: the one its places and its armed or state actors belong to
    (one vote a mention), when one leads; None for none or a tie."""
    votes: dict[str, int] = {}
    for mention in context.mentions:
        country = None
        if mention.place:
            place = context.kb.places.get(mention.place)
            country = place.country if place is not None else None
        elif mention.actor:
            actor = context.actor(mention.actor)
            country = actor.country if actor is not None and actor.kind in COUNTRY_KINDS else None
        if country:
            votes[country] = votes.get(country, 0) + 1
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _owner(context: Context, span: Span, name: AmbiguousName) -> str | None:
    """Whose body a modifier makes it: "the Taliban's foreign ministry", "the Yemeni human rights
    ministry" (a nationality gives that country's body of the name's kind)."""
    root = span.root
    for child in root.children:
        if child.dep_ not in MODIFIER_DEPS or span.start <= child.i < span.end:
            continue
        actor_id = context.token_actor.get(child.i)
        if actor_id is not None and context.kind(actor_id) in ORGANISATION_KINDS:
            if context.kind(actor_id) == "state" and name.body:
                return _body_of(context, (context.actor(actor_id).country or ""), name)  # type: ignore[union-attr]
            return actor_id
        state = context.kb.demonyms.get(child.lower_)
        if state is not None and name.body:
            return _body_of(context, context.kb.actors[state].country or "", name)
    return None


def _body_of(context: Context, country: str, name: AmbiguousName) -> str | None:
    bound = [s for s, countries in name.senses.items() if country in countries]
    if bound:
        return bound[0]
    body = f"{country.lower()}{BODY_SUFFIXES[name.body]}" if name.body else ""
    return body if body in context.kb.actors else None


def _determined(root: Token) -> bool:
    """'the ministry', 'the ministry's spokesman', 'its army': a particular one, not 'a ministry'."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DETERMINERS for c in root.children)


def _antecedent(context: Context, span: Span) -> str | None:
    """'the ministry' after 'the Ministry of Human Rights': the last actor named with that word."""
    word = span.root.lower_
    before = [m for m in context.mentions if m.end <= span.start_char and m.actor
              and word in m.text.lower().split()]
    return before[-1].actor if before else None


def sense_of(context: Context, span: Span, name: AmbiguousName, country: str | None) -> str | None:
    """The actor NAME at SPAN stands for in this report, or None."""
    owner = _owner(context, span, name)
    if owner is not None:
        return owner
    if any(m.dep_ in MODIFIER_DEPS and not span.start <= m.i < span.end
           and (m.pos_ == "PROPN" or (m.pos_ == "ADJ" and m.text[:1].isupper()))
           for m in span.root.children):
        return None  # "the Kenyan interior ministry" with a modifier we could not place: not this report's
    if name.bare:
        if not _determined(span.root):
            return None
        antecedent = _antecedent(context, span)
        if antecedent is not None:
            return antecedent
    return name.sense_for(context.kb, country, set(context.token_actor.values()))
