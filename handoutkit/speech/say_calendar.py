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
  ro date   12.03.2027 → doisprezece martie două mii douăzeci și șapte; 1 mai → întâi mai
            (DOOM: the day a masculine cardinal, the first "întâi"; the year with no "de")
  fa date   1403/05/12 → دوازدهم مرداد هزار و چهارصد و سه (a Solar Hijri year, its months)
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
from handoutkit.speech.say_grammar import RU_MONTHS, arabic_feminine
from handoutkit.speech.say_ordinals import persian_ordinal, slavic_ordinal
from handoutkit.speech.say_units import INDIAN_COUNTING, kept_stop, preceding

MONTHS = {  # genitive month names, written after a day: "1 grudnia", "1 грудня"
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
}
YEAR_WORD = {"pl": "roku", "uk": "року"}
# Iran's solar (Jalali) calendar, in which Persian handouts date things: a year 1300-1499 is
# one of its years (Gregorian years there are 19xx-20xx), and its months are these, said
# after the day as an ordinal: "۱۴۰۳/۰۵/۱۲" → "دوازدهم مرداد هزار و چهارصد و سه"
# (Lazard, A Grammar of Contemporary Persian, on dates; the month names of the Iranian
# calendar law of 1925).
SOLAR_YEARS = range(1300, 1500)
SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                "آذر", "دی", "بهمن", "اسفند")


def _arabic_genitive(said: str) -> str:
    """"ألفان و ستة و عشرون" → "ألفين و ستة و عشرين": the number after عام or a preposition."""
    said = re.sub(r"(?:ون|ان)\b", lambda m: "ين", said)
    return re.sub(r"\bاثنا\b", "اثني", said)


def solar_date(day: int, month: int, year: int) -> str | None:
    """A Persian date of the solar calendar, or None where it has no such day (its first six
    months have 31 days, the next five 30, Esfand 29 or 30)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    return f"{persian_ordinal(day)} {SOLAR_MONTHS[month - 1]} {num2words(year, lang='fa')}"


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
    if primary == "fa" and year in SOLAR_YEARS:
        return solar_date(day, month, year)
    if primary == "ro":  # "întâi mai", "doisprezece martie": the day a masculine cardinal
        said = f"{'întâi' if day == 1 else num2words(day, lang='ro')} {MONTHS['ro'][month - 1]}"
        return said + (f" {num2words(year, lang='ro')}" if year else "")
    if primary not in ("pl", "uk"):
        return None
    # the day an ordinal in the genitive; in Ukrainian neuter, accusative, after на, по
    neuter = primary == "uk" and re.search(r"(?<!\w)(?i:на|по)\s+$", before[-6:])
    day_said = (slavic_ordinal(day, primary, "n", "accusative") if neuter
                else slavic_ordinal(day, primary, "m", "genitive"))
    said = f"{day_said} {MONTHS[primary][month - 1]}"
    if year:
        said += f" {slavic_ordinal(year, primary, 'm', 'genitive')} {YEAR_WORD[primary]}"
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


def _russian_dative_clock(hour: int, minute: int) -> str:
    """"к 8:00" → "к восьми часам", "к 8:30" → "к восьми тридцати": the clock in the dative
    after к (Розенталь, on numerals' cases: "к одному часу", "к пяти часам")."""
    said = num2words(hour, lang="ru", case="dative")
    if minute:
        return f"{said} {num2words(minute, lang='ru', case='dative', gender='f')}"
    return f"{said} {'часу' if takes_one(hour) else 'часам'}"


def clock(primary: str, hour: int, minute: int, before: str = "") -> str | None:
    """The time of day with its hour an ordinal, or None where another rule says it."""
    if primary == "uk":  # "о дев'ятій тридцять" (Правопис; as clocks are read)
        said = _ukrainian_hour(hour, before)
        return f"{said} {num2words(minute, lang='uk')}" if minute else said
    if primary == "ar":
        said = arabic.HOURS[hour]
        if re.search(r"(?<!\w)(?:من|إلى|حتى|بعد|قبل|منذ)\s*(?:الساعة\s*)?$", before):
            said = re.sub(r"ون\b", "ين", said)  # "إلى الساعة العشرين": genitive (Ryding)
        said = said if before.rstrip().endswith("الساعة") else f"الساعة {said}"
        return f"{said} و {_arabic_minutes(minute)}" if minute else said
    if primary == "ru" and re.search(r"(?<!\w)(?i:с|со|до|от|после|около)\s*$", before):
        return _russian_genitive_clock(hour, minute)
    if primary == "ru" and re.search(r"(?<!\w)(?i:к|ко)\s*$", before):
        return _russian_dative_clock(hour, minute)
    if primary == "ro":  # "de la ora opt", "ora opt și treizeci", not "opt ore" (a duration)
        said = num2words(hour, lang="ro")  # feminine, as ora, but for unu: "ora unu"
        said = re.sub(r"\bdoi(sprezece)?$", r"două\1", said)
        said = said if before.rstrip().endswith(("ora", "orele")) else f"ora {said}"
        return f"{said} și {num2words(minute, lang='ro')}" if minute else said
    if primary in generic.QUARTERS and 1 <= hour <= 12 and minute in (15, 30, 45):
        return _quarter(primary, hour, minute)
    if primary == "pl":
        said = polish_hour(hour, before)
        return f"{said} {num2words(minute, lang='pl')}" if minute else said
    return None


# The Polish hour, a feminine ordinal, in the case of the word before it: "o dziewiątej",
# "od dziewiątej do siedemnastej", "o godzinie ósmej" (locative, genitive: -ej); "na ósmą",
# "przed godziną ósmą" (accusative, instrumental: -ą); else "dziewiąta" (PWN, on clocks).
_PL_HOUR_ENDINGS = ((r"o|od|do|po|około|z|ze|koło|godzinie|godziny", ("ej", "iej")),
                    (r"na|przed|za|godzinę|godziną", ("ą", "ią")))


def polish_hour(hour: int, before: str) -> str:
    """9, "o " → "dziewiątej"; 8, "na godzinę " → "ósmą"; 9, "" → "dziewiąta"."""
    ordinal = num2words(hour or 24, lang="pl", to="ordinal")  # "dziewiąty", "trzeci"
    if joined := _PL_SECOND_CLOCK.search(before):  # "o 8:30 i 21:00": the case of the first
        before = before[:joined.start()]
    last = before[-14:]
    ending = next((ends for words, ends in _PL_HOUR_ENDINGS
                   if re.search(rf"(?<!\w)(?i:{words})\s*$", last)), ("a", "ia"))
    said = ordinal if ending[0] == "ej" else re.sub(r"(?<=[gk])i\b", "y", ordinal)  # druga
    return re.sub(r"(i|y)\b", lambda m: ending[m[1] == "i"], said)


# A clock joined to one before it ("o 8:30 i 21:00", "od 8:00 lub 9:00"): it takes that one's
# case (PWN: coordinated words share their case).
_PL_SECOND_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}(?:[:.]\d\d)?\s+(?:i|lub|oraz|albo)\s+$")


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
    "uk": r"(?<!\w)(?P<p>[зЗ]|[іІ]з|[вВ]ід)" + _HOURS.format(to="до", hour=r"години|год\.")
          + r"(?:\s(?P<abbr>год\.))?",
    "pl": r"(?<!\w)(?P<p>[oO]d)" + _HOURS.format(to="do", hour="godziny"),
}


