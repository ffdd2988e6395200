"""A local fake of Twilio's Messages API (2010-04-01), shaped after twilio-oai's description.

Real HTTP on 127.0.0.1: the twilio SDK talks to it exactly as it would to Twilio. It records
every create, answers after a configurable latency, and injects scripted faults:
429, 500 (with or without creating the message first), a hang, and Twilio error codes. It also
keeps texts people sent us (`receive`) and lists every message with Twilio's filters and paging.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

MESSAGES = re.compile(r"^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/Messages\.json$")
ERRORS = {
    21610: (400, "Attempt to send to unsubscribed recipient"),
    21211: (400, "Invalid 'To' Phone Number"),
    21614: (400, "'To' number is not a valid mobile number"),
}


@dataclass
class FakeTwilio:
    """Holds the accepted messages, every request seen, and the faults still to inject."""

    account_sid: str
    auth_token: str
    latency: float = 0.0
    faults: list[str] = field(default_factory=list)  # '429', '500', '500-after-create', 'hang', '21610', ...
    hang_seconds: float = 30.0
    created: list[dict] = field(default_factory=list)  # message resources, in creation order
    created_times: list[float] = field(default_factory=list)  # time.time() of each create, for rate checks
    arrival_times: list[float] = field(default_factory=list)  # when each create's request arrived
    requests: list[dict] = field(default_factory=list)  # every create form, accepted or not
    lookups: list[dict] = field(default_factory=list)  # every list query (To, DateSent, ...), in order
    inbound: list[dict] = field(default_factory=list)  # texts people sent us (receive), in order
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def create_message(self, form: dict[str, str]) -> tuple[int, dict]:
        """Validate like Twilio does, inject the next fault, and return (status, body)."""
        arrived = time.time()
        time.sleep(self.latency)
        with self._lock:
            self.requests.append(form)
            fault = self.faults.pop(0) if self.faults else None
        problem = _invalid(form)
        if problem:
            return 400, problem
        if fault == "429":
            return 429, {"code": 20429, "message": "Too Many Requests", "status": 429}
        if fault == "500":
            return 500, {"code": 20500, "message": "Internal Server Error", "status": 500}
        if fault and fault.isdigit() and int(fault) in ERRORS:
            status, message = ERRORS[int(fault)]
            return status, {"code": int(fault), "message": message, "status": status}
        message = self._accept(form, arrived)
        if fault == "500-after-create":
            return 500, {"code": 20500, "message": "Internal Server Error", "status": 500}
        if fault == "hang-after-create":
            time.sleep(self.hang_seconds)
        return 201, message

    def _accept(self, form: dict[str, str], arrived: float) -> dict:
        with self._lock:
            sid = f"SM{next(self._ids):032x}"
            message = self._resource(sid, form, datetime.now(UTC))
            self.created.append(message)
            self.created_times.append(time.time())
            self.arrival_times.append(arrived)
        return message

    def _resource(self, sid: str, form: dict[str, str], at: datetime) -> dict:
        """A Message resource as Twilio's API returns it."""
        now = format_datetime(at)
        return {
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
            "date_sent": now,
            "error_code": None,
            "error_message": None,
            "price": None,
            "price_unit": "USD",
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
            "subresource_uris": {
                "media": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}/Media.json"
            },
        }

    def receive(self, from_: str, to: str, body: str, sent: datetime | None = None) -> dict:
        """A text a participant sent us, as Twilio keeps it (the test decides whether to post the webhook)."""
        sent = sent or datetime.now(UTC)
        with self._lock:
            sid = f"SM{next(self._ids):032x}"
            message = self._resource(sid, {"To": to, "From": from_, "Body": body}, sent)
            message.update(direction="inbound", status="received", date_sent=format_datetime(sent))
            self.inbound.append(message)
        return message

    def list_messages(self, query: dict[str, str], path: str) -> dict:
        """The Messages list, newest first, filtered by To, From and DateSent, paged as Twilio pages.

        PageToken names the last message of the previous page ('PA' + its sid), so a page stays
        stable while new messages arrive; next_page_uri carries the filters, PageSize, Page and it.
        """
        with self._lock:
            self.lookups.append(query)
            everything = sorted(self.created + self.inbound, key=_order, reverse=True)
        found = [m for m in everything if _matches(m, query)]
        size = min(int(query.get("PageSize", 50)), 1000)
        page = int(query.get("Page", 0))
        token = query.get("PageToken")
        if token:
            after = next((i for i, m in enumerate(found) if "PA" + m["sid"] == token), len(found) - 1)
            found = found[after + 1 :]
        messages, rest = found[:size], found[size:]
        base = urlsplit(path).path
        filters = {k: v for k, v in query.items() if k not in ("Page", "PageSize", "PageToken")}
        first = f"{base}?{urlencode({**filters, 'PageSize': size, 'Page': 0})}"
        following = {**filters, "PageSize": size, "Page": page + 1}
        if messages:
            following["PageToken"] = "PA" + messages[-1]["sid"]
        return {
            "messages": messages,
            "page": page,
            "page_size": size,
            "start": page * size,
            "end": page * size + max(0, len(messages) - 1),
            "uri": path,
            "first_page_uri": first,
            "next_page_uri": f"{base}?{urlencode(following)}" if rest else None,
            "previous_page_uri": None,
        }


