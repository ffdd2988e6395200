"""Several apps served at once, put under load in short alternating slices, one app at a time.

A long run of one app, then a long run of the other, compares two different minutes of a shared
machine: here the floor alone ran 158-413 replies/s between such runs. Slices of a second, taken in
turn (ABBA: the order is reversed every other round, so neither app always follows the other), put
each pair of slices in the same few seconds, and the ratio is read from totals over all the pairs.
A slice starts only once the last request of the slice before it has been answered, so only one app
is under load at any moment; the idle servers wait on their sockets.
"""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    """One app's endpoint and the signed requests (urlencoded body, signature) it is sent, in order."""

    name: str
    base: str  # http://127.0.0.1:port
    path: str
    requests: Iterator[tuple[bytes, str]]


@dataclass
class Slice:
    """One app's turn: wall-clock start, when its last request was answered, and every request's time."""

    name: str
    round: int
    started: float
    ended: float
    errors: int = 0
    latencies: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.latencies) / (self.ended - self.started)


def run(targets: list[Target], rounds: int, seconds: float, connections: int) -> list[Slice]:
    """Each round gives every target one slice of `seconds` on `connections` client threads (closed
    loop: each sends its next request once the last is answered), in the targets' order on even
    rounds and reversed on odd ones."""
    slices = []
    for number in range(rounds):
        for target in targets if number % 2 == 0 else targets[::-1]:
            slices.append(_slice(target, number, seconds, connections))
    return slices


def _slice(target: Target, number: int, seconds: float, connections: int) -> Slice:
    host, port = target.base.removeprefix("http://").split(":")
    lock = threading.Lock()
    turn = Slice(target.name, number, started=time.time(), ended=0.0)
    stop = time.monotonic() + seconds

    def worker() -> None:
        with Poster(host, int(port), target.path) as poster:
            while time.monotonic() < stop and (signed := next_item(target.requests, lock)) is not None:
                started = time.perf_counter()
                if not poster.post(*signed):
                    with lock:
                        turn.errors += 1
                turn.latencies.append(time.perf_counter() - started)

    run_threads(worker, connections)
    turn.ended = time.time()
    return turn


def compare(slices: list[Slice], name: str, reference: str) -> dict:
    """`name` against `reference`: the ratio of their rates over all their slices (requests answered
    over the slices' own time), and the median and quartiles of the per-round ratios."""
    ours = [turn for turn in slices if turn.name == name]
    theirs = [turn for turn in slices if turn.name == reference]
    per_round = sorted(a.rate / b.rate for a, b in zip(ours, theirs, strict=True))
    quartiles = (
        statistics.quantiles(per_round, n=4, method="inclusive") if len(per_round) > 1 else per_round * 3
    )
    return {
        "ratio": round(total_rate(ours) / total_rate(theirs), 3),
        "median": round(quartiles[1], 3),
        "iqr": [round(quartiles[0], 3), round(quartiles[2], 3)],
    }


def total_rate(slices: list[Slice]) -> float:
    return sum(len(turn.latencies) for turn in slices) / sum(turn.ended - turn.started for turn in slices)


def p99_ms(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000


class Poster:
    """One connection posting signed forms to one path; reconnects after a failure."""

    def __init__(self, host: str, port: int, path: str) -> None:
        self.host, self.port, self.path = host, port, path
        self.connection = http.client.HTTPConnection(host, port, timeout=10)

    def post(self, body: bytes, signature: str) -> bool:
        """True when the post was answered 200."""
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
        try:
            self.connection.request("POST", self.path, body, headers)
            response = self.connection.getresponse()
            response.read()
            return response.status == 200
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
            return False

    def __enter__(self) -> Poster:
        return self

    def __exit__(self, *_exc) -> None:
        self.connection.close()


def next_item(items, lock: threading.Lock):
    with lock:
        return next(items, None)


def run_threads(target, count: int) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
