"""Quantities read once: every number in running text, with its kind and value, as a model node.

Print, page, braille and captions show a Quantity's ``text``; the read-back check compares the
voice's words with its ``values``; so what one output makes of "1,5" or "140/90" cannot differ
from what another makes of it. Kinds, tried in this order at each place (the first that
matches wins, so a phone number is never read as a range):

  phone        (555) 555-0134, 1-800-555-0199, +1 555 555 0134      values: the digit groups
  date         2026-07-10, 8/3/2023, 8.3.2023, 2023/3/8              values: its numbers, in order
  time         9:30, 9:30 a.m., 12.15 a.m., 7 p.m., 14 h 30          values: hours, minutes
  temperature  40 °C, 104°F, 38,5 ºC                                 unit: "°C"
  ratio        140/90, 140/90 mmHg (both parts two or three digits, the first the larger)
  range        2.25–2.75 mmol/L, 3-4, 10 – 12 mg                     values: its two ends
  fraction     ½, 8½, 1 ½, 1/2, 2/1000                               values: as written
  percent      5 %, 12,5%
  dose         1.25 mg, 500mg, 2 L, 5 μg/dL, 10 mL/kg, 90 mm Hg      unit: as printed
  ordinal      1st, 2nd, 3rd, 1º, 1ª, 1ra, 2.º, 1er, 2e              values: the number
  number       7, 1,200 (en), 1.200 and 1 200 with a thin space (es), 1,25 (es), ١٠٥, 7잔,
               10 000 with a plain space where CLDR groups with a space (fr, ru …) and in es
               (the counter is text)

A value is written in ASCII digits with "." as its decimal mark and no group marks, whatever
the script and the language: "١٠٥" → "105", "1.234,5" (es) → "1234.5". A mark before exactly
three digits groups them unless it is the language's decimal mark (CLDR, through babel);
any other mark is a decimal mark ("2,25" is 2.25 in every language; see ``value``). Digits
glued to a letter before them ("B12", "H2O") are part of a word, not a quantity.

Every pattern is linear: bounded repeats, no nested alternatives that can backtrack.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from handoutkit.model import Inline, Quantity, QuantityKind, Text

_SPACE_GROUPS = "\u00a0\u2009\u202f"  # no-break, thin and narrow no-break spaces group digits
_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"
_UNITS = (r"mmol/L|mmol/l|μg/dL|µg/dL|mg/dL|mg/kg|mL/kg|ml/kg|mg/ml|mg/mL|mL/h|ml/h|"
          r"mm\s?Hg|mmHg|kcal|mcg|µg|μg|mg|kg|mL|ml|dL|dl|cm|mm|km|IU|UI|g|L|l|m")
_DASH = r"\s?[–—-]\s?"


# A written number: digits, groups of three after a mark or a thin space, and one decimal
# part (".5" too, which the inline reader refuses); which mark is which is decided by
# ``value``. Atomic, so that no other kind's pattern backtracks into it.
_WRITTEN_NUMBER = (rf"(?>\d+(?:(?:[.,\u066c{_SPACE_GROUPS}]\d{{3}}(?!\d))+(?:[.,\u066b]\d+)?"
                   rf"|[.,\u066b]\d+)?|(?<![^\s(])[.,]\d+)")


def _patterns(number: str) -> tuple[tuple[QuantityKind, str], ...]:
    """Each kind's pattern, in the order they are tried (see the module)."""
    return (
        (QuantityKind.PHONE, r"\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,4}"
                             r"|1-\d{3}-\d{3}-\d{4}|\(\d{3}\)\s?\d{3}[ .-]\d{4}"
                             r"|\d{3}[.-]\d{3}[.-]\d{4}|\d{3} \d{3} \d{3}(?! ?\d)"
                             rf"|\d{{3}}-\d{{4}}(?!\d|\s?(?:{_UNITS}|%))"),
        (QuantityKind.DATE, r"\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"
                            r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}"),
        (QuantityKind.TIME, r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.\s?m\.|[ap]m\b)"
                            r"|\d{1,2}\s?(?:[ap]\.\s?m\.|[ap]m\b)|\d{1,2}:\d{2}|\d{1,2}\s?h\s?\d{2}"),
        (QuantityKind.TEMPERATURE, rf"(?:{number})\s?[°º]\s?[CF]\b"),
        (QuantityKind.RATIO, r"\d{2,3}/\d{2,3}(?!\d)(?:\s?(?:mm\s?Hg|mmHg))?"),
        (QuantityKind.RANGE, rf"(?:{number}){_DASH}(?:{number})(?:\s?(?:{_UNITS}|%)(?![^\W\d_]))?"),
        (QuantityKind.FRACTION, rf"\d+\s?[{_FRACTIONS}]|[{_FRACTIONS}]|\d+/\d+"),
        (QuantityKind.PERCENT, rf"(?:{number})\s?%"),
        (QuantityKind.DOSE, rf"(?:{number})\s?(?:{_UNITS})(?![^\W\d_])"),
        (QuantityKind.ORDINAL, r"\d+(?:st|nd|rd|th|\.?º|\.?ª|ra|ro|er|re|e|ème|te)(?![^\W\d_])"),
        (QuantityKind.NUMBER, number),
    )


