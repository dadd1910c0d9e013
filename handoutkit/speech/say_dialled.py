"""Numbers dialled, said digit by digit, for the languages say_generic.py reads.

Each rule, as ``input → spoken``:
  emergency   911 → девять один один; chín một một; 九一一; where the text calls them, a
              country's own: 拨打120 → 拨打一二零, 119에 → 일일구에
  phone       (555) 555-0134 → пять пять пять, пять пять пять, ноль один три четыре;
              01 23 45 67 89 → zéro un, vingt-trois, …; 03-1234-5678 → ゼロ三の一二三四の五六七八;
              010-1234-5678 → 공 일 공, 일 이 삼 사, 오 육 칠 팔; 0212345678 → zero doi unu …;
              1-800-200-300 → אחת, שמונה אפס אפס, …; *2700 → כוכבית שתיים שבע אפס אפס
              2345 6789 → 二三四五, 六七八九
"""

from __future__ import annotations

import re

from handoutkit.speech.data import generic
from handoutkit.speech.say_units import UNSPACED, Generic, cardinal

_EMERGENCY = "|".join(generic.EMERGENCY)
# 555-0134, (555) 555-0134, and India's toll-free 1800-180-1104 (a group of four first)
_PHONE = r"(?<![\d+])(?:\(\d{3}\)\s?|\d{3,4}[\s.-])?\d{3}[\s.-]\d{4}(?!\d)"
# A national number with a trunk 0 or an area code in brackets, its groups joined by hyphens
# or spaces: 03-1234-5678, 0120-123-456 (ja), 010-1234-5678 (ko), (11) 91234-5678 (pt-BR),
# 8 (495) 123-45-67 (ru), 06 1234 5678 (it); abroad, a subscriber number in one group
# of up to 8 digits (+49 30 1234567). Said group by group, digit by digit.
_INTERNATIONAL_PHONE = r"(?<![\w+])\+\d{1,3}(?:[\s.-]\(?\d{1,8}\)?){2,6}(?!\d|[.,]\d)"
# After a label's colon ("电话：010-12345678"), but not a clock's ("9:00-12:00"); not a date
# written with hyphens ("08-03-2024", as India and Bangladesh write them).
_LOCAL_PHONE = (r"(?<![\d.,/+-])(?<!\d:)(?<!\d\s)(?!\d\d?-\d\d?-(?:19|20)\d\d(?!\d))"
                r"(?:\(\d{2,4}\)\s?|0\d{1,4}[\s-]|8\s?\(\d{3,4}\)\s?)\d{2,8}(?:[\s-]\d{2,5}){0,3}"
                r"(?![\d-]|[.,]\d)")
_GROUPED_PHONE = (r"(?<![\d.,+/:-])(?:\d{3}([ -])\d{3}\1\d{3}|\d{1,4}(?:[ -]\d{1,4}){3,5})"
                  r"(?!\d|[.,]\d|\s?[%°])")


# A national number written in one run, with its trunk 0 (0212345678 in Romania, 0501234567
# in Saudi Arabia, 035123456 in Israel), a Saudi unified number (920000000) or a toll-free
# one (8001249999): no count has a
# leading 0 or is written with nine digits unbroken, so it is said digit by digit.
_UNBROKEN_PHONE = r"(?<![\d.,/:+-])(?:0\d{8,10}|9200\d{5}|800\d{7})(?![\d-]|[.,]\d)"

# A toll-free or shared-cost number written 1-800-200-300, 1-700-70-77-77 (Israel's 1-700,
# 1-800, 1-599).
_TOLL_FREE = r"(?<![\d.,/:+-])1-(?:599|700|800)(?:-\d{2,4}){1,3}(?![\d-]|[.,]\d)"
# A national number grouped by dots, 0800.800.165, 0721.123.456: its first group of three or
# four digits is no day of a date.
_DOTTED_PHONE = r"(?<![\d.,/:+-])0\d{2,3}\.\d{3}\.\d{3,4}(?!\d|[.,]\d)"
# An Israeli star number, *2700: the star said, then the digits one by one.
_STAR = r"(?<![\w*])\*(?P<d>\d{3,5})(?!\d)"
STAR = {"he": "כוכבית"}
# A run of five digits or more opening with 0 is no amount but a number dialled (Taiwan's
# mobile 0912345678): said as a number it lost its zero (九亿…).
_LEADING_ZERO = r"(?<![\d.,])0\d{4,15}(?!\d|[.,]\d)"
# Korea's eight-digit service numbers, 1588-1234 (15xx to 18xx, the first four a prefix).
_KO_SERVICE = r"(?<![\d.,-])1[5-8]\d\d-\d{4}(?![\d-])"
# Hong Kong's eight-digit numbers, written as two groups of four: 2345 6789 (OFCA's numbering
# plan: fixed lines begin with 2 or 3, mobiles with 5 to 9).
_HK_PHONE = r"(?<![\d.,])[2-9]\d{3} \d{4}(?![\d.,])"
# Haiti's eight-digit numbers, 2222-3333 (CONATEL's numbering plan), after the country code
# 509 written without its plus, or after "rele", "nimewo", "telefòn": as a range, "de de de
# de-twa mil …" said other digits.
_HT_PHONE = (r"(?<![\d.,+])(?:509[ -]?|(?<=[Rr]ele )|(?<=[Nn]imewo )|(?<=[Tt]elefòn ))"
             r"\d{4}[ -]\d{4}(?![\d-])")


