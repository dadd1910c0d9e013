"""Fractions, Roman numerals, counted nouns' gender and Latin abbreviations, for the
languages say_generic.py reads (tables in data/counting.py and data/letters.py).

Each rule, as ``input → spoken`` (French; Portuguese; Russian):
  roman      stade II → stade deux; estágio II → estágio dois; диабет II типа → диабет
             второго типа; II期 → 二期; "II. " opening a line → deux.
  mixed      8½ heures → huit heures et demie; 8½ horas → oito horas e meia; 8½ часов →
             восемь с половиной часов; 2 1/2 → deux et demi
  fraction   ½ tasse → une demi-tasse; ¼ à ½ tasse → un quart à une demi-tasse; ½ xícara →
             meia xícara; ¾ L → trois quarts de litre; 3/16 → trois sur seize
  gender     1 semaine → une semaine; 21 heures → vingt et une heures; 1 semana → uma
             semana; 200 pessoas → duzentas pessoas
  letters    CDC → си ди си (ru); ORS → 오알에스 (ko): Latin capitals inside another script,
             spelt with that script's letter names, so the voice does not switch to English
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.speech.data import counting, generic, letters, neutral

Say = Callable[[int], str]  # a whole number in words, in the handout's language

# Words after a fraction that are not the noun it measures: "¼ à ½ tasse".
_NOT_NOUNS = frozenset(("à", "a", "e", "et", "ou", "o", "de", "di", "da", "do", "du", "des",
                        "por", "par", "per", "ao", "au", "aux", "al", "la", "le", "les", "os",
                        "as", "und", "oder", "и", "или", "và", "hoặc", "ak", "oswa"))
_VOWEL_START = re.compile(r"[aeiouyhâêîôûéèàAEIOUYH]")


def gender(noun: str, primary: str) -> str:
    """"f" or "m" for a counted noun in French, Portuguese or Italian ("m" elsewhere)."""
    word = noun.lower()
    if primary == "fr":
        if word in counting.FR_MASCULINE:
            return "m"
        feminine = word in counting.FR_FEMININE or word.endswith(counting.FR_FEMININE_ENDINGS)
        return "f" if feminine else "m"
    if primary == "pt":
        if word in counting.PT_MASCULINE:
            return "m"
        feminine = word in counting.PT_FEMININE or word.endswith(counting.PT_FEMININE_ENDINGS)
        return "f" if feminine else "m"
    if primary in ("ru", "uk"):  # a genitive singular after полтора: "минуты", "ложки"
        return "f" if word.endswith(("ы", "и")) else "m"
    if primary == "it":
        return "f" if word.endswith(("a", "ore")) and word not in counting.PT_MASCULINE else "m"
    return "m"


def agree(said: str, noun: str, primary: str) -> str:
    """A whole number's words agreeing with the feminine noun after it: "une semaine";
    Kreyòl counts one thing with "yon" (yon gode dlo), not the numeral "en"."""
    if primary == "ht":
        return "yon" if said == "en" else said
    if gender(noun, primary) != "f":
        return said
    fixes = {"fr": counting.FR_FEMININE_FORMS, "pt": counting.PT_FEMININE_FORMS}.get(primary)
    if fixes is None:  # Italian and the rest: their feminine "one" only
        forms = generic.FEMININE_FORMS.get(primary, {})
        fixes = tuple((rf"(?<!\S){masculine}$", feminine) for masculine, feminine in forms.items())
    for pattern, repl in fixes:
        said = re.sub(pattern, repl, said)
    if primary == "it" and said.endswith("una") and _VOWEL_START.match(noun):
        return said[:-1] + "'"  # "un'ora"
    return said


def roman_value(numeral: str) -> int | None:
    return neutral.ROMAN.get(numeral)


def say_roman_after(m: re.Match[str], say: Say) -> str:
    """"stade II" → "stade deux"."""
    value = roman_value(m["r"])
    return f"{m['noun']} {say(value)}" if value else m[0]


def say_roman_ordinal_ru(m: re.Match[str]) -> str:
    """"II типа" → "второго типа": an ordinal in the genitive, agreeing with its noun."""
    value = roman_value(m["r"])
    if value is None:
        return m[0]
    kind = counting.RU_ROMAN_BEFORE[m["noun"]]
    return f"{num2words(value, lang='ru', to='ordinal', case='genitive', gender=kind)} {m['noun']}"


def say_fraction(numerator: int, denominator: int, primary: str, say: Say) -> str:
    """3/4 → "trois quarts"; a fraction with no word of its own → "trois sur seize"."""
    known = counting.FRACTIONS.get(primary, {}).get((numerator, denominator))
    if known:
        return known
    if primary == "zh":
        return f"{say(denominator)}分之{say(numerator)}"
    over = generic.OVER.get(primary, "/")
    return f"{say(numerator)} {over} {say(denominator)}"


def say_fraction_of(numerator: int, denominator: int, noun: str, feminine: bool, primary: str,
                    say: Say) -> str:
    """A fraction of a noun: "une demi-tasse", "un quart de litre", "meia xícara"."""
    if (numerator, denominator) == (1, 2) and primary in counting.HALF_NOUN:
        return counting.HALF_NOUN[primary][feminine].format(noun=noun)
    if primary == "zh" and (numerator, denominator) == (1, 2):
        return f"半{noun}"
    fraction = say_fraction(numerator, denominator, primary, say)
    of = {"fr": "de", "pt": "de", "it": "di"}.get(primary)
    if of == "de" and primary == "fr" and _VOWEL_START.match(noun):
        return f"{fraction} d'{noun}"
    joiner = "" if primary in ("zh", "ja") else " "
    return joiner.join(part for part in (fraction, of, noun) if part)


def say_mixed(whole: int, numerator: int, denominator: int, noun: str, feminine: bool,
              primary: str, say: Say) -> str:
    """8½ heures → "huit heures et demie"; 2 ½ → "deux et demi"."""
    half = (numerator, denominator) == (1, 2)
    if half and noun and primary == "ar":  # "لتر ونصف", "ثماني ساعات ونصف"
        return f"{noun} ونصف" if whole == 1 else f"{say(whole)} {noun} ونصف"
    if half and whole == 1 and noun and primary in counting.ONE_AND_A_HALF:
        return f"{counting.ONE_AND_A_HALF[primary][feminine]} {noun}"  # "полтора часа"
    if half and noun and primary == "zh":  # "八个半小时", "两杯半"
        count = "两" if whole == 2 else say(whole)
        return (f"{count}个半{noun}" if noun.startswith(counting.ZH_GE_NOUNS)
                else f"{count}{noun}半")
    if half and noun and primary == "ja":  # "一リットル半", "八時間半"
        return f"{say(whole)}{noun}半"
    said_whole = agree(say(whole), noun, primary) if noun else say(whole)
    if half and noun and primary in counting.AND_A_HALF:
        return counting.AND_A_HALF[primary][feminine].format(whole=said_whole, noun=noun)
    if (numerator, denominator) == (1, 2) and primary in ("fr", "pt", "it"):
        part = {"fr": "demi", "pt": "meio", "it": "mezzo"}[primary]
    else:
        part = say_fraction(numerator, denominator, primary, say)
    joiner = "" if primary in ("zh", "ja") else " "
    said = joiner.join((said_whole, counting.AND.get(primary, "+"), part))
    return joiner.join((said, noun)) if noun else said


def is_noun(word: str | None) -> bool:
    return bool(word) and word.lower() not in _NOT_NOUNS  # type: ignore[union-attr]


def spell(m: re.Match[str], primary: str) -> str:
    """"CDC" → "си ди си": each Latin capital by its name in the handout's script."""
    names = letters.LETTERS[primary]
    joiner = "" if primary in letters.JOINED else " "
    return joiner.join(names[char] for char in m[0] if char in names)
