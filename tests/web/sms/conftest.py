"""Fixtures for the webhook tests: signed requests, one on-call phone, and a participant in the TEXT arm."""

from datetime import date

import pytest

from tests.builders import make_active
from tests.databases import make_settings
from tests.web.sms.helpers import ONCALL, PHONE
from tests.web.twilio_signing import SETTINGS
from textsupport.models import Arm


@pytest.fixture
def settings(database_url):
    return make_settings(database_url, TWILIO_MPS="1000", ONCALL_PHONES=ONCALL, **SETTINGS)


@pytest.fixture
def person(session):
    return make_active(session, Arm.TEXT, date(2026, 11, 1), phone=PHONE, first_name="Jo")
