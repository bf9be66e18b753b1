"""Events: PLOVER category and mode from the predicate, negation, modality, compound actors, one
event per place, passive agents, allegations, ACLED types, historical events."""

from __future__ import annotations

import pytest
from extract_helpers import describe, event_of, events_of


@pytest.mark.parametrize(
    ("text", "category", "mode", "actors", "recipients"),
    [
        ("The Afghan government released 100 Taliban prisoners from Bagram prison on Saturday.",
         "RETREAT", "release", ["afg_gov"], ["taliban"]),
        ("The Taliban attacked a police checkpoint in Ghazni province on Sunday.",
         "ASSAULT", None, ["taliban"], None),
        ("The Houthis met Saudi officials in Muscat on Thursday.",
         "CONSULT", None, ["houthis"], ["sau_gov"]),
        ("Ukraine accused Russia of shelling civilian areas in Kharkiv.",
         "ACCUSE", "allege", ["ukr"], ["rus"]),
        ("Kabul rejected the Taliban's demand for the release of 5,000 prisoners.",
         "REJECT", None, ["afg_gov"], ["taliban"]),
        ("The United Nations called for an immediate halt to the fighting in Yemen.",
         "REQUEST", "change", ["un"], None),
        ("The Taliban threatened the Afghan government with new offensives.",
         "THREATEN", None, ["taliban"], ["afg_gov"]),
        ("The Taliban walked out of talks with the Afghan government on Tuesday.",
         "SANCTION", "withdraw", ["taliban"], None),
        ("Russian aircraft dropped two bombs on a market in Idlib on Monday.",
         "ASSAULT", "aerial", ["rus_mil"], None),
        ("The World Trade Organization repeated its demand on Friday that Indonesia lift the export ban.",
         "REQUEST", None, ["wto"], ["idn"]),
    ],
    ids=["released", "attacked", "met", "accused", "rejected", "called-for", "threatened", "walked-out",
         "dropped-bombs", "repeated-demand"],
)
def test_predicate_gives_plover_category(extract, text, category, mode, actors, recipients):
    result = extract(text)
    assert len(result.events) == 1, describe(result)
    event = result.events[0]
    assert (event.category, event.mode) == (category, mode)
    assert event.actors == actors
    if recipients is not None:
        assert event.recipients == recipients
    assert event.modality == "asserted"


def test_accused_of_an_attack_is_not_an_attack_of_its_own(extract):
    result = extract("Ukraine accused Russia of shelling civilian areas in Kharkiv.")
    assert not events_of(result, "ASSAULT"), describe(result)


def test_walked_out_of_talks_names_the_other_side(extract):
    result = extract("The Taliban walked out of talks with the Afghan government on Tuesday.")
    assert event_of(result, "SANCTION").recipients == ["afg_gov"]


def test_negated_release_is_a_rejection(extract):
    result = extract("The Afghan government did not release the Taliban prisoners on Saturday.")
    assert not events_of(result, "RETREAT")
    event = event_of(result, "REJECT")
    assert event.negated
    assert event.actors == ["afg_gov"]
    assert event.recipients == ["taliban"]


def test_negated_talks_are_a_boycott(extract):
    result = extract("The Taliban did not hold talks with the Afghan government this week.")
    assert not events_of(result, "CONSULT")
    event = event_of(result, "SANCTION")
    assert (event.mode, event.negated, event.actors) == ("withdraw", True, ["taliban"])


def test_willing_to_release_if_is_a_conditional_undertaking(extract):
    result = extract("The Afghan government is willing to release 300 Taliban prisoners "
                     "if the insurgents reduce violence.")
    assert not events_of(result, "RETREAT")
    event = event_of(result, "AGREE")  # PLOVER codes a release to come as AGREE
    assert event.modality == "conditional"
    assert event.prisoners == 300
    assert event.actors == ["afg_gov"]


def test_promised_release_is_a_planned_undertaking(extract):
    result = extract("The Afghan government promised to release 500 Taliban prisoners by the end of the month.")
    assert not events_of(result, "RETREAT")
    event = event_of(result, "AGREE")  # PLOVER codes a release to come as AGREE
    assert (event.mode, event.modality, event.prisoners) == ("release", "planned", 500)


def test_will_release_is_a_planned_undertaking(extract):
    result = extract("The Afghan government will release 200 Taliban prisoners next week.")
    event = event_of(result, "AGREE")  # PLOVER codes a release to come as AGREE
    assert (event.mode, event.modality, event.prisoners) == ("release", "planned", 200)


