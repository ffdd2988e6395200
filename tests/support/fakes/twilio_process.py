"""The fake Twilio (twilio_api.py) in a process of its own, its log of creates read back over HTTP.

A benchmark that runs the fake in its own process shares its interpreter with the fake's threads:
while the benchmark works, a request's handler waits for the GIL and notes the request's arrival
late, and several such arrivals bunch into one second. Here the fake has a process to itself, and
each create also carries the kernel's time of its request's arrival on the fake's socket
(SO_TIMESTAMPNS), which no wait for a thread to wake can shift: the time Twilio's rate limit would
count it at.

`python -m tests.support.fakes.twilio_process ACCOUNT TOKEN --latency 0.2` serves the same fake app
on a free loopback port, prints its base URL as its first line, and runs until it is terminated.
Beside Twilio's Messages API it answers `GET /_fake/creates?after=N`: the creates from the N-th on,
in creation order, each as {"message": the Message resource, "received": the kernel's time of its
request's first bytes, "arrived": when the fake's thread noted the request (as FakeTwilio does),
"answered": when it was created}, all Unix times (one clock for the whole host). It takes no
scripted faults (a create is listed once it answered 201). Linux only.
"""

from __future__ import annotations

import argparse
import json
import socket
import struct
import subprocess
import sys
import urllib.request
from itertools import takewhile
from urllib.parse import parse_qs, urlsplit

from tests.support.fakes.twilio_api import FakeTwilio, _handler, _Server
from textsupport.config import PROJECT_ROOT

CREATES = "/_fake/creates"
SO_TIMESTAMPNS = 35  # Linux's option (and control message); Python 3.11's socket module lacks the name
_TIMESPEC = struct.Struct("@ll")  # struct timespec: seconds, nanoseconds


def received_at(connection: socket.socket) -> float | None:
    """Block until the next request's first bytes are on `connection`; the kernel's time of their
    arrival (None when the peer closed). The bytes stay there for the handler to read."""
    _data, ancillary, _flags, _address = connection.recvmsg(
        1, socket.CMSG_SPACE(_TIMESPEC.size), socket.MSG_PEEK
    )
    for level, kind, value in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
            seconds, nanoseconds = _TIMESPEC.unpack(value[: _TIMESPEC.size])
            return seconds + nanoseconds / 1e9
    return None


def _logging_handler(fake: FakeTwilio):
    """The fake's request handler, which notes each create's kernel arrival time, plus the log read."""
    received: dict[str, float | None] = {}  # by message sid

    class Handler(_handler(fake)):
        def handle_one_request(self):
            self.received = received_at(self.connection)
            super().handle_one_request()

        def do_POST(self):  # noqa: N802 (http.server's naming)
            if not self._authorised():
                return None
            status, body = fake.create_message(self._form())
            if status == 201:
                received[body["sid"]] = self.received
            return self._reply(status, body)

        def do_GET(self):  # noqa: N802
            url = urlsplit(self.path)
            if url.path != CREATES:
                return super().do_GET()
            after = int(parse_qs(url.query).get("after", ["0"])[0])
            with fake._lock:
                times = fake.arrival_times[after:], fake.created_times[after:]
                log = zip(fake.created[after:], *times, strict=True)
                # A create's kernel time is noted a moment after FakeTwilio records it: the log stops
                # short of the first create still without one, and the next read starts there.
                ready = takewhile(lambda entry: entry[0]["sid"] in received, log)
                entries = [
                    {"message": message, "received": received[message["sid"]], "arrived": arrived,
                     "answered": answered}
                    for message, arrived, answered in ready
                ]  # fmt: skip
            return self._reply(200, {"creates": entries})

    return Handler


class RemoteFakeTwilio:
    """What a FakeTwilio in another process has created, as far as the last `sync()` read it."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.created: list[dict] = []  # message resources, in creation order
        self.received_times: list[float | None] = []  # the kernel's time each create's request arrived
        self.arrival_times: list[float] = []  # when the fake's thread noted each create's request
        self.created_times: list[float] = []  # when each was created (after the latency)

    def sync(self) -> RemoteFakeTwilio:
        """Read the creates made since the last read; returns itself."""
        url = f"{self.base_url}{CREATES}?after={len(self.created)}"
        with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 (our own loopback fake)
            for entry in json.load(answer)["creates"]:
                self.created.append(entry["message"])
                self.received_times.append(entry["received"])
                self.arrival_times.append(entry["arrived"])
                self.created_times.append(entry["answered"])
        return self


class FakeTwilioProcess:
    """Runs the fake Twilio in a child process for the length of a `with` block."""

    def __init__(self, account_sid: str, auth_token: str, latency: float = 0.0) -> None:
        self._command = [
            sys.executable, "-m", __name__, account_sid, auth_token, "--latency", str(latency),
        ]  # fmt: skip
        self._process: subprocess.Popen | None = None
        self.base_url = ""

    def __enter__(self) -> RemoteFakeTwilio:
        self._process = subprocess.Popen(self._command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True)
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http://"):
            self.__exit__()
            raise RuntimeError("the fake Twilio process did not start")
        return RemoteFakeTwilio(self.base_url)

    def __exit__(self, *_exc) -> None:
        self._process.terminate()
        self._process.wait(timeout=30)
        self._process.stdout.close()


def main() -> None:
    """Serve a fake Twilio until terminated; the first line printed is its base URL."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("account_sid")
    parser.add_argument("auth_token")
    parser.add_argument("--latency", type=float, default=0.0)
    options = parser.parse_args()
    fake = FakeTwilio(options.account_sid, options.auth_token, latency=options.latency)
    server = _Server(("127.0.0.1", 0), _logging_handler(fake))
    server.daemon_threads = True
    # On the listening socket, so that a connection's first request is stamped too: an accepted
    # socket inherits the option, and a packet that arrived before it was set carries no time.
    server.socket.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    host, port = server.server_address[:2]
    print(f"http://{host}:{port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
