"""The people known before a document, as one document's extraction asks about them: by exact
normalised name, by the closest full name (rapidfuzz), by a lone surname. Every question and its answer
is kept (Lookups), so that an extraction made elsewhere against an older set of known people can be
checked against the true one (`agrees_with`) and kept only when every answer would be the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from typing import ClassVar

from rapidfuzz import fuzz, process

from accordwatch.kb import KnowledgeBase, norm_alias
from accordwatch.model import Actor


@dataclass(slots=True)
class Lookups:
    """The questions one document's extraction asked of the people known before it, with their answers
    (kind, normalised name, actor id or None), and each person answered as it stood before the document
    changed it. Whoever holds the true known people can check them (extract/checked.py): the same
    answers from the same people mean the same records."""

    asked: list[tuple[str, str, str | None]] = field(default_factory=list)
    seen: dict[str, Actor] = field(default_factory=dict)


_NORMALISED: dict[str, str] = {}  # alias -> norm_alias(alias): the same names recur in every report


def _norm(alias: str) -> str:
    """norm_alias(ALIAS), worked out once per name."""
    key = _NORMALISED.get(alias)
    if key is None:
        if len(_NORMALISED) > 200_000:  # bounded: a long run meets ever new names
            _NORMALISED.clear()
        key = _NORMALISED[alias] = norm_alias(alias)
    return key


class PersonIndex:
    """People known so far: the knowledge base's, earlier documents', and this document's.

    Names are normalised once here (not on every lookup): this runs for every name in every report.
    The knowledge base's tables are built once and read, not copied, for each document; the known
    people's are laid over them (the knowledge base wins a clash). Every question asked of them is kept
    in LOOKUPS.
    """

    _kb_tables: ClassVar[dict[int, tuple]] = {}  # id(kb) -> its people's tables, built once

    def __init__(self, kb: KnowledgeBase, known: dict[str, Actor], threshold: float,
                 lookups: Lookups | None = None) -> None:
        self.threshold = threshold
        self.lookups = lookups if lookups is not None else Lookups()
        if id(kb) not in self._kb_tables:
            self._kb_tables.clear()
            self._kb_tables[id(kb)] = self._tables([(key, kb.actors[i]) for key, i in kb.person_names()])
        self._kb_exact, self._kb_full_names, self._kb_surnames, self._kb_by_id = self._kb_tables[id(kb)]
        self._known = _KnownTables.of(known, self._kb_exact)  # the people met in earlier documents

    @staticmethod
    def _tables(names: list[tuple[str, Actor]]) -> tuple:
        exact: dict[str, Actor] = {}
        full_names: list[tuple[str, Actor]] = []  # normalised multi-word names, for fuzzy matching
        surnames: dict[str, set[str]] = {}  # last word of a full name -> person ids
        for key, actor in reversed(names):
            exact[key] = actor
            if " " in key:
                full_names.append((key, actor))
                surnames.setdefault(key.rsplit(" ", 1)[1], set()).add(actor.id)
        return exact, full_names, surnames, {actor.id: actor for _, actor in names}

    def _answer(self, kind: str, key: str, actor: Actor | None) -> Actor | None:
        self.lookups.asked.append((kind, key, actor.id if actor is not None else None))
        if actor is not None and actor.id not in self.lookups.seen:
            self.lookups.seen[actor.id] = replace(actor, aliases=list(actor.aliases))
        return actor

    def known_exact(self, key: str) -> Actor | None:
        """The person known before this document under the normalised name KEY."""
        return self._answer("exact", key, self._kb_exact.get(key) or self._known.exact.get(key))

    def known_close(self, key: str) -> Actor | None:
        """The person known before this document whose full name is closest to KEY's, if close enough."""
        return self._answer("close", key, _closest(key, self._known.all_full_names(self._kb_full_names),
                                                   self.threshold))

    def sole_bearer(self, surname: str) -> Actor | None:
        """The one person known before this document whose full name ends in SURNAME, if only one does."""
        ids = self._kb_surnames.get(surname, set()) | self._known.surnames.get(surname, set())
        actor = None
        if len(ids) == 1:
            (only,) = ids
            actor = self._known.by_id.get(only) or self._kb_by_id[only]
        return self._answer("surname", surname, actor)

    def ask(self, kind: str, key: str) -> Actor | None:
        """One recorded question asked again (of other known people)."""
        return {"exact": self.known_exact, "close": self.known_close, "surname": self.sole_bearer}[kind](key)

    def agrees_with(self, lookups: Lookups) -> bool:
        """Whether every question of LOOKUPS (asked of other known people) has the same answer here, each
        person answered standing as it stood there. Then the document's extraction against these people
        is the one made against those: it read nothing else of them."""
        for kind, key, answer in lookups.asked:
            actor = self.ask(kind, key)
            if (actor.id if actor is not None else None) != answer:
                return False
            if actor is not None and actor != lookups.seen[actor.id]:
                return False
        return True

    def find(self, name: str, local: list[Actor]) -> Actor | None:
        key = _norm(name)
        if not key:
            return None
        local_names = [(_norm(alias), actor) for actor in local for alias in [actor.name, *actor.aliases]]
        for alias_key, actor in local_names:  # the same document first
            if alias_key == key:
                return actor
        found = self.known_exact(key)
        if found is not None:
            return found
        if " " not in key:
            return None  # fuzzy only between full names
        found = _closest(key, FullNames([(k, a) for k, a in local_names if " " in k]), self.threshold)
        return found if found is not None else self.known_close(key)


