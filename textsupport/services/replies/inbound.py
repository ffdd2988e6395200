"""A text arrives: store it once, act on keywords, triage it, answer, queue it for a human.

One transaction per webhook, on a plain Core connection (handling.py: no ORM session), with no
savepoint on the way: if handling fails, that transaction is rolled back and a second one stores the
reply again (insert-or-ignore) and queues it as urgent for a human ("fail toward a human"). Either
way exactly one transaction commits. The webhook, the spool's replay and the backstop all come here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from textsupport import clock, triage, whole_numbers
from textsupport.content import Content
from textsupport.models import Arrival, AuditOutcome, Level
from textsupport.services.replies import context, handling, notify, routing
from textsupport.services.replies import responses as replies
from textsupport.services.replies.handling import Handling
from textsupport.services.staff import audit

if TYPE_CHECKING:
    from textsupport.config import Settings

log = logging.getLogger(__name__)
CLASSIFIER_ERROR = triage.Verdict("urgent", None, ("classifier error",))
PROCESSING_ERROR = ["processing error: please read this reply"]
# Twilio's own limits: a text is at most 1,600 characters and carries at most 10 media files. The
# webhook's body is capped (web/webhooks.py), so the rest of a longer body is bounded as well.
MAX_BODY_CHARS = 1600
MAX_MEDIA = 10
OVERSIZED = "longer than a text can be ({:,} characters): the first 1,600 are shown, the rest is kept"


@dataclass(frozen=True)
class Answer:
    """What to say back in the webhook's TwiML: nothing, or one message."""

    text: str | None = None


class NotStored(Exception):  # noqa: N818 (a state, not a bug)
    """Neither the handling nor its fallback could store the reply: the database is unreachable.

    `answer` is what may still be said at once without a database: crisis resources for a crisis.
    """

    def __init__(self, answer: Answer) -> None:
        super().__init__("the reply could not be stored")
        self.answer = answer


@dataclass(frozen=True)
class Late:
    """A reply stored after the fact: how it came (spool or backstop) and when it reached Twilio or us."""

    arrival: Arrival
    received_at: datetime


def receive(
    engine: Engine, form: Mapping[str, str], settings: Settings, content: Content, late: Late | None = None
) -> Answer:
    """Handle one signed webhook from Twilio (or a late reply); a repeat of a MessageSid changes nothing.

    Raises NotStored only when even the fallback could not write. A caller holding a session commits
    it first (on SQLite its open write would hold the lock this transaction waits for).

    One transaction from the first read to the commit: the sender and the last text sent are read in
    one statement after the write lock is taken (SQLite), so handling never acts on a stale snapshot,
    and on PostgreSQL the reply costs one checkout, one BEGIN and one COMMIT. On SQLite the reply is
    triaged before the lock, in the last text sent as read then; under the lock that verdict is used
    only if the same last text is read again (else the reply is triaged again, in what was read there).
    """
    sid = _sid(form)
    now = clock.now()  # the reply's one instant (Handling.now); when it reached us, unless it is late
    at = late.received_at if late else now
    body = form.get("Body") or ""
    verdict = None
    try:
        with handling.transaction(engine, now, ahead=lambda c: _triage_ahead(c, form, body, at)) as work:
            sender, last = context.read(work.connection, _from(form), at)
            verdict = _verdict(work.ahead, body, last)
            return _handle(work, form, sender, verdict, settings, content, late)
    except Exception:
        log.exception("inbound %s: handling failed; queued for a human", sid)
    verdict = verdict or _classify(body)  # nothing was read: triaged without context
    try:
        with handling.transaction(engine, now) as work:
            return _fallback(work, form, verdict, settings, content, late, at)
    except Exception:
        log.exception("inbound %s: could not be stored; recover it from the provider's message log", sid)
        raise NotStored(_crisis_answer(verdict, content)) from None


