"""Names read in context: a name several actors share, or a generic one ("the ministry"), takes the
sense that fits the country the report is about; with none, it stays unresolved."""

from __future__ import annotations

import pytest
from extract_helpers import mention_at

from accordwatch.kb import load_knowledge_base
from accordwatch.model import Extraction


def actor_at(result: Extraction, text: str, needle: str) -> str | None:
    found = [m for m in result.mentions if m.start == text.index(needle)]
    return found[0].actor if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters overran a checkpoint in Ghazni province. The National Security Council said the "
         "attack broke the deal.", "afg_nsc"),
        ("The National Security Council has asked the Taliban to release the engineers held in Kandahar "
         "and Zabul.", "afg_nsc"),
        ("President Biden met his advisers at the White House in Washington on Monday. The National Security "
         "Council said the talks went well.", "us_nsc"),
        ("Pakistani troops raided a compound in Peshawar. The National Security Council met in Islamabad "
         "the next day.", "pak_gov"),
    ],
    ids=["afghan-report", "afghan-places", "us-report", "country-without-own-sense"],
)
def test_national_security_council_is_the_reports_country(extract, text, expected):
    result = extract(text)
    assert actor_at(result, text, "National Security Council") == expected


def test_national_security_council_with_no_country_stays_unresolved(extract):
    text = "The National Security Council will meet again next week."
    result = extract(text)
    assert actor_at(result, text, "National Security Council") is None
    assert result.actors == []  # not made up as a new organisation either


def test_a_named_sense_is_taken_over_the_reports_country(extract):
    text = ("Afghan officials met in Kabul. The US National Security Council, in a note to Kabul, said the "
            "National Security Council would send an envoy.")
    result = extract(text)
    assert mention_at(result, text, "National Security Council", 1).actor == "us_nsc"


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Police arrested two men in Herat province on Monday. The ministry said both were Taliban members.",
         "ministry", "afg_gov"),
        ("Houthi fighters shelled a market in Taiz. The Ministry of Human Rights condemned the shelling.",
         "Ministry of Human Rights", "yem_gov"),
        ("Houthi fighters shelled a market in Taiz. The coalition said it had freed 13 prisoners.",
         "coalition", "saudi_led_coalition"),
        ("Taliban fighters attacked a base in Helmand. The presidential palace said talks would go on.",
         "presidential palace", "afg_arg"),
        ("Protesters gathered in Islamabad and Lahore. The palace said it would not resign.", "palace", "pak_gov"),
    ],
    ids=["ministry-afghan", "human-rights-yemen", "coalition-yemen", "palace-afghan", "palace-pakistan"],
)
def test_a_generic_body_is_the_reports_country(extract, text, needle, expected):
    result = extract(text)
    assert actor_at(result, text, needle) == expected


def test_a_generic_ministry_with_no_country_stays_unresolved(extract):
    text = "The ministry said the talks would resume next week."
    result = extract(text)
    assert actor_at(result, text, "ministry") is None
    assert result.claims == []


def test_an_indefinite_ministry_is_no_particular_one(extract):
    text = "Police arrested two men in Herat province. A ministry would review the case, he said."
    assert actor_at(extract(text), text, "ministry") is None


def test_a_ministry_named_for_its_owner_is_the_owners(extract):
    text = "Taliban fighters took the district in Kunduz. The Taliban's interior ministry said 40 men were held."
    assert actor_at(extract(text), text, "interior ministry") == "taliban"


def test_the_ministry_after_a_named_ministry_is_that_ministry(extract):
    text = ("Houthi fighters shelled a market in Taiz. The Ministry of Human Rights condemned the attack. "
            "The ministry said 12 people were hurt.")
    result = extract(text)
    assert mention_at(result, text, "ministry", 0).actor == "yem_gov"


def test_a_spokesman_for_the_top_security_body_is_that_bodys(extract):
    text = ("Afghan forces retook a district in Ghazni. The spokesman for the top security body, Karim Nazari, "
            "said 100 Taliban prisoners were freed in Kabul.")
    result = extract(text)
    spokesman = next(a for a in result.actors if a.name == "Karim Nazari")
    assert spokesman.affiliation == "afg_nsc"


def test_yemen_exchange_actors_are_known(kb):
    assert kb.organisation_of("abdul_qader_al_murtada") == "houthis"
    assert kb.organisation_of("houthi_prisoners_committee") == "houthis"
    assert kb.organisation_of("majed_fadail") == "yem_gov"
    assert kb.organisation_of("turki_al_maliki") == "saudi_led_coalition"
    assert kb.organisation_of("jessica_moussan") == "icrc"
    assert kb.organisation_of("hans_grundberg") == "un"
    for name, actor in [("Ansar Allah", "houthis"), ("Riyadh-led coalition", "saudi_led_coalition"),
                        ("Coalition to Restore Legitimacy", "saudi_led_coalition"),
                        ("army and popular committees", "houthis"), ("Arab Coalition", "saudi_led_coalition")]:
        assert kb.actors_named(name) == {actor}, name


def test_a_yemen_report_names_its_parties(extract):
    text = ("Abdul Qader al-Murtada, who heads the National Committee for Prisoners' Affairs, said the Riyadh-led "
            "coalition would hand over 100 men. Majed Fadail told reporters the government side was ready.")
    result = extract(text)
    assert actor_at(result, text, "Abdul Qader al-Murtada") == "abdul_qader_al_murtada"
    assert actor_at(result, text, "National Committee for Prisoners' Affairs") == "houthi_prisoners_committee"
    assert actor_at(result, text, "Riyadh-led") == "saudi_led_coalition"
    assert {c.speaker for c in result.claims} >= {"abdul_qader_al_murtada", "majed_fadail"}


def test_an_ambiguous_name_must_have_a_sense_or_a_body(tmp_path):
    from accordwatch.errors import KnowledgeBaseError
    from accordwatch.kb.knowledge_base import _data_dir

    for source in _data_dir().iterdir():
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "ambiguous_names.yaml").write_text("names:\n  - {name: the tribunal}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="tribunal"):
        load_knowledge_base(tmp_path)
