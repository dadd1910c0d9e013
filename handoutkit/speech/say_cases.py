"""Ukrainian and Polish numbers after a preposition that asks for the genitive, as Russian's
in say_grammar.py: the number and the unit after it both take the genitive.

Each, as ``input → spoken``:
  uk  після 30 хв → після тридцяти хвилин; до 2 л → до двох літрів; близько 1,5 л → близько
      півтора літра (Український правопис 2019, § 106-107, on numerals' cases; num2words
      declines the number)
  pl  około 8 szklanek → około ośmiu szklanek; do 2 l → do dwóch litrów; powyżej 38 °C →
      powyżej trzydziestu ośmiu stopni Celsjusza (Słownik języka polskiego PWN, odmiana
      liczebników: the genitive of each word; "jeden" inside a compound stays as it is)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from num2words import num2words

from handoutkit.speech.data import counting, generic
from handoutkit.speech.say_units import generic_for, kept_stop, number_words, unit_name
from handoutkit.speech.say_units import units as written_units

BEFORE = {
    "uk": ("після", "до", "від", "близько", "більше", "менше", "без", "для", "протягом",
           "біля", "не більше", "не менше", "вище", "нижче", "з", "із", "старше", "молодше",
           "старші", "молодші", "довше", "частіше", "рідше", "не частіше", "не рідше",
           "пізніше", "не пізніше", "раніше",
           # у, among: "у 20% хворих", "у 2 з 3"; not "у 3 рази", "у 5 років" (at five)
           r"[ув](?=\s+\d{1,3}(?:[.,]\d+)?\s?%|\s+\d{1,3}\s+з\s+\d)"),
    "pl": ("około", "do", "od", "z", "powyżej", "poniżej", "bez", "dla", "w ciągu", "podczas",
           "po", "u", "wokół", "w wieku"),
}
# CLDR unit → genitive singular, genitive plural, gender.
GENITIVE_UNITS: dict[str, dict[str, tuple[str, str, str]]] = {
    "uk": {"duration-minute": ("хвилини", "хвилин", "f"),
           "duration-hour": ("години", "годин", "f"),
           "duration-second": ("секунди", "секунд", "f"), "volume-liter": ("літра", "літрів", "m"),
           "volume-milliliter": ("мілілітра", "мілілітрів", "m"),
           "mass-milligram": ("міліграма", "міліграмів", "m"),
           "mass-gram": ("грама", "грамів", "m"),
           "mass-kilogram": ("кілограма", "кілограмів", "m"),
           "temperature-celsius": ("градуса Цельсія", "градусів Цельсія", "m"),
           "concentr-percent": ("відсотка", "відсотків", "m"),
           "pressure-millimeter-ofhg": ("міліметра ртутного стовпа",
                                        "міліметрів ртутного стовпа", "m")},
    "pl": {"duration-minute": ("minuty", "minut", "f"),
           "duration-hour": ("godziny", "godzin", "f"),
           "duration-second": ("sekundy", "sekund", "f"), "volume-liter": ("litra", "litrów", "m"),
           "volume-milliliter": ("mililitra", "mililitrów", "m"),
           "mass-milligram": ("miligrama", "miligramów", "m"),
           "mass-gram": ("grama", "gramów", "m"),
           "mass-kilogram": ("kilograma", "kilogramów", "m"),
           "temperature-celsius": ("stopnia Celsjusza", "stopni Celsjusza", "m"),
           "concentr-percent": ("procentu", "procent", "m"),
           "pressure-millimeter-ofhg": ("milimetra słupa rtęci", "milimetrów słupa rtęci", "m")},
}  # fmt: skip
# Polish numerals, nominative → genitive, word by word (PWN).
PL_GENITIVE = {
    "dwa": "dwóch", "dwie": "dwóch", "trzy": "trzech", "cztery": "czterech", "pięć": "pięciu",
    "sześć": "sześciu", "siedem": "siedmiu", "osiem": "ośmiu", "dziewięć": "dziewięciu",
    "dziesięć": "dziesięciu", "jedenaście": "jedenastu", "dwanaście": "dwunastu",
    "trzynaście": "trzynastu", "czternaście": "czternastu", "piętnaście": "piętnastu",
    "szesnaście": "szesnastu", "siedemnaście": "siedemnastu", "osiemnaście": "osiemnastu",
    "dziewiętnaście": "dziewiętnastu", "dwadzieścia": "dwudziestu", "trzydzieści": "trzydziestu",
    "czterdzieści": "czterdziestu", "pięćdziesiąt": "pięćdziesięciu",
    "sześćdziesiąt": "sześćdziesięciu", "siedemdziesiąt": "siedemdziesięciu",
    "osiemdziesiąt": "osiemdziesięciu", "dziewięćdziesiąt": "dziewięćdziesięciu", "sto": "stu",
    "dwieście": "dwustu", "trzysta": "trzystu", "czterysta": "czterystu", "pięćset": "pięciuset",
    "sześćset": "sześciuset", "siedemset": "siedmiuset", "osiemset": "ośmiuset",
    "dziewięćset": "dziewięciuset", "tysiąc": "tysiąca", "tysiące": "tysięcy", "zero": "zera",
}
UK_PARTS = (("десятої", "десятих"), ("сотої", "сотих"), ("тисячної", "тисячних"))


def cldr_genitive(unit: str, primary: str, per: str | None = None) -> tuple[str, str, str]:
    """A unit no table here lists, as (genitive singular, genitive plural, gender): CLDR's
    forms after 1,5 and after 5, which are those genitives in Russian, Ukrainian and Polish
    ("миллимоля", "миллимолей на литр"; "mikrograma", "mikrogramów"); a unit per another
    with the second in the accusative after на ("на минуту", "na dobę")."""
    lang = generic_for(primary)
    assert lang is not None
    cldr = written_units(lang)[unit]
    gender = "f" if cldr in generic.FEMININE.get(primary, ()) else "m"
    singular, plural = (unit_name(unit, lang, Decimal(n)) for n in ("1.5", "5"))
    if per:
        after = re.sub(r"[аa]$", lambda e: "ę" if e[0] == "a" else "у",
                       re.sub(r"я$", "ю", unit_name(per, lang, Decimal(1))))
        singular, plural = (f"{said} {counting.PER[primary]} {after}"
                            for said in (singular, plural))
    return singular, plural, gender


def takes_one(n: int) -> bool:
    """Whether a Russian or Ukrainian noun after ``n`` takes the form it takes after 1
    (CLDR's plural category "one" there: 1, 21, 101, not 11)."""
    return n % 10 == 1 and n % 100 != 11


def polish_genitive(n: int, gender: str) -> str:
    if n == 1:
        return "jednej" if gender == "f" else "jednego"
    return " ".join(PL_GENITIVE.get(word, word) for word in num2words(n, lang="pl").split())


def _point(decimals: str, primary: str) -> str:
    """"5" → "przecinek pięć": the decimal word and the digits after it, as said alone."""
    lang = generic_for(primary)
    assert lang is not None
    return number_words(f"0,{decimals}", lang).split(" ", 1)[1]


def _ukrainian(n: int, gender: str, decimals: str | None) -> str:
    form = "feminine" if gender == "f" else "masculine"
    if decimals is None:
        return num2words(n, lang="uk", case="genitive", gender=form)
    if n == 1 and decimals == "5":  # "близько півтора літра", "півтори години"
        return "півтори" if gender == "f" else "півтора"
    part, count = UK_PARTS[min(len(decimals), 3) - 1], int(decimals[:3])
    whole = num2words(n, lang="uk", case="genitive", gender="feminine")
    said = num2words(count, lang="uk", case="genitive", gender="feminine") if count else "нуля"
    return (f"{whole} {'цілої' if takes_one(n) else 'цілих'} "
            f"{said} {part[0] if takes_one(count) else part[1]}")


def genitive(m: re.Match[str], primary: str, units: dict[str, str]) -> str:
    """"після 30 хв" → "після тридцяти хвилин"; "około 8 szklanek" → "około ośmiu
    szklanek" (a noun written out keeps its form; its ending gives the number's gender)."""
    n, decimals, unit = int(re.sub(r"\D", "", m["n"])), m["f"], m["u"]
    noun, gender = "", "m"
    after = re.match(r"\s+(\w+)", m.string[m.end():m.end() + 40])
    if not unit and not decimals and after and not m["a"] and (
            said := locative_one(n, after[1], f"{m['p']} ", primary)):
        return f"{m['p']} {said}"  # "po jednym posiłku", "po jednej tabletce"
    if (primary == "pl" and m["p"].lower() == "po" and not unit and n != 1
            and not (after and after[1].endswith("ach"))):
        return m[0]  # "po 2 tabletki", each: the accusative, left to the count rules
    if not unit and not decimals and after and not m["a"] and (
            said := oblique_count(n, after[1], primary)):
        return f"{m['p']} {said}"  # "z 25 osobami": the noun's instrumental, not "from"
    if unit:
        singular, plural, gender = (
            GENITIVE_UNITS[primary][units[unit]]
            if units[unit] in GENITIVE_UNITS[primary] and not m["per"]
            else cldr_genitive(unit, primary, m["per"]))
        noun = singular if (decimals or (takes_one(n) if primary == "uk" else n == 1)) \
            else plural
        if primary == "pl" and m["p"].lower() == "po":  # "po 4 godz." → "po czterech
            return _polish_after_po(m, n, units[unit])  # godzinach": a locative
    elif one_of_feminine(m.string[m.end():m.end() + 40], primary):
        gender = "f"  # "u jednej na pięć kobiet"
    elif re.match(r"\s*\w+[иiy]\b", m.string[m.end():m.end() + 40]) and primary == "uk":
        gender = "f"  # "після 1 години"
    elif re.match(r"\s*\w+(?:y|i)\b", m.string[m.end():m.end() + 40]) and primary == "pl":
        gender = "f"  # "od 1 godziny"
    if primary == "pl":  # "do półtora litra", "półtorej godziny" (PWN: półtora)
        half = "półtorej" if gender == "f" else "półtora"
        said = half if (n, decimals) == (1, "5") else polish_genitive(n, gender)
        if decimals and (n, decimals) != (1, "5"):  # "powyżej trzydziestu ośmiu przecinek
            said += " " + _point(decimals, primary)  # pięć stopnia": the whole declined
    else:
        said = _ukrainian(n, gender, decimals)
    if m["a"]:  # "протягом п'яти – семи днів", "w ciągu pięciu – siedmiu dni"
        first = (polish_genitive(int(m["a"]), gender) if primary == "pl"
                 else _ukrainian(int(m["a"]), gender, None))
        said = f"{first} – {said}"
    return f"{m['p']} {said} {noun}".rstrip()


# Polish units of time in the locative after po (PWN: "po czterech godzinach", "po jednej
# minucie"): singular, plural, gender; the numeral's locative is its genitive.
PL_LOCATIVE_UNITS = {"duration-hour": ("godzinie", "godzinach", "f"),
                     "duration-minute": ("minucie", "minutach", "f"),
                     "duration-second": ("sekundzie", "sekundach", "f"),
                     "duration-day": ("dniu", "dniach", "m"),
                     "duration-week": ("tygodniu", "tygodniach", "m"),
                     "duration-month": ("miesiącu", "miesiącach", "m")}


def _polish_after_po(m: re.Match[str], n: int, cldr: str) -> str:
    if cldr not in PL_LOCATIVE_UNITS or m["f"] or m["a"] or m["per"]:
        return m[0]
    singular, plural, gender = PL_LOCATIVE_UNITS[cldr]
    if n == 1:
        return f"{m['p']} {'jednej' if gender == 'f' else 'jednym'} {singular}"
    return f"{m['p']} {polish_genitive(n, gender)} {plural}"


def reading_first(high: int, before: str, primary: str) -> str | None:
    """The first reading of a blood pressure in the genitive after a preposition that asks
    for it: uk "вище 140/90" → "вище ста сорока на дев'яносто", pl "powyżej 140/90" →
    "powyżej stu czterdziestu na dziewięćdziesiąt"; None elsewhere."""
    if primary not in BEFORE:
        return None
    prepositions = "|".join(sorted(BEFORE[primary], key=len, reverse=True))
    if not re.search(rf"(?<!\w)(?i:{prepositions})\s+$", before[-20:]):
        return None
    if primary == "pl":
        return polish_genitive(high, "m")
    return num2words(high, lang=primary, case="genitive")


def rules(primary: str, units: dict[str, str]) -> tuple[tuple[str, Callable[..., str]], ...]:
    """The rule for a preposition and the number after it, as (regex, speaker)."""
    if primary not in BEFORE:
        return ()
    symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    before = "|".join(sorted(BEFORE[primary], key=len, reverse=True))
    grouped = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"
    pattern = (rf"(?<!\w)(?P<p>(?i:{before}))\s+(?:(?P<a>\d{{1,6}})\s?[-–]\s?)?"
               rf"(?P<n>{grouped}|\d{{1,9}})"
               rf"(?:,(?P<f>\d{{1,3}}))?(?![\d.,]\d|/\d|:\d|\s?[-–]\s?\d)"
               rf"(?:\s?(?P<u>{symbols})(?:\s?/\s?(?P<per>{symbols}))?(?![\w/]))?")
    return ((pattern, lambda m: stop_kept(m, genitive(m, primary, units))),)


def stop_kept(m: re.Match[str], said: str) -> str:
    """kept_stop for a rule that may leave its match as it was ("до 5 мин." at the end)."""
    return said if said == m[0] else kept_stop(m, said)


# Feminine nouns counted in handouts, in the form they take after 2-4 (Ukrainian and Polish
# masculine plurals end alike, so these are listed; Russian goes by ending, below).
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FEMININE_AFTER_TWO = {
    "uk": _words("таблетки пігулки капсули ложки краплі хвилини години склянки чашки дози доби "
                 "порції ампули ін'єкції секунди упаковки пляшки"),
    "pl": _words("tabletki kapsułki łyżki łyżeczki krople szklanki filiżanki dawki godziny "
                 "minuty sekundy porcje ampułki saszetki butelki"),
}


_DATIVE_BEFORE = re.compile(r"(?<!\w)(?i:к|ко|по|при|о|об)\s+$")


# 1 before a feminine noun in the accusative (Розенталь; Правопис 2019; Polish: Nagórko,
# Zarys gramatyki polskiej): "Примите 1 таблетку" → "одну", "Weź 1 tabletkę" → "jedną".
ACCUSATIVE_ONE = {"ru": "одну", "uk": "одну", "pl": "jedną"}


def feminine_accusative_one(n: int, noun: str, before: str, primary: str) -> bool:
    """Whether 1 counts a feminine noun in the accusative (-у/-ю in Russian and Ukrainian,
    -ę in Polish), not after the prepositions whose -у is a masculine dative or locative
    ("к 1 часу"). In Polish only 1 itself agrees (21 is "dwadzieścia jeden")."""
    if primary == "pl":
        return n == 1 and noun.endswith("ę")
    return (takes_one(n) and noun.endswith(("у", "ю"))
            and not _DATIVE_BEFORE.search(before))


# Russian "по 1 таблетке", "к 1 часу": 1 after по or к, before a noun in the dative, is a
# dative too: "по одной таблетке" (feminine -е/-и), "к одному часу" (masculine -у/-ю)
# (Розенталь, on по with numerals). Ukrainian "по 1 таблетці" → "по одній таблетці".
DATIVE_ONE = {"ru": ("по|к|ко", ("е", "и"), "одной", ("у", "ю"), "одному"),
              "uk": ("по", ("і",), "одній", ("у", "ю"), "одному")}


# 1 (21, 31 …) before a singular noun in the locative, after в, у, на, при, о; w, na, przy,
# o, po: "в 1 случае" → "в одном случае", "в 1 дозе" → "в одной дозе"; uk "у 1 випадку" →
# "у одному випадку"; pl "w 1 przypadku" → "w jednym przypadku" (Розенталь, Правопис 2019,
# PWN: один/jeden agrees with its noun in case and gender). The ending tells the case; the
# gender of a locative in -е, -і, -e is not in it, so the feminine ones handouts count are
# listed, and a masculine or neuter is the rest (-у: only masculine nouns take it there).
LOCATIVE_BEFORE = {"ru": r"в|во|на|при|о|об", "uk": r"у|в|на|при|о|об", "pl": r"w|we|na|przy|o|po"}
LOCATIVE_ENDINGS = {"ru": ("е", "у", "ю"), "uk": ("і", "у", "ю"), "pl": ("u", "ce", "ie", "y")}
FEMININE_LOCATIVE = {
    "ru": _words("дозе таблетке капсуле ложке ложечке чашке кружке капле ампуле неделе минуте "
                 "бутылке упаковке порции ночи части"),
    "uk": _words("дозі таблетці пігулці капсулі ложці ложечці склянці чашці краплі ампулі "
                 "годині хвилині добі пляшці упаковці порції ночі частині"),
    "pl": _words("dawce tabletce kapsułce łyżce łyżeczce szklance filiżance kropli ampułce "
                 "godzinie minucie dobie butelce porcji nocy części"),
}
LOCATIVE_ONE = {"ru": ("одном", "одной"), "uk": ("одному", "одній"), "pl": ("jednym", "jednej")}
# Masculine nouns with a locative in -у after в, на (Розенталь: в году, в часу, на ряду).
RU_LOCATIVE_U = _words("году часу ряду углу саду шкафу носу рту глазу боку мосту")


# "У 1 из 5 женщин" → "у одной из пяти женщин": one of several takes the gender of the
# noun counted after them (Розенталь; Правопис 2019; PWN); the feminine ones handouts name.
FEMININE_PLURALS = {
    "ru": _words("женщин беременных девочек матерей мам пациенток таблеток доз капсул ложек "
                 "капель недель минут секунд чашек ампул порций"),
    "uk": _words("жінок вагітних дівчаток матерів мам пацієнток таблеток доз капсул ложок "
                 "крапель хвилин секунд чашок ампул порцій"),
    "pl": _words("kobiet ciężarnych dziewczynek matek pacjentek tabletek dawek kapsułek łyżek "
                 "łyżeczek kropli minut sekund godzin szklanek filiżanek ampułek porcji"),
}
_ONE_OF = re.compile(r"\s+(?i:из|з|із|зі|z|ze|na)\s+\d+\s+(?P<w>\w+)")


def one_of_feminine(after: str, primary: str) -> bool:
    """Whether the number before ``after`` is one of several feminine nouns (" из 5
    женщин") or counts a feminine noun in the genitive plural (" – 2 таблеток")."""
    found = _ONE_OF.match(after) or _COUNTED_PLURAL.match(after)
    return found is not None and found["w"].lower() in FEMININE_PLURALS.get(primary, ())


_COUNTED_PLURAL = re.compile(r"\s+(?P<w>\w+)")


def locative_one(n: int, noun: str, before: str, primary: str) -> str | None:
    """"одном"/"одной" (uk "одному"/"одній", pl "jednym"/"jednej") for 1 before a noun in
    the locative after a preposition that asks for it; None elsewhere (Russian -у is the
    locative only of RU_LOCATIVE_U, Ukrainian -у only after у, в: "на 1 годину" is "одну")."""
    if primary not in LOCATIVE_BEFORE or not (n == 1 if primary == "pl" else takes_one(n)):
        return None
    found = re.search(rf"(?<!\w)(?i:{LOCATIVE_BEFORE[primary]})\s+$", before[-8:])
    noun = noun.lower()
    if found is None or not noun.endswith(LOCATIVE_ENDINGS[primary]):
        return None
    if primary == "ru" and noun.endswith(("у", "ю")) and noun not in RU_LOCATIVE_U:
        return None  # "в 1 неделю", "на 1 минуту": the accusative
    if primary == "uk" and noun.endswith(("у", "ю")) and found[0].strip().lower() not in "ув":
        return None  # "на 1 годину": the accusative
    if primary == "pl" and noun.endswith(("ie", "y")) and noun not in FEMININE_LOCATIVE["pl"]:
        return None  # "w 1 tabletki"? not a locative it knows
    masculine, feminine = LOCATIVE_ONE[primary]
    said = feminine if noun in FEMININE_LOCATIVE[primary] else masculine
    if n == 1:
        return said
    return re.sub(r"\S+$", said, num2words(n, lang=primary, case="locative"
                                          if primary == "uk" else "prepositional"))


def dative_one(n: int, noun: str, before: str, primary: str) -> str | None:
    """"одной" for 1 after по before a feminine dative ("по 1 таблетке"), "одному" before a
    masculine one; None elsewhere."""
    if n != 1 or primary not in DATIVE_ONE:
        return None
    preposition, feminine, said_f, masculine, said_m = DATIVE_ONE[primary]
    if not re.search(rf"(?<!\w)(?i:{preposition})\s*$", before):
        return None
    return said_f if noun.endswith(feminine) else said_m if noun.endswith(masculine) else None


def counted_gender(n: int, noun: str, primary: str) -> str:
    """"f" where the number agrees with a feminine noun after it: ru "2 таблетки" → "две",
    "1 таблетка" → "одна" (a feminine noun ends in -а/-я after 1 and in -ы/-и after 2-4,
    a masculine one in a consonant and -а/-я: стакан, два стакана; Розенталь); uk, pl by
    the list above after 2-4 and by -а/-я, -a after 1."""
    units, tens = n % 10, n % 100
    if units == 1 and tens != 11:
        return "f" if noun.endswith(("а", "я", "a")) else "m"
    if units in (2, 3, 4) and tens not in (12, 13, 14):
        if primary == "ru":
            return "f" if noun.endswith(("ы", "и")) else "m"
        return "f" if noun.lower() in FEMININE_AFTER_TWO.get(primary, ()) else "m"
    return "m"


# A plural noun in the instrumental or the locative asks the number before it for the same
# case: ru "между 2 приёмами" → "между двумя", "с 3 детьми" → "с тремя", "в 3 дозах" → "в
# трёх"; uk "між 2 прийомами" → "між двома"; pl "między 2 posiłkami" → "między dwoma", "w 3
# dawkach" → "w trzech" (Розенталь and Правопис 2019 on numerals' cases, num2words declines
# them; PWN: the Polish locative of a numeral is its genitive, the instrumental below).
OBLIQUE_ENDINGS = {
    "ru": ((("ами", "ями", "ьми"), "instrumental"), (("ах", "ях"), "prepositional")),
    "uk": ((("ами", "ями", "ьми"), "instrumental"), (("ах", "ях"), "locative")),
    "pl": ((("ami", "mi"), "instrumental"), (("ach",), "locative")),
}
PL_INSTRUMENTAL = {
    "dwa": "dwoma", "trzy": "trzema", "cztery": "czterema", "sto": "stu",
    **{word: f"{genitive.removesuffix('u')}oma" for word, genitive in PL_GENITIVE.items()
       if genitive.endswith("u") and word != "sto"},
}


_TOWARDS = re.compile(r"(?<!\w)(?i:к|ко)\s+$")
_WITH = re.compile(r"(?<!\w)(?i:с|со|между|перед|над|под)\s+$")


def oblique_count(n: int, noun: str, primary: str, before: str = "") -> str | None:
    """The number in the case of the plural noun after it (Russian also a dative after к,
    "к девяти часам", and 1 before a feminine instrumental after с, "с одной таблеткой"), or
    None where the noun is in no oblique plural (or is singular: 1, 21)."""
    if primary == "ru" and n > 1 and noun.endswith(("ам", "ям")) and _TOWARDS.search(before):
        return num2words(n, lang="ru", case="dative")
    if primary == "ru" and n == 1 and noun.endswith(("ой", "ей")) and _WITH.search(before):
        return "одной"  # not "1 слой", a masculine nominative
    if primary not in OBLIQUE_ENDINGS or takes_one(n) or n >= 1000:
        return None
    case = next((case for endings, case in OBLIQUE_ENDINGS[primary]
                 if noun.lower().endswith(endings)), None)
    if case is None:
        return None
    if primary != "pl":
        return num2words(n, lang=primary, case=case)
    if case == "locative":
        return polish_genitive(n, "m")
    words = [PL_INSTRUMENTAL.get(word) for word in num2words(n, lang="pl").split()]
    return None if None in words else " ".join(words)  # type: ignore[arg-type]


# A range before a noun in a singular case is a range of ordinals: "на 38–42 неделе" → "на
# тридцать восьмой – сорок второй неделе", "w 12–14 tygodniu" → "w dwunastym – czternastym
# tygodniu" (a count would take the plural: "недель", "tygodni"). Noun → (gender, case);
# the Ukrainian locatives "тижні", "місяці" are also plurals after 2-4, so only ranges
# ending where the plural would differ are ordinals there.
ORDINAL_RANGE_NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "ru": {"неделе": ("f", "prepositional"), "неделю": ("f", "accusative"),
           "месяце": ("m", "prepositional"), "году": ("m", "prepositional"),
           "дне": ("m", "prepositional"), "день": ("m", "nominative")},
    "uk": {"тижні": ("m", "locative"), "місяці": ("m", "locative"), "році": ("m", "locative"),
           "день": ("m", "nominative"), "тиждень": ("m", "nominative")},
    "pl": {"tygodniu": ("m", "locative"), "miesiącu": ("m", "locative"),
           "dniu": ("m", "locative"), "dobie": ("f", "locative"), "dzień": ("m", "nominative"),
           "tydzień": ("m", "nominative")},
}
# Imperatives after which a range counts the object (accusative): "Примите 1–2 таблетки"
# → "одну – две"; "Weź 1–2 tabletki" → "jedną – dwie".
_IMPERATIVE = re.compile(r"(?:[иій]те|[іи]ть|weź|przyjmij|przyjmuj|podaj|podawaj|zażyj|"
                         r"zażywaj|stosuj|wypij|pij|daj|dawaj|nałóż|nakładaj)\s+$", re.I)