# Where CLDR groups thousands with a space (fr, ru, pl, uk …), a plain space groups them too,
# as the voice reads them (speech/say_units.py): "10 000 pas" is ten thousand steps.
_SPACED_NUMBER = _WRITTEN_NUMBER.replace(_SPACE_GROUPS, " " + _SPACE_GROUPS, 1)
_NUMBER, _NUMBER_SPACED = re.compile(_WRITTEN_NUMBER), re.compile(_SPACED_NUMBER)
# One regex with a named group per kind; a quantity never starts inside a word or a number
# ("B12", "H2O").
def _quantity(number: str, dotted_time: str = "(?!)") -> re.Pattern[str]:
    patterns = [(kind, f"{dotted_time}|{pattern}" if kind is QuantityKind.TIME else pattern)
                for kind, pattern in _patterns(number)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(
        f"(?P<{kind.name}>{pattern})" for kind, pattern in patterns) + ")")


# Words after which "9.30" is a time of day, not a decimal, as the voice reads it too
# (speech/say_calendar.py): Italian "alle 8.30", Russian "в 9.30", Polish "o 9.30", Romanian
# "la ora 8.30" (whose decimal mark is the comma); German writes "8.30 Uhr" (every language:
# "Uhr" is no other language's word).
DOTTED_TIME_AFTER = {"it": "alle|dalle|ore|le|verso le|entro le",
                     "ru": "в|к|с|до|после|около", "uk": "о|об|до|після|з|близько",
                     "pl": "o|od|do|godz\\.|godzina|godzinie",
                     "ro": "ora|orele|la|între|și|până la|de la"}
_DOTTED_TIME = r"\d{1,2}\.[0-5]\d(?=\s?Uhr(?!\w))"


_QUANTITY = _quantity(_WRITTEN_NUMBER, _DOTTED_TIME)


_DIGITS = re.compile(r"\d+")
_UNIT_AT_END = re.compile(rf"(?:{_UNITS})$")


def split_quantities(inlines: tuple[Inline, ...], lang: str) -> tuple[Inline, ...]:
    """Each Text node cut into Text and Quantity nodes, containers left as they are (their
    children are already cut: the inline reader closes them from the inside out)."""
    out: list[Inline] = []
    for node in inlines:
        out.extend(quantified(node.text, lang) if isinstance(node, Text) else (node,))
    return tuple(out)


def quantified(text: str, lang: str) -> Iterator[Text | Quantity]:
    """``text`` as Text runs and the Quantity nodes between them."""
    last = 0
    for found in _pattern(lang).finditer(text):
        if found.start() > last:
            yield Text(text[last:found.start()])
        yield _read(found, lang)
        last = found.end()
    if last < len(text):
        yield Text(text[last:])


def quantities(text: str, lang: str) -> list[Quantity]:
    """Every quantity in a plain string, in order."""
    return [_read(found, lang) for found in _pattern(lang).finditer(text)]


@lru_cache(maxsize=64)
def _pattern(lang: str) -> re.Pattern[str]:
    """The quantity regex for a language: plain-space groups (``_spaced``), and times written
    with a dot after the words of DOTTED_TIME_AFTER."""
    words = DOTTED_TIME_AFTER.get(lang.split("-")[0])
    if words is None and not _spaced(lang):
        return _QUANTITY
    dotted = _DOTTED_TIME
    if words:
        after = "|".join(f"(?<=(?<![^\\W\\d_]){form} )" for word in words.split("|")
                         for form in dict.fromkeys((word, word.capitalize())))
        dotted += rf"|(?:{after})\d{{1,2}}\.[0-5]\d(?![\d.,]\d)"
    return _quantity(_SPACED_NUMBER if _spaced(lang) else _WRITTEN_NUMBER, dotted)


