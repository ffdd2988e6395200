"""SQLite's write lock: taken by a quick poll, or by SQLite's own wait when someone holds it long."""

import threading
import time

from sqlalchemy import text

from textsupport import db
from textsupport.db import make_engine


def test_a_writer_waits_past_the_quick_poll_for_a_long_held_lock_and_then_gets_it(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "WRITE_LOCK_POLL", 0.05)
    engine = make_engine(f"sqlite:///{tmp_path / 'locks.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
    holder = engine.connect().execution_options(sqlite_immediate=True)
    holder.begin()
    holder.execute(text("INSERT INTO notes VALUES ('first')"))
    released = threading.Timer(0.3, holder.commit)  # held six times longer than the quick poll
    released.start()
    started = time.monotonic()
    with engine.connect().execution_options(sqlite_immediate=True) as waiter:
        with waiter.begin():
            waiter.execute(text("INSERT INTO notes VALUES ('second')"))
        waited = time.monotonic() - started
        busy_timeout = waiter.exec_driver_sql("PRAGMA busy_timeout").scalar()
    released.join()
    holder.close()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT body FROM notes ORDER BY rowid")).scalars().all() == [
            "first",
            "second",
        ]
    assert waited >= 0.25  # it really waited for the holder, not around it
    assert busy_timeout == db.BUSY_TIMEOUT_MS  # the quick poll's zero timeout was put back
    engine.dispose()
