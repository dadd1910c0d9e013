"""A number agreeing with the noun it counts, for the languages say_generic.py reads: the
gender (and in Russian, Ukrainian, Polish the case) of the noun after it, or after a range.

Each, as ``input → spoken``:
  times         3x/jour → trois fois; 2x → два раза; 1x → uma vez; 3x → drei Mal
  number        1 semaine → une semaine; 2 horas → duas horas; 2 таблетки → две таблетки;
                по 1 таблетке → по одной таблетке; 1 таблетку → одну таблетку; 20 de zile
                → douăzeci de zile; între 2 și 4 săptămâni → între două și patru săptămâni
  first_end     1-2 h → uma a duas horas; 1-2 Stunden → ein bis zwei Stunden; 1-2 שעות →
                שעה עד שעתיים
  unit_range    10-15 mg/kg → 每千克十至十五毫克; 킬로그램당 십 내지 십오밀리그램; 37.5~38°C →
                섭씨 삼십칠 점 오 내지 삼십팔도 (a per-unit or a unit's word said before the amount
                goes before the whole range)
  number_range  2-3 vezes → duas a três vezes; 2-3 ori → două până la trei ori; 3–5 ימים →
                שלושה עד חמישה ימים
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from num2words import num2words

from handoutkit.speech import say_cases, say_grammar, say_parts
from handoutkit.speech.data import counting, generic
from handoutkit.speech.genders import gender
from handoutkit.speech.say_units import (
    UNSPACED,
    Generic,
    number_words,
    preceding,
    romanian_count,
    say_unit,
    unit_name,
    units,
)


def times(m: re.Match[str], lang: Generic) -> str:
    """3, fr → "trois fois"; 2, ru → "два раза"; 1, pt → "uma vez"; 3, de → "dreimal"."""
    words, n = generic.TIMES.get(lang.primary), int(m["n"])
    if words is None:  # left to the number rules
        return m[0]
    category = lang.locale.plural_form(n)
    word = words.get(category, words["other"])
    gender = "f" if lang.primary in generic.TIMES_FEMININE else "m"
    said = number_words(str(n), lang, gender)
    if n == 2 and lang.primary in generic.TIMES_TWICE:  # "פעמיים", "مرتين"
        return generic.TIMES_TWICE[lang.primary]
    if n == 1 and lang.primary in ("ar", "he"):  # the number after its noun: "مرة واحدة"
        return {"ar": "مرة واحدة", "he": "פעם אחת"}[lang.primary]
    if lang.primary == "ar" and (counted := say_grammar.arabic_counted(n, "مرة")):
        return counted  # "ثلاث مرات": 3-10 of a feminine noun (Ryding)
    if lang.primary == "ro":  # "de două ori", "de douăzeci de ori"; "3x/zi" → "de trei ori"
        de = "" if re.search(r"(?<!\w)de\s*$", preceding(m)) else "de "
        return f"{de}{romanian_count(n, said, word)} {word}"
    if lang.primary == "ko":
        return f"{say_grammar.native_korean(n) if n < 100 else said} {word}"
    if lang.primary == "de":  # "drei Mal" (Duden allows it beside "dreimal"; read back)
        return f"{'ein' if n == 1 else said} {word}"
    return f"{said}{word}" if lang.primary in UNSPACED else f"{said} {word}"


_NEXT_WORD = re.compile(r"\s(?P<w>[^\W\d_]+)")
_RO_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_RO_YEAR_BEFORE = re.compile(r"(?<!\w)(?i:în|anul|din anul|până în|începând cu)\s+$")
_RO_HOUR_BEFORE = re.compile(r"(?<!\w)(?i:ora|orele)\s+$")  # the hour, feminine as ora
_RO_OR = frozenset({"și", "sau", "până"})  # "70 și 130 mg": the noun after the second
_OF_COUNT = re.compile(r"\s\d+\s(?P<w>[^\W\d_]+)")  # "din 10 copii": the noun counted
# "2 și 4 săptămâni", "2, 4 și 6 luni": the numbers of a list count the noun after the last
_SECOND_OF_TWO = re.compile(r"(?:,\s?\d+)*,?\s(?:și|sau|până la|e|ou|a)\s\d+\s(?P<w>[^\W\d_]+)")


def number(m: re.Match[str], lang: Generic) -> str:
    if m[0] == "-":
        return generic.MINUS.get(lang.primary, "-") + ("" if lang.primary in UNSPACED else " ")
    said = number_words(m[0], lang)
    if lang.primary == "ro" and _RO_YEAR.fullmatch(m[0]) and _RO_YEAR_BEFORE.search(
            preceding(m)):
        return said  # "în 2025 au fost": a year, with no "de" (DOOM)
    if lang.primary == "ro" and _RO_HOUR_BEFORE.search(preceding(m)):
        return re.sub(r"\bdoi(sprezece)?$", r"două\1", said)  # "ora douăzeci și două"
    noun = (_NEXT_WORD.match(m.string, m.end())
            if lang.primary in ("fr", "pt", "it", "ht", "de", "ro", "ru", "uk", "pl") else None)
    if noun is not None and m[0] in ("1,5", "1.5") and lang.primary in generic.ONE_AND_A_HALF:
        feminine = noun["w"].endswith(("ы", "и", "y", "i"))  # полторы таблетки, półtorej dawki
        return generic.ONE_AND_A_HALF[lang.primary][feminine]
    if noun is not None and m[0].isdigit() and lang.primary in ("ru", "uk", "pl"):
        if said_dative := say_cases.dative_one(int(m[0]), noun["w"], preceding(m),
                                               lang.primary):
            return said_dative
        if said_oblique := say_cases.oblique_count(int(m[0]), noun["w"], lang.primary,
                                                   preceding(m)):
            return said_oblique  # "между двумя приёмами", "w trzech dawkach"
        if said_locative := say_cases.locative_one(int(m[0]), noun["w"], preceding(m),
                                                   lang.primary):
            return said_locative  # "в одном случае", "у одному випадку", "w jednej dawce"
        if say_cases.feminine_accusative_one(int(m[0]), noun["w"], preceding(m),
                                             lang.primary):  # "одну таблетку", "jedną"
            return re.sub(r"\S+$", say_cases.ACCUSATIVE_ONE[lang.primary],
                          number_words(m[0], lang, "f"))
        return number_words(m[0], lang, say_cases.counted_gender(int(m[0]), noun["w"],
                                                                 lang.primary))
    if noun is not None and m[0] == "1" and lang.primary == "ro" and noun["w"] in ("din",
                                                                                  "dintre"):
        # "unul din zece copii", "una din cinci femei": one of them, a pronoun (DOOM)
        of = _OF_COUNT.match(m.string, noun.end())
        return "una" if of and romanian_count(2, "doi", of["w"]) == "două" else "unul"
    second = None
    if m[0].isdigit() and (lang.primary == "ro" or noun is not None and lang.primary == "pt"):
        # "între 2 și 4 săptămâni", "entre 2 e 4 semanas": the first counts the same noun;
        # in Romanian a list's too ("la 2, 4 și 6 luni")
        second = _SECOND_OF_TWO.match(m.string, m.end())
        noun = second or noun
    if lang.primary == "ro" and m[0].isdigit() and (
            second is not None or noun is not None and noun["w"] in _RO_OR):
        # its "de" goes with the second only: "între șaptezeci și o sută de miligrame"
        said = romanian_count(int(m[0]), said, second["w"] if second else "").removesuffix(" de")
        return _RO_ONE_ALONE.get(said, said)  # "între unu și trei ani"
    if noun is not None and m[0].isdigit() and lang.primary == "ro":
        if noun["w"] == "de" and (after := _NEXT_WORD.match(m.string, noun.end())):
            # "20 de zile" is written with its "de": not said twice
            return romanian_count(int(m[0]), said, after["w"]).removesuffix(" de")
        return romanian_count(int(m[0]), said, noun["w"])
    if noun is not None and m[0].isdigit():  # "une semaine", "duas horas"
        said = say_parts.agree(said, noun["w"], lang.primary)
        if said in ("ein", "eine") and _DE_DATIVE.search(preceding(m)):
            return "einer" if said == "eine" else "einem"  # "mit einer Tablette"
        if said == "ein" and gender(noun["w"], "de") == "m" and _DE_OBJECT.search(
                preceding(m, 100)):
            return "einen"  # "Geben Sie einen Tropfen": the object of "Sie …", accusative
    return said


# German prepositions before a dative, with "in", "vor", "an" of time ("in einer Stunde",
# "vor einem Tag"; Duden, Grammatik: Präpositionen mit dem Dativ).
_DE_DATIVE = re.compile(r"(?<!\w)(?i:mit|nach|bei|seit|von|zu|aus|ab|in|vor|an)\s+$")
# An instruction to "Sie" earlier in the sentence: what it counts is the verb's object, and a
# masculine "ein" is "einen" (Duden, Grammatik: the accusative object).
_DE_OBJECT = re.compile(r"(?<!\w)Sie\s[^.!?;:]*$")


def first_end(number: str, unit: str, lang: Generic) -> str:
    """A range's first end before a unit: "uma a duas horas" (a feminine unit), German "ein
    bis zwei Stunden" (Duden: ein, not eins, before a noun)."""
    feminine = units(lang)[unit] in generic.FEMININE.get(lang.primary, ())
    if lang.primary == "he" and number == "1" and units(lang)[unit].startswith("duration-"):
        # "שעה עד שעתיים": a span of time, the noun alone (Glinert, on the dual)
        return unit_name(unit, lang, Decimal(1))
    if lang.primary == "he" and number.isdigit():  # "חמישה עד עשרה אחוז": the unit's gender
        return num2words(int(number), lang="he", gender="f" if feminine else "m")
    if (lang.primary in generic.ONE_AND_A_HALF and number in ("1,5", "1.5")
            and units(lang)[unit] in generic.HALF_UNITS):
        return generic.ONE_AND_A_HALF[lang.primary][feminine]  # "полтора – два литра"
    said = number_words(number, lang, "f" if feminine else "m")
    if lang.primary == "ro":  # "una până la două ore": one not before its noun is a pronoun
        return _RO_ONE_ALONE.get(said, said)
    return "ein" if lang.primary == "de" and said == "eins" else said


