"""Numbers, units, dates and times said in any language num2words knows, from existing data.

English and Spanish have hand-made tables (data/en.py, data/es.py); every other language
num2words knows (vi, ar, ru, ko, fr, pt-BR, pl, fa, ja, it, ro, uk, he, …) is said from
num2words (numbers), CLDR through Babel (unit names with their plural forms, months, the
date order, the decimal mark) and data/generic.py (the decimal and minus words). Chinese
numbers come from cn2an. Each rule, as ``input → spoken`` (Russian; Vietnamese; Chinese):
  emergency   911 → девять один один; chín một một; 九一一 (say_dialled.py, with phones)
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
The numbers and unit names themselves come from say_units.py; cases, genders and native
counting (Russian, Arabic, Korean, Chinese years) from say_grammar.py; a number agreeing
with the noun it counts from say_counts.py (Hebrew's from say_hebrew.py); ordinals written with
a mark (1er, 2ª, 3-я) from say_ordinals.py; dates and clocks said with ordinals (Arabic,
Polish, Ukrainian) from say_calendar.py; fractions and dotted abbreviations from
say_parts.py; Roman numerals and Latin capitals from say_roman.py; comparison signs, a
dose's "/day", AM and PM, and tildes left between words from say_around.py. Every digit
becomes a word: no number is left for the voice to guess. Haitian Creole's numbers are our own
(data/kreyol.py): 55 → senkant senk, 90 → katreven dis, 911 → nèf en en.
"""

from __future__ import annotations

import datetime
import logging
import re
import unicodedata
from functools import lru_cache

from babel.dates import format_date
from num2words import num2words

from handoutkit.speech import (
    say_around,
    say_calendar,
    say_cases,
    say_counts,
    say_dialled,
    say_grammar,
    say_hebrew,
    say_money,
    say_ordinals,
    say_parts,
    say_roman,
    say_units,
)
from handoutkit.speech.data import generic, kreyol, letters
from handoutkit.speech.say_units import (
    UNSPACED,
    Generic,
    cardinal,
    generic_for,
    kept_stop,
    number_pattern,
    number_words,
    preceding,
    say_unit,
    units,
)

logger = logging.getLogger(__name__)
__all__ = ["generic_for", "speak"]


def say_date(year: int, month: int, day: int, lang: Generic, before: str = "") -> str | None:
    """CLDR's long date with its numbers in words; None when there is no such date."""
    if lang.primary == "fa" and year in say_calendar.SOLAR_YEARS:
        return say_calendar.solar_date(day, month, year)
    try:
        when = datetime.date(year, month, day)
    except ValueError:
        return None
    if (said := say_calendar.date(lang.primary, day, month, year, before)) is not None:
        return said
    if lang.numbers == "ht":  # CLDR's Kreyòl months are "M01" … "M12"
        return kreyol.date(year, month, day)
    if lang.primary == "ru":  # ordinals in the genitive: "двадцатого ноября … шестого года"
        return say_grammar.russian_date(day, format_date(when, "MMMM", locale=lang.locale),
                                        year, before)
    # "d MMMM y 'г'." → "d MMMM y": an abbreviated literal ("г.", "р.") is not said
    pattern = re.sub(r"\s*'[^']+'\.", "", lang.locale.date_formats["long"].pattern)
    said = format_date(when, pattern, locale=lang.locale)
    if lang.primary == "he":  # the day of the month is masculine: "ארבעה עשר בפברואר"
        said = re.sub(r"^\d+", lambda d: num2words(int(d[0]), lang="he", gender="m"), said)
    if day == 1 and lang.primary in FIRST_OF_MONTH:  # "le premier juin", "primeiro de junho"
        said = re.sub(r"^\d+", FIRST_OF_MONTH[lang.primary], said)
    if lang.numbers != "zh":
        return said
    import cn2an  # a tenth of a second: loaded for Chinese only

    return cn2an.transform(said, "an2cn")  # 二〇二六年