def test_will_release_is_planned_not_a_release(extract):
    result = extract("The Afghan government will release 200 Taliban prisoners next week.")
    assert not events_of(result, "RETREAT"), describe(result)
    assert [e.modality for e in result.events] == ["planned"]


def test_should_have_been_released_is_no_release(extract):
    result = extract("The detainees should have been released months ago, a Taliban spokesman said.")
    assert not events_of(result, "RETREAT"), describe(result)


def test_will_attack_is_a_threat(extract):
    result = extract("The Taliban will attack government forces in Kunduz.")
    assert not events_of(result, "ASSAULT"), describe(result)
    event = event_of(result, "THREATEN")
    assert (event.modality, event.actors) == ("planned", ["taliban"])


def test_trying_to_sign_is_no_agreement(extract):
    result = extract("The Colombian government tries to sign a peace deal with the ELN before the election.")
    assert not events_of(result, "AGREE")
    assert not [e for e in result.events if e.predicate == "sign"], describe(result)


def test_compound_subject_are_both_actors(extract):
    result = extract("The United States and the Taliban signed a peace agreement in Doha on Saturday.")
    signing = [e for e in result.events if e.predicate == "sign"]
    assert len(signing) == 1, describe(result)
    assert sorted(signing[0].actors) == ["taliban", "usa"]
    assert signing[0].recipients == []
    assert signing[0].place == "city-doha-qat"


def test_one_event_per_province(extract):
    result = extract("US forces carried out airstrikes in Helmand and Kandahar provinces on Friday.")
    strikes = events_of(result, "ASSAULT")
    assert sorted(e.place for e in strikes) == ["af-prov-hilmand", "af-prov-kandahar"]
    for event in strikes:
        assert event.actors == ["usa_mil"]
        assert event.mode == "aerial"
        assert str(event.date) == "2020-04-10"


def test_passive_with_agent_names_the_attacker(extract):
    result = extract("A police convoy was attacked by Taliban fighters in Faryab province on Wednesday.")
    event = event_of(result, "ASSAULT")
    assert event.actors == ["taliban"]
    assert event.place == "af-prov-faryab"


def test_reported_violence_of_another_party_is_alleged(extract):
    result = extract("The Taliban said Afghan forces killed 12 civilians in an airstrike "
                     "in Kunduz province on Thursday.")
    event = event_of(result, "ASSAULT")
    assert event.actors == ["afg_mil"]
    assert event.modality == "alleged"
    assert event.reported_by == ["taliban"]
    assert event.dead == 12


def test_violence_told_by_the_reporter_is_asserted(extract):
    result = extract("Afghan forces killed 12 civilians in an airstrike in Kunduz province on Thursday.")
    assert event_of(result, "ASSAULT").modality == "asserted"


def test_airstrike_has_acled_air_strike_subtype(extract):
    result = extract("US warplanes carried out an airstrike on a Taliban compound in Kunduz province on Thursday.")
    event = event_of(result, "ASSAULT")
    assert event.acled_event_type == "Explosions/Remote violence"
    assert event.acled_sub_event_type == "Air/drone strike"
    assert event.recipients == ["taliban"]


def test_warplanes_bombing_is_an_air_strike(extract):
    result = extract("The Houthis said Saudi warplanes bombed a school in Saada on Tuesday.")
    assert event_of(result, "ASSAULT").acled_sub_event_type == "Air/drone strike"


def test_release_has_acled_agreement_subtype(extract):
    result = extract("The Afghan government released 100 Taliban prisoners on Saturday.")
    event = event_of(result, "RETREAT")
    assert (event.acled_event_type, event.acled_sub_event_type) == ("Strategic developments", "Agreement")


def test_sentence_about_2001_is_historical(extract):
    result = extract("In 2001, American troops attacked Taliban positions near Kandahar.")
    event = event_of(result, "ASSAULT")
    assert event.historical
    assert str(event.date) == "2001"
    assert event.actors == ["usa_mil"]


def test_this_weeks_attack_is_not_historical(extract):
    result = extract("American troops attacked Taliban positions near Kandahar on Friday.")
    assert not event_of(result, "ASSAULT").historical


def test_an_ordered_release_is_planned_not_done(extract):
    result = extract("President Duque ordered the release of 800 rebel prisoners.")
    assert not events_of(result, "RETREAT"), describe(result)
    event = event_of(result, "AGREE")  # PLOVER codes a release to come as AGREE
    assert (event.modality, event.prisoners, event.date) == ("planned", 800, None)


