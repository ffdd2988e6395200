"""The webhook benchmark's baseline: validate Twilio's signature, answer empty TwiML, no database."""

import os

from flask import Flask, Response, abort, request
from twilio.request_validator import RequestValidator

app = Flask(__name__)
validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])


@app.post("/twilio/sms")
def sms():
    url = os.environ["PUBLIC_BASE_URL"] + request.path
    if not validator.validate(url, request.form, request.headers.get("X-Twilio-Signature", "")):
        abort(403)
    return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")
