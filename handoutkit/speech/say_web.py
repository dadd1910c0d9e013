"""Speakers for web and e-mail addresses, spelled where a label is not a word (Spanish).

Each rule, as ``input → spoken`` (Spanish only: the languages with letter names listed):
  domain        cdc.gov → ce de ce punto gov; brettspielversand.de → be erre e te te ese pe
                i e ele uve e erre ese a ene de punto de e; cdc.gov/spanish → ce de ce punto
                gov barra spanish (its path too, as a web address with "www." is said)
A label is said as a word when the language lists it ("com") or it has four letters or
more, a vowel and no three consonants together ("gmail", "nvidia"; four in a label of eight
letters or more: "healthychildren", "kidshealth"); otherwise letter by
letter, by the letters' names; digits one by one ("wezyr1986" → "wezyr uno nueve ocho seis").
"""

import logging
import re
from collections.abc import Callable

from handoutkit.speech import tables as vocab
from handoutkit.speech.data import Language, letters, neutral

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]
_PIECE = re.compile(r"\d+|[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouáéíóú]")
# Consonants in a row that no word has: three in a short label ("nhs", "mhlw"), four in a
# long one, where English words run together ("healthychildren": lth, ldr; y a vowel there).
_THREE_CONSONANTS = re.compile(r"[^aeiouyáéíóú\W\d_]{3}")
_FOUR_CONSONANTS = re.compile(r"[^aeiouyáéíóú\W\d_]{4}")
_LONG = 8


def _sayable(word: str, lang: Language) -> bool:
    too_many = _FOUR_CONSONANTS if len(word) >= _LONG else _THREE_CONSONANTS
    return word in lang.web_words or (
        len(word) >= 4 and bool(_VOWEL.search(word)) and not too_many.search(word))


def say_label(label: str, lang: Language) -> str:
    """One label of an address: "abc" → "a be ce", "gmail" → "gmail", "a1b2" → "a uno be dos"."""
    said = []
    for piece in _PIECE.findall(label.lower()):
        if piece.isdecimal():
            said.append(vocab.say_digits(piece, lang))
        elif _sayable(piece, lang):
            said.append(piece)
        else:
            said.append(" ".join(lang.letter_names.get(char, char) for char in piece))
    return " ".join(said)


def say_address(address: str, lang: Language) -> str:
    """"ab3.sdd.3" → "a be tres punto ese de de punto tres"."""
    return f" {lang.words['dot']} ".join(say_label(label, lang) for label in address.split("."))


def spell_host(address: str, primary: str) -> str:
    """"moh.gov.sa" in Arabic → "إم أو إتش نقطة جي أو في نقطة إس إيه": in a language not written
    in Latin letters, each label letter by letter with the names data/letters.py gives, so
    the voice stays in its language (a Latin word made espeak-ng switch to English)."""
    return f" {neutral.DOT[primary]} ".join(_host_label(label, primary)
                                            for label in address.split("."))


_SLAVIC_VOWELS = re.compile(r"[aeiouy]")
_SYLLABLE = re.compile(r"[^aeiouy][aeiouy][^aeiouy]")


def _host_label(label: str, primary: str) -> str:
    """A label read as a word where the language transliterates (Russian, Ukrainian) and it
    reads as one: a common label ("gov", "ru"), a consonant-vowel-consonant ("moz"), or four
    letters or more, a quarter of them vowels ("minzdrav" → "минздрав"); else spelt."""
    word = label.lower()
    if word in letters.WEB_WORDS.get(primary, {}):
        return letters.WEB_WORDS[primary][word]
    readable = word.isascii() and word.isalpha() and (
        _SYLLABLE.fullmatch(word) is not None
        or (len(word) >= 4 and 4 * len(_SLAVIC_VOWELS.findall(word)) >= len(word)))
    if primary not in letters.TRANSLITERATION or not readable:
        return letters.spelt(label.upper(), primary)
    for latin, cyrillic in letters.TRANSLITERATION[primary]:
        word = word.replace(latin, cyrillic)
    return word


def say_path(path: str, lang: Language) -> str:
    """"/spanish/flu-shot/2024" → "barra spanish barra flu guion shot barra dos cero dos
    cuatro": its marks by name, digits one by one, words as written (a host's letters are
    spelled; a path's words are read)."""
    marks = {"/": "slash", "-": "dash", "_": "underscore", ".": "dot"}
    return re.sub(r"[/\-_.]|\d+", lambda c: f" {lang.words[marks[c[0]]]} " if c[0] in marks
                  else f" {vocab.say_digits(c[0], lang)} ", path)


SPEAKERS: dict[str, Speaker] = {
    "domain": lambda m, lang: say_address(m["host"], lang) + say_path(m["path"] or "", lang),
}
