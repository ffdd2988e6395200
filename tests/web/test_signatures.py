"""The webhook signature check (web/signatures.py) accepts exactly what Twilio's RequestValidator.validate
accepts for a form, with one HMAC where the URL's first form matches (docs/operations.md, webhook speed)."""

import pytest
from twilio.request_validator import RequestValidator
from werkzeug.datastructures import ImmutableMultiDict

from textsupport.web.signatures import matches

TOKEN = "test-twilio-auth-token"
FORM = ImmutableMultiDict(
    [("MessageSid", "SM" + "1" * 32), ("From", "+17805550101"), ("Body", "b"), ("Body", "a"), ("To", "+1")]
)
URLS = (
    "https://sms.example.org/twilio/sms",
    "https://sms.example.org:443/twilio/sms",
    "http://127.0.0.1:5999/twilio/sms",
    "http://127.0.0.1/twilio/sms?x=1&y=2",
)


def _signed(url: str, form=FORM) -> str:
    return RequestValidator(TOKEN).compute_signature(url, form)


@pytest.mark.parametrize("configured", URLS)
@pytest.mark.parametrize("signed_as", [*URLS, "https://elsewhere.example.org/twilio/sms"])
def test_it_agrees_with_the_library_whichever_url_twilio_signed(configured, signed_as):
    signature = _signed(signed_as)
    validator = RequestValidator(TOKEN)
    assert matches(validator, configured, FORM, signature) == validator.validate(configured, FORM, signature)


@pytest.mark.parametrize(
    ("configured", "signed_as"),
    [
        ("https://sms.example.org/twilio/sms", "https://sms.example.org/twilio/sms"),
        ("https://sms.example.org/twilio/sms", "https://sms.example.org:443/twilio/sms"),
        ("https://sms.example.org:443/twilio/sms", "https://sms.example.org/twilio/sms"),
        ("http://127.0.0.1:5999/twilio/sms", "http://127.0.0.1:5999/twilio/sms"),
        ("http://127.0.0.1:5999/twilio/sms", "http://127.0.0.1/twilio/sms"),
    ],
)
def test_the_url_as_configured_with_or_without_its_port_is_accepted(configured, signed_as):
    assert matches(RequestValidator(TOKEN), configured, FORM, _signed(signed_as))


@pytest.mark.parametrize(
    ("configured", "signed_as"),
    [
        ("https://sms.example.org/twilio/sms", "https://sms.example.org:8443/twilio/sms"),
        ("https://sms.example.org/twilio/sms", "http://sms.example.org/twilio/sms"),
        ("https://sms.example.org/twilio/sms", "https://sms.example.org/twilio/status"),
    ],
)
def test_another_port_scheme_or_path_is_refused(configured, signed_as):
    assert not matches(RequestValidator(TOKEN), configured, FORM, _signed(signed_as))


def test_every_value_of_a_repeated_field_is_signed():
    validator = RequestValidator(TOKEN)
    url = URLS[0]
    one_body = ImmutableMultiDict([(k, v) for k, v in FORM.items(multi=True) if (k, v) != ("Body", "a")])
    assert matches(validator, url, FORM, _signed(url))
    assert not matches(validator, url, FORM, _signed(url, one_body))
    assert not matches(validator, url, one_body, _signed(url))


def test_a_forged_or_empty_signature_fails():
    validator = RequestValidator(TOKEN)
    assert not matches(validator, URLS[0], FORM, "")
    assert not matches(validator, URLS[0], FORM, _signed(URLS[0])[:-2] + "AA")
    assert not matches(RequestValidator("another-token"), URLS[0], FORM, _signed(URLS[0]))
