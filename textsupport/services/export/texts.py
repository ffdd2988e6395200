"""texts.csv: one row per text to or from a participant, out then in, each in the order stored. No bodies
unless the export is identifiable. Texts to staff phones and from unknown numbers are not research data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Integer, Select, String, cast, func, literal, null, select

from textsupport.models import (
    InboundMessage,
    Level,
    OutboundKind,
    OutboundMessage,
    OutboundStatus,
    Participant,
)
from textsupport.services.export import formats
from textsupport.services.export.files import Column, ExportFile, Kind, choices, raw, values

_out, _in = OutboundMessage, InboundMessage
KEYWORDS = ("stop", "start", "help")  # a keyword reply's kind; any other reply is 'reply'


def _none(type_=String) -> object:
    return cast(null(), type_())


def _id(prefix: str, value) -> object:
    return literal(prefix) + cast(value, String)


COLUMNS = (
    Column("text_id", "Text id", (_id("out-", _out.id), _id("in-", _in.id)),
           note="out-N or in-N; queue_items.text_id names the reply that opened an item"),
    Column("participant_id", "Study id (pseudonymous)", (Participant.study_id, Participant.study_id)),
    Column("direction", "To or from the participant", (literal("out"), literal("in")), Kind.CHOICE,
           (("out", "we sent it"), ("in", "they sent it"))),
    Column("at", "When", (formats.instant(_out.scheduled_for), formats.instant(_in.received_at)),
           Kind.INSTANT, note="out: when it was due to go; in: when received"),
    Column("sent_at", "When it went out (texts out)", (formats.instant(_out.sent_at), _none()), Kind.INSTANT,
           note="empty if it never went (planned, cancelled, expired)"),
    Column("kind", "What the text was", (raw(_out.kind), func.coalesce(func.lower(_in.keyword), "reply")),
           Kind.CHOICE, choices([*OutboundKind, "reply", *KEYWORDS])),
    Column("status", "Delivery status (texts out)", (raw(_out.status), _none()), Kind.CHOICE,
           choices(OutboundStatus)),
    Column("error_code", "Carrier error code (texts out)", (_out.error_code, _none(Integer)), Kind.INTEGER),
    Column("segments", "SMS segments billed (texts out)", (_out.segments, _none(Integer)), Kind.INTEGER),
    Column("level", "What triage said (texts in)", (_none(), raw(_in.level)), Kind.CHOICE, choices(Level),
           note="empty for a text that was never classified"),
    Column("body", "The text itself", (_out.body, _in.body), Kind.NOTES, identifier=True,
           note="out: empty until rendered at send time"),
)  # fmt: skip


def statements(columns: Sequence[Column], now: datetime, today: date) -> list[Select]:
    """Texts out, then texts in, each by id (an index scan: no sort of a million rows)."""
    return [
        select(*values(columns, n, now, today))
        .select_from(table)
        .join(Participant, Participant.id == table.participant_id)
        .where(Participant.in_trial)  # never a training participant
        .order_by(table.id)
        for n, table in enumerate((_out, _in))
    ]


FILE = ExportFile("texts.csv", "Texts in and out", COLUMNS, statements, for_rater=False)