def test_the_aim_of_an_operation_is_not_an_arrest(extract):
    result = extract("Police raided a farm in Logar province to arrest a bomb maker, and detained two guards.")
    [arrest] = events_of(result, "COERCE")
    assert arrest.arrested == 2, describe(result)


def test_a_definite_retelling_of_part_of_an_arrest_is_the_same_arrest(extract):
    result = extract("Commandos captured a rebel paymaster and one of his guards in Andar district yesterday. "
                     "The paymaster was captured at his house in Ghazni province.")
    [arrest] = events_of(result, "COERCE")
    assert arrest.arrested == 2, describe(result)
    assert arrest.place is not None and arrest.place.startswith("af-dist-")  # the district, not its province


def test_also_detained_is_another_arrest_not_a_retelling(extract):
    result = extract("Police arrested a rebel paymaster in Khost province today. "
                     "The police also detained one suspected militant.")
    assert sum(e.arrested or 0 for e in events_of(result, "COERCE")) == 2, describe(result)


def test_a_retelling_that_names_more_of_the_detained_keeps_the_larger_figure(extract):
    result = extract("Soldiers captured a rebel commander in Khost province today. After questioning villagers, "
                     "the soldiers detained the commander and a suspected associate.")
    [arrest] = events_of(result, "COERCE")
    assert arrest.arrested == 2, describe(result)


def test_a_raid_conducted_to_capture_someone_is_not_a_capture(extract):
    result = extract("The raid in Khost province was conducted to capture a rebel commander.")
    assert not events_of(result, "COERCE"), describe(result)


def test_an_armed_sides_answer_to_come_is_a_threat_to_whom_it_accused(extract):
    result = extract("The Taliban accused the United States of breaking the truce with new drone raids. "
                     "\"If the raids go on, they will compel Taliban fighters to react,\" a Taliban statement said.")
    threat = event_of(result, "THREATEN")
    assert (threat.actors, threat.recipients, threat.modality) == (["taliban"], ["usa"], "conditional")


def test_a_ministry_responding_to_a_letter_is_no_threat(extract):
    result = extract("The Afghan foreign ministry will respond to the letter next week.")
    assert not events_of(result, "THREATEN"), describe(result)


def test_the_act_that_says_who_someone_is_is_background(extract):
    result = extract("Police arrested a rebel commander responsible for the March 2 bombing of a bus in Kabul today.")
    arrest, bombing = event_of(result, "COERCE"), event_of(result, "ASSAULT")
    assert (str(arrest.date), arrest.historical) == ("2020-04-12", False)
    assert (str(bombing.date), bombing.historical) == ("2020-03-02", True)


def test_what_a_speaker_says_another_must_do_is_a_demand_of_it(extract):
    result = extract("Russia said on Tuesday that Sudan must hand back the seized helicopter.")
    request = event_of(result, "REQUEST")
    assert (request.actors, request.recipients) == (["rus"], ["sdn"])


def test_ordering_someone_to_act_is_a_request_of_them(extract):
    request = event_of(extract("A Kenyan court ordered opposition leader Raila Odinga to appear next week."),
                       "REQUEST")
    assert request.recipients == ["person:raila_odinga"], request


def test_an_attempted_assassination_is_an_assault(extract):
    result = extract("Gunmen tried to assassinate the governor of Kunduz province on Sunday.")
    assert events_of(result, "ASSAULT"), describe(result)


def test_an_accusation_with_its_accuser_unsaid_still_names_the_accused(extract):
    result = extract("Haiti's former leader Jean-Bertrand Aristide was accused on Monday of diverting aid.")
    accusation = event_of(result, "ACCUSE")
    assert (accusation.actors, accusation.recipients) == ([], ["person:jean_bertrand_aristide"])


def test_an_organisation_the_knowledge_base_lacks_is_still_an_actor(extract):
    result = extract("The Zintan party has said it will boycott the Libyan elections next month.")
    threat = event_of(result, "THREATEN")
    assert threat.actors == ["org:zintan_party"], describe(result)
    assert next(a for a in result.actors if a.id == "org:zintan_party").kind == "political_party"


def test_a_statement_demanding_is_its_issuers_demand_of_the_subject_named(extract):
    result = extract("The ELN issued a statement on Sunday demanding that the Colombian government end its "
                     "air raids.")
    request = event_of(result, "REQUEST")
    assert (request.actors, request.recipients) == (["eln"], ["col_gov"]), describe(result)


