"""One language as num2words and CLDR say it: its numbers in words and its units by name.

For every language num2words knows (vi, ar, ru, ko, fr, pt-BR, pl, fa, ja, it, ro, uk, he, …)
and no hand-made tables say (English and Spanish: data/en.py, data/es.py): numbers from
num2words (Chinese from cn2an, Haitian Creole from data/kreyol.py), unit names with their
plural forms from CLDR through Babel, the decimal and minus words from data/generic.py.
  number_words  1,5 → одна целая пять десятых (ru); un virgule cinq (fr); -5 → минус пять
  say_unit      2 L → два литра; 40 °C → сорок градусов Цельсия; 2 мин → две минуты;
                10% → десять процентов; mười phần trăm; 百分之十
  say_per       2 μg/dL → deux microgrammes par décilitre; два микрограмма на децилитр
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal
from babel.units import UnknownUnitError, format_compound_unit, format_unit
from num2words import CONVERTER_CLASSES, num2words

from handoutkit.language import primary_language, region, script
from handoutkit.speech.data import counting, generic, hindi, kreyol, punjabi, urdu

HAND_MADE = frozenset({"en", "es"})  # data/en.py and data/es.py say these
# Numbers said by words of our own choosing, not num2words': Chinese by cn2an, Haitian
# Creole by data/kreyol.py (espeak-ng's own Kreyòl reading of digits is wrong), Hindi, Urdu
# and Punjabi by data/hindi.py, urdu.py, punjabi.py (num2words has none of them).
INDIAN_COUNTING = {"hi": hindi.cardinal, "ur": urdu.cardinal, "pa": punjabi.cardinal}
OWN_NUMBERS = frozenset({"zh", "ht", *INDIAN_COUNTING})
# Scripts our own number words are not written in: Punjabi in Shahmukhi (pa-Arab) keeps its
# digits for the voice, as it did before data/punjabi.py gave Gurmukhi words.
OTHER_SCRIPTS = frozenset({("pa", "Arab")})
MAX_DIGITS = 16  # num2words stops at 10^18, cn2an at 16 digits: longer is digit by digit
UNSPACED = frozenset({"zh", "ja"})  # written with no spaces between words


@dataclass(frozen=True)
class Generic:
    """One language as num2words and CLDR say it."""

    primary: str  # "pt"
    numbers: str  # num2words' language ("pt_BR"), or "zh" for cn2an
    locale: Locale
    group: str  # CLDR's thousands separator: "." in vi and pt-BR, "," in ko
    latin: bool = True  # written in the Latin script


@lru_cache(maxsize=64)
def generic_for(tag: str) -> Generic | None:
    """The language of a tag, where num2words (or cn2an) knows it and no tables do."""
    primary, territory = primary_language(tag), region(tag)
    numbers = next((c for c in (f"{primary}_{territory}", primary) if c in CONVERTER_CLASSES),
                   primary if primary in OWN_NUMBERS else None)
    if primary in HAND_MADE or numbers is None or (primary, script(tag)) in OTHER_SCRIPTS:
        return None
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(primary)
    return Generic(primary, numbers, locale, locale.number_symbols["latn"]["group"],
                   script(tag) == "Latn")


SPACE_GROUPS = "\u00a0\u202f\u2009"  # CLDR's group marks that are spaces (fr, ru, pl, uk …)


def number_pattern(lang: Generic) -> str:
    """A written number: where CLDR groups thousands with a space, a plain space groups them
    too ("10 000" in French, as in Spanish: data/es.py)."""
    group = (re.escape(lang.group) if lang.group in ".," else
             r"[ \u00a0\u202f\u2009]" if lang.group in SPACE_GROUPS else "(?!)")
    return rf"(?<![\d.,])(?:\d{{1,3}}(?:{group}\d{{3}})+(?![.,]?\d)|\d+(?:[.,٫]\d+)?)(?!\d)"


def split_number(text: str, lang: Generic) -> tuple[str, str]:
    """"1.200" (pt-BR) → ("1200", ""); "37,5" → ("37", "5"): whole digits, decimals."""
    group = re.escape(lang.group) if lang.group in ".," else r"[ \u00a0\u202f\u2009]"
    if (lang.group in ".," + SPACE_GROUPS
            and re.fullmatch(rf"\d{{1,3}}(?:{group}\d{{3}})+", text)):
        return re.sub(group, "", text), ""
    found = re.fullmatch(r"(\d+)(?:[.,٫](\d+))?", text)
    return (found[1], found[2] or "") if found else (text, "")


def cardinal(n: int, lang: Generic) -> str:
    """42 → the language's words for it."""
    if lang.numbers == "zh":
        import cn2an  # a tenth of a second: loaded for Chinese only

        if n >= 10**MAX_DIGITS:  # past cn2an's 16 digits: digit by digit
            return "".join(cn2an.an2cn(digit) for digit in str(n))
        return cn2an.an2cn(str(n))
    if lang.numbers == "ht":
        return kreyol.cardinal(n)
    if lang.numbers in INDIAN_COUNTING:
        return INDIAN_COUNTING[lang.numbers](n)
    try:
        said = num2words(n, lang=lang.numbers)
    except OverflowError:  # past num2words' largest word (10^18 in pt-BR): digit by digit
        return " ".join(cardinal(int(digit), lang) for digit in str(n))
    if lang.primary == "pt":  # "mil duzentos e cinquenta": num2words' comma is not said
        said = said.replace(",", "")
    for wrong, right in generic.CARDINAL_FIXES.get(lang.primary, ()):
        said = said.replace(wrong, right)
    if lang.primary == "it":  # num2words elides cento before diciotto: "centodicotto"
        said = said.replace("dicotto", "diciotto")
    if lang.primary == "vi":  # 2026: "hai nghìn không trăm hai mươi sáu", not "… lẻ hai mươi"
        said = re.sub(r"nghìn lẻ (?!\S+ mươi|mười)", "nghìn không trăm lẻ ", said)
        said = said.replace("nghìn lẻ ", "nghìn không trăm ")
    return said


