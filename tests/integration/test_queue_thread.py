"""An item's SMS thread: the newest texts of both sides together, oldest first, and whether any were cut."""

from datetime import date, timedelta

import pytest

from tests.support.builders import NOW, make_active, make_outbound, make_staff
from tests.support.queue_builders import make_inbound, make_item
from textsupport.models import Arm, OutboundKind, OutboundStatus, Role
from textsupport.services.queue import reads as queue

LIMIT = 4  # stands in for THREAD_LIMIT (100), so a long thread takes a few rows


def build(session, pattern: str):
    """Texts a minute apart, oldest first: 'i' they wrote, 'o' we sent; the newest 'i' opens the item.

    Returns the item as the queue shows it to a supervisor, and every text as (incoming, body) in order.
    """
    person = make_active(session, Arm.TEXT, date(2026, 11, 1))
    newest_in = pattern.rindex("i")
    for minute, side in enumerate(pattern):
        at, body = NOW + timedelta(minutes=minute), f"{side}{minute}"
        if minute == newest_in:
            item = make_item(session, person, body=body, at=at)
        elif side == "i":
            make_inbound(session, person, body=body, at=at)
        else:
            make_outbound(
                session,
                person,
                kind=OutboundKind.STAFF_REPLY,
                local_date=None,
                idempotency_key=f"thread-test:{minute}",
                body=body,
                scheduled_for=at,
                sent_at=at,
                status=OutboundStatus.SENT,
            )
    session.commit()
    supervisor = make_staff(session, role=Role.SUPERVISOR)
    row, _ = queue.item_for(session, item.id, supervisor)
    return row, [(side == "i", f"{side}{minute}") for minute, side in enumerate(pattern)]


def shown(thread: queue.Thread) -> list[tuple[bool, str]]:
    return [(text.incoming, text.body) for text in thread.texts]


def test_a_long_thread_shows_the_newest_texts_of_both_sides_together(session):
    # They write twice for each of our texts. Cutting each side to its newest 4 alone would show
    # o0 o3 i4 i5 o6 i7 i8 o9: an older end of only our texts, with their i1 and i2 missing between.
    row, every = build(session, "oiioiioiio")
    thread = queue.thread(session, row, limit=LIMIT)
    assert shown(thread) == every[-LIMIT:] == [(False, "o6"), (True, "i7"), (True, "i8"), (False, "o9")]
    assert thread.cut is True and thread.limit == LIMIT


@pytest.mark.parametrize(
    ("pattern", "cut"),
    [
        ("oioi", False),  # exactly the limit: nothing left out
        ("oioio", True),  # one over, from both sides together
        ("iiii", False),
        ("iiiii", True),  # one over, all from one side
        ("oooooi", True),
    ],
)
def test_the_thread_says_when_older_texts_were_left_out(session, pattern, cut):
    row, every = build(session, pattern)
    thread = queue.thread(session, row, limit=LIMIT)
    assert shown(thread) == every[-LIMIT:]
    assert thread.cut is cut
