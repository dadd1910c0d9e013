"""Spanish agreement: the noun after a number, its gender, and the number said to agree.

"1 tableta" → "una tableta", "21 días" → "veintiún días", "200 tabletas" → "doscientas
tabletas", "1 millón" → "un millón", "2 000 000 personas" → "dos millones de personas".
The gender comes from data/es_gender.py (endings and their exceptions).
"""

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from handoutkit.speech.data import es_gender, fixed

logger = logging.getLogger(__name__)

_FOLD = str.maketrans("áéíóúü", "aeiouu")
# The word after a number, past a second number joined by "o", "y", "a" or a dash
# ("1 o 2 tabletas", "1-2 tabletas" agree with "tabletas"), or past a partitive "de" and its
# determiner ("1 de cada 4 mujeres", "1 de las 2 tabletas": una).
_NEXT_WORD = re.compile(r"\s+(?:(?:[oyaue]|ó)\s+\d+(?:[.,]\d+)?\s+"
                        r"|(?P<partitive>de\s+(?:cada|las|los|sus|mis|estas|estos|esas|esos)\s+(?:\d+\s+)?))?"
                        r"(?P<word>[^\W\d_]+)")
# A number with no noun of its own after "y", "o", "luego"…: "2 tabletas, luego 1" stands
# for the last noun counted before it in the sentence.
_ELIDING = re.compile(r"(?:^|[\s,])(?:y|o|u|luego|después|entonces|más|solo|sólo),?\s$")
_COUNTED = re.compile(r"\b(?:una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+)"
                      r"\s+(?P<word>[^\W\d_]+)")
_LOOK_BACK = 200  # characters: far enough for a sentence's instructions
_SENTENCE_START = re.compile(r".*[.!?]\s", re.DOTALL)
_MILLIONS = re.compile(r"\b(?:millón|millones|billón|billones)$")
_LAST_MILLIONS = re.compile(r".*\b(?:millón|millones|billón|billones)\b ?")


@dataclass(frozen=True, slots=True)
class Noun:
    word: str  # as written: "tabletas"
    gender: str  # "m" or "f"
    partitive: bool = False  # past "de cada", "de las"…: "uno de cada 3 niños" (no "un")


def _fold(word: str) -> str:
    return word.lower().translate(_FOLD)


_EXCEPTIONS = {_fold(w): g for words, g in ((es_gender.MASCULINE, "m"),
                                             (es_gender.FEMININE, "f")) for w in words.split()}
_NOT_NOUNS = frozenset(es_gender.NOT_NOUNS.split())
_ENDINGS = sorted(es_gender.ENDINGS.items(), key=lambda item: -len(item[0]))


def singular(folded: str) -> str:
    """A Spanish noun's singular: "dolores" → "dolor", "veces" → "vez", "dosis" stays."""
    if len(folded) < 4 or folded.endswith(("is", "us")):
        return folded
    if folded.endswith("ces"):
        return folded[:-3] + "z"
    if folded.endswith("es") and folded[-3] in "lrndsjy" and folded[-4] in "aeiou":
        return folded[:-2]
    return folded[:-1] if folded.endswith("s") else folded


@lru_cache(maxsize=4096)
def gender(word: str) -> str:
    """"tableta" → "f"; "días" → "m" (an exception); unknown endings → "m"."""
    folded = _fold(word)
    forms = [folded]
    if folded.endswith("s"):  # a plural: try its possible singulars too
        forms += [folded[:-1], folded[:-2], folded[:-3] + "z" if folded.endswith("ces") else ""]
    for form in forms:
        if form in _EXCEPTIONS:
            return _EXCEPTIONS[form]
    stem = singular(folded)
    return next((g for ending, g in _ENDINGS if stem.endswith(ending)), "m")


def noun_after(text: str, end: int) -> Noun | None:
    """The noun a number written before ``end`` counts, if a word that can be one follows."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m["word"].lower() in _NOT_NOUNS or len(m["word"]) < 2:
        return None
    return Noun(m["word"], gender(m["word"]), partitive=bool(m["partitive"]))


def noun_before(text: str, start: int) -> Noun | None:
    """The noun an elided number stands for: "Tome 2 tabletas hoy y 1 mañana" → tabletas.
    Only after a joining word, and only within the number's sentence."""
    if not _ELIDING.search(text, max(0, start - 10), start):
        return None
    window = max(0, start - _LOOK_BACK)  # bounded: a scan from the text's start per number
    head = _SENTENCE_START.match(text, window, start)  # was quadratic ("y 1 " * 8000: 13 s)
    counted = [m["word"] for m in _COUNTED.finditer(text, head.end() if head else window, start)
               if m["word"].lower() not in _NOT_NOUNS]
    return Noun(counted[-1], gender(counted[-1])) if counted else None


def agree_tail(words: str, fixes: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """Apply agreement fixes after the last "millones": "doscientos millones" stays masculine."""
    head = m[0] if (m := _LAST_MILLIONS.match(words)) else ""
    return head + fixed(words[len(head):], fixes)


def needs_de(words: str) -> bool:
    """"dos millones" before a noun takes "de": "dos millones de personas"."""
    return bool(_MILLIONS.search(words))
