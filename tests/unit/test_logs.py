"""Log lines: JSON in production with the request's id; the id is echoed to the client."""

import io
import json
import logging

import pytest
from flask import Flask

from textsupport import logs


@pytest.fixture
def captured():
    """The root logger configured as an entry point would, writing into a buffer."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield root
    root.handlers[:], level = saved
    root.setLevel(level)


def _into_buffer(root) -> io.StringIO:
    buffer = io.StringIO()
    root.handlers[0].setStream(buffer)
    return buffer


def _app() -> Flask:
    app = Flask(__name__)
    logs.init_app(app)

    @app.get("/")
    def index():
        logging.getLogger("textsupport.test").info("inbound %s stored", "SM123")
        return "ok"

    return app


def test_production_writes_one_json_object_per_line_with_the_request_id(captured):
    logs.configure(json_lines=True)
    buffer = _into_buffer(captured)
    response = _app().test_client().get("/", headers={"X-Request-ID": "proxy-id-1234"})
    (line,) = buffer.getvalue().splitlines()
    record = json.loads(line)
    assert record["message"] == "inbound SM123 stored"
    assert record["request_id"] == "proxy-id-1234" == response.headers["X-Request-ID"]
    assert record["levelname"] == "INFO" and record["name"] == "textsupport.test"


@pytest.mark.parametrize("given", ["", "short", "has spaces in it", "x" * 65, "<script>alert(1)</script>"])
def test_a_missing_or_malformed_request_id_is_replaced_by_our_own(captured, given):
    logs.configure(json_lines=False)
    buffer = _into_buffer(captured)
    response = _app().test_client().get("/", headers={"X-Request-ID": given})
    ours = response.headers["X-Request-ID"]
    assert ours != given and len(ours) == 32
    assert f"[{ours}] inbound SM123 stored" in buffer.getvalue()


def test_lines_outside_a_request_carry_a_dash(captured):
    logs.configure(json_lines=True)
    buffer = _into_buffer(captured)
    logging.getLogger("scheduler.jobs").info("job plan done")
    assert json.loads(buffer.getvalue())["request_id"] == "-"
