"""Numbers, units, dates and times said in any language num2words knows, from existing data.

English and Spanish have hand-made tables (data/en.py, data/es.py); every other language
num2words knows (vi, ar, ru, ko, fr, pt-BR, pl, fa, ja, it, ro, uk, he, …) is said from
num2words (numbers), CLDR through Babel (unit names with their plural forms, months, the
date order, the decimal mark) and data/generic.py (the decimal and minus words). Chinese
numbers come from cn2an. Each rule, as ``input → spoken`` (Russian; Vietnamese; Chinese):
  emergency   911 → девять один один; chín một một; 九一一
  phone       (555) 555-0134 → пять пять пять, пять пять пять, ноль один три четыре
  date        2026-11-20, 20/11/2026, 20.11.2026 → двадцать ноября две тысячи двадцать
              шесть; hai mươi tháng mười một, hai nghìn không trăm hai mươi sáu
  clock       9:30 → девять часов тридцать минут; chín giờ ba mươi phút; 아홉 시 삼십분;
              九点三十分
  pressure    140/90 mmHg → сто сорок на девяносто миллиметров ртутного столба; cent quarante
              sur quatre-vingt-dix millimètres de mercure (a reading: 50-300 over 20-200)
  range       2-3 L → два – три литра; 2-3 lít → hai đến ba lít; 2-3 L → deux à trois litres
  quantity    2 L → два литра; 40 °C → сорок градусов Цельсия; 30 min → тридцать минут;
              10% → десять процентов; mười phần trăm; 百分之十; 2 мин → две минуты;
              1,5 mg → одна целая пять десятых миллиграмма; một phẩy năm miligam;
              5 литров (a unit's word) → пять литров
  number      1,5 → одна целая пять десятых (ru); un virgule cinq (fr); -5 → минус пять
Russian numbers after a genitive preposition and Korean native numbers before counters
come from say_grammar.py. Every digit becomes a word: no number is left for the voice to
guess. Haitian Creole's
numbers are our own (data/kreyol.py): 55 → senkant senk, 90 → katreven dis, 911 → nèf en en.
"""

from __future__ import annotations

import datetime
import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import cn2an
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal
from babel.units import UnknownUnitError, format_compound_unit, format_unit
from num2words import CONVERTER_CLASSES, num2words

from handoutkit.language import primary_language, region, script
from handoutkit.speech import say_grammar, say_parts
from handoutkit.speech.data import counting, generic, kreyol, letters, neutral

logger = logging.getLogger(__name__)

HAND_MADE = frozenset({"en", "es"})  # data/en.py and data/es.py say these
# Numbers said by words of our own choosing, not num2words': Chinese by cn2an, Haitian
# Creole by data/kreyol.py (espeak-ng's own Kreyòl reading of digits is wrong).
OWN_NUMBERS = frozenset({"zh", "ht"})
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
    if primary in HAND_MADE or numbers is None:
        return None
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse(primary)
    return Generic(primary, numbers, locale, locale.number_symbols["latn"]["group"],
                   script(tag) == "Latn")


def _number_pattern(lang: Generic) -> str:
    group = re.escape(lang.group) if lang.group in ".," else "(?!)"
    return rf"(?<![\d.,])(?:\d{{1,3}}(?:{group}\d{{3}})+(?![.,]?\d)|\d+(?:[.,٫]\d+)?)(?!\d)"


def _split(text: str, lang: Generic) -> tuple[str, str]:
    """"1.200" (pt-BR) → ("1200", ""); "37,5" → ("37", "5"): whole digits, decimals."""
    group = re.escape(lang.group)
    if lang.group in ".," and re.fullmatch(rf"\d{{1,3}}(?:{group}\d{{3}})+", text):
        return text.replace(lang.group, ""), ""
    found = re.fullmatch(r"(\d+)(?:[.,٫](\d+))?", text)
    return (found[1], found[2] or "") if found else (text, "")


