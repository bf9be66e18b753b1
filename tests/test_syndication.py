"""Near-duplicates (issue 11): one wire story run by several sites, lightly edited (another lead, a
paragraph dropped, the site's own furniture), is found by its MinHash signature, linked to the story's
first document whatever order the sites arrive in, and counted as one source in the ledger; two
different stories on one topic that share stock phrases are not one story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, update

from accordwatch import pipeline
from accordwatch.agreements import load_agreement
from accordwatch.ingest.documents import to_document
from accordwatch.ingest.readers import RawDocument
from accordwatch.ingest.syndication import STORY_SIMILARITY, signature, similarity
from accordwatch.settings import load_settings
from accordwatch.store.documents import delete_document, documents
from accordwatch.store.schema import DocumentRow, StoryBandRow
from accordwatch.store.session import alembic_config

DOHA = load_agreement(Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml")

LEAD = ("The Afghan government freed 150 Taliban prisoners from Bagram prison yesterday, the first group "
        "let go under the deal the United States signed with the insurgents in Doha.")
BODY = [
    "Officials at the prison said the men were driven to the gates in buses and handed small sums for the "
    "journey home, after each had signed a pledge not to return to the battlefield.",
    "Relatives waited outside for hours under a hot sun, some holding photographs of sons they had not "
    "seen in years, while police kept the road to the prison closed to traffic.",
    "A spokesman for the insurgents in Qatar welcomed the step but called it slow, and repeated that the "
    "movement expected every name on its list to be freed before any talks could begin.",
    "Diplomats in Kabul described the release as a test of whether the two sides could keep to a timetable "
    "that has already slipped by several weeks because of disputes over the names.",
]
OTHER_LEAD = ("The Taliban freed 40 captured soldiers in Kunduz province yesterday, handing them to elders "
              "in a ceremony watched by local reporters, under the deal signed in Doha.")
OTHER_BODY = [
    "The soldiers, some of them held for more than a year, were given new clothes and a meal before being "
    "driven to the provincial capital in pickup trucks flying white flags.",
    "A spokesman for the insurgents in Qatar said the movement had now met a part of its pledge and "
    "expected every name on its list to be freed before any talks could begin.",
    "A commander of the army corps in the north thanked the elders and said the men would be given leave "
    "to see their families before returning to duty in the coming weeks.",
]


def story(lead: str, body: list[str], *, title: str = "Prisoners freed") -> str:
    return "\n\n".join([title, lead, *body]) + "\n"


# the wire's text, and two sites' editions of it
WIRE = story(LEAD, BODY)
DAILY = story("Buses carrying 150 freed Taliban prisoners left Bagram prison yesterday as the government "
              "began to honour its side of the Doha deal with the insurgents.", BODY, title="Taliban men walk free")
RADIO = ("Share this article\nFollow us on Twitter\n\n" + story(LEAD, BODY[:2] + BODY[3:])
         + "\nRelated stories: more from the region\nSubscribe to our newsletter\n")
OTHER = story(OTHER_LEAD, OTHER_BODY, title="Soldiers freed")


def doc(doc_id: str, text: str):
    return to_document(RawDocument(doc_id, text, doc_id))


def test_a_story_lightly_edited_stays_alike_and_different_stories_on_its_topic_do_not():
    wire, daily, radio, other = (signature(doc(n, t)) for n, t in
                                 [("w", WIRE), ("d", DAILY), ("r", RADIO), ("o", OTHER)])
    assert similarity(wire, daily) >= STORY_SIMILARITY  # another lead
    assert similarity(wire, radio) >= STORY_SIMILARITY  # a paragraph dropped, the site's furniture
    assert similarity(daily, radio) >= STORY_SIMILARITY
    # the same deal, prison words and a whole shared sentence, but another release
    assert similarity(wire, other) < STORY_SIMILARITY
    assert signature(doc("s", "Two men were freed on Monday.")) is None  # too short to tell


def test_the_bands_written_out_are_datasketch_s_optimum_for_the_threshold():
    from datasketch import MinHashLSH

    from accordwatch.ingest.syndication import BAND_ROWS, BANDS, NUM_PERM

    optimum = MinHashLSH(threshold=STORY_SIMILARITY, num_perm=NUM_PERM)
    assert (optimum.b, optimum.r) == (BANDS, BAND_ROWS)


def feed(write, name: str, items: list[tuple[str, str, str]]) -> Path:
    return write(name, "".join(json.dumps({"id": i, "text": t, "published": p, "outlet": i}) + "\n"
                               for i, t, p in items))


SITES = [("wire-0402", WIRE, "2020-04-02"), ("daily-0403", DAILY, "2020-04-03"),
         ("radio-0404", RADIO, "2020-04-04"), ("kunduz-0402", OTHER, "2020-04-02")]


def stories(store) -> dict[str, str | None]:
    with store.session() as session:
        return {d.id: d.story_of for d in documents(session)}


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (2, 1, 3, 0), (3, 2, 0, 1)])
def test_the_sites_of_one_story_are_linked_to_its_first_document_in_any_order(store, write, order):
    for n, index in enumerate(order):  # one site a day, in the given order
        pipeline.ingest(store, [feed(write, f"day{n}.jsonl", [SITES[index]])])
    # the first in id order leads, whoever came first; the other release is a story of its own
    assert stories(store) == {"daily-0403": None, "kunduz-0402": None, "radio-0404": "daily-0403",
                              "wire-0402": "daily-0403"}


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_a_story_split_across_the_transactions_of_an_ingest_is_one_story(store, write, monkeypatch, batch):
    # the wire's first edition is stored before; one file then brings the other sites, saved BATCH at a time,
    # so a story's members arrive within one transaction, across two, or each in its own
    pipeline.ingest(store, [feed(write, "wire.jsonl", [SITES[0]])])
    monkeypatch.setattr(pipeline, "INGEST_BATCH", batch)
    pipeline.ingest(store, [feed(write, "rest.jsonl", [SITES[3], SITES[2], SITES[1]])])
    assert stories(store) == {"daily-0403": None, "kunduz-0402": None, "radio-0404": "daily-0403",
                              "wire-0402": "daily-0403"}


def test_a_story_stays_one_when_a_site_changes_or_drops_its_edition(store, write):
    pipeline.ingest(store, [feed(write, "all.jsonl", SITES)])
    pipeline.ingest(store, [feed(write, "fix.jsonl", [("daily-0403", OTHER.replace("40", "45"), "2020-04-03")])])
    links = stories(store)
    assert (links["radio-0404"], links["wire-0402"]) == (None, "radio-0404")  # the radio leads now
    assert (links["daily-0403"], links["kunduz-0402"]) == (None, "daily-0403")  # its new text is the other story
    with store.session() as session:
        delete_document(session, "radio-0404")
    assert stories(store)["wire-0402"] is None


def _released(store, as_of: date) -> tuple[int, int]:
    status = next(s for s in pipeline.assess(store, DOHA, as_of).provisions
                  if s.provision.id == "taliban_prisoner_release")
    return status.reported_done, len({o.doc_id for o in status.point.sources}) if status.point else 0


def test_the_ledger_counts_a_syndicated_release_once(store, write):
    # each site ran it a day later, so each "yesterday" is another day: read alone, three releases
    pipeline.ingest(store, [feed(write, "sites.jsonl", SITES[:3])])
    pipeline.extract(store, load_settings())
    assert _released(store, date(2020, 4, 10))[0] == 150
    with store.session() as session:  # the same documents unlinked: three releases on three days
        session.execute(update(DocumentRow).values(story_of=None))
    assert _released(store, date(2020, 4, 10))[0] == 450


def test_the_exports_name_each_document_s_story_and_keep_its_signature_out(store, write, tmp_path):
    import pyarrow.parquet as pq

    from accordwatch.export import EXPORTERS, ExportInput, interchange
    from accordwatch.kb import default_knowledge_base
    from accordwatch.store.records import load_records

    pipeline.ingest(store, [feed(write, "all.jsonl", SITES)])
    with store.session() as session:
        data = ExportInput(documents(session), load_records(session), default_knowledge_base())
    exported = {d["id"]: d.get("story_of") for d in interchange(data)["documents"]}
    assert exported == {"daily-0403": None, "kunduz-0402": None, "radio-0404": "daily-0403",
                        "wire-0402": "daily-0403"}
    EXPORTERS["parquet"](data, tmp_path / "tables")
    rows = pq.read_table(tmp_path / "tables" / "documents.parquet").to_pylist()
    assert {r["id"]: r["story_of"] for r in rows} == exported
    assert all("story_minhash" not in r["metadata"] for r in rows)


def test_a_store_made_before_the_band_index_finds_its_stories_after_the_upgrade(store, write):
    pipeline.ingest(store, [feed(write, "first.jsonl", [SITES[0], SITES[3]])])
    command.downgrade(alembic_config(store.engine), "0005")  # as the store was before the index
    command.upgrade(alembic_config(store.engine), "head")  # the stored signatures' bands are read in
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(StoryBandRow)) > 0
    pipeline.ingest(store, [feed(write, "later.jsonl", [SITES[1]])])
    assert stories(store) == {"daily-0403": None, "kunduz-0402": None, "wire-0402": "daily-0403"}


def test_a_deleted_or_copied_document_leaves_the_index(store, write):
    pipeline.ingest(store, [feed(write, "all.jsonl", SITES)])
    with store.session() as session:
        delete_document(session, "wire-0402")
    pipeline.ingest(store, [feed(write, "copy.jsonl", [("radio-copy", RADIO, "2020-04-05")])])
    with store.session() as session:
        indexed = set(session.scalars(select(StoryBandRow.doc_id)))
    # the deleted document's bands went with it; an exact copy is not indexed (its original stands for it)
    assert indexed == {"daily-0403", "radio-0404", "kunduz-0402"}
