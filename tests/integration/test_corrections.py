"""Enrolment sites and corrections: a typo in the site no longer strands a participant."""

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import enrolment_input, make_participant, make_ready_participant
from textsupport.models import AuditEntry, AuditOutcome, Participant, Sex
from textsupport.services.trial import allocations, corrections, enrolment, randomize

FIELDS = ("site", "sex")
UNSET = pytest.mark.parametrize("settings", [{"SITES": ""}], indirect=True)


@pytest.fixture(autouse=True)
def _frozen():
    with freeze_time("2026-11-23T17:00:00Z"):  # Mon 10:00 MST, as the builders' NOW
        yield


def audit_rows(session, action):
    return session.scalars(
        select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
    ).all()


@UNSET
def test_without_sites_the_table_s_sites_are_open(session, app, settings):
    assert enrolment.open_sites(session, settings) == ()
    allocations.generate(session, "s", 4, ["west", "east"], FIELDS, actor_id=None)
    assert enrolment.open_sites(session, settings) == ("east", "west")
    with pytest.raises(enrolment.EnrolmentError) as refused:
        enrolment.enrol(session, enrolment_input(site="north"), settings, actor_id=None)
    assert refused.value.errors == {"site": "'north' is not a recruiting site; choose one of east, west"}
    assert enrolment.enrol(session, enrolment_input(site="West"), settings, actor_id=None).site == "west"


@pytest.mark.parametrize("settings", [{"SITES": "", "STRATA_FIELDS": "sex"}], indirect=True)
def test_a_table_not_stratified_by_site_leaves_any_site_open(session, app, settings):
    assert enrolment.open_sites(session, settings) is None
    assert enrolment.enrol(session, enrolment_input(site="anywhere"), settings, None).site == "anywhere"


def test_sites_setting_wins_over_the_table(session, app, settings):
    allocations.generate(session, "s", 4, ["west"], FIELDS, actor_id=None)
    assert enrolment.open_sites(session, settings) == ("north", "south")
    with pytest.raises(enrolment.EnrolmentError, match="'west' is not a recruiting site"):
        enrolment.enrol(session, enrolment_input(site="west"), settings, actor_id=None)
    assert session.scalar(select(Participant)) is None


def test_a_stranded_participant_is_corrected_then_randomised(session, app, settings):
    allocations.generate(session, "s", 4, ["north"], FIELDS, actor_id=None)
    stranded = make_ready_participant(session, site="nrth", first_name="Jo")  # typed before SITES existed
    with pytest.raises(
        randomize.RandomizeError, match=r"^no allocation table covers stratum site=nrth\|sex=F;"
    ):
        randomize.randomize(session, stranded.study_id, settings, actor_id=None)
    raw = dict(corrections.current(stranded), site="north", first_name="Joanne")
    changed = corrections.correct(session, stranded.study_id, raw, settings, actor_id=None)
    assert changed == ["first_name", "site"]
    entry = audit_rows(session, "correct_enrolment")[-1]
    assert (entry.outcome, entry.target_id, entry.detail) == (
        AuditOutcome.OK,
        stranded.study_id,
        "first_name, site",
    )
    assert "Joanne" not in str(entry.data) and "Joanne" not in (entry.detail or "")
    assert (
        randomize.randomize(session, stranded.study_id, settings, actor_id=None).stratum == "site=north|sex=F"
    )


def test_every_enrolment_detail_can_be_corrected(session, app, settings):
    participant = make_participant(session, site="north")
    raw = {
        "phone": "780 555 0199",
        "first_name": "Sam",
        "site": "south",
        "sex": "M",
        "tz": "America/Toronto",
        "date_of_birth": "1991-02-03",
        "discharge_date": "2026-11-19",
    }
    changed = corrections.correct(session, participant.study_id, raw, settings, actor_id=None)
    assert changed == list(corrections.FIELDS)
    session.refresh(participant)
    assert (participant.phone, participant.site, participant.sex, participant.tz) == (
        "+17805550199",
        "south",
        Sex.M,
        "America/Toronto",
    )
    assert participant.date_of_birth.isoformat() == "1991-02-03"


def test_nothing_changed_writes_no_audit_row(session, app, settings):
    participant = make_participant(session)
    assert (
        corrections.correct(session, participant.study_id, corrections.current(participant), settings, None)
        == []
    )
    assert audit_rows(session, "correct_enrolment") == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("site", "nowhere", "not a recruiting site"),
        ("phone", "12345", "too short"),
        ("date_of_birth", "2010-01-01", "outside the eligible range"),
        ("sex", "", "choose F, M or X"),
    ],
)
def test_a_bad_correction_changes_nothing_and_names_the_field(session, app, field, value, message, settings):
    participant = make_participant(session, site="north")
    raw = dict(corrections.current(participant), **{field: value})
    with pytest.raises(corrections.CorrectionError) as refused:
        corrections.correct(session, participant.study_id, raw, settings, actor_id=None)
    assert list(refused.value.errors) == [field] and message in refused.value.errors[field]
    session.expire_all()
    assert corrections.current(session.get(Participant, participant.id)) == corrections.current(participant)
    entry = audit_rows(session, "correct_enrolment")[-1]
    assert (entry.outcome, entry.detail) == (AuditOutcome.FAILED, field)


def test_another_participant_s_phone_is_refused(session, app, settings):
    first, second = make_participant(session), make_participant(session)
    raw = dict(corrections.current(second), phone=first.phone)
    with pytest.raises(corrections.CorrectionError, match="already belongs"):
        corrections.correct(session, second.study_id, raw, settings, actor_id=None)


def test_after_randomisation_nothing_is_corrected(session, app, settings):
    allocations.generate(session, "s", 4, ["north"], FIELDS, actor_id=None)
    participant = make_ready_participant(session, site="north")
    randomize.randomize(session, participant.study_id, settings, actor_id=None)
    raw = dict(corrections.current(participant), site="south")
    with pytest.raises(corrections.CorrectionError, match="cannot be corrected after randomisation"):
        corrections.correct(session, participant.study_id, raw, settings, actor_id=None)
    session.expire_all()
    assert session.get(Participant, participant.id).site == "north"
    assert audit_rows(session, "correct_enrolment")[-1].outcome is AuditOutcome.DENIED