def _handle(work: Handling, form, sender, verdict, settings, content, late) -> Answer:
    """The rest of the use case's one transaction: store, act on the verdict, audit (the caller commits).

    A repeat of a MessageSid does nothing more: found at once on SQLite, when the reply's pending
    inserts go out on PostgreSQL (handling.AlreadyStored: they inserted nothing, nothing else ran).
    """
    try:
        reply = store(work, form, verdict, sender, late)
        if reply is None:
            return Answer()
        language = triage.keyword_language(form.get("Body") or "")
        answer = Answer(replies.respond(work, reply, sender, verdict, settings, content, language))
        work.write_trail()
    except handling.AlreadyStored:
        return Answer()
    return answer


def _fallback(work: Handling, form, verdict: triage.Verdict, settings, content, late, at) -> Answer:
    """Handling failed and was rolled back: store the reply anyway and queue it for a human.

    Fail toward a human: at least urgent, a crisis stays a crisis (routed to the supervisors) and still
    gets its resources and its on-call alert, each tried on its own so one failure cannot undo the rest.
    """
    sender, _ = context.read(work.connection, _from(form), at)
    reply = store(work, form, verdict, sender, late)
    if reply is None:  # a concurrent delivery of the same SID stored and handled it
        return Answer()
    crisis = verdict.level == Level.CRISIS
    work.step("handling_failed", AuditOutcome.FAILED)
    emergency = [replies.EMERGENCY_REASON] if crisis and verdict.emergency else []
    reasons = PROCESSING_ERROR + emergency + (list(verdict.reasons) if crisis else [])
    level = Level.CRISIS if crisis else Level.URGENT
    routing.open_item(work, reply, sender, level, reasons, settings)
    try:
        item_id = work.queued_item() if crisis else None  # sent before the steps tried on their own
    except handling.AlreadyStored:  # a concurrent delivery of the same SID stored and handled it
        return Answer()
    answer = Answer()
    if crisis:
        _try(work, "oncall_failed", lambda: notify.on_call(work, item_id, settings, content))
        answer = _try(
            work,
            "auto_reply_failed",
            lambda: Answer(replies.crisis_reply(work, reply, sender, content, verdict.emergency)),
        ) or _crisis_answer(verdict, content)  # the outbox row failed: say it anyway, unrecorded
    try:
        work.write_trail()
    except handling.AlreadyStored:  # as above (PostgreSQL: found as the pending inserts went out)
        return Answer()
    return answer


def _try(work: Handling, failed: str, action):
    """Run one step of the fallback in a savepoint; None when it failed (audited, rolled back alone)."""
    try:
        with work.connection.begin_nested():
            return action()
    except Exception:
        log.exception("inbound fallback: %s", failed)
        work.step(failed, AuditOutcome.FAILED)
        return None


def _crisis_answer(verdict: triage.Verdict, content: Content) -> Answer:
    """Crisis resources without the database (no name, no hourly limit), or nothing for other levels.

    In English: with the database down nobody's language can be looked up (9-8-8 answers in French).
    """
    if verdict.level != Level.CRISIS:
        return Answer()
    try:
        return Answer(content.render(replies.crisis_template(verdict.emergency), None))
    except Exception:
        log.exception("inbound: the crisis reply could not be rendered")
        return Answer()


def _sid(form: Mapping[str, str]) -> str:
    return _clean(form.get("MessageSid") or form.get("SmsSid") or "").strip()[:64]


def _extra(sent: str, body: str) -> dict:
    """What the stored row notes besides the body: NULs replaced, and the rest of an oversized body."""
    extra: dict = {"nul_replaced": True} if "\x00" in sent else {}
    if len(body) > MAX_BODY_CHARS:  # kept, never dropped silently; the reasons flag it on staff pages
        extra |= {"body_chars": len(body), "body_rest": body[MAX_BODY_CHARS:]}
    return extra