def cardinal(n: int, lang: Generic) -> str:
    """42 → the language's words for it."""
    if lang.numbers == "zh":
        if n >= 10**MAX_DIGITS:  # past cn2an's 16 digits: digit by digit
            return "".join(cn2an.an2cn(digit) for digit in str(n))
        return cn2an.an2cn(str(n))
    if lang.numbers == "ht":
        return kreyol.cardinal(n)
    try:
        said = num2words(n, lang=lang.numbers)
    except OverflowError:  # past num2words' largest word (10^18 in pt-BR): digit by digit
        return " ".join(cardinal(int(digit), lang) for digit in str(n))
    if lang.primary == "vi":  # 2026: "hai nghìn không trăm hai mươi sáu", not "… lẻ hai mươi"
        said = re.sub(r"nghìn lẻ (?!\S+ mươi|mười)", "nghìn không trăm lẻ ", said)
        said = said.replace("nghìn lẻ ", "nghìn không trăm ")
    return said


def number_words(text: str, lang: Generic, gender: str = "m") -> str:
    """A written number ("-37,5", "1.200") in words, in the language's convention."""
    negative, whole, frac = text.startswith("-"), *_split(text.lstrip("-"), lang)
    if lang.numbers == "zh" and len(whole) <= MAX_DIGITS:  # cn2an's own limit is 16 digits
        return cn2an.an2cn(f"{'-' if negative else ''}{whole}{'.' + frac if frac else ''}")
    own_decimals = lang.primary not in generic.POINT and lang.numbers in CONVERTER_CLASSES
    if frac and own_decimals and len(whole) < MAX_DIGITS:
        said = num2words(Decimal(f"{whole}.{frac}"), lang=lang.numbers)
    else:
        said = _whole(int(whole), lang, gender)
        if frac:
            digits = " ".join(cardinal(int(d), lang) for d in frac)
            said = f"{said} {generic.POINT.get(lang.primary, ',')} {digits}"
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
    found = dict(generic.UNITS)
    five = format_decimal(5, locale=lang.locale)
    for cldr in sorted(set(generic.UNITS.values())):
        for length in ("short", "long"):
            try:
                symbol = format_unit(5, cldr, length=length, locale=lang.locale)
            except UnknownUnitError:
                continue
            symbol = symbol.replace(five, "").strip()
            if symbol and symbol not in generic.WORD_LIKE and not re.search(r"[\d\s]", symbol):
                found.setdefault(symbol, cldr)
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
def _per(text: str, unit: str, per: str, lang: Generic) -> str:
    """"2", "μg", "dL" → "deux microgrammes par décilitre": CLDR's "per" pattern, or where
    CLDR writes a slash, the language's word for "per" and the second unit's singular."""
    try:
        compound = format_compound_unit(Decimal(2), units(lang)[unit],
                                        denominator_unit=units(lang)[per], length="long",
                                        locale=lang.locale)
    except UnknownUnitError:
        compound = None
    first = say_unit(text, unit, lang)
    if compound and "/" not in compound and lang.numbers != "ht":
        second = unit_name(unit, lang, Decimal(2))
        return f"{first}{compound.split(second, 1)[-1]}" if second in compound else first
    word = counting.PER.get(lang.primary, "/")
    said = unit_name(per, lang, Decimal(1))
    if lang.primary in ("ko", "ja"):  # a suffix: "데시리터당"
        return f"{first} {said}{word}"
    return f"{first} {word} {said}"


@lru_cache(maxsize=4096)  # Babel formats slowly; handouts repeat amounts
def say_unit(text: str, unit: str, lang: Generic, per: str | None = None) -> str:
    """"2", "L" → "два литра": CLDR's long name, in the plural the number takes."""
    if per:
        return _per(text, unit, per, lang)
    cldr = units(lang)[unit]
    if lang.numbers == "ht" and cldr in kreyol.UNITS_SAID:  # CLDR has no Kreyòl unit names
        return f"{number_words(text, lang)} {kreyol.UNITS_SAID[cldr]}"
    whole, frac = _split(text.lstrip("-"), lang)
    value = Decimal(f"{'-' if text.startswith('-') else ''}{whole}.{frac or 0}")
    value = value if frac else value.to_integral_value()
    gender = "f" if cldr in generic.FEMININE.get(lang.primary, ()) else "m"
    words = number_words(text, lang, gender)
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
            return _per(text, first, second, lang)
    if "/" in named and lang.primary in counting.PER:  # "мг/дл": the slash said as "per"
        named = named.replace("/", f" {counting.PER[lang.primary]} ")
    shown = format_decimal(abs(value), locale=lang.locale)
    said = named.replace(shown, words, 1) if shown in named else f"{words} {named}"
    return said.replace(" ", "") if lang.primary in UNSPACED else said  # "攝氏 四十 度"


