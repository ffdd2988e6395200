"""Sign webhook requests the way Twilio does, so tests exercise the real signature check."""

from twilio.request_validator import RequestValidator

TOKEN = "test-twilio-auth-token"
PUBLIC = "https://sms.example.org"
SETTINGS = {"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": PUBLIC}


def signed_post(client, path: str, form: dict, token: str = TOKEN):
    """POST `form` to `path` with a valid X-Twilio-Signature for PUBLIC_BASE_URL + path."""
    signature = RequestValidator(token).compute_signature(PUBLIC + path, form)
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature})
