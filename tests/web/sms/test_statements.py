"""What a stored routine reply costs the database, pinned so a regression fails (docs/operations.md).

Per reply, on each backend: one pool checkout (on PostgreSQL it carries the pre-ping), one
transaction, one read (the sender with the last text we sent them) and four inserts (the reply, its
queue item, the item's first event, the audit trail), then one commit. On PostgreSQL the four inserts
are one statement (data-modifying CTEs, services/replies/handling.py): twelve round trips before this
was pinned, eight next (pre-ping, BEGIN, five statements, COMMIT), then seven (the item and its event
folded), five now (pre-ping, BEGIN, the read, the inserts, COMMIT). It all runs on a plain Core
connection: no ORM session is opened. The read and the inserts go to the DB-API connection directly
(textsupport/prepared.py), so they are counted there: on PostgreSQL as psycopg's cursor runs them, on
SQLite by the driver's own trace, which also shows where the write lock is taken (BEGIN IMMEDIATE): the
last text sent is read once before it, so the reply is triaged while other writers may write, and once
more, with the sender, under it.
"""

import re

from sqlalchemy import event
from sqlalchemy.orm import Session

from tests.support.sms_webhook import count, reply
from textsupport.models import InboundMessage, QueueItem

STATEMENTS = {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}  # not BEGIN, COMMIT or the lock's PRAGMAs


def test_a_stored_routine_reply_is_one_transaction_of_one_read_and_four_inserts(
    app, client, person, monkeypatch
):
    assert reply(client, "first message of the day").status_code == 200  # its acknowledgement is sent
    engine = app.extensions["textsupport.db"].engine
    seen: list[str] = []

    traced = []

    def statement(sql: str, verbs=STATEMENTS) -> None:
        # each statement's verb and the tables it inserts into, in order (a WITH's CTEs included)
        if sql.split()[0] in verbs:
            seen.append(" ".join([sql.split()[0], *re.findall(r"INSERT INTO (\w+)", sql)]))

    def checkout(dbapi_connection, *_args) -> None:
        seen.append("checkout")
        if engine.dialect.name == "sqlite":  # SQLite's inserts skip SQLAlchemy's events (prepared.py)
            # the driver's own trace sees every statement, and the write lock's BEGIN IMMEDIATE
            dbapi_connection.set_trace_callback(lambda sql: statement(sql, STATEMENTS | {"BEGIN"}))
            traced.append(dbapi_connection)

    hooks = [
        (engine.pool, "checkout", checkout),
        (engine, "commit", lambda *_: seen.append("commit")),
        (engine, "rollback", lambda *_: seen.append("rollback")),
    ]
    if engine.dialect.name == "postgresql":  # every statement psycopg runs once the connection is out
        import psycopg

        run = psycopg.Cursor.execute

        def execute(cursor, query, *args, **kwargs):
            if "checkout" in seen:  # the pool's pre-ping runs before its checkout event
                statement(str(query))
            return run(cursor, query, *args, **kwargs)

        monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    for hook in hooks:
        event.listen(*hook)
    try:
        answered = reply(client, "thanks, had a good walk today")
    finally:
        for hook in hooks:
            event.remove(*hook)
        for dbapi_connection in traced:
            dbapi_connection.set_trace_callback(None)
    assert answered.get_data(as_text=True).strip().endswith("<Response />")  # routine: stored, no answer
    inserts = ["inbound_messages", "queue_items", "queue_events", "audit_log"]
    if engine.dialect.name == "postgresql":  # one statement: the reply, its item, the item's event, the trail
        assert seen == ["checkout", "SELECT", " ".join(["WITH", *inserts]), "commit"]
    else:  # the last text sent, read before the write lock; then the sender under it
        assert seen == ["checkout", "SELECT", "BEGIN", "SELECT", *(f"INSERT {t}" for t in inserts), "commit"]


def test_a_reply_is_handled_on_a_core_connection_without_an_orm_session(app, client, session, person):
    begun: list[Session] = []

    def began(orm_session, *_args) -> None:
        begun.append(orm_session)

    event.listen(Session, "after_begin", began)
    try:
        assert reply(client, "first message of the day").status_code == 200
        assert reply(client, "thanks, had a good walk today").status_code == 200
    finally:
        event.remove(Session, "after_begin", began)
    assert begun == []
    assert (count(session, InboundMessage), count(session, QueueItem)) == (2, 2)
