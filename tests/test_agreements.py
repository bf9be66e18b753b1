"""Agreement files: the example loads, invalid files name the file and field path, deadlines resolve."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from accordwatch.agreements import deadline_of, load_agreement
from accordwatch.errors import AgreementError

DOHA = Path(__file__).resolve().parents[1] / "examples" / "afghanistan-2020" / "doha-2020.yaml"

# A small agreement of our own: a local prisoner swap between a provincial council and a militia.
SWAP = {
    "id": "faryab-swap",
    "title": "Faryab prisoner exchange understanding",
    "signed": date(2021, 5, 10),
    "parties": [
        {"id": "council", "actor": "afg_gov", "role": "signatory"},
        {"id": "militia", "actor": "taliban", "role": "signatory"},
        {"id": "elders", "actor": "faryab_elders", "role": "witness"},
    ],
    "triggers": [
        {"id": "talks_open", "description": "Talks between the council and the militia open",
         "fired_by": {"category": "CONSULT", "actors": ["council", "militia"], "all_actors": True}},
    ],
    "provisions": [
        {"id": "council_release", "text": "The council frees 300 fighters within 30 days of signing",
         "obligated": "council", "beneficiary": "militia",
         "counts": {"category": "RETREAT", "mode": "release", "actors": ["council"], "field": "prisoners"},
         "target": {"value": 300}, "deadline": {"days_after": 30, "after": "signing"}},
        {"id": "militia_release", "text": "The militia frees 50 hostages within 14 days after talks open",
         "obligated": "militia",
         "counts": {"category": "RETREAT", "mode": "release", "actors": ["militia"], "field": "prisoners"},
         "target": {"value": 50}, "deadline": {"days_after": 14, "after": "talks_open"}},
        {"id": "handover_report", "text": "Both sides report the handover by 1 August 2021", "kind": "action",
         "obligated": "council", "counts": {"category": "CONSULT", "actors": ["council"]},
         "deadline": {"date": date(2021, 8, 1)}},
        {"id": "ceasefire", "text": "No attacks on council forces", "kind": "violation", "obligated": "militia",
         "breached_by": [{"category": "ASSAULT", "actors": ["militia"], "recipients": ["council"]}]},
    ],
}


def write_agreement(tmp_path: Path, data: dict, name: str = "swap.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def changed(edit) -> dict:
    data = copy.deepcopy(SWAP)
    edit(data)
    return data


# ------------------------------------------------------------------------------ the example


def test_doha_agreement_loads():
    agreement = load_agreement(DOHA)
    assert agreement.id == "doha-2020"
    assert agreement.signed == date(2020, 2, 29)
    assert len(agreement.provisions) == 9
    roles = {p.id: p.role for p in agreement.parties}
    signatories = {p for p, role in roles.items() if role == "signatory"}
    assert "kabul" not in signatories
    assert roles["kabul"] == "obligated"
    assert agreement.party_actor("kabul") == "afg_gov"
    # the non-signatory carries obligations all the same
    release = next(p for p in agreement.provisions if p.id == "taliban_prisoner_release")
    assert release.obligated == "kabul"
    assert release.target is not None and release.target.value == 5000
    assert {p.kind for p in agreement.provisions} == {"count", "action", "violation"}


def test_our_agreement_loads_and_normalises_categories(tmp_path):
    data = changed(lambda d: d["provisions"][0]["counts"].update(category="retreat"))
    agreement = load_agreement(write_agreement(tmp_path, data))
    assert [p.id for p in agreement.provisions] == ["council_release", "militia_release", "handover_report",
                                                    "ceasefire"]
    assert agreement.provisions[0].counts is not None
    assert agreement.provisions[0].counts.category == "RETREAT"


# ------------------------------------------------------------------------------ invalid files


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["provisions"][1].update(obligated="nobody"),
         ["provisions -> 1", "obligated", "'nobody' is not a party id"]),
        (lambda d: d["provisions"][0]["deadline"].update(date=date(2021, 6, 1)),
         ["provisions -> 0 -> deadline", "either date"]),
        (lambda d: d["provisions"][0]["counts"].update(category="NEGOTIATE"),
         ["provisions -> 0 -> counts", "unknown PLOVER category 'NEGOTIATE'"]),
        (lambda d: d["provisions"][1]["deadline"].pop("after"),
         ["provisions -> 1 -> deadline", "after"]),
        (lambda d: d["provisions"][1]["deadline"].update(after="talks_closed"),
         ["provisions -> 1", "deadline -> after", "unknown trigger 'talks_closed'"]),
        (lambda d: d["provisions"][0].pop("target"),
         ["provisions -> 0", "needs a `target`"]),
        (lambda d: d["provisions"][2].update(deadlin={"date": date(2021, 8, 1)}),
         ["[provisions -> 2 -> deadlin]", "Extra inputs"]),
        (lambda d: d["parties"][0].update(role="observer"),
         ["parties -> 0 -> role"]),
        (lambda d: d.pop("signed"),
         ["[signed]", "required"]),
    ],
    ids=["obligated-not-a-party", "date-and-days-after", "unknown-plover", "relative-without-after",
         "unknown-trigger", "count-without-target", "misspelt-field", "bad-role", "missing-signed"],
)
def test_invalid_agreement_names_file_and_field(tmp_path, edit, expected):
    path = write_agreement(tmp_path, changed(edit))
    with pytest.raises(AgreementError) as raised:
        load_agreement(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ")
    for part in expected:
        assert part in message


def test_missing_agreement_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(AgreementError, match="no such agreement file") as raised:
        load_agreement(path)
    assert str(path) in str(raised.value)


def test_invalid_yaml(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: broken\nparties: [\n  - {id: a\n", encoding="utf-8")
    with pytest.raises(AgreementError, match="not valid YAML") as raised:
        load_agreement(path)
    assert str(raised.value).startswith(f"{path}: ")


def test_a_key_written_twice_is_an_error_naming_both_lines(tmp_path):
    # the second "target" would silently have replaced the first: a number the ledger is measured by
    path = tmp_path / "twice.yaml"
    path.write_text("id: twice\ntitle: T\nsigned: 2021-05-01\nparties: []\nprovisions:\n"
                    "  - id: release\n    target: 500\n    kind: release\n    target: 5000\n", encoding="utf-8")
    with pytest.raises(AgreementError) as raised:
        load_agreement(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "'target' a second time (first at line 7)" in message and "line 9" in message


def test_yaml_that_is_not_a_mapping(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(AgreementError, match="mapping") as raised:
        load_agreement(path)
    assert str(raised.value).startswith(f"{path}: ")


# ------------------------------------------------------------------------------ deadlines


def _provision(agreement, provision_id):
    return next(p for p in agreement.provisions if p.id == provision_id)


def test_deadline_days_after_signing(tmp_path):
    agreement = load_agreement(write_agreement(tmp_path, SWAP))
    assert deadline_of(agreement, _provision(agreement, "council_release"), {}) == date(2021, 6, 9)
    doha = load_agreement(DOHA)
    assert deadline_of(doha, _provision(doha, "us_troop_reduction_8600"), {}) == date(2020, 7, 13)


def test_deadline_after_a_trigger_only_once_it_fired(tmp_path):
    agreement = load_agreement(write_agreement(tmp_path, SWAP))
    militia = _provision(agreement, "militia_release")
    assert deadline_of(agreement, militia, {}) is None
    assert deadline_of(agreement, militia, {"talks_open": date(2021, 7, 20)}) == date(2021, 8, 3)


def test_fixed_and_absent_deadlines(tmp_path):
    agreement = load_agreement(write_agreement(tmp_path, SWAP))
    assert deadline_of(agreement, _provision(agreement, "handover_report"), {}) == date(2021, 8, 1)
    assert deadline_of(agreement, _provision(agreement, "ceasefire"), {}) is None


@pytest.mark.parametrize(("signed", "months", "expected"),
                         [(date(2021, 5, 10), 3, date(2021, 8, 10)), (date(2021, 11, 15), 3, date(2022, 2, 15))])
def test_deadline_months_after_signing(tmp_path, signed, months, expected):
    data = changed(lambda d: d["provisions"][0].update(deadline={"months_after": months, "after": "signing"}))
    data["signed"] = signed
    # the fixed deadline of another provision must not fall before this signing (refused since #12)
    data["provisions"][2]["deadline"] = {"date": signed + timedelta(days=200)}
    agreement = load_agreement(write_agreement(tmp_path, data))
    assert deadline_of(agreement, agreement.provisions[0], {}) == expected


def test_deadline_months_after_a_late_day_of_the_month(tmp_path):
    doha = load_agreement(DOHA)
    assert deadline_of(doha, _provision(doha, "full_foreign_withdrawal"), {}) == date(2021, 4, 29)
    data = changed(lambda d: d["provisions"][0].update(deadline={"months_after": 1, "after": "signing"}))
    data["signed"] = date(2021, 3, 31)
    agreement = load_agreement(write_agreement(tmp_path, data))
    assert deadline_of(agreement, agreement.provisions[0], {}) == date(2021, 4, 30)
