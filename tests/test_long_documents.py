"""Long documents (issue 12, case 1): read in pieces cut at paragraph breaks, every offset still
pointing into the whole stored text; a document that still fails is its own recorded, retryable
failure and the rest of the batch goes on."""

from __future__ import annotations

from itertools import pairwise

import pytest

from accordwatch import pipeline
from accordwatch.extract.pieces import piece_bounds
from accordwatch.nlp.batches import parse_batches
from accordwatch.settings import load_settings
from accordwatch.store.documents import documents, open_failures
from accordwatch.store.records import load_records

# paragraphs written for these tests; {n} changes so no two paragraphs are alike
PARAGRAPHS = (
    "Guards at the provincial prison in Herat let {n} detainees go on Sunday, a police spokesman said. "
    "The men were taken back to their villages.",
    "On Monday the insurgents freed {n} government employees who had been held since the spring, "
    "according to elders who met them.",
    "A roadside bomb struck a police truck near Farah, killing {n} officers, the interior ministry said. "
    "No group has said it planted the device.",
)


def long_text(paragraphs: int, separator: str = "\n\n") -> str:
    return separator.join(PARAGRAPHS[i % len(PARAGRAPHS)].format(n=i % 80 + 3) for i in range(paragraphs))


# ------------------------------------------------------------------------------ where pieces are cut


def test_pieces_cover_the_text_in_order_and_are_cut_at_blank_lines():
    text = long_text(400)
    bounds = piece_bounds(text, 5_000)
    assert len(bounds) > 10
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(bounds))  # no gap, no overlap
    assert all(end - start <= 5_000 for start, end in bounds)
    for start, _end in bounds[1:]:  # each new piece begins a paragraph
        assert text[start - 2:start] == "\n\n"


def test_a_text_without_blank_lines_is_cut_at_line_ends_then_sentence_ends():
    lines = long_text(300, separator="\n")
    assert all(lines[start - 1] == "\n" for start, _ in piece_bounds(lines, 4_000)[1:])
    one_line = long_text(300, separator=" ")
    bounds = piece_bounds(one_line, 4_000)
    assert len(bounds) > 5
    assert all(one_line[start - 2:start] == ". " for start, _ in bounds[1:])


def test_a_text_with_no_space_at_all_is_still_cut_within_the_limit():
    text = "x" * 25_001
    bounds = piece_bounds(text, 10_000)
    assert bounds == [(0, 10_000), (10_000, 20_000), (20_000, 25_001)]


def test_a_short_text_is_one_piece():
    assert piece_bounds("Two prisoners were freed.", 100_000) == [(0, 25)]


# ------------------------------------------------------------------------------ extraction in pieces


@pytest.fixture
def long_report(write):
    return write("reports/long-report.txt", "KABUL, Afghanistan (April 20, 2020)\n\n" + long_text(240))


@pytest.fixture
def short_report(write):
    return write("reports/short-report.txt",
                 "KABUL, Afghanistan (April 21, 2020)\n\nThe Taliban released 12 soldiers on Tuesday.\n")


def test_a_long_document_read_in_pieces_keeps_every_offset_into_its_text(store, long_report):
    pipeline.ingest(store, [long_report])
    summary = pipeline.extract(store, load_settings(piece_chars=4_000))
    assert summary.extracted == 1 and not summary.failures
    with store.session() as session:
        (document,) = documents(session)
        records = load_records(session)
    assert len(document.text) > 30_000  # several pieces
    text = document.text
    for span in (*records.mentions, *records.times, *records.quantities):
        assert text[span.start:span.end] == span.text
    for item in (*records.events, *records.claims):
        evidence = item.evidence
        assert text[evidence.start:evidence.end] == evidence.text
        assert text[evidence.sentence_start:evidence.sentence_start + len(evidence.sentence)] == evidence.sentence
    # the last paragraphs were read too, and the records of all pieces are one document's, numbered on
    assert max(e.evidence.start for e in records.events) > len(text) - 1_000
    event_ids = [e.id for e in records.events]
    assert len(set(event_ids)) == len(event_ids)
    assert len({c.id for c in records.claims}) == len(records.claims)
    assert all(set(c.events) <= set(event_ids) for c in records.claims)
    # every release paragraph is an event of its own piece: the releases of the last one were read
    freed = [e for e in records.events if e.category == "RETREAT" and e.evidence.start > len(text) - 5_000]
    assert freed


def test_a_document_over_spacys_limit_is_extracted(store, write, monkeypatch):
    """Over nlp.max_length (1,000,000 characters by default, here lowered so the test is quick) spaCy
    refuses a text (E088); the document is read in pieces under it whatever piece_chars says."""
    nlp = pipeline.build_pipeline(load_settings().spacy_model)
    monkeypatch.setattr(nlp, "max_length", 6_000)
    report = write("reports/over-limit.txt", long_text(120))
    pipeline.ingest(store, [report])
    summary = pipeline.extract(store, load_settings(piece_chars=1_000_000))
    assert summary.extracted == 1 and not summary.failures
    assert summary.events > 20


def test_a_document_that_fails_is_recorded_alone_and_retried(store, long_report, short_report, monkeypatch):
    real = pipeline.extract_document

    def fails_in_a_later_piece(doc, document, *args):
        if document.id == "long-report" and document.text.startswith(PARAGRAPHS[1][:10]):
            raise MemoryError("no room for this piece")
        return real(doc, document, *args)

    pipeline.ingest(store, [long_report, short_report])
    monkeypatch.setattr(pipeline, "extract_document", fails_in_a_later_piece)
    settings = load_settings(piece_chars=3_000)
    summary = pipeline.extract(store, settings)
    assert summary.extracted == 1
    assert [f.reason for f in summary.failures] == ["extraction failed: MemoryError: no room for this piece"]
    with store.session() as session:
        assert [(f.source, stage, doc) for f, stage, doc in open_failures(session)] == \
            [(str(long_report), "extract", "long-report")]
        assert [d.id for d in documents(session, pending_only=True)] == ["long-report"]
        records = load_records(session)
    assert {e.doc_id for e in records.events} == {"short-report"}  # nothing half-saved of the failed one
    monkeypatch.setattr(pipeline, "extract_document", real)
    again = pipeline.extract(store, settings)  # the next run tries it again
    assert again.extracted == 1 and not again.failures
    with store.session() as session:
        assert open_failures(session) == []


class _Refuses:
    """A stand-in pipeline that cannot parse one text (as spaCy refuses one over its max_length)."""

    def pipe(self, texts, batch_size):
        return [self(text) for text in texts]

    def __call__(self, text):
        if "refused" in text:
            raise ValueError("[E088] text too long")
        return text.upper()


def test_a_text_that_cannot_be_parsed_fails_alone_in_its_batch():
    items = [("one", 1), ("refused", 2), ("three", 3)]
    parsed = list(parse_batches(_Refuses(), items, size=16, chars=1_000))
    assert [context for _, context in parsed] == [1, 2, 3]
    assert parsed[0][0] == "ONE" and parsed[2][0] == "THREE"
    assert isinstance(parsed[1][0], ValueError)


def test_batches_are_bounded_by_characters():
    sizes = []

    class Counting(_Refuses):
        def pipe(self, texts, batch_size):
            sizes.append(sum(map(len, texts)))
            return super().pipe(texts, batch_size)

    list(parse_batches(Counting(), [("x" * 400, i) for i in range(10)], size=16, chars=1_000))
    assert sizes == [800] * 5