def say_clock(hour: int, minute: int, lang: Generic, before: str = "") -> str:
    """9, 30 → "девять часов тридцать минут"; Korean, Japanese, Chinese by their own words."""
    if (said := say_calendar.clock(lang.primary, hour, minute, before)) is not None:
        return said
    if lang.primary in generic.CLOCK:
        form = generic.CLOCK[lang.primary] if minute else generic.CLOCK_HOUR[lang.primary]
        first = form.split(" ", 1)[0]
        if " " in form and "{" not in first and before.rstrip().endswith(first):
            form = form.split(" ", 1)[1]  # "ساعت 9:30": the word is not said twice
        gender = "f" if "duration-hour" in generic.FEMININE.get(lang.primary, ()) else "m"
        said_hour = (generic.NATIVE_HOURS.get(lang.primary, {}).get(hour)
                     or number_words(str(hour), lang, gender))  # "l'una": ora is feminine
        return form.format(h=said_hour, m=cardinal(minute, lang))
    said = say_unit(str(hour), "h", lang)
    joiner, minute_unit = generic.CLOCK_AND.get(lang.primary, (" ", True))
    if not minute:
        return said
    return said + joiner + (say_unit(str(minute), "min", lang) if minute_unit
                            else cardinal(minute, lang))


# The first of the month is an ordinal (Grevisse: "le premier mai"; Cunha & Cintra:
# "primeiro de maio"; Italian "il primo maggio").
FIRST_OF_MONTH = {"fr": "premier", "pt": "primeiro", "it": "primo"}
# Russian "г." and Ukrainian "р." (year) after a date: printed, not said, as CLDR's own
# pattern's literal is not ("20.11.2026 г." → "двадцать ноября две тысячи двадцать шесть").
_YEAR_MARK = r"(?:\s?[грr]\.(?!\w))?"  # Polish "r." (roku) too
def _per_time(lang: Generic) -> tuple[tuple[str, object], ...]:
    """"fois/jour" → "fois par jour"; "4 г/день" → "4 грамм в день" (data/generic.py)."""
    if lang.primary not in generic.PER_TIME:
        return ()
    word, spans = generic.PER_TIME[lang.primary]
    said = f" {word}" if lang.primary in generic.PER_TIME_PREFIXED else f" {word} "
    spans = unicodedata.normalize("NFKC", spans)  # as the text is: हफ़्ता with a nukta apart
    found: tuple[tuple[str, object], ...] = (
        (rf"(?<=[^\W\d_])\s?/\s?(?=(?:{spans})(?![^\W\d_]))", lambda m: said),)
    if grams := generic.GRAMS_PER_TIME.get(lang.primary):  # before the number rules
        found = ((rf"(?<![\d.,])(?P<n>\d{{1,3}}(?:[.,]\d+)?)\s?г"
                  rf"(?=\s?/\s?(?:{spans})(?!\w)|\s+в\s+(?:{spans})(?!\w))",
                  lambda m: f"{m['n']} {grams}"), *found)
    return found


def _counted_per_pattern(lang: Generic, num: str, written: str, after: str) -> str:
    """A word, with its amount, before a slash and a unit: "0,5 unités/kg", "0.1单位/千克"
    (unspaced, only after a number: a word there has no edge)."""
    if lang.primary in UNSPACED:
        return rf"(?<![\d.,/])(?P<n>{num})(?P<s>)(?P<w>[^\W\d_]+)\s?/\s?(?P<per>{written})"
    word = rf"[^\W\d_](?:[^\W\d_]|{_MARKS})*\.?"
    return (rf"(?<![\w/])(?:(?P<n>{num})(?P<s>\s?))?(?P<w>{word})\s?/\s?(?P<per>{written})"
            rf"{after}")


def _counted_per(m: re.Match[str], lang: Generic) -> str:
    """"0,5 unités/kg" → "0,5 unités par kilogramme"; "0.1单位/千克" → "每千克0.1单位", where
    CLDR puts the unit first; the amount stays in digits for the number rules after. A unit
    per unit ("5 mg/kg", "mmol/L") is left to the unit rules."""
    known = units(lang)
    if m["w"] in known or m["w"].rstrip(".") in known or f"{m['w']}/{m['per']}" in known:
        return m[0]
    return say_units.per_unit(f"{m['n'] or ''}{m['s'] or ''}{m['w']}", m["per"], lang)


