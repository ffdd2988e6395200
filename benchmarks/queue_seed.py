"""The queue benchmark's data: 10,000 participants and ~1,000,000 texts, seeded set-based (PostgreSQL).

INSERT ... SELECT FROM generate_series: 10,000 participants across the four arms (peer arms mostly
assigned to one of 20 peer workers), 700,000 daily texts out with their statuses plus the staff
replies, 300,000 texts in (a few heavy texters, a few unknown numbers), ~6,000 queue items of which a
few hundred are open, and their events.
"""

# ruff: noqa: S608 (the seed's SQL is built from this module's own constants, never from input)
from __future__ import annotations

import os
import sys
import time

from sqlalchemy import insert, text

from textsupport import passwords
from textsupport.models import Role, StaffUser
from textsupport.services.trial import started as intervention

# BENCH_SCALE=0.1 seeds a tenth of the participants and texts, for a quicker run (1: the real scale).
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
PARTICIPANTS = max(200, round(10_000 * SCALE))
DAYS = 140  # daily texts per texting participant: 5,000 x 140 = 700,000 out
HEAVY_EACH = max(10, round(2_500 * SCALE))  # texts in from each heavy texter
GENERAL_IN = round(238_000 * SCALE)
UNKNOWN_IN = max(100, round(2_000 * SCALE))  # from 100 numbers nobody knows
PEERS = 20
SUPERVISORS = (1, 2)
FIRST_PEER = 3
PASSWORD = "bench queue password"
# Texting participants (PEER_TEXT: i % 4 == 1, TEXT: i % 4 == 2) who wrote a lot; most have a peer.
HEAVY = [i for i in range(1, 200) if i % 4 in (1, 2) and (i // 4) % 10 != 0][:24]
ARM = "(ARRAY['PEER','PEER_TEXT','TEXT','TAU'])[1 + {i} % 4]"
PHONE = "'+1780' || lpad({i}::text, 7, '0')"


def log(*parts) -> None:
    print("queue:", *parts, file=sys.stderr, flush=True)


def _staff(conn) -> None:
    hashed = passwords.hash_password(PASSWORD)
    rows = [
        {
            "id": n,
            "email": f"supervisor{n}@bench.example",
            "display_name": f"Supervisor {n}",
            "role": Role.SUPERVISOR,
        }
        for n in SUPERVISORS
    ]
    rows += [
        {
            "id": n,
            "email": f"peer{n}@bench.example",
            "display_name": f"Peer {n:02d}",
            "role": Role.PEER_WORKER,
        }
        for n in range(FIRST_PEER, FIRST_PEER + PEERS)
    ]
    for row in rows:
        row.update(password_hash=hashed, is_active=True, on_shift=True)
    conn.execute(insert(StaffUser).values(created_at=text("now() - interval '400 days'")), rows)


PARTICIPANTS_SQL = f"""
INSERT INTO participants (id, study_id, phone, first_name, site, sex, tz, date_of_birth, discharge_date,
    status, consent_version, consent_at, baseline_done_at, peer_worker_id, withdrawn_at, created_at)
SELECT i, 'Q' || lpad(i::text, 7, '0'), {PHONE.format(i="i")},
    (ARRAY['Alex','Sam','Jordan','Riley','Casey','Morgan','Taylor','Jamie'])[1 + i % 8],
    (ARRAY['north','south','east'])[1 + i % 3], (ARRAY['F','M','X'])[1 + (i / 3) % 3],
    (ARRAY['America/Edmonton','America/Toronto','America/Vancouver'])[1 + (i / 7) % 3],
    date '1960-01-01' + (i * 7919) % 15000, current_date - 200 - i % 200,
    CASE WHEN i % 20 = 7 THEN 'withdrawn' WHEN i % 10 = 3 THEN 'completed' ELSE 'active' END,
    'v2', now() - (200 + i % 200) * interval '1 day', now() - (199 + i % 200) * interval '1 day',
    CASE WHEN i % 4 IN (0, 1) AND (i / 4) % 10 <> 0 THEN {FIRST_PEER} + (i / 4) % {PEERS} END,
    CASE WHEN i % 20 = 7 THEN now() - interval '20 days' END,
    now() - (200 + i % 200) * interval '1 day'
FROM generate_series(1, {PARTICIPANTS}) AS i
"""

ALLOCATIONS_SQL = [
    "INSERT INTO allocation_tables (id, source, seed, strata_fields, created_at)"
    " VALUES (1, 'generated', 'bench', 'site,sex', now() - interval '500 days')",
    f"""
    INSERT INTO allocation_slots (id, table_id, stratum, position, block, arm)
    SELECT i, 1, 'site=' || p.site || '|sex=' || p.sex, i, i / 8, {ARM.format(i="i")}
    FROM generate_series(1, {PARTICIPANTS}) AS i JOIN participants p ON p.id = i
    """,
    f"""
    INSERT INTO allocations (id, participant_id, slot_id, arm, stratum, allocated_at, start_date,
        allocated_by_id)
    SELECT p.id, p.id, p.id, {ARM.format(i="p.id")}, 'site=' || p.site || '|sex=' || p.sex,
        p.created_at, (p.created_at AT TIME ZONE p.tz)::date, 1
    FROM participants p
    """,
]

INBOUND_BODIES = (
    "(ARRAY['ok thanks','feeling a bit low today','had a good walk','cant sleep again',"
    "'my phone is dying','see you tuesday','not great but ok','thank you for checking in',"
    "'stressed about money','went to group today'])[1 + floor(random() * 10)::int]"
)
INBOUND_LEVEL = (
    "CASE WHEN random() < 0.001 THEN 'crisis' WHEN random() < 0.08 THEN 'urgent' ELSE 'routine' END"
)
INBOUND_SQL = [
    # Heavy texters: HEAVY_EACH each, spread over the DAYS.
    f"""
    INSERT INTO inbound_messages (provider_sid, participant_id, from_phone, to_phone, body, num_media,
        received_at, level, reasons, extra)
    SELECT 'SMh' || h || 'n' || n, h, {PHONE.format(i="h")}, '+17805550199', {INBOUND_BODIES}, 0,
        now() - random() * interval '{DAYS} days', {INBOUND_LEVEL}, '[]', '{{}}'
    FROM unnest(:heavy) AS h CROSS JOIN generate_series(1, {HEAVY_EACH}) AS n
    """,
    # Everyone else's replies, ~24 each.
    f"""
    INSERT INTO inbound_messages (provider_sid, participant_id, from_phone, to_phone, body, num_media,
        received_at, level, reasons, extra)
    SELECT 'SMg' || g, p, {PHONE.format(i="p")}, '+17805550199', {INBOUND_BODIES}, 0,
        now() - random() * interval '{DAYS} days', {INBOUND_LEVEL}, '[]', '{{}}'
    FROM generate_series(1, {GENERAL_IN}) AS g, LATERAL (SELECT 1 + (g * 7919) % {PARTICIPANTS} AS p) AS pick
    """,
    # Numbers we do not know (never attributed to a participant).
    f"""
    INSERT INTO inbound_messages (provider_sid, participant_id, from_phone, to_phone, body, num_media,
        received_at, level, reasons, extra)
    SELECT 'SMu' || g, NULL, '+1999' || lpad((g % 100)::text, 7, '0'), '+17805550199', {INBOUND_BODIES}, 0,
        now() - random() * interval '{DAYS} days', {INBOUND_LEVEL}, '[]', '{{}}'
    FROM generate_series(1, {UNKNOWN_IN}) AS g
    """,
]

OUTBOUND_SQL = f"""
INSERT INTO outbound_messages (participant_id, kind, local_date, body, segments, urgent, scheduled_for,
    expires_at, status, provider_sid, attempts, error_code, sent_at, created_at, updated_at)
SELECT p, 'daily', current_date - d,
    CASE WHEN d > 0 THEN 'Daily text ' || d || ': a small step counts.' END,
    CASE WHEN d > 0 THEN 1 END, false,
    ((current_date - d)::timestamp + interval '16 hours') AT TIME ZONE 'UTC',
    ((current_date - d + 1)::timestamp + interval '6 hours') AT TIME ZONE 'UTC',
    CASE WHEN d = 0 THEN 'planned' WHEN (p * 31 + d) % 100 < 3 THEN 'undelivered'
        WHEN (p * 31 + d) % 100 < 4 THEN 'failed' WHEN (p * 31 + d) % 100 < 6 THEN 'sent'
        ELSE 'delivered' END,
    CASE WHEN d > 0 THEN 'SMo' || p || 'd' || d END,
    CASE WHEN d > 0 THEN 1 ELSE 0 END,
    CASE WHEN d > 0 AND (p * 31 + d) % 100 < 4 THEN 30003 END,
    CASE WHEN d > 0 THEN ((current_date - d)::timestamp + interval '16 hours 1 minute') AT TIME ZONE 'UTC'
        END,
    ((current_date - d - 1)::timestamp + interval '2 hours') AT TIME ZONE 'UTC',
    ((current_date - d)::timestamp + interval '16 hours 2 minutes') AT TIME ZONE 'UTC'
FROM generate_series(1, {PARTICIPANTS}) AS p CROSS JOIN generate_series(0, {DAYS - 1}) AS d
WHERE p % 4 IN (1, 2)
"""

# One item per crisis text and per 60th text; open or claimed if from the last 14 days (2 in 3).
ITEMS_SQL = """
INSERT INTO queue_items (participant_id, inbound_id, kind, level, reasons, pool, assignee_id, owner_id,
    state, due_at, escalated_at, created_at, resolved_at)
SELECT participant_id, id, 'reply', level, reasons, pool, assignee, owner, state,
    created + CASE level WHEN 'crisis' THEN interval '15 minutes' WHEN 'urgent' THEN interval '1 hour'
        ELSE interval '24 hours' END,
    CASE WHEN pool = 'supervisor' AND level <> 'crisis' THEN created + interval '2 hours' END,
    created, CASE WHEN state = 'resolved' THEN created + interval '3 hours' END
FROM (
    SELECT s.*, CASE WHEN state = 'open' THEN NULL WHEN assignee IS NOT NULL THEN assignee
        ELSE 1 + id % 2 END AS owner
    FROM (
        SELECT m.id, m.participant_id, m.received_at + interval '1 second' AS created,
            coalesce(m.level, 'routine') AS level,
            CAST(CASE coalesce(m.level, 'routine') WHEN 'crisis' THEN '["crisis words"]'
                WHEN 'urgent' THEN '["low mood"]' ELSE '[]' END AS json) AS reasons,
            CASE WHEN m.participant_id IS NULL THEN 'admin' WHEN m.level = 'crisis' THEN 'supervisor'
                WHEN a.arm IN ('PEER', 'PEER_TEXT') AND p.peer_worker_id IS NOT NULL AND m.id % 25 = 0
                    THEN 'supervisor'
                WHEN a.arm IN ('PEER', 'PEER_TEXT') AND p.peer_worker_id IS NOT NULL THEN 'peer'
                ELSE 'staff' END AS pool,
            CASE WHEN m.level IS DISTINCT FROM 'crisis' AND a.arm IN ('PEER', 'PEER_TEXT')
                AND m.id % 25 <> 0 THEN p.peer_worker_id END AS assignee,
            CASE WHEN m.received_at < now() - interval '14 days' OR r < 0.33 THEN 'resolved'
                WHEN r < 0.55 THEN 'claimed' ELSE 'open' END AS state
        FROM (SELECT *, random() AS r FROM inbound_messages WHERE id % 60 = 0 OR level = 'crisis') AS m
        LEFT JOIN participants p ON p.id = m.participant_id
        LEFT JOIN allocations a ON a.participant_id = m.participant_id
    ) AS s
) AS t
"""

EVENTS_SQL = """
INSERT INTO queue_events (item_id, at, actor_id, action, note, minutes, data)
SELECT id, created_at, CAST(NULL AS integer), 'opened', CAST(NULL AS text), CAST(NULL AS integer),
    json_build_object('pool', pool, 'reasons', reasons)
FROM queue_items
UNION ALL
SELECT id, created_at + interval '5 minutes', NULL, 'escalated', 'past its deadline', NULL, CAST('{}' AS json)
FROM queue_items WHERE escalated_at IS NOT NULL
UNION ALL
SELECT id, created_at + interval '10 minutes', owner_id, 'claimed', NULL, NULL, '{}'
FROM queue_items WHERE owner_id IS NOT NULL
UNION ALL
SELECT id, created_at + interval '30 minutes', owner_id, 'replied', NULL, NULL, '{}'
FROM queue_items WHERE state = 'resolved' OR (state = 'claimed' AND id % 2 = 0)
UNION ALL
SELECT id, created_at + interval '1 hour', owner_id, 'contact', 'Checked in by phone', 15, '{"type": "phone"}'
FROM queue_items WHERE state = 'resolved' AND id % 2 = 0
UNION ALL
SELECT id, resolved_at, owner_id, 'resolved', 'Feeling steadier', NULL, '{}'
FROM queue_items WHERE state = 'resolved'
"""

# The staff reply each answered item got, through the outbox (to the unknown number itself if unknown).
REPLIES_SQL = """
INSERT INTO outbound_messages (participant_id, staff_user_id, kind, idempotency_key, to_phone, body, segments,
    urgent, scheduled_for, status, provider_sid, attempts, sent_at, created_at, updated_at)
SELECT q.participant_id, q.owner_id, 'staff_reply', 'reply:' || q.id,
    CASE WHEN q.participant_id IS NULL THEN m.from_phone END,
    'Thanks for letting us know. Would a call help today?', 1, false,
    q.created_at + interval '30 minutes', 'delivered', 'SMr' || q.id, 1,
    q.created_at + interval '30 minutes', q.created_at + interval '30 minutes',
    q.created_at + interval '31 minutes'
FROM queue_items q JOIN inbound_messages m ON m.id = q.inbound_id
WHERE q.state = 'resolved' OR (q.state = 'claimed' AND q.id % 2 = 0)
"""

SEEDED = (
    "staff_users",
    "participants",
    "allocation_tables",
    "allocation_slots",
    "allocations",
    "inbound_messages",
    "outbound_messages",
    "queue_items",
    "queue_events",
)


def seed(engine) -> dict:
    """Fill the (empty, migrated) database; returns the row counts and the seconds it took."""
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
        conn.exec_driver_sql("SELECT setseed(0.42)")
        _staff(conn)
        conn.execute(text(PARTICIPANTS_SQL))
        for sql in ALLOCATIONS_SQL:
            conn.execute(text(sql))
        log(f"staff, participants, allocations: {time.perf_counter() - started:.1f} s")
        for sql in INBOUND_SQL:
            conn.execute(text(sql), {"heavy": HEAVY})
        log(f"texts in: {time.perf_counter() - started:.1f} s")
        conn.execute(text(OUTBOUND_SQL))
        log(f"daily texts out: {time.perf_counter() - started:.1f} s")
        for sql in (ITEMS_SQL, EVENTS_SQL, REPLIES_SQL):
            conn.execute(text(sql))
        # Seeded around the services: who started the intervention, from that history, as migration
        # 0019 backfilled it.
        intervention.backfill(conn)
        for table in ("staff_users", "participants", "allocation_tables", "allocation_slots", "allocations"):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        counts = {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() for table in SEEDED
        }
        counts["open_items"] = conn.exec_driver_sql(
            "SELECT count(*) FROM queue_items WHERE state <> 'resolved'"
        ).scalar_one()
    log(f"queue items, events, replies: {time.perf_counter() - started:.1f} s")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"VACUUM ANALYZE {', '.join(SEEDED)}")
    seconds = time.perf_counter() - started
    log(f"seeded in {seconds:.1f} s (vacuum analyze included): {counts}")
    return {"seconds": seconds, "rows": counts}
