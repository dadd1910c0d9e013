"""Tables for every language: characters to tidy, emergency numbers, Roman numerals, marks."""

import re
import unicodedata

EMERGENCY_NUMBERS = ("911", "999", "112")  # read digit by digit: "nine one one"
# The dot of a web address ("cdc dot gov") in the languages without hand-made tables.
DOT = {"fr": "point", "pt": "ponto", "it": "punto", "de": "Punkt", "nl": "punt", "ru": "точка",
       "uk": "крапка", "pl": "kropka", "vi": "chấm", "ar": "نقطة", "ko": "점", "zh": "点",
       "ja": "ドット", "ht": "pwen", "fa": "نقطه", "he": "נקודה", "tr": "nokta", "ro": "punct",
       "hi": "डॉट", "bn": "ডট", "ur": "ڈاٹ", "pa": "ਡਾਟ"}
# A web address's slash and dash, as each language says them reading an address aloud
# (French and Romanian say the English "slash"; CLDR has no names for them): a path is said
# only where its marks have words ("who point int slash fr").
PATH_MARKS = {
    "fr": ("slash", "tiret"), "pt": ("barra", "hífen"), "it": ("slash", "trattino"),
    "de": ("Schrägstrich", "Bindestrich"), "nl": ("schuine streep", "streepje"),
    "ru": ("слэш", "дефис"), "uk": ("слеш", "дефіс"), "pl": ("ukośnik", "myślnik"),
    "vi": ("gạch chéo", "gạch ngang"), "ar": ("شرطة مائلة", "شرطة"), "ko": ("슬래시", "하이픈"),
    "zh": ("斜杠", "横杠"), "ja": ("スラッシュ", "ハイフン"), "ht": ("slach", "tirè"),
    "fa": ("اسلش", "خط تیره"), "he": ("סלאש", "מקף"), "tr": ("eğik çizgi", "tire"),
    "ro": ("slash", "cratimă"), "hi": ("स्लैश", "डैश"), "bn": ("স্ল্যাশ", "ড্যাশ"),
    "ur": ("سلیش", "ڈیش"), "pa": ("ਸਲੈਸ਼", "ਡੈਸ਼"),
}  # fmt: skip

# Written before Unicode compatibility folding, which would make "2½" into "21⁄2".
VULGAR_FRACTIONS = {"½": " 1/2", "¼": " 1/4", "¾": " 3/4", "⅓": " 1/3", "⅔": " 2/3",
                    "⅛": " 1/8", "№": "No."}
CHARACTERS = {
    "‘": "'", "’": "'", "‚": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "−": "-", "―": "—", "⁄": "/", "\u00ad": "",
    "״": '"', "׳": "'",  # Hebrew gershayim and geresh: ש״ח, מס׳ as ש"ח, מס' (both are written)
}


def _roman(n: int) -> str:
    tens, units = divmod(n, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


ROMAN = {_roman(n): n for n in range(1, 40)}  # I … XXXIX


def _scan() -> tuple[str, dict[int, str]]:
    """Combining marks (Unicode M*) as a regex class body, so Hindi or Arabic stay speakable,
    and every decimal digit (Arabic-Indic, Devanagari…) → its ASCII digit."""
    ranges: list[str] = []
    digits: dict[int, str] = {}
    start = None
    for code in range(0x20000):  # past the SMP, marks are only variation selectors
        category = unicodedata.category(chr(code))
        if category == "Nd" and code > 0x7F:
            digits[code] = str(unicodedata.decimal(chr(code)))
        if category[0] == "M" and start is None:
            start = code
        elif category[0] != "M" and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return "".join(ranges), digits


MARKS, DIGITS = _scan()