def _as_read(actor: Actor) -> tuple[str, int, str | None]:
    return actor.name, len(actor.aliases), actor.aliases[-1] if actor.aliases else None


class _KnownTables:
    """The known people's tables (names the knowledge base does not hold, full names, surnames, ids),
    kept from one document to the next and extended by the people added since: the known people of a
    run mostly grow at the end, so a document costs its own new people, not all of them again. Any
    other change (a person replaced, renamed, given a name, or dropped; another dict) rebuilds them."""

    _last: ClassVar[_KnownTables | None] = None

    def __init__(self, known: dict[str, Actor], kb_exact: dict[str, Actor]) -> None:
        self.known, self.kb_exact = known, kb_exact
        self.actors: list[Actor] = []  # the known people read in, in the dict's order
        # each one's name, number of aliases and last alias as read: extraction adds names to a known
        # person in place (entities.py, pipeline._know), and only ever adds, so a change shows in them
        self.read_as: list[tuple[str, int, str | None]] = []
        self.exact: dict[str, Actor] = {}
        self.full_names: list[tuple[str, Actor]] = []
        self.surnames: dict[str, set[str]] = {}
        self.by_id: dict[str, Actor] = {}
        self._names: FullNames | None = None

    @classmethod
    def of(cls, known: dict[str, Actor], kb_exact: dict[str, Actor]) -> _KnownTables:
        last = cls._last
        if last is None or not last._extends_to(known, kb_exact):
            last = cls._last = cls(known, kb_exact)
        last._read(islice(known.values(), len(last.actors), None))
        return last

    def _extends_to(self, known: dict[str, Actor], kb_exact: dict[str, Actor]) -> bool:
        """Whether KNOWN is the dict read before, with the same people in the same order first."""
        return (known is self.known and kb_exact is self.kb_exact and len(known) >= len(self.actors)
                and all(a is b and _as_read(a) == seen
                        for a, b, seen in zip(islice(known.values(), len(self.actors)), self.actors, self.read_as,
                                              strict=True)))

    def _read(self, actors: Iterable[Actor]) -> None:
        for actor in actors:  # people met in earlier documents
            self.actors.append(actor)
            self.read_as.append(_as_read(actor))
            self.by_id[actor.id] = actor
            for alias in [actor.name, *actor.aliases]:
                key = _norm(alias)
                if key not in self.kb_exact:
                    self.exact.setdefault(key, actor)
                if " " in key:
                    self.full_names.append((key, actor))
                    self.surnames.setdefault(key.rsplit(" ", 1)[1], set()).add(actor.id)
                    self._names = None

    def all_full_names(self, kb_full_names: list[tuple[str, Actor]]) -> FullNames:
        """The knowledge base's full names, then the known people's, laid out for rapidfuzz (once for
        as long as no one is added)."""
        if self._names is None:
            self._names = FullNames(list(chain(kb_full_names, self.full_names)))
        return self._names


class FullNames:
    """Normalised full names with their people, and each name's given names and surname apart: laid out
    once so that rapidfuzz's process functions score the whole list in C (asked for every name of every
    report, of every person known so far)."""

    def __init__(self, pairs: list[tuple[str, Actor]]) -> None:
        self.pairs = pairs
        self.keys = [key for key, _ in pairs]
        parts = [key.rpartition(" ") for key in self.keys]
        self.firsts = [first for first, _, _ in parts]
        self.lasts = [last for _, _, last in parts]


def _closest(key: str, names: FullNames, threshold: float) -> Actor | None:
    """The actor of NAMES most like KEY at THRESHOLD (the first of a tie), else the first whose name
    parts are alike."""
    found = process.extractOne(key, names.keys, scorer=fuzz.ratio, score_cutoff=threshold)
    if found is not None:
        return names.pairs[found[2]][1]
    return _same_name_parts(key, names, threshold)


def _same_name_parts(key: str, names: FullNames, threshold: float) -> Actor | None:
    """"Sonyy Legget" ~ "Sonny Leggett": the surnames alike at THRESHOLD and the given names at a
    looser bar, both required (so two different people of one family stay apart)."""
    first, _, last = key.rpartition(" ")
    if not first:
        return None
    alike = process.extract(last, names.lasts, scorer=fuzz.ratio, score_cutoff=threshold, limit=None)
    for index in sorted(i for _, _, i in alike):  # the first in the list's order, as one pass would find
        if names.firsts[index] and fuzz.ratio(first, names.firsts[index]) >= threshold - 15:
            return names.pairs[index][1]
    return None
