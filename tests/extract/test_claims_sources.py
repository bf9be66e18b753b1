"""Who a statement is by: the subject of the reporting verb that governs what was said (or the
object of "according to"), whatever the word order; no claim when the text says nothing was said;
what the writer tells in their own voice is the outlet's report."""

from __future__ import annotations

import pytest
from extract_helpers import claim_by, event_of

RELEASE = "released 15 soldiers in Kunduz"


@pytest.mark.parametrize(
    "text",
    [
        f"Zabiullah Mujahid says that the group {RELEASE}.",
        f"The group {RELEASE}, according to Zabiullah Mujahid.",
        f"According to Zabiullah Mujahid, the group {RELEASE} on Sunday.",
        f"The group, according to Zabiullah Mujahid, {RELEASE}.",
        f"Zabiullah Mujahid told Al Jazeera that the group had {RELEASE}.",
        f"Zabiullah Mujahid, speaking to Al Jazeera on Sunday, said the group had {RELEASE}.",
        f"In a statement, Zabiullah Mujahid said the group had {RELEASE}.",
        f"Zabiullah Mujahid wrote on Twitter that the group had {RELEASE}.",
        f"“We {RELEASE} this morning,” Zabiullah Mujahid told reporters.",
        f"The group had {RELEASE}, Zabiullah Mujahid was quoted as saying.",
    ],
    ids=["says-that", "according-to-after", "according-to-before", "according-to-inside", "told-outlet",
         "speaking-to", "in-a-statement", "wrote-on-twitter", "quote-first", "quoted-as-saying"],
)
def test_the_speaker_of_each_shape_of_statement_is_the_source_of_its_events(extract, text):
    result = extract(text)
    release = event_of(result, "RETREAT")
    claim = claim_by(result, "zabihullah_mujahid")
    assert release.id in claim.events
    assert release.reported_by == ["zabihullah_mujahid"]


def test_however_describes_is_a_claim_of_the_speaker(extract):
    result = extract("Zabiullah Mujahid, however, described the handover of the soldiers as a goodwill gesture.")
    assert claim_by(result, "zabihullah_mujahid").quote.startswith("Zabiullah Mujahid, however")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban have not yet commented on the raid in Kunduz.",
        "Zabiullah Mujahid declined to comment on the raid in Kunduz.",
        "Zabiullah Mujahid could not be reached for comment on the raid in Kunduz.",
        "The Taliban did not respond to a request for comment about the raid in Kunduz.",
        "Zabiullah Mujahid refused to say whether the group took part in the raid in Kunduz.",
        "A Taliban spokesman was unavailable for comment on Sunday.",
    ],
    ids=["not-yet-commented", "declined", "not-reached", "did-not-respond", "refused-to-say", "unavailable"],
)
def test_saying_nothing_is_no_claim(extract, text):
    result = extract(text)
    assert [c for c in result.claims if c.speaker in {"taliban", "zabihullah_mujahid"}] == []


def test_declining_one_question_but_saying_another_thing_is_a_claim(extract):
    result = extract(f"Zabiullah Mujahid declined to comment on the talks but said the group had {RELEASE}.")
    assert claim_by(result, "zabihullah_mujahid")


def test_a_quote_told_by_an_unnamed_he_is_not_given_to_the_name_in_the_next_sentence(extract):
    result = extract("“We freed them as a gesture,” he told the BBC. Zabiullah Mujahid added that more "
                     "prisoners would follow soon.")
    claim = claim_by(result, "zabihullah_mujahid")
    assert "We freed them" not in claim.quote


def test_the_writers_attack_is_the_outlets_not_the_next_speakers(extract):
    result = extract("Taliban fighters stormed a police post in Kunduz on Friday. Zabiullah Mujahid said the "
                     "group had freed 12 soldiers the day before.", outlet="Reuters")
    attack = event_of(result, "ASSAULT")
    assert attack.reported_by == ["reuters"]
    assert event_of(result, "RETREAT").reported_by == ["zabihullah_mujahid"]


def test_the_writers_account_is_the_outlet_even_one_the_kb_does_not_know(extract):
    result = extract("Government troops detained four suspects in Herat on Tuesday.", outlet="Kabul Evening Ledger")
    arrest = event_of(result, "COERCE")
    assert len(arrest.reported_by) == 1
    outlet = next(a for a in result.actors if a.id == arrest.reported_by[0])
    assert outlet.name == "Kabul Evening Ledger" and outlet.kind == "media"


