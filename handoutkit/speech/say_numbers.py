"""Speakers for amounts: numbers, units, money, fractions, ranges, ordinals, doses.

Each rule, as ``input → spoken`` (Spanish in brackets). In Spanish a number agrees with
the noun after it (agreement.py): 1 tableta → una tableta, 21 días → veintiún días, 200
tabletas → doscientas tabletas, 1 millón → un millón, 1 1/2 tazas → una taza y media; a
number with no noun after "y", "luego"… agrees with the one counted before it in the
sentence: 2 tabletas, luego 1 → luego una.
  thousands     10 000 → diez mil; 1 000 mg → mil miligramos (Spanish; a thin space works in
                every language; 912 345 678 is a phone number, not a thousands group)
  money_range   $250-$300 → two hundred and fifty dollars to three hundred dollars
                (doscientos cincuenta dólares a trescientos dólares)
  money         $2.50 → two dollars and fifty cents; $500 → five hundred dollars;
                $350/yr → three hundred and fifty dollars a year
  blood_press   140/90 mmHg → one hundred and forty over ninety millimeters of mercury
  every_hours   q6h → every six hours; q4-6h → every four to six hours
  times         2x/day → two times/day (then per_word: two times a day); 1x → once
  multiply      2 x 500 → 2 times 500; 25 x 7 m → 25 by 7 m (25 por 7 m); after a word,
                b.i.d. x 7 days → twice a day for 7 days
  per_span      8 tabs/24 hrs → 8 tabs in 24 hrs (8 tabletas/24 h → 8 tabletas en 24 h)
  ordinal       21st → twenty-first (1.º, 1ro → primero; 1.ª, 1ra dosis → primera dosis;
                1.er, 1er día, 1.º día → primer día; 3er → tercer)
  decade        1990s → nineteen nineties; '80s → eighties
  mixed         2 1/2 → two and a half; 1 1/2 tsp → one and a half teaspoons
                (1 1/2 tazas → una taza y media; 2 1/2 tazas → dos tazas y media)
  fraction      3/4 → three quarters; 1/2 tsp → one half of a teaspoon; 7/10 → seven out of
                ten (1/2 tableta → media tableta; 3/4 taza → tres cuartos de taza)
  range         2.25–2.75 mmol/L → two point two five to two point seven five millimoles per
                liter (dos coma dos cinco a dos coma siete cinco milimoles por litro;
                1-2 tabletas → una a dos tabletas)
  quantity      1 mg → one milligram; 1.5 mg → one point five milligrams; 98.6 °F; 50%; 3 in.
  year          in 1999 → in nineteen ninety-nine (1900–2099 alone; Spanish: plain numbers)
  number        1,200 → one thousand two hundred; 2.25 → two point two five; -5 → minus five
                (1 tableta → una tableta; 2 000 000 personas → dos millones de personas)
"""

import logging
import re
from collections.abc import Callable
from functools import lru_cache

from handoutkit.speech import agreement
from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]


def _noun(m: re.Match[str], lang: Language, partitive: bool = False) -> agreement.Noun | None:
    """The noun after the match, where numbers agree with nouns (Spanish); past a partitive
    "de" only for a whole number ("una de cada 4 mujeres", but "un tercio de los adultos")."""
    noun = agreement.noun_after(m.string, m.end()) if lang.agreement else None
    return noun if noun is None or not noun.partitive or partitive else None


def _elided_feminine(m: re.Match[str], lang: Language) -> bool:
    """A number standing for a feminine noun said before it: "2 tabletas y luego 1" → "una"
    (a masculine one stays "uno")."""
    noun = agreement.noun_before(m.string, m.start()) if lang.agreement else None
    return noun is not None and noun.gender == "f"


def _number(m: re.Match[str], lang: Language) -> str:
    noun = _noun(m, lang, partitive=True)
    if noun and noun.partitive:  # "una de cada 4 mujeres", but the pronoun "uno de cada 3 niños"
        return vocab.say_number(m[0], lang, "f" if noun.gender == "f" else "")
    gender = noun.gender if noun else "f" if _elided_feminine(m, lang) else ""
    said = vocab.say_number(m[0], lang, gender)
    return f"{said} {lang.words['of']}" if noun and agreement.needs_de(said) else said