# The vowel signs of the Indian scripts (Devanagari to Malayalam), which are no letters to
# a regex: "गोली" is one word, not "ग" and "ोली".
_MARKS = "[\u0900-\u0d7f]"


@lru_cache(maxsize=64)
def _rules(lang: Generic) -> tuple[tuple[re.Pattern[str], object], ...]:
    """Each rule's regex and speaker, in the order they run."""
    num = number_pattern(lang)
    written = "|".join(re.escape(u) for u in sorted(units(lang), key=len, reverse=True))
    # Chinese and Japanese write on after a unit with no space: "喝2升水"
    # Korean writes its particles onto a unit: "2 L를"
    after = "" if lang.primary in UNSPACED or lang.primary == "ko" else r"(?![^\W\d_])"
    per_only = generic.PER_ONLY.get(lang.primary, {})
    per_written = "|".join([*(re.escape(u) for u in per_only), written])
    # Hebrew writes "per" as ל before the second unit too: "10 מ"ג לק"ג"
    slash = r"\s?/\s?|\sל-?" if lang.primary == "he" else r"\s?/\s?"
    unit = rf"\s?(?P<u>{written}){after}(?:(?:{slash})(?P<per>{per_written}){after})?"
    per = lambda m: per_only.get(m["per"], m["per"])  # noqa: E731  "мл/ч": ч as h
    to = generic.TO.get(lang.primary, "–")
    to = f" {to} " if lang.primary not in UNSPACED else to  # "三至四小时", "三から四時間"
    # a minus sign: after a space or bracket; unspaced, after anything but a number or a Latin
    # letter: "室外-5°C", but "COVID-19" is no minus nineteen
    minus = r"(?<![\d.,A-Za-z])" if lang.primary in UNSPACED else r"(?<![^\s(])"
    # the noun after a fraction; unspaced, a katakana word or one counter: "1½錠飲んで"
    noun = (r"(?P<noun>[ァ-ヺー]+|時間|週間|小时|小時|分钟|分鐘|星期|さじ|[^\W\d_])"
            if lang.primary in UNSPACED else rf"\s?(?P<noun>[^\W\d_](?:[^\W\d_]|{_MARKS})*)")
    # "15 min. înainte": a unit's abbreviating stop before a small letter ends no sentence
    unit_stop = ((rf"(?<=\d)(?P<u>\s?(?:{written}))\.(?=\s+[a-zà-öø-ÿăâîșțşţ])",
                  lambda m: m["u"]),) if lang.latin else ()
    rules = (
        *unit_stop,
        *say_parts.abbreviation_rules(lang),
        *say_roman.roman_rules(lang),
        *say_dialled.rules(lang),
        *say_around.compared(lang, rf"{num}(?:{unit})?"),
        *say_around.per_day(lang, rf"{num}\s?(?:{written})\s?/\s?(?:{per_written})"),
        *_per_time(lang),
        (_counted_per_pattern(lang, num, written, after), lambda m: _counted_per(m, lang)),
        *say_units.gram_sign(lang),  # "3200 г" → "3200 g"
        (r"(?<![\w+])\+(?=\s?\d)", lambda m: generic.PLUS.get(lang.primary, "+") + " "),
        *(((r"(?<=\d)\+(?![\w+])", lambda m: f" {generic.AND_OVER[lang.primary]}"),)
          if lang.primary in generic.AND_OVER else ()),  # "65+" → "65 ומעלה"
        (r"(?<![\d.,])(?P<n>\d{1,3})\s?[x×](?=\s+[^\W\d_]|\s?/|\s*$)",
         lambda m: say_counts.times(m, lang)),
        *say_counts.german_times(lang),  # "3-mal" → "dreimal"
        *(((r"(?<![\d.])(?P<y>\d{4})\.\s?(?P<mo>\d{1,2})\.\s?(?P<d>\d{1,2})\.?(?!\d)",
            lambda m: _date(m, lang)),) if lang.primary == "ko" else ()),  # 2024. 3. 8.
        *say_counts.slavic_compounds(lang),  # "5-дневный" → "пятидневный"
        (r"(?<![\d/.-])(?P<y>\d{4})(?:-(?P<mo>\d\d)-(?P<d>\d\d)|(?P<s>[/.])(?P<mo2>\d{1,2})"
         rf"(?P=s)(?P<d2>\d{{1,2}}))(?![\d/-]|\.\d){_YEAR_MARK}", lambda m: _date(m, lang)),
        (rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}"
         rf"{_SHORT_YEAR if lang.primary in SHORT_YEARS else ''})(?!\d){_YEAR_MARK}",
         lambda m: _date(m, lang)),
        (rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<s>-)(?P<b>\d{{1,2}})-(?P<y>\d{{4}})(?!\d)"
         rf"{_YEAR_MARK}", lambda m: _date(m, lang)),  # 08-03-2024, as India writes it
        *say_calendar.rules(lang.primary),  # 1 grudnia, 1 يناير 2026, ngày 1/6
        *((pattern, lambda m: m["pre"] + say_clock(int(m["h"]), int(m["mm"]), lang,
                                                   preceding(m) + m["pre"]))
          for pattern in say_calendar.written_clocks(lang.primary)),
        *say_around.am_pm(lang, say_clock),
        *(((rf"{_CLOCK}\s?[-–~〜]\s?{_CLOCK.replace('>', '2>')}(?![\d:])",
            lambda m: _clock_range(m, lang, to)),) if lang.primary in CLOCK_RANGES else ()),
        (r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])",
         lambda m: say_clock(int(m["h"]), int(m["mm"]), lang, preceding(m))),
        (rf"(?<![\d/.,])(?P<a>[1-9]\d{{1,2}})/(?P<b>[1-9]\d{{1,2}})(?![\d/])(?:{unit})?",
         lambda m: kept_stop(m, _blood_pressure(m, lang))),
        # "½-1 comprimat" → "o jumătate până la un comprimat": a fraction opening a range
        (r"(?<![\d/.,])(?P<n>[1-9])/(?P<d>[1-9]\d?)\s?[-–]\s?(?=\d)",
         lambda m: say_parts.say_fraction(int(m["n"]), int(m["d"]), lang.primary,
                                          lambda n: cardinal(n, lang)) + to),
        (rf"(?<![\d/.,])(?P<w>\d{{1,3}})\s(?P<n>[1-9])/(?P<d>[1-9]\d?)(?![\d/])"
         rf"(?:{unit}|{noun})?", lambda m: say_parts.mixed(m, lang)),
        (rf"(?<![\d/.,])(?P<n>[1-9]\d?)/(?P<d>[1-9]\d?)(?![\d/])"
         rf"(?:{unit}|{noun})?", lambda m: say_parts.fraction(m, lang)),
        *say_money.rules(lang),  # 25 €, ₹500, 150 zł
        *say_ordinals.rules(lang.primary),  # 1er, 2.º, 3-я
        *say_cases.abbreviation_counts(lang.primary),  # 10 ЕД, 2 j.m.
        *say_cases.locative_measures(lang.primary, units(lang)),  # в 200 мл воды
        *say_grammar.rules(lang.primary, units(lang)),  # cases, native Korean counting
        *say_hebrew.rules(lang.primary, units(lang)),  # 3 כדורים, 1 כדור
        *say_cases.rules(lang.primary, units(lang)),  # Ukrainian, Polish genitive
        (rf"(?P<a>-?{num})\s?(?P<u1>{written}){after}\s?[-–~〜]\s?(?P<b>{num}){unit}",
         lambda m: kept_stop(m, f"{say_unit(m['a'], m['u1'], lang)}{to}"
                                f"{say_unit(m['b'], m['u'], lang)}")
         if m["u1"] == m["u"] else m[0]),  # "5%-10%": the unit said at both ends
        (rf"(?P<a>-?{num})\s?[-–~〜]\s?(?P<b>{num}){unit}",
         lambda m: kept_stop(m, say_counts.unit_range(m, lang, to, per(m) if m["per"] else None))),
        (rf"(?P<n>{minus}-?{num}|{num}){unit}",
         lambda m: kept_stop(m, say_unit(m["n"], m["u"], lang, per(m)))),
        (rf"(?P<a>{num})\s?[-–~〜]\s?(?P<b>{num})", lambda m: say_counts.number_range(m, lang, to)),
        (rf"{minus}-(?={num})|{num}", lambda m: say_counts.number(m, lang)),
        (r"\d+", lambda m: number_words(m[0], lang)),  # what is left: ".5", "1.2.3"
    )
    return tuple((re.compile(pattern), speak) for pattern, speak in rules)


