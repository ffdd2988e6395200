"""Prepared inserts (SQLite's reply path) store exactly the rows SQLAlchemy's own execution stores."""

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, text
from sqlalchemy.dialects import sqlite

from textsupport.models import (
    Arrival,
    AuditEntry,
    AuditOutcome,
    InboundMessage,
    ItemKind,
    ItemState,
    Level,
    OutboundKind,
    Pool,
    QueueEvent,
    QueueItem,
)
from textsupport.prepared import Prepared

MOUNTAIN = timezone(timedelta(hours=-7))
AT = datetime(2026, 11, 24, 3, 0, 0, 123456, tzinfo=MOUNTAIN)  # Tue 03:00 MST, an aware instant off UTC


def reply(sid: str) -> dict:
    return {
        "provider_sid": sid,
        "participant_id": None,
        "from_phone": "+17805550142",
        "to_phone": None,
        "body": "merci, ça va \x7f ✓",
        "num_media": 2,
        "received_at": AT,
        "arrival": Arrival.SPOOL,
        "stored_at": AT + timedelta(seconds=1),
        "level": Level.URGENT,
        "keyword": None,
        "reasons": ["une raison", "two"],
        "extra": {"nul_replaced": True, "body_chars": 1700},
    }


def item(inbound_id: int) -> dict:
    return {
        "participant_id": None,
        "inbound_id": inbound_id,
        "kind": ItemKind.REPLY,
        "level": Level.ROUTINE,
        "reasons": [],
        "pool": Pool.ADMIN,
        "assignee_id": None,
        "state": ItemState.OPEN,
        "due_at": AT + timedelta(hours=24),
        "created_at": AT,
    }


def stored(connection, table: str, row_id: int) -> dict:
    """The row as the database holds it (the driver's own values, no SQLAlchemy types)."""
    row = connection.exec_driver_sql(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).mappings().one()
    return {name: value for name, value in row.items() if name != "id"}


def test_each_insert_of_a_reply_stores_what_sqlalchemy_stores(app):
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name != "sqlite":
        pytest.skip("prepared inserts serve SQLite's reply path only (PostgreSQL folds them into one)")
    store = sqlite.insert(InboundMessage.__table__).on_conflict_do_nothing().returning(InboundMessage.id)
    with engine.begin() as conn:
        ours = Prepared(store).execute(conn, reply("SMprepared")).fetchone()[0]
        theirs = conn.execute(store, reply("SMcore")).scalar_one()
        assert Prepared(store).execute(conn, reply("SMprepared")).fetchone() is None  # stored once
        assert stored(conn, "inbound_messages", ours) == stored(conn, "inbound_messages", theirs) | {
            "provider_sid": "SMprepared"
        }
        new_item = insert(QueueItem.__table__).returning(QueueItem.id)
        ours_item = Prepared(new_item).execute(conn, item(ours)).fetchone()[0]
        theirs_item = conn.execute(new_item, item(theirs)).scalar_one()
        assert stored(conn, "queue_items", ours_item) == stored(conn, "queue_items", theirs_item) | {
            "inbound_id": ours
        }
        event = {"item_id": ours_item, "at": AT, "action": "opened", "data": {"pool": "admin", "reasons": []}}
        Prepared(insert(QueueEvent.__table__)).execute(conn, event)
        conn.execute(insert(QueueEvent.__table__), event)
        entry = {"at": AT, "action": "inbound_reply", "outcome": AuditOutcome.OK, "target_type": "inbound",
                 "target_id": "SMprepared", "detail": "a", "data": {"steps": [{"action": "a"}]}}  # fmt: skip
        Prepared(insert(AuditEntry.__table__)).execute(conn, entry)
        conn.execute(insert(AuditEntry.__table__), entry)
        for table in ("queue_events", "audit_log"):
            first, second = conn.execute(text(f"SELECT id FROM {table} ORDER BY id")).scalars().all()
            assert stored(conn, table, first) == stored(conn, table, second)
        assert stored(conn, "inbound_messages", ours)["received_at"] == "2026-11-24 10:00:00.123456"  # UTC


def test_a_column_left_to_a_python_default_is_refused_not_skipped(app):
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name != "sqlite":
        pytest.skip("prepared inserts serve SQLite's reply path only")
    values = reply("SMdefault")
    del values["arrival"]  # SQLAlchemy would fill in Arrival.WEBHOOK; a prepared insert does not
    with engine.begin() as conn, pytest.raises(KeyError, match="arrival"):
        Prepared(insert(InboundMessage.__table__)).execute(conn, values)


def test_a_naive_instant_is_refused_as_sqlalchemy_refuses_it(app):
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name != "sqlite":
        pytest.skip("prepared inserts serve SQLite's reply path only")
    values = reply("SMnaive") | {"received_at": datetime(2026, 11, 24, 10, 0)}
    with engine.begin() as conn, pytest.raises(ValueError, match="naive"):
        Prepared(insert(InboundMessage.__table__)).execute(conn, values)


