"""Speech vocabulary: numbers, units, dates, times and money put into one language's words.

normalize.py finds *where* a number, unit or date is written; the functions here say *what it
is called*, from that language's tables in ``data/`` (num2words for the numbers themselves).
"""

import logging
import re
from functools import lru_cache

from num2words import num2words

from handoutkit.speech.agreement import agree_tail
from handoutkit.speech.data import Language, Unit, fixed

logger = logging.getLogger(__name__)

BIG = 10**15  # from here on, numbers are read digit by digit
ENGLISH_BIG = 10**24  # English names groups up to sextillions: 124,444,234,854,823,834,553


def agree(words: str, gender: str, lang: Language) -> str:
    """Make a number agree with its noun: Spanish "veintiuno", "m" → "veintiún"."""
    return agree_tail(words, lang.agreement.get(gender, ()))


@lru_cache(maxsize=4096)
def cardinal(n: int, lang: Language, gender: str = "") -> str:
    """1200 → "one thousand two hundred" (num2words, commas dropped so the voice won't pause)."""
    if n >= (ENGLISH_BIG if lang.english_forms else BIG):
        return say_digits(str(n), lang)
    return agree(fixed(num2words(n, lang=lang.code), lang.cardinal_fixes), gender, lang)


@lru_cache(maxsize=1024)
def ordinal(n: int, lang: Language, feminine: bool = False) -> str:
    """21 → "twenty-first"; Spanish 2, feminine → "segunda"."""
    if n >= BIG:
        return say_digits(str(n), lang)
    words = fixed(num2words(n, lang=lang.code, to="ordinal"), lang.ordinal_fixes)
    return re.sub(r"o\b", "a", words) if feminine else words


@lru_cache(maxsize=256)
def year(n: int, lang: Language) -> str:
    """2026 → "twenty twenty-six" where the language reads years in pairs, else the cardinal."""
    if lang.read_years and 1900 <= n <= 2099:
        return num2words(n, lang=lang.code, to="year")
    return cardinal(n, lang)


def say_digits(digits: str, lang: Language) -> str:
    """"0134" → "zero one three four"."""
    return " ".join(cardinal(int(d), lang) for d in digits if d.isdecimal())


def split_number(text: str, lang: Language) -> tuple[str, str, str]:
    """"1,250.5" → ("1250", ".", "5"): whole digits, decimal mark, decimal digits."""
    group = "." if lang.decimal_comma else ","
    if re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(group)}\d{{3}})+", text):
        return text.replace(group, ""), "", ""
    whole, mark, frac = text, "", ""
    if m := re.search(r"[.,](?=\d+$)", text):
        whole, mark, frac = text[: m.start()], m.group(), text[m.end():]
    return whole.replace(group, ""), mark, frac


def say_integer(whole: str, lang: Language, gender: str = "") -> str:
    """"42" → "forty-two"; with a leading zero, digit by digit: "007" → "zero zero seven"."""
    if len(whole) > 1 and whole.startswith("0"):
        return say_digits(whole, lang)
    return cardinal(int(whole), lang, gender)


def say_number(text: str, lang: Language, gender: str = "") -> str:
    """"-2.25" → "minus two point two five": decimals digit by digit, as clinicians say doses."""
    sign = lang.words["minus"] + " " if text.startswith("-") else ""
    whole, mark, frac = split_number(text.lstrip("-"), lang)
    spoken = say_integer(whole, lang, "" if frac else gender) if whole else ""
    if frac:
        point = lang.words["comma" if mark == "," else "point"]
        spoken = f"{spoken} {point} {say_digits(frac, lang)}".strip()
    return sign + spoken


def say_plain(number: str, lang: Language) -> str:
    """A number with no unit: 1900–2099 are years where the language reads them so."""
    if lang.read_years and re.fullmatch(r"(?:19|20)\d\d", number):
        return year(int(number), lang)
    return say_number(number, lang)


def is_one(text: str) -> bool:
    """Whether a written quantity takes the singular: "1" and "-1", not "1.0" or "2"."""
    return text.lstrip("-") == "1"


def unit_words(written: str, lang: Language, singular: bool) -> tuple[str, str]:
    """"mmol/L" → ("millimoles per liter", gender): the unit, then each "/x" as "per x"."""
    first, *pers = written.rstrip(".").split("/")
    unit = lang.units[first]
    said = [unit.one if singular else unit.many, *(lang.per[p] for p in pers)]
    return " ".join(said), unit.gender