# A year with its word or its abbreviation ("в 2024 г.", "у 2024 р.", "w 2024 r."), said
# as an ordinal with the word for year, both in the case the preposition before them asks
# for; only the last word of a compound ordinal declines in Russian and Ukrainian (в две
# тысячи двадцать четвёртом году; у дві тисячі двадцять четвертому році), the tens and the
# units both in Polish (w dwa tysiące dwudziestym czwartym roku) (Розенталь; Правопис 2019,
# § 105; PWN, Poradnia językowa, on years). Cases: (prepositions, case, word for year).
YEAR_CASES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "ru": ((r"в|во|о|об|при", "prepositional", "году"), (r"к|ко", "dative", "году"),
           (r"с|со|до|от|после|около|из|для|без|у|кроме|начиная с|в течение|с начала|"
            r"с конца|до конца|в конце|в начале", "genitive", "года"),
           (r"за|на|про|через|по", "accusative", "год"),
           (r"перед|между|над|под", "instrumental", "годом")),
    "uk": ((r"у|в|о|при|по", "locative", "році"),
           (r"з|із|від|до|після|близько|для|без|біля|протягом|з початку|до кінця|у кінці|"
            r"на початку", "genitive", "року"),
           (r"за|на|про|через", "accusative", "рік"), (r"перед|між|над|під", "instrumental",
                                                     "роком")),
    "pl": ((r"w|we|o|po|przy", "locative", "roku"),
           (r"od|do|z|ze|około|dla|bez|u|koło|sprzed|od początku|do końca|na początku|"
            r"na końcu|w ciągu", "genitive", "roku"),
           (r"na|za|przez", "accusative", "rok"), (r"przed|między|nad|pod", "instrumental",
                                                  "rokiem")),
}
YEAR_NOMINATIVE = {"ru": "год", "uk": "рік", "pl": "rok"}
YEAR_MARK = {"ru": r"г\.|год(?:а|у|ом)?", "uk": r"р\.|р(?:ік|оку|оці|оком)",
             "pl": r"r\.|rok(?:u|iem)?"}
