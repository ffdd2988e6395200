"""Enrolment: phones normalised, every bad field refused with its reason, nothing saved."""

import pytest
from freezegun import freeze_time
from sqlalchemy import func, select

from tests.support.builders import enrolment_input, make_participant
from textsupport.models import AuditEntry, AuditOutcome, Participant, ParticipantStatus
from textsupport.services.trial import enrolment

TODAY = "2026-11-23T17:00:00Z"  # Mon 2026-11-23 10:00 MST


@pytest.fixture(autouse=True)
def _frozen():
    with freeze_time(TODAY):
        yield


def count(session) -> int:
    return session.scalar(select(func.count()).select_from(Participant))


def test_enrol_saves_a_normalised_participant_with_consent_and_audit(session, app, settings):
    participant = enrolment.enrol(session, enrolment_input(phone="(780) 555-0142"), settings, actor_id=None)
    assert participant.phone == "+17805550142"
    assert participant.study_id.startswith("TS-") and len(participant.study_id) == 9
    assert participant.status is ParticipantStatus.ENROLLED
    assert participant.consent_version == "v2.1" and participant.consent_at is not None
    assert participant.eligibility_confirmed_at is not None and participant.baseline_done_at is not None
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "enrol"))
    assert (entry.outcome, entry.target_id) == (AuditOutcome.OK, participant.study_id)


def test_without_eligibility_and_baseline_enrolment_still_succeeds(session, app, settings):
    raw = enrolment_input(eligibility_confirmed=False, baseline_done=False)
    participant = enrolment.enrol(session, raw, settings, actor_id=None)
    assert participant.eligibility_confirmed_at is None
    assert participant.baseline_done_at is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12345", "too short"),
        ("phone", "not a phone", "has letters"),
        ("phone", "+1 780 555 01 42 42 42 42", "too long"),
        ("phone", "1-900-555-0100", "premium-rate"),
        ("phone", "555-0100", "missing its area code"),
        ("phone", "", "required"),
        ("first_name", "  ", "required"),
        ("first_name", "x" * 61, "at most 60"),
        ("site", "", "required"),
        ("site", "north|south", "cannot contain"),
        ("sex", "female", "choose F, M or X"),
        ("tz", "Mountain Time", "not a time zone"),
        ("date_of_birth", "02/04/1988", "use YYYY-MM-DD"),
        ("date_of_birth", "2010-01-01", "age 16 is outside the eligible range 18-65"),
        ("date_of_birth", "1950-01-01", "age 76 is outside the eligible range 18-65"),
        ("discharge_date", "2026-11-30", "in the future"),
        ("discharge_date", "2026-11-01", "more than 7 days ago"),
        ("discharge_date", "", "this is required"),
        ("consent_version", "", "required"),
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_saved(
    session, app, field, value, message, settings
):
    with pytest.raises(enrolment.EnrolmentError) as refused:
        enrolment.enrol(session, enrolment_input(**{field: value}), settings, actor_id=None)
    assert message in refused.value.errors[field]
    assert count(session) == 0
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "enrol"))
    assert (entry.outcome, entry.detail) == (AuditOutcome.FAILED, field)


def test_every_bad_field_is_reported_at_once(session, app, settings):
    raw = enrolment_input(phone="12", sex="?", tz="Nowhere")
    with pytest.raises(enrolment.EnrolmentError) as refused:
        enrolment.enrol(session, raw, settings, actor_id=None)
    assert set(refused.value.errors) == {"phone", "sex", "tz"}


def test_a_duplicate_active_phone_is_refused(session, app, settings):
    make_participant(session, phone="+17805550142")
    with pytest.raises(enrolment.EnrolmentError) as refused:
        enrolment.enrol(session, enrolment_input(phone="780-555-0142"), settings, actor_id=None)
    assert "already belongs to an enrolled participant" in refused.value.errors["phone"]
    assert count(session) == 1


def test_a_withdrawn_participants_phone_can_be_enrolled_again(session, app, settings):
    make_participant(session, phone="+17805550142", status=ParticipantStatus.WITHDRAWN)
    enrolment.enrol(session, enrolment_input(), settings, actor_id=None)
    assert count(session) == 2


@pytest.mark.parametrize("settings", [{"ELIGIBLE_AGE": "18-30"}], indirect=True)
def test_age_range_comes_from_configuration(session, app, settings):
    with pytest.raises(enrolment.EnrolmentError, match="outside the eligible range 18-30"):
        enrolment.enrol(session, enrolment_input(), settings, actor_id=None)
