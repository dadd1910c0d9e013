"""An amount of money written with a currency sign, for the languages say_generic.py reads:
the number in words, then the currency's name in the plural form the number takes (CLDR's
display names through Babel, less the country's adjective no one says at a counter).

Each, as ``input → spoken``:
  25 €  → vingt-cinq euros (fr); venticinque euro (it)
  150 zł → sto pięćdziesiąt złotych (pl: CLDR "złotych polskich" less "polskich")
  150 ₪ → מאה וחמישים שקלים (he: CLDR "שקלים חדשים" less "חדשים"; 1 → "שקל אחד")
  ₹500 → पाँच सौ भारतीय रुपए → पाँच सौ रुपए (hi); R$ 150,00 → cento e cinquenta reais
A decimal part of ",00" is not said; any other is read as the language reads decimals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from babel.numbers import get_currency_name

from handoutkit.speech.say_units import (
    Generic,
    hebrew_count,
    number_pattern,
    number_words,
    split_number,
)

# A sign → its ISO 4217 code. "$" and "¥" are left out: each names several currencies.
SIGNS = {"€": "EUR", "₪": "ILS", "₹": "INR", "zł": "PLN", "R$": "BRL", "₽": "RUB", "₴": "UAH",
         "£": "GBP"}
# Where CLDR's name carries the country's adjective, which word it is (first or last).
ADJECTIVE_AT = {"PLN": -1, "ILS": -1, "BRL": -1, "RUB": 0, "UAH": 0, "INR": 0}
FEMININE = frozenset({"UAH"})  # гривня
# Languages whose numbers agree with their noun elsewhere (say_counts.py, say_hebrew.py) and
# whose currency words CLDR gives in the form a number takes.
SAID = frozenset({"fr", "it", "pt", "de", "ro", "pl", "ru", "uk", "he", "hi", "pa", "ur"})


def currency_word(code: str, count: Decimal, lang: Generic) -> str:
    """"PLN", 150, pl → "złotych"; "BRL", 150, pt-BR → "reais"."""
    name = get_currency_name(code, count, locale=lang.locale)
    words = name.split()
    if code in ADJECTIVE_AT and len(words) > 1:
        del words[ADJECTIVE_AT[code]]
    return " ".join(words).lower() if lang.latin else " ".join(words)


def say_money(written: str, sign: str, lang: Generic) -> str | None:
    """"25", "€" → "vingt-cinq euros"; None where CLDR has no name for the sign."""
    code = SIGNS[sign]
    whole, frac = split_number(written, lang)
    cents = frac.strip("0")
    count = Decimal(f"{whole}.{frac}") if cents else Decimal(whole)
    word = currency_word(code, count, lang)
    if word.upper() == code:
        return None
    if lang.primary == "he" and not cents:  # agrees with שקל, masculine; 1 follows its noun
        return hebrew_count(int(whole), word, "m")
    gender = "f" if code in FEMININE else "m"
    return f"{number_words(written if cents else whole, lang, gender)} {word}"


def rules(lang: Generic) -> tuple[tuple[str, Callable[..., str]], ...]:
    """A sign before the number ("₹500", "R$ 150,00") or after it ("25 €", "150 zł")."""
    if lang.primary not in SAID:
        return ()
    num = number_pattern(lang)
    signs = "|".join(re.escape(sign) for sign in sorted(SIGNS, key=len, reverse=True))
    pattern = rf"(?P<c>{signs})\s?(?P<n>{num})|(?P<n2>{num})\s?(?P<c2>{signs})(?!\w)"

    def speak(m: re.Match[str]) -> str:
        said = say_money(m["n"] or m["n2"], m["c"] or m["c2"], lang)
        return m[0] if said is None else said

    return ((pattern, speak),)