def test_an_unnamed_officials_account_is_not_the_outlets(extract):
    result = extract("Government troops detained four suspects in Herat, officials said.", outlet="Reuters")
    assert event_of(result, "COERCE").reported_by != ["reuters"]


def test_a_denial_is_about_the_act_told_before_it(extract):
    result = extract("Government troops detained four Taliban members in Herat on Tuesday, the ministry said. "
                     "A Taliban spokesman said the report was baseless.")
    assert event_of(result, "COERCE").id in claim_by(result, "taliban").events


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry's spokesman said police detained three suspects in Herat.", "afg_gov"),
        ("A spokesperson of the interior ministry said police detained three suspects in Herat.", "afg_police"),
        ("Police detained three suspects in Herat, a spokesman for the interior ministry said.", "afg_police"),
        ("A spokesman for the Taliban told reporters the group had freed 20 soldiers in Ghazni.", "taliban"),
    ],
    ids=["possessive", "of", "for-after", "for-group"],
)
def test_a_title_speaks_for_its_organisation(extract, text, speaker):
    result = extract(text)
    assert claim_by(result, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "According to the sources, the Taliban had freed 60 soldiers in Ghazni.",
        "The Taliban had freed 60 soldiers in Ghazni, according to people familiar with the talks.",
    ],
    ids=["before", "after"],
)
def test_according_to_an_unnamed_source_is_not_the_actor_in_the_content(extract, text):
    result = extract(text, outlet="Reuters")
    release = event_of(result, "RETREAT")
    assert result.claims == []
    assert release.reported_by == []  # someone's account, neither the Taliban's nor the outlet's


def test_according_to_a_person_beside_a_title_is_that_person(extract):
    result = extract("The Houthis freed 60 soldiers, according to Abdul Qader al-Murtada, the group's negotiator.")
    assert event_of(result, "RETREAT").reported_by == ["abdul_qader_al_murtada"]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis freed a further 50 prisoners on Monday, Yemeni media reported.",
        "Pakistani sources said the Taliban had freed 50 prisoners on Monday.",
    ],
    ids=["media", "sources"],
)
def test_a_nationality_on_unnamed_media_is_not_the_state_speaking(extract, text):
    result = extract(text)
    assert [c.speaker for c in result.claims if c.speaker in {"yem", "pak"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC announced on Sunday that the exchange with the Houthi side had concluded, "
        "with 500 prisoners freed.",
        "The ICRC said the Houthi negotiators confirmed that 500 prisoners had been freed.",
    ],
    ids=["concluded-inside", "confirmed-inside"],
)
def test_a_reporting_verb_inside_what_was_said_makes_no_second_speaker(extract, text):
    result = extract(text)
    assert [c.speaker for c in result.claims] == ["icrc"]


@pytest.mark.parametrize(
    "text",
    [
        "The movement freed 22 army officers in Ghazni on Tuesday, a Taliban spokesman said.",
        "Twenty-two army officers were freed by the group in Ghazni, Zabiullah Mujahid told reporters.",
        "According to a Taliban spokesman, the group released 22 army officers in Ghazni.",
        "The militants have let 22 army officers go in Ghazni, Zabiullah Mujahid said on Twitter.",
    ],
    ids=["subject-then-spokesman", "passive-agent", "according-to-first", "phrasal-verb-on-twitter"],
)
def test_the_group_named_only_by_its_spokesman_is_the_one_that_freed(extract, text):
    release = event_of(extract(text), "RETREAT")
    assert release.actors == ["taliban"]


def test_the_group_after_a_named_group_is_that_group_whoever_speaks(extract):
    text = ("Government forces fought the Taliban near Ghazni on Monday. The group freed 22 army officers "
            "on Tuesday, a defence ministry spokesman said.")
    release = event_of(extract(text), "RETREAT")
    assert release.actors == ["taliban"]


def test_a_government_spokesman_does_not_make_the_group_his_government(extract):
    release = [e for e in extract("The group freed 22 army officers in Ghazni, a defence ministry spokesman "
                                  "said.").events if e.category == "RETREAT"]
    assert all(not {"afg_gov", "afg_mil", "afg"} & set(e.actors) for e in release)