# Ordinal adjective endings by case: Ukrainian hard/soft, Polish after -y/-i.
_UK_ORDINAL_ENDINGS = {"genitive": ("ого", "ього"), "locative": ("ому", "ьому"),
                       "instrumental": ("им", "ім")}
_PL_ORDINAL_ENDINGS = {"genitive": ("ego", "iego"), "locative": ("ym", "im"),
                       "instrumental": ("ym", "im")}


def _year_case(before: str, mark: str, primary: str) -> tuple[str, str]:
    """The case and the word for year: from the word written ("году"), else from the
    preposition before ("в 2024 г." → prepositional, году); after another word the
    genitive ("в декабре 2026 года"); alone, the nominative."""
    written = not mark.endswith(".")
    after = [(case, word) for words, case, word in YEAR_CASES[primary]
             if re.search(rf"(?<!\w)(?i:{words})\s+$", before[-20:])
             and (not written or mark == word)]
    after += [(case, word) for _, case, word in YEAR_CASES[primary] if written and mark == word]
    if after:
        return after[0]
    nominative = YEAR_NOMINATIVE[primary]
    if mark == nominative or (mark.endswith(".") and not re.search(r"\w\s+$", before[-3:])):
        return "nominative", nominative  # a heading, a list: "2024 г."
    genitive = next(word for _, case, word in YEAR_CASES[primary] if case == "genitive")
    return "genitive", genitive  # after a noun: "в декабре 2026 г.", "dane z grudnia 2024 r."


def year(m: re.Match[str], primary: str) -> str:
    """"в 2024 г." → "в две тысячи двадцать четвёртом году"; a year after a month is the
    date rules' ("1 декабря 2026 г.")."""
    before = preceding(m)
    if primary == "ru" and re.search(rf"(?:{'|'.join(RU_MONTHS)})\s+$", before[-12:]):
        return m[0]
    case, word = _year_case(before, m["mark"], primary)
    return kept_stop(m, f"{_year_ordinal(int(m['y']), primary, case)} {word}")


def _year_ordinal(value: int, primary: str, case: str) -> str:
    ru_case = "nominative" if case == "accusative" else case  # год is inanimate
    said = num2words(value, lang=primary, to="ordinal",
                     **({"case": ru_case} if primary == "ru" else {}))
    if primary == "uk" and case in _UK_ORDINAL_ENDINGS:
        hard, soft = _UK_ORDINAL_ENDINGS[case]
        said = re.sub(r"(?:ий|ій)$", lambda e: soft if e[0] == "ій" else hard, said)
    if primary == "pl" and case in _PL_ORDINAL_ENDINGS:
        ending = _PL_ORDINAL_ENDINGS[case]
        said = re.sub(r"(?<=\w)(y|i)\b", lambda e: ending[e[1] == "i"], said)
    return said


def _hours_from_to(m: re.Match[str], primary: str) -> str:
    first, second = (clock(primary, int(m[end]), 0, f"{m['p']} ") for end in "ab")
    said = f"{m['p']} {first} {m['to']} {second}"
    return kept_stop(m, f"{said} години") if m.groupdict().get("abbr") else said


# Ukrainian "о 9 год." → "о дев'ятій годині", Polish "w godz. 9.00–18.00" → "w godzinach od
# dziewiątej do osiemnastej": the hour's word and the hour, an ordinal, in its case
# (Правопис 2019; PWN).
_CLOCK_WORD_RULES = {
    "uk": r"(?<!\w)(?P<p>[оО]б?|[пП]о)\s(?P<h>[01]?\d|2[0-4])\s?(?:год\.|годині)(?!\w)",
    "pl": (r"(?<=godzinach\s)(?P<a>[01]?\d|2[0-3])[.:](?P<am>[0-5]\d)\s?[–-]\s?"
           r"(?P<b>[01]?\d|2[0-4])[.:](?P<bm>[0-5]\d)(?![\d.,]\d)"),
}


