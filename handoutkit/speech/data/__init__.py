"""Speech normalisation data: word tables per language, the rule table, neutral tables.

``en.py`` and ``es.py`` hold each language's words, ``rules.py`` the rules' regex templates,
``neutral.py`` what every language shares. This module only turns a language's tables into a
frozen ``Language``, one per regional variant, and picks the variant for a BCP 47 tag.
"""

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TypeVar

from handoutkit.language import primary_language, region
from handoutkit.speech.data import en, es

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unit:
    one: str  # said after exactly 1: "milligram"
    many: str  # said after any other quantity: "milligrams"
    gender: str = ""  # "m"/"f" for Spanish number agreement; "" for none


@dataclass(frozen=True, slots=True)
class Currency:
    whole: Unit  # "dollar"/"dollars"
    cent: Unit  # "cent"/"cents"


Fixes = tuple[tuple[re.Pattern[str], str], ...]
T = TypeVar("T")


@dataclass(frozen=True, eq=False, slots=True)
class Language:
    """Everything the normaliser needs to speak one language (hashed by identity, built once)."""

    code: str  # primary subtag, also the num2words language: "en", "es"
    words: Mapping[str, str]  # joining words and templates, see en.WORDS
    units: Mapping[str, Unit]  # unit written after a number: "mg" → milligram(s)
    per: Mapping[str, str]  # "/key" after a unit: "L" → "per liter", "day" → "a day"
    per_after_word: str  # regex alternation: per keys also read after a word
    bare_units: str  # regex alternation: units read with no number before them
    strict_units: frozenset[str]  # units read only before punctuation or the end
    abbreviations: Mapping[str, str]  # whole word, case-sensitive: "BP" → "blood pressure"
    sentence_final: frozenset[str]  # dotted abbreviations whose dot may end a sentence
    months: tuple[str, ...]  # spoken month names, January first
    month_names: Mapping[str, int]  # written month names in text dates (empty: no rule)
    weekdays: Mapping[str, str]  # written weekday → its name, read in a range: "Mon" → Monday
    fractions: Mapping[int, Unit]  # denominator → part: 4 → quarter(s)
    mixed: Mapping[int, str]  # fraction part of a mixed number: 2 → "a half"
    currencies: Mapping[str, Currency]  # "$" → dollar(s) and cent(s)
    roman_nouns: str  # regex alternation: nouns after which I, II… are numbers
    times_follow: str  # regex alternation: words after "3x" that make it "three times"
    ordinal_suffix: str  # regex: the ordinal mark after digits
    article_an: str  # regex: unit words that take "an"
    cardinal_fixes: Fixes  # tidy num2words cardinals
    ordinal_fixes: Fixes  # tidy num2words ordinals
    agreement: Mapping[str, Fixes]  # gender → fixes making a number agree with its noun
    read_years: bool  # 1900–2099 on their own are years: "twenty twenty-six"
    hour_words: str  # regex alternation: words after which "9.30" is a time of day
    length_units: str  # regex alternation: units after which "x" is "by" (25 x 7 m)
    durations: str  # regex alternation: a span after "x" read "for" (x 7 days)
    space_groups: bool  # "10 000" with a plain space is ten thousand
    phone_zero: str = ""  # how 0 is said in a phone number, if not as the cardinal: "oh"
    month_first: bool = True  # 05/12/2026 is 12 May when False
    decimal_comma: bool = False  # "." groups thousands ("1.200"), "," marks decimals
    letter_names: Mapping[str, str] = field(default_factory=dict)  # spelled web addresses
    web_words: frozenset[str] = frozenset()  # address labels said as words: "com"
    english_forms: bool = False  # English-only rules (say_english.py): addresses, IP, zones


def _fixes(pairs: tuple[tuple[str, str], ...]) -> Fixes:
    return tuple((re.compile(pattern), repl) for pattern, repl in pairs)


def fixed(words: str, fixes: Fixes) -> str:
    """``words`` with each fix applied in turn (a language's cardinal, ordinal, agreement or
    spelling fixes)."""
    for pattern, repl in fixes:
        words = pattern.sub(repl, words)
    return words


