"""Grammar of numbers that CLDR's plural forms do not give: the case a preposition asks for,
and the numbers some languages count with.

Each rule, as ``input → spoken``:
  ru genitive   после 30 минут → после тридцати минут; до 2 л → до двух литров; от 1 до
                3 мин → от одной до трёх минут (после, до, от, около, более, менее, больше,
                меньше, свыше, кроме, без, для, в течение ask for the genitive; the unit
                then takes its genitive singular after 1, 21 … and its plural otherwise)
  zh year       2026年 → 二零二六年 (a year digit by digit, not 二千零二十六)
  ko native     7잔 → 일곱 잔; 12시간 → 열두 시간; 2번 → 두 번 (native Korean numbers before
                counters of things, cups, hours of time, times, people, age; Sino-Korean
                numbers stay for minutes, units and 개월)
  ru date       1 декабря → первого декабря; 20.11.2026 г. → двадцатого ноября две тысячи
                двадцать шестого года (the day and year as ordinals in the genitive, "г."
                said as года)
  ar counting   1 ساعة → ساعة واحدة; 2 L → لتران; بعد 2 ساعة → بعد ساعتين; 3 ساعات → ثلاث
                ساعات; بعد 30 دقيقة → بعد ثلاثين دقيقة (data/arabic.py)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.speech.data import arabic
from handoutkit.speech.say_cases import cldr_genitive, one_of_feminine, stop_kept, takes_one
from handoutkit.speech.say_units import kept_stop, preceding

# Russian prepositions (and comparatives) after which a number takes the genitive.
GENITIVE_BEFORE = ("после", "до", "от", "около", "более", "менее", "больше", "меньше",
                   "свыше", "кроме", "без", "для", "в течение", "не более", "не менее", "ниже",
                   "выше", "у", "из", "в возрасте", "старше", "младше", "моложе", "дольше",
                   "чаще", "реже", "не чаще", "не реже", "позже", "позднее", "не позже",
                   "не позднее", "раньше",
                   # с meaning from: "с 8 до 18", "с 65 лет"
                   r"с(?=\s+\d{1,3}\s+(?:до\s|лет|года|месяцев|месяца|недель|дней))")
# CLDR unit → (genitive singular, genitive plural, gender), for a unit written as a symbol.
RU_GENITIVE = {
    "duration-minute": ("минуты", "минут", "f"), "duration-hour": ("часа", "часов", "m"),
    "duration-second": ("секунды", "секунд", "f"), "volume-liter": ("литра", "литров", "m"),
    "volume-milliliter": ("миллилитра", "миллилитров", "m"),
    "mass-milligram": ("миллиграмма", "миллиграммов", "m"),
    "mass-gram": ("грамма", "граммов", "m"), "mass-kilogram": ("килограмма", "килограммов", "m"),
    "temperature-celsius": ("градуса Цельсия", "градусов Цельсия", "m"),
    "concentr-percent": ("процента", "процентов", "m"),
    "pressure-millimeter-ofhg": ("миллиметра ртутного столба", "миллиметров ртутного столба",
                                 "m"),
}
# CLDR unit → its accusative singular after "на" (per): "на децилитр", "на килограмм".
RU_PER = {"volume-deciliter": "децилитр", "volume-liter": "литр", "mass-kilogram": "килограмм",
          "duration-hour": "час", "duration-minute": "минуту", "volume-milliliter": "миллилитр"}
# Korean counters that take native numbers (한, 두, 세 …), not Sino-Korean (일, 이, 삼 …).
KO_COUNTERS = ("잔", "시간", "개", "번", "명", "살", "알", "병", "컵", "그릇", "봉지", "장",
               "마리", "방울", "달", "가지", "숟가락", "스푼", "캡슐", "배", "포", "팩",
               "티스푼", "큰술", "작은술", "모금", "군데", "곳", "차례", "끼", "상자",
               "통", "갑", "켤레", "벌", "줄")
# June and October drop a sound: 6월 is 유월, 10월 is 시월 (표준어 규정 제52항 notes).
KO_MONTHS = {"6": "유", "10": "시"}
KO_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
KO_UNITS = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")


# Mandarin measure words before which 2 is 两 (Chao, A Grammar of Spoken Chinese): 两片,
# 两次, 两天, 两个小时; not 月 (二月 is February) nor 号 (a date).
ZH_MEASURES = ("片|粒|次|个|個|杯|瓶|袋|支|天|周|週|星期|小时|小時|分钟|分鐘|岁|歲|位|名|碗|勺|顿|"
               "頓|遍|种|種|条|條|张|張|包|盒|年|口|滴|克|公斤|升|毫升|斤|点|點|倍|颗|顆|錠|剂|劑"
               "|贴|貼|匙|茶匙|汤匙|湯匙|针|針|块|塊|份|根|节|節|组|組|套|下|喷|噴|揿|撳|趟|回|阵|陣")


ZH_MEASURE = re.compile(rf"\s?(?:{ZH_MEASURES})")


def _korean_count(m: re.Match[str]) -> str:
    """7잔 → 일곱 잔; 3~4시간 → 세 내지 네 시간; 3시 → 세 시 (native numbers before counters
    and the hour of the clock; 표준국어대사전)."""
    said = f"{native_korean(int(m['n']))} {m['c']}"
    if m["a"] and m["c"] == "시":  # a span of the clock: 9시~17시 → 아홉 시부터 열일곱 시까지
        until = "" if m.string.startswith("까지", m.end()) else "까지"
        return f"{native_korean(int(m['a']))} 시부터 {said}{until}"
    return f"{native_korean(int(m['a']))} 내지 {said}" if m["a"] else said


def native_korean(n: int) -> str:
    """1-99 in native Korean numbers as said before a counter: 12 → 열두, 20 → 스무."""
    tens, units = divmod(n, 10)
    if n == 20:
        return "스무"
    return KO_TENS[tens] + KO_UNITS[units]


_RU_GENITIVE_BEFORE = re.compile(rf"(?<!\w)(?i:{'|'.join(GENITIVE_BEFORE)})\s*$")


def russian_reading_first(high: int, before: str) -> str:
    """The first reading of a blood pressure, genitive after "выше", "до" (выше ста сорока
    на девяносто)."""
    case = "genitive" if _RU_GENITIVE_BEFORE.search(before) else "nominative"
    return num2words(high, lang="ru", case=case)


def russian_genitive(m: re.Match[str], units: dict[str, str], later: re.Pattern[str]) -> str:
    """"после 30 мин" → "после тридцати минут"; a noun written out keeps its form and gives
    the number its gender ("1 недели" → "одной недели"), as does the unit at the end of a
    range ("от 1 до 3 мин" → "от одной до трёх минут")."""
    n, unit = int(re.sub(r"\D", "", m["n"])), m["u"]
    noun = ""
    if unit:
        tabled = units[unit] in RU_GENITIVE and (not m["per"] or units[m["per"]] in RU_PER)
        singular, plural, gender = (RU_GENITIVE[units[unit]] if tabled
                                    else cldr_genitive(unit, "ru", m["per"]))
        noun = singular if takes_one(n) and not m["f"] else plural
        if m["f"] and not (n == 1 and m["f"] == "5"):  # after a decimal: genitive singular
            noun = singular
        if m["per"] and tabled:  # "мг/дл" → "миллиграммов на децилитр"
            noun += f" на {RU_PER[units[m['per']]]}"
    elif (ahead := later.match(m.string, m.end())) is not None:
        gender = (RU_GENITIVE.get(units[ahead["u"]]) or cldr_genitive(ahead["u"], "ru"))[2]
    else:
        after = m.string[m.end():m.end() + 40]
        gender = "f" if re.match(r"\s*\w+[ыи]\b", after) or one_of_feminine(after, "ru") else "m"
    if m["f"]:
        said = _russian_decimal_genitive(n, m["f"], gender)
    else:
        said = num2words(n, lang="ru", case="genitive", gender=gender)
    if m["a"]:  # "в течение пяти – семи дней"
        said = f"{num2words(int(m['a']), lang='ru', case='genitive', gender=gender)} – {said}"
    return f"{m['p']} {said} {noun}".rstrip()


RU_PARTS = (("десятой", "десятых"), ("сотой", "сотых"), ("тысячной", "тысячных"))


def _russian_decimal_genitive(whole: int, decimals: str, gender: str) -> str:
    """1, "5" → "полутора" (полторы, полтора in the genitive; Розенталь); 2, "5" → "двух
    целых пяти десятых": the whole and the decimals genitive feminine (целых, долей)."""
    if whole == 1 and decimals == "5":
        return "полутора"
    part, n = RU_PARTS[min(len(decimals), 3) - 1], int(decimals[:3])
    said_whole = num2words(whole, lang="ru", case="genitive", gender="f").replace("ноля", "нуля")
    said_part = num2words(n, lang="ru", case="genitive", gender="f").replace("ноля", "нуля")
    return (f"{said_whole} {'целой' if takes_one(whole) else 'целых'} "
            f"{said_part} {part[0] if takes_one(n) else part[1]}")


RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


_RU_DATE_CASES = ((re.compile(r"(?<!\w)(?i:на|по)\s+$"), "accusative"),
                  (re.compile(r"(?<!\w)(?i:к|ко)\s+$"), "dative"))


def russian_date(day: int, month: str, year: int | None, before: str = "") -> str:
    """1, "декабря", 2026 → "первого декабря две тысячи двадцать шестого года": the day
    and the year are ordinals in the genitive, as a date is said (Розенталь, Справочник по
    правописанию и стилистике, on dates); the day in the accusative after на, по ("на
    пятнадцатое марта") and in the dative after к ("к первому декабря")."""
    case = next((case for after, case in _RU_DATE_CASES if after.search(before[-6:])),
                "genitive")
    said = f"{num2words(day, lang='ru', to='ordinal', case=case, gender='n')} {month}"
    if year is not None:
        said += f" {num2words(year, lang='ru', to='ordinal', case='genitive')} года"
    return said


def _arabic_number(n: int, genitive: bool, construct: bool = True) -> str:
    """42 → "اثنان و أربعون"; after a preposition "-ون", "اثنان" and a dual hundred or
    thousand ("مئتان") take the genitive."""
    said = num2words(n, lang="ar")
    if genitive:
        said = re.sub(r"ون\b", "ين", said)
        said = re.sub(r"\bاثنان\b", "اثنين", re.sub(r"\bاثنا\b", "اثني", said))
        # "أعط مئتين وخمسين", "من مئتي مريض" (num2words writes 200 alone as مئتا; Ryding)
        # 200 alone before its noun is a construct ("مئتي مريض"), else "من مئتين"
        ending = "ي" if construct and " " not in said else "ين"
        said = re.sub(r"\b(مئت|مائت|ألف)(?:ان|ا)\b", rf"\1{ending}", said)
    return said


