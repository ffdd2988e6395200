"""Migrations and models agree, on every backend; applying them twice is harmless."""

import pyotp
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from tests.support import databases
from tests.support.builders import PASSWORD
from textsupport import passwords, schema, sealing
from textsupport.db import make_engine
from textsupport.models import Base
from textsupport.services.staff import users


@pytest.fixture(params=databases.BACKENDS)
def empty_engine(request, tmp_path):
    """An engine on a database with no tables at all."""
    if request.param == "sqlite":
        engine = make_engine(databases.sqlite_url(tmp_path / "empty.db"))
        yield engine
        engine.dispose()
        return
    url = databases.create_postgres_database("migrations")
    engine = make_engine(url.render_as_string(hide_password=False))
    yield engine
    engine.dispose()
    databases.drop_postgres_database(url)


def pending_changes(engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_migrations_match_the_models(empty_engine):
    schema.upgrade(empty_engine)
    assert pending_changes(empty_engine) == []


def test_upgrade_twice_is_harmless(empty_engine):
    schema.upgrade(empty_engine)
    schema.upgrade(empty_engine)
    assert set(Base.metadata.tables) <= set(inspect(empty_engine).get_table_names())


def test_downgrade_removes_everything_and_upgrade_restores_it(empty_engine):
    schema.upgrade(empty_engine)
    schema.downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    schema.upgrade(empty_engine)
    assert pending_changes(empty_engine) == []


def test_a_missing_column_would_be_noticed(empty_engine):
    # The comparison above can fail: drop a column and it reports the difference.
    schema.upgrade(empty_engine)
    with empty_engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE heartbeats DROP COLUMN host")
    assert any("host" in repr(change) for change in pending_changes(empty_engine))


def test_0002_backfills_start_dates_in_the_participants_zone(empty_engine):
    schema.upgrade(empty_engine, "0001")
    late_evening = "2026-11-23 05:30:00"  # UTC; Sun 2026-11-22 22:30 in Edmonton
    with empty_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO participants (id, study_id, phone, first_name, site, sex, tz, date_of_birth,"
            " discharge_date, status, created_at) VALUES (1, 'TS-AAAAAA', '+17805550100', 'A', 'north', 'F',"
            f" 'America/Edmonton', '1990-01-01', '2026-11-20', 'active', '{late_evening}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO allocation_tables (id, source, strata_fields, created_at)"
            f" VALUES (1, 'generated', 'site,sex', '{late_evening}')"
        )
        conn.exec_driver_sql(
            "INSERT INTO allocation_slots (id, table_id, stratum, position, block, arm)"
            " VALUES (1, 1, 'site=north|sex=F', 1, 1, 'TEXT')"
        )
        conn.exec_driver_sql(
            "INSERT INTO allocations (id, participant_id, slot_id, arm, stratum, allocated_at)"
            f" VALUES (1, 1, 1, 'TEXT', 'site=north|sex=F', '{late_evening}')"
        )
    schema.upgrade(empty_engine)
    with empty_engine.connect() as conn:
        start = conn.exec_driver_sql("SELECT start_date FROM allocations").scalar_one()
    assert str(start) == "2026-11-22"


def test_0010_keeps_a_clear_totp_key_for_the_app_to_seal_and_gives_it_back_on_downgrade(empty_engine):
    schema.upgrade(empty_engine, "0009")
    with empty_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO staff_users (id, email, display_name, role, password_hash, is_active, on_shift,"
            " totp_secret, created_at) VALUES (1, 'pat@example.org', 'Pat', 'peer_worker', 'x', true, true,"
            " 'JBSWY3DPEHPK3PXP', '2026-11-23 05:30:00')"
        )
    schema.upgrade(empty_engine, "0010")
    with empty_engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT totp_key FROM staff_users").scalar_one() == "plain:JBSWY3DPEHPK3PXP"
        )
    schema.downgrade(empty_engine, "0009")
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT totp_secret FROM staff_users").scalar_one() == "JBSWY3DPEHPK3PXP"


def _staff_user(conn, totp_key: str | None = None) -> None:
    conn.execute(
        text(
            "INSERT INTO staff_users (id, email, display_name, role, password_hash, is_active, on_shift,"
            " totp_key, created_at) VALUES (1, 'pat@example.org', 'Pat', 'peer_worker', :hash, true, true,"
            " :key, '2026-11-23 05:30:00')"
        ),
        {"hash": passwords.hash_password(PASSWORD), "key": totp_key},
    )


def _session_row(conn, sid: str, reason: str | None) -> None:
    conn.execute(
        text(
            "INSERT INTO staff_sessions (id, user_id, created_at, last_seen_at, second_factor, ended_at,"
            " end_reason) VALUES (:id, 1, '2026-11-23 05:30:00', '2026-11-23 05:30:00', false, :ended,"
            " :reason)"
        ),
        {"id": sid, "ended": "2026-11-23 06:00:00" if reason else None, "reason": reason},
    )


def test_0018_downgrade_reads_the_new_end_reasons_as_the_nearest_old_ones_and_refuses_them_again(
    empty_engine,
):
    schema.upgrade(empty_engine, "0018")
    with empty_engine.begin() as conn:
        _staff_user(conn)
        for sid, reason in [
            ("a", "password_changed"),
            ("b", "ended_by_user"),
            ("c", "mfa_reset"),
            ("d", None),
        ]:
            _session_row(conn, sid, reason)
    schema.downgrade(empty_engine, "0017")
    with empty_engine.connect() as conn:
        reasons = dict(conn.exec_driver_sql("SELECT id, end_reason FROM staff_sessions").all())
    assert reasons == {"a": "password_reset", "b": "signed_out", "c": "mfa_reset", "d": None}
    with pytest.raises(IntegrityError), empty_engine.begin() as conn:
        _session_row(conn, "e", "password_changed")  # the old check holds again
    schema.upgrade(empty_engine, "0018")
    with empty_engine.begin() as conn:
        _session_row(conn, "e", "ended_by_user")
    schema.upgrade(empty_engine)
    assert pending_changes(empty_engine) == []


