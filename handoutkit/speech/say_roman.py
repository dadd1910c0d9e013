"""Roman numerals and Latin capitals, for the languages say_generic.py reads (tables in
data/counting.py and data/letters.py).

Each rule, as ``input → spoken``:
  roman      stade II → stade deux; estágio II → estágio dois; диабет II типа → диабет
             второго типа; II стадия → вторая стадия; XXI secolo → ventunesimo secolo;
             المرحلة II → المرحلة الثانية; II期 → 二期; "II. " opening a line → deux.
  letters    CDC → си ди си (ru); ORS → 오알에스 (ko): Latin capitals inside another script,
             spelt with that script's letter names, so the voice does not switch to English
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from handoutkit.speech.data import arabic, counting, letters, neutral
from handoutkit.speech.say_ordinals import slavic_ordinal
from handoutkit.speech.say_units import UNSPACED, Generic, cardinal, preceding

Say = Callable[[int], str]  # a whole number in words, in the handout's language


def roman_value(numeral: str) -> int | None:
    return neutral.ROMAN.get(numeral)


def say_roman_after(m: re.Match[str], say: Say, joiner: str = " ") -> str:
    """"stade II" → "stade deux"; "ステージIV" → "ステージ四"."""
    value = roman_value(m["r"])
    return f"{m['noun']}{joiner}{say(value)}" if value else m[0]


def say_roman_ordinal_ru(m: re.Match[str]) -> str:
    """"II типа" → "второго типа": an ordinal in the genitive, agreeing with its noun."""
    value = roman_value(m["r"])
    if value is None:
        return m[0]
    kind, case = counting.RU_ROMAN_BEFORE[m["noun"].lower()]
    return f"{num2words(value, lang='ru', to='ordinal', case=case, gender=kind)} {m['noun']}"


_LOCATIVE_BEFORE = re.compile(r"(?<!\w)(?i:у|в|на|при|w|we|na|przy|o)\s+$")


def say_roman_slavic(m: re.Match[str], primary: str, table: dict[str, tuple[str, str]]) -> str:
    """"I триместр" → "перший триместр", "у II стадії" → "у другій стадії", "W III
    trymestrze" → "W trzecim trymestrze", "stopień II" → "stopień drugi"."""
    value = roman_value(m["r"])
    if value is None:
        return m[0]
    gender, case = table[m["noun"].lower()]
    if case == "genitive" and gender == "f" and _LOCATIVE_BEFORE.search(preceding(m)):
        case = "locative"
    said = slavic_ordinal(value, primary, gender, case)
    return m[0].replace(m["r"], said, 1)


def say_roman_ordinal(m: re.Match[str], primary: str) -> str:
    """"XXI secolo" → "ventunesimo secolo", "III fase" → "terza fase"; "المرحلة II" →
    "المرحلة الثانية"."""
    value = roman_value(m["r"])
    if primary == "ar":
        said = arabic.ORDINALS[counting.AR_ROMAN_AFTER[m["noun"]]].get(value or 0)
        return f"{m['noun']} {said}" if said else m[0]
    if not value:
        return m[0]
    said = num2words(value, lang=primary, to="ordinal")
    if primary == "it" and counting.IT_ROMAN_BEFORE[m["noun"]] == "f":
        said = said[:-1] + "a"  # "terza fase"
    return f"{said} {m['noun']}"


