"""An independent read-back: the spoken sentence parsed back to digits must give the printed number.

text2num (an inverse normaliser, written apart from this project) turns the words the voice
will say back into digits ("one point five milligrams" → "1.5 milligrams"); the printed
sentence goes through it too, so numbers the author wrote as words count on both sides. The
digits of each side, in order, with their decimal marks, must be the same: "Take 1‏.25 mg"
said "one hundred and twenty-five" or an override "911: nine one two" is caught.

Sentences holding a class whose spoken form rightly names or reorders its digits are not
compared: a date with its month said as a word (2026-07-10 → July tenth), a 24-hour time on
a 12-hour clock (14:00 → two p m), money in units and cents, fractions and decades in words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import alpha2digit

from handoutkit.language import primary_language
from handoutkit.speech import say_generic
from handoutkit.speech.data import language_for, rules
from handoutkit.speech.normalize import explain

READERS = frozenset({"en", "es", "fr", "pt", "de", "it", "nl"})  # text2num's languages
# Rules of data/rules.py whose reading rightly changes the digits a listener hears.
UNCHECKED_RULES = frozenset({"iso_date", "slash_date", "time_range", "dotted_clock", "clock",
                             "hour_ampm", "money_range", "money", "mixed", "fraction",
                             "decade", "times", "ordinal", "month_day", "day_month", "roman"})
# The same classes for the languages say_generic.py reads (fr, pt, de, it, nl): dates,
# fractions ("1½ L" is "un litre et demi") and Roman numerals ("type II" is "type deux").
_GENERIC_UNCHECKED = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
                                r"|[½¼¾⅓⅔⅛]|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])"
                                r"|(?<![^\W\d_])[IVX]{2,}(?![^\W\d_])")
_PHONE_ZERO = {"en": re.compile(r"\boh\b")}  # "five five five, oh one three four"
_CITATION = re.compile(rules.CITATION)  # "[1]": printed, never said
# Words text2num does not read, as words it does: Spanish short forms before a noun, and
# "per cent", whose "cent"/"ciento" it would read as a hundred.
_SPOKEN_FORMS = {
    "es": ((re.compile(r"\bveintiún\b|\bveintiuna\b"), "veintiuno"),
           (re.compile(r"\bpor ciento\b"), "%")),
    "pt": ((re.compile(r"\bpor cento\b"), "%"),),
    "fr": ((re.compile(r"\bpour cent\b"), "%"),),
    "it": ((re.compile(r"\bper cento\b"), "%"),),
}
# A printed count of millions ("2 millones"): the digits times the scale, before text2num,
# which would read the scale word alone as a number of its own.
_SCALES = {"million": 6, "millions": 6, "millón": 6, "millones": 6, "milhão": 6, "milhões": 6,
           "Million": 6, "Millionen": 6, "milione": 6, "milioni": 6, "miljoen": 6}
_SCALED = re.compile(rf"(?<![\d.,])(\d+)\s+({'|'.join(_SCALES)})\b")


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A sentence whose spoken numbers do not read back to its printed ones."""

    printed: str
    spoken: str
    expected: str  # the printed sentence's digits, decimal marks as "."
    heard: str  # the digits read back from the spoken sentence


def reads_back(lang: str) -> bool:
    """Whether an offline inverse normaliser reads the language."""
    return primary_language(lang) in READERS


def check(printed: str, lang: str, overrides: Mapping[str, str] | None = None
          ) -> Mismatch | None:
    """The mismatch of one printed sentence and its spoken form, or None when they agree,
    the sentence holds no number, or its class is not compared (see the module)."""
    primary = primary_language(lang)
    if primary not in READERS or not re.search(r"\d", printed):
        return None
    spoken, fired = explain(printed, lang, overrides)
    if UNCHECKED_RULES.intersection(fired) or (
            say_generic.generic_for(lang) and _GENERIC_UNCHECKED.search(printed)):
        return None
    comma = _decimal_comma(lang)
    printed = _SCALED.sub(lambda m: m[1] + "0" * _SCALES[m[2]], _CITATION.sub("", printed))
    expected = digits(_words_to_digits(printed, primary), comma, printed=True)
    for pattern, form in _SPOKEN_FORMS.get(primary, ()):
        spoken = pattern.sub(form, spoken)
    heard_text = _words_to_digits(spoken, primary)
    if primary in _PHONE_ZERO:
        heard_text = _PHONE_ZERO[primary].sub("0", heard_text)
    heard = digits(heard_text, comma or primary != "en", printed=False)
    return None if expected == heard else Mismatch(printed, spoken, expected, heard)


@lru_cache(maxsize=1024)
def _words_to_digits(text: str, primary: str) -> str:
    """Number words as digits ("two", "una" too, on both sides: threshold 0); hyphens
    between words made spaces, as text2num stops at "twenty-four-hour"."""
    return alpha2digit(re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", text), primary, threshold=0)


@lru_cache(maxsize=64)
def _decimal_comma(lang: str) -> bool:
    """Whether the language writes "1,5" for one and a half."""
    language = language_for(lang)
    if language is not None:
        return language.decimal_comma
    generic = say_generic.generic_for(lang)
    return generic is not None and generic.locale.number_symbols["latn"]["decimal"] == ","


def digits(text: str, decimal_comma: bool, printed: bool) -> str:
    """The digits of a text in order, each decimal mark as ".": "1,200 or 2.5" → "12002.5".

    A mark between two digits is a decimal mark when it is the language's ("," in Spanish)
    and, in print, when it does not group thousands ("1,200" in English, "1.200" in
    Spanish); read back, text2num writes the language's own mark only as a decimal mark.
    """
    mark = "," if decimal_comma else "."
    group = "." if decimal_comma else ","
    if printed:  # "1,200" (English), "1.200" (Spanish): groups of three, not decimals
        text = re.sub(rf"(?<=\d){re.escape(group)}(?=\d{{3}}(?!\d))", "", text)
    text = re.sub(rf"(?<=\d){re.escape(mark)}(?=\d)", "\0", text)
    return "".join(c if c.isdigit() else "." for c in text if c.isdigit() or c == "\0")
