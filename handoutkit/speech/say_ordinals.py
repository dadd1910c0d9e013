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
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

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


def _russian(m: re.Match[str]) -> str:
    case, gender, plural = RU_ENDINGS[m["end"]]
    return num2words(int(m["n"]), lang="ru", to="ordinal", case=case, gender=gender,
                     plural=plural)


def _ukrainian(m: re.Match[str]) -> str:
    hard, soft = UK_ENDINGS[m["end"]]
    said = num2words(int(m["n"]), lang="uk", to="ordinal")
    return re.sub(r"(?:ий|ій)$", lambda e: soft if e[0] == "ій" else hard, said)


def _romanian(m: re.Match[str]) -> str:
    said = num2words(int(m["n"]), lang="ro", to="ordinal")  # "al doilea", "primul"
    if m["art"].lower() == "a":  # feminine: "a doua", "a treia"
        said = re.sub(r"^al ", "a ", re.sub(r"lea$", "a", said)).replace("doia", "doua")
    return said


def rules(primary: str) -> tuple[tuple[str, Callable[[re.Match[str]], str]], ...]:
    """The ordinal rules of a language, as (regex, speaker), to run before the number rules."""
    n = r"(?<![\d.,])(?P<n>\d{1,4})"
    if primary == "fr":
        return ((rf"{n}(?P<end>er|re|ère|e|ème|nd|nde)(?![^\W\d_])",
                 _french),)
    if primary in ("pt", "it"):
        mark = r"\.?(?P<end>[ºª]|°(?!\s?[CF]\b))" if primary == "it" else r"\.?(?P<end>[ºª])"
        return ((rf"{n}{mark}", lambda m: (
            _feminine_romance(num2words(int(m["n"]), lang=primary, to="ordinal"))
            if m["end"] == "ª" else num2words(int(m["n"]), lang=primary, to="ordinal"))),)
    if primary == "ro":
        return ((r"(?<!\w)(?P<art>al|a|Al|A)\s+(?P<n>\d{1,3})-(?:lea|a)(?!\w)", _romanian),)
    if primary in ("ru", "uk"):
        endings = RU_ENDINGS if primary == "ru" else UK_ENDINGS
        alternation = "|".join(sorted(endings, key=len, reverse=True))
        return ((rf"{n}[-‑](?P<end>{alternation})(?!\w)",
                 _russian if primary == "ru" else _ukrainian),)
    return ()
