"""The clinic's phone number as a dialable tel: link, with its country code when known."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult


def known_country(code: str) -> str | None:
    """The ISO 3166 region code in upper case ("us" → "US"), or None if no calling code has it."""
    region = code.strip().upper()
    return region if phonenumbers.country_code_for_region(region) else None


def phone_problem(phone: str, country: str) -> str | None:
    """Why ``phone`` cannot be dialled from anywhere in ``country``, or None if it can."""
    try:
        number = phonenumbers.parse(phone, country)
    except NumberParseException:
        return "is not a phone number"
    match phonenumbers.is_possible_number_with_reason(number):
        case ValidationResult.IS_POSSIBLE:
            return None
        case ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
            return "has no area code"
        case _:
            return f"is not a possible phone number in {country}"


def tel_href(phone: str, country: str | None) -> str:
    """"tel:+15555550134" for "(555) 555-0134" in the US; without a country, the digits as
    written ("tel:555-0134" → "tel:5550134")."""
    if country and phone_problem(phone, country) is None:
        number = phonenumbers.parse(phone, country)
        return "tel:" + phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return "tel:" + re.sub(r"[^\d+]", "", phone)