def roman_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Roman numerals after the nouns that number things ("stade II"), before Russian ones
    ("II типа"), before CJK counters ("II期" → "2期", for the number rules), and opening a
    numbered line ("II. ")."""
    roman = r"(?P<r>[IVX]+)"
    found: list[tuple[str, object]] = [
        (rf"^{roman}(?=[.)]\s)", lambda m: _roman(m, lang))]
    if nouns := counting.ROMAN_NOUNS.get(lang.primary):
        # Japanese writes on with no space: "ステージIVのがん" → "ステージ四のがん"
        unspaced = lang.primary in UNSPACED
        space, end = (r"\s*", r"(?![A-Za-z])") if unspaced else (r"\s+", r"(?![^\W\d_])")
        found.append((rf"(?<!\w)(?P<noun>{nouns}){space}{roman}{end}",
                      lambda m: say_roman_after(m, lambda n: cardinal(n, lang),
                                                "" if unspaced else " ")))
    if lang.primary == "ru":
        found.append((rf"(?<![^\W\d_]){roman}\s+(?P<noun>(?i:{'|'.join(counting.RU_ROMAN_BEFORE)}))"
                      r"(?!\w)", say_roman_ordinal_ru))
    if lang.primary in ("uk", "pl"):
        table = counting.UK_ROMAN_BEFORE if lang.primary == "uk" else counting.PL_ROMAN_BEFORE
        found.append((rf"(?<![^\W\d_]){roman}\s+(?P<noun>(?i:{'|'.join(table)}))(?!\w)",
                      lambda m, t=table: say_roman_slavic(m, lang.primary, t)))
    if lang.primary == "pl":
        after = counting.PL_ROMAN_AFTER
        found.append((rf"(?<!\w)(?P<noun>(?i:{'|'.join(after)}))\s+{roman}(?![^\W\d_])",
                      lambda m: say_roman_slavic(m, "pl", after)))
    if lang.primary == "it":
        found.append((rf"(?<![^\W\d_]){roman}\s+(?P<noun>{'|'.join(counting.IT_ROMAN_BEFORE)})"
                      r"(?!\w)",
                      lambda m: say_roman_ordinal(m, "it")))
    if lang.primary == "ar":
        found.append((rf"(?P<noun>{'|'.join(counting.AR_ROMAN_AFTER)})\s+{roman}(?![^\W\d_])",
                      lambda m: say_roman_ordinal(m, "ar")))
        found.append((r"(?<!\w)(?P<noun>الأسبوعين|الأسابيع|الشهرين|الأشهر|اليومين|الأيام)\s+"
                      r"(?P<a>[1-9]\d?)\s?(?P<j>و|[-–]|إلى)\s?(?P<b>[1-9]\d?)(?!\d|[.,]\d)",
                      _arabic_ordinal_pair))
        found.append((rf"(?<!\w)(?P<noun>{'|'.join(counting.AR_ORDINAL_AFTER)})\s+"
                      r"(?:الـ)?(?P<n>[1-9]\d?)(?=\s*(?:[.,;:!?،؛)]|$|(?:من|في|على|بعد|قبل)\s))",
                      _arabic_ordinal_digits))
    if nouns_after := counting.INDIC_ROMAN_BEFORE.get(lang.primary):
        after = counting.INDIC_POSTPOSITIONS[lang.primary]
        found.append((rf"(?<![A-Za-z]){roman}\s+(?P<noun>{'|'.join(nouns_after)})"
                      rf"(?![^\W\d_]|[\u0900-\u0963\u0966-\u0a7f])(?P<post>\s+(?:{after})(?!\w))?",
                      lambda m: _indic_ordinal(m, lang.primary)))
    if lang.primary in ("zh", "ja", "ko"):
        found.append((rf"(?<![A-Za-z]){roman}(?=\s?(?:{counting.CJK_ROMAN_COUNTERS}))",
                      lambda m: str(neutral.ROMAN.get(m["r"], m["r"]))))
    return tuple(found)


_INDIC_ROMAN_VALUES = range(1, 5)  # stages I-IV, as the rule was written; V-VI stay cardinal


def _indic_ordinal(m: re.Match[str], primary: str) -> str:
    """"II अवस्था" → "दूसरी अवस्था"; "II चरण में" → "दूसरे चरण में" (counting.INDIC_ORDINALS)."""
    value = neutral.ROMAN.get(m["r"])
    if value not in _INDIC_ROMAN_VALUES or value not in counting.INDIC_ORDINALS[primary]:
        return m[0]
    masculine, feminine, oblique = counting.INDIC_ORDINALS[primary][value]
    if counting.INDIC_ROMAN_BEFORE[primary][m["noun"]] == "f":
        said = feminine
    else:
        said = oblique if m["post"] or m["noun"].endswith(("ے", "ੇ")) else masculine
    return f"{said} {m[0][m.start('noun') - m.start():]}"


def _arabic_ordinal_digits(m: re.Match[str]) -> str:
    """"في الأسبوع 20" → "في الأسبوع العشرين": the tens of an ordinal take the noun's case,
    genitive after a preposition (Ryding, ordinal numerals)."""
    said = arabic.ORDINALS[counting.AR_ORDINAL_AFTER[m["noun"]]].get(int(m["n"]))
    if said and _AR_PREPOSITION_BEFORE.search(preceding(m)):
        said = re.sub(r"ون\b", "ين", said)
    return f"{m['noun']} {said}" if said else m[0]


def _arabic_ordinal_pair(m: re.Match[str]) -> str:
    """"بين الأسبوعين 24 و 28" → "… الرابع والعشرين و الثامن والعشرين": two ordinals after
    a dual or plural noun, genitive after a preposition (Ryding, ordinal numerals)."""
    first, second = (arabic.ORDINALS["m"].get(int(m[end])) for end in "ab")
    if not (first and second):
        return m[0]
    if _AR_PREPOSITION_BEFORE.search(preceding(m)):
        first, second = (re.sub(r"ون\b", "ين", said) for said in (first, second))
    return f"{m['noun']} {first} {'و' if m['j'] == 'و' else 'إلى'} {second}"


_AR_PREPOSITION_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(arabic.GENITIVE_BEFORE)})\s+$")


def _roman(m: re.Match[str], lang: Generic) -> str:
    value = neutral.ROMAN.get(m["r"])
    return cardinal(value, lang) if value else m[0]


def letter_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Capitals left at the end ("CDC", "W.H.O.", "II"): a Roman numeral is a number;
    inside another script, an abbreviation is spelt in its letters; in a Latin-script
    language, its letters are spaced ("O R S"), which every voice spells in its own language
    where "ORS" as a word made espeak-ng switch to English."""
    roman = (r"(?<![A-Za-z])(?P<r>(?!IV(?![A-Za-z]))[IVX]{2,})(?![A-Za-z])",
             lambda m: _roman(m, lang))
    capitals = r"(?<![A-Za-z])[A-Z](?:\.?[A-Z])+(?![A-Za-z])"
    words = tuple((rf"(?<![A-Za-z]){word}(?![A-Za-z])", lambda m, said=forms[lang.primary]: said)
                  for word, forms in letters.AS_WORDS.items() if lang.primary in forms)
    if lang.primary in letters.LETTERS:
        spelt = (roman, *words, (capitals.replace("+", "*"), lambda m: spell(m, lang.primary)))
        if lang.primary in MIXED_SPELT:
            return (*spelt, (r"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])",
                                   lambda m: _mixed_case(m, lang.primary)))
        return spelt
    if lang.latin:
        return (roman, *words, (capitals, lambda m: " ".join(c for c in m[0] if c.isalpha())))
    return (roman, *words)


# Where a short Latin word of mixed case ("HbA" of HbA1c, "mRNA", "IgG") or a lone letter (the "c"
# of HbA1c) is spelt too, as these languages' speakers say such terms letter by letter
# ("エイチビーエーワンシー", "एचबीए वन सी"): the voice keeps its language.
MIXED_SPELT = frozenset({"ja", "ko", "hi", "bn", "pa"})


def _mixed_case(m: re.Match[str], primary: str) -> str:
    word = m[0]
    if len(word) > 4 or len(word) > 1 and not any(c.isupper() for c in word[1:]):
        return word  # a word ("insulin", "WhatsApp"), left for the voice
    return letters.spelt(word.upper(), primary)


def spell(m: re.Match[str], primary: str) -> str:
    """"CDC" → "си ди си", "W.H.O." → its three letters: each Latin capital by its name in
    the handout's script."""
    return letters.spelt(m[0].replace(".", ""), primary)
