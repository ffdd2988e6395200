"""peer_contacts.csv: one row per tagged peer contact, 0/1 per role and group, its dictionary rows;
untagged contacts, supervisors' contacts and practice never appear, and a rater never gets it."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest
from freezegun import freeze_time

from tests.support.builders import make_active, make_staff, make_training
from tests.support.fidelity_builders import contact
from tests.support.queue_builders import make_item
from tests.support.times import MONDAY_NOON
from textsupport.models import Arm, EventAction, Role
from textsupport.services.export import writer
from textsupport.services.export.files import Options

AT = datetime(2026, 11, 20, 17, 30, tzinfo=UTC)


@pytest.fixture
def tagged(session):
    """Pat's tagged phone call and tagged reply with Quinn; an untagged call; Sue's tagged call; Pat's
    tagged practice call."""
    pat = make_staff(session, display_name="Pat Peer")
    sue = make_staff(session, role=Role.SUPERVISOR)
    quinn = make_active(session, Arm.PEER, date(2026, 11, 1), peer_worker_id=pat.id)
    item = make_item(session, quinn, at=AT)
    call = contact(session, item, pat, AT, ["trust", "hope", "coping_skills"])
    reply = contact(session, item, pat, AT, ["empathy"], action=EventAction.REPLIED)
    contact(session, item, pat, AT)  # untagged
    contact(session, item, sue, AT, ["hope"])  # a supervisor's
    contact(session, make_item(session, make_training(session, pat), at=AT), pat, AT, ["hope"])  # practice
    return {"pat": pat, "quinn": quinn, "item": item, "call": call, "reply": reply}


def export(session, settings, folder, **options):
    with freeze_time(MONDAY_NOON):
        return writer.export(session, folder, Options(**options), None, settings).out


def read(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_one_row_per_tagged_peer_contact_with_a_column_per_role(session, settings, tagged, tmp_path):
    folder = export(session, settings, tmp_path / "out")
    rows = read(folder / "peer_contacts.csv")
    assert [row["contact_id"] for row in rows] == [str(tagged["call"].id), str(tagged["reply"].id)]
    call, reply = rows
    assert (call["participant_id"], call["worker"], call["item_id"]) == (
        tagged["quinn"].study_id, str(tagged["pat"].id), str(tagged["item"].id)
    )  # fmt: skip
    assert (call["at"], call["kind"], call["minutes"], call["n_roles"]) == (
        "2026-11-20T17:30:00Z",
        "phone",
        "10",
        "3",
    )
    assert (reply["kind"], reply["minutes"], reply["n_roles"]) == ("sms", "", "1")
    assert (call["group_services"], call["group_actions"], call["group_processes"]) == ("1", "1", "1")
    assert (reply["group_services"], reply["group_actions"], reply["group_processes"]) == ("0", "0", "1")
    roles = [name for name in call if name.startswith("role_")]
    assert len(roles) == 16 and roles[:2] == ["role_hope", "role_empowerment"]
    assert {name for name in roles if call[name] == "1"} == {"role_hope", "role_trust", "role_coping_skills"}
    assert {name for name in roles if reply[name] == "1"} == {"role_empathy"}


def test_its_columns_are_in_the_data_dictionary(session, settings, tagged, tmp_path):
    folder = export(session, settings, tmp_path / "out")
    described = [row for row in read(folder / "data_dictionary.csv") if row["Form Name"] == "peer_contacts"]
    with (folder / "peer_contacts.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["Variable / Field Name"] for row in described] == next(csv.reader(stream))
    by_name = {row["Variable / Field Name"]: row for row in described}
    assert by_name["contact_id"]["Section Header"] == "Peer contacts and the roles they served"
    assert by_name["role_hope"]["Field Label"] == "Promoting hope"
    assert by_name["role_hope"]["Field Type"] == "yesno" and "services" in by_name["role_hope"]["Field Note"]
    assert by_name["group_actions"]["Field Label"] == "Used a role of the group: Actions"
    assert by_name["kind"]["Choices, Calculations, OR Slider Labels"].startswith("sms, a reply by SMS")
    assert by_name["worker"]["Identifier?"] == ""


def test_a_rater_never_gets_it(session, settings, tagged, tmp_path):
    folder = export(session, settings, tmp_path / "out", rater=True)
    assert not (folder / "peer_contacts.csv").exists()
    forms = {row["Form Name"] for row in read(folder / "data_dictionary.csv")}
    assert forms == {"participants", "assessments"}