_FEW = (2, 3, 4)


def ordinal_range(a: int, b: int, last: int, noun: str, primary: str) -> tuple[str, str] | None:
    """A range of ordinals where a list of ranges ends in a singular noun ("на 11–14, 18–21 и
    30–34 неделе"): ``last``, the list's last number, tells whether the noun is singular."""
    ordinal = ORDINAL_RANGE_NOUNS.get(primary, {}).get(noun.lower())
    if ordinal is None or (takes_one(last) if primary != "pl" else last == 1) or (
            primary == "uk" and last % 10 in _FEW and last % 100 // 10 != 1):
        return None
    from handoutkit.speech.say_ordinals import slavic_ordinal  # it imports this module

    gender, case = ordinal
    return slavic_ordinal(a, primary, gender, case), slavic_ordinal(b, primary, gender, case)


def range_ends(a: int, b: int, noun: str, before: str, primary: str) -> tuple[str, str] | None:
    """Both ends of a range before the noun it counts, agreeing with it: "1–2 таблетки" →
    "одна – две", after an imperative "одну – две", after по "одной – две" (ru, uk); a range
    of ordinals before a singular noun (ORDINAL_RANGE_NOUNS). None for other languages."""
    from handoutkit.speech.say_ordinals import slavic_ordinal  # it imports this module

    lang = generic_for(primary)
    if lang is None or primary not in ORDINAL_RANGE_NOUNS or len(noun) < 3:
        return None  # "1–2 и 3–4 дня": a conjunction, not the noun
    ordinal = ORDINAL_RANGE_NOUNS[primary].get(noun.lower())
    plural_alike = primary == "uk" and b % 10 in _FEW and b % 100 // 10 != 1
    if ordinal and not (takes_one(b) if primary != "pl" else b == 1) and not plural_alike:
        gender, case = ordinal
        return (slavic_ordinal(a, primary, gender, case),
                slavic_ordinal(b, primary, gender, case))
    gender = counted_gender(b, noun, primary)
    first, second = (number_words(str(n), lang, gender) for n in (a, b))
    if a == 1 and primary != "pl" and re.search(r"(?<!\w)(?i:по)\s+$", before[-6:]):
        first = {"ru": ("одному", "одной"), "uk": ("одному", "одній")}[primary][gender == "f"]
    elif a == 1 and gender == "f" and (_IMPERATIVE.search(before[-16:]) or (
            primary == "pl" and re.search(r"(?<!\w)(?i:po)\s+$", before[-6:]))):
        # "po jedną – dwie tabletki": po of each, with 2 and up, the accusative (PWN)
        first = ACCUSATIVE_ONE[primary]
    return first, second


# Counted abbreviations that are no CLDR unit (ru ЕД, МЕ; uk ОД, МО; pl j.m.): (after 1,
# after 2-4 and a fraction, after 5, the accusative after 1), all feminine (Розенталь;
# Правопис 2019; PWN: jednostka), the number agreeing, its case after a preposition.
COUNTED_ABBREVIATIONS: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "ru": {"ЕД": ("единица", "единицы", "единиц", "единицу"),
           "ед.": ("единица", "единицы", "единиц", "единицу"),
           "МЕ": ("международная единица", "международные единицы", "международных единиц",
                  "международную единицу"),
           "мЕд/л": ("миллиединица на литр", "миллиединицы на литр", "миллиединиц на литр",
                     "миллиединицу на литр"),
           "сут.": ("сутки", "суток", "суток", "сутки"),
           "р/сут.": ("раз в сутки", "раза в сутки", "раз в сутки", "раз в сутки"),
           "р/сут": ("раз в сутки", "раза в сутки", "раз в сутки", "раз в сутки")},
    "uk": {"ОД": ("одиниця", "одиниці", "одиниць", "одиницю"),
           "од.": ("одиниця", "одиниці", "одиниць", "одиницю"),
           "МО": ("міжнародна одиниця", "міжнародні одиниці", "міжнародних одиниць",
                  "міжнародну одиницю"),
           "р/добу": ("раз на добу", "рази на добу", "разів на добу", "раз на добу"),
           "р/день": ("раз на день", "рази на день", "разів на день", "раз на день")},
    "pl": {"j.m.": ("jednostka międzynarodowa", "jednostki międzynarodowe",
                    "jednostek międzynarodowych", "jednostkę międzynarodową"),
           "j.": ("jednostka", "jednostki", "jednostek", "jednostkę")},
}
# A plurale tantum (сутки) counts with "одни" and the collective numerals (Розенталь).
RU_COLLECTIVE = {1: "одни", 2: "двое", 3: "трое", 4: "четверо"}
# The genitive singular of the first word where it differs from the form after 2-4.
_GENITIVE_ONE = {"международные": "международной", "міжнародні": "міжнародної",
                 "jednostki międzynarodowe": "jednostki międzynarodowej"}
