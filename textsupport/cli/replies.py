"""`receive --from PHONE TEXT`: a participant's reply without Twilio or a phone (development only).

It runs the same service as the signed webhook (store once, keywords, triage, queue, answer), with a
fresh MessageSid, and prints the answer the webhook would have put in its TwiML and the queue item it
opened (if any), so that a newcomer knows where to look for it.
"""

from __future__ import annotations

import uuid

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from textsupport import config, content, db, phones
from textsupport.cli.output import emit, fail
from textsupport.models import InboundMessage, QueueItem
from textsupport.services.replies import inbound


@click.command("receive")
@with_appcontext
@click.option("--from", "from_phone", required=True, help="the participant's phone, e.g. +17805550100")
@click.argument("text")
def receive(from_phone: str, text: str) -> None:
    """Handle TEXT as a reply from --from, exactly as POST /twilio/sms would (refused in production)."""
    if config.current().production:
        fail("receive is for development and tests; in production replies come from Twilio")
    try:
        phone = phones.normalise(from_phone)
    except phones.PhoneError as error:
        fail(f"--from: {error}")
    sid = f"SM{uuid.uuid4().hex}"  # unique across processes and restarts, like Twilio's
    form = {"MessageSid": sid, "From": phone, "Body": text}
    answer = inbound.receive(db.database().engine, form, config.current(), content.content())
    emit({"message_sid": sid, "answer": answer.text, "queue_item": _queue_item(db.session(), sid)})


def _queue_item(session, sid: str) -> dict | None:
    """The item this reply opened: its id, level and page (a path, as the server's host is not known)."""
    item = session.scalar(
        select(QueueItem)
        .join(InboundMessage, QueueItem.inbound_id == InboundMessage.id)
        .where(InboundMessage.provider_sid == sid)
    )
    if item is None:
        return None
    page = current_app.url_map.bind("").build("queue.item", {"item_id": item.id})  # no request here
    return {"id": item.id, "level": item.level.value, "page": page}


COMMANDS = (receive,)
