"""SmsGateway: one small adapter per way of sending a text (console, Twilio, in-memory fake).

Every adapter sends one text, raising SendError with a Failure saying what the dispatcher may do
next, and can look a text up again after an ambiguous send (never resend blind).
"""

from __future__ import annotations

import enum
import os
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from flask import Flask, current_app

if TYPE_CHECKING:
    from textsupport.config import Settings


@dataclass(frozen=True)
class SendResult:
    """What the provider said when it accepted a text."""

    provider_sid: str
    status: str  # Twilio's word: queued, accepted, sent, ...


@dataclass(frozen=True)
class Received:
    """A text someone sent to one of our numbers, as the provider keeps it."""

    sid: str
    from_phone: str
    to_phone: str
    body: str
    num_media: int
    sent_at: datetime | None


class Failure(enum.StrEnum):
    """What a failed send means for the next step."""

    RETRY = "retry"  # 429 or the connection was refused: nothing was sent, try again later
    AMBIGUOUS = "ambiguous"  # 5xx or a read timeout: it may have been sent; reconcile first
    OPTED_OUT = "opted_out"  # 21610: the person replied STOP to this sender
    INVALID_NUMBER = "invalid_number"  # 21211, 21614: the number cannot receive texts
    REJECTED = "rejected"  # any other refusal: do not retry


class SendError(Exception):
    """A send that did not clearly succeed."""

    def __init__(self, failure: Failure, detail: str, code: int | None = None) -> None:
        super().__init__(f"{failure.value}: {detail}")
        self.failure, self.detail, self.code = failure, detail, code


class SmsGateway(Protocol):
    """Sends one text; finds one again after an ambiguous send; lists the texts sent to one number."""

    def ready(self) -> None:
        """Set up whatever this thread needs to send at once, so a paced text does not spend its slot
        on it (called by each sending thread before the text's slot)."""
        ...

    def send(self, to: str, body: str, status_callback: str | None = None) -> SendResult: ...

    def find_sent(
        self, to: str, body: str, since: datetime, known: frozenset[str] = frozenset()
    ) -> SendResult | None: ...

    def received(self, to: str, since: datetime) -> Iterator[Received]: ...


def new_sid() -> str:
    """A message id shaped like Twilio's (SM + 32 hex digits), unique across processes and restarts."""
    # provider_sid is unique in the outbox: a counter restarting at 1 in each process would collide.
    return "SM" + uuid.uuid4().hex


class ConsoleGateway:
    """Development: prints the text to the terminal (stderr, so reports on stdout stay JSON)."""

    def __init__(self, stream=None) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def ready(self) -> None:
        return None  # printing needs no set-up

    def send(self, to: str, body: str, status_callback: str | None = None) -> SendResult:
        with self._lock:
            stream = self._stream or sys.stderr
            print(f"--- SMS to {to} ---\n{body}\n---", file=stream, flush=True)
            return SendResult(provider_sid=new_sid(), status="sent")

    def find_sent(
        self, to: str, body: str, since: datetime, known: frozenset[str] = frozenset()
    ) -> SendResult | None:
        return None  # printing never fails ambiguously

    def received(self, to: str, since: datetime) -> Iterator[Received]:
        return iter(())  # replies come only through the webhook (`flask receive`)


@dataclass
class FakeGateway:
    """Tests: records every accepted text; `failures` scripts the next sends' errors in order."""

    sent: list[tuple[str, str]] = field(default_factory=list)
    sids: list[str] = field(default_factory=list)  # provider ids, parallel to `sent`
    failures: list[SendError] = field(default_factory=list)
    inbound: list[Received] = field(default_factory=list)  # what `received` lists
    accept_then_fail: bool = False  # an AMBIGUOUS failure whose text was in fact accepted
    _lock: threading.Lock = field(default_factory=threading.Lock)
    readied: set[int] = field(default_factory=set)  # the threads that called `ready`

    def ready(self) -> None:
        with self._lock:
            self.readied.add(threading.get_ident())

    def send(self, to: str, body: str, status_callback: str | None = None) -> SendResult:
        with self._lock:
            error = self.failures.pop(0) if self.failures else None
            if error is None or (error.failure is Failure.AMBIGUOUS and self.accept_then_fail):
                self.sent.append((to, body))
                self.sids.append(new_sid())
            if error is not None:
                raise error
            return SendResult(provider_sid=self.sids[-1], status="queued")

    def find_sent(
        self, to: str, body: str, since: datetime, known: frozenset[str] = frozenset()
    ) -> SendResult | None:
        with self._lock:
            for record, sid in zip(self.sent, self.sids, strict=True):
                if record == (to, body) and sid not in known:
                    return SendResult(provider_sid=sid, status="sent")
        return None

    def received(self, to: str, since: datetime) -> Iterator[Received]:
        return iter([m for m in self.inbound if m.to_phone == to and (m.sent_at or since) >= since])