def test_a_demand_as_a_noun_is_a_request_and_what_it_asks_is_not_done(extract):
    result = extract("The United Nations renewed its demand on Monday that Israel lift the blockade of Gaza.")
    assert not events_of(result, "CONCEDE") and not events_of(result, "RETREAT"), describe(result)
    request = event_of(result, "REQUEST")
    assert (request.actors, request.recipients) == (["un"], ["isr"]), describe(result)


def test_a_rejection_answers_the_accusation_just_made(extract):
    result = extract("The Taliban accused the United States of breaking the deal signed after talks between "
                     "the two sides. The charge was rejected by US forces.")
    assert event_of(result, "REJECT").recipients == ["taliban"], describe(result)


def test_talks_supposed_to_start_have_not_started(extract):
    result = extract("Negotiations between the ELN and the Colombian government are supposed to start on Monday.")
    assert not events_of(result, "CONSULT"), describe(result)  # no talks held yet
    talks = event_of(result, "AGREE")  # PLOVER: talks agreed on, to come, are an agreement
    assert talks.modality == "planned", describe(result)


def test_what_a_background_attack_did_is_background_too(extract):
    result = extract("Police arrested a rebel commander in Logar province today. The commander is involved in a "
                     "recent car bomb attack that killed one civilian.")
    assert sum(e.dead or 0 for e in result.events if not e.historical) == 0, describe(result)


def test_the_same_toll_told_again_by_the_same_force_is_one_attack(extract):
    result = extract("Coalition forces killed one insurgent during an air strike in Logar province yesterday. "
                     "Hours later the coalition pilots struck again, killing one insurgent, officials said.")
    assert sum(e.dead or 0 for e in events_of(result, "ASSAULT")) == 1, describe(result)


def test_killing_by_an_airstrike_called_in_is_an_air_strike(extract):
    result = extract("Seeing no civilians nearby, the patrol called for a precision airstrike, killing two gunmen "
                     "in Kunar province.")
    strike = event_of(result, "ASSAULT")
    assert (strike.mode, strike.acled_sub_event_type) == ("aerial", "Air/drone strike"), describe(result)


def test_suicide_bombers_are_not_aircraft(extract):
    result = extract("Soldiers killed two suicide bombers near a checkpoint in Kunar province.")
    assert event_of(result, "ASSAULT").mode != "aerial", describe(result)


def test_talks_that_may_happen_are_hypothetical(extract):
    result = extract("The minister said the matter could be raised during negotiations between the ELN and the "
                     "Colombian government.")
    talks = [e for e in result.events if e.predicate.startswith("negotiation")]
    assert talks and all(e.modality == "hypothetical" for e in talks), describe(result)


# who does an act, however the sentence names them
WHO_DOES = [
    ("On Friday, Afghan and coalition forces arrested two militants near a market in Kandahar.",
     "COERCE", ["afg_mil", "us_led_coalition"]),
    ("Pakistan will force the rebels to retaliate against the army.",
     "THREATEN", ["insurgents"]),
    ("US and Russian negotiators returned to Geneva on Monday for talks on missiles.",
     "CONSULT", ["rus_gov", "usa_gov"]),
    ("The emir of Qatar launched a mediation effort on Saturday between Sudan and Eritrea.",
     "CONSULT", ["qat"]),
    ("The United States speeded up the withdrawal of its troops from Panama on Wednesday.",
     "RETREAT", ["usa"]),
    ("Tens of thousands of people blocked streets in Caracas on Saturday in defiance of a ban.",
     "PROTEST", ["protesters"]),
    ("Hungarian and Romanian ministers agreed on Wednesday that their countries should "
     "cooperate against smuggling.",
     "AGREE", ["hun_gov", "rou_gov"]),
    ("Russia closed its southern border on Monday because of fighting between Armenia and "
     "Azerbaijan.",
     "ASSAULT", ["arm", "aze"]),
    ("Turkish officials said on Monday that talks with the PKK are out of the question.",
     "REJECT", ["tur_gov"]),
    ("A minister said Vietnam is committed to opening its banks to foreign investors.",
     "AGREE", ["vnm"]),
    ("Kenya announced on Friday that it paid compensation to 40 Somali herders.",
     "RETREAT", ["ken"]),
]


@pytest.mark.parametrize(("text", "category", "actors"), WHO_DOES,
                         ids=["joined-forces", "urged-to-act", "state-and-nationality", "mediation-launched",
                              "withdrawal-sped-up", "unnamed-crowd", "agreed-what-ought", "fighting-between",
                              "ruled-out", "committed-to", "paid-compensation"])
def test_who_does_the_act(extract, text, category, actors):
    result = extract(text)
    assert sorted(event_of(result, category).actors) == sorted(actors), describe(result)