def counted(n: int, unit: Unit, lang: Language) -> str:
    """5, dollar(s) → "five dollars"; Spanish 1, dólar → "un dólar"."""
    return f"{cardinal(n, lang, unit.gender)} {unit.one if n == 1 else unit.many}"


def fraction_part(denominator: int, lang: Language) -> Unit:
    """4 → quarter(s); otherwise from the ordinal (fifth) or, in Spanish, "-avo" (doceavo)."""
    if part := lang.fractions.get(denominator):
        return part
    names = {"ordinal": ordinal(denominator, lang), "cardinal": cardinal(denominator, lang)}
    return Unit(lang.words["fraction_one"].format_map(names),
                lang.words["fraction_many"].format_map(names), "m")


def say_fraction(numerator: int, denominator: int, lang: Language) -> str:
    """3, 4 → "three quarters"; 1, 3 → "one third" ("un tercio")."""
    return counted(numerator, fraction_part(denominator, lang), lang)


def say_mixed_part(numerator: int, denominator: int, lang: Language) -> str:
    """The fraction after a whole number: 1/2 → "a half" ("medio"), 2/3 → "two thirds"."""
    if numerator != 1:
        return say_fraction(numerator, denominator, lang)
    fixed = lang.mixed.get(denominator)
    return fixed or lang.words["mixed_one"].format(part=fraction_part(denominator, lang).one)