def test_an_instant_bound_again_stores_the_same_text_in_any_zone_and_naive_stays_refused(app):
    """Each instant's text is kept once made (prepared._instant): the same instant in another zone, or a
    new instant, binds what SQLAlchemy binds; a naive value equal to a kept instant's wall time is still
    refused."""
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name != "sqlite":
        pytest.skip("prepared inserts serve SQLite's reply path only")
    statement = insert(InboundMessage.__table__).returning(InboundMessage.id)
    same_in_utc = AT.astimezone(UTC)
    later = AT + timedelta(microseconds=1)
    with engine.begin() as conn:
        for n, instant in enumerate((AT, same_in_utc, AT, later)):
            values = reply(f"SMinstant{n}") | {"received_at": instant, "stored_at": instant}
            ours = Prepared(statement).execute(conn, values).fetchone()[0]
            theirs = conn.execute(statement, values | {"provider_sid": f"SMcore{n}"}).scalar_one()
            assert stored(conn, "inbound_messages", ours) == stored(conn, "inbound_messages", theirs) | {
                "provider_sid": f"SMinstant{n}"
            }
        assert stored(conn, "inbound_messages", ours)["received_at"] == "2026-11-24 10:00:00.123457"
        naive = reply("SMnaive") | {"received_at": same_in_utc.replace(tzinfo=None)}
        with pytest.raises(ValueError, match="naive"):
            Prepared(statement).execute(conn, naive)


def test_the_sender_read_returns_what_sqlalchemy_returns(app, session):
    """Every column type of the sender's read: enums, booleans, UTC instants (a subquery's too), text."""
    from datetime import date

    from tests.support.builders import make_active, make_outbound, make_staff
    from textsupport.models import Arm, Language, OutboundStatus, WithdrawalKind
    from textsupport.services.replies import context

    peer = make_staff(session)
    changes = {"language": Language.FR, "peer_worker_id": peer.id, "sms_opted_out_at": AT,
               "withdrawal_kind": WithdrawalKind.INTERVENTION}  # fmt: skip
    person = make_active(session, Arm.PEER_TEXT, date(2026, 11, 1), **changes)
    make_outbound(session, person, status=OutboundStatus.SENT, sent_at=AT, body="Un petit pas compte.")
    engine = app.extensions["textsupport.db"].engine
    with engine.begin() as conn:
        conn.execute(insert(InboundMessage.__table__), reply("SMearlier") | {"participant_id": person.id})
        values = {"phone": person.phone, "since": AT - timedelta(hours=24), "at": AT + timedelta(hours=1)}
        ours = Prepared(context._SENDER).rows(conn, values)
        theirs = [tuple(row) for row in conn.execute(context._SENDER, values).all()]
    assert ours == theirs and len(ours) == 1
    assert [type(value).__name__ for value in ours[0]] == [type(value).__name__ for value in theirs[0]]
    assert ours[0][-2:] == (OutboundKind.DAILY, "Un petit pas compte.") and ours[0][-3] == AT


def folded_values(sid: str) -> dict:
    """The values of a reply sent with its item, the item's event and its trail (handling.send)."""
    from textsupport.services.replies import handling

    values = reply(sid) | {f"item_{name}": value for name, value in item(0).items() if name != "inbound_id"}
    values |= {"event_at": AT, "event_action": "opened", "event_data": {"pool": "admin", "reasons": []}}
    values |= {"trail_at": AT, "trail_action": "inbound_reply", "trail_outcome": AuditOutcome.OK,
               "trail_target_type": "inbound", "trail_target_id": sid, "trail_detail": "a > b",
               "trail_data_text": json.dumps({"steps": [{"target": f"queue_item:{handling.PENDING_ITEM}"}]}),
               }  # fmt: skip
    return values


def stored_pg(connection, table: str, column: str, value) -> dict:
    """The row as PostgreSQL holds it, without its own and its parents' ids."""
    row = connection.exec_driver_sql(f"SELECT * FROM {table} WHERE {column} = %(v)s", {"v": value}).mappings()
    return {k: v for k, v in row.one().items() if k not in ("id", "inbound_id", "item_id", "target_id")}


def test_the_folded_reply_runs_on_psycopg_and_stores_what_sqlalchemy_stores(app):
    """PostgreSQL: the reply, its item, the item's event and the trail in one statement, run by psycopg
    directly (prepared.py), store the rows SQLAlchemy's own execution of the same statement stores."""
    engine = app.extensions["textsupport.db"].engine
    if engine.dialect.name != "postgresql":
        pytest.skip("the folded statement is PostgreSQL's")
    from textsupport.services.replies import handling

    folded = handling._FOLDED[(True, True)]
    with engine.begin() as conn:
        ours = folded.execute(conn, folded_values("SMours")).fetchone()
        theirs = conn.execute(folded._statement, folded_values("SMtheirs")).one()
        assert type(ours).__name__ == "tuple" and len(ours) == len(theirs) == 2  # the driver's own row
        assert folded.execute(conn, folded_values("SMours")).fetchone() is None  # stored once
        mine, other = (
            stored_pg(conn, "inbound_messages", "provider_sid", sid) for sid in ("SMours", "SMtheirs")
        )
        assert mine == other | {"provider_sid": "SMours"}
        assert mine["received_at"] == AT and mine["received_at"].utcoffset() == timedelta(0)
        for table, column in (("queue_items", "id"), ("queue_events", "item_id")):
            assert stored_pg(conn, table, column, ours[1]) == stored_pg(conn, table, column, theirs[1])
        trails = [stored_pg(conn, "audit_log", "target_id", sid) for sid in ("SMours", "SMtheirs")]
        assert trails[0]["data"] == {"steps": [{"target": f"queue_item:{ours[1]}"}]}
        assert trails[1]["data"] == {"steps": [{"target": f"queue_item:{theirs[1]}"}]}
        assert {**trails[0], "data": None} == {**trails[1], "data": None}