def unit_range(m: re.Match[str], lang: Generic, to: str, per: str | None) -> str:
    """"10-15 mg/kg" → "每千克十至十五毫克": where CLDR's per-unit pattern puts the per-unit
    before the amount (zh "每{1}{0}", ko "{1}당 {0}", ja …あたり), or its unit name a word
    before it (섭씨, 摂氏, 攝氏), that goes before the whole range, not between its ends
    ("十至每千克十五毫克")."""
    first = first_end(m["a"], m["u"], lang)
    second = say_unit(m["b"], m["u"], lang, per)
    lead = second.find(say_unit(m["b"], m["u"], lang) if per else number_words(m["b"], lang))
    if lang.primary == "it" and _italian_span(m):
        return f"da {first} a {second}"
    if lead <= 0:
        return f"{first}{to}{second}"
    return f"{second[:lead]}{first}{to}{second[lead:]}"


# Romanian one before a noun ("o oră", "un gram") and standing alone, as a range's first end
# ("una până la două ore", "unu până la două grame"; Gramatica limbii române, on numerals).
_RO_ONE_ALONE = {"o": "una", "un": "unu"}


def number_range(m: re.Match[str], lang: Generic, to: str) -> str:
    """"2-3 vezes" → "duas a três vezes": both ends agree with the noun after them."""
    ends = [number_words(m[end], lang) for end in "ab"]
    if lang.numbers == "zh" and say_grammar.ZH_MEASURE.match(m.string, m.end()):
        ends = ["两" if m[end] == "2" else said for end, said in zip("ab", ends, strict=True)]
    noun = (_NEXT_WORD.match(m.string, m.end()) if lang.primary in ("fr", "pt", "it", "ro")
            else None)
    after = _NEXT_WORD.match(m.string, m.end())
    if (m["a"].isdigit() and m["b"].isdigit()
            and (listed := _RANGES_THEN_NOUN.match(m.string, m.end())) is not None
            and (ordinals := say_cases.ordinal_range(int(m["a"]), int(m["b"]), int(listed["b"]),
                                                     listed["w"], lang.primary))):
        return to.join(ordinals)  # "на 11–14, 18–21 и 30–34 неделе": each range ordinals
    if after is not None and m["a"].isdigit() and m["b"].isdigit() and (
            agreeing := say_cases.range_ends(int(m["a"]), int(m["b"]), after["w"],
                                             preceding(m), lang.primary)):
        return to.join(agreeing)  # "одну – две таблетки", "на тридцать восьмой – … неделе"
    if noun is not None and m["a"].isdigit() and m["b"].isdigit() and lang.primary == "ro":
        ends = [romanian_count(int(m[end]), said, noun["w"]).removesuffix(" de")
                for end, said in zip("ab", ends, strict=True)]  # "două până la trei ori"
        if m["a"] == "1":  # "una până la două ore", "unu până la două comprimate"
            ends[0] = "unu" if noun["w"] in counting.RO_NEUTER_E else _RO_ONE_ALONE[ends[0]]
    elif noun is not None and m["a"].isdigit() and m["b"].isdigit():
        ends = [say_parts.agree(said, noun["w"], lang.primary) for said in ends]
    if lang.primary == "he" and m["a"].isdigit() and m["b"].isdigit():  # "שלושה עד חמישה ימים"
        after = _NEXT_WORD.match(m.string, m.end())
        said_as = gender(after["w"], "he") if after else "f"
        ends = [num2words(int(m[end]), lang="he", gender=said_as) for end in "ab"]
    if lang.primary == "de" and ends[0] == "eins" and _NEXT_WORD.match(m.string, m.end()):
        ends[0] = "ein"  # "ein bis zwei Tropfen", as `first_end` before a unit
    if lang.primary == "it" and _italian_span(m):
        return f"da {ends[0]} a {ends[1]}"
    return to.join(ends)