class TwilioGateway:
    """Production: Twilio's Messages API, with a timeout and TWILIO_API_BASE honoured."""

    def __init__(
        self, account_sid: str, auth_token: str, sender: dict[str, str], api_base: str, timeout: float = 10
    ) -> None:
        self._credentials = (account_sid, auth_token)
        self._sender = sender
        self._api_base = api_base.rstrip("/")
        self._timeout = timeout
        self._local = threading.local()  # one client (and HTTP session) per sending thread

    def ready(self) -> None:
        self._client()  # this thread's client and HTTP session, built before its first slot

    def _client(self):
        client = getattr(self._local, "client", None)
        if client is None:
            from requests.utils import get_environ_proxies
            from twilio.http.http_client import TwilioHttpClient
            from twilio.rest import Client

            # The SDK waits forever by default; a dispatcher must never hang on one text.
            http = TwilioHttpClient(timeout=self._timeout, proxy=get_environ_proxies(self._api_base))
            # requests reads the proxy and CA settings from the environment again on every request
            # (two scans of os.environ: a third of the CPU of a create). They are read once, here.
            env = os.environ
            http.session.verify = env.get("REQUESTS_CA_BUNDLE") or env.get("CURL_CA_BUNDLE") or True
            http.session.trust_env = False
            client = Client(*self._credentials, http_client=http)
            client.api.base_url = self._api_base
            self._local.client = client
        return client

    def send(self, to: str, body: str, status_callback: str | None = None) -> SendResult:
        extra = {"status_callback": status_callback} if status_callback else {}
        try:
            message = self._client().messages.create(to=to, body=body, **self._sender, **extra)
        except Exception as error:
            raise classify(error) from error
        return SendResult(provider_sid=message.sid, status=message.status)

    def find_sent(
        self, to: str, body: str, since: datetime, known: frozenset[str] = frozenset()
    ) -> SendResult | None:
        """Our text to `to` with this body created since `since`, other than those already `known`.

        Every page back to `since` is read (newest first): a person sent many texts since has the
        one we look for further down than any fixed limit.
        """
        try:
            for message in self._client().messages.stream(to=to, page_size=100):
                if message.date_created and message.date_created < since:
                    return None
                if message.direction != "inbound" and message.body == body and message.sid not in known:
                    return SendResult(provider_sid=message.sid, status=message.status)
        except Exception as error:
            raise classify(error) from error
        return None

    def received(self, to: str, since: datetime) -> Iterator[Received]:
        """Every inbound text to `to` sent since `since`, page by page (the SDK follows next_page_uri)."""
        try:
            for message in self._client().messages.stream(to=to, date_sent_after=since, page_size=1000):
                if message.direction == "inbound":
                    yield Received(
                        message.sid, message.from_, message.to, message.body or "",
                        int(message.num_media or 0), message.date_sent,
                    )  # fmt: skip
        except SendError:
            raise
        except Exception as error:
            raise classify(error) from error


def classify(error: Exception) -> SendError:
    """Map an SDK or HTTP error to what the dispatcher may do next."""
    import requests
    from twilio.base.exceptions import TwilioRestException
    from urllib3.exceptions import NewConnectionError

    if isinstance(error, TwilioRestException):
        if error.status == 429:
            return SendError(Failure.RETRY, "429 too many requests", error.code)
        if error.status >= 500:
            return SendError(Failure.AMBIGUOUS, f"{error.status} from Twilio", error.code)
        if error.code == 21610:
            return SendError(Failure.OPTED_OUT, "21610 recipient unsubscribed", error.code)
        if error.code in (21211, 21614):
            return SendError(
                Failure.INVALID_NUMBER, f"{error.code} invalid or not SMS-capable number", error.code
            )
        return SendError(Failure.REJECTED, f"{error.status} code {error.code}", error.code)
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return SendError(Failure.RETRY, "connect timeout")
    if isinstance(error, requests.exceptions.ReadTimeout):
        return SendError(Failure.AMBIGUOUS, "read timeout")
    if isinstance(error, requests.exceptions.ConnectionError):
        reason = getattr(error.args[0] if error.args else None, "reason", None)
        if isinstance(reason, NewConnectionError):
            return SendError(Failure.RETRY, "connection refused")
        return SendError(Failure.AMBIGUOUS, "connection lost after sending")
    return SendError(Failure.AMBIGUOUS, type(error).__name__)


def make_gateway(settings: Settings) -> SmsGateway:
    """The gateway SMS_BACKEND names."""
    backend = settings.sms_backend
    if backend == "twilio":
        if settings.twilio_messaging_service_sid:
            sender = {"messaging_service_sid": settings.twilio_messaging_service_sid}
        else:
            sender = {"from_": settings.twilio_from_number}
        return TwilioGateway(
            settings.twilio_account_sid, settings.twilio_auth_token, sender, settings.twilio_api_base,
            timeout=settings.twilio_timeout_seconds,
        )  # fmt: skip
    if backend == "fake":
        return FakeGateway()
    return ConsoleGateway()


_PRACTICE = ConsoleGateway()  # one for the process: it holds the lock that keeps printed texts whole


def for_recipient(gateway: SmsGateway, training: bool) -> SmsGateway:
    """The gateway a text to this participant goes through: a training participant's is always the
    console, whatever SMS_BACKEND says, so a practice scenario never reaches a real phone.

    The one place that decides it: the dispatcher sends and looks texts up only through it.
    """
    return _PRACTICE if training else gateway


def init_app(app: Flask, settings: Settings) -> None:
    """Attach the configured gateway to the app."""
    app.extensions["textsupport.sms"] = make_gateway(settings)


def gateway() -> SmsGateway:
    """The current app's gateway."""
    return current_app.extensions["textsupport.sms"]