def say_date(year: int, month: int, day: int, lang: Generic) -> str | None:
    """CLDR's long date with its numbers in words; None when there is no such date."""
    try:
        when = datetime.date(year, month, day)
    except ValueError:
        return None
    if lang.numbers == "ht":  # CLDR's Kreyòl months are "M01" … "M12"
        return kreyol.date(year, month, day)
    if lang.primary == "ru":  # ordinals in the genitive: "двадцатого ноября … шестого года"
        return say_grammar.russian_date(day, format_date(when, "MMMM", locale=lang.locale),
                                        year)
    # "d MMMM y 'г'." → "d MMMM y": an abbreviated literal ("г.", "р.") is not said
    pattern = re.sub(r"\s*'[^']+'\.", "", lang.locale.date_formats["long"].pattern)
    said = format_date(when, pattern, locale=lang.locale)
    if day == 1 and lang.primary in FIRST_OF_MONTH:  # "le premier juin", "primeiro de junho"
        said = re.sub(r"^\d+", FIRST_OF_MONTH[lang.primary], said)
    if lang.primary == "de":  # "8. März" is "achter März": the day is an ordinal
        said = re.sub(r"^(\d+)\.", lambda m: num2words(int(m[1]), lang="de", to="ordinal")
                      + "r", said)
    return cn2an.transform(said, "an2cn") if lang.numbers == "zh" else said  # 二〇二六年


def say_clock(hour: int, minute: int, lang: Generic) -> str:
    """9, 30 → "девять часов тридцать минут"; Korean, Japanese, Chinese by their own words."""
    if lang.primary in generic.CLOCK:
        form = generic.CLOCK[lang.primary] if minute else generic.CLOCK_HOUR[lang.primary]
        said_hour = generic.NATIVE_HOURS.get(lang.primary, {}).get(hour) or cardinal(hour, lang)
        return form.format(h=said_hour, m=cardinal(minute, lang))
    said = say_unit(str(hour), "h", lang)
    return f"{said} {say_unit(str(minute), 'min', lang)}" if minute else said


def say_digits(digits: str, lang: Generic) -> str:
    """"911" → "девять один один" (Chinese and Japanese with no spaces)."""
    joiner = "" if lang.primary in UNSPACED else " "
    return joiner.join(cardinal(int(d), lang) for d in digits if d.isdigit())


# The first of the month is an ordinal (Grevisse: "le premier mai"; Cunha & Cintra:
# "primeiro de maio"; Italian "il primo maggio").
FIRST_OF_MONTH = {"fr": "premier", "pt": "primeiro", "it": "primo"}
_EMERGENCY = "|".join(generic.EMERGENCY)
# Russian "г." and Ukrainian "р." (year) after a date: printed, not said, as CLDR's own
# pattern's literal is not ("20.11.2026 г." → "двадцать ноября две тысячи двадцать шесть").
_YEAR_MARK = r"(?:\s?[гр]\.(?!\w))?"
_PHONE = r"(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[\s.-])?\d{3}[\s.-]\d{4}(?!\d)"


