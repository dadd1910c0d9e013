"""Speakers for words and symbols: addresses, abbreviations, Roman numerals, signs, dashes.

Each rule, as ``input → spoken`` (Spanish in brackets):
  email         info@clinic.org → info at clinic dot org (info arroba clinic punto org)
  roman         World War II → World War two; Stage III → Stage three (after ROMAN_NOUNS;
                siglo XXI → siglo veintiuno); "II. ", "ii) " opening a numbered line and
                "(ii)" in a sentence → two
  abbreviation  Dr. → Doctor; e.g. → for example; BID → twice a day; PRN → as needed
  at_least      ≥ 5, >= 5 → at least 5 (al menos)     at_most     ≤ 5, <= 5 → at most 5
  plus_minus    ± → plus or minus                      about       ~5, ≈5 → about 5
  more_than     > 5 → more than 5 (más de)             less_than   < 5 → less than 5
  bare_unit     in mmol/L → in millimoles per liter
  per_word      tablets/day → tablets a day
  number_sign   No. 5, #5 → number 5 (N.º 5 → número 5)
  extension     ext. 2345 → ext. two three four five (ext. dos tres cuatro cinco)
  page          p. 4 → page 4; pp. 4-6 → pages 4-6 (English; Spanish has pág. in its table)
  equals        BMI = 25 → BMI equals 25 (es igual a)  and        A & B → A and B (A y B)
  plus          A + B, +5 → A plus B, plus 5           at          a @ b → a at b
  blood_group   O+, AB- → O positive, AB negative (O positivo)
  or_more       65+, 6 months+ → 65 plus, 6 months plus (65 o más; not "A+", "O+")
  percent       % with no number → percent             or          he/she → he or she
  split         B12x → B 12 x (letters and digits apart)
  word_range    Monday–Friday → Monday to Friday; with a hyphen only between weekdays:
                Mon.-Fri., Mon-Fri → Monday to Friday (lun-vie → lunes a viernes)
  dashes        rest — then walk → rest, then walk; rest - then walk → rest, then walk
"""

import logging
import re
from collections.abc import Callable

from handoutkit.speech import say_english, say_web
from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language, neutral

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]
_AFTER_NUMBER = re.compile(r"\d ?$")  # searched in the two characters before a match
_TEXT_END, _CAPITAL_NEXT = re.compile(r"\s*$"), re.compile(r"\s+[A-Z¿¡]")


def _word(name: str) -> Speaker:
    return lambda m, lang: f" {lang.words[name]} "


def _email(m: re.Match[str], lang: Language) -> str:
    dot, at = f" {lang.words['dot']} ", f" {lang.words['at']} "
    if lang.letter_names:  # Spanish: "abc@abc.edu" → "a be ce arroba a be ce punto e de u"
        return say_web.say_address(m["local"], lang) + at + say_web.say_address(m["domain"], lang)
    if lang.english_forms:  # asdf123@abc.com → asdf one two three at abc dot com
        return (say_english.say_path(m["local"], lang) + at
                + say_english.say_path(m["domain"] + (m["path"] or ""), lang))
    return m["local"].replace(".", dot) + at + m["domain"].replace(".", dot) + (m["path"] or "")


def _roman(m: re.Match[str], lang: Language) -> str:
    value = neutral.ROMAN.get((m["r"] or m["line"] or m["item"]).upper())
    if not value:
        return m[0]
    said = vocab.cardinal(value, lang)
    return f"{m['noun']} {said}" if m["noun"] else said


_BLOOD_WORDS = re.compile(r"\b(?:[Bb]lood|[Tt]ype|[Gg]roup|[Ss]angre|[Tt]ipo|[Gg]rupo)\b")
_NEAR = 40  # characters around a blood group in which such a word is looked for


def _blood_group(m: re.Match[str], lang: Language) -> str:
    """"O+" → "O positive" where a word about blood is near in its sentence; else left for
    the sign rules."""
    before = m.string[max(0, m.start() - _NEAR):m.start()].rsplit(". ", 1)[-1]
    after = m.string[m.end():m.end() + 12].split(". ", 1)[0]
    if not _BLOOD_WORDS.search(f"{before} {after}"):
        return m[0]
    return f"{m['g']} {lang.words['positive' if m['s'] == '+' else 'negative']}"


def _abbreviation(m: re.Match[str], lang: Language) -> str:
    start = m.start()
    if m[0].rstrip(".") in lang.units and _AFTER_NUMBER.search(m.string, start - 2, start):
        return m[0]  # "5 min." is minutes, for the quantity rule; "min." alone is minimum
    said, end = lang.abbreviations[m[0]], m.end()
    final = m[0] in lang.sentence_final and _CAPITAL_NEXT.match(m.string, end)
    if m[0].endswith(".") and (_TEXT_END.match(m.string, end) or final):
        return said + "."  # "apples, etc. Then…": the dot also ends the sentence
    return said if m[0][-1].isalnum() or m[0].endswith(".") else said + " "  # "c/8" → "cada 8"


def _word_range(m: re.Match[str], lang: Language) -> str:
    to = lang.words["to"]
    return f"{lang.weekdays[m['a']]} {to} {lang.weekdays[m['b']]}" if m["a"] else f" {to} "


SPEAKERS: dict[str, Speaker] = {
    "email": _email, "roman": _roman, "abbreviation": _abbreviation,
    "bare_unit": lambda m, lang: vocab.unit_words(m[0], lang, singular=False)[0],
    "per_word": lambda m, lang: f" {lang.per[m['p']]}",
    "number_sign": _word("number"),
    "extension": lambda m, lang: vocab.say_digits(m[0], lang),
    "blood_group": _blood_group,
    "page": lambda m, lang: "pages " if m["p"] == "pp" else "page ",
    "split": lambda m, lang: " ",
    "word_range": _word_range, "dashes": lambda m, lang: ", ",
    **{name: _word(name) for name in ("at_least", "at_most", "plus_minus", "about", "more_than",
                                      "less_than", "equals", "and", "plus", "at", "percent",
                                      "or_more",
                                      "or")},
}