_GENITIVE_AFTER = {"ru": r"до|от|после|около|более|менее|больше|меньше|свыше|не более|"
                         r"не менее|ниже|выше|без|для",
                   "uk": r"до|від|після|близько|більше|менше|понад|не більше|не менше|"
                         r"вище|нижче|без|для",
                   "pl": r"do|od|po|około|powyżej|poniżej|ponad|bez|dla|z"}


def abbreviation_counts(primary: str) -> tuple[tuple[str, Callable[..., str]], ...]:
    """"10 ЕД" → "десять единиц", "1 ЕД" → "одна единица", "до 10 ЕД" → "до десяти
    единиц", "Введите 1 ЕД" → "одну единицу", "2 j.m." → "dwie jednostki międzynarodowe"."""
    table = COUNTED_ABBREVIATIONS.get(primary)
    if not table:
        return ()
    written = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    pattern = rf"(?<![\d.,])(?P<n>\d{{1,5}})(?:,(?P<f>\d{{1,3}}))?\s?(?P<a>{written})(?!\w)"
    return ((pattern,
             lambda m: kept_stop(m, _abbreviation_count(m, primary, table[m["a"]]))),)


def _abbreviation_count(m: re.Match[str], primary: str, forms: tuple[str, str, str, str]) -> str:
    lang = generic_for(primary)
    assert lang is not None
    n, before = int(m["n"]), m.string[max(0, m.start() - 16):m.start()]
    one, few, many, accusative = forms
    times = one.startswith("раз")  # "2 р/сут.": раз is masculine, said in no other case
    if m["f"]:
        return f"{number_words(m['n'] + ',' + m['f'], lang, 'f')} {few}"
    if re.search(rf"(?<!\w)(?i:{_GENITIVE_AFTER[primary]})\s+$", before) and n and not times:
        single = n == 1 if primary == "pl" else takes_one(n)
        said = (polish_genitive(n, "f") if primary == "pl"
                else num2words(n, lang=primary, case="genitive", gender="feminine"
                               if primary == "uk" else "f"))
        said = re.sub(r"^(?:одной|однієї) (?=т[ыи]сяч)", "", said)  # "до тысячи", not "одной"
        noun = many
        if single:
            noun = next((few.replace(k, v) for k, v in _GENITIVE_ONE.items() if k in few), few)
        return f"{said} {noun}"
    category = lang.locale.plural_form(n)
    noun = {"one": one, "few": few}.get(category, many)
    said = number_words(m["n"], lang, "m" if times else "f")
    if one == "сутки" and n in RU_COLLECTIVE:  # a plurale tantum: "одни сутки", "двое суток"
        said = RU_COLLECTIVE[n]
    if category == "one" and _IMPERATIVE.search(before) and not times:
        said, noun = re.sub(r"\S+$", ACCUSATIVE_ONE[primary], said), accusative
    return f"{said} {noun}"


