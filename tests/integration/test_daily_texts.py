"""Daily texts: one per local day at 10:00 local, across DST, only to those who should get them."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from tests.support import times
from tests.support.builders import make_active
from tests.support.sending import run_hourly, sent, tick
from textsupport.config import PROJECT_ROOT
from textsupport.content import Content, daily_template
from textsupport.models import Arm, OutboundKind, OutboundMessage, OutboundStatus, ParticipantStatus

FAST = {"TWILIO_MPS": "1000"}  # pacing is tested on its own; here it would only slow the clock


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(**FAST)


def rows_of(session, participant) -> list[OutboundMessage]:
    session.rollback()
    session.expire_all()
    query = select(OutboundMessage).where(OutboundMessage.participant_id == participant.id)
    return list(session.scalars(query))


@pytest.mark.parametrize(
    ("start", "first_day", "days"),
    [
        # From local midnight in Edmonton (02:00 in Toronto), hour by hour, for four days.
        (datetime(2026, 3, 6, 7, 0, tzinfo=UTC), date(2026, 3, 6), 4),  # spring forward on Sun 03-08
        (datetime(2026, 10, 30, 6, 0, tzinfo=UTC), date(2026, 10, 30), 4),  # fall back on Sun 11-01
    ],
)
def test_one_text_per_local_day_at_ten_local_across_dst(app, session, start, first_day, days):
    edmonton = make_active(session, Arm.TEXT, first_day - timedelta(days=10), tz="America/Edmonton")
    toronto = make_active(session, Arm.PEER_TEXT, first_day - timedelta(days=10), tz="America/Toronto")
    run_hourly(app, start, 24 * days)
    for participant in (edmonton, toronto):
        zone = ZoneInfo(participant.tz)
        texts = sent(session, participant)
        local_days = [first_day + timedelta(days=n) for n in range(days)]
        assert [t.local_date for t in texts] == local_days  # one per day, none twice
        for text in texts:
            local = text.sent_at.astimezone(zone)
            sent_at = (local.date(), local.time().replace(second=0, microsecond=0))
            assert sent_at == (text.local_date, time(10, 0)), (
                participant.tz,
                text.scheduled_for,
                text.sent_at,
            )


def test_the_spring_forward_day_sends_at_16_utc_and_the_day_before_at_17(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    run_hourly(app, datetime(2026, 3, 7, 12, 0, tzinfo=UTC), 30)
    texts = sent(session, participant)
    hours = {t.local_date: t.scheduled_for for t in texts}
    assert hours[date(2026, 3, 7)] == times.DAY_BEFORE_SPRING_SEND
    assert hours[date(2026, 3, 8)] == times.SPRING_FORWARD_SEND


@pytest.mark.parametrize("arm", [Arm.PEER, Arm.TAU])
def test_arms_without_texts_get_no_daily_text(app, session, arm):
    participant = make_active(session, arm, date(2026, 3, 1))
    run_hourly(app, datetime(2026, 3, 9, 0, 0, tzinfo=UTC), 48)
    session.expire_all()
    assert (
        session.scalars(select(OutboundMessage).where(OutboundMessage.participant_id == participant.id)).all()
        == []
    )


@pytest.mark.parametrize(
    "overrides",
    [{"status": ParticipantStatus.WITHDRAWN}, {"sms_opted_out_at": datetime(2026, 3, 2, tzinfo=UTC)}],
    ids=["withdrawn", "opted_out"],
)
def test_withdrawn_and_opted_out_participants_get_nothing(app, session, overrides):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1), **overrides)
    run_hourly(app, datetime(2026, 3, 9, 0, 0, tzinfo=UTC), 48)
    assert app.extensions["textsupport.sms"].sent == []
    assert sent(session, participant) == []


def test_opting_out_after_planning_cancels_at_send_time(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    tick(app, datetime(2026, 3, 9, 7, 0, tzinfo=UTC), send=False)  # planned at 00:00 local
    participant.sms_opted_out_at = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)
    session.commit()
    report = tick(app, datetime(2026, 3, 9, 16, 0, tzinfo=UTC), plan=False)
    assert report["dispatch"]["cancelled"] == 1
    assert app.extensions["textsupport.sms"].sent == []


def test_day_n_gets_message_n_then_the_closing_text_then_nothing(app, session):
    start = date(2026, 1, 1)
    participant = make_active(session, Arm.TEXT, start, first_name="Robin")
    bank = Content(PROJECT_ROOT / "messages", {})
    for day in (1, 2, 91, 182, 183, 184, 190):
        tick(app, datetime.combine(start + timedelta(days=day), time(18, 0), tzinfo=UTC))
    texts = sent(session, participant)
    expected = {n: bank.render(daily_template(n), "Robin") for n in (1, 2, 91, 182)}
    assert [(t.local_date - start).days for t in texts] == [1, 2, 91, 182]
    assert [t.body for t in texts] == list(expected.values())
    closing = sent(session, participant, OutboundKind.CLOSING)
    assert [(t.local_date - start).days for t in closing] == [183]
    session.refresh(participant)
    assert participant.status is ParticipantStatus.COMPLETED


def test_an_outage_expires_the_missed_day_and_sends_today_once(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 3, 1))
    run_hourly(app, datetime(2026, 3, 10, 7, 0, tzinfo=UTC), 9)  # until 09:00 MDT 03-10, then down
    back = datetime(2026, 3, 11, 18, 0, tzinfo=UTC)  # 12:00 MDT the next day
    report = tick(app, back)
    tick(app, back + timedelta(minutes=5))
    statuses = {
        row.local_date: row.status
        for row in session.scalars(
            select(OutboundMessage).where(OutboundMessage.participant_id == participant.id)
        )
    }
    assert statuses == {date(2026, 3, 10): OutboundStatus.EXPIRED, date(2026, 3, 11): OutboundStatus.SENT}
    assert report["dispatch"]["expired"] == 1 and report["dispatch"]["sent"] == 1
    assert len(app.extensions["textsupport.sms"].sent) == 1  # no burst


def test_the_welcome_waits_for_quiet_hours_to_end(app, session):
    participant = make_active(session, Arm.TEXT, date(2026, 11, 23))  # randomised 11:00 MST
    late = datetime(2026, 11, 24, 5, 0, tzinfo=UTC)  # 22:00 MST: quiet
    report = tick(app, late)
    assert report["dispatch"]["held"] == 1 and app.extensions["textsupport.sms"].sent == []
    tick(app, datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # 08:00 MST
    welcome = sent(session, participant, OutboundKind.WELCOME)
    assert len(welcome) == 1 and welcome[0].sent_at.astimezone(ZoneInfo("America/Edmonton")).hour == 8