@lru_cache(maxsize=64)
def _spelling(lang: Generic) -> tuple[tuple[re.Pattern[str], object], ...]:
    return tuple((re.compile(pattern), speak) for pattern, speak in say_roman.letter_rules(lang))


def _blood_pressure(m: re.Match[str], lang: Generic) -> str:
    """"140/90 mmHg" → "cent quarante sur quatre-vingt-dix millimètres de mercure", where
    the two are a reading (as the English rule checks) and the language has a word for it."""
    if not say_parts.is_reading(int(m["a"]), int(m["b"])):
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
    before = preceding(m)
    first = (say_grammar.russian_reading_first(int(m["a"]), before) if lang.primary == "ru"
             else say_cases.reading_first(int(m["a"]), before, lang.primary)
             or number_words(m["a"], lang))
    return f"{first} {over} {second}"


# Where a date is written with a two-digit year as often as four: Hebrew "8.3.26" (as
# Israeli clinics and the Ministry of Health write it); not a version or a decimal: the
# year ends the number.
SHORT_YEARS = frozenset({"he"})
_SHORT_YEAR = r"|\d\d(?![\d.,/]\d)"
# Where a dash or tilde between two clocks is no word a voice says: "9:00-17:00" → "九点至
# 十七点", "九時から十七時", "아홉 시부터 열일곱 시까지", "नौ बजे से पाँच बजे तक", "ora opt până la
# ora șaisprezece", "שמונה עד שש עשרה".
CLOCK_RANGES = frozenset({"zh", "ja", "ko", "hi", "bn", "pa", "ro", "he"})
_CLOCK = r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)"


