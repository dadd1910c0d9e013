"""One language as num2words and CLDR say it: its numbers in words and its units by name.

For every language num2words knows (vi, ar, ru, ko, fr, pt-BR, pl, fa, ja, it, ro, uk, he, …)
and no hand-made tables say (English and Spanish: data/en.py, data/es.py): numbers from
num2words (Chinese from cn2an, Haitian Creole from data/kreyol.py), unit names with their
plural forms from CLDR through Babel, the decimal and minus words from data/generic.py.
  number_words  1,5 → одна целая пять десятых (ru); un virgule cinq (fr); -5 → минус пять
  say_unit      2 L → два литра; 40 °C → сорок градусов Цельсия; 2 мин → две минуты;
                10% → десять процентов; mười phần trăm; 百分之十
  say_per       2 μg/dL → deux microgrammes par décilitre; два микрограмма на децилитр
  per_unit      unités/kg → unités par kilogramme; 单位/千克 → 每千克单位
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
from handoutkit.speech.data import counting, generic, hindi, kreyol, neutral, punjabi, urdu

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


def _grouped(lang: Generic, group: str) -> str:
    """Digits in groups: of three ("10 000", "1,200"), or where CLDR's pattern groups lakhs
    and crores (#,##,##0: hi, bn, pa), of two before the last three ("1,20,000")."""
    if "#,##,##0" in lang.locale.decimal_formats[None].pattern:
        return rf"(?:\d{{1,2}}(?:{group}\d\d)*{group}\d{{3}}|\d{{1,3}}(?:{group}\d{{3}})+)"
    return rf"\d{{1,3}}(?:{group}\d{{3}})+"


def number_pattern(lang: Generic) -> str:
    """A written number: where CLDR groups thousands with a space, a plain space groups them
    too ("10 000" in French, as in Spanish: data/es.py)."""
    group = (re.escape(lang.group) if lang.group in ".," else
             r"[ \u00a0\u202f\u2009]" if lang.group in SPACE_GROUPS else "(?!)")
    return rf"(?<![\d.,])(?:{_grouped(lang, group)}(?![.,]?\d)|\d+(?:[.,٫]\d+)?)(?!\d)"


def split_number(text: str, lang: Generic) -> tuple[str, str]:
    """"1.200" (pt-BR) → ("1200", ""); "37,5" → ("37", "5"); "1,20,000" (hi) → ("120000",
    ""): whole digits, decimals."""
    group = re.escape(lang.group) if lang.group in ".," else r"[ \u00a0\u202f\u2009]"
    if (lang.group in ".," + SPACE_GROUPS
            and re.fullmatch(_grouped(lang, group), text)):
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
    if lang.numbers == "zh" and len(whole) <= MAX_DIGITS and len(frac) <= MAX_DIGITS:
        # cn2an's own limit is 16 digits, of the whole and of the decimals
        import cn2an  # a tenth of a second: loaded for Chinese only

        return cn2an.an2cn(f"{'-' if negative else ''}{whole}{'.' + frac if frac else ''}")
    own_decimals = lang.primary not in generic.POINT and lang.numbers in CONVERTER_CLASSES
    if frac and own_decimals and len(whole) < MAX_DIGITS and len(frac) < MAX_DIGITS:
        said = num2words(Decimal(f"{whole}.{frac}"), lang=lang.numbers)
    else:
        said = (_whole(int(whole), lang, gender) if len(whole) <= 4 * MAX_DIGITS  # no number
                else _digit_by_digit(whole, lang))  # has words past this
        if frac:
            space = "" if lang.primary in UNSPACED else " "  # "三十七点五"
            if lang.primary in generic.DECIMALS_AS_NUMBER and len(frac) <= 3:
                zeros = len(frac) - len(frac.lstrip("0"))  # "0,05": "zero przecinek zero pięć"
                digits = " ".join([cardinal(0, lang)] * zeros
                                  + ([cardinal(int(frac), lang)] if frac.strip("0") else []))
            else:
                digits = _digit_by_digit(frac, lang)
            said = space.join((said, generic.POINT.get(lang.primary, ","), digits))
    minus = generic.MINUS.get(lang.primary, "-")
    return f"{minus} {said}" if negative else said


def _digit_by_digit(digits: str, lang: Generic) -> str:
    """"0625" → "zéro six deux cinq"; in Chinese and Japanese with no spaces: "零六二五"."""
    return ("" if lang.primary in UNSPACED else " ").join(cardinal(int(d), lang)
                                                          for d in digits)


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
                found.setdefault(  # м² as м2; מק״ג as מק"ג, as the text is folded
                    unicodedata.normalize("NFKC", symbol).translate(_FOLDED), cldr)
                if "॰" in symbol:  # Hindi "मि॰ग्रा॰" as most type it: "मि.ग्रा."
                    found.setdefault(symbol.replace("॰", "."), cldr)
    return found


_FOLDED = str.maketrans(neutral.CHARACTERS)


def long_name(count: Decimal, cldr: str, lang: Generic) -> str:
    """CLDR's long name of ``count`` units ("5 micrograme"), or ours where CLDR has none
    (data/generic.py OWN_UNIT_NAMES: the nanogram); UnknownUnitError where neither has."""
    try:
        return format_unit(count, cldr, length="long", locale=lang.locale)
    except UnknownUnitError:
        forms = generic.OWN_UNIT_NAMES.get(cldr, {}).get(lang.primary)
        if forms is None:
            raise
        form = forms.get(lang.locale.plural_form(count), forms["other"])
        return form.format(format_decimal(count, locale=lang.locale))


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def unit_name(unit: str, lang: Generic, count: Decimal) -> str:
    """A unit's long name alone, in the form it takes after ``count`` ("литра" after 1.5)."""
    cldr = units(lang)[unit]
    if lang.numbers == "ht" and cldr in kreyol.UNITS_SAID:
        return kreyol.UNITS_SAID[cldr]
    try:
        named = long_name(count, cldr, lang)
    except UnknownUnitError:
        return unit
    return named.replace(format_decimal(count, locale=lang.locale), "").strip()


def say_per(text: str, unit: str, per: str, lang: Generic) -> str:
    """"2", "μg", "dL" → "deux microgrammes par décilitre": the amount, per one ``per``."""
    return per_unit(say_unit(text, unit, lang), per, lang)


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def per_unit(said: str, per: str, lang: Generic) -> str:
    """"deux microgrammes", "dL" → "deux microgrammes par décilitre"; "单位", "千克" →
    "每千克单位": what is counted, where CLDR's per-unit pattern puts it, or where CLDR
    writes a slash, then the language's word for "per" and the unit's singular."""
    try:
        pattern = format_compound_unit(Decimal(2), denominator_unit=units(lang)[per],
                                       length="long", locale=lang.locale)
    except UnknownUnitError:
        pattern = None
    two = format_decimal(2, locale=lang.locale)
    if pattern and "/" not in pattern and lang.numbers != "ht" and two in pattern:
        said = pattern.replace(two, said, 1)  # "每千克五毫克", "킬로그램당 오밀리그램"
        return said.replace(" ", "") if lang.primary in UNSPACED else said
    word = counting.PER.get(lang.primary, "/")
    named = unit_name(per, lang, Decimal(1))
    if lang.primary == "ja":  # "キログラムあたり五ミリグラム": the per-unit first
        return f"{named}{word}{said}"
    if lang.primary == "zh" and word == "每":  # "每平方米二十五千克", as CLDR's 每{1}{0}
        return f"{word}{named}{said}"
    if lang.primary == "ko":  # a suffix: "데시리터당"
        return f"{said} {named}{word}"
    return f"{said} {word} {named}"


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
    if cldr == "concentr-percent" and lang.primary in generic.PERCENT:  # "treizeci la sută"
        return f"{words} {generic.PERCENT[lang.primary]}"
    try:
        named = long_name(abs(value), cldr, lang)
    except UnknownUnitError:
        return f"{words} {unit}"
    if lang.primary == "ro" and not frac and value > 0:  # "un gram", "două grame", "o oră"
        noun = long_name(Decimal(2 if value > 1 else 1), cldr, lang)
        words = romanian_count(int(whole), words, noun.split()[1]).removesuffix(" de")
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


# Romanian feminine nouns in -i (the rest in -i are masculine plurals: litri, pacienți).
_RO_FEMININE_I = frozenset(["zi", "oră", "ori", "luni", "nopți", "picături", "săptămâni",
                            "femei"])


def romanian_count(n: int, said: str, noun: str) -> str:
    """2 comprimate → "două comprimate"; 1 oră → "o oră"; 20 zile → "douăzeci de zile": one
    and two agree with a feminine or neuter noun (plural in -e, -uri), and a count whose last
    two digits are 00 or 20-99 takes "de" (DOOM; Gramatica limbii române, on numerals)."""
    feminine = noun.endswith(("e", "ă", "uri", "a")) or noun in _RO_FEMININE_I
    if n == 1:
        return "o" if feminine and (noun.endswith(("ă", "a", "e")) or noun == "zi") else "un"
    if feminine:  # "douăzeci și una de zile", "douăzeci și două" (DOOM)
        said = re.sub(r"\bdoi\b", "două", said).replace("doisprezece", "douăsprezece")
        if not noun.endswith("uri") and noun not in counting.RO_NEUTER_E:
            said = re.sub(r"\bși unu$", "și una", said)
    last = n % 100
    return f"{said} de" if last >= 20 or (last == 0 and n >= 100) else said


def hebrew_count(n: int, noun: str, gender: str) -> str:
    """3, "מיליגרם", "m" → "שלושה מיליגרם": the number agrees with its noun, 1 follows it
    ("ליטר אחד"), 2 takes its construct form ("שני ליטר"; Glinert, Modern Hebrew: An
    Essential Grammar, on numerals)."""
    if n == 1:  # "מעלה אחת": a plural unit word ("°" → מעלות) in the singular
        return f"{counting.HE_SINGULAR_OF.get(noun, noun)} {'אחת' if gender == 'f' else 'אחד'}"
    said = num2words(n, lang="he", gender="f" if gender == "f" else "m", construct=n == 2)
    return f"{said} {noun}"


def preceding(m: re.Match[str], size: int = 48) -> str:
    """The text just before a match, as much as a rule looks back at ("после ", "o godz. "):
    a slice of the whole text before each match made long inputs quadratic."""
    return m.string[max(0, m.start() - size):m.start()]


_NEXT_CHARACTER = re.compile(r"\s*(?P<c>.?)", re.S)
# Letters of scripts with no capitals whose sentences end with "।" or "。" (Devanagari,
# Bengali, Gurmukhi; kana, CJK, Hangul): after a stop, one of them starts no sentence.
_NO_CAPITALS = re.compile(r"[\u0900-\u0a7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def kept_stop(m: re.Match[str], said: str) -> str:
    """A spoken form whose match ended in an abbreviation's stop ("2026 г.", "мм рт. ст.")
    keeps that stop where it also ends the sentence (the text ends, or a space and a letter
    that is not lower case follow: "і", "ż" are lower case as "и", "z" are; a letter of a
    script with no capitals, Devanagari or CJK, starts no sentence after a stop)."""
    if not m[0].endswith("."):
        return said
    after = _NEXT_CHARACTER.match(m.string, m.end())
    assert after is not None
    letter = after["c"]
    ends = not letter or (after.start("c") > m.end() and letter.isalpha()
                          and not letter.islower() and not _NO_CAPITALS.match(letter))
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
