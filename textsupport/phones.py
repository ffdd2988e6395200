"""Pure: phone numbers normalised to E.164 with `phonenumbers`, refusing numbers that cannot text."""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult

DEFAULT_REGION = "CA"

# Numbers a participant cannot own or that bill the caller: never text these.
_REFUSED_TYPES = {
    PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    PhoneNumberType.TOLL_FREE: "a toll-free number",
    PhoneNumberType.SHARED_COST: "a shared-cost number",
    PhoneNumberType.PAGER: "a pager number",
    PhoneNumberType.VOICEMAIL: "a voicemail number",
    PhoneNumberType.UAN: "a universal access number",
}

_POSSIBILITY = {
    ValidationResult.TOO_SHORT: "is too short",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "is missing its area code",
    ValidationResult.TOO_LONG: "is too long",
    ValidationResult.INVALID_COUNTRY_CODE: "has an unknown country code",
    ValidationResult.INVALID_LENGTH: "has the wrong number of digits",
}


class PhoneError(ValueError):
    """The number cannot be used; the message says why."""


def normalise(raw: str, region: str = DEFAULT_REGION) -> str:
    """The E.164 form of `raw` (e.g. '780 555 0100' -> '+17805550100'), or PhoneError."""
    text = (raw or "").strip()
    if not text:
        raise PhoneError("a phone number is required")
    if any(character.isalpha() for character in text):
        # phonenumbers reads letters as keypad digits (1-800-FLOWERS); a typo must not become a number.
        raise PhoneError(f"{text!r} has letters; type the number in digits only")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        raise PhoneError(f"{text!r} is not a phone number") from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _POSSIBILITY:
        raise PhoneError(f"{text!r} {_POSSIBILITY[reason]}")
    if not phonenumbers.is_valid_number(number):
        raise PhoneError(f"{text!r} is not a valid number in any numbering plan")
    refused = _REFUSED_TYPES.get(phonenumbers.number_type(number))
    if refused:
        raise PhoneError(f"{text!r} is {refused}, which cannot be a participant's own phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