def _clock_range(m: re.Match[str], lang: Generic, to: str) -> str:
    before = preceding(m)
    between = _BETWEEN.get(lang.primary)
    if between and re.search(between[0], before):  # "între orele opt și șaisprezece"
        first = say_clock(int(m["h"]), int(m["mm"]), lang, before)
        return first + between[1] + say_clock(int(m["h2"]), int(m["mm2"]), lang, before)
    start, until = generic.CLOCK_SPAN.get(lang.primary, (to, ""))
    first = say_clock(int(m["h"]), int(m["mm"]), lang, before) + start
    second = say_clock(int(m["h2"]), int(m["mm2"]), lang, before + first)
    if until.strip() in m.string[m.end():m.end() + 12]:  # "9:00-13:00 बजे तक": written
        until = ""
    return first + second + until


# After "between", the second clock is joined by "and" (Romanian și), Hebrew by ל
# attached ("בין השעות שמונה לשש עשרה"; Glinert, on בין … ל…).
_BETWEEN = {"ro": (r"(?<!\w)între orele\s*$", " și "), "he": (r"(?<!\w)בין השעות\s*$", " ל")}


def _date(m: re.Match[str], lang: Generic) -> str:
    groups = m.groupdict()
    if "mo" in groups:  # year first: 2026-11-20, 2023/3/8
        day, month = int(m["d"] or m["d2"]), int(m["mo"] or m["mo2"])
    else:  # 20/11/2026; 11/20/2026 where the language writes the month first
        first, second = int(m["a"]), int(m["b"])
        month_first = lang.locale.date_formats["short"].pattern.lstrip("'").startswith("M")
        day, month = (second, first) if (month_first and first <= 12) or second > 12 \
            else (first, second)
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)  # "8.3.26": this century
    said = say_date(year, month, day, lang, preceding(m))
    return m[0] if said is None else kept_stop(m, said)


