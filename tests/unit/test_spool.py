"""The inbound spool file: durable appends, private, kill-safe, and removal that never loses a new line."""

import os
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

from textsupport import spool
from textsupport.config import PROJECT_ROOT

AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def form(n: int) -> dict:
    return {"MessageSid": f"SM{n:032d}", "From": "+17805550142", "To": "+17805550199", "Body": f"text {n}"}


def test_appended_replies_read_back_in_order_with_their_time(tmp_path):
    path = tmp_path / "spool" / "inbound.jsonl"
    for n in range(3):
        spool.append(path, form(n), "sig", AT)
    entries = spool.read(path)
    assert [e.sid for e in entries] == [form(n)["MessageSid"] for n in range(3)]
    assert entries[0].form == form(0) and entries[0].received_at == AT
    assert spool.stats(path) == spool.Stats(3, path.stat().st_size, AT)


def test_the_spool_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "spool" / "inbound.jsonl"
    old = os.umask(0o022)
    try:
        spool.append(path, form(1), "sig", AT)
        spool.remove(path, [])
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_removing_stored_replies_keeps_the_others(tmp_path):
    path = tmp_path / "inbound.jsonl"
    for n in range(4):
        spool.append(path, form(n), "sig", AT)
    spool.remove(path, [form(1)["MessageSid"], form(3)["MessageSid"]])
    assert [e.form["Body"] for e in spool.read(path)] == ["text 0", "text 2"]
    spool.remove(path, [form(0)["MessageSid"], form(2)["MessageSid"]])
    assert spool.read(path) == [] and path.read_bytes() == b""


def test_a_line_cut_short_by_a_crash_neither_breaks_reading_nor_swallows_the_next(tmp_path):
    path = tmp_path / "inbound.jsonl"
    spool.append(path, form(1), "sig", AT)
    with path.open("ab") as file:
        file.write(b'{"sid": "SM-half", "received_at": "2026-')  # the writer died here
    spool.append(path, form(2), "sig", AT)
    assert [e.sid for e in spool.read(path)] == [form(1)["MessageSid"], form(2)["MessageSid"]]
    spool.remove(path, [form(1)["MessageSid"]])
    assert [e.sid for e in spool.read(path)] == [form(2)["MessageSid"]]
    aside = tmp_path / "inbound.jsonl.unreadable"
    assert b"SM-half" in aside.read_bytes()  # set aside, not lost
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600  # personal data, like the spool
    found = spool.set_aside(path)
    assert (found.lines, found.bytes) == (1, aside.stat().st_size) and found.last_at is not None
    spool.remove(path, [form(2)["MessageSid"]])  # later passes keep what was set aside
    assert spool.set_aside(path).lines == 1 and b"SM-half" in aside.read_bytes()


def test_nothing_set_aside_reads_as_empty_without_creating_anything(tmp_path):
    path = tmp_path / "spool" / "inbound.jsonl"
    assert spool.set_aside(path) == spool.SetAside(0, 0, None)
    assert not (tmp_path / "spool").exists()


def test_stats_count_whole_lines_and_give_the_oldest_time_without_creating_anything(tmp_path):
    path = tmp_path / "spool" / "inbound.jsonl"
    assert spool.stats(path) == spool.Stats(0, 0, None)
    assert not (tmp_path / "spool").exists()  # a health check makes no folder and no lock file
    spool.append(path, form(1), "sig", AT.replace(hour=11))
    spool.append(path, form(2), "sig", AT)  # an earlier time from another worker, appended later
    with path.open("ab") as file:
        file.write(b'{"sid": "SM-half", "received_at": "2026-')  # the writer died here
    assert spool.stats(path) == spool.Stats(2, path.stat().st_size, AT)


def test_a_process_killed_while_appending_and_removing_leaves_a_whole_file(tmp_path):
    """Processes append and remove at once, and some die mid-way: every finished append is still there."""
    path = tmp_path / "inbound.jsonl"
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import datetime, UTC
        from textsupport import spool
        start = int(sys.argv[1])
        for n in range(start, start + 200):
            form = {{"MessageSid": f"SM{{n:032d}}", "Body": "x" * 500}}
            spool.append({str(path)!r}, form, "sig", datetime.now(UTC))
            print(n, flush=True)
            if n % 50 == 0:
                spool.remove({str(path)!r}, [f"SM{{n:032d}}"])
        """
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(start)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True
        )
        for start in (0, 1000, 2000)
    ]
    done: set[int] = set()
    for number, run in enumerate(runs):
        if number == 0:  # kill the first once it is under way
            for _ in range(30):
                done.add(int(run.stdout.readline()))
            run.kill()
        out, _ = run.communicate(timeout=60)
        done.update(int(line) for line in out.split())
    left = {e.sid for e in spool.read(path)}
    removed = {f"SM{n:032d}" for n in done if n % 50 == 0}
    assert {f"SM{n:032d}" for n in done} - removed <= left
    assert not left & removed


def test_status_callbacks_are_removed_by_their_own_key_not_by_message_sid(tmp_path):
    path = spool.status_path(tmp_path / "spool" / "inbound.jsonl")
    assert path == tmp_path / "spool" / "inbound.status.jsonl"
    for status, key in (("sent", "k1"), ("delivered", "k2")):
        spool.append(path, {"MessageSid": "SMone", "MessageStatus": status}, "sig", AT, key)
    assert [(e.sid, e.key) for e in spool.read(path)] == [("SMone", "k1"), ("SMone", "k2")]
    spool.remove(path, ["k1"])
    assert [e.form["MessageStatus"] for e in spool.read(path)] == ["delivered"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
