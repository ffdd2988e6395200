"""GET /healthz: the report a load balancer and the monitoring read, on each backend."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from tests.support import times
from tests.support.builders import make_outbound, make_participant
from tests.support.databases import make_settings
from tests.support.health import EMPTY_SPOOL, NOTHING_SET_ASIDE
from tests.support.queue_builders import make_item
from textsupport import create_app, spool
from textsupport.models import Level
from textsupport.services.ops import health

NOW = times.MONDAY_NOON


def test_healthz_is_200_with_every_figure_when_the_database_answers(client, session, settings):
    with freeze_time(NOW - timedelta(seconds=40)):
        health.beat(session, health.SCHEDULER)
    person = make_participant(session)
    make_outbound(session, person, scheduled_for=NOW - timedelta(minutes=3))
    make_item(session, person, level=Level.CRISIS, at=NOW - timedelta(minutes=16))
    spool.append(settings.inbound_spool, {"MessageSid": "SM" + "4" * 32, "Body": "x"}, "sig", NOW)
    with freeze_time(NOW):
        response = client.get("/healthz")
    assert response.status_code == 200
    found = response.get_json()
    assert (found["status"], found["database"], found["scheduler"]) == ("ok", "ok", "ok")
    assert found["heartbeat_age_seconds"] == {"scheduler": 40, "dispatcher": None}
    assert found["outbox"]["due"] == 1 and found["outbox"]["oldest_due_age_seconds"] == 180
    assert found["crisis"] == {"unanswered": 1, "overdue": 1, "oldest_unanswered_age_seconds": 16 * 60}
    assert found["spool"]["lines"] == 1 and found["spool"]["oldest_age_seconds"] == 0


@pytest.mark.parametrize(
    "unreachable",
    [
        "postgresql+psycopg://postgres@127.0.0.1:9/none",  # nothing listens on port 9
        "sqlite:////nonexistent-directory/textsupport.db",
    ],
)
def test_healthz_is_503_when_the_database_is_unreachable_and_still_reports_the_spool(unreachable, tmp_path):
    path = tmp_path / "spool" / "inbound.jsonl"
    app = create_app(make_settings(unreachable, INBOUND_SPOOL=str(path)))
    client = app.test_client()
    assert client.get("/healthz").get_json() == {
        "status": "error",
        "database": "unreachable",
        "spool": EMPTY_SPOOL,
    }
    spool.append(path, {"MessageSid": "SM" + "5" * 32, "Body": "x"}, "sig", NOW - timedelta(minutes=2))
    statuses = spool.status_path(path)
    callback = {"MessageSid": "SM" + "6" * 32, "MessageStatus": "sent"}
    spool.append(statuses, callback, "sig", NOW - timedelta(minutes=5), key="k")
    with freeze_time(NOW):
        response = client.get("/healthz")
    assert response.status_code == 503
    replies_size, statuses_size = path.stat().st_size, statuses.stat().st_size
    assert response.get_json()["spool"] == {
        "lines": 2,
        "bytes": replies_size + statuses_size,
        "oldest_age_seconds": 300,
        "replies": {"lines": 1, "bytes": replies_size, "oldest_age_seconds": 120},
        "statuses": {"lines": 1, "bytes": statuses_size, "oldest_age_seconds": 300},
        "set_aside": NOTHING_SET_ASIDE,
    }
    app.extensions["textsupport.db"].dispose()
