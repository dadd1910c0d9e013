"""Sentences in every script: where one ends, and how long it is, in the handout's language.

A sentence ends at
  . ! ? (and closing quotes or brackets) before a space, except
    - before a lower-case letter: "мм рт. ст. и выше", "e.g. water", "p. ej. agua";
    - after an abbreviation that never ends a sentence in the language: "Dr. Smith",
      "т. е. Вода", "Sra. López";
  । ॥ (Devanagari, Bengali…), 。！？． (Chinese, Japanese: no space needed), ؟ ۔ (Arabic,
  Urdu), ։ (Armenian), ። (Ethiopic), ။ (Myanmar), with or without a space after them.
Length is counted in words where words are spaced, and in characters in Chinese and
Japanese, which write no spaces between words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from handoutkit.language import primary_language

# Always ends a sentence, with or without a space after it.
_FULL_STOPS = "।॥。！？．؟۔։።။"
_CLOSERS = "\"'”’»」』)）\\]"
_END = re.compile(rf"[.!?][{_CLOSERS}]*\s+|[{_FULL_STOPS}][{_CLOSERS}]*\s*")
_WORD_BEFORE = re.compile(r"(?:\S+\.\s)?\S*$")  # "т. е" before the last dot keeps its first part
# Abbreviations (as written before their last dot) after which a dot never ends a sentence:
# titles before a name, and "that is" / "for example", which always lead on to more.
NEVER_FINAL: dict[str, frozenset[str]] = {
    "en": frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "e.g", "i.e", "vs", "approx",
                     "Fig", "No", "Nos", "Jr", "Sr"}),
    "es": frozenset({"Dr", "Dra", "Sr", "Sra", "Srta", "Ud", "Uds", "p. ej", "p.ej", "aprox",
                     "N.º", "núm", "Av", "Prof"}),
    "fr": frozenset({"M", "Mme", "Mlle", "Dr", "Pr", "p. ex", "c.-à-d", "env", "n°"}),
    "pt": frozenset({"Dr", "Dra", "Sr", "Sra", "p. ex", "ex", "aprox", "nº", "Av"}),
    "ru": frozenset({"т. е", "т.е", "т. к", "т.к", "т. н", "напр", "см", "ср", "проф", "доц",
                     "ул", "рис", "стр", "им"}),
    "uk": frozenset({"т. б", "т.б", "напр", "див", "проф", "вул", "рис"}),
    "de": frozenset({"z. B", "z.B", "d. h", "d.h", "Dr", "Prof", "bzw", "ca", "vgl", "Nr"}),
    "it": frozenset({"Dott", "Dr", "Sig", "Sig.ra", "es", "ecc", "p. es", "Prof"}),
    "vi": frozenset({"TS", "BS", "ThS", "PGS", "GS", "Tp", "TP"}),
}
UNSPACED = frozenset({"zh", "ja", "yue"})  # length in characters, not words
LONG_SENTENCE_WORDS = 25
# Chinese and Japanese take about two characters for an English word, so 25 words ≈ 50.
LONG_SENTENCE_CHARACTERS = 50
_COUNTED = re.compile(r"[^\W_]")  # letters and digits, not punctuation or spaces


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """Text cut after each sentence end of its language (see the module's rules); every part
    keeps its end marks, loses the space after them, and the parts joined by a space read
    as the text did."""
    parts, start = [], 0
    for end in _ends(text, lang):
        parts.append(text[start:end].rstrip())
        start = end
    parts.append(text[start:])
    return [part for part in parts if part] or [text]


def _ends(text: str, lang: str) -> Iterator[int]:
    never = NEVER_FINAL.get(primary_language(lang), frozenset())
    for found in _END.finditer(text):
        mark, after = found[0][0], found.end()
        if mark not in ".!?":
            yield after
            continue
        if after < len(text) and text[after].islower():
            continue  # "т. е. вода", "e.g. water": a dot before a small letter leads on
        if mark == "." and never:
            start = max(0, found.start() - 12)  # an abbreviation is short: look back a little
            before = _WORD_BEFORE.search(text, start, found.start())
            word = before[0] if before else ""
            if word in never or word.rpartition(" ")[2] in never:
                continue
        if after < len(text):
            yield after


def sentence_length(sentence: str, lang: str) -> tuple[int, int, str]:
    """(length, limit, unit) of a sentence: words where the language spaces them, else
    characters (Chinese, Japanese)."""
    if primary_language(lang) in UNSPACED:
        return len(_COUNTED.findall(sentence)), LONG_SENTENCE_CHARACTERS, "characters"
    return len(sentence.split()), LONG_SENTENCE_WORDS, "words"
