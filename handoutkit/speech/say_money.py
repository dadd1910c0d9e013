"""An amount of money written with a currency sign, for the languages say_generic.py reads:
the number in words, then the currency's name in the plural form the number takes (CLDR's
display names through Babel, less the country's adjective no one says at a counter).

Each, as ``input → spoken``:
  25 €  → vingt-cinq euros (fr); venticinque euro (it)
  150 zł → sto pięćdziesiąt złotych (pl: CLDR "złotych polskich" less "polskich")
  150 ₪ → מאה וחמישים שקלים (he: CLDR "שקלים חדשים" less "חדשים"; 1 → "שקל אחד")
  ₹500 → पाँच सौ भारतीय रुपए → पाँच सौ रुपए (hi); ৳250 → দুইশো পঞ্চাশ টাকা (bn: CLDR
  "বাংলাদেশী টাকা" less "বাংলাদেশী"); R$ 150,00 → cento e cinquenta reais
A decimal part of ",00" is not said; any other is read as the language reads decimals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from babel.numbers import get_currency_name
from num2words import num2words

from handoutkit.speech import say_cases, say_grammar, say_parts
from handoutkit.speech.data import generic
from handoutkit.speech.say_units import (
    Generic,
    hebrew_count,
    number_pattern,
    number_words,
    preceding,
    romanian_count,
    split_number,
)

# A sign → its ISO 4217 code. "$" and "¥" are left out: each names several currencies.
# Hebrew writes the shekel ש"ח as often as ₪ (the Academy's abbreviation of שקל חדש).
SIGNS = {"€": "EUR", "₪": "ILS", "₹": "INR", "zł": "PLN", "R$": "BRL", "₽": "RUB", "₴": "UAH",
         "£": "GBP", 'ש"ח': "ILS", "৳": "BDT"}
# Currencies CLDR names with the country's adjective ("złoty polski", "שקל חדש"), and the
# languages that put an adjective after its noun (the rest put it first: "российский рубль").
WITH_ADJECTIVE = frozenset({"PLN", "ILS", "BRL", "RUB", "UAH", "INR", "BDT"})
ADJECTIVE_AFTER = frozenset({"fr", "it", "pt", "ro", "pl", "he"})
# The currencies whose name is feminine, and in which languages: гривня, hrywna, hryvnia;
# rupia, рупия, roupie (not रुपया, masculine); Romanian rublă.
FEMININE = {"UAH": None, "INR": frozenset({"fr", "it", "pt", "ro", "pl", "ru", "uk", "de"}),
            "RUB": frozenset({"ro"})}
# Languages whose numbers agree with their noun elsewhere (say_counts.py, say_hebrew.py) and
# whose currency words CLDR gives in the form a number takes.
SAID = frozenset({"fr", "it", "pt", "de", "ro", "pl", "ru", "uk", "he", "hi", "pa", "ur",
                  "bn"})


def currency_word(code: str, count: Decimal, lang: Generic) -> str:
    """"PLN", 150, pl → "złotych"; "BRL", 150, pt-BR → "reais"."""
    name = get_currency_name(code, count, locale=lang.locale)
    words = name.split()
    if code in WITH_ADJECTIVE and len(words) > 1:
        del words[-1 if lang.primary in ADJECTIVE_AFTER else 0]
    said = " ".join(words)
    return said.lower() if lang.latin and lang.primary != "de" else said  # "Reais" → "reais"


def gender_of(code: str, lang: Generic) -> str:
    """"f" where the currency's name is feminine in the language, else "m"."""
    if code not in FEMININE:
        return "m"
    languages = FEMININE[code]
    return "f" if languages is None or lang.primary in languages else "m"


def say_money(written: str, sign: str, lang: Generic, before: str = "") -> str | None:
    """"25", "€" → "vingt-cinq euros"; None where CLDR has no name for the sign. After a
    preposition asking for the genitive, Russian, Ukrainian and Polish say both in it ("до
    500 ₽" → "до пятисот рублей")."""
    code = SIGNS[sign]
    whole, frac = split_number(written, lang)
    cents = frac.strip("0")
    count = Decimal(f"{whole}.{frac}") if cents else Decimal(whole)
    word = currency_word(code, count, lang)
    if word.upper() == code:
        return None
    if lang.primary == "he" and not cents:  # agrees with שקל, masculine; 1 follows its noun
        return hebrew_count(int(whole), word, "m")
    gender = gender_of(code, lang)
    if not cents and (said := _genitive(int(whole), code, gender, lang, before)):
        return said
    said = number_words(written if cents else whole, lang, gender)
    if not cents and lang.primary == "ro":  # "un euro", "douăzeci de lei"
        said = romanian_count(int(whole), said, word)
    elif not cents and lang.primary in ("de", "fr", "it", "pt"):  # "ein Euro", "un euro"
        said = say_parts.agree(said, word, lang.primary)
    return f"{said} {word}"


def _genitive(n: int, code: str, gender: str, lang: Generic, before: str) -> str | None:
    """The amount in the genitive after "до", "od", "від" …; None after any other word."""
    if lang.primary not in _GENITIVE_BEFORE or not _GENITIVE_BEFORE[lang.primary].search(before):
        return None
    one = say_cases.takes_one(n)
    if lang.primary == "pl":  # CLDR's form after 1.5 is the genitive singular: złotego
        return f"{say_cases.polish_genitive(n, gender)} " \
               f"{currency_word(code, Decimal('1.5') if n == 1 else Decimal(5), lang)}"
    form = gender if lang.primary == "ru" else {"f": "feminine", "m": "masculine"}[gender]
    said = num2words(n, lang=lang.primary, case="genitive", gender=form)
    # CLDR's "few" form is the genitive singular (рубля, гривні), "many" the plural
    return f"{said} {currency_word(code, Decimal(2) if one else Decimal(5), lang)}"


_GENITIVE_BEFORE = {
    "ru": re.compile(rf"(?<!\w)(?i:{'|'.join(say_grammar.GENITIVE_BEFORE[:-1])})\s+$"),
    **{primary: re.compile(rf"(?<!\w)(?i:{'|'.join(words)})\s+$")
       for primary, words in say_cases.BEFORE.items()},
}


def rules(lang: Generic) -> tuple[tuple[str, Callable[..., str]], ...]:
    """A sign before the number ("₹500", "R$ 150,00") or after it ("25 €", "150 zł"), and a
    range with one sign ("20-30 €" → "vingt à trente euros")."""
    if lang.primary not in SAID:
        return ()
    num = number_pattern(lang)
    signs = "|".join(re.escape(sign) for sign in sorted(SIGNS, key=len, reverse=True))
    pattern = (rf"(?P<c>{signs})\s?(?P<n>{num})(?:\s?[-–]\s?(?P<b>{num}))?"
               rf"|(?:(?P<a>{num})\s?[-–]\s?)?(?P<n2>{num})\s?(?P<c2>{signs})(?!\w)")
    to = f" {generic.TO.get(lang.primary, '–')} "

    def speak(m: re.Match[str]) -> str:
        sign = m["c"] or m["c2"]
        first, last = (m["n"], m["b"] or m["n"]) if m["c"] else (m["a"], m["n2"])
        said = say_money(last, sign, lang, preceding(m))
        if said is None:
            return m[0]
        if not (m["a"] or m["b"]):
            return said
        gender = "m" if lang.primary == "he" else gender_of(SIGNS[sign], lang)
        return f"{number_words(first, lang, gender)}{to}{said}"

    return ((pattern, speak),)
