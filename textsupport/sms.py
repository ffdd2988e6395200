"""SmsGateway: one small adapter per way of sending a text (console, Twilio, in-memory fake)."""

from __future__ import annotations

import itertools
import sys
from dataclasses import dataclass, field
from typing import Protocol

from flask import Flask, current_app


@dataclass(frozen=True)
class SendResult:
    """What the provider said when it accepted a text."""

    provider_sid: str
    status: str  # Twilio's word: queued, accepted, sent, ...


class SmsGateway(Protocol):
    """Sends one text. Raises on failure; the caller decides about retries."""

    def send(self, to: str, body: str) -> SendResult: ...


class ConsoleGateway:
    """Development: prints the text to the terminal and treats it as sent."""

    def __init__(self, stream=None) -> None:
        self._stream = stream
        self._ids = itertools.count(1)

    def send(self, to: str, body: str) -> SendResult:
        stream = self._stream or sys.stdout
        print(f"--- SMS to {to} ---\n{body}\n---", file=stream, flush=True)
        return SendResult(provider_sid=f"CONSOLE{next(self._ids):08d}", status="sent")


@dataclass
class FakeGateway:
    """Tests: records every text in memory so tests can assert on what was sent."""

    sent: list[tuple[str, str]] = field(default_factory=list)

    def send(self, to: str, body: str) -> SendResult:
        self.sent.append((to, body))
        return SendResult(provider_sid=f"SM{len(self.sent):032x}", status="queued")


class TwilioGateway:
    """Production: Twilio's Messages API, with a timeout and TWILIO_API_BASE honoured."""

    def __init__(self, account_sid: str, auth_token: str, sender: dict[str, str], api_base: str) -> None:
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        # The SDK waits forever by default; a dispatcher must never hang on one text.
        self._client = Client(account_sid, auth_token, http_client=TwilioHttpClient(timeout=10))
        self._client.api.base_url = api_base.rstrip("/")
        self._sender = sender

    def send(self, to: str, body: str) -> SendResult:
        message = self._client.messages.create(to=to, body=body, **self._sender)
        return SendResult(provider_sid=message.sid, status=message.status)


def make_gateway(config) -> SmsGateway:
    """The gateway SMS_BACKEND names."""
    backend = config["SMS_BACKEND"]
    if backend == "twilio":
        if config["TWILIO_MESSAGING_SERVICE_SID"]:
            sender = {"messaging_service_sid": config["TWILIO_MESSAGING_SERVICE_SID"]}
        else:
            sender = {"from_": config["TWILIO_FROM_NUMBER"]}
        return TwilioGateway(
            config["TWILIO_ACCOUNT_SID"], config["TWILIO_AUTH_TOKEN"], sender, config["TWILIO_API_BASE"]
        )
    if backend == "fake":
        return FakeGateway()
    return ConsoleGateway()


def init_app(app: Flask) -> None:
    """Attach the configured gateway to the app."""
    app.extensions["textsupport.sms"] = make_gateway(app.config)


def gateway() -> SmsGateway:
    """The current app's gateway."""
    return current_app.extensions["textsupport.sms"]
