"""A local fake of Twilio's Messages API (2010-04-01), shaped after twilio-oai's description.

Real HTTP on 127.0.0.1: the twilio SDK talks to it exactly as it would to Twilio.
It records each request so tests can assert on what was sent.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

MESSAGES = re.compile(r"^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Messages\.json$")


@dataclass
class FakeTwilio:
    """Holds the accepted messages and the credentials it expects."""

    account_sid: str
    auth_token: str
    requests: list[dict] = field(default_factory=list)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def create_message(self, form: dict[str, str]) -> tuple[int, dict]:
        """Validate like Twilio does and return (status, body)."""
        if "To" not in form:
            return 400, {"code": 21604, "message": "A 'To' phone number is required.", "status": 400}
        if not (form.get("From") or form.get("MessagingServiceSid")):
            return 400, {"code": 21603, "message": "A 'From' phone number is required.", "status": 400}
        if not form.get("Body"):
            return 400, {"code": 21602, "message": "Message body is required.", "status": 400}
        self.requests.append(form)
        now = format_datetime(datetime.now(UTC))
        sid = f"SM{next(self._ids):032x}"
        return 201, {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": form["To"],
            "from": form.get("From"),
            "messaging_service_sid": form.get("MessagingServiceSid"),
            "body": form["Body"],
            "status": "queued",
            "direction": "outbound-api",
            "num_segments": "1",
            "num_media": "0",
            "date_created": now,
            "date_updated": now,
            "date_sent": None,
            "error_code": None,
            "error_message": None,
            "price": None,
            "price_unit": "USD",
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            "subresource_uris": {},
        }


def _handler(fake: FakeTwilio):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            match = MESSAGES.match(self.path)
            if not match or match[1] != fake.account_sid:
                return self._reply(404, {"code": 20404, "message": "The requested resource was not found"})
            expected = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
            if self.headers.get("Authorization") != f"Basic {expected}":
                return self._reply(401, {"code": 20003, "message": "Authenticate"})
            length = int(self.headers.get("Content-Length", 0))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            return self._reply(*fake.create_message(form))

        def _reply(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *_args) -> None:  # keep test output quiet
            pass

    return Handler


class FakeTwilioServer:
    """Runs a FakeTwilio on a free loopback port for the length of a `with` block."""

    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.fake = FakeTwilio(account_sid, auth_token)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.fake))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """What TWILIO_API_BASE should be set to."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeTwilio:
        self._thread.start()
        return self.fake

    def __exit__(self, *_exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
