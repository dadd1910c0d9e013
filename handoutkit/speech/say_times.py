"""Speakers for dates and times of day.

Each rule, as ``input → spoken`` (Spanish in brackets):
  iso_date      2026-07-10 → July tenth, twenty twenty-six (diez de julio de dos mil veintiséis);
                2023/3/8 and 2023.3.8, year first, the same way
  slash_date    12/05/2026 → December fifth, twenty twenty-six (en-GB: the twelfth of May,
                twenty twenty-six; es: doce de mayo de dos mil veintiséis); 30-2-1990 and
                30.2.1990 the same way (treinta de febrero de mil novecientos noventa)
  month_day     July 10, 2026 → July tenth, twenty twenty-six
  day_month     10 July 2026 → the tenth of July, twenty twenty-six (antes del 31 de oct. →
                treinta y uno de octubre.: a dot that ends the sentence stays)
  day_slash_month  (Spanish) hasta el 31/12 → hasta el treinta y uno de diciembre
  weekday_date  Thursday, 3/4 → Thursday, March fourth (jueves 4/3 → jueves cuatro de marzo):
                after a weekday a day and month are a date, not a fraction
  month_of_year  (Spanish) dic. 2026, ene. de 2027 → diciembre de dos mil veintiséis, enero
                de dos mil veintisiete
  time_range    4:00 am - 8:12 pm → four a m to eight twelve p m; 2pm-5pm → two p m to five
                p m; 2-5pm → two to five p m (de 8 a. m. - 5 p. m. → de ocho de la mañana
                a cinco de la tarde; 9:00-17:00 → nueve de la mañana a cinco de la tarde;
                de 1 a 3 p. m. → de una a tres de la tarde)
  dotted_clock  9.30am → nine thirty a m (13.30, 1.05 h, a las 9.30 → una y treinta de la
                tarde, una y cinco, a las nueve y treinta: a dot is a time with am/pm, "h",
                after "at"/"las", or in Spanish that groups thousands with a dot)
  clock         9:30 am → nine thirty a m; 9:05 → nine oh five; 14:00 → two p m (12-hour)
                (13:30 h → una y treinta de la tarde; 3:02:32 → tres horas dos minutos
                y treinta y dos segundos; 12:00:00 → doce en punto)
  hour_ampm     7 pm → seven p m (siete de la tarde)
  hour_article  (Spanish) a las 13:30 → a la una y treinta de la tarde: one o'clock is "la una"
"""

import logging
import re
from collections.abc import Callable

from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]


def _the(lang: Language) -> str:
    return "" if lang.month_first else lang.words["the"]  # en-GB: "the tenth of July"


def _say_date(day: int, month: int, year: str | None, lang: Language, the: str) -> str:
    """The date in words; in Spanish the first of the month is "primero" (RAE, Diccionario
    panhispánico de dudas, "fecha": "el primero de enero", usual in the Americas)."""
    said = vocab.say_date(day, month, year, lang, the)
    return re.sub(r"^(?:uno|un)\b", "primero", said) if lang.code == "es" and day == 1 else said


def _say_clock(hour: int, minute: int, half: str, lang: Language, period: bool = True) -> str:
    """The time of day; in Spanish the small hours are "de la madrugada", 12 a.m. "de la
    noche" and 12 p.m. "del mediodía" (RAE, Diccionario panhispánico de dudas, "hora")."""
    said = vocab.say_clock(hour, minute, half, lang, period)
    if lang.code != "es" or not period or not (half or hour > 12 or hour == 0):
        return said
    shown = hour % 12 or 12
    evening = half == "p" or (not half and hour > 12)
    part = ("noon" if shown == 12 else None) if evening else (
        "midnight" if shown == 12 else "dawn" if shown <= 5 else None)
    if part is None:
        return said
    for word in ("am", "pm", "night"):
        if said.endswith(lang.words[word]):
            return said[:-len(lang.words[word])] + lang.words[part]
    return said


def _iso_date(m: re.Match[str], lang: Language) -> str:
    day, month = int(m["d"] or m["d2"]), int(m["mo"] or m["mo2"])
    try:
        return _say_date(day, month, m["y"], lang, _the(lang))
    except ValueError:
        return re.sub(r"[-/.]", " ", m[0])


def _slash_date(m: re.Match[str], lang: Language) -> str:
    first, second = int(m["a"]), int(m["b"])
    month_first = (lang.month_first and first <= 12) or second > 12
    day, month = (second, first) if month_first else (first, second)
    try:
        return _say_date(day, month, m["y"], lang, _the(lang))
    except ValueError:
        return m[0].replace(m["sep"], " ")


