"""One-time form tokens: a form is acted on once, however often it is sent.

Each state-changing form carries a fresh random token. The use case spends it as the first write of
its own transaction: the token is the primary key of form_submissions, so a second send of the same
form (Back then Send, a double click, two tabs) cannot insert it again, whichever process sees it
first. A use case that fails rolls back and leaves its token unspent, so the person can send again.
"""

from __future__ import annotations

import secrets

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from textsupport import clock
from textsupport.models import FormSubmission

TOKEN_MAX_CHARS = 64  # the column's width


class SubmissionError(ValueError):
    """The form's token cannot be spent; the message says why, for the person who sent it."""


class MissingToken(SubmissionError):
    """The form came without a usable token (an old page, or not from our form)."""


class AlreadySubmitted(SubmissionError):
    """This form was acted on before: nothing is done twice."""


def new_token() -> str:
    """A fresh random token for one rendered form."""
    return secrets.token_urlsafe(24)


def spend(session: Session, token: str | None, user_id: int | None, action: str) -> None:
    """Spend `token` inside the caller's transaction; AlreadySubmitted if it was spent before.

    The insert runs in a SAVEPOINT: on PostgreSQL a failed INSERT aborts the transaction around it,
    and the savepoint keeps that abort to the insert, so the caller can roll back cleanly.
    """
    token = (token or "").strip()
    if not token or len(token) > TOKEN_MAX_CHARS:
        raise MissingToken("This form is out of date (it has no one-time token). Reload it and send again.")
    try:
        with session.begin_nested():
            session.execute(
                insert(FormSubmission).values(token=token, user_id=user_id, action=action, at=clock.now())
            )
    except IntegrityError:
        raise AlreadySubmitted("This was already sent.") from None