def say_date(day: int, month: int, year_text: str | None, lang: Language, the: str = "") -> str:
    """10, 7, "2026" → "July tenth, twenty twenty-six"; with ``the`` → "the tenth of July…"."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"no such date: day {day}, month {month}")
    key = {(False, True): "date", (False, False): "date_no_year",
           (True, True): "date_dmy", (True, False): "date_dm"}[bool(the), bool(year_text)]
    if year_text and len(year_text) == 4:
        spoken_year = year(int(year_text), lang)
    else:
        spoken_year = say_integer(year_text or "0", lang)
    return lang.words[key].format(
        month=lang.months[month - 1], day=cardinal(day, lang), day_ordinal=ordinal(day, lang),
        year=spoken_year, the=the)


def say_clock(hour: int, minute: int, half: str, lang: Language, period: bool = True) -> str:
    """14, 0, "" → "two p m"; 9, 5, "" → "nine oh five"; 9, 0, "" → "nine o'clock";
    without ``period`` no "a m"/"p m": the "two" of "two to five p m"."""
    if not half and (hour > 12 or hour == 0):
        half = "p" if hour > 12 else "a"
    shown = (hour % 12 or 12) if half else hour
    said_hour = cardinal(shown, lang, "f")  # Spanish hours are feminine: "la una"
    if minute == 0:
        said = said_hour if half else lang.words["time_oclock"].format(h=said_hour)
    else:
        said_minute = cardinal(minute, lang)
        if minute < 10:
            said_minute = lang.words["minute_0x"].format(m=said_minute)
        said = lang.words["time"].format(h=said_hour, m=said_minute)
    if not (half and period):
        return said
    period_word = "am" if half == "a" else "night" if 8 <= shown < 12 else "pm"
    return f"{said} {lang.words[period_word]}"


def say_money(sign: str, amount: str, lang: Language) -> str:
    """"$", "2.50" → "two dollars and fifty cents"; "$", "500" → "five hundred dollars"."""
    currency = lang.currencies[sign]
    whole, _mark, frac = split_number(amount, lang)
    if len(frac) > 2 and not frac[2:].strip("0"):
        frac = frac[:2]  # "$20.500" → twenty dollars and fifty cents
    if len(frac) > 2:
        return f"{say_number(amount, lang)} {currency.whole.many}"
    cents = int(frac.ljust(2, "0")) if frac else 0
    units = int(whole or "0")
    said_whole = counted(units, currency.whole, lang)
    if not cents:
        return said_whole
    said_cents = counted(cents, currency.cent, lang)
    if not units:
        return said_cents  # "$0.99" → "ninety-nine cents"
    return lang.words["money_cents"].format(amount=said_whole, cents=said_cents)


def say_quantity(number: str, unit: str, lang: Language) -> str:
    """"1.5", "mg" → "one point five milligrams"; Spanish "1", "h" → "una hora"."""
    said, gender = unit_words(unit, lang, is_one(number))
    return f"{say_number(number, lang, gender)} {said}"


def say_range(low: str, high: str, lang: Language, low_unit: str = "", unit: str = "",
              gender: str = "") -> str:
    """"2.25", "2.75", unit "mmol/L" → "two point two five to two point seven five millimoles
    per liter"; with no unit, years stay years: "2020", "2026" → "twenty twenty to …";
    with the gender of the noun after it: Spanish "1", "2", "f" → "una a dos"."""
    to = f" {lang.words['to']} "
    if gender:
        return say_number(low, lang, gender) + to + say_number(high, lang, gender)
    if not (unit or low_unit):
        return say_plain(low, lang) + to + say_plain(high, lang)
    gender = unit_words(unit or low_unit, lang, False)[1]
    sides = [say_number(low, lang, gender), say_number(high, lang, gender)]
    for side, written in enumerate((low_unit, unit)):
        if written:
            sides[side] += " " + unit_words(written, lang, False)[0]
    return to.join(sides)


def say_written_fraction(numerator: int, denominator: int, unit: str, lang: Language) -> str:
    """3/4 → "three quarters"; 7/10 → "seven out of ten"; 1/2 tsp → "one half of a teaspoon"."""
    top, bottom = cardinal(numerator, lang), cardinal(denominator, lang)
    if lang.english_forms and not unit and 1 < denominator <= 20 and denominator != 10 and (
            numerator >= denominator):
        return say_fraction(numerator, denominator, lang)  # 22/3 → twenty-two thirds
    if numerator >= denominator or (lang.english_forms and denominator > 100
                                    and denominator not in lang.fractions):
        units = f" {unit_words(unit, lang, False)[0]}" if unit else ""
        return f"{top} {lang.words['over']} {bottom}{units}"
    said = say_fraction(numerator, denominator, lang)
    if not unit:
        scored = denominator in (10, 100)  # "rate your pain 7/10"
        return f"{top} {lang.words['out_of']} {bottom}" if scored else said
    one = unit_words(unit, lang, singular=True)[0]
    article = "an" if re.match(lang.article_an, one) else "a"
    return lang.words["fraction_unit"].format(fraction=said, article=article, unit=one)


def say_mixed(whole: int, numerator: int, denominator: int, unit: str, lang: Language) -> str:
    """2 1/2 → "two and a half"; 1 1/2 tsp → "one and a half teaspoons" ("una … y media")."""
    part = say_mixed_part(numerator, denominator, lang)
    if not unit:
        return lang.words["mixed"].format(whole=cardinal(whole, lang), fraction=part)
    units, gender = unit_words(unit, lang, singular=False)
    counted_units = unit_words(unit, lang, singular=True)[0] if whole == 1 else units
    # "una milla y media por hora": the fraction goes with the counted unit, before "por"
    counted_units, per, after = counted_units.partition(f" {lang.words['per']} ")
    template = lang.words["mixed_unit"]
    said = template.format(whole=cardinal(whole, lang, gender), units=units,
                           counted=counted_units, fraction=agree(part, gender, lang))
    return said + per + after if "{counted}" in template else said


def say_blood_pressure(high: int, low: int, unit: str, lang: Language) -> str:
    """140, 90 → "one hundred and forty over ninety" (+ "millimeters of mercury")."""
    said = f"{cardinal(high, lang)} {lang.words['over']} {cardinal(low, lang)}"
    return f"{said} {unit_words(unit, lang, False)[0]}" if unit else said


def say_every_hours(low: str, high: str | None, lang: Language) -> str:
    """q6h → "every six hours"; q4-6h → "every four to six hours"; q1h → "every hour"."""
    if low == "1" and not high:
        return lang.words["every_hour"]
    hours = cardinal(int(low), lang, "f")
    if high:
        hours += f" {lang.words['to']} {cardinal(int(high), lang, 'f')}"
    return lang.words["every_hours"].format(n=hours)


def say_times(n: int, lang: Language) -> str:
    """2 → "two times" ("dos veces"); 1 → "once" ("una vez")."""
    if n == 1:
        return lang.words["once"]
    return lang.words["n_times"].format(n=cardinal(n, lang, "f"))


def say_decade(n: int, lang: Language) -> str:
    """1990 → "nineteen nineties"; 80 → "eighties"."""
    said = year(n, lang) if n >= 1000 else cardinal(n, lang)
    return said[:-1] + "ies" if said.endswith("y") else said + "s"

