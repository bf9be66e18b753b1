"""Long documents read in pieces: cut at paragraph breaks, each piece parsed and read on its own,
the records put back together with offsets into the whole stored text.

spaCy refuses a text over its max_length (E088, 1,000,000 characters) and its memory grows with the
length of what it parses at once; a report's paragraphs hardly ever lean on each other across
100,000 characters, so the cost of reading it in pieces is small (a contest between two sentences
on either side of a cut is not seen) and memory stays bounded by one piece.
"""

from __future__ import annotations

import re
from dataclasses import replace

from accordwatch.model import Actor, Document, Evidence, Extraction

PIECE_CHARS = 100_000  # the longest text parsed at once
# where a piece may end, best first: a blank line, a line end, a sentence end, a space
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"[\n\r\u2028\u2029]\s*"),
         re.compile(r"[.!?][\"'\u201d\u2019)]*\s+"), re.compile(r"\s+"))


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces covering TEXT, none longer than LIMIT: each cut after the
    last paragraph break in the second half of the window, else the last line end, sentence end or
    space there, else at LIMIT itself (a text with no spaces at all)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        end = start + limit
        for cut in _CUTS:
            ends = [m.end() for m in cut.finditer(window, limit // 2) if m.end() < limit]
            if ends:
                end = start + ends[-1]
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def piece_of(document: Document, start: int, end: int) -> Document:
    """DOCUMENT as if its text were only [START, END): its line kinds clipped and moved with it."""
    lines = [(max(a, start) - start, min(b, end) - start, kind)
             for a, b, kind in document.lines if a < end and b > start]
    return replace(document, text=document.text[start:end], lines=lines, warnings=[])


def _shift(evidence: Evidence, offset: int, moved: set[int]) -> None:
    if id(evidence) in moved:  # one Evidence may be shared (an accusation and the claim it is read from)
        return
    moved.add(id(evidence))
    evidence.start += offset
    evidence.end += offset
    evidence.sentence_start += offset


def shift_extraction(extraction: Extraction, offset: int) -> None:
    """Move every offset of a piece's records by OFFSET (the piece's start in the whole text)."""
    if offset == 0:
        return
    moved: set[int] = set()
    for record in {id(r): r for r in (*extraction.mentions, *extraction.times, *extraction.quantities)}.values():
        record.start += offset
        record.end += offset
    for event in extraction.events:
        _shift(event.evidence, offset, moved)
        for evidence in event.more_evidence:
            _shift(evidence, offset, moved)
        event.count_starts = [start + offset for start in event.count_starts]
    for claim in extraction.claims:
        _shift(claim.evidence, offset, moved)


def join_extractions(doc_id: str, parts: list[Extraction]) -> Extraction:
    """The pieces' records as one document's: events and claims numbered on through the pieces (the
    references between them renumbered alike), actors met in several pieces kept once."""
    whole = Extraction(doc_id=doc_id)
    actors: dict[str, Actor] = {}
    for part in parts:
        renamed: dict[str, str] = {}
        for number, event in enumerate(part.events, start=len(whole.events) + 1):
            renamed[event.id] = f"{doc_id}:e{number:03d}"
        for number, claim in enumerate(part.claims, start=len(whole.claims) + 1):
            renamed[claim.id] = f"{doc_id}:c{number:03d}"
        for event in part.events:
            event.id = renamed[event.id]
            event.contested_with = [renamed.get(i, i) for i in event.contested_with]
        for claim in part.claims:
            claim.id = renamed[claim.id]
            claim.events = [renamed.get(i, i) for i in claim.events]
        for actor in part.actors:
            actors.setdefault(actor.id, actor)
        whole.mentions += part.mentions
        whole.times += part.times
        whole.quantities += part.quantities
        whole.events += part.events
        whole.claims += part.claims
    whole.actors = list(actors.values())
    return whole