@lru_cache(maxsize=64)
def _spaced(lang: str) -> bool:
    """Whether a plain space groups thousands: where CLDR groups with a space, and in Spanish,
    whose voice reads "10 000" as diez mil (the RAE's group mark)."""
    return lang.split("-")[0] == "es" or number_symbols(lang)[1].isspace()


def _read(found: re.Match[str], lang: str) -> Quantity:
    kind = QuantityKind[found.lastgroup or "NUMBER"]
    text = found[0]
    if kind in (QuantityKind.PHONE, QuantityKind.DATE, QuantityKind.TIME):
        values = tuple(_ascii(part) for part in _DIGITS.findall(text))
    elif kind is QuantityKind.FRACTION:
        values = _fraction(text)
    else:
        decimal = decimal_mark(lang)
        number = _NUMBER_SPACED if _spaced(lang) else _NUMBER
        values = tuple(value(part, decimal) for part in number.findall(text))
    if kind is QuantityKind.RATIO and float(values[0]) <= float(values[1]):
        kind = QuantityKind.FRACTION  # 10/20, 2/100: a part of a whole, not a pressure
    return Quantity(text, kind, values, _unit(text, kind))


def value(number: str, decimal: str) -> str:
    """One written number as ASCII digits with "." as its decimal mark, group marks dropped.

    A mark before exactly three digits groups them, unless it is the language's decimal mark
    (``decimal``) and the last mark: "1,200" is 1200 in English and 1.2 in Spanish, "1.200"
    the other way round. Any other mark is a decimal mark, whichever it is: "2,25" and "2.25"
    are 2.25 everywhere, so "1,5 mg" in English is one and a half, as a reader may take it,
    and the read-back stops a voice that says "one, five". "١٠٥" → "105"."""
    if number.isascii() and number.isdigit():
        return number
    out = []
    marks = {i for i, c in enumerate(number) if not c.isdecimal()}
    last = max(marks, default=-1)
    for index, char in enumerate(number):
        if char.isdecimal():
            out.append(str(unicodedata.decimal(char)))
            continue
        three = index + 4 == len(number) or index + 4 in marks
        if char == "\u066b" or not three or (char == decimal and index == last):
            out.append(".")
    return "0" + "".join(out) if out and out[0] == "." else "".join(out)


def decimal_mark(lang: str) -> str:
    """"," or ".": the decimal mark the language writes with Latin digits (CLDR, via babel)."""
    return "," if number_symbols(lang)[0] == "," else "."


@lru_cache(maxsize=64)
def number_symbols(lang: str) -> tuple[str, str]:
    """The decimal mark and the group mark the language writes with Latin digits (CLDR, via
    babel); "." and "," for a tag babel does not know."""
    try:
        symbols = Locale.parse(lang.replace("-", "_")).number_symbols.get("latn", {})
    except (UnknownLocaleError, ValueError, TypeError):
        return ".", ","
    return symbols.get("decimal", "."), symbols.get("group", ",")


def _fraction(text: str) -> tuple[str, ...]:
    """The whole part if any, numerator and denominator: "8½" → ("8", "1", "2")."""
    if "/" in text:
        return tuple(_ascii(part.strip()) for part in text.split("/"))
    whole = _ascii("".join(c for c in text[:-1] if c.isdecimal()))
    top, bottom = unicodedata.normalize("NFKC", text[-1]).split("\u2044")
    return (*((whole,) if whole else ()), top, bottom)


def _unit(text: str, kind: QuantityKind) -> str:
    """The unit as printed at the end of a quantity: "mg", "°C", "%"; "" for none."""
    if kind is QuantityKind.TEMPERATURE:
        return "°" + text.rstrip()[-1]
    if kind is QuantityKind.PERCENT or (kind is QuantityKind.RANGE and text.endswith("%")):
        return "%"
    if kind in (QuantityKind.DOSE, QuantityKind.RANGE, QuantityKind.RATIO):
        found = _UNIT_AT_END.search(text)
        return found[0] if found else ""
    return ""


def _ascii(digits: str) -> str:
    return "".join(str(unicodedata.decimal(c)) for c in digits)
