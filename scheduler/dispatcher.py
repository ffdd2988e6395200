"""`python -m scheduler --dispatch-only`: a dispatcher process. Any number may run at once.

Each one loops: beat, send what is due, wait a moment. They share the sender's rate through the
database pacer (one row) and claim rows with SKIP LOCKED, so none needs to lead.

Stopping is deterministic (scheduler/signals.py): the main thread takes SIGTERM with sigtimedwait
and sets a plain Event from ordinary code; the loop claims nothing more, hands back rows still
waiting for their slot, and lets the sends already on the wire finish (each bounded by the Twilio
client's timeout).
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time

from flask import Flask

from scheduler import signals
from textsupport import clock, config, content, db, sms
from textsupport.services.ops import health
from textsupport.services.sending import dispatch

log = logging.getLogger("scheduler.dispatcher")
IDLE_SECONDS = 2.0  # how long an idle dispatcher waits before it looks for due texts again
CONNECTIONS = 10  # kept open for the sending threads (db.keep_connections), of the 15 at most


def loop(app: Flask, stop: threading.Event) -> None:
    """Send what is due until `stop` is set; a failing round is logged and tried again."""
    while not stop.is_set():
        send_round(app, stop)
        stop.wait(IDLE_SECONDS)


def send_round(app: Flask, stop: threading.Event) -> dict:
    """One round: beat, send what is due now, log the counts (never a body); returns them."""
    with app.app_context():
        try:
            health.beat(db.session(), health.DISPATCHER)
            db.session().close()
            report = dispatch.dispatch(
                db.database(), clock.now(), config.current(), sms.gateway(), content.content(), stop
            )
        except Exception:
            log.exception("dispatcher round failed")
            report = {}
    if any(report.values()):
        log.info("dispatched %s", json.dumps(report))
    return report


def run(app: Flask) -> int:
    """Run the loop on a worker thread until SIGTERM or SIGINT; returns the exit status."""
    signals.block()
    db.keep_connections(app, CONNECTIONS)
    # A sending thread woken at its slot waits for the GIL up to this long while another thread runs
    # Python (a claim renders a batch): 1 ms, not the default 5, so texts start on time.
    sys.setswitchinterval(0.001)
    stop = threading.Event()
    worker = threading.Thread(target=loop, args=(app, stop), name="dispatcher")
    worker.start()
    log.info("dispatcher started")
    received = signals.wait(worker.is_alive)
    if received is not None:
        log.info("dispatcher stopping on %s", received)
    stopping = time.monotonic()
    stop.set()
    worker.join()
    app.extensions["textsupport.db"].dispose()
    log.info("dispatcher stopped in %.2f s", time.monotonic() - stopping)
    return 0
