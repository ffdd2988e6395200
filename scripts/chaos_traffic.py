"""What the chaos run sends at the web app while processes die: replies, keywords, status callbacks.

Every reply is first given to the fake Twilio (as a real text reaches Twilio before any webhook), so
the fake's own record says which replies exist; STOPs remember when their webhook was answered.
"""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from twilio.request_validator import RequestValidator

REPLIES = [
    "thanks for the text today",
    "i cant cope with anything today",
    "had a good walk",
    "i want to end my life",
    "HELP",
    "everything is falling apart",
]


class Traffic:
    """Posts signed webhooks to `base` until stopped: about `rate` replies a second, plus callbacks."""

    def __init__(self, fake, base: str, token: str, ours: str, phones: list[str], rate: float = 4.0) -> None:
        self.fake, self.base, self.ours, self.phones, self.rate = fake, base, ours, list(phones), rate
        self._validator = RequestValidator(token)
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=4)  # replies: never queued behind callbacks
        self._callback_pool = ThreadPoolExecutor(max_workers=6)
        self._http = threading.local()
        self.stopped_at: dict[str, float] = {}  # phone -> when its STOP webhook was answered 200
        self.answers: dict[int, int] = {}  # HTTP status -> count, for every webhook posted
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._replies), threading.Thread(target=self._callbacks)]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            if thread.ident is not None:  # started
                thread.join()
        self._pool.shutdown(wait=True)
        self._callback_pool.shutdown(wait=True)

    def _replies(self) -> None:
        rng = random.Random(15)
        while not self._stop.wait(1 / self.rate):
            phone = rng.choice(self.phones)
            if phone in self.stopped_at:
                continue
            body = "STOP" if rng.random() < 0.03 else rng.choice(REPLIES)
            message = self.fake.receive(phone, self.ours, body)
            form = {"MessageSid": message["sid"], "From": phone, "To": self.ours, "Body": body}
            if body == "STOP":
                self.stopped_at[phone] = float("inf")  # no more replies from them; time set once answered
            self._pool.submit(self._post, "/twilio/sms", form, phone if body == "STOP" else None)

    def _callbacks(self) -> None:
        """A 'delivered' callback for each created message, a few seconds after it was created."""
        done = 0
        while not self._stop.wait(0.5):
            created = self.fake.created[done:]
            for message in created:
                if time.time() - self.fake.created_times[done] < 2:
                    break
                form = {"MessageSid": message["sid"], "MessageStatus": "delivered", "To": message["to"]}
                self._callback_pool.submit(self._post, "/twilio/status", form, None)
                done += 1

    def _post(self, path: str, form: dict, stop_phone: str | None) -> None:
        signature = self._validator.compute_signature(self.base + path, form)
        session = getattr(self._http, "session", None) or requests.Session()
        self._http.session = session
        for _ in range(30):  # the web app itself may be busy; a refused connection is retried
            try:
                answer = session.post(
                    self.base + path, data=form, headers={"X-Twilio-Signature": signature}, timeout=30
                )
                break
            except requests.RequestException:
                time.sleep(1)
        else:
            answer = None
        status = answer.status_code if answer is not None else 0
        with self._lock:
            self.answers[status] = self.answers.get(status, 0) + 1
            if stop_phone and status == 200:
                self.stopped_at[stop_phone] = time.time()
