"""A small export made by hand: three invented reports and the events and claims read from them,
with their offsets into the reports' text, over the packaged knowledge base (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from accordwatch.export import ExportInput
from accordwatch.kb import default_knowledge_base
from accordwatch.model import Claim, DateValue, Document, Event, Evidence, Mention, Quantity, TimeExpr
from accordwatch.store.records import StoredRecords

HERAT = ("HERAT, Afghanistan - Taliban fighters stormed an army checkpoint in Injil district on Monday night, "
         "and four soldiers died in the fighting, a provincial spokesman said.\n\n"
         "Earlier this month insurgents shot two shopkeepers in the provincial capital, residents said.\n\n"
         "Negotiators of the United States and the Taliban agreed in Doha last week on a timetable for "
         "releasing prisoners.\n\n"
         "The governor said the army will send more troops to the district.\n")
KABUL = ("KABUL - The interior ministry says an unnamed official was questioned about missing funds.\n\n"
         "The Taliban did not attack the convoy, the ministry added.\n")
LATE = "A Taliban spokesman said the movement had kept every promise it made.\n"


def evidence(doc_id: str, text: str, words: str) -> Evidence:
    """Where WORDS are in TEXT, with the paragraph they belong to as the sentence."""
    start = text.index(words)
    sentence_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    end_of_sentence = text.find("\n\n", start)
    sentence = text[sentence_start:end_of_sentence if end_of_sentence != -1 else len(text)]
    return Evidence(doc_id, start, start + len(words), words, sentence.strip(), sentence_start)


@pytest.fixture
def sample() -> ExportInput:
    docs = [
        Document("herat-1", HERAT, "h1", "/reports/herat-1.txt", date(2020, 4, 14), "metadata",
                 "Checkpoint stormed in Injil", "https://news.example.org/herat-1", "Western Herald"),
        Document("kabul-2", KABUL, "k2", "/reports/kabul-2.txt", date(2020, 5, 2), "dateline",
                 "Official questioned", None, "Capital Daily"),
        Document("late-3", LATE, "l3", "/reports/late-3.txt", date(2020, 6, 1), "metadata", None, None, None),
    ]
    events = [
        Event("herat-1:e1", "herat-1", "ASSAULT", evidence("herat-1", HERAT, "Taliban fighters stormed an army "
              "checkpoint in Injil district"), mode="firearms", actors=["taliban"], recipients=["afg_mil"],
              date=DateValue.day(date(2020, 4, 13)), date_basis="text", place="af-dist-af3202", dead=4,
              reported_by=["afg_gov"], acled_event_type="Battles", acled_sub_event_type="Armed clash",
              predicate="storm"),
        Event("herat-1:e2", "herat-1", "ASSAULT", evidence("herat-1", HERAT, "insurgents shot two shopkeepers"),
              mode="firearms", actors=["insurgents"], recipients=["civilians"], date=DateValue.month(2020, 4),
              date_basis="text", place="af-prov-hirat", dead=2, modality="alleged", reported_by=["civilians"],
              acled_event_type="Violence against civilians", acled_sub_event_type="Attack", predicate="shoot"),
        Event("herat-1:e3", "herat-1", "AGREE", evidence("herat-1", HERAT, "Negotiators of the United States and "
              "the Taliban agreed in Doha"), actors=["usa_gov", "taliban"],
              date=DateValue.between(date(2020, 4, 6), date(2020, 4, 11)), date_basis="text",
              place="city-doha-qat", acled_event_type="Strategic developments", acled_sub_event_type="Agreement",
              predicate="agree"),
        Event("herat-1:e4", "herat-1", "MOBILIZE", evidence("herat-1", HERAT, "the army will send more troops"),
              actors=["afg_mil"], place="af-dist-af3202", modality="planned",
              acled_event_type="Strategic developments", acled_sub_event_type="Other", predicate="send"),
        Event("kabul-2:e1", "kabul-2", "COERCE", evidence("kabul-2", KABUL, "an unnamed official was questioned"),
              mode="arrest", actors=["afg_police"], date=None, date_basis="publication", arrested=1,
              acled_event_type="Strategic developments", acled_sub_event_type="Arrests", predicate="question"),
        Event("kabul-2:e2", "kabul-2", "ASSAULT", evidence("kabul-2", KABUL, "The Taliban did not attack the convoy"),
              actors=["taliban"], negated=True, predicate="attack", acled_event_type="Battles",
              acled_sub_event_type="Armed clash"),
    ]
    claims = [
        Claim("kabul-2:c1", "kabul-2", "afg_gov", evidence("kabul-2", KABUL, "The interior ministry says"),
              events=["kabul-2:e1"]),
        Claim("late-3:c1", "late-3", "taliban", evidence("late-3", LATE, "A Taliban spokesman said"),
              date=DateValue.day(date(2020, 6, 1))),
    ]
    records = StoredRecords(
        mentions=[Mention("herat-1", HERAT.index("Injil"), HERAT.index("Injil") + 5, "Injil", place="af-dist-af3202"),
                  Mention("late-3", 2, 9, "Taliban", actor="taliban")],
        times=[TimeExpr("herat-1", HERAT.index("Monday night"), HERAT.index("Monday night") + 12, "Monday night",
                        DateValue.day(date(2020, 4, 13)), "weekday")],
        quantities=[Quantity("herat-1", HERAT.index("four"), HERAT.index("four") + 4, "four", 4, "killed", "afg_mil")],
        events=events, claims=claims,
    )
    return ExportInput(docs, records, default_knowledge_base())