def _phone_group(digits: str, lang: Generic) -> str:
    """One group of a phone number: digit by digit, but French says pairs as numbers ("01 23"
    → "zéro un, vingt-trois"; Le Petit Robert, on telephone numbers)."""
    if lang.primary == "fr" and len(digits) == 2 and digits[0] != "0":
        return cardinal(int(digits), lang)
    zero = generic.PHONE_ZERO.get(lang.primary)
    joiner = "" if lang.primary in UNSPACED else " "
    return joiner.join(zero if d == "0" and zero else cardinal(int(d), lang) for d in digits)


def _phone(m: re.Match[str], lang: Generic) -> str:
    """A phone number group by group, joined as the language joins them."""
    return generic.PHONE_JOIN.get(lang.primary, ", ").join(
        _phone_group(g, lang) for g in re.findall(r"\d+", m[0]))


def _mobile(m: re.Match[str], lang: Generic, groups: tuple[int, ...]) -> str:
    """"13812345678" → "一三八, 一二三四, 五六七八": written groups, or the plan's."""
    found = re.findall(r"\d+", m[0])
    if len(found) == 1:
        digits, found = found[0], []
        for size in groups:
            found, digits = [*found, digits[:size]], digits[size:]
    return generic.PHONE_JOIN.get(lang.primary, ", ").join(_phone_group(g, lang) for g in found)


def say_digits(digits: str, lang: Generic) -> str:
    """"911" → "девять один один" (Chinese and Japanese with no spaces)."""
    joiner = "" if lang.primary in UNSPACED else " "
    zero = generic.PHONE_ZERO.get(lang.primary)  # "#8000" → "シャープ八ゼロゼロゼロ"
    return joiner.join(zero if d == "0" and zero else cardinal(int(d), lang)
                       for d in digits if d.isdigit())


def _local_emergency(lang: Generic) -> tuple[tuple[str, object], ...]:
    """A country's own emergency numbers, said digit by digit where the text calls them
    (data/generic.py LOCAL_EMERGENCY): 拨打120 → 拨打一二零, 119에 → 일일구에."""
    found = generic.LOCAL_EMERGENCY.get(lang.primary)
    hash_key = generic.PHONE_HASH.get(lang.primary, "#")
    return ((found, lambda m: re.sub(r"\d+", lambda d: say_digits(d[0], lang),
                                     m[0]).replace("#", hash_key)),) if found else ()


def rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """The emergency and phone number rules, to run before any other number rule."""
    return (
        (rf"(?<![\d.,])(?:{_EMERGENCY})(?![\d]|[.,]\d)", lambda m: say_digits(m[0], lang)),
        *_local_emergency(lang),
        (_INTERNATIONAL_PHONE,
         lambda m: generic.PLUS.get(lang.primary, "+") + " " + _phone(m, lang)),
        *(((rf"(?<![\d.,+-]){generic.MOBILE[lang.primary][0]}(?!\d|[.,]\d)",
            lambda m: _mobile(m, lang, generic.MOBILE[lang.primary][1])),)
          if lang.primary in generic.MOBILE else ()),
        (_LOCAL_PHONE, lambda m: _phone(m, lang)),
        *(((_GROUPED_PHONE, lambda m: _phone(m, lang)),)
          if lang.primary in generic.GROUPED_PHONES else ()),
        (_UNBROKEN_PHONE, lambda m: _phone(m, lang)),
        (_TOLL_FREE, lambda m: _phone(m, lang)),
        (_DOTTED_PHONE, lambda m: _phone(m, lang)),
        *(((_STAR, lambda m: f"{STAR[lang.primary]} {say_digits(m['d'], lang)}"),)
          if lang.primary in STAR else ()),
        *(((_HK_PHONE, lambda m: _phone(m, lang)),) if lang.primary == "zh" else ()),
        *(((_HT_PHONE, lambda m: _phone(m, lang)),) if lang.primary == "ht" else ()),
        *(((_KO_SERVICE, lambda m: _phone(m, lang)),) if lang.primary == "ko" else ()),
        (_PHONE, lambda m: _phone(m, lang)),
        (_LEADING_ZERO, lambda m: _phone(m, lang)),
    )