def number_words(text: str, lang: Generic, gender: str = "m") -> str:
    """A written number ("-37,5", "1.200") in words, in the language's convention."""
    negative, whole, frac = text.startswith("-"), *split_number(text.lstrip("-"), lang)
    if lang.numbers == "zh" and len(whole) <= MAX_DIGITS:  # cn2an's own limit is 16 digits
        import cn2an  # a tenth of a second: loaded for Chinese only

        return cn2an.an2cn(f"{'-' if negative else ''}{whole}{'.' + frac if frac else ''}")
    own_decimals = lang.primary not in generic.POINT and lang.numbers in CONVERTER_CLASSES
    if frac and own_decimals and len(whole) < MAX_DIGITS:
        said = num2words(Decimal(f"{whole}.{frac}"), lang=lang.numbers)
    else:
        said = _whole(int(whole), lang, gender)
        if frac:
            space = "" if lang.primary in UNSPACED else " "  # "三十七点五"
            digits = space.join(cardinal(int(d), lang) for d in frac)
            if lang.primary in generic.DECIMALS_AS_NUMBER and len(frac) <= 3:
                zeros = len(frac) - len(frac.lstrip("0"))
                digits = " ".join([cardinal(0, lang)] * zeros
                                  + ([cardinal(int(frac), lang)] if frac.strip("0") else []))
            said = space.join((said, generic.POINT.get(lang.primary, ","), digits))
    minus = generic.MINUS.get(lang.primary, "-")
    return f"{minus} {said}" if negative else said


def _whole(n: int, lang: Generic, gender: str) -> str:
    """The whole number, its last word agreeing with a feminine noun ("две минуты")."""
    said = cardinal(n, lang)
    if gender == "f":
        for masculine, feminine in generic.FEMININE_FORMS.get(lang.primary, {}).items():
            said = re.sub(rf"(?<!\S){masculine}$", feminine, said)
    return said