def speak(text: str, lang: Generic, spell: bool = True) -> str:
    """Every number, unit, date and time in ``text`` said in the language; with ``spell``,
    Latin capitals too (lint leaves them, to report the abbreviations it does not know)."""
    text = _LETTERS_AND_DIGITS.sub(  # "HbA1c" → "HbA 1 c"; not a unit: "m2" (m²)
        lambda m: m[0] if m[0] in units(lang)
        else _apart(m[0], lang, spell) if lang.primary in letters.SPELT_WITH_DIGITS
        else _spelt_term(m[0], lang), text)
    for pattern, speaker in _rules(lang) + (_spelling(lang) if spell else ()):
        text = pattern.sub(speaker, text)  # type: ignore[arg-type]
    if lang.primary == "fr":  # elision before a number said "un", "une": "plus d'un litre"
        text = _FRENCH_ELISION.sub(r"\1'\2", text)
    if lang.primary == "ar":  # "أقل من سبعين": a preposition's number in the genitive
        text = say_grammar.arabic_genitive_after_prepositions(text)
    if lang.primary in CLOCK_RANGES:  # "午前十時〜午後三時": a tilde left between words
        text = say_around.tildes(text, lang)
    if lang.primary in _SAID_TWICE:  # "9:30 बजे": बजे was already said with the hour
        text = _SAID_TWICE[lang.primary].sub(r"\1", text)
    text = say_around.classifier_written(text, lang)  # "9:30 টায়"
    if lang.numbers == "zh" and lang.locale.script == "Hant":  # 兩 before a measure word,
        text = text.translate(_TRADITIONAL)  # 點 for the clock's and the decimal's 点
    return text


_SAID_TWICE = {primary: re.compile(rf"({minute}|{oclock}) {oclock}(?![^\W\d_])")
               for primary, minute, oclock in (("hi", "मिनट", "बजे"), ("ur", "منٹ", "بجے"),
                                               ("pa", "ਮਿੰਟ", "ਵਜੇ"))}
# A word of Latin letters with digits inside it ("HbA1c", "B12", a web address's "sns24"):
# its digits a number of their own, "HbA un c", not "HbAunc" nor "snsvinte".
_LETTERS_AND_DIGITS = re.compile(r"(?<![\w])[A-Za-z]+(?:\d+[A-Za-z]*)+(?!\w)")
_CAPITAL = re.compile(r"[A-Z]")


def _spelt_term(term: str, lang: Generic) -> str:
    """"B12" → "B 12"; "HbA1c" → "HBA unu C", "SpO2" → "SPO doi": a term with two capitals
    among its letters is said letter by letter (as clinicians say HbA1c, SpO2), so the
    speller takes all of it, and its digits are names, agreeing with no noun."""
    if len(_CAPITAL.findall(term)) < 2:
        return _BOUNDARY.sub(" ", term)
    return re.sub(r"\d+", lambda d: f" {number_words(d[0], lang)} ", term.upper()).strip()


_BOUNDARY = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def _apart(word: str, lang: Generic, spell: bool) -> str:
    """"HbA1c" → "HbA 1 c"; in Russian and Ukrainian its letters spelt ("эйч би эй 1 си"),
    in Polish spaced for the voice to name ("H b A 1 c")."""
    said = _BOUNDARY.sub(" ", word)
    if spell and lang.primary in letters.SPELT_WITH_DIGITS:
        said = re.sub(r"[A-Za-z]+", lambda c: letters.spelt(c[0].upper(), lang.primary)
                      if lang.primary in letters.LETTERS else " ".join(c[0]), said)
    return said


_TRADITIONAL = str.maketrans({"两": "兩", "点": "點", "负": "負"})
_FRENCH_ELISION = re.compile(r"\b([dD]|[qQ]u)e (une?)\b")