# the units word before "و" and the tens ("ثمانية و ثلاثون"), in both genders
_AR_UNITS = ("واحد|اثنان|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة"
             "|إحدى|اثنتان|ثلاث|أربع|خمس|ست|سبع|ثماني|تسع")
_AR_NUMBER_AFTER = (
    r"(?P<h>(?:\w*مائة|\w*مئة|مائتين|مائتان|ألف|ألفين|ألفان)\s?و\s?)?"  # "من مائة و أربعون"
    rf"(?P<u>(?:{_AR_UNITS})\s?و\s?)?(?P<n>\w+?)(?P<end>ون|ان)\b")
_AR_AFTER_PREPOSITION = re.compile(
    rf"(?<!\w)(?P<p>{'|'.join(arabic.GENITIVE_BEFORE)}"
    rf"|(?:{'|'.join(arabic.VERBS_BEFORE_SUBJECT)})(?:\s+ال[^\W\d_]+)?)\s+{_AR_NUMBER_AFTER}")
# 200 or 2000 alone before its noun, a dual in construct: "مئتا" → "مئتي" (Ryding)
_AR_HUNDRED_AFTER = re.compile(
    rf"(?<!\w)(?P<p>{'|'.join(arabic.GENITIVE_BEFORE)})\s+(?P<n>مئت|مائت|ألف)ا(?!\w)")
# A word after a number that is its noun, not a preposition or a conjunction ("من 200 إلى").
_AR_NOUN_NEXT = re.compile(r"\s+(?!(?:إلى|و|أو|في|من|على|ثم|حتى|لكل|كل)(?!\w))[^\W\d_]")
# "بين سبعين و مائة و ثلاثين": the second end, of one or two words joined by و, genitive too
_AR_BETWEEN = re.compile(rf"(?<!\w)(?P<p>بين\s+\w+(?:\s?و\s?\w+)?\s+و)\s?{_AR_NUMBER_AFTER}")
_AR_NUMBER_ENDINGS = frozenset({"عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع",
                                "اثن"})


