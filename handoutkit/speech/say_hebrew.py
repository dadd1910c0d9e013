"""Hebrew numbers before their nouns, in the noun's gender: Hebrew counts in the feminine
(num2words' default, "שלוש"), but a masculine noun takes the other form, 2 its construct
form, and 1 follows its noun (Glinert, Modern Hebrew: An Essential Grammar, on numerals).
Each, as ``input → spoken``:
  3 כדורים → שלושה כדורים; 2 טבליות → שתי טבליות; 2 ילדים → שני ילדים; 1 כדור → כדור אחד;
  3 בינואר → שלושה בינואר; 5 עד 7 ימים → חמישה עד שבעה ימים; 2 ימים → יומיים;
  1-2 פעמים → פעם עד פעמיים; בימים א'-ה' → בימים ראשון עד חמישי
Units (3 מ"ג, 2 ליטר) are say_units.py's: hebrew_count there says both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from num2words import num2words

from handoutkit.speech.data import counting
from handoutkit.speech.genders import gender
from handoutkit.speech.say_units import hebrew_count

_NOUN = r"[\u05d0-\u05ea]+"
# "3 בינואר": the day of the month is masculine (the Academy of the Hebrew Language)
_MONTHS = "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר"


def rules(primary: str, units: Iterable[str]) -> tuple[tuple[str, Callable[..., str]], ...]:
    """The number before a plural noun (-ים, -ות), and 1 before a singular a dose counts; not
    before a unit's name, which CLDR says ("2 שעות" → "שעתיים")."""
    if primary != "he":
        return ()
    singular = "|".join(sorted(counting.HE_SINGULAR, key=len, reverse=True))
    unit = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    # after a prefix's hyphen ("מ-4 כדורים"), not after a range's dash ("3-5 ימים")
    of = r"\s(?P<of>מכל|מתוך)\s"
    whole = r"(?P<n>[2-9]|[1-9]\d{1,3})(?![\d.,]\d|\s\S)"  # ends the phrase
    duals = "|".join(counting.HE_DUALS)
    return ((r"(?:(?<=יום )|(?<=ימים ))(?P<a>[א-ו])'(?:\s?[-–]\s?(?P<b>[א-וש])')?",
             _weekdays),  # "בימים א'-ה'" → "בימים ראשון עד חמישי"
            (rf"(?<![\d.,:/–])(?<!\d-)(?P<a>[12])(?:\s?[-–]\s?|\sעד\s)(?P<b>[2-9]|[1-9]\d)"
             rf"\s(?P<noun>{duals})(?![\w\d])", _dual_range),  # "פעם עד פעמיים"
            (rf"(?P<noun>{_NOUN})(?:\s(?:אחד|אחת))?{of}{whole}",
             _of_whole),  # "ילד אחד מכל 10": the whole counts the noun before
            (rf"(?<![\d.,:/–])(?P<n>[1-9]|[1-9]\d{{1,3}}){of}(?=(?:[2-9]|[1-9]\d{{1,3}})\s"
             rf"(?P<noun>{_NOUN}(?:ים|ות))(?![\w\d]))", _of_part),  # "2 מכל 3 מבוגרים"
            (rf"(?<![\d.,:/–])(?<!\d-)(?P<a>[2-9]|[1-9]\d{{1,3}})\s(?P<w>עד|או)\s"
             rf"(?=(?:[2-9]|[1-9]\d{{1,3}})\s(?P<noun>{_NOUN}(?:ים|ות))(?![\w\d]))", _first_end),
            (rf"(?<![\d.,:/–])(?<!\d-)(?P<n>[2-9]|[1-9]\d{{1,3}})\s(?!(?:{unit})(?!\w))"
             rf"(?P<noun>{_NOUN}(?:ים|ות))(?![\w\d])", _count),
            (rf"(?<![\d.,:/–])(?<!\d-)(?P<n>1)\s(?P<noun>{singular})(?![\w\d])", _count),
            (rf"(?<![\d.,:/–])(?<!\d-)(?P<d>[1-9]|[12]\d|3[01])(?=\sב(?:{_MONTHS})(?!\w))",
             lambda m: num2words(int(m["d"]), lang="he", gender="m")))


def _of_whole(m: re.Match[str]) -> str:
    """"3 מקרים מתוך 10" → "… מתוך עשרה": the number stands for the noun before it."""
    noun = counting.HE_SINGULAR_OF.get(m["noun"], m["noun"])
    said = num2words(int(m["n"]), lang="he", gender=gender(noun, "he"))
    return f"{m[0][:m.start('of') - m.start()]} {m['of']} {said}"


def _of_part(m: re.Match[str]) -> str:
    """"2 מכל 3 מבוגרים" → "שניים מכל": the part stands for the noun after the whole."""
    return f"{num2words(int(m['n']), lang='he', gender=gender(m['noun'], 'he'))} {m['of']} "


def _first_end(m: re.Match[str]) -> str:
    """"5 עד 7 ימים": the first end agrees with the noun after the second ("חמישה עד")."""
    said = num2words(int(m["a"]), lang="he", gender=gender(m["noun"], "he"))
    return f"{said} {m['w']} "


# The days of the week by their letters, as clinics write opening days (א' is Sunday).
_WEEKDAYS = {"א": "ראשון", "ב": "שני", "ג": "שלישי", "ד": "רביעי", "ה": "חמישי", "ו": "שישי",
             "ש": "שבת"}


def _weekdays(m: re.Match[str]) -> str:
    return _WEEKDAYS[m["a"]] + (f" עד {_WEEKDAYS[m['b']]}" if m["b"] else "")


def _dual_range(m: re.Match[str]) -> str:
    """"1-2 פעמים" → "פעם עד פעמיים", "2-3 ימים" → "יומיים עד שלושה ימים" (Glinert)."""
    one, two = counting.HE_DUALS[m["noun"]]
    first = one if m["a"] == "1" else two
    if m["b"] == "2":
        return f"{first} עד {two}"
    said = num2words(int(m["b"]), lang="he", gender=gender(m["noun"], "he"))
    return f"{first} עד {said} {m['noun']}"


def _count(m: re.Match[str]) -> str:
    n, noun = int(m["n"]), m["noun"]
    if n == 2 and noun in counting.HE_DUALS:  # "יומיים", "פעמיים" (Glinert, the dual)
        return counting.HE_DUALS[noun][1]
    if 2 <= n <= 10 and noun[:1] == "ה" and noun[1:] in counting.HE_COUNTED:
        # "שלושת החודשים", "שני השבועות": before a definite noun, the construct (Glinert)
        return f"{num2words(n, lang='he', gender=gender(noun, 'he'), construct=True)} {noun}"
    return hebrew_count(n, noun, gender(noun, "he"))
