"""Fixtures for the webhook tests: signed requests, one on-call phone, and a participant in the TEXT arm."""

from datetime import date

import pytest

from tests.support.builders import make_active
from tests.support.signing import SETTINGS
from tests.support.sms_webhook import ONCALL, PHONE
from textsupport.models import Arm


@pytest.fixture
def settings_overrides():
    """This module's settings (the one `settings` fixture applies them)."""
    return dict(TWILIO_MPS="1000", ONCALL_PHONES=ONCALL, **SETTINGS)


@pytest.fixture
def person(session):
    return make_active(session, Arm.TEXT, date(2026, 11, 1), phone=PHONE, first_name="Jo")