def _clock_word(m: re.Match[str], primary: str) -> str:
    if primary == "uk":
        return kept_stop(m, f"{m['p']} {_ukrainian_hour(int(m['h']), 'о ')} годині")
    first = clock("pl", int(m["a"]), int(m["am"]), "od ")
    return f"od {first} do {clock('pl', int(m['b']), int(m['bm']), 'do ')}"


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
                                         int(m["y"]) if m["y"] else None, preceding(m))),)
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
    if primary in _CLOCK_WORD_RULES:
        hour_after_word = (*hour_after_word,
                           (_CLOCK_WORD_RULES[primary], lambda m: _clock_word(m, primary)))
    if primary == "pl":  # "od godz. 8 do godz. 18" → "od godziny ósmej do godziny osiemnastej"
        hour_after_word = (*hour_after_word, (
            r"(?<!\w)(?P<w>(?i:od|do|o|po|na|przed|około|z|ze|u|koło)\s+godzin(?:[ęąy]|ie)\s)"
            r"(?P<h>[01]?\d|2[0-4])(?!\d|[:.,]\d|\s?[-–]\s?\d)",
            lambda m: m["w"] + polish_hour(int(m["h"]), m["w"])))
    if primary == "ar":  # "الساعة 8" → "الساعة الثامنة": a whole hour, an ordinal (Ryding)
        hour_after_word = (
            # "9:00 ص", "الساعة 4 م": ص and م after a time are صباحا and مساء (a.m., p.m.)
            (r"(?P<t>(?<![\d:.,])(?:[01]?\d|2[0-3]):[0-5]\d|(?<=الساعة )(?:[1-9]|1[0-2]))"
             r"\s?(?P<x>ص|م)(?!\w)", lambda m: f"{m['t']} {arabic.DAY_HALVES[m['x']]}"),
            (r"(?<=الساعة )(?P<h>[1-9]|1\d|2[0-4])(?![\d:٫]|[.,]\d|\s?[-–]\s?\d)",
             lambda m: arabic.HOURS[int(m["h"]) % 24]),
            # "9 صباحا", "5 مساء": an hour before the part of the day, an ordinal too
            (r"(?<![\d:.,٫])(?P<h>[1-9]|1[0-2])(?=\s(?:صباحا|صباحاً|مساء|مساءً|ظهرا|ليلا)(?!\w))",
             lambda m: arabic.HOURS[int(m["h"])]),
            # "2026م", "1447هـ": a year with its era, ميلادية or هجرية (Ryding, dates)
            (r"(?<![\d.,])(?P<y>1[3-9]\d\d|20\d\d)(?:\s?(?P<e>هـ)|(?P<g>م))(?!\w)",
             lambda m: f"{m['y']} {'هجرية' if m['e'] else 'ميلادية'}"))
    if primary not in MONTHS:
        return (*hour_after_word, *_year_rules(primary))
    names = "|".join(MONTHS[primary])
    mark = {"pl": r"(?:\s?r\.(?!\w))?", "uk": r"(?:\s?р\.(?!\w))?"}.get(primary, "")
    pattern = (rf"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\s+(?P<mon>{names})(?!\w)"
               rf"(?:\s+(?P<y>\d{{4}}){mark})?")

    def said(m: re.Match[str]) -> str:
        spoken = date(primary, int(m["d"]), MONTHS[primary].index(m["mon"]) + 1,
                      int(m["y"]) if m["y"] else None, preceding(m)) or m[0]
        return kept_stop(m, spoken)

    if primary != "ar":
        return (*hour_after_word, (pattern, said), *_year_rules(primary))
    # "مارس 2026" → "مارس ألفين و ستة و عشرين": a year after its month, in idafa (Ryding)
    month_year = (rf"(?<!\w)(?P<mon>{names})\s+(?P<y>\d{{4}})(?!\d|[.,]\d)",
                  lambda m: f"{m['mon']} {_arabic_genitive(num2words(int(m['y']), lang='ar'))}")
    return (*hour_after_word, (pattern, said), month_year, *_year_rules(primary))


def _year_rules(primary: str) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    if primary not in YEAR_MARK:
        return ()
    years = (r"(?<![\d.,/])(?P<y1>1[5-9]\d\d|20\d\d)\s?[–-]\s?(?P<y>1[5-9]\d\d|20\d\d)"
             rf"\s?(?P<mark>{YEARS_MARK[primary]})(?!\w)") if primary in YEARS_MARK else None
    return (*(((years, lambda m: years_said(m, primary)),) if years else ()),
            (rf"(?<![\d.,/])(?P<y>1[5-9]\d\d|20\d\d)\s?(?P<mark>{YEAR_MARK[primary]})(?!\w)",
             lambda m: year(m, primary)))


# Two years and гг. or рр. ("в 2023–2024 гг."): both ordinals, plural, in the case of the
# preposition before (Розенталь; Правопис 2019): case → the word for years.
YEARS_MARK = {"ru": r"гг\.", "uk": r"рр\."}
YEARS_WORD = {
    "ru": {"prepositional": "годах", "genitive": "годов", "dative": "годам",
           "accusative": "годы", "nominative": "годы", "instrumental": "годами"},
    "uk": {"locative": "роках", "genitive": "років", "accusative": "роки", "nominative": "роки",
           "instrumental": "роками"},
}


def years_said(m: re.Match[str], primary: str) -> str:
    """"в 2023–2024 гг." → "в две тысячи двадцать третьем – две тысячи двадцать четвёртом
    годах": each year a singular ordinal in the case, the word for years plural."""
    case, _ = _year_case(preceding(m), "г.", primary)
    first, second = (_year_ordinal(int(m[y]), primary, case) for y in ("y1", "y"))
    return kept_stop(m, f"{first} – {second} {YEARS_WORD[primary][case]}")