def _money(m: re.Match[str], lang: Language) -> str:
    us = "US " if m["us"] else ""  # "US$76.3 trillion" → "… trillion US dollars"
    if scale := m["scale"] or ("billion" if m["short"] else ""):  # "$2.5 million", "¥30b"
        currency = us + lang.currencies[m["cur"]].whole.many
        of = f" {lang.words['of']}" if lang.code == "es" else ""  # "dos billones de euros"
        return f"{vocab.say_number(m['n'], lang)} {scale}{of} {currency}"
    said = vocab.say_money(m["cur"] or m["cur2"], m["n"] or m["n2"], lang)
    if us:
        said = re.sub(r"(?=dollars?\b)", us, said, count=1)
    if per := m["per"]:
        said += " " + lang.per.get(per, f"{lang.words['per']} {per}")
    return said


def _money_range(m: re.Match[str], lang: Language) -> str:
    high = vocab.say_money(m["c2"] or m["c1"], m["b"], lang)
    if m["c2"]:
        low = vocab.say_money(m["c1"], m["a"], lang)
    else:  # "$250-300": the currency is said once, at the end
        low = vocab.say_number(m["a"], lang, lang.currencies[m["c1"]].whole.gender)
    return f"{low} {lang.words['to']} {high}"


_LOOK_BACK = 40  # characters before "x" in which a length unit is looked for: "25 m x 7"


@lru_cache(maxsize=16)
def _lengths(units: str, durations: str) -> tuple[re.Pattern[str], ...]:
    """A length after "x" ("x 7 m"), one ending just before it ("25 m x"), and a span of
    time after it ("x 7 days")."""
    return (re.compile(rf"\d+(?:[.,]\d+)?\s?(?:{units})(?![^\W\d_])"),
            re.compile(rf"(?<![^\W\d_])(?:{units})\.?$"),
            re.compile(rf"\d+\s?(?:{durations})(?![^\W\d_])"))


def _multiply(m: re.Match[str], lang: Language) -> str:
    """"x" between lengths is "by": "25 x 7 m" is an area, "2 x 500 mg" a product. Both
    looks stay near the "x" (no copy of the text around it), so a text of many "x"s is read
    in time linear in its length."""
    after, before, span = _lengths(lang.length_units, lang.durations)
    start = m.start()
    if not m.string[start - 1:start].isdigit() and span.match(m.string, m.end()):
        return f" {lang.words['for']} "  # "twice a day x 7 days": for seven days
    by = after.match(m.string, m.end()) or before.search(m.string, max(0, start - _LOOK_BACK),
                                                         start)
    return f" {lang.words['by' if by else 'times']} "


def _blood_pressure(m: re.Match[str], lang: Language) -> str:
    high, low = int(m["a"]), int(m["b"])
    if not (50 <= high <= 300 and 20 <= low <= 200 and high > low):
        return m[0]  # not a reading: left for the fraction rule
    return vocab.say_blood_pressure(high, low, m["u"] or "", lang)


def _ordinal(m: re.Match[str], lang: Language) -> str:
    marks = m.groupdict()
    feminine = marks.get("mark") == "ª" or bool(marks.get("fem"))
    said = vocab.ordinal(int(re.sub(r"\D", "", m["n"])), lang, feminine=feminine)
    if marks.get("er") or (not feminine and _noun(m, lang)):
        return re.sub(r"(prim|terc)ero$", r"\1er", said)  # "primer día", "decimotercer piso"
    return said


def _minus(m: re.Match[str], lang: Language) -> str:
    """"-1/3" → "minus one third": the sign said before the fraction."""
    return f"{lang.words['minus']} " if m["neg"] else ""


def _mixed(m: re.Match[str], lang: Language) -> str:
    whole, numerator, denominator = int(m["w"]), int(m["n"]), int(m["d"])
    if numerator >= denominator:  # "2 5/4": left for the fraction rule, but in English
        if not lang.english_forms or m["u"]:  # "3 5/2" → three and five halves
            return m[0]
        fraction = vocab.say_written_fraction(numerator, denominator, "", lang)
        said = lang.words["mixed"].format(whole=vocab.cardinal(whole, lang), fraction=fraction)
        return _minus(m, lang) + (f"{said} {m['noun']}" if m["noun"] else said)
    return _minus(m, lang) + _say_mixed_written(m, whole, numerator, denominator, lang)


