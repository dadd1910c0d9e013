"""Speakers for numbers read digit by digit: phone numbers, emergency numbers, long codes.

Each rule, as ``input → spoken`` (Spanish in brackets). A phone number is read in the
groups it is written in, never as a range or an amount; US English says "oh" for 0:
  phone         (555) 123-4567 → five five five, one two three, four five six seven;
                +1 555 123 4567, 1-800-555-0199 (one, eight hundred, five five five, oh one
                nine nine), 0800 123 4567 group by group (1234-5678 → uno dos tres cuatro,
                cinco seis siete ocho; 912 345 678, 123-456-789, 0-800-123-456 and 55 1234 5678
                the same way)
  phone_words   1-800-QUIT-NOW → one, eight hundred, quit, now (0-800-hermano → cero,
                ochocientos, hermano; 1-800-CDC-INFO → uno, ochocientos, ce de ce, info)
  emergency     911 → nine one one (also 999 and 112); after a dialling word, 988 and the
                N11 numbers: call 311, TTY: 711 (llame al 988 → nueve ocho ocho)
  digit_run     5551234567 → five five five one two three four five six seven (7+ digits)
"""

import logging
import re
from collections.abc import Callable

from handoutkit.speech import say_web
from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]
_GROUP = re.compile(r"\d+|[^\W\d_]+")
TOLL_FREE = "800"  # as an area code, said as a number: "one eight hundred"


def say_group(group: str, lang: Language, area_code: bool = False) -> str:
    """One written group of a phone number: digits one by one, letters as a word."""
    if not group.isdecimal():
        word = group.lower()  # a word; in Spanish one with no vowel is spelled: CDC → ce de ce
        return say_web.say_label(word, lang) if lang.letter_names and not re.search(
            "[aeiouáéíóúy]", word) else word
    if area_code and group == TOLL_FREE:
        return vocab.cardinal(int(group), lang)
    digits = vocab.say_digits(group, lang)
    if lang.phone_zero:
        digits = re.sub(rf"\b{vocab.cardinal(0, lang)}\b", lang.phone_zero, digits)
    return digits


def _phone(m: re.Match[str], lang: Language) -> str:
    plus = lang.words["plus"] + " " if m[0].startswith("+") else ""
    groups = _GROUP.findall(m[0])
    toll_free = groups[0] in ("0", "1") and len(groups) > 2 and groups[1] == TOLL_FREE
    area = 1 if (groups[0] == "1" and len(groups) > 3) or toll_free else 0  # 1-800-555-0199
    return plus + ", ".join(say_group(group, lang, area_code=i == area and len(groups) > 2)
                            for i, group in enumerate(groups))


SPEAKERS: dict[str, Speaker] = {
    "phone": _phone, "phone_words": _phone,
    "emergency": lambda m, lang: vocab.say_digits(m[0], lang),
    "digit_run": lambda m, lang: vocab.say_digits(m[0], lang),
}