def arabic_genitive_after_prepositions(text: str) -> str:
    """"من سبعون" → "من سبعين", "على ستون" → "على ستين": the tens and "اثنان" after a
    preposition take the genitive, and after a verb whose object the number is the
    accusative, of the same form ("تجاوزت الحرارة ثمانية و ثلاثين فاصلة خمسة"), wherever
    another rule said the number."""
    def genitive(m: re.Match[str]) -> str:
        if m["n"] not in _AR_NUMBER_ENDINGS:
            return m[0]
        unit = re.sub(r"^اثنتان", "اثنتين", re.sub(r"^اثنان", "اثنين", m["u"] or ""))
        hundreds = re.sub(r"(ألف|مائت)ان", r"\1ين", m["h"] or "")
        return f"{m['p']} {hundreds}{unit}{m['n']}ين"
    text = _AR_AFTER_PREPOSITION.sub(genitive, text)
    text = _AR_HUNDRED_AFTER.sub(  # "من مئتي مليغرام", "أكثر من مئتين"
        lambda m: f"{m['p']} {m['n']}{'ي' if _AR_NOUN_NEXT.match(m.string, m.end()) else 'ين'}",
        text)
    return _AR_BETWEEN.sub(genitive, text)  # "بين عشرة و عشرين": both ends genitive


_AR_FORMS = {form: entry for entry in arabic.NOUNS for form in entry[:3]}
_AR_SINGULAR = {entry[0]: entry for entry in arabic.NOUNS}


def arabic_count(m: re.Match[str], units: dict[str, str]) -> str:
    """A number and the noun it counts, in the form the number asks for (data/arabic.py);
    after a preposition or a verb whose object it is (its subject may come between), "-ون"
    and a dual's "-ان" become "-ين" (genitive, accusative); a range's first end is said
    before it ("اثنان إلى ثلاثة لترات")."""
    n, genitive = int(m["n"]), bool(m["p"] or m["v"])
    before = (f"{m['p']} " if m["p"] else f"{m['v']} {m['subject']} " if m["v"] else "")
    entry = (_AR_SINGULAR[arabic.UNIT_NOUNS[units[m["u"]]]] if m["u"]
             else _AR_FORMS.get(m["w"] or ""))
    genitive = genitive or (entry is not None and entry[0] in arabic.ADVERBIAL)
    if m["a"]:
        first = int(m["a"])
        if first == 1 and entry is not None:  # "ساعة إلى ساعتين": 1 is the noun alone
            before += f"{entry[0]} إلى "
        elif first == 2 and entry is not None:  # "مرتين إلى ثلاث مرات": the dual alone
            before += f"{re.sub(r'ان$', 'ين', entry[1]) if genitive else entry[1]} إلى "
        elif entry is not None and entry[3] == "f":  # "أربع إلى ست ساعات": both agree
            said = _arabic_number(first, genitive)
            said = (arabic.FEMININE_COUNTS.get(said, said) if first <= 10
                    else arabic_feminine(said, first))
            before += f"{said} إلى "
        else:
            before += f"{_arabic_number(first, genitive)} إلى "
        genitive = True  # after إلى
    if m["neg"]:
        before += "سالب "
    if entry is None:  # a bare number: said by the number rules, unless a preposition
        noun_next = _AR_NOUN_NEXT.match(m.string, m.end())
        return (before + _arabic_number(n, genitive, noun_next is not None) if genitive
                else m[0])
    singular, dual, plural, gender = entry
    if n == 1:
        return f"{before}{singular} {arabic.ONE[gender]}"
    if n == 2:  # the dual alone; oblique after a preposition: "ساعتين"
        return before + (re.sub(r"ان\b", "ين", dual) if genitive else dual)
    if n <= 10:
        number = _arabic_number(n, genitive)
        if gender == "f":
            number = arabic.FEMININE_COUNTS.get(number, number)
        return f"{before}{number} {plural}"
    number = _arabic_number(n, genitive)
    return f"{before}{arabic_feminine(number, n) if gender == 'f' else number} {singular}"


def arabic_counted(n: int, noun: str) -> str | None:
    """2, "كيلوغرام" → "كيلوغرامان"; 8, "ساعات" → "ثماني ساعات": a count of 2-10 of a noun
    data/arabic.py knows (in any of its forms), in the nominative; None for any other
    (Ryding)."""
    entry = _AR_FORMS.get(noun)
    if entry is None or not 2 <= n <= 10:
        return None
    if n == 2:
        return entry[1]
    number = _arabic_number(n, False)
    return f"{arabic.FEMININE_COUNTS.get(number, number) if entry[3] == 'f' else number} {entry[2]}"


def arabic_feminine(said: str, n: int) -> str:
    """"خمسة عشر" → "خمس عشرة", "واحد و عشرون" → "إحدى و عشرون": 11 and up before a
    feminine noun (Ryding: 3-9 take the opposite gender, the عشر of 11-19 agrees)."""
    words = [arabic.FEMININE_COUNTS.get(word, word) if word != "عشرة" else word
             for word in said.split(" ")]
    words = [{"أحد": "إحدى", "واحد": "إحدى", "اثنان": "اثنتان", "اثنين": "اثنتين",
              "اثنا": "اثنتا", "اثني": "اثنتي"}.get(word, word) for word in words]
    if 11 <= n % 100 <= 19:
        words = ["عشرة" if word == "عشر" else word for word in words]
    return " ".join(words)