def test_0020_asks_no_existing_account_and_its_downgrade_drops_the_flag(empty_engine):
    schema.upgrade(empty_engine, "0019")
    with empty_engine.begin() as conn:
        _staff_user(conn)
    schema.upgrade(empty_engine, "0020")
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT must_change_password FROM staff_users").scalar_one() in (False, 0)
    schema.downgrade(empty_engine, "0019")
    assert "must_change_password" not in {c["name"] for c in inspect(empty_engine).get_columns("staff_users")}
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT email FROM staff_users").scalar_one() == "pat@example.org"


KEY = "test-secret-key"
CLEAR = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_0021_seals_every_key_left_in_clear_and_two_step_sign_in_still_works(empty_engine):
    schema.upgrade(empty_engine, "0020")
    with empty_engine.begin() as conn:
        _staff_user(conn, totp_key="plain:" + CLEAR)  # as 0010 left a key set up before sealing
    schema.upgrade(empty_engine, secret_key=KEY)
    with empty_engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT totp_key FROM staff_users").scalar_one()
    assert CLEAR not in stored and "plain" not in stored and sealing.unseal(KEY, stored) == CLEAR
    with Session(empty_engine) as session:
        code = pyotp.TOTP(CLEAR).now()
        assert users.authenticate(session, "pat@example.org", PASSWORD, code=code, secret_key=KEY) is not None
    schema.downgrade(empty_engine, "0020")  # nothing goes back to clear
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT totp_key FROM staff_users").scalar_one() == stored


def test_0021_without_a_secret_key_stops_before_changing_anything(empty_engine, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    schema.upgrade(empty_engine, "0020")
    with empty_engine.begin() as conn:
        _staff_user(conn, totp_key="plain:" + CLEAR)
    with pytest.raises(RuntimeError, match="1 two-step keys are still in clear"):
        schema.upgrade(empty_engine)
    with empty_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT totp_key FROM staff_users").scalar_one() == "plain:" + CLEAR
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == "0020"
    schema.upgrade(empty_engine, secret_key=KEY)  # with the key it goes through
    with empty_engine.connect() as conn:
        assert (
            sealing.unseal(KEY, conn.exec_driver_sql("SELECT totp_key FROM staff_users").scalar_one())
            == CLEAR
        )


def _event(conn, sid: str, key: str | None) -> None:
    conn.execute(
        text(
            "INSERT INTO delivery_events (provider_sid, status, received_at, {column})"
            " VALUES (:sid, 'delivered', '2026-11-23 05:30:00', :key)".format(column=conn.info["key_column"])
        ),
        {"sid": sid, "key": key},
    )


def test_0022_renames_the_spool_key_to_the_callback_key_both_ways_and_keeps_the_table_append_only(
    empty_engine,
):
    schema.upgrade(empty_engine, "0021")
    with empty_engine.begin() as conn:
        conn.info["key_column"] = "spool_key"
        _event(conn, "SMa", "a-spool-line-key")
        _event(conn, "SMb", None)  # a live callback before 0022
    schema.upgrade(empty_engine, "0022")
    with empty_engine.connect() as conn:
        keys = dict(conn.exec_driver_sql("SELECT provider_sid, callback_key FROM delivery_events").all())
    assert keys == {"SMa": "a-spool-line-key", "SMb": None}
    with pytest.raises(IntegrityError), empty_engine.begin() as conn:
        conn.info["key_column"] = "callback_key"
        _event(conn, "SMc", "a-spool-line-key")  # unique
    with pytest.raises(DBAPIError, match="append-only"), empty_engine.begin() as conn:
        conn.exec_driver_sql("UPDATE delivery_events SET status = 'failed'")  # the trigger still refuses
    schema.downgrade(empty_engine, "0021")
    with empty_engine.connect() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT spool_key FROM delivery_events WHERE provider_sid = 'SMa'"
            ).scalar_one()
            == "a-spool-line-key"
        )
    schema.upgrade(empty_engine)
    assert pending_changes(empty_engine) == []


PARTIAL_0027 = {
    ("audit_log", "ix_audit_log_actor_id_at"): "actor_id",
    ("queue_events", "ix_queue_events_actor_id_at"): "actor_id",
    ("queue_items", "ix_queue_items_assignee_id_created_at"): "assignee_id",
}


def index_conditions(engine) -> dict:
    """Each 0027 index's WHERE as reflected (None: a full index)."""
    found = {}
    for table, name in PARTIAL_0027:
        (index,) = [i for i in inspect(engine).get_indexes(table) if i["name"] == name]
        where = index.get("dialect_options", {}).get(f"{engine.dialect.name}_where")
        found[name] = None if where is None else " ".join(str(where).strip("()").split())
    return found


def test_0027_makes_the_actor_and_assignee_indexes_hold_only_rows_with_one_and_its_downgrade_undoes_it(
    empty_engine,
):
    # A reply's trail, its item's "opened" event and an item routed to nobody have none: no entry each.
    schema.upgrade(empty_engine)
    assert index_conditions(empty_engine) == {
        name: f"{column} IS NOT NULL" for (_table, name), column in PARTIAL_0027.items()
    }
    schema.downgrade(empty_engine, "0026")
    assert index_conditions(empty_engine) == dict.fromkeys((name for _table, name in PARTIAL_0027), None)
