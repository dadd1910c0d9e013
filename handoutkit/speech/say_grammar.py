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
"""

from __future__ import annotations

import re
from collections.abc import Callable

import cn2an
from num2words import num2words

# Russian prepositions (and comparatives) after which a number takes the genitive.
GENITIVE_BEFORE = ("после", "до", "от", "около", "более", "менее", "больше", "меньше",
                   "свыше", "кроме", "без", "для", "в течение", "не более", "не менее")
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
# Korean counters that take native numbers (한, 두, 세 …), not Sino-Korean (일, 이, 삼 …).
KO_COUNTERS = ("잔", "시간", "개", "번", "명", "살", "알", "병", "컵", "그릇", "봉지", "장",
               "마리", "방울", "달", "가지", "숟가락", "스푼")
KO_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
KO_UNITS = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")


def native_korean(n: int) -> str:
    """1-99 in native Korean numbers as said before a counter: 12 → 열두, 20 → 스무."""
    tens, units = divmod(n, 10)
    if n == 20:
        return "스무"
    return KO_TENS[tens] + KO_UNITS[units]


def _singular(n: int) -> bool:
    """Whether a Russian noun after the number takes the singular: 1, 21, 101, not 11."""
    return n % 10 == 1 and n % 100 != 11


def russian_genitive(m: re.Match[str], units: dict[str, str], later: re.Pattern[str]) -> str:
    """"после 30 мин" → "после тридцати минут"; a noun written out keeps its form and gives
    the number its gender ("1 недели" → "одной недели"), as does the unit at the end of a
    range ("от 1 до 3 мин" → "от одной до трёх минут")."""
    n, unit = int(m["n"]), m["u"]
    noun = ""
    if unit:
        singular, plural, gender = RU_GENITIVE[units[unit]]
        noun = singular if _singular(n) else plural
    elif (ahead := later.match(m.string, m.end())) is not None:
        gender = RU_GENITIVE[units[ahead["u"]]][2]
    else:
        gender = "f" if re.match(r"\s*\w+[ыи]\b", m.string[m.end():m.end() + 40]) else "m"
    said = num2words(n, lang="ru", case="genitive", gender=gender)
    return f"{m['p']} {said} {noun}".rstrip()


def rules(primary: str, units: dict[str, str]) -> tuple[tuple[str, Callable[..., str]], ...]:
    """The grammar rules of a language, as (regex, speaker), to run before the number rules."""
    if primary == "ru":
        symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)
                           if units[u] in RU_GENITIVE)
        pattern = (rf"(?<!\w)(?P<p>{'|'.join(GENITIVE_BEFORE)})\s+(?P<n>\d{{1,9}})(?![\d.,]\d)"
                   rf"(?:\s?(?P<u>{symbols})(?!\w))?")
        later = re.compile(rf"\s*[-–]?\s*(?:до\s+)?\d+\s?(?P<u>{symbols})(?!\w)")
        return ((pattern, lambda m: russian_genitive(m, units, later)),)
    if primary == "zh":  # a year is said digit by digit: 2026年 → 二零二六年
        return ((r"(?<![\d.,])(?P<y>\d{4})(?=\s?年)",
                 lambda m: "".join(cn2an.an2cn(digit) for digit in m["y"])),)
    if primary == "ko":
        counters = "|".join(sorted(KO_COUNTERS, key=len, reverse=True))
        pattern = rf"(?<![\d.,])(?P<n>[1-9]\d?)(?![\d.,])\s?(?P<c>{counters})(?!월)"
        return ((pattern, lambda m: f"{native_korean(int(m['n']))} {m['c']}"),)
    return ()