def _italian_span(m: re.Match[str]) -> bool:
    """Whether an Italian range is said "da otto a dodici": its ends are not next to each
    other ("due o tre volte" is the custom there; "otto o dodici" would be 8 or 12) and no
    preposition comes before it (Serianni, Grammatica italiana, on da … a …)."""
    return (m["a"].isdigit() and m["b"].isdigit() and int(m["b"]) - int(m["a"]) > 1
            and not _ITALIAN_PREPOSITION.search(preceding(m)))


_ITALIAN_PREPOSITION = re.compile(
    r"(?<!\w)(?i:di|a|da|in|con|su|per|tra|fra|dopo|prima|entro|oltre|circa|fino|ogni|"
    r"del|dei|al|ai|dal|dai|nel|nei|sul|sui)\s+$")


# A range followed by more ranges of the same list, then their noun: ", 18–21 и 30–34 неделе".
_RANGES_THEN_NOUN = re.compile(
    r"(?:,\s\d{1,3}\s?[–-]\s?\d{1,3}){0,5},?\s(?:и|и\s|та|і|й|i|oraz|lub|или|або)\s"
    r"\d{1,3}\s?[–-]\s?(?P<b>\d{1,3})\s(?P<w>[^\W\d_]+)")


def german_times(lang: Generic) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """"3-mal" → "dreimal", "1-mal" → "einmal" (Duden writes the digit with a hyphen)."""
    if lang.primary != "de":
        return ()
    return ((r"(?<![\d.,])(?P<n>\d{1,3})-mal(?!\w)",
             lambda m: ("ein" if m["n"] == "1" else number_words(m["n"], lang)) + "mal"),)