@lru_cache(maxsize=64)
def units(lang: Generic) -> dict[str, str]:
    """Written unit → CLDR unit: the international symbols, and the language's own short and
    one-word long names from CLDR ("л", "мг", "мин" in Russian; "公升" in Chinese), but never
    a short one that is also a word."""
    found = dict(generic.UNITS) | generic.OWN_SYMBOLS.get(lang.primary, {})
    five = format_decimal(5, locale=lang.locale)
    for cldr in sorted(set(generic.UNITS.values())):
        for length in ("short", "long"):
            try:
                symbol = format_unit(5, cldr, length=length, locale=lang.locale)
            except UnknownUnitError:
                continue
            symbol = symbol.replace(five, "").strip()
            if symbol and symbol not in generic.WORD_LIKE and not re.search(r"[\d\s]", symbol):
                found.setdefault(unicodedata.normalize("NFKC", symbol), cldr)  # м² as м2
    return found


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def unit_name(unit: str, lang: Generic, count: Decimal) -> str:
    """A unit's long name alone, in the form it takes after ``count`` ("литра" after 1.5)."""
    cldr = units(lang)[unit]
    if lang.numbers == "ht" and cldr in kreyol.UNITS_SAID:
        return kreyol.UNITS_SAID[cldr]
    try:
        named = format_unit(count, cldr, length="long", locale=lang.locale)
    except UnknownUnitError:
        return unit
    return named.replace(format_decimal(count, locale=lang.locale), "").strip()


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def say_per(text: str, unit: str, per: str, lang: Generic) -> str:
    """"2", "μg", "dL" → "deux microgrammes par décilitre": CLDR's "per" pattern, or where
    CLDR writes a slash, the language's word for "per" and the second unit's singular."""
    try:
        compound = format_compound_unit(Decimal(2), units(lang)[unit],
                                        denominator_unit=units(lang)[per], length="long",
                                        locale=lang.locale)
    except UnknownUnitError:
        compound = None
    first = say_unit(text, unit, lang)
    two = format_decimal(2, locale=lang.locale)
    second = unit_name(unit, lang, Decimal(2))
    if compound and "/" not in compound and lang.numbers != "ht" and second in compound:
        # the amount where CLDR puts it: "每千克五毫克", "킬로그램당 오밀리그램", "… par litre"
        start = compound.find(two)
        end = compound.find(second, start) + len(second)
        said = f"{compound[:start]}{first}{compound[end:]}" if start >= 0 else first
        return said.replace(" ", "") if lang.primary in UNSPACED else said
    word = counting.PER.get(lang.primary, "/")
    said = unit_name(per, lang, Decimal(1))
    if lang.primary == "ja":  # "キログラムあたり五ミリグラム": the per-unit first
        return f"{said}{word}{first}"
    if lang.primary == "ko":  # a suffix: "데시리터당"
        return f"{first} {said}{word}"
    return f"{first} {word} {said}"


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def say_unit(text: str, unit: str, lang: Generic, per: str | None = None) -> str:
    """"2", "L" → "два литра": CLDR's long name, in the plural the number takes."""
    if per:
        return say_per(text, unit, per, lang)
    cldr = units(lang)[unit]
    if lang.numbers == "ht" and cldr in kreyol.UNITS_SAID:  # CLDR has no Kreyòl unit names
        return f"{number_words(text, lang)} {kreyol.UNITS_SAID[cldr]}"
    whole, frac = split_number(text.lstrip("-"), lang)
    value = Decimal(f"{'-' if text.startswith('-') else ''}{whole}.{frac or 0}")
    value = value if frac else value.to_integral_value()
    gender = "f" if cldr in generic.FEMININE.get(lang.primary, ()) else "m"
    words = number_words(text, lang, gender)
    if (lang.primary in generic.ONE_AND_A_HALF and text in ("1,5", "1.5")
            and cldr in generic.HALF_UNITS):  # "полтора литра", "півтори години"
        words = generic.ONE_AND_A_HALF[lang.primary][gender == "f"]
    if lang.numbers == "zh":
        if text == "2":  # a count of two: "两升", not "二升"
            words = "兩" if lang.locale.script == "Hant" else "两"
        if cldr == "concentr-percent":
            return f"百分之{words}"
    try:
        named = format_unit(abs(value), cldr, length="long", locale=lang.locale)
    except UnknownUnitError:
        return f"{words} {unit}"
    for symbol, word in generic.SYMBOL_WORDS.get(lang.primary, {}).items():
        named = named.replace(symbol, f" {word}")
    if "/" in named and "/" in unit:  # CLDR has no words for "mg/dL" here: "mg" per "dL"
        first, second = unit.split("/", 1)
        if first in units(lang) and second in units(lang):
            return say_per(text, first, second, lang)
    if "/" in named and lang.primary in counting.PER:  # "мг/дл": the slash said as "per"
        named = named.replace("/", f" {counting.PER[lang.primary]} ")
    shown = format_decimal(abs(value), locale=lang.locale)
    if shown not in named and not frac and not re.search(r"\d", named):
        return named  # CLDR says the count in the name: Hebrew "שעתיים", "שתי דקות"
    if lang.primary == "he" and not frac and shown in named and value > 0:
        return hebrew_count(int(whole), named.replace(shown, "").strip(), gender)
    if lang.primary in generic.UNIT_SPACED:  # "দশ শতাংশ", not "দশশতাংশ"
        words += " "
    said = named.replace(shown, words, 1) if shown in named else f"{words} {named}"
    said = re.sub(r"  +", " ", said)
    return said.replace(" ", "") if lang.primary in UNSPACED else said  # "攝氏 四十 度"


