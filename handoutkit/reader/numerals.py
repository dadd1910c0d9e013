"""Numbers that print and speak alike: characters that make a number's shown and said values differ.

source.py refuses characters that may never appear (overrides, isolates, zero-width spaces).
Here are those a script may need between words but never inside a number, where the page
and the voice read them apart:

  direction marks   1‏.25 (U+200F after the 1) prints "125." in a right-to-left run and is
                    said "one point two five"; LRM, RLM, ALM between digits
  invisible         ZWJ, ZWNJ, soft hyphen, combining grapheme joiner, Hangul fillers
                    (U+115F, U+1160, U+3164, U+FFA0) between digits
  mixed digits      1٠5: Latin and Arabic-Indic digits in one number (a whole number in one
                    script's digits, ١٠٥ in Arabic text, is fine)
  superscripts      10³ units, 10₂: a power or index after a number is said as one more digit
  marks on digits   1̶0̶ mg (U+0336 COMBINING LONG STROKE OVERLAY: struck through, "not 10"),
                    5̸: a combining mark changes what a digit looks like, never what is said
                    (a keycap, 1️⃣, is fine)
  lookalikes        1O mg, 1О (Cyrillic), 2o5, 1l0, 1Ι0 (Greek iota): a letter O, o, l or I
                    among digits prints like 0 or 1 and is said as a letter ("2o", an
                    ordinal, is fine)
  odd separators    1·5, 1．5 (fullwidth), 10 000 with a figure, hair or ideographic space:
                    the page shows one number, the voice reads two (a no-break, thin or
                    narrow no-break space groups thousands; "." and "," mark decimals)
  a dash as minus   –5 °C (an en dash, U+02D7): printed as minus five, said as five
  another group     1.500 mg in French or Russian, where "," marks decimals and a space
                    groups thousands: 1500 to a reader used to "." groups, 1.5 to one used
                    to "." decimals (``group_problems``, which needs the handout's language)

Each is refused at its line, naming the character and the fix.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from handoutkit.errors import Problem
from handoutkit.reader.quantities import number_symbols

MAX_PROBLEMS = 20  # per file, as for hidden characters

_MARKS = "\u200e\u200f\u061c"
_VARIATION = "".join(map(chr, range(0xFE00, 0xFE10)))  # variation selectors 1-16
_INVISIBLE = "\u200c\u200d\u00ad\u034f\u115f\u1160\u3164\uffa0" + _VARIATION
_SEPARATOR = "[.,\u066b\u066c:/]"  # decimal and group marks, clock and date marks
# Mark or invisible run with a digit on each side (a separator may stand next to either).
_INSIDE = re.compile(rf"(?<=\d)(?:{_SEPARATOR}?)([{_MARKS}{_INVISIBLE}]+)(?={_SEPARATOR}?\d)")
_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)*")
_POWERS = "\u00b9\u00b2\u00b3\u2070-\u2079\u207a\u207b\u2080-\u2089\u208a\u208b"  # ⁻ ₊ too
_POWER = re.compile(rf"(?<=\d) ?([{_POWERS}]+)")
_ON_DIGIT = re.compile(r"(?<=\d)([\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2"
                       r"\u20e4-\u20ff\ufe20-\ufe2f])")
_ROUND = "OoОоΟο"  # Latin, Cyrillic and Greek O: printed like 0
_STROKE = "lIΙІӀ"  # Latin l and I, Greek iota, Cyrillic І and palochka: printed like 1
# A lookalike between two digits, or a capital O ending a run of digits that starts a word
# ("1O mg"; not "H2O" or "CO2", nor "2o", a Spanish or Italian ordinal "segundo").
_LOOKALIKE = re.compile(rf"(?<=\d)([{_ROUND}{_STROKE}])(?=\d)"
                        r"|(?<![^\W\d_])\d+([OОΟ])(?![^\W_])")
# Marks and spaces between digits that look like a decimal mark or a group space but that no
# reader of numbers (ours, or the voice's) takes for one.
_ODD_SEPARATOR = re.compile(r"(?<=\d)([\u00b7\u2024\u2219\u22c5\uff0c\uff0e\u3002\uff61"
                            r"\u2002-\u2008\u200a\u205f\u3000])(?=\d)")
# An en dash, figure dash or modifier minus opening a number: a minus on the page only.
_DASH_MINUS = re.compile(r"(?:^|(?<=[\s(]))(?<!\d\s)([\u2012\u2013\u02d7])(?=\d)")
_DOT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]?\d)")
_HINTS = {
    "mark": "delete it: inside a number it can move digits on the page while the voice reads "
            "them in order; a direction mark may go before or after the whole number",
    "invisible": "delete it: it cannot be seen, and inside a number the page and the voice "
                 "may read the digits differently",
    "digits": "write the whole number in one script's digits, e.g. 105 or ١٠٥",
    "on digit": "delete the mark: the voice says the plain digit, whatever the mark shows; "
                "write what you mean in words",
    "lookalike": "type the digit (0 or 1) in place of the letter",
    "separator": "write a decimal as 1.5 (or 1,5 where the language writes a decimal comma) "
                 "and group thousands with a thin or no-break space, or none",
    "dash": "for a negative number write − (U+2212) or -, e.g. −5 °C; for a range put the "
            "dash between the two numbers, e.g. 2–3",
    "power": "write the value in full (10³ → 1000) or in words (\"10 to the power of 3\"); "
             "a small raised or lowered digit is read aloud as one more digit",
}


def number_problems(text: str, path: Path) -> list[Problem]:
    """Every refused character inside or after a number, with its line (entities such as
    &#x200F; decoded), at most MAX_PROBLEMS; ``text`` is the whole file with '\\n' ends."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        shown = html.unescape(line) if "&" in line else line
        for message, hint in _line_problems(shown):
            problems.append(Problem(path, number, message, _HINTS[hint]))
            if len(problems) == MAX_PROBLEMS:
                return problems
    return problems


def _line_problems(line: str) -> Iterator[tuple[str, str]]:
    for found in _INSIDE.finditer(line):
        char = found[1][0]
        kind = "mark" if char in _MARKS else "invisible"
        yield f"{_name(char)} inside the number {_number_at(line, found.start())}", kind
    for found in _NUMBER.finditer(line):
        digits = [c for c in found[0] if c.isdecimal()]
        odd = next((c for c in digits if _zero(c) != _zero(digits[0])), None)
        if odd is not None:
            yield (f"{_name(odd)} in the number \"{found[0]}\", whose digits are of two "
                   "scripts", "digits")
    for found in _POWER.finditer(line):
        yield f"{_name(found[1][0])} after the number {_number_at(line, found.start())}", "power"
    for found in _ON_DIGIT.finditer(line):
        yield f"{_name(found[1])} on a digit of the number {_number_at(line, found.start())}", \
            "on digit"
    for found in _ODD_SEPARATOR.finditer(line):
        left = re.search(r"\d+$", line[:found.start()])
        right = re.match(r"\d+", line[found.end():])
        shown = f"{left[0] if left else ''}{found[1]}{right[0] if right else ''}"
        yield f"{_name(found[1])} inside the number \"{shown}\"", "separator"
    for found in _DASH_MINUS.finditer(line):
        number = re.match(r"\d+", line[found.end():])
        yield (f"{_name(found[1])} before the number \"{number[0] if number else ''}\", "
               "printed as a minus sign but not read as one"), "dash"
    for found in _LOOKALIKE.finditer(line):
        letter = found[1] or found[2]
        yield f"{_name(letter)} among the digits of \"{_word_at(line, found.start())}\"", \
            "lookalike"


def _number_at(line: str, end: int) -> str:
    """The digits and marks of the number that ends at ``end``, quoted, hidden ones dropped."""
    start = end
    while start > 0 and (line[start - 1].isdecimal() or line[start - 1] in ".,٫٬:/"
                         or line[start - 1] in _MARKS + _INVISIBLE):
        start -= 1
    rest = re.match(rf"[\d.,٫٬:/{_MARKS}{_INVISIBLE}]*", line[end:])
    whole = line[start:end] + (rest[0] if rest else "")
    return '"' + "".join(c for c in whole if c not in _MARKS + _INVISIBLE).strip(".,:/") + '"'


def _word_at(line: str, start: int) -> str:
    """The run of digits and letters around ``start``: "1O" in "Take 1O mg"."""
    begin = start
    while begin > 0 and line[begin - 1].isalnum():
        begin -= 1
    end = start
    while end < len(line) and line[end].isalnum():
        end += 1
    return line[begin:end]


def _zero(digit: str) -> int:
    """The code point of the zero of a digit's script: the same for every digit of a script."""
    return ord(digit) - unicodedata.decimal(digit)


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CHARACTER')}"


def group_problems(text: str, path: Path, lang: str) -> list[Problem]:
    """"1.500" where the language writes "1,5" and groups thousands with a space (CLDR): a
    reader may take it for 1500 and the voice for 1.5, so it is refused at its line."""
    decimal, group = number_symbols(lang)
    if decimal != "," or not group.isspace():
        return []
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for found in _DOT_GROUP.finditer(line):
            whole = found[0]
            problems.append(Problem(
                path, number, f"the number \"{whole}\" could be read as "
                f"{whole.replace('.', '')} or as {whole.replace('.', ',', 1)}",
                f"write {whole.replace('.', ',', 1)} for a decimal, or group thousands with "
                f"a no-break or thin space ({whole.replace('.', chr(0x202F))}) or none"))
            if len(problems) == MAX_PROBLEMS:
                return problems
    return problems

