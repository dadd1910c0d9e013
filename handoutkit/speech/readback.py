"""An independent read-back: the spoken sentence parsed back to digits must give the model's values.

text2num (an inverse normaliser, written apart from this project) turns the words the voice
will say back into digits ("one point five milligrams" → "1.5 milligrams"). What they must
give is what the reader made of the printed sentence: the values of its Quantity nodes
(reader/quantities.py: "1,25 mg" in Spanish is 1.25, "1.200 mg" is 1200, "(555) 555-0134" is
5555550134), with the numbers the author wrote as words read by text2num too. The digits of
each side, in order, with their decimal marks, must be the same: "Take 1‏.25 mg" said "one
hundred and twenty-five", "2/1000" said "dos mil", or an override "911: nine one two" is
caught. So print (which shows the Quantity's characters) and voice cannot disagree unseen.

Sentences holding a quantity whose spoken form rightly names or reorders its digits are not
compared: dates (2026-07-10 → July tenth), times (14:00 → two p m), fractions (½ → a half;
but a fraction of a hundred or more, "2/1000", is said as its two numbers and compared)
and ordinals (1st → first), by the reader's kind; and, by the normaliser's rule that fired,
money in units and cents, decades and the other classes of UNCHECKED_RULES.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from num2words import CONVERTER_CLASSES, num2words
from text_to_num import alpha2digit

from handoutkit.language import primary_language
from handoutkit.model import Quantity, QuantityKind
from handoutkit.reader.quantities import quantities
from handoutkit.speech import say_generic
from handoutkit.speech.data import language_for, rules
from handoutkit.speech.normalize import explain

READERS = frozenset({"en", "es", "fr", "pt", "de", "it", "nl"})  # text2num's languages
# Rules of data/rules.py whose reading rightly changes the digits a listener hears.
UNCHECKED_RULES = frozenset({"iso_date", "slash_date", "time_range", "dotted_clock", "clock",
                             "hour_ampm", "money_range", "money", "mixed", "fraction",
                             "weekday_date", "decade", "times", "ordinal", "month_day",
                             "day_month", "roman",
                             # English (say_english.py): digits in pairs, groups or dates
                             "ip_address", "address", "clock_seconds", "decade_range",
                             "month_year", "day_month_verb", "month_dash_day"})
# A Roman numeral in the languages say_generic.py reads (fr, pt, de, it, nl): "type II" is
# said "type deux", a digit the print has not (dates and fractions go by UNCHECKED_KINDS).
_GENERIC_ROMAN = re.compile(r"(?<![^\W\d_])[IVX]{2,}(?![^\W\d_])")
# Quantities whose reading rightly names or reorders their digits, in every language.
UNCHECKED_KINDS = frozenset({QuantityKind.DATE, QuantityKind.TIME, QuantityKind.FRACTION,
                             QuantityKind.ORDINAL})
_PHONE_ZERO = {"en": re.compile(r"\boh\b")}  # "five five five, oh one three four"
_CITATION = re.compile(rules.CITATION)  # "[1]": printed, never said
# Words text2num does not read, as words it does, in print and speech alike: Spanish short
# forms before a noun, German "ein" inflected for its noun (eine Tablette, einer Minute),
# Italian "un'" elided before a vowel (un'ora), and "per cent", whose "cent"/"ciento" it would
# read as a hundred.
_FORMS = {
    "en": ((re.compile(r"\bper second\b"), "per s"),),  # not the ordinal "2nd"
    "es": ((re.compile(r"\bveintiún\b|\bveintiuna\b"), "veintiuno"),
           (re.compile(r"\bpor ciento\b"), "%")),
    "de": ((re.compile(r"\b([Ee])in(?:e|en|em|er|es)\b"), r"\1in"),),
    "pt": ((re.compile(r"\bpor cento\b"), "%"),),
    "fr": ((re.compile(r"\bpour cent\b"), "%"),),
    "it": ((re.compile(r"\bper cento\b"), "%"), (re.compile(r"\b([Uu])n'\s?"), r"\1n ")),
}
# A printed count of millions ("2 millones"): the digits times the scale, before text2num,
# which would read the scale word alone as a number of its own.
_SCALES = {"million": 6, "millions": 6, "millón": 6, "millones": 6, "milhão": 6, "milhões": 6,
           "Million": 6, "Millionen": 6, "milione": 6, "milioni": 6, "miljoen": 6}
# A decimal said with no whole part ("point five"): text2num leaves the word, so it is read
# here as the half the reader makes of ".5".
_DECIMAL_WORDS = {"en": "point", "es": "coma|punto", "fr": "virgule|point",
                  "pt": "vírgula|ponto", "de": "Komma|Punkt", "it": "virgola|punto",
                  "nl": "komma|punt"}
_BARE_DECIMAL = {lang: re.compile(rf"(?<!\d)(?<!\d )\b(?:{words}) (?=\d)", re.IGNORECASE)
                 for lang, words in _DECIMAL_WORDS.items()}
_HELD = 0xF0000  # quantity n of a sentence waits as chr(_HELD + n) while text2num reads it
_HELD_CHAR = re.compile("([\U000f0000-\U000fffff])")
_SCALED = re.compile(rf"([\U000f0000-\U000fffff])\s+({'|'.join(_SCALES)})\b")


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


def check(printed: str, lang: str, overrides: Mapping[str, str] | None = None,
          found: Sequence[Quantity] | None = None) -> Mismatch | None:
    """The mismatch of one printed sentence and its spoken form, or None when they agree,
    the sentence holds no number, or its class is not compared (see the module). ``found``
    is the sentence's quantities from the model, in order; None reads them from ``printed``
    as the reader does (for text outside the model's inlines, such as alt text)."""
    primary = primary_language(lang)
    if primary not in READERS or not re.search(r"\d", printed):
        return None
    if found is None or _spans(printed, found) is None:
        found = quantities(printed, lang)
    if any(q.kind in UNCHECKED_KINDS and not _per_hundreds(q) for q in found):
        return None
    spoken, fired = explain(printed, lang, overrides)
    if UNCHECKED_RULES.intersection(fired) or (
            say_generic.generic_for(lang) and _GENERIC_ROMAN.search(printed)):
        return None
    comma = _decimal_comma(lang)
    expected = _model_digits(_CITATION.sub("", printed), found, primary, comma)
    heard_text = _words_to_digits(spoken, primary)
    if primary in _PHONE_ZERO:
        heard_text = _PHONE_ZERO[primary].sub("0", heard_text)
    heard_text = _BARE_DECIMAL[primary].sub("0.", heard_text)
    heard = digits(heard_text, comma, printed=False)
    return None if expected == heard else Mismatch(printed, spoken, expected, heard)


def _model_digits(printed: str, found: Sequence[Quantity], primary: str, comma: bool) -> str:
    """What the voice must say, as digits: each quantity's values where it stands (a count of
    millions, "2 millones", times its scale), and number words read by text2num around them."""
    held, cursor = [], 0
    for index, (start, end) in enumerate(_spans(printed, found) or ()):
        held += [printed[cursor:start], chr(_HELD + index)]
        cursor = end
    text = "".join([*held, printed[cursor:]])
    scales: dict[int, int] = {}

    def scaled(m: re.Match[str]) -> str:
        scales[ord(m[1]) - _HELD] = _SCALES[m[2]]
        return m[1]

    text = _words_to_digits(_SCALED.sub(scaled, text), primary)
    return "".join(_values(found[ord(piece) - _HELD], scales.get(ord(piece) - _HELD, 0))
                   if _HELD_CHAR.fullmatch(piece) else digits(piece, comma, printed=True)
                   for piece in _HELD_CHAR.split(text))


def _spans(printed: str, found: Sequence[Quantity]) -> list[tuple[int, int]] | None:
    """Where each quantity stands in the sentence, in order (its spaces folded as the
    sentence's are); None when one is not there."""
    spans, cursor = [], 0
    for quantity in found:
        shown = " ".join(quantity.text.split())
        start = printed.find(shown, cursor)
        if start < 0:
            return None
        spans.append((start, start + len(shown)))
        cursor = start + len(shown)
    return spans


def _values(quantity: Quantity, scale: int) -> str:
    """A quantity's values as one run of digits and decimal points, as ``digits`` writes them."""
    if scale:
        return "".join(format(Decimal(v).scaleb(scale), "f") for v in quantity.values)
    return "".join(quantity.values)


def spoken_digits(said: str, lang: str) -> tuple[str, bool] | None:
    """The numbers a spoken form says, as digits in order, and whether the reader is a
    full inverse normaliser: text2num where it knows the language, else num2words' own
    words for 0 to 1000 matched back (so "девять один два" and "девятьсот одиннадцать" are
    read, inflected forms are not); digits written as digits count as they are. None where
    neither knows the language."""
    primary = primary_language(lang)
    if primary in READERS:
        return digits(_words_to_digits(said, primary), False, printed=False), True
    table = _number_words(primary)
    if table is None:
        return None
    tokens = re.findall(r"\d+|[^\W\d_]+", said.lower().replace("-", " "))
    longest = max(len(words) for words in table)
    out, index = [], 0
    while index < len(tokens):
        size = next((n for n in range(min(longest, len(tokens) - index), 0, -1)
                     if tuple(tokens[index:index + n]) in table), 0)
        if size:
            out.append(table[tuple(tokens[index:index + size])])
        elif tokens[index].isdecimal():
            out.append(tokens[index])
        index += max(size, 1)
    return "".join(out), False


@lru_cache(maxsize=16)
def _number_words(primary: str) -> dict[tuple[str, ...], str] | None:
    """num2words' words for 0…1000 in a language, as word tuples → digits."""
    if primary not in CONVERTER_CLASSES:
        return None
    table = {}
    for n in range(1001):
        words = tuple(re.findall(r"[^\W\d_]+", num2words(n, lang=primary).lower()
                                 .replace("-", " ")))
        table.setdefault(words, str(n))
    return table


def _per_hundreds(quantity: Quantity) -> bool:
    """A fraction of a hundred or more ("2/1000", "3/100"): said as its two numbers ("two in
    a thousand"), never as a named part ("a half", "two thirds"), so it is compared."""
    return (quantity.kind is QuantityKind.FRACTION and len(quantity.values) == 2
            and int(quantity.values[1]) >= 100)


@lru_cache(maxsize=1024)
def _words_to_digits(text: str, primary: str) -> str:
    """Number words as digits ("two", "una" too, on both sides: threshold 0), after _FORMS;
    hyphens between words made spaces, as text2num stops at "twenty-four-hour"."""
    for pattern, form in _FORMS.get(primary, ()):
        text = pattern.sub(form, text)
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

    In print, a mark between two digits is a decimal mark when it is the language's (","
    in Spanish) and does not group thousands ("1,200" in English, "1.200" in Spanish). Read
    back, every mark between digits is a decimal one: text2num writes no group marks, and
    writes "dos punto cinco" as 2.5 and "dos coma cinco" as 2,5.
    """
    if not printed:  # "point five" comes back as ".5": a half, as the reader has it
        text = re.sub(r"(?<![\d\w])[.,](?=\d)", "0.", text)
        marks = "[.,]"
    else:  # "1,200" (English), "1.200" (Spanish): groups of three, not decimals
        group = "." if decimal_comma else ","
        text = re.sub(rf"(?<=\d){re.escape(group)}(?=\d{{3}}(?!\d))", "", text)
        marks = re.escape("," if decimal_comma else ".")
    text = re.sub(rf"(?<=\d){marks}(?=\d)", "\0", text)
    return "".join(c if c.isdigit() else "." for c in text if c.isdigit() or c == "\0")