_SENTENCE_GOES_ON = re.compile(r"\s+[^\W\d_A-ZÁÉÍÓÚÑ]")  # a lower-case word after the dot


def _kept_dot(m: re.Match[str], lang: Language) -> str:
    """The full stop after a month the match took: "junio." never abbreviates, so its dot
    ends the sentence; "oct." keeps its dot unless a lower-case word follows."""
    if not m[0].endswith("."):
        return ""
    full = m["mon"].lower() in (month.lower() for month in lang.months)
    return "." if full or not _SENTENCE_GOES_ON.match(m.string, m.end()) else ""


def _text_date(m: re.Match[str], lang: Language) -> str:
    the = (m["the"] or lang.words["the"]).strip() if "the" in m.groupdict() else ""
    try:
        said = _say_date(int(m["d"]), lang.month_names[m["mon"]], m["y"], lang, the)
    except ValueError:
        return m[0]
    return said + _kept_dot(m, lang)


def _month_year(m: re.Match[str], lang: Language) -> str:
    month = lang.months[lang.month_names[m["mon"]] - 1]
    template = lang.words.get("month_year", "{month} {year}")
    return template.format(month=month, year=vocab.year(int(m["y"]), lang))


def _weekday_date(m: re.Match[str], lang: Language) -> str:
    first, second = int(m["a"]), int(m["b"])
    day, month = (second, first) if lang.month_first else (first, second)
    try:
        date = _say_date(day, month, None, lang, _the(lang))
    except ValueError:
        return m[0]
    return f"{lang.weekdays[m['day']]}{m.string[m.end('day'):m.start('a')]}{date}"


def _day_slash_month(m: re.Match[str], lang: Language) -> str:
    return _say_date(int(m["d"]), int(m["mo"]), None, lang, "")


def _clock(m: re.Match[str], lang: Language) -> str:
    minute = int(m.groupdict().get("mm") or 0)
    if seconds := int(m.groupdict().get("ss") or 0):
        if "clock_seconds" not in lang.words:
            return m[0]  # "3:02:32": left for the number rules where no words are listed
        hours, minutes, secs = (vocab.counted(n, lang.units[unit], lang) for n, unit in (
            (int(m["h"]), "h"), (minute, "min"), (seconds, "s")))
        return lang.words["clock_seconds"].format(h=hours, m=minutes, s=secs)
    return _say_clock(int(m["h"]), minute, (m["ap"] or "").lower(), lang)


def _dotted_clock(m: re.Match[str], lang: Language) -> str:
    start = m.start()
    after_hour_word = re.search(rf"\b(?:{lang.hour_words})\s$", m.string[max(0, start - 9):start])
    if not (m["ap"] or m["hs"] or lang.decimal_comma or after_hour_word):
        return m[0]  # "at 2.25" could be a decimal: left for the number rules
    return _clock(m, lang)


def _side(m: re.Match[str], side: str) -> tuple[int, int, str, str]:
    """One end of a time range: hour, minute, "a"/"p"/"", and the mark between them."""
    return (int(m[f"h_{side}"]), int(m[f"mm_{side}"] or 0), (m[f"ap_{side}"] or "").lower(),
            m[f"sep_{side}"] or "")


def _time_range(m: re.Match[str], lang: Language) -> str:
    (h_a, mm_a, ap_a, sep_a), (h_b, mm_b, ap_b, sep_b) = _side(m, "a"), _side(m, "b")
    dot_ok = lang.decimal_comma or bool(ap_a or ap_b)
    timed = bool(ap_a or ap_b) or ":" in (sep_a, sep_b) or (dot_ok and "." in (sep_a, sep_b))
    if not timed or ("." in (sep_a, sep_b) and not dot_ok):
        return m[0]  # "8-17 h", "2.25-2.75": left for the range rule
    if not (ap_a or ap_b) and (max(h_a, h_b) > 12 or min(h_a, h_b) == 0):
        ap_a, ap_b = ("a" if h_a < 12 else "p"), ("a" if h_b < 12 else "p")  # 9:00-17:00
    first = _say_clock(h_a, mm_a, ap_a or ap_b, lang, period=bool(ap_a))
    second = _say_clock(h_b, mm_b, ap_b or ap_a, lang, period=bool(ap_b))
    return f"{first} {lang.words['to']} {second}"


SPEAKERS: dict[str, Speaker] = {
    "iso_date": _iso_date, "slash_date": _slash_date, "month_day": _text_date,
    "day_month": _text_date, "month_of_year": _month_year, "day_slash_month": _day_slash_month,
    "weekday_date": _weekday_date,
    "time_range": _time_range, "dotted_clock": _dotted_clock,
    "clock": _clock, "hour_ampm": _clock, "hour_article": lambda m, lang: f"{m['l']}a",
}