@lru_cache(maxsize=64)
def _rules(lang: Generic) -> tuple[tuple[re.Pattern[str], object], ...]:
    """Each rule's regex and speaker, in the order they run."""
    num = _number_pattern(lang)
    written = "|".join(re.escape(u) for u in sorted(units(lang), key=len, reverse=True))
    # Chinese and Japanese write on after a unit with no space: "喝2升水"
    # Korean writes its particles onto a unit: "2 L를"
    after = "" if lang.primary in UNSPACED or lang.primary == "ko" else r"(?![^\W\d_])"
    unit = rf"\s?(?P<u>{written}){after}(?:\s?/\s?(?P<per>{written}){after})?"
    to = generic.TO.get(lang.primary, "–")
    rules = (
        *_abbreviation_rules(lang),
        *_roman_rules(lang),
        (rf"(?<![\d.,])(?:{_EMERGENCY})(?![\d]|[.,]\d)", lambda m: say_digits(m[0], lang)),
        (_PHONE, lambda m: ", ".join(say_digits(g, lang) for g in re.findall(r"\d+", m[0]))),
        (r"(?<![\d/.-])(?P<y>\d{4})(?:-(?P<mo>\d\d)-(?P<d>\d\d)|(?P<s>[/.])(?P<mo2>\d{1,2})"
         rf"(?P=s)(?P<d2>\d{{1,2}}))(?![\d/-]|\.\d){_YEAR_MARK}", lambda m: _date(m, lang)),
        (rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}})(?!\d)"
         rf"{_YEAR_MARK}", lambda m: _date(m, lang)),
        (r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])",
         lambda m: say_clock(int(m["h"]), int(m["mm"]), lang)),
        (rf"(?<![\d/.,])(?P<a>[1-9]\d{{1,2}})/(?P<b>[1-9]\d{{1,2}})(?![\d/])(?:{unit})?",
         lambda m: kept_stop(m, _blood_pressure(m, lang))),
        (rf"(?<![\d/.,])(?P<w>\d{{1,3}})\s(?P<n>[1-9])/(?P<d>[1-9]\d?)(?![\d/])"
         rf"(?:{unit}|\s?(?P<noun>[^\W\d_]+))?", lambda m: _mixed(m, lang)),
        (rf"(?<![\d/.,])(?P<n>[1-9]\d?)/(?P<d>[1-9]\d?)(?![\d/])"
         rf"(?:{unit}|\s?(?P<noun>[^\W\d_]+))?", lambda m: _fraction(m, lang)),
        *say_grammar.rules(lang.primary, units(lang)),  # cases, native Korean counting
        (rf"(?P<a>-?{num})\s?[-–~〜]\s?(?P<b>{num}){unit}",
         lambda m: f"{number_words(m['a'], lang)} {to} "
                   f"{say_unit(m['b'], m['u'], lang, m['per'])}"),
        (rf"(?P<n>(?<![^\s(])-?{num}|{num}){unit}",
         lambda m: kept_stop(m, say_unit(m["n"], m["u"], lang, m["per"]))),
        (rf"(?P<a>{num})\s?[-–~〜]\s?(?P<b>{num})",
         lambda m: f"{number_words(m['a'], lang)} {to} {number_words(m['b'], lang)}"),
        (rf"(?<![^\s(])-(?={num})|{num}", lambda m: _number(m, lang)),
        (r"\d+", lambda m: number_words(m[0], lang)),  # what is left: ".5", "1.2.3"
    )
    return tuple((re.compile(pattern), speak) for pattern, speak in rules)


@lru_cache(maxsize=64)
def _spelling(lang: Generic) -> tuple[tuple[re.Pattern[str], object], ...]:
    return tuple((re.compile(pattern), speak) for pattern, speak in _letter_rules(lang))


