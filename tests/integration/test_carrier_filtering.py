"""Carrier filtering (30007/30008) past FILTERED_ALERT_SHARE of a day's sends pauses the daily texts,
alerts on-call once, and holds until an admin resumes: at named instants, on every backend."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from scheduler import jobs
from tests.support.builders import make_active, make_outbound, make_staff
from tests.support.concurrency import at_once
from tests.support.sending import tick
from tests.support.times import LATE_SUNDAY_EVENING, MONDAY_NOON, MONDAY_SEND, TUESDAY_SEND
from textsupport import config, content
from textsupport.models import (
    Arm,
    AuditEntry,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Role,
    SendingPause,
)
from textsupport.services.sending import pause

ONCALL = ("+17805550901", "+17805550902")
CHECK = next(spec for spec in jobs.JOBS if spec.name == "check_filtering")


@pytest.fixture
def settings_overrides():
    return dict(ONCALL_PHONES=",".join(ONCALL), TWILIO_MPS="1000", PUBLIC_BASE_URL="https://sms.example.org")


def sent(session, count: int, filtered: int, at, code: int = 30007, start: int = 0) -> None:
    """`count` texts sent at `at` (to staff phones: no participant needed), `filtered` of them filtered."""
    for n in range(start, start + count):
        bad = n - start < filtered
        session.add(
            OutboundMessage(
                kind=OutboundKind.STAFF_REPLY, idempotency_key=f"test:{n}", to_phone="+17805550950",
                body="x", scheduled_for=at, sent_at=at, created_at=at, updated_at=at,
                status=OutboundStatus.UNDELIVERED if bad else OutboundStatus.DELIVERED,
                error_code=code if bad else None,
            )
        )  # fmt: skip
    session.commit()


def check(app, at) -> dict:
    app.config["TEXTSUPPORT_NOW"] = at
    return jobs.run_job(app, CHECK)


def alerts(session) -> list[OutboundMessage]:
    session.rollback()
    query = select(OutboundMessage).where(OutboundMessage.idempotency_key.like("sending_pause:%"))
    return list(session.scalars(query.order_by(OutboundMessage.to_phone)))


def pauses(session) -> list[SendingPause]:
    session.rollback()
    session.expire_all()
    return list(session.scalars(select(SendingPause).order_by(SendingPause.id)))


@pytest.mark.parametrize(
    ("count", "filtered", "paused"),
    [(40, 2, 0), (40, 3, 1), (19, 19, 0), (20, 2, 1), (20, 1, 0)],
    ids=[
        "5_percent_is_not_more",
        "7.5_percent",
        "19_sends_too_few",
        "20_sends_10_percent",
        "20_sends_5_percent",
    ],
)
def test_the_share_must_be_exceeded_over_at_least_20_sends(app, session, count, filtered, paused):
    sent(session, count, filtered, MONDAY_SEND)
    assert check(app, MONDAY_NOON)["paused"] == paused
    assert len(pauses(session)) == paused
    assert len(alerts(session)) == paused * len(ONCALL)


def test_30008_counts_and_other_error_codes_do_not(app, session):
    sent(session, 40, 4, MONDAY_SEND, code=30003)  # unreachable handset: not filtering
    assert check(app, MONDAY_NOON) == {"paused": 0}
    sent(session, 40, 4, MONDAY_SEND, code=30008, start=40)  # 4 of 80: 5 %, not more
    assert check(app, MONDAY_NOON) == {"paused": 0}
    sent(session, 1, 1, MONDAY_SEND, code=30008, start=80)  # 5 of 81
    assert check(app, MONDAY_NOON)["paused"] == 1


def test_the_day_is_the_programmes_local_day_not_utcs(app, session):
    """Sunday 23:30 MST is Monday in UTC: Sunday evening's filtered texts never count for Monday."""
    sent(session, 20, 20, LATE_SUNDAY_EVENING)
    sent(session, 20, 0, MONDAY_SEND, start=20)
    assert check(app, MONDAY_NOON) == {"paused": 0}  # by the UTC day it would be 20 of 40


def test_a_pause_alerts_each_on_call_phone_once_with_no_participants_text(app, session, caplog):
    sent(session, 40, 10, MONDAY_SEND)
    with caplog.at_level("INFO", logger="scheduler.jobs"):
        summary = check(app, MONDAY_NOON)
    assert summary == {"paused": 1, "sends": 40, "filtered": 10, "oncall_alerts": 2}
    assert "job check_filtering" in caplog.text
    [row] = pauses(session)
    assert (row.day, row.sends, row.filtered, row.paused_at, row.active) == (
        date(2026, 11, 23), 40, 10, MONDAY_NOON, True,
    )  # fmt: skip
    texts = alerts(session)
    assert [(t.to_phone, t.urgent, t.kind) for t in texts] == [
        (p, True, OutboundKind.NOTIFICATION) for p in ONCALL
    ]
    assert texts[0].body == (
        "TextSupport: daily texts are paused. Carriers filtered 10 of 40 texts sent today (30007/30008). "
        "An admin can resume them at https://sms.example.org/"
    )
    for later in (MONDAY_NOON + timedelta(minutes=1), MONDAY_NOON + timedelta(hours=3)):
        assert check(app, later) == {"paused": 0}  # still paused: no second alert
    assert len(alerts(session)) == 2
    [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "sending_paused")).all()
    assert entry.data["sends"] == 40 and entry.data["oncall_alerts"] == 2