def _clean(value: str) -> str:
    """The value as sent, but for NUL, which no text column can hold: it becomes U+FFFD."""
    return value.replace("\x00", "\ufffd")


def _from(form: Mapping[str, str]) -> str:
    return _clean(form.get("From") or "").strip()


def store(
    work: Handling,
    form: Mapping[str, str],
    verdict: triage.Verdict,
    sender: routing.Sender,
    late: Late | None = None,
) -> routing.Reply | None:
    """Inside the caller's transaction: store the reply once per MessageSid (None: already stored).

    On PostgreSQL the insert goes out later with what hangs on it (handling.py), and a repeat is found
    then (handling.AlreadyStored).

    A late reply keeps when it was received and says how it came (`arrival`) and when it was stored.

    Opens the reply's audit trail (received, classified) that the rest of the webhook adds to.
    """
    sid = _sid(form)
    if not sid:
        raise ValueError("a webhook without MessageSid")
    body = _clean(form.get("Body") or "")
    oversized = [OVERSIZED.format(len(body))] if len(body) > MAX_BODY_CHARS else []
    sender_phone = _from(form)
    participant = sender.participant
    now = work.now
    values = {
        "provider_sid": sid,
        "participant_id": participant.id if participant else None,
        "from_phone": sender_phone[:32],
        "to_phone": _clean(form.get("To") or "")[:32] or None,
        "body": body[:MAX_BODY_CHARS],
        # A field we do not need never stops a reply from being stored: odd values count as none.
        "num_media": whole_numbers.parse(form.get("NumMedia"), 0, MAX_MEDIA) or 0,
        "received_at": late.received_at if late else now,
        "arrival": late.arrival if late else Arrival.WEBHOOK,
        "stored_at": now if late else None,
        "level": Level(verdict.level),
        "keyword": verdict.keyword,
        "reasons": list(verdict.reasons) + oversized,
        "extra": _extra(form.get("Body") or "", body),
    }
    if not work.store(values):
        return None
    work.trail = audit.Trail("inbound_reply", ("inbound", values["provider_sid"]))
    work.step("inbound_received", AuditOutcome.OK)
    work.step(
        "inbound_classified", AuditOutcome.OK,
        detail=f"{verdict.level}: {', '.join(verdict.reasons)}",
        level=verdict.level, keyword=verdict.keyword, reasons=list(verdict.reasons),
    )  # fmt: skip
    return routing.Reply(
        values["provider_sid"], values["from_phone"], values["received_at"], values["arrival"]
    )


@dataclass(frozen=True)
class _Ahead:
    """The reply triaged before the write lock (SQLite), in the context read then."""

    last: triage.Context | None
    verdict: triage.Verdict


def _triage_ahead(connection, form: Mapping[str, str], body: str, at: datetime) -> _Ahead | None:
    """Before the write lock: the last text sent, and the reply triaged in it (None if the read failed).

    Triage is pure and takes a tenth of a millisecond or more; on SQLite every other writer would wait
    that out if it ran under the one write lock.
    """
    try:
        last = context.read_last(connection, _from(form), at)
    except Exception:
        log.exception("inbound %s: the context could not be read ahead; triaged under the lock", _sid(form))
        return None
    return _Ahead(last, _classify(body, last))


def _verdict(ahead: _Ahead | None, body: str, last: triage.Context | None) -> triage.Verdict:
    """The verdict in `last`, the context read under the write lock: the one triaged ahead if it was read
    in that same context, else triaged now (a text was sent to the phone in between, or nothing ahead)."""
    if ahead is not None and ahead.last == last:
        return ahead.verdict
    return _classify(body, last)


def _classify(body: str, last: triage.Context | None = None) -> triage.Verdict:
    """The triage verdict, read with the last text we sent, or 'urgent: classifier error' if it breaks."""
    try:
        return triage.classify(body, last)
    except Exception:
        log.exception("triage failed; treating the reply as urgent")
        return CLASSIFIER_ERROR