def _abbreviation_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Abbreviations with full stops said in full: "т. е." → "то есть"."""
    table = generic.ABBREVIATIONS.get(lang.primary)
    if not table:
        return ()
    written = "|".join(re.escape(key).replace(r"\ ", r"\s?")
                       for key in sorted(table, key=len, reverse=True))
    spaced = {_spaced(key): full for key, full in table.items()}

    def said(m: re.Match[str]) -> str:  # the stop also ends a sentence at the end of the text
        full = spaced[_spaced(m[0])]
        return full + "." if m[0].endswith(".") and not m.string[m.end():].strip() else full

    return ((rf"(?<!\w)(?:{written})", said),)


def _spaced(abbreviation: str) -> str:
    """"т.е." and "т. е." as one key: a space after each inner stop."""
    return re.sub(r"\.\s*(?=\w)", ". ", abbreviation)


def _roman_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Roman numerals after the nouns that number things ("stade II"), before Russian ones
    ("II типа"), before CJK counters ("II期" → "2期", for the number rules), and opening a
    numbered line ("II. ")."""
    roman = r"(?P<r>[IVX]+)"
    found: list[tuple[str, object]] = [
        (rf"^{roman}(?=[.)]\s)", lambda m: _roman(m, lang))]
    if nouns := counting.ROMAN_NOUNS.get(lang.primary):
        found.append((rf"(?<!\w)(?P<noun>{nouns})\s+{roman}(?![^\W\d_])",
                      lambda m: say_parts.say_roman_after(m, lambda n: cardinal(n, lang))))
    if lang.primary == "ru":
        found.append((rf"(?<![^\W\d_]){roman}\s+(?P<noun>{'|'.join(counting.RU_ROMAN_BEFORE)})"
                      r"(?!\w)", say_parts.say_roman_ordinal_ru))
    if lang.primary in ("zh", "ja", "ko"):
        found.append((rf"(?<![A-Za-z]){roman}(?=\s?(?:{counting.CJK_ROMAN_COUNTERS}))",
                      lambda m: str(neutral.ROMAN.get(m["r"], m["r"]))))
    return tuple(found)


def _roman(m: re.Match[str], lang: Generic) -> str:
    value = neutral.ROMAN.get(m["r"])
    return cardinal(value, lang) if value else m[0]