def _expand(groups: tuple[tuple[str, T], ...]) -> dict[str, T]:
    """(("mL|ml", x),) → {"mL": x, "ml": x}."""
    return {key: value for keys, value in groups for key in keys.split("|")}


def _currencies(data: ModuleType) -> dict[str, Currency]:
    return {sign: Currency(Unit(one, many, data.CURRENCY_GENDER.get(sign, "m")),
                           Unit(cent, cents, "m"))
            for sign, (one, many, cent, cents) in data.CURRENCIES.items()}


def _build(data: ModuleType) -> Language:
    return Language(
        code=data.__name__.rsplit(".", 1)[-1], words=data.WORDS,
        units={key: Unit(*said) for key, said in _expand(data.UNIT_GROUPS).items()},
        per=data.PER, per_after_word=data.PER_AFTER_WORD, bare_units=data.BARE_UNITS,
        strict_units=frozenset(data.STRICT_UNITS.split("|")) - {""},
        abbreviations=_expand(data.ABBREVIATION_GROUPS),
        sentence_final=frozenset(data.SENTENCE_FINAL.split("|")), months=data.MONTHS,
        month_names=data.MONTH_NAMES, weekdays=data.WEEKDAYS,
        fractions={d: Unit(*names, "m") for d, names in data.FRACTIONS.items()},
        mixed=data.MIXED, currencies=_currencies(data), roman_nouns=data.ROMAN_NOUNS,
        times_follow=data.TIMES_FOLLOW, ordinal_suffix=data.ORDINAL_SUFFIX,
        article_an=data.ARTICLE_AN, cardinal_fixes=_fixes(data.CARDINAL_FIXES),
        ordinal_fixes=_fixes(data.ORDINAL_FIXES),
        agreement={gender: _fixes(pairs) for gender, pairs in data.AGREEMENT.items()},
        read_years=data.READ_YEARS, hour_words=data.HOUR_WORDS,
        length_units=data.LENGTH_UNITS, durations=data.DURATIONS,
        space_groups=data.SPACE_GROUPS,
        english_forms=data is en,
    )


def _respelled(language: Language, spellings: tuple[tuple[str, str], ...]) -> Language:
    """The language with its unit words respelled: "milliliters" → "millilitres"."""
    fixes = _fixes(spellings)
    return replace(language,
                   units={key: replace(unit, one=fixed(unit.one, fixes),
                                       many=fixed(unit.many, fixes))
                          for key, unit in language.units.items()},
                   per={key: fixed(said, fixes) for key, said in language.per.items()})


_ENGLISH = _build(en)
_SPANISH = replace(_build(es), letter_names=es.LETTER_NAMES, web_words=frozenset(es.WEB_WORDS))
# Every variant is built once here, so rules compiled per Language object can be cached.
LANGUAGES: dict[str, Language] = {
    "en": replace(_ENGLISH, phone_zero="oh"),  # US: 05/12/2026 is May 12; phone 0 is "oh"
    # Everywhere else (en-GB, en-CA, en-AU…): 05/12/2026 is 5 December; litres and metres.
    "en-day-first": replace(_respelled(_ENGLISH, en.BRITISH), month_first=False),
    "es": replace(_SPANISH, month_first=False, decimal_comma=True),
    "es-decimal-point": replace(_SPANISH, month_first=False),
}
# Regions writing the month first, and also spelling "liter" (US English); a tag without one
# is US English too, as CLDR's "en" is.
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "FM", "MH", "PW"})
# Spanish-speaking regions that write 2.5 and 1,200 (elsewhere: 2,5 and 1.200).
DECIMAL_POINT_REGIONS = frozenset({"MX", "US", "PR", "DO", "GT", "HN", "NI", "SV", "PA", "CU"})


def language_for(tag: str) -> Language | None:
    """The Language for a BCP 47 tag ("en-GB", "es-MX"); None when only neutral rules apply."""
    territory = region(tag) or ""
    match primary_language(tag):
        case "en":
            day_first = bool(territory) and territory not in MONTH_FIRST_REGIONS
            return LANGUAGES["en-day-first" if day_first else "en"]
        case "es":
            return LANGUAGES["es-decimal-point" if territory in DECIMAL_POINT_REGIONS else "es"]
        case _:
            return None