def _say_mixed_written(m: re.Match[str], whole: int, numerator: int, denominator: int,
                       lang: Language) -> str:
    noun = m["noun"] or ""
    if lang.agreement and noun and not m["u"] and agreement.noun_after(" " + noun, 0):
        return _say_mixed_noun(whole, numerator, denominator, noun, lang)
    said = vocab.say_mixed(whole, numerator, denominator, m["u"] or "", lang)
    return f"{said} {noun}" if noun else said


def _fraction(m: re.Match[str], lang: Language) -> str:
    return _minus(m, lang) + _say_fraction_written(m, lang)


def _say_fraction_written(m: re.Match[str], lang: Language) -> str:
    numerator, denominator, unit = int(m["n"]), int(re.sub(r"\D", "", m["d"])), m["u"] or ""
    if lang.english_forms and not (unit or m["sp"]) and 1 <= numerator <= 12 and (
            1900 <= denominator <= 2099):  # "exp. 10/2026": October twenty twenty-six
        return f"{lang.months[numerator - 1]} {vocab.year(denominator, lang)}"
    noun = None if unit else _noun(m, lang)
    if noun is None and not unit and (numerator, denominator) == (1, 2) and _elided_feminine(
            m, lang):
        return vocab.agree(lang.mixed[2], "f", lang)  # "1 tableta hoy y 1/2 mañana": media
    if lang.agreement and denominator > 20 and denominator not in lang.fractions and not unit:
        # "1/123" → "uno sobre ciento veintitrés": the RAE's "-avo" forms past twenty are
        # rare (NeMo's Spanish cases read them "sobre")
        said = vocab.cardinal(numerator, lang)
        return f"{said} {lang.words['over']} {vocab.cardinal(denominator, lang)}"
    if (noun or (unit and lang.agreement)) and numerator < denominator:
        return _spanish_fraction(numerator, denominator, unit, noun.gender if noun else "", lang)
    return vocab.say_written_fraction(numerator, denominator, unit, lang)


def _range(m: re.Match[str], lang: Language) -> str:
    noun = None if m["u"] or m["ua"] else _noun(m, lang)
    return vocab.say_range(m["a"], m["b"], lang, m["ua"] or "", m["u"] or "",
                           noun.gender if noun else "")


def _spanish_fraction(numerator: int, denominator: int, unit: str, gender: str,
                      lang: Language) -> str:
    """1/2 tableta → "media tableta"; 3/4 taza → "tres cuartos de taza"; 1/4 cdta → "un
    cuarto de cucharadita"."""
    said_unit = ""
    if unit:
        said_unit, gender = vocab.unit_words(unit, lang, singular=True)
    if (numerator, denominator) == (1, 2):
        return f"{vocab.agree(lang.mixed[2], gender, lang)} {said_unit}".strip()
    said = vocab.say_fraction(numerator, denominator, lang)
    return f"{said} {lang.words['of']} {said_unit}".strip()


def _say_mixed_noun(whole: int, numerator: int, denominator: int, noun: str,
                   lang: Language) -> str:
    """Spanish 1 1/2 tazas → "una taza y media"; 2 1/2 tazas → "dos tazas y media"."""
    gender = agreement.gender(noun)
    if whole == 1 and noun.endswith("s"):  # "1 1/2 tazas": one cup and a half
        noun = re.sub(r"ion$", "ión", agreement.singular(noun))
    return lang.words["mixed_unit"].format(
        whole=vocab.cardinal(whole, lang, gender), counted=noun,
        fraction=vocab.agree(vocab.say_mixed_part(numerator, denominator, lang), gender, lang))


SPEAKERS: dict[str, Speaker] = {
    "thousands": lambda m, lang: m[0].replace(" ", "." if lang.decimal_comma else ","),
    "money_range": _money_range, "money": _money, "blood_press": _blood_pressure,
    "every_hours": lambda m, lang: vocab.say_every_hours(m["a"], m["b"], lang),
    "times": lambda m, lang: vocab.say_times(int(m["n"]), lang),
    "multiply": _multiply, "ordinal": _ordinal,
    "per_span": lambda m, lang: f" {lang.words['per_span']} ",
    "decade": lambda m, lang: vocab.say_decade(int(m["d"]), lang),
    "mixed": _mixed, "fraction": _fraction, "range": _range,
    "quantity": lambda m, lang: vocab.say_quantity(m["n"], m["u"], lang),
    "year": lambda m, lang: vocab.year(int(m[0]), lang),
    "number": _number,
}
