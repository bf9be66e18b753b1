"""Where and when an event happened: districts under their province, the place of the act rather
than of the speaker, and dateline documents."""

from __future__ import annotations

import pytest
from extract_helpers import describe, event_of


def test_district_of_province_is_the_events_place(extract, kb):
    result = extract("Afghan forces killed 12 insurgents in Nad-e-Ali district of Helmand province on Friday.")
    event = event_of(result, "ASSAULT")
    place = kb.places[event.place]
    assert place.kind == "district"
    assert place.admin1 == "Helmand"
    assert kb.province_of(event.place) == "af-prov-hilmand"
    assert event.dead == 12


def test_district_spelled_without_ezafe_is_the_events_place(extract, kb):
    result = extract("Afghan forces killed 12 insurgents in Nad Ali district of Helmand province on Friday.")
    event = event_of(result, "ASSAULT")
    assert kb.places[event.place].kind == "district"
    assert kb.places[event.place].admin1 == "Helmand"


def test_place_is_where_it_happened_not_where_it_was_said(extract, kb):
    result = extract("A government spokesman in Kabul said that fighting in Kunduz killed five soldiers.")
    event = event_of(result, "ASSAULT")
    assert kb.places[event.place].admin1 == "Kunduz", describe(result)  # the city or the province of Kunduz
    assert event.dead == 5


TWO_CLAUSES = ("Taliban fighters attacked a checkpoint in Ghazni province on Monday, while US jets "
               "bombed a compound in Kunduz province on Tuesday.")


def test_two_events_in_two_clauses_keep_their_own_place(extract):
    result = extract(TWO_CLAUSES)
    places = {e.actors[0]: e.place for e in result.events if e.category == "ASSAULT" and e.actors}
    assert places == {"taliban": "af-prov-ghazni", "usa_mil": "af-prov-kunduz"}, describe(result)


def test_two_events_in_two_clauses_keep_their_own_day(extract):
    result = extract(TWO_CLAUSES)
    days = {e.actors[0]: str(e.date) for e in result.events if e.category == "ASSAULT" and e.actors}
    assert days == {"taliban": "2020-04-06", "usa_mil": "2020-04-07"}, describe(result)


def test_dateline_date_anchors_yesterday(extract):
    text = ("LASHKAR GAH, Afghanistan (Oct. 7, 2012)\n"
            "Officials said soldiers arrested two militants in Kandahar province yesterday near Spin Boldak.")
    result = extract(text, published=None)
    event = event_of(result, "COERCE")
    assert str(event.date) == "2012-10-06"
    assert event.arrested == 2
    assert event.place == "af-prov-kandahar"


def test_dateline_line_produces_no_mentions(extract):
    text = ("LASHKAR GAH, Afghanistan (Oct. 7, 2012)\n"
            "Afghan forces detained two insurgents in Kandahar province yesterday, officials said.")
    result = extract(text, published=None)
    first_line_end = text.index("\n")
    assert all(m.start > first_line_end for m in result.mentions), result.mentions


def test_every_afghan_district_lies_in_a_province_of_the_gazetteer(kb):
    # "Khost" names a province and a district: a district's province is the province of that name
    provinces = {p.name for p in kb.places.values() if p.kind == "province" and p.country == "AFG"}
    districts = [p for p in kb.places.values() if p.kind == "district" and p.country == "AFG"]
    assert len(districts) > 300
    assert [(d.name, d.admin1) for d in districts if d.admin1 not in provinces] == []


@pytest.mark.parametrize("written", ["Musa Qala", "Musa Qal'ah", "Musa Qal\u2019ah", "Musa Qalah"])
def test_a_district_is_found_however_its_glottal_stop_is_written(extract, kb, written):
    event = event_of(extract(f"Rebels attacked a police post in {written} district on Friday."), "ASSAULT")
    assert kb.places[event.place].kind == "district", event.place


def test_the_province_the_text_names_decides_a_district_spelt_otherwise(extract, kb):
    # the gazetteer spells Nangarhar's district "Khogyani"; "Khugyani" alone is Ghazni's
    event = event_of(extract("In Khugyani district, Nangarhar province, soldiers detained two suspects "
                             "yesterday."), "COERCE")
    assert kb.places[event.place].admin1 == "Nangarhar"


def test_a_later_act_without_a_place_happened_where_the_lead_says(extract, kb):
    result = extract("Afghan commandos raided a compound in Logar province on Friday. The raid targeted a "
                     "bomb maker. He had planned attacks on the highway for months. As the commandos left, "
                     "gunmen fired on them and the commandos killed two of the gunmen.")
    killing = next(e for e in result.events if e.category == "ASSAULT" and e.dead)
    assert kb.places[killing.place].name == "Logar", killing.place


def test_a_provincial_capital_is_a_city_in_its_province(extract, kb):
    event = event_of(extract("Gunmen attacked a police post in Kandahar City on Friday."), "ASSAULT")
    place = kb.places[event.place]
    assert (place.kind, place.admin1) == ("city", "Kandahar")


def test_once_opening_a_clause_is_not_background(extract):
    result = extract("Once the compound was secured, soldiers detained two suspects in Zabul on Monday.")
    assert not event_of(result, "COERCE").historical


def test_the_day_of_an_attack_named_as_background_is_not_the_raid_day(extract):
    result = extract("Soldiers targeted a commander responsible for an attack April 3 in Zabul, detaining "
                     "two suspects in Zabul province yesterday.")
    assert {str(e.date) for e in result.events if e.category in {"ASSAULT", "COERCE"}} == {"2020-04-11"}, \
        describe(result)


def test_the_operation_framing_an_act_dates_it(extract):
    result = extract("Soldiers detained two suspects during an operation in Zabul province yesterday.")
    assert str(event_of(result, "COERCE").date) == "2020-04-11"
