"""Haitian Creole numbers in words, which num2words lacks and espeak-ng's Kreyòl voice reads
wrongly from digits (55 → "15", 90 → "10", 911 → "nine hundred eleven").

The words are Kreyòl's common spelling (the orthography of 1979, as in Valdman's Haitian
Creole-English Bilingual Dictionary): 70-79 and 90-99 count on from 60 and 80 as in French
(75 = swasant kenz, 91 = katreven onz); 21, 31 … 61, 81 end in "eyen", and 28, 38 … 88 in
"wit" joined on (ventwit, trantwit), as uit opens with a vowel. The other tens and units are
written as separate words (the spoken "vennde" is written "ven de"), so the voice says each
as it is spelt; a Kreyòl reader checks them in the listening script.
"""

UNITS = ("zewo", "en", "de", "twa", "kat", "senk", "sis", "sèt", "uit", "nèf", "dis", "onz",
         "douz", "trèz", "katòz", "kenz", "sèz", "disèt", "dizuit", "diznèf")
TENS = {20: "ven", 30: "trant", 40: "karant", 50: "senkant", 60: "swasant", 80: "katreven"}
ONE_AFTER_TENS = {20: "venteyen", 30: "tranteyen", 40: "karanteyen", 50: "senkanteyen",
                  60: "swasanteyen", 80: "katreventeyen"}
SCALES = ((1_000_000_000, "milya"), (1_000_000, "milyon"), (1000, "mil"), (100, "san"))


def _below_hundred(n: int) -> str:
    if n < 20:
        return UNITS[n]
    tens = n - n % 10
    if tens in (70, 90):  # 70-79 and 90-99: 60 and 80, then 10-19
        tens -= 10
    rest = n - tens
    if rest == 0:
        return TENS[tens]
    if rest == 8:  # "ventwit": uit, opening with a vowel, is joined on, with the t of vingt
        # (spaced, "trant uit" was heard as thirty, then eight)
        return f"{'vent' if tens == 20 else TENS[tens]}wit"
    return ONE_AFTER_TENS[tens] if rest == 1 else f"{TENS[tens]} {UNITS[rest]}"


def cardinal(n: int) -> str:
    """42 → "karant de"; 75 → "swasant kenz"; 911 → "nèf san onz"; 2026 → "de mil ven sis"."""
    if n < 100:
        return _below_hundred(n)
    for scale, word in SCALES:
        if n >= scale:
            count, rest = divmod(n, scale)
            head = word if count == 1 and scale <= 1000 else f"{cardinal(count)} {word}"
            if scale >= 1_000_000 and count == 1:
                head = f"yon {word}"
            return f"{head} {cardinal(rest)}" if rest else head
    raise AssertionError(n)  # unreachable: every n ≥ 100 has a scale


# A clock's hour with "è" (heure) joined, as Kreyòl says and writes it: a inè, a dezè … a nevè,
# midi and minwi (Valdman, Haitian Creole-English Bilingual Dictionary); past noon on a
# 24-hour clock, the number and è.
HOURS = {0: "minwi", 1: "inè", 2: "dezè", 3: "twazè", 4: "katrè", 5: "senkè", 6: "sizè",
         7: "setè", 8: "uitè", 9: "nevè", 10: "dizè", 11: "onzè", 12: "midi",
         **{hour: f"{cardinal(hour)} è" for hour in range(13, 24)}}

# CLDR has no Kreyòl names for months or units: the words said for them.
MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
          "oktòb", "novanm", "desanm")
UNITS_SAID = {  # CLDR unit → its Kreyòl word (nouns do not change in the plural)
    "mass-milligram": "miligram", "mass-gram": "gram", "mass-kilogram": "kilogram",
    "mass-microgram": "mikwogram", "volume-milliliter": "mililit", "volume-liter": "lit",
    "volume-deciliter": "desilit", "concentr-millimole-per-liter": "milimòl pa lit",
    "concentr-milligram-ofglucose-per-deciliter": "miligram pa desilit",
    "pressure-millimeter-ofhg": "milimèt mèki", "temperature-celsius": "degre Sèlsiyis",
    "temperature-fahrenheit": "degre Farennayt", "concentr-percent": "pousan",
    "length-millimeter": "milimèt", "length-centimeter": "santimèt", "length-meter": "mèt",
    "length-kilometer": "kilomèt", "energy-kilocalorie": "kilokalori",
    "duration-hour": "èdtan", "duration-minute": "minit", "duration-second": "segonn",
    "mass-pound": "liv", "mass-ounce": "ons", "area-square-meter": "mèt kare",
    "area-square-centimeter": "santimèt kare",
}


def date(year: int, month: int, day: int) -> str:
    """20 November 2026 → "ven novanm de mil ven sis" (day, month, year, as Kreyòl says it)."""
    return f"{'premye' if day == 1 else cardinal(day)} {MONTHS[month - 1]} {cardinal(year)}"
