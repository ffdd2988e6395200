"""A reply is read with the last text we sent that person within 24 hours, and a crisis where someone
else may be hurt gets 911 first (DOMAIN section 3)."""

from datetime import timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import select

from tests.support.builders import make_outbound
from tests.support.sms_webhook import items, reply
from tests.support.times import MONDAY_NOON
from textsupport.models import Level, OutboundKind, OutboundMessage, OutboundStatus, Pool
from textsupport.services.replies.responses import EMERGENCY_REASON

SAFE = "Are you safe right now?"
THOUGHTS = "Are you thinking of hurting yourself?"
LOGISTICS = "Did the text come through?"


def asked(session, person, body, ago=timedelta(hours=1), kind=OutboundKind.STAFF_REPLY):
    """A text we sent `person` `ago` before MONDAY_NOON."""
    at = MONDAY_NOON - ago
    return make_outbound(
        session, person, kind=kind, local_date=None, body=body, scheduled_for=at,
        status=OutboundStatus.SENT, sent_at=at, idempotency_key=f"test:{body}:{ago}",
    )  # fmt: skip


@freeze_time(MONDAY_NOON)
@pytest.mark.parametrize(
    ("question", "ago", "text", "level"),
    [
        (SAFE, timedelta(hours=1), "no", Level.CRISIS),
        (SAFE, timedelta(hours=23), "not really", Level.CRISIS),
        (SAFE, timedelta(hours=25), "not really", Level.URGENT),  # too old to be what it answers
        (LOGISTICS, timedelta(hours=1), "no", Level.ROUTINE),
        (LOGISTICS, timedelta(hours=1), "idk", Level.ROUTINE),
        (THOUGHTS, timedelta(minutes=5), "maybe", Level.CRISIS),
    ],
)
def test_a_short_answer_is_read_with_what_we_asked(client, session, person, question, ago, text, level):
    asked(session, person, question, ago)
    reply(client, text)
    (item,) = items(session)
    assert item.level is level
    if level is Level.CRISIS:
        assert item.pool is Pool.SUPERVISOR


@freeze_time(MONDAY_NOON)
def test_the_newest_text_is_the_context_and_a_staff_alert_is_not(client, session, person):
    asked(session, person, LOGISTICS, timedelta(hours=3))
    asked(session, person, SAFE, timedelta(hours=2))
    asked(session, person, "Alert: a crisis item", timedelta(hours=1), kind=OutboundKind.NOTIFICATION)
    reply(client, "no")
    (item,) = items(session)
    assert item.level is Level.CRISIS
    assert "answer to our question (safety): negative" in item.reasons


@freeze_time(MONDAY_NOON)
def test_a_yes_that_answers_a_question_about_self_harm_is_triaged_not_only_a_keyword(client, session, person):
    asked(session, person, THOUGHTS)
    page = reply(client, "YES").get_data(as_text=True)
    (item,) = items(session)
    assert (item.level, item.pool) == (Level.CRISIS, Pool.SUPERVISOR)
    assert "9-8-8" in page
    session.refresh(person)
    assert person.sms_opted_out_at is None


@freeze_time(MONDAY_NOON)
def test_a_yes_with_nothing_asked_stays_an_opt_in_keyword(client, session, person):
    asked(session, person, "You have made it through hard days before.", kind=OutboundKind.DAILY)
    reply(client, "YES")
    assert items(session) == []


@freeze_time(MONDAY_NOON)
def test_someone_else_in_danger_gets_911_first_and_the_item_says_why(client, session, person):
    page = reply(client, "my friend texted me goodbye an hour ago and now she wont answer").get_data(
        as_text=True
    )
    (item,) = items(session)
    assert (item.level, item.pool) == (Level.CRISIS, Pool.SUPERVISOR)
    assert item.reasons[0] == EMERGENCY_REASON
    assert "third party at risk: someone else in danger: cannot be reached" in item.reasons
    answer = session.scalar(
        select(OutboundMessage.body).where(OutboundMessage.idempotency_key.like("%:crisis"))
    )
    assert answer.index("911") < answer.index("9-8-8"), answer
    assert answer in page.replace("&#39;", "'")


@freeze_time(MONDAY_NOON)
def test_a_crisis_about_oneself_keeps_9_8_8_first(client, session, person):
    reply(client, "i want to kill myself")
    answer = session.scalar(
        select(OutboundMessage.body).where(OutboundMessage.idempotency_key.like("%:crisis"))
    )
    assert answer.index("9-8-8") < answer.index("911"), answer
    (item,) = items(session)
    assert EMERGENCY_REASON not in item.reasons