# A measure after в, у, w "in" that holds something ("в 200 мл воды", "у 200 мл води", "w
# 200 ml wody", "в 1 мл содержится") is in the locative, the number too (Розенталь;
# Правопис 2019; PWN: the numeral's locative, as its genitive in Polish); "таблетка в 5 мг"
# (a measure, the accusative) is left. CLDR unit → (singular, plural) locative.
LOCATIVE_UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "ru": {"volume-milliliter": ("миллилитре", "миллилитрах"),
           "volume-liter": ("литре", "литрах"), "mass-gram": ("грамме", "граммах"),
           "mass-milligram": ("миллиграмме", "миллиграммах")},
    "uk": {"volume-milliliter": ("мілілітрі", "мілілітрах"), "volume-liter": ("літрі", "літрах"),
           "mass-gram": ("грамі", "грамах"), "mass-milligram": ("міліграмі", "міліграмах")},
    "pl": {"volume-milliliter": ("mililitrze", "mililitrach"),
           "volume-liter": ("litrze", "litrach"),
           "mass-gram": ("gramie", "gramach"), "mass-milligram": ("miligramie", "miligramach")},
}
_HELD_IN = {"ru": r"в|во", "uk": r"в|у", "pl": r"w|we"}
_HELD = {"ru": r"воды|жидкости|раствора|молока|сока|суспензии|сиропа|содержится|содержит|"
               r"вещества|препарата",
         "uk": r"води|рідини|розчину|молока|соку|суспензії|сиропу|міститься|містить|"
               r"речовини|препарату",
         "pl": r"wody|płynu|roztworu|mleka|soku|zawiesiny|syropu|zawiera|znajduje|"
               r"substancji|leku"}


def locative_measures(primary: str, units: dict[str, str]
                      ) -> tuple[tuple[str, Callable[..., str]], ...]:
    """"в 200 мл воды" → "в двухстах миллилитрах воды", "В 1 мл" → "В одном миллилитре"."""
    if primary not in LOCATIVE_UNITS:
        return ()
    symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True)
                       if units[u] in LOCATIVE_UNITS[primary])
    pattern = (rf"(?<!\w)(?P<p>(?i:{_HELD_IN[primary]}))\s+(?P<n>\d{{1,4}})\s?(?P<u>{symbols})"
               rf"(?=\s+(?:\d+\s?\S+\s+)?(?i:{_HELD[primary]})(?!\w))")

    def said(m: re.Match[str]) -> str:
        n = int(m["n"])
        singular, plural = LOCATIVE_UNITS[primary][units[m["u"]]]
        one = n == 1 if primary == "pl" else takes_one(n)
        if primary == "pl":
            number = "jednym" if n == 1 else polish_genitive(n, "m")
        else:
            number = num2words(n, lang=primary,
                               case="prepositional" if primary == "ru" else "locative")
        return f"{m['p']} {number} {singular if one else plural}"

    return ((pattern, said),)
