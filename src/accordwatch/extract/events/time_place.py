"""When and where an act happened: the day told on it (or in its sentence, or where the story is), and
the most precise place in its own phrase (or the place the story is at).
"""

from __future__ import annotations

import re
from datetime import timedelta

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.extract.events.common import SUBJECTS
from accordwatch.extract.events.predicates import ACT_NOUNS, LIGHT_PREPS, match_predicate
from accordwatch.extract.word_lists import word_list
from accordwatch.model import DateValue

PLACE_KIND_ORDER = ["district", "city", "province", "country"]
# "since Friday", "until Monday": the edge of a span, not the day the story is at
SPAN_START = re.compile(r"\b(" + "|".join(word_list("event_words", "span_edges")) + r")\s*$", re.I)


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


def _date(context: Context, token: Token, own_only: bool = False) -> DateValue | None:
    """The day of TOKEN's act: one told on it, else the sentence's only day, else the story's day
    (OWN_ONLY: only a day told on the act itself, not the day it was said or the story is at)."""
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
    if own_only:
        return None
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
    text = context.document.text
    before = [t for t in context.times if t.end <= context.sentence_of(token).start_char and t.value is not None
              and t.value.granularity == "day" and not SPAN_START.search(text[max(0, t.start - 12):t.start])
              and (anchor is None or timedelta(0) <= anchor - t.value.first <= timedelta(days=14))]
    if not before:
        return None
    sentences = [s for s in context.news_sentences() if s.start_char < context.sentence_of(token).start_char][-2:]
    if sentences and before[-1].start >= sentences[0].start_char:
        return before[-1].value
    return None
