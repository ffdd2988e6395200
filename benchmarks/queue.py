"""queue_page_p95_ms: the reply queue's pages on 10,000 participants and ~1,000,000 texts (PostgreSQL).

The data comes from benchmarks/queue_seed.py. Each page is requested through the test client
(routing, login, templates and SQL) and timed; every SQL statement a request sends is counted. No
N+1: the queue page sends as many statements for 200 rows as for a handful, and the item page as many
for a long thread as for a short one.
"""

from __future__ import annotations

import re
import statistics
import time

from sqlalchemy import event, text

from benchmarks.queue_seed import HEAVY, PASSWORD, log, seed

ROUNDS = 60
WARMUP = 5
TARGET_MS = 300
ROW = re.compile(r'<li class="(?:item level-|text )')  # a queue row, or a text of an item's thread


def _login(app, email: str):
    from tests.support.web import csrf_token

    client = app.test_client()
    response = client.post(
        "/login", data={"email": email, "password": PASSWORD, "csrf_token": csrf_token(client)}
    )
    assert response.status_code == 302, (email, response.status_code)
    return client


class Counter:
    """SQL statements sent on the engine since the last reset."""

    def __init__(self, engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1


def measure(client, paths: list[str], counter: Counter, rounds: int = ROUNDS) -> dict:
    """p50/p95 in ms over `rounds` requests cycling through `paths`; statements and rows per request."""
    for n in range(WARMUP):
        assert client.get(paths[n % len(paths)]).status_code == 200
    samples, queries, rows = [], set(), set()
    for n in range(rounds):
        counter.count = 0
        start = time.perf_counter()
        response = client.get(paths[n % len(paths)])
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (paths[n % len(paths)], response.status_code)
        queries.add(counter.count)
        rows.add(len(ROW.findall(response.get_data(as_text=True))))
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[min(len(samples) - 1, round(0.95 * len(samples)) - 1)], 1),
        "queries": sorted(queries),
        "rows": sorted(rows),
    }


def _ids(engine, sql: str, **params) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params).scalars())


def run(app) -> dict:
    """Seed, then time each queue page; the summary keys for benchmarks/__main__.py."""
    engine = app.extensions["textsupport.db"].engine
    seeded = seed(engine)
    heavy_items = _ids(
        engine,
        "SELECT id FROM queue_items WHERE participant_id = ANY(:heavy) AND state <> 'resolved'"
        " ORDER BY id LIMIT 10",
        heavy=HEAVY,
    )
    unknown_items = _ids(
        engine, "SELECT id FROM queue_items WHERE participant_id IS NULL ORDER BY state, id LIMIT 5"
    )
    # The peer with the most open items among the heavy texters: their own tab and items.
    peer_id, *_ = _ids(
        engine,
        "SELECT assignee_id FROM queue_items WHERE participant_id = ANY(:heavy) AND state <> 'resolved'"
        " AND assignee_id IS NOT NULL GROUP BY assignee_id ORDER BY count(*) DESC, assignee_id LIMIT 1",
        heavy=HEAVY,
    )
    peer_items = _ids(
        engine,
        "SELECT id FROM queue_items WHERE assignee_id = :peer AND participant_id = ANY(:heavy)"
        " ORDER BY state DESC, id LIMIT 5",
        peer=peer_id,
        heavy=HEAVY,
    )
    light_item, *_ = _ids(
        engine,
        "SELECT q.id FROM queue_items q WHERE q.participant_id % 4 IN (0, 3) AND q.state = 'claimed'"
        " ORDER BY q.id LIMIT 1",
    )
    supervisor = _login(app, "supervisor1@bench.example")
    peer = _login(app, f"peer{peer_id}@bench.example")
    counter = Counter(engine)
    pages = {  # name: (who asks, the paths asked in turn)
        "all": (supervisor, ["/queue/?tab=all"]),
        "mine": (peer, ["/queue/?tab=mine"]),
        "unassigned": (peer, ["/queue/?tab=unassigned"]),
        "partial": (peer, ["/queue/?partial=1"]),
        "partial_all": (supervisor, ["/queue/?tab=all&partial=1"]),
        "item": (supervisor, [f"/queue/items/{n}" for n in heavy_items]),
        "item_peer": (peer, [f"/queue/items/{n}" for n in peer_items]),
        "item_unknown": (supervisor, [f"/queue/items/{n}" for n in unknown_items]),
        "workload": (supervisor, ["/queue/workload/"]),
    }
    results = {}
    for name, (client, paths) in pages.items():
        results[name] = measure(client, paths, counter)
        log(name, results[name])
    # No N+1: a handful of rows (mine) costs as many statements as 200 (all); a short thread as a long one.
    few = measure(supervisor, ["/queue/?tab=mine"], counter, rounds=3)
    short = measure(supervisor, [f"/queue/items/{light_item}"], counter, rounds=3)
    many, long = results["all"], results["item"]
    n_plus_one = max(many["queries"]) > max(few["queries"]) or max(long["queries"]) > max(short["queries"])
    for what, small, large in (("queue rows", few, many), ("item texts", short, long)):
        log(
            "N+1 check:",
            what,
            small["rows"],
            "->",
            small["queries"],
            "statements;",
            large["rows"],
            "->",
            large["queries"],
        )
    worst = max(result["p95_ms"] for result in results.values())
    summary = {
        "queue_page_p95_ms": worst,
        "queue_page_target_met": worst <= TARGET_MS,
        "queue_n_plus_one": n_plus_one,
        "queue_seed_s": round(seeded["seconds"], 1),
        "queue_message_rows": seeded["rows"]["inbound_messages"] + seeded["rows"]["outbound_messages"],
        "queue_open_items": seeded["rows"]["open_items"],
    }
    for name, result in results.items():
        summary[f"queue_{name}_p50_ms"] = result["p50_ms"]
        summary[f"queue_{name}_p95_ms"] = result["p95_ms"]
        summary[f"queue_{name}_queries"] = max(result["queries"])
    return summary
