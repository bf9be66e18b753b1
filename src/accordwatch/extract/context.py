"""What every extractor shares: the parsed Doc with its Document, which sentences are news, and
how a span becomes provenance (document, character offsets, sentence)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accordwatch.kb import KnowledgeBase
from accordwatch.model import Actor, Document, Evidence, Mention, Quantity, TimeExpr


@dataclass
class Context:
    doc: Doc
    document: Document
    kb: KnowledgeBase
    news_spans: list[tuple[int, int]] = field(default_factory=list)
    # filled by the entity linker, read by later extractors
    token_actor: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    token_place: dict[int, str] = field(default_factory=dict)  # token index -> place id
    mentions: list[Mention] = field(default_factory=list)
    new_actors: dict[str, Actor] = field(default_factory=dict)
    times: list[TimeExpr] = field(default_factory=list)
    token_time: dict[int, TimeExpr] = field(default_factory=dict)
    # quantity extractor -> event extractor: counts by the token index of the verb/noun they count for
    counts_by_head: dict[int, list[Quantity]] = field(default_factory=dict)
    _news_sentences: list[Span] | None = None
    _sentences: list[Span] | None = None
    _sentence_starts: list[int] | None = None

    def __post_init__(self) -> None:
        self.news_spans = self.document.spans_of("body")

    def is_news(self, start_char: int, end_char: int | None = None) -> bool:
        end_char = start_char + 1 if end_char is None else end_char
        return any(a <= start_char and end_char <= b + 1 for a, b in self.news_spans)

    @property
    def sentences(self) -> list[Span]:
        if self._sentences is None:  # doc.sents builds new spans on every call
            self._sentences = list(self.doc.sents)
        return self._sentences

    def news_sentences(self) -> list[Span]:
        if self._news_sentences is None:  # asked for by every extractor: worked out once
            self._news_sentences = [s for s in self.sentences
                                    if self.is_news(s.start_char, s.start_char + 1) and s.text.strip()]
        return self._news_sentences

    def sentence_index(self, char: int) -> int:
        """The index in `sentences` of the sentence holding CHAR, -1 before the first (by bisection:
        Span.sent scans tokens)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start_char for s in self.sentences]
        return bisect_right(self._sentence_starts, char) - 1

    def sentence_at(self, char: int) -> Span | None:
        """The sentence holding the character at CHAR."""
        index = self.sentence_index(char)
        return self.sentences[index] if index >= 0 else None

    def text_of(self, span: Span) -> str:
        """A span's words, sliced from the stored text (Span.text rebuilds them token by token)."""
        return self.document.text[span.start_char:span.end_char]

    def sentence_of(self, token: Token) -> Span:
        """TOKEN's sentence (Token.sent scans the document each time it is asked)."""
        return self.sentence_at(token.idx) or token.sent

    def evidence(self, start_char: int, end_char: int) -> Evidence:
        sent = self.sentence_at(start_char)
        return Evidence(
            doc_id=self.document.id, start=start_char, end=end_char,
            text=self.document.text[start_char:end_char],
            # (the stored text sliced: Span.text rebuilds it token by token)
            sentence=self.document.text[sent.start_char:sent.end_char] if sent is not None else "",
            sentence_start=sent.start_char if sent is not None else 0,
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        if actor_id is None:
            return None
        return self.kb.actors.get(actor_id) or self.new_actors.get(actor_id)

    def kind(self, actor_id: str | None) -> str:
        """The actor's kind ("armed_group", "person", ...), "" for no or an unknown actor."""
        actor = self.actor(actor_id)
        return actor.kind if actor is not None else ""

    def org(self, actor_id: str | None) -> str | None:
        """The party an actor belongs to (people met in this document included)."""
        new = self.new_actors.get(actor_id or "")
        if new is not None and new.affiliation:
            return self.kb.organisation_of(new.affiliation)
        return self.kb.organisation_of(actor_id)
