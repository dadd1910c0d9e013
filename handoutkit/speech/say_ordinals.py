"""Ordinal numbers written with a mark after the digits, in the languages without hand-made
tables: the mark gives the ordinal's gender (and in Russian and Ukrainian its case).

Each rule, as ``input → spoken``:
  fr    1er → premier; 1re, 1ère → première; 2e, 2ème, 2nd → deuxième (Grevisse, Le Bon
        Usage, on the abbreviation of ordinals)
  pt    1º, 1.º → primeiro; 1ª → primeira; 21ª → vigésima primeira (Cunha & Cintra)
  it    1º, 1° → primo; 2ª → seconda (Serianni, Grammatica italiana)
  ro    al 2-lea → al doilea; a 2-a → a doua (DOOM, on ordinals in digits)
  ru    1-й → первый; 2-го → второго; 3-я → третья; 5-е → пятое; 2-му → второму;
        1990-х → тысяча девятьсот девяностых (Розенталь, on ordinals in digits)
  uk    1-й → перший; 3-я → третя; 5-го → п'ятого; 2-му → другому (Правопис 2019, § 38)
  de    am 2. Tag → am zweiten Tag; Ihr 2. Besuch → Ihr zweiter Besuch (Duden Grammatik)
  pl    2. wizyta → druga wizyta; 3. dzień → trzeci dzień (a lower-case noun after the dot)
  bn    5ম → পঞ্চম; 2য় → দ্বিতীয় (Thompson, Bengali: ordinals from Sanskrit, 1-10); the
        days of dates: ১লা বৈশাখ → পয়লা বৈশাখ, ২১শে ফেব্রুয়ারি → একুশে ফেব্রুয়ারি
  ht    1ye → premye; 2yèm → dezyèm; 9yèm → nevyèm (Valdman, Haitian Creole-English
        Bilingual Dictionary: the ordinals; past 10, the number and -yèm)
  hi    3रा → तीसरा; 2री → दूसरी; 4थे → चौथे; ur 3را → تیسرا; pa 3ਜਾ → ਤੀਜਾ: the first four and
        the sixth have their own words (McGregor; Schmidt; Bhatia); 5वें needs no rule
  he    החודש ה-3 → החודש השלישי: an ordinal after ה-, in its noun's gender (Glinert)
  pl    w 3. miesiącu → w trzecim miesiącu: after a preposition, the locative
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.speech.data import counting, kreyol
from handoutkit.speech.data.neutral import ROMAN
from handoutkit.speech.genders import gender
from handoutkit.speech.say_units import preceding

# Russian ending after the hyphen → num2words' case, gender, plural.
RU_ENDINGS: dict[str, tuple[str, str, bool]] = {
    "й": ("n", "m", False), "ый": ("n", "m", False), "ой": ("n", "m", False),
    "ий": ("n", "m", False), "я": ("n", "f", False), "ая": ("n", "f", False),
    "е": ("n", "n", False), "ое": ("n", "n", False), "го": ("g", "m", False),
    "ого": ("g", "m", False), "му": ("d", "m", False), "ому": ("d", "m", False),
    "ю": ("a", "f", False), "ую": ("a", "f", False), "м": ("p", "m", False),
    "ом": ("p", "m", False), "х": ("g", "m", True), "ых": ("g", "m", True),
}
# Ukrainian: the ending after the hyphen → how the nominative masculine ending changes
# (-ий, or -ій after a soft stem: третій).
UK_ENDINGS: dict[str, tuple[str, str]] = {
    "й": ("ий", "ій"), "ий": ("ий", "ій"), "я": ("а", "я"), "а": ("а", "я"),
    "е": ("е", "є"), "го": ("ого", "ього"), "ого": ("ого", "ього"), "му": ("ому", "ьому"),
    "ому": ("ому", "ьому"), "ї": ("ої", "ьої"), "ої": ("ої", "ьої"), "х": ("их", "іх"),
    # the last two letters, as Правопис § 38 also allows: 1-ша, 2-га, 3-тя, 4-та; 1-ший
    **{end: ("а", "я") for end in ("ша", "га", "тя", "та", "ма")},
    **{end: ("ий", "ій") for end in ("ший", "гий", "тій", "тий")},
    **{end: ("е", "є") for end in ("ше", "ге", "тє", "те")},
}


def _feminine_romance(said: str) -> str:
    """"vigésimo primeiro" → "vigésima primeira"; "secondo" → "seconda"."""
    return re.sub(r"o\b", "a", said)


def _french(m: re.Match[str]) -> str:
    if m["end"] in ("re", "ère"):
        return "première"
    if m["end"] in ("nd", "nde"):
        return "second" if m["end"] == "nd" else "seconde"
    return num2words(int(m["n"]), lang="fr", to="ordinal")


# German: the words before "2. Tag" that make it an ordinal, and its ending after them: weak
# -en after a dative or genitive (am, zum, dem: "am zweiten Tag"), -e after der/die/das
# (Duden Grammatik, ordinal numbers inflect as adjectives).
DE_BEFORE = ("am|im|vom|zum|beim|zur|dem|den|des|der|die|das|jeden|jede|jedes"
             "|Ihr|Ihre|Ihrem|Ihren|Ihrer|mein|meine|meinem|meinen|meiner|sein|seine|seinem"
             "|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer|unser|unsere|dein|deine")
# After a possessive with no ending ("Ihr", "mein"), the ordinal takes the strong nominative
# ending of its noun: "Ihr zweiter Besuch", "Ihr zweites Kind" (Duden Grammatik).
_DE_BARE_POSSESSIVE = re.compile(r"(?:ihr|mein|dein|sein|unser)\s+$", re.IGNORECASE)
# Bengali ordinals 1-10, written as the digit and the ordinal's last letters (৫ম, ২য়).
# The days of the month as Bengali dates say them (Thompson, Bengali: dates): the first four
# their own words (১লা পয়লা, ২রা দোসরা, ৩রা তেসরা, ৪ঠা চৌঠা); 19 to 31 written -শে are the
# number with -এ (২১শে একুশে); 5 to 18 take -ই as written (১৫ই পনেরই).
BN_DAYS = {"1": "পয়লা", "2": "দোসরা", "3": "তেসরা", "4": "চৌঠা"}
BN_ORDINALS = ("প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ", "পঞ্চম", "ষষ্ঠ", "সপ্তম", "অষ্টম", "নবম",
               "দশম")
_DE_NOMINATIVE = re.compile(
    r"(?:die|das|der|jede|jedes|ihre|meine|deine|seine|unsere)\s+$", re.IGNORECASE)
_DE_PREPOSITION = re.compile(r"(?<!\w)(?:an|in|auf|bei|mit|nach|von|zu|aus|vor|seit)\s+$",
                             re.IGNORECASE)


def _german(m: re.Match[str]) -> str:
    """"am 2. Tag" → "am zweiten Tag"; "die 3. Woche" → "die dritte Woche"."""
    stem = num2words(int(m["n"]), lang="de", to="ordinal").removesuffix("e")
    if _DE_BARE_POSSESSIVE.fullmatch(m["pre"]):
        noun = re.match(r"\w+", m.string[m.end():])
        neuter = noun is not None and gender(noun[0], "de") == "n"
        return f"{m['pre']}{stem}{'es' if neuter else 'er'} "
    nominative = _DE_NOMINATIVE.match(m["pre"]) and not (
        m["pre"].lower().startswith("der") and _DE_PREPOSITION.search(preceding(m)))
    return f"{m['pre']}{stem}{'e' if nominative else 'en'} "


def _russian(m: re.Match[str]) -> str:
    case, gender, plural = RU_ENDINGS[m["end"]]
    if m["end"] == "й" and re.match(r"\s+\w+(?:е|и|ей|ой)\b", m.string[m.end():]):
        case, gender = "g", "f"  # "на 4-й неделе": -й is also the feminine oblique -ой
    return num2words(int(m["n"]), lang="ru", to="ordinal", case=case, gender=gender,
                     plural=plural)


# "с 1 по 14 день" → "с первого по четырнадцатый день", "z 1 po 14 день" (uk), "od 1 do 14
# dnia" → "od pierwszego do czternastego dnia": days numbered, not counted, where the noun
# after the second number is singular; the first in the genitive, the second in the case
# of its preposition (Розенталь; Правопис 2019; PWN). (from, to, noun → (gender, case)).
FROM_TO_ORDINALS = {
    "ru": (r"с|со", r"по", {"день": ("m", "accusative"), "число": ("n", "accusative"),
                            "неделю": ("f", "accusative"), "месяц": ("m", "accusative")}),
    "uk": (r"з|із|від", r"по|до", {"день": ("m", "accusative"), "дня": ("m", "genitive"),
                                   "тиждень": ("m", "accusative"),
                                   "тижня": ("m", "genitive")}),
    "pl": (r"od", r"do", {"dnia": ("m", "genitive"), "tygodnia": ("m", "genitive"),
                          "miesiąca": ("m", "genitive"), "doby": ("f", "genitive")}),
}


def _from_to_rules(primary: str) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    start, end, nouns = FROM_TO_ORDINALS[primary]
    pattern = (rf"(?<!\w)(?P<p>(?i:{start}))\s+(?P<a>\d{{1,2}})\s+(?P<to>{end})\s+"
               rf"(?P<b>\d{{1,2}})\s+(?P<noun>{'|'.join(nouns)})(?!\w)")

    def said(m: re.Match[str]) -> str:
        gender, case = nouns[m["noun"]]
        first = slavic_ordinal(int(m["a"]), primary, gender, "genitive")
        second = slavic_ordinal(int(m["b"]), primary, gender, case)
        return f"{m['p']} {first} {m['to']} {second} {m['noun']}"

    return ((pattern, said),)


def _range_of(m: re.Match[str], speak: Callable[[re.Match[str]], str]) -> str:
    """"2–3-й день" → "второй – третий день": a range's first end takes the second's mark."""
    said = speak(m)
    if not m["a"]:
        return said
    text = f"{m['a']}-{m['end']}{m.string[m.end():m.end() + 40]}"  # the same noun after it
    first = re.match(rf"(?P<n>{m['a']})[-‑](?P<end>{re.escape(m['end'])})", text)
    assert first is not None
    return f"{speak(first)} – {said}"


def _ukrainian(m: re.Match[str]) -> str:
    hard, soft = UK_ENDINGS[m["end"]]
    said = num2words(int(m["n"]), lang="uk", to="ordinal")
    return re.sub(r"(?:ий|ій)$", lambda e: soft if e[0] == "ій" else hard, said)


# Polish prepositions before an ordinal and its noun in the genitive: "od 6. miesiąca" →
# "od szóstego miesiąca", "do 2. roku życia", "od 3. doby" (PWN).
_PL_GENITIVE_BEFORE = re.compile(r"(?<!\w)(?i:od|do|z|ze|około|dla|bez|u|koło|sprzed)\s+$")


def _polish(m: re.Match[str]) -> str:
    """"2. wizyta" → "druga wizyta": the ordinal agrees with its noun, feminine in -a,
    neuter in -o, -e, -ę, else masculine (the nominative, as a handout's labels are)."""
    said, noun = num2words(int(m["n"]), lang="pl", to="ordinal"), m["noun"]
    if _PL_GENITIVE_BEFORE.search(m.string[max(0, m.start() - 12):m.start()]):
        gender = "f" if noun.endswith(("y", "i")) else "m"  # doby; miesiąca, roku
        return f"{slavic_ordinal(int(m['n']), 'pl', gender, 'genitive')} {noun}"
    if noun.endswith("a"):
        ending = ("a", "ia")
    elif noun.endswith(("o", "e", "ę")):
        ending = ("e", "ie")
    else:
        return f"{said} {noun}"
    said = re.sub(r"(?<=[gk])i\b", "y", said)  # drugi → drug-a, not drug-ia
    return re.sub(r"(i|y)\b", lambda e: ending[e[1] == "i"], said) + f" {noun}"


# Ukrainian and Polish ordinal endings by gender and case, hard and soft (Правопис 2019,
# § 38 on ordinals, declined as adjectives; PWN, odmiana przymiotnika); accusative
# masculine and neuter as the nominative (inanimate nouns).
UK_ORDINAL_ENDINGS = {
    ("m", "nominative"): ("ий", "ій"), ("m", "genitive"): ("ого", "ього"),
    ("m", "dative"): ("ому", "ьому"), ("m", "locative"): ("ому", "ьому"),
    ("m", "instrumental"): ("им", "ім"), ("f", "nominative"): ("а", "я"),
    ("f", "genitive"): ("ої", "ьої"), ("f", "dative"): ("ій", "ій"),
    ("f", "locative"): ("ій", "ій"), ("f", "accusative"): ("у", "ю"),
    ("f", "instrumental"): ("ою", "ьою"), ("n", "nominative"): ("е", "є"),
    ("n", "genitive"): ("ого", "ього"), ("n", "locative"): ("ому", "ьому"),
}
PL_ORDINAL_ENDINGS = {
    ("m", "nominative"): ("y", "i"), ("m", "genitive"): ("ego", "iego"),
    ("m", "dative"): ("emu", "iemu"), ("m", "locative"): ("ym", "im"),
    ("m", "instrumental"): ("ym", "im"), ("f", "nominative"): ("a", "ia"),
    ("f", "genitive"): ("ej", "iej"), ("f", "dative"): ("ej", "iej"),
    ("f", "locative"): ("ej", "iej"), ("f", "accusative"): ("ą", "ią"),
    ("f", "instrumental"): ("ą", "ią"), ("n", "nominative"): ("e", "ie"),
    ("n", "genitive"): ("ego", "iego"), ("n", "locative"): ("ym", "im"),
}


def slavic_ordinal(n: int, primary: str, gender: str, case: str) -> str:
    """An ordinal in a gender and case: ru from num2words; uk its last word, pl every
    ordinal word, by the endings above ("drugi" → "druga": after g, k the -i is hard)."""
    case = "nominative" if case == "accusative" and gender != "f" else case
    if primary == "ru":
        return num2words(n, lang="ru", to="ordinal", case=case, gender=gender)
    said = num2words(n, lang=primary, to="ordinal")
    if primary == "uk":
        hard, soft = UK_ORDINAL_ENDINGS[gender, case]
        return re.sub(r"(?:ий|ій)$", lambda e: soft if e[0] == "ій" else hard, said)
    hard, soft = PL_ORDINAL_ENDINGS[gender, case]
    if not soft.startswith("i") or hard in ("a", "ą"):  # druga, drugą; drugiej, drugim
        said = re.sub(r"(?<=[gk])i\b", "y", said)
    return re.sub(r"(?<=\w)(y|i)\b", lambda e: soft if e[1] == "i" else hard, said)


HT_ORDINALS = ("premye", "dezyèm", "twazyèm", "katriyèm", "senkyèm", "sizyèm", "setyèm",
               "uityèm", "nevyèm", "dizyèm")


def _kreyol(m: re.Match[str]) -> str:
    n = int(m["n"])
    return HT_ORDINALS[n - 1] if n <= 10 else f"{kreyol.cardinal(n)}yèm"


# Hebrew ordinals 1-10, masculine and feminine (Glinert).
HE_ORDINALS = (("ראשון", "ראשונה"), ("שני", "שנייה"), ("שלישי", "שלישית"), ("רביעי", "רביעית"),
               ("חמישי", "חמישית"), ("שישי", "שישית"), ("שביעי", "שביעית"),
               ("שמיני", "שמינית"), ("תשיעי", "תשיעית"), ("עשירי", "עשירית"))


def _hebrew(m: re.Match[str]) -> str:
    """"בקומה ה-2" → "בקומה השנייה"; from 11 the ordinal is the cardinal with ה, in the
    noun's gender: "בשבוע האחד עשר", "בשבוע העשרים" (Glinert, on ordinals)."""
    n, feminine = int(m["n"]), gender(m["noun"], "he") == "f"
    if n > 10:
        return f"{m['noun']} ה{num2words(n, lang='he', gender='f' if feminine else 'm')}"
    return f"{m['noun']} ה{HE_ORDINALS[n - 1][feminine]}"


PL_FEMININE_LOCATIVE = frozenset({"dobie", "klasie", "ciąży", "nocy", "fazie", "godzinie",
                                  "dawce", "serii", "kolejce", "wizycie", "dawki"})


def _polish_locative(m: re.Match[str]) -> str:
    """"w 3. miesiącu" → "w trzecim miesiącu"; "w 2. dobie" → "w drugiej dobie" (the
    feminine nouns listed above; the rest in a handout, -u or -e, are masculine); a list
    of them, each alike: "w 2., 4. i 6. miesiącu" → "w drugim, czwartym i szóstym …"."""
    feminine = m["noun"] in PL_FEMININE_LOCATIVE  # "w drugim trymestrze": most are -ym
    ending = ("ej", "iej") if feminine else ("ym", "im")  # drugiej, pierwszej; drugim

    def said(n: str) -> str:
        ordinal = num2words(int(n), lang="pl", to="ordinal")
        return re.sub(r"(i|y)\b", lambda e: ending[e[1] == "i"], ordinal)

    listed = re.sub(r"(\d{1,4})\.", lambda d: said(d[1]), m["list"] or "")
    return f"{m['pre']}{listed}{said(m['n'])} {m['noun']}"


def _bengali(m: re.Match[str]) -> str:
    return BN_ORDINALS[int(m["n"]) - 1]


def _persian(m: re.Match[str]) -> str:
    return persian_ordinal(int(m["n"]), "مین" if m["end"].endswith("ین") else "م")


def persian_ordinal(n: int, suffix: str = "م") -> str:
    """3 → سوم (3مین → سومین), 30 → سی‌ام: the cardinal with -م (-مین), سه as سو, and -ام
    after a final ی (Lazard, A Grammar of Contemporary Persian, on ordinals)."""
    said = num2words(n, lang="fa")
    if said.endswith("سه"):
        return said[:-1] + "و" + suffix
    return f"{said}\u200cا{suffix}" if said.endswith("ی") else said + suffix


def _romanian(m: re.Match[str]) -> str:
    value = int(m["n"]) if m["n"].isdigit() else ROMAN.get(m["n"])
    if value is None:
        return m[0]
    said = num2words(value, lang="ro", to="ordinal")  # "al doilea", "primul"
    if value == 1:  # "al 1-lea" → "primul", "a 1-a" → "prima" (no article: DOOM)
        return "prima" if m["art"].lower() == "a" else "primul"
    if m["art"].lower() == "a":  # feminine: "a doua", "a treia", "a patra", "a douăzecea"
        said = "a " + _RO_FEMININE_END.sub(lambda e: _RO_FEMININE[e[0]], said[3:])
        said = said.replace("doisprezecea", "douăsprezecea")
    return said


# The feminine ordinal's ending for the masculine's (DOOM; Gramatica limbii române, the
# ordinal numeral): doilea → doua, treilea → treia, patrulea → patra, optlea → opta, nouălea
# → noua, cincilea → cincea, zecelea → zecea, douăzecilea → douăzecea, o sutălea → o suta.
_RO_FEMININE = {"doilea": "doua", "treilea": "treia", "ulea": "a", "tlea": "ta", "ălea": "a",
                "ilea": "ea", "elea": "ea"}
_RO_FEMININE_END = re.compile(r"(?:doilea|treilea|ulea|tlea|ălea|ilea|elea)$")


# Nouns before which a number (digits or Roman) is an ordinal in the genitive: Russian
# "диабет 2 типа" → "второго типа", "XXI века" → "двадцать первого века" (Розенталь);
# Ukrainian "II типу" → "другого типу"; Polish "cukrzyca typu 2" → "typu drugiego" (after
# its noun).
RU_BEFORE = {"типа": "m", "степени": "f", "стадии": "f", "группы": "f", "класса": "m",
             "века": "m"}
UK_BEFORE = {"типу": "m", "ступеня": "m", "стадії": "f", "групи": "f", "століття": "n"}
PL_AFTER = ("typu", "stopnia", "grupy", "klasy")
# The words before "2 типа" that make it an ordinal (диабета, опіку: any ending).
DIAGNOSES = {"ru": "диабет|ожог", "uk": "діабет|опік"}
_ROMAN = r"(?P<r>[IVXLC]+)"


def _value(m: re.Match[str]) -> int | None:
    return int(m["n"]) if m["n"] else ROMAN.get(m["r"])


def _genitive_ordinal(m: re.Match[str], primary: str) -> str:
    value = _value(m)
    if value is None:
        return m[0]
    if primary == "ru":
        said = num2words(value, lang="ru", to="ordinal", case="genitive",
                         gender=RU_BEFORE[m["noun"]])
        return f"{m['pre'] or ''}{said} {m['noun']}"
    if primary == "uk":  # "другий" → "другого", "друга" → "другої"
        said = num2words(value, lang="uk", to="ordinal")
        gender = UK_BEFORE[m["noun"]]
        ending = {"f": ("ої", "ьої")}.get(gender, ("ого", "ього"))
        said = re.sub(r"(ий|ій)$", lambda e: ending[e[0] == "ій"], said)
        return f"{m['pre'] or ''}{said} {m['noun']}"
    said = re.sub(r"(\w+?)(i|y)\b", lambda e: e[1] + ("iego" if e[2] == "i" else "ego"),
                  num2words(value, lang="pl", to="ordinal"))
    return f"{m['noun']} {said}"


def _french_roman(m: re.Match[str]) -> str:
    """"XXIe siècle" → "vingt et unième siècle"; "Ier" → "premier"."""
    value = ROMAN.get(m["r"])
    if value is None:
        return m[0]
    return "premier" if value == 1 else num2words(value, lang="fr", to="ordinal")


def rules(primary: str) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """The ordinal rules of a language, as (regex, speaker), to run before the number rules."""
    n = r"(?<![\d.,])(?P<n>\d{1,4})"
    number = rf"(?:(?<![\d.,])(?P<n>\d{{1,2}})(?![\d.,]\d)|(?<![^\W\d_]){_ROMAN})"
    if primary in ("ru", "uk"):  # digits only after a diagnosis: "есть 2 типа" is two types
        nouns = "|".join(RU_BEFORE if primary == "ru" else UK_BEFORE)
        after = rf"(?P<pre>(?<!\w)(?i:{DIAGNOSES[primary]})\w*\s+)"
        number = (rf"(?:{after}(?P<n>\d{{1,2}})(?![\d.,]\d)"
                  rf"|(?<![^\W\d_]){_ROMAN})")
        before = ((rf"{number}\s+(?P<noun>{nouns})(?!\w)",
                   lambda m: _genitive_ordinal(m, primary)),)
    elif primary == "pl":
        before = ((rf"(?<!\w)(?P<noun>{'|'.join(PL_AFTER)})\s+{number}(?![^\W\d_])",
                   lambda m: _genitive_ordinal(m, "pl")),)
    else:
        before = ()
    if primary == "fr":
        return ((rf"{n}(?P<end>er|re|ère|e|ème|nd|nde)(?![^\W\d_])", _french),
                (rf"(?<![^\W\d_]){_ROMAN}(?:er|e|ème)(?![^\W\d_])", _french_roman))
    if primary in ("pt", "it"):
        mark = r"\.?(?P<end>[ºª]|°(?!\s?[CF]\b))" if primary == "it" else r"\.?(?P<end>[ºª])"
        return ((rf"{n}{mark}", lambda m: (
            _feminine_romance(num2words(int(m["n"]), lang=primary, to="ordinal"))
            if m["end"] == "ª" else num2words(int(m["n"]), lang=primary, to="ordinal"))),)
    if primary == "de":
        return ((rf"(?<!\w)(?P<pre>(?i:{DE_BEFORE})\s+){n}\.\s(?=[A-ZÄÖÜ])", _german),)
    if primary == "ro":
        return ((r"(?<!\w)(?P<art>al|a|Al|A)\s+(?P<n>\d{1,3}|[IVXL]+)-(?:lea|a)(?!\w)",
                 _romanian),)  # "al 2-lea", "secolul al XXI-lea"
    if primary == "pl":
        return (*before, *_from_to_rules("pl"),
                (r"(?<!\w)(?P<pre>(?i:w|we|na|przy|po|o)\s+)"
                 r"(?P<list>(?:\d{1,4}\.(?:,|\s(?:i|oraz|lub|albo))\s){0,6})"
                 rf"{n}\.\s(?P<noun>[a-ząćęłńóśźż]+)(?!\w)", _polish_locative),
                (rf"{n}\.\s(?P<noun>[a-ząćęłńóśźż]+)(?!\w)", _polish))
    if primary in counting.INDIC_ORDINAL_ENDINGS:  # "2री" → "दूसरी": the ending carries
        table = {f"{n}{ending}": word  # masculine (-ā), feminine (-ī) and oblique (-e) alike
                 for n, endings in counting.INDIC_ORDINAL_ENDINGS[primary].items()
                 for ending, word in zip(endings, counting.INDIC_ORDINALS[primary][n],
                                         strict=True)}
        return ((rf"(?<![\d.,])(?:{'|'.join(table)})(?![^\W\d_])", lambda m: table[m[0]]),)
    if primary == "he":
        return ((r"(?P<noun>[\u05d0-\u05ea]+)\sה[-\u05be](?P<n>[1-9]\d?)(?!\d|[.,]\d)",
                 _hebrew),)  # the hyphen or the maqaf: "ה-3", "ה־3"
    if primary == "ht":
        return ((rf"{n}(?:yèm|èm|ye|e)(?![^\W\d_])", _kreyol),)
    if primary == "fa":
        return ((rf"{n}(?P<end>امین|مین|ام|م)(?![^\W\d_])", _persian),)
    if primary == "bn":
        return ((r"(?<![\d.,])(?P<n>10|[1-9])(?:ম|য\u09bc|য়|র্থ|ষ্ঠ)(?![^\W\d_])", _bengali),
                (r"(?<![\d.,])(?:1লা|2রা|3রা|4ঠা)(?![^\W\d_])", lambda m: BN_DAYS[m[0][0]]),
                (r"(?<![\d.,])(?P<n>19|2\d|3[01])শে(?![^\W\d_])", lambda m: f"{m['n']}ে"))
    if primary in ("ru", "uk"):
        endings = RU_ENDINGS if primary == "ru" else UK_ENDINGS
        alternation = "|".join(sorted(endings, key=len, reverse=True))
        speak = _russian if primary == "ru" else _ukrainian
        return (*before, *_from_to_rules(primary),
                (rf"(?:(?<![\d.,])(?P<a>\d{{1,3}})\s?[–-]\s?)?{n}[-‑](?P<end>{alternation})"
                 r"(?!\w)", lambda m: _range_of(m, speak)))
    return before