def _order(message: dict) -> tuple[datetime, str]:
    """Newest first; within one second, by sid (each fake's sids count up)."""
    return _sent_at(message), message["sid"]


def _sent_at(message: dict) -> datetime:
    return parsedate_to_datetime(message["date_sent"] or message["date_created"])


def _matches(message: dict, query: dict[str, str]) -> bool:
    """Twilio's list filters: To, From, and DateSent (a day), DateSent< and DateSent> (instants)."""
    if (
        query.get("To", message["to"]) != message["to"]
        or query.get("From", message["from"]) != message["from"]
    ):
        return False
    sent = _sent_at(message)
    if "DateSent>" in query and sent < _instant(query["DateSent>"]):
        return False
    if "DateSent<" in query and sent > _instant(query["DateSent<"]):
        return False
    return "DateSent" not in query or sent.date().isoformat() == query["DateSent"][:10]


def _instant(value: str) -> datetime:
    instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def _invalid(form: dict[str, str]) -> dict | None:
    if "To" not in form:
        return {"code": 21604, "message": "A 'To' phone number is required.", "status": 400}
    if not (form.get("From") or form.get("MessagingServiceSid")):
        return {"code": 21603, "message": "A 'From' phone number is required.", "status": 400}
    if not form.get("Body"):
        return {"code": 21602, "message": "Message body is required.", "status": 400}
    return None


def _handler(fake: FakeTwilio):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802 (http.server's naming)
            if not self._authorised():
                return None
            return self._reply(*fake.create_message(self._form()))

        def _form(self) -> dict[str, str]:
            length = int(self.headers.get("Content-Length", 0))
            return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

        def do_GET(self):  # noqa: N802
            if not self._authorised():
                return None
            query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            return self._reply(200, fake.list_messages(query, self.path))

        def _authorised(self) -> bool:
            match = MESSAGES.match(urlsplit(self.path).path)
            if not match or match[1] != fake.account_sid:
                self._reply(404, {"code": 20404, "message": "The requested resource was not found"})
                return False
            expected = base64.b64encode(f"{fake.account_sid}:{fake.auth_token}".encode()).decode()
            if self.headers.get("Authorization") != f"Basic {expected}":
                self._reply(401, {"code": 20003, "message": "Authenticate", "status": 401})
                return False
            return True

        def _reply(self, status: int, body: dict) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to answer

        def log_message(self, *_args) -> None:  # keep test output quiet
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    # The default listen backlog (5) resets connections when several dispatchers open dozens at once.
    request_queue_size = 512


class FakeTwilioServer:
    """Runs a FakeTwilio on a free loopback port for the length of a `with` block."""

    def __init__(self, account_sid: str, auth_token: str, **options) -> None:
        self.fake = FakeTwilio(account_sid, auth_token, **options)
        self._server = _Server(("127.0.0.1", 0), _handler(self.fake))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """What TWILIO_API_BASE should be set to."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def client_settings(self, **extra: str) -> dict[str, str]:
        """App settings that send through the real Twilio client to this fake (plus `extra`)."""
        return dict(
            SMS_BACKEND="twilio", TWILIO_ACCOUNT_SID=self.fake.account_sid,
            TWILIO_AUTH_TOKEN=self.fake.auth_token, TWILIO_FROM_NUMBER="+17805550199",
            TWILIO_API_BASE=self.base_url, TWILIO_MPS="1000", **extra,
        )  # fmt: skip

    def __enter__(self) -> FakeTwilio:
        self._thread.start()
        return self.fake

    def __exit__(self, *_exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