def rules(primary: str, units: dict[str, str]) -> tuple[tuple[str, Callable[..., str]], ...]:
    """The grammar rules of a language, as (regex, speaker), to run before the number rules."""
    if primary == "ar":
        symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)
                           if units[u] in arabic.UNIT_NOUNS)
        nouns = "|".join(sorted(_AR_FORMS, key=len, reverse=True))
        every = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        oblique = "|".join((*arabic.GENITIVE_BEFORE, *arabic.VERBS, *arabic.VERBS_BEFORE_SUBJECT))
        subject_first = "|".join(arabic.VERBS_BEFORE_SUBJECT)
        pattern = (rf"(?:(?:(?<!\w)(?P<p>{oblique})\s+"
                   rf"|(?<!\w)(?P<v>{subject_first})\s+(?P<subject>ال[^\W\d_]+)\s+)?"
                   r"(?:(?<![\d.,٫/–-])(?P<a>\d{1,9})\s?[-–]\s?|(?<![^\s(])(?P<neg>-)"
                   r"|(?<![\d.,٫/–-]))(?P<n>\d{1,9})(?![\d.,٫/]|\s?[-–]\s?\d)"
                   rf"(?:\s?(?P<u>{symbols})(?![\w/])|\s(?P<w>{nouns})(?!\w)"
                   rf"|(?!\s?(?:{every}|[%٪]))))")  # another unit: left for its own rule
        return ((pattern, lambda m: arabic_count(m, units)),)
    if primary == "ru":
        symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        per = symbols
        before = "|".join(GENITIVE_BEFORE)  # "Около 2 л" opens a sentence: any case
        grouped = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"  # 10 000: CLDR ru groups
        pattern = (rf"(?<!\w)(?P<p>(?i:{before}))\s+(?:(?P<a>\d{{1,6}})\s?[-–]\s?)?"
                   rf"(?P<n>{grouped}|\d{{1,9}})"
                   rf"(?:[.,](?P<f>\d{{1,3}}))?"
                   r"(?![\d.,]\d|/\d)"
                   rf"(?:\s?(?P<u>{symbols})(?:/(?P<per>{per}))?(?![\w/]))?")
        later = re.compile(rf"\s*[-–]?\s*(?:до\s+)?\d+\s?(?P<u>{symbols})(?!\w)")
        date = (r"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\s+(?P<mon>" + "|".join(RU_MONTHS)
                + r")(?!\w)(?:\s+(?P<y>\d{4})(?:\s?(?:г\.|года)(?!\w))?)?")
        return ((date, lambda m: kept_stop(m, russian_date(
                    int(m["d"]), m["mon"], int(m["y"]) if m["y"] else None,
                    preceding(m)))),
                (pattern, lambda m: stop_kept(m, russian_genitive(m, units, later))))
    if primary == "zh":  # a year is said digit by digit: 2026年 → 二零二六年
        import cn2an  # a tenth of a second: loaded for Chinese only

        return ((r"(?<![\d.,])(?P<y>\d{4})(?=\s?年)",
                 lambda m: "".join(cn2an.an2cn(digit) for digit in m["y"])),
                (rf"(?<![\d.,第\-–~〜])2(?![\d.,])(?=\s?(?:{ZH_MEASURES}))", lambda m: "两"))
    if primary == "ko":
        counters = "|".join(sorted(KO_COUNTERS, key=len, reverse=True))
        # not after 제, which makes a Sino-Korean ordinal: 제3장 → 제삼 장
        pattern = (r"(?<![\d.,제])(?:(?P<a>[1-9]\d?)\s?[~〜～-]\s?)?(?P<n>[1-9]\d?)(?![\d.,])"
                   rf"\s?(?P<c>{counters}|시(?!간))(?!월)")
        span = r"(?<![\d.,])(?P<a>\d{1,2})시\s?[~〜～-]\s?(?P<b>\d{1,2})시(?:까지)?(?!간)"
        return ((r"(?<![\d.,])(?P<n>6|10)(?=\s?월)", lambda m: KO_MONTHS[m["n"]]),
                (span, lambda m: f"{m['a']}시부터 {m['b']}시까지"),  # 9시~17시
                (pattern, _korean_count))
    return ()
