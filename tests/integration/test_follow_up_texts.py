"""Follow-up survey invitations go to every arm, with at most 2 reminders 3 days apart."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from tests.support.builders import make_active
from tests.support.sending import sent, tick
from textsupport.models import Arm, Assessment, AssessmentKind, OutboundKind


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000")


def ten_am(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=17)  # 10:00 MST


@pytest.mark.parametrize("arm", list(Arm))
def test_invitation_then_two_reminders_three_days_apart(app, session, arm):
    participant = make_active(session, arm, date(2026, 10, 1), first_name="Ari")
    due = date(2026, 11, 12)
    session.add(Assessment(participant_id=participant.id, kind=AssessmentKind.WEEK_6, due_date=due))
    session.commit()
    for offset in range(0, 12):
        tick(app, ten_am(due + timedelta(days=offset)))
    invitations = sent(session, participant, OutboundKind.SURVEY_INVITATION)
    reminders = sent(session, participant, OutboundKind.SURVEY_REMINDER)
    assert [t.local_date for t in invitations] == [due]
    assert [t.local_date for t in reminders] == [due + timedelta(days=3), due + timedelta(days=6)]
    assert "6-week" in invitations[0].body


def test_completing_the_assessment_stops_the_reminders(app, session):
    participant = make_active(session, Arm.TAU, date(2026, 10, 1))
    due = date(2026, 11, 12)
    session.add(Assessment(participant_id=participant.id, kind=AssessmentKind.MONTH_3, due_date=due))
    session.commit()
    tick(app, ten_am(due))
    session.execute(update(Assessment).values(completed_at=ten_am(due + timedelta(days=1))))
    session.commit()
    for offset in range(1, 8):
        tick(app, ten_am(due + timedelta(days=offset)))
    assert len(sent(session, participant, OutboundKind.SURVEY_INVITATION)) == 1
    assert sent(session, participant, OutboundKind.SURVEY_REMINDER) == []