def _letter_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Capitals left at the end ("CDC", "W.H.O.", "II"): a Roman numeral is a number;
    inside another script, an abbreviation is spelt in its letters; in a Latin-script
    language, its letters are spaced ("O R S"), which every voice spells in its own language
    where "ORS" as a word made espeak-ng switch to English."""
    roman = (r"(?<![A-Za-z])(?P<r>(?!IV(?![A-Za-z]))[IVX]{2,})(?![A-Za-z])",
             lambda m: _roman(m, lang))
    capitals = r"(?<![A-Za-z])[A-Z](?:\.?[A-Z])+(?![A-Za-z])"
    if lang.primary in letters.LETTERS:
        return (roman, (capitals.replace("+", "*"),
                        lambda m: say_parts.spell(m, lang.primary)))
    if lang.latin:
        return (roman, (capitals, lambda m: " ".join(c for c in m[0] if c.isalpha())))
    return (roman,)


def _noun(m: re.Match[str], lang: Generic, count: Decimal) -> tuple[str, bool, str]:
    """The noun a fraction measures: a unit's name or the word after it; whether it is
    feminine; and a word after the fraction that is not its noun, kept as written."""
    if m["u"]:
        cldr = units(lang)[m["u"]]
        noun = unit_name(m["u"], lang, count)
        if m["per"]:
            noun = _per("2", m["u"], m["per"], lang).split(" ", 1)[-1]
        return noun, cldr in generic.FEMININE.get(lang.primary, ()), ""
    word = m["noun"] or ""
    if say_parts.is_noun(word):
        return word, say_parts.gender(word, lang.primary) == "f", ""
    return "", False, word


def _fraction(m: re.Match[str], lang: Generic) -> str:
    """¼ → "un quart"; ½ tasse → "une demi-tasse"; ¾ L → "trois quarts de litre"."""
    numerator, denominator = int(m["n"]), int(m["d"])
    if is_reading(numerator, denominator):  # 90/60 is a blood pressure, never a fraction
        return m[0]
    singular = Decimal("1.5") if lang.primary in ("ru", "uk", "pl") else Decimal(1)
    noun, feminine, kept = _noun(m, lang, singular)
    say = lambda n: cardinal(n, lang)  # noqa: E731
    if noun:
        return say_parts.say_fraction_of(numerator, denominator, noun, feminine, lang.primary,
                                         say)
    said = say_parts.say_fraction(numerator, denominator, lang.primary, say)
    return f"{said} {kept}" if kept else said


def _mixed(m: re.Match[str], lang: Generic) -> str:
    """8½ heures → "huit heures et demie"; 2 ½ → "deux et demi"."""
    whole, numerator, denominator = int(m["w"]), int(m["n"]), int(m["d"])
    if numerator >= denominator:
        return m[0]
    one_and_a_half = whole == 1 and lang.primary in ("ru", "uk", "pl")  # "полтора часа"
    noun, feminine, kept = _noun(m, lang, Decimal("1.5") if one_and_a_half else Decimal(whole))
    said = say_parts.say_mixed(whole, numerator, denominator, noun, feminine, lang.primary,
                               lambda n: cardinal(n, lang))
    return f"{said} {kept}" if kept else said


def is_reading(high: int, low: int) -> bool:
    """Whether "high/low" is a blood pressure reading (as the English rule checks)."""
    return 50 <= high <= 300 and 20 <= low <= 200 and high > low


def _blood_pressure(m: re.Match[str], lang: Generic) -> str:
    """"140/90 mmHg" → "cent quarante sur quatre-vingt-dix millimètres de mercure", where
    the two are a reading (as the English rule checks) and the language has a word for it."""
    if not is_reading(int(m["a"]), int(m["b"])):
        return m[0]
    second = say_unit(m["b"], m["u"], lang) if m["u"] else number_words(m["b"], lang)
    if lang.primary in generic.READING:  # "高压九十，低压六十", "上が九十、下が六十"
        form = generic.READING[lang.primary]
        form = form.translate(generic.TRADITIONAL) if lang.locale.script == "Hant" else form
        return form.format(high=number_words(m["a"], lang), low=second)
    over = generic.OVER.get(lang.primary)
    if over is None:
        return m[0]
    if lang.primary == "ko":  # a particle, written onto the word: "구십에 육십"
        return f"{number_words(m['a'], lang)}{over} {second}"
    return f"{number_words(m['a'], lang)} {over} {second}"


_NEXT_WORD = re.compile(r"\s(?P<w>[^\W\d_]+)")


def _number(m: re.Match[str], lang: Generic) -> str:
    if m[0] == "-":
        return generic.MINUS.get(lang.primary, "-") + " "
    said = number_words(m[0], lang)
    noun = (_NEXT_WORD.match(m.string, m.end()) if lang.primary in ("fr", "pt", "it", "ht")
            else None)
    if noun is not None and m[0].isdigit():  # "une semaine", "duas horas"
        said = say_parts.agree(said, noun["w"], lang.primary)
    return said


_NEXT_SENTENCE = re.compile(r"\s*$|\s+[^\W\d_](?<=[^\W\d_a-zа-яё])")


def kept_stop(m: re.Match[str], said: str) -> str:
    """A spoken form whose match ended in an abbreviation's stop ("2026 г.", "мм рт. ст.")
    keeps that stop where it also ends the sentence (the text ends or a capital follows)."""
    return said + "." if m[0].endswith(".") and _NEXT_SENTENCE.match(m.string, m.end()) \
        else said


def _date(m: re.Match[str], lang: Generic) -> str:
    groups = m.groupdict()
    if "mo" in groups:  # year first: 2026-11-20, 2023/3/8
        day, month = int(m["d"] or m["d2"]), int(m["mo"] or m["mo2"])
    else:  # 20/11/2026; 11/20/2026 where the language writes the month first
        first, second = int(m["a"]), int(m["b"])
        month_first = lang.locale.date_formats["short"].pattern.lstrip("'").startswith("M")
        day, month = (second, first) if (month_first and first <= 12) or second > 12 \
            else (first, second)
    said = say_date(int(m["y"]), month, day, lang)
    return m[0] if said is None else kept_stop(m, said)


def speak(text: str, lang: Generic, spell: bool = True) -> str:
    """Every number, unit, date and time in ``text`` said in the language; with ``spell``,
    Latin capitals too (lint leaves them, to report the abbreviations it does not know)."""
    for pattern, speaker in _rules(lang) + (_spelling(lang) if spell else ()):
        text = pattern.sub(speaker, text)  # type: ignore[arg-type]
    if lang.primary == "fr":  # elision before a number said "un", "une": "plus d'un litre"
        text = _FRENCH_ELISION.sub(r"\1'\2", text)
    if lang.primary == "ar":  # "أقل من سبعين": a preposition's number in the genitive
        text = say_grammar.arabic_genitive_after_prepositions(text)
    return text


_FRENCH_ELISION = re.compile(r"\b([dD]|[qQ]u)e (une?)\b")
