"""Dates and times of day where CLDR's pattern with cardinal numbers is not how they are said:
the day (and the year, the hour) is an ordinal in Arabic, Polish and Ukrainian.

Each, as ``input → spoken``:
  de date   am 3. März → am dritten März; 8.3.2023 → achter März zweitausenddreiundzwanzig
            (Duden, Die Grammatik: the day an ordinal, declined after am, der)
  uk clock  о 9:30 → о дев'ятій тридцять; 9:30 → дев'ята тридцять (the hour a feminine ordinal)
  written   8h30, 8 h 30 (fr, pt, vi), 8.30 Uhr (de), alle 8.30 (it), в 9.30 (ru), o 9.30 (pl):
            times of day written without a colon, said as the clock
  ar date   20/11/2026 → العشرون من نوفمبر عام ألفين و ستة و عشرين; في 1 يناير → في الأول من
            يناير (Ryding, A Reference Grammar of Modern Standard Arabic: ordinals, dates)
  ar clock  9:30 → الساعة التاسعة و ثلاثون دقيقة; الساعة 14:05 → الساعة الرابعة عشرة و خمس
            دقائق (the hour a feminine ordinal; Ryding, telling time)
  pl date   20.11.2026 → dwudziestego listopada dwa tysiące dwudziestego szóstego roku
            (the day and year ordinals in the genitive; PWN, Poradnia językowa, on dates)
  pl clock  9:30 → dziewiąta trzydzieści; o 9:30 → o dziewiątej trzydzieści (the hour a
            feminine ordinal, locative after "o"; PWN)
  uk date   20.11.2026 → двадцятого листопада дві тисячі двадцять шостого року (Правопис,
            the day and year ordinals in the genitive, as the Russian date)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.reader.quantities import DOTTED_TIME_AFTER
from handoutkit.speech.data import arabic, counting, generic
from handoutkit.speech.say_cases import takes_one
from handoutkit.speech.say_grammar import arabic_feminine
from handoutkit.speech.say_units import INDIAN_COUNTING, kept_stop

MONTHS = {  # genitive month names, written after a day: "1 grudnia", "1 грудня"
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
}
YEAR_WORD = {"pl": "roku", "uk": "року"}


def _arabic_genitive(said: str) -> str:
    """"ألفان و ستة و عشرون" → "ألفين و ستة و عشرين": the number after عام or a preposition."""
    said = re.sub(r"(?:ون|ان)\b", lambda m: "ين", said)
    return re.sub(r"\bاثنا\b", "اثني", said)


def _polish_genitive(said: str) -> str:
    """"dwa tysiące dwudziesty szósty" → "… dwudziestego szóstego": ordinal words only."""
    return re.sub(r"(\w+?)(i|y)\b", lambda m: m[1] + ("iego" if m[2] == "i" else "ego"), said)


def _ukrainian_genitive(said: str) -> str:
    return re.sub(r"ій\b", "ього", re.sub(r"ий\b", "ого", said))


def date(primary: str, day: int, month: int, year: int | None, before: str = "") -> str | None:
    """The date said with ordinals, or None where CLDR's own pattern is right. ``before`` is
    the text before the date (an Arabic preposition puts the day in the genitive)."""
    if primary == "ar":
        said = f"{arabic.DAYS[day]} من {MONTHS['ar'][month - 1]}"
        if re.search(rf"(?<!\w)(?:{'|'.join(arabic.GENITIVE_BEFORE)})\s*$", before):
            said = re.sub(r"ون\b", "ين", said)
        return said + (f" عام {_arabic_genitive(num2words(year, lang='ar'))}" if year else "")
    if primary == "de":  # "am achten März", "der achte März", "achter März"
        ordinal = num2words(day, lang="de", to="ordinal")
        if re.search(r"(?<!\w)(?i:am|vom|zum|bis zum|ab dem|seit dem|dem)\s*$", before):
            ordinal += "n"
        elif not re.search(r"(?<!\w)(?i:der)\s*$", before):
            ordinal += "r"
        month_name = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                      "September", "Oktober", "November", "Dezember")[month - 1]
        return f"{ordinal} {month_name}" + (f" {num2words(year, lang='de')}" if year else "")
    if primary == "pl":
        said = (f"{_polish_genitive(num2words(day, lang='pl', to='ordinal'))} "
                f"{MONTHS['pl'][month - 1]}")
    elif primary == "uk":
        said = (f"{_ukrainian_genitive(num2words(day, lang='uk', to='ordinal'))} "
                f"{MONTHS['uk'][month - 1]}")
    else:
        return None
    if year:
        convert = _polish_genitive if primary == "pl" else _ukrainian_genitive
        said += f" {convert(num2words(year, lang=primary, to='ordinal'))} {YEAR_WORD[primary]}"
    return said


def _arabic_minutes(minute: int) -> str:
    if minute == 1:
        return "دقيقة واحدة"
    if minute == 2:
        return "دقيقتان"
    if minute in arabic.CLOCK_FRACTIONS:  # "الثامنة والربع", "التاسعة والنصف"
        return arabic.CLOCK_FRACTIONS[minute]
    said = num2words(minute, lang="ar")
    if minute <= 10:
        return f"{arabic.FEMININE_COUNTS.get(said, said)} دقائق"
    return f"{arabic_feminine(said, minute)} دقيقة"




def written_clocks(primary: str) -> tuple[str, ...]:
    """Regexes (groups ``pre``, ``h``, ``mm``) for times written without a colon: 8h30 and
    8 h 30 (French, Portuguese, Vietnamese), 8.30 Uhr (German), alle 8.30 and the other
    words of DOTTED_TIME_AFTER, after which the model (reader/quantities.py) reads a time."""
    hour = r"(?P<h>[01]?\d|2[0-3])"
    found = [rf"(?P<pre>)(?<![\d.,:]){hour}\s?h\s?(?P<mm>[0-5]\d)(?!\d)"]
    if primary == "de":
        found.append(rf"(?P<pre>)(?<![\d.,:]){hour}[.:](?P<mm>[0-5]\d)\s?Uhr(?!\w)")
    if primary in DOTTED_TIME_AFTER:
        found.append(rf"(?P<pre>(?<!\w)(?i:{DOTTED_TIME_AFTER[primary]})\s){hour}\.(?P<mm>[0-5]\d)"
                     r"(?![\d.,]\d)")
    return tuple(found)


def _ukrainian_hour(hour: int, before: str) -> str:
    """9, "о" → "дев'ятій" (locative after о); else "дев'ята": the hour a feminine ordinal."""
    said = num2words(hour or 24, lang="uk", to="ordinal")
    if re.search(r"(?<!\w)(?i:о|об|по)\s*$", before):
        return re.sub(r"(?:ий|ій)$", "ій", said)
    if re.search(r"(?<!\w)(?i:з|із|від|до|після)\s*$", before):  # genitive: "з дев'ятої"
        return re.sub(r"(?:ий|ій)$", lambda e: "ої" if e[0] == "ий" else "ьої", said)
    return re.sub(r"ій$", "я", re.sub(r"ий$", "а", said))


def _russian_genitive_clock(hour: int, minute: int) -> str:
    """"с 9:00" → "с девяти часов", "до 17:30" → "до семнадцати часов тридцати минут":
    the clock in the genitive after с, до, от, после, около (Розенталь)."""
    said = num2words(hour, lang="ru", case="genitive")
    said += " часа" if takes_one(hour) else " часов"
    if not minute:
        return said
    minutes = "минуты" if takes_one(minute) else "минут"
    return f"{said} {num2words(minute, lang='ru', case='genitive', gender='f')} {minutes}"


def clock(primary: str, hour: int, minute: int, before: str = "") -> str | None:
    """The time of day with its hour an ordinal, or None where another rule says it."""
    if primary == "uk":  # "о дев'ятій тридцять" (Правопис; as clocks are read)
        said = _ukrainian_hour(hour, before)
        return f"{said} {num2words(minute, lang='uk')}" if minute else said
    if primary == "ar":
        said = arabic.HOURS[hour]
        said = said if before.rstrip().endswith("الساعة") else f"الساعة {said}"
        return f"{said} و {_arabic_minutes(minute)}" if minute else said
    if primary == "ru" and re.search(r"(?<!\w)(?i:с|со|до|от|после|около)\s*$", before):
        return _russian_genitive_clock(hour, minute)
    if primary == "ro" and not minute:  # "de la ora opt", not "opt ore" (a duration)
        said = num2words(hour, lang="ro")  # feminine, as ora, but for unu: "ora unu"
        said = re.sub(r"\bdoi(sprezece)?$", r"două\1", said)
        return said if before.rstrip().endswith("ora") else f"ora {said}"
    if primary in generic.QUARTERS and 1 <= hour <= 12 and minute in (15, 30, 45):
        return _quarter(primary, hour, minute)
    if primary == "pl":
        ordinal = num2words(hour or 24, lang="pl", to="ordinal")  # "dziewiąty", "trzeci"
        # "o dziewiątej"; "od dziewiątej do siedemnastej" (genitive, the same ending)
        after_o = re.search(r"(?<!\w)(?i:o|od|do|po)\s*$", before) is not None
        ending = ("ej", "iej") if after_o else ("a", "ia")
        said = re.sub(r"(?<=[gk])i\b", "y", ordinal) if not after_o else ordinal  # druga
        said = re.sub(r"(i|y)\b", lambda m: ending[m[1] == "i"], said)
        return f"{said} {num2words(minute, lang='pl')}" if minute else said
    return None


def _quarter(primary: str, hour: int, minute: int) -> str:
    """2:30 → "ढाई बजे", 4:15 → "सवा चार बजे", 4:45 → "पौने पाँच बजे": the quarter hours as
    Hindi, Urdu and Punjabi say them (McGregor, Outline of Hindi Grammar, telling the time)."""
    past, half, to, oclock = generic.QUARTERS[primary]
    say = INDIAN_COUNTING[primary]
    if minute == 45:
        return f"{to} {say(hour % 12 + 1)} {oclock}"
    if minute == 15:
        return f"{past} {say(hour)} {oclock}"
    if hour <= 2:
        return f"{counting.HALVES[primary][hour - 1]} {oclock}"
    return f"{half} {say(hour)} {oclock}"


# Opening hours written as bare numbers, "з 8 до 18 години", "od 8 do 18": the hours are
# feminine ordinals in the genitive (Правопис 2019; PWN), where the range ends the phrase or
# the word for hour follows (not "od 8 do 18 lat", ages), from a morning to an afternoon hour.
_HOURS = (r"\s(?P<a>[5-9]|1[0-2])\s(?P<to>{to})\s(?P<b>1[2-9]|2[0-4])"
          r"(?=\s(?:{hour})|\s*(?:[.,;)]|$))")
HOURS_FROM_TO = {
    "uk": r"(?<!\w)(?P<p>[зЗ]|[іІ]з|[вВ]ід)" + _HOURS.format(to="до", hour=r"години|год\."),
    "pl": r"(?<!\w)(?P<p>[oO]d)" + _HOURS.format(to="do", hour="godziny"),
}


def _hours_from_to(m: re.Match[str], primary: str) -> str:
    first, second = (clock(primary, int(m[end]), 0, f"{m['p']} ") for end in "ab")
    return f"{m['p']} {first} {m['to']} {second}"


# A month and day written with a slash before a weekday's mark: "3/8（金）", "3/8(금)",
# "3/8（周五）" (the month first, as Japanese, Korean and Chinese write it; without the
# weekday "3/8" may be a fraction).
_MONTH_DAY = (r"(?<![\d/.])(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12]\d|[1-9])"
              r"(?=\s?[(（](?:[月火水木金土日월화수목금토일]|周.|星期.|週.)[)）])")


def _month_day(form: str) -> tuple[str, Callable[[re.Match[str]], str]]:
    return (_MONTH_DAY, lambda m: form.format(m=m["m"], d=m["d"]))


def rules(primary: str) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """A day and a written month ("1 grudnia 2026 r.", "20 يناير"), said as ``date``;
    Vietnamese "ngày 1/6" (a day and month after ngày) as "ngày 1 tháng 6"."""
    if primary == "de":  # "am 3. März 2026"
        months = ("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                  "Dezember")
        pattern = (rf"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\.\s?(?P<mon>{months})(?!\w)"
                   r"(?:\s+(?P<y>\d{4}))?")
        return ((pattern, lambda m: date("de", int(m["d"]), months.split("|").index(m["mon"]) + 1,
                                         int(m["y"]) if m["y"] else None, m.string[:m.start()])),)
    if primary == "ja":  # "3月12日(火)" → "三月十二日火曜日": the weekday's one-kanji mark
        return (_month_day("{m}月{d}日"),
                (r"(?<=日)\s?[(（](?P<w>[月火水木金土日])[)）]", lambda m: f"{m['w']}曜日"))
    if primary == "ko":  # "12월 25일(수)" → "… 이십오일 수요일": the weekday's one-syllable mark
        return (_month_day("{m}월 {d}일"),
                (r"(?<=일)\s?[(（](?P<w>[월화수목금토일])[)）]", lambda m: f" {m['w']}요일"))
    if primary == "zh":
        return (_month_day("{m}月{d}日"),)
    if primary == "vi":
        return ((r"(?<=ngày )(?P<d>[1-9]|[12]\d|3[01])/(?P<m>[1-9]|1[0-2])(?![\d/])",
                 lambda m: f"{m['d']} tháng {m['m']}"),)
    hour_after_word: tuple[tuple[str, Callable[[re.Match[str]], str]], ...] = ()
    if primary in HOURS_FROM_TO:
        hour_after_word = ((HOURS_FROM_TO[primary], lambda m: _hours_from_to(m, primary)),)
    if primary == "ar":  # "الساعة 8" → "الساعة الثامنة": a whole hour, an ordinal (Ryding)
        hour_after_word = ((r"(?<=الساعة )(?P<h>[1-9]|1\d|2[0-4])(?![\d:٫]|[.,]\d|\s?[-–]\s?\d)",
                            lambda m: arabic.HOURS[int(m["h"]) % 24]),)
    if primary not in MONTHS:
        return hour_after_word
    names = "|".join(MONTHS[primary])
    mark = {"pl": r"(?:\s?r\.(?!\w))?", "uk": r"(?:\s?р\.(?!\w))?"}.get(primary, "")
    pattern = (rf"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\s+(?P<mon>{names})(?!\w)"
               rf"(?:\s+(?P<y>\d{{4}}){mark})?")

    def said(m: re.Match[str]) -> str:
        spoken = date(primary, int(m["d"]), MONTHS[primary].index(m["mon"]) + 1,
                      int(m["y"]) if m["y"] else None, m.string[:m.start()]) or m[0]
        return kept_stop(m, spoken)

    return (*hour_after_word, (pattern, said))