# A number joined to an adjective by a hyphen is the adjective's first part: "5-дневный" →
# "пятидневный", "10-річна" → "десятирічна", "5-dniowa" → "pięciodniowa" (Розенталь and
# Правопис 2019, § 27: the genitive as the first part, with дво-, три-, чотири-, одно-;
# PWN: the -o form, dwu-, trzy-, cztero-, jedno-).
COMPOUND_FIRST = {
    "ru": {1: "одно", 100: "сто"},
    "uk": {1: "одно", 2: "дво", 3: "три", 4: "чотири", 100: "сто"},
    "pl": {1: "jedno", 2: "dwu", 3: "trzy", 4: "cztero", 100: "stu"},
}


def slavic_compounds(lang: Generic) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """"5-дневный курс" → "пятидневный курс"; an ordinal's ending ("5-й") is too short."""
    if lang.primary not in COMPOUND_FIRST:
        return ()
    return ((r"(?<![\d.,-])(?P<n>[1-9]\d?|100)-(?P<adj>[a-zа-яёіїєґąćęłńóśźż']{4,})(?!\w)",
             lambda m: _compound_first(int(m["n"]), lang.primary) + m["adj"]),)


def _compound_first(n: int, primary: str) -> str:
    if n in COMPOUND_FIRST[primary]:
        return COMPOUND_FIRST[primary][n]
    if primary == "pl":
        return re.sub(r"u$", "o", say_cases.polish_genitive(n, "m")).replace(" ", "")
    return num2words(n, lang=primary, case="genitive").replace(" ", "")