def test_two_schedulers_checking_at_the_same_instant_pause_once_and_alert_once(app, session):
    sent(session, 40, 10, MONDAY_SEND)
    settings, bank = config.of(app), app.extensions["textsupport.content"]
    results = at_once(app, lambda own, _: pause.check(own, MONDAY_NOON, settings, bank), [1, 2, 3, 4])
    assert sorted(r["paused"] for r in results) == [0, 0, 0, 1], results
    assert len(pauses(session)) == 1 and len(alerts(session)) == 2


def test_the_database_holds_at_most_one_active_pause_and_one_per_day(app, session):
    first = dict(reason="carrier_filtering", sends=40, filtered=10, paused_at=MONDAY_NOON)
    session.add(SendingPause(day=date(2026, 11, 23), active=True, **first))
    session.commit()
    session.add(SendingPause(day=date(2026, 11, 24), active=True, **first))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    session.add(SendingPause(day=date(2026, 11, 23), active=None, resumed_at=MONDAY_NOON, **first))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    session.add(SendingPause(day=date(2026, 11, 25), active=None, **first))  # inactive, never resumed
    with pytest.raises(IntegrityError):
        session.commit()


def test_a_pause_holds_daily_texts_and_lets_everything_else_go_until_an_admin_resumes(app, session):
    admin = make_staff(session, role=Role.ADMIN, email="admin@example.org")
    people = [make_active(session, Arm.TEXT, date(2026, 11, 1)) for _ in range(3)]
    sent(session, 40, 10, MONDAY_SEND - timedelta(hours=1))
    crisis = make_outbound(
        session, people[0], kind=OutboundKind.AUTO_REPLY, local_date=None,
        idempotency_key="inbound:SM1:crisis", urgent=True, body="crisis lines", scheduled_for=MONDAY_SEND,
    )  # fmt: skip
    reply = make_outbound(
        session, people[1], kind=OutboundKind.STAFF_REPLY, local_date=None, idempotency_key="reply:1",
        body="a staff reply", scheduled_for=MONDAY_SEND,
    )  # fmt: skip
    assert check(app, MONDAY_SEND - timedelta(minutes=5))["paused"] == 1
    report = tick(app, MONDAY_SEND)["dispatch"]
    fake = app.extensions["textsupport.sms"]
    assert sorted(body for _, body in fake.sent) == sorted(
        ["a staff reply", "crisis lines", *(a.body for a in alerts(session))]
    )
    assert report["sent"] == 4 and report["expired"] == 0
    daily = select(OutboundMessage.status).where(OutboundMessage.kind == OutboundKind.DAILY)
    session.rollback()
    assert session.scalars(daily).all() == [OutboundStatus.PLANNED] * 3  # held, not claimed
    assert {
        session.get(OutboundMessage, crisis.id).status,
        session.get(OutboundMessage, reply.id).status,
    } == {OutboundStatus.SENT}
    tick(app, MONDAY_SEND + timedelta(hours=2))
    assert len(fake.sent) == 4  # still paused two hours later

    with app.app_context():
        pause.resume(session, admin.id, MONDAY_SEND + timedelta(hours=3))
    assert tick(app, MONDAY_SEND + timedelta(hours=3), plan=False)["dispatch"]["sent"] == 3
    session.rollback()
    assert session.scalars(daily).all() == [OutboundStatus.SENT] * 3
    [row] = pauses(session)
    assert (row.active, row.resumed_at, row.resumed_by_id) == (
        None,
        MONDAY_SEND + timedelta(hours=3),
        admin.id,
    )
    [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "sending_resumed")).all()
    assert entry.actor_id == admin.id
    # The day that tripped it does not trip again; the next day's filtering does.
    assert check(app, MONDAY_SEND + timedelta(hours=4)) == {"paused": 0}
    sent(session, 20, 5, TUESDAY_SEND, start=100)
    assert check(app, TUESDAY_SEND + timedelta(minutes=1))["paused"] == 1
    assert len(pauses(session)) == 2 and len(alerts(session)) == 4


def test_daily_texts_paused_all_day_expire_with_it_and_are_never_sent_late(app, session):
    make_active(session, Arm.TEXT, date(2026, 11, 1))
    sent(session, 40, 10, MONDAY_SEND - timedelta(hours=1))
    check(app, MONDAY_SEND - timedelta(minutes=5))
    tick(app, MONDAY_SEND)
    report = tick(app, TUESDAY_SEND)["dispatch"]  # still paused on Tuesday: Monday's expires
    assert report["expired"] == 1
    session.rollback()
    statuses = session.execute(
        select(OutboundMessage.local_date, OutboundMessage.status).where(
            OutboundMessage.kind == OutboundKind.DAILY
        )
    ).all()
    assert sorted(statuses) == [
        (date(2026, 11, 23), OutboundStatus.EXPIRED), (date(2026, 11, 24), OutboundStatus.PLANNED),
    ]  # fmt: skip
    daily_bodies = [b for _, b in app.extensions["textsupport.sms"].sent if "paused" not in b]
    assert daily_bodies == []


def test_resuming_when_nothing_is_paused_changes_nothing(app, session):
    admin = make_staff(session, role=Role.ADMIN, email="admin@example.org")
    with app.app_context(), pytest.raises(pause.NotPaused):
        pause.resume(session, admin.id, MONDAY_NOON)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_the_alert_renders_within_one_segment_from_the_bank(app):
    with app.app_context():
        body = content.content().render(
            pause.TEMPLATE, link="https://sms.example.org/", filtered=12345, sends=123456
        )
    assert len(body) <= 160 and body.isascii()