def hebrew_count(n: int, noun: str, gender: str) -> str:
    """3, "מיליגרם", "m" → "שלושה מיליגרם": the number agrees with its noun, 1 follows it
    ("ליטר אחד"), 2 takes its construct form ("שני ליטר"; Glinert, Modern Hebrew: An
    Essential Grammar, on numerals)."""
    if n == 1:
        return f"{noun} {'אחת' if gender == 'f' else 'אחד'}"
    said = num2words(n, lang="he", gender="f" if gender == "f" else "m", construct=n == 2)
    return f"{said} {noun}"


def preceding(m: re.Match[str], size: int = 48) -> str:
    """The text just before a match, as much as a rule looks back at ("после ", "o godz. "):
    a slice of the whole text before each match made long inputs quadratic."""
    return m.string[max(0, m.start() - size):m.start()]


_NEXT_CHARACTER = re.compile(r"\s*(?P<c>.?)", re.S)


def kept_stop(m: re.Match[str], said: str) -> str:
    """A spoken form whose match ended in an abbreviation's stop ("2026 г.", "мм рт. ст.")
    keeps that stop where it also ends the sentence (the text ends, or a space and a letter
    that is not lower case follow: "і", "ż" are lower case as "и", "z" are)."""
    if not m[0].endswith("."):
        return said
    after = _NEXT_CHARACTER.match(m.string, m.end())
    assert after is not None
    letter = after["c"]
    ends = not letter or (after.start("c") > m.end() and letter.isalpha()
                          and not letter.islower())
    return said + "." if ends else said


def gram_sign(lang: Generic) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """"3200 г" → "3200 g": the gram's international sign, for the rules after to say in
    the case the number takes ("до 500 г" → "до пятисот граммов")."""
    if lang.primary not in generic.GRAMS_PER_TIME:
        return ()
    return ((r"(?<![\d.,])(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?)(?P<s>\s?)г"
             r"(?![^\W\d_])", _grams),)


def _grams(m: re.Match[str]) -> str:
    """A year ("2026 г.") is left to the date rules."""
    return m[0] if m["n"].isdigit() and 1000 <= int(m["n"]) < 2200 else f"{m['n']}{m['s']}g"
