"""Fractions, counted nouns' gender and Latin abbreviations, for the
languages say_generic.py reads (tables in data/counting.py and data/letters.py).

Each rule, as ``input → spoken`` (French; Portuguese; Russian):
  mixed      8½ heures → huit heures et demie; 8½ horas → oito horas e meia; 8½ часов →
             восемь с половиной часов; 2 1/2 → deux et demi
  fraction   ½ tasse → une demi-tasse; ¼ à ½ tasse → un quart à une demi-tasse; ½ xícara →
             meia xícara; ¾ L → trois quarts de litre; 3/16 → trois sur seize
  gender     1 semaine → une semaine; 21 heures → vingt et une heures; 1 semana → uma
             semana; 200 pessoas → duzentas pessoas
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from handoutkit.speech import say_grammar
from handoutkit.speech.data import counting, generic
from handoutkit.speech.genders import gender
from handoutkit.speech.say_units import (
    Generic,
    cardinal,
    hebrew_count,
    romanian_count,
    say_per,
    unit_name,
    units,
)

Say = Callable[[int], str]  # a whole number in words, in the handout's language

# Words after a fraction that are not the noun it measures: "¼ à ½ tasse".
_NOT_NOUNS = frozenset(("à", "a", "e", "et", "ou", "o", "de", "di", "da", "do", "du", "des",
                        "por", "par", "per", "ao", "au", "aux", "al", "la", "le", "les", "os",
                        "as", "und", "oder", "и", "или", "và", "hoặc", "ak", "oswa", "del",
                        "della", "dello", "dei", "degli", "delle", "dell"))
_VOWEL_START = re.compile(r"[aeiouyhâêîôûéèàAEIOUYH]")


_UNO = re.compile(r"(?i:s[^aeiouàèéìòù]|z|gn|ps|x|y)")


def agree(said: str, noun: str, primary: str) -> str:
    """A whole number's words agreeing with the feminine noun after it: "une semaine";
    Kreyòl counts one thing with "yon" (yon gode dlo), not the numeral "en"."""
    if primary == "ht":
        return "yon" if said == "en" else said
    if primary == "de" and said.endswith("eins") and len(noun) > 1:  # "eine Stunde", "ein Tag"
        return said[:-1] + ("e" if gender(noun, primary) == "f" else "")
    if gender(noun, primary) != "f":  # Italian "un litro", "uno sciroppo" (Serianni)
        return "un" if primary == "it" and said == "uno" and not _UNO.match(noun) else said
    fixes = {"fr": counting.FR_FEMININE_FORMS, "pt": counting.PT_FEMININE_FORMS}.get(primary)
    if fixes is None:  # Italian and the rest: their feminine "one" only
        forms = generic.FEMININE_FORMS.get(primary, {})
        fixes = tuple((rf"(?<!\S){masculine}$", feminine) for masculine, feminine in forms.items())
    for pattern, repl in fixes:
        said = re.sub(pattern, repl, said)
    if primary == "it" and said.endswith("una") and _VOWEL_START.match(noun):
        return said[:-1] + "'"  # "un'ora"
    return said


def say_fraction(numerator: int, denominator: int, primary: str, say: Say) -> str:
    """3/4 → "trois quarts"; a fraction with no word of its own → "trois sur seize"."""
    known = counting.FRACTIONS.get(primary, {}).get((numerator, denominator))
    if known:
        return known
    if primary == "zh":
        return f"{say(denominator)}分之{say(numerator)}"
    over = generic.OVER.get(primary, "/")
    return f"{say(numerator)} {over} {say(denominator)}"


def say_fraction_of(numerator: int, denominator: int, noun: str, feminine: bool, primary: str,
                    say: Say) -> str:
    """A fraction of a noun: "une demi-tasse", "un quart de litre", "meia xícara"."""
    if (numerator, denominator) == (1, 2) and primary == "de" and gender(noun, "de") == "n":
        return f"ein halbes {noun}"  # "ein halbes Glas" (Duden, adjective after ein)
    if (numerator, denominator) == (1, 2) and primary in counting.HALF_NOUN:
        return counting.HALF_NOUN[primary][feminine].format(noun=noun)
    if primary == "zh" and (numerator, denominator) == (1, 2):
        return f"半{noun}"
    fraction = say_fraction(numerator, denominator, primary, say)
    construct = counting.FRACTION_CONSTRUCT.get(primary, {}).get((numerator, denominator))
    if construct and not noun.startswith("מה"):  # "שלושה רבעי כוס", not before "מהמנה"
        fraction = construct
    of = {"fr": "de", "pt": "de", "it": "di"}.get(primary)
    if of == "de" and primary == "fr" and _VOWEL_START.match(noun):
        return f"{fraction} d'{noun}"
    joiner = "" if primary in ("zh", "ja") else " "
    return joiner.join(part for part in (fraction, of, noun) if part)


def say_mixed(whole: int, numerator: int, denominator: int, noun: str, feminine: bool,
              primary: str, say: Say, agrees_with: str = "") -> str:
    """8½ heures → "huit heures et demie"; 2 ½ → "deux et demi"; the whole agrees with
    ``agrees_with`` where the word after it is an adjective ("две с половиной чайные ложки")."""
    half = (numerator, denominator) == (1, 2)
    if half and noun and primary == "ar":  # "لتر ونصف", "كيلوغرامان ونصف", "ثماني ساعات ونصف"
        counted = say_grammar.arabic_counted(whole, noun)
        return (f"{noun} ونصف" if whole == 1 else f"{counted} ونصف" if counted
                else f"{say(whole)} {noun} ونصف")
    if half and primary in counting.HALVES and whole <= 2:  # "डेढ़ कप", "ढाई घंटे"
        return " ".join(part for part in (counting.HALVES[primary][whole - 1], noun) if part)
    if half and whole == 1 and noun and primary in counting.ONE_AND_A_HALF:
        return f"{counting.ONE_AND_A_HALF[primary][feminine]} {noun}"  # "полтора часа"
    if half and noun and primary == "zh":  # "八个半小时", "两杯半"
        count = "两" if whole == 2 else say(whole)
        return (f"{count}个半{noun}" if noun.startswith(counting.ZH_GE_NOUNS)
                else f"{count}{noun}半")
    counter = noun.rstrip(_KO_PARTICLES) if primary == "ko" else ""  # "컵을" → "컵", "을"
    if half and counter in say_grammar.KO_COUNTERS and whole < 100:  # "한 알 반", "한 컵 반을"
        return f"{say_grammar.native_korean(whole)} {counter} 반{noun[len(counter):]}"
    if half and noun and primary == "he":  # "כוס וחצי", "שתי כוסות וחצי" (Glinert)
        if whole == 1 and noun in counting.HE_SINGULAR_OF:
            return f"{counting.HE_SINGULAR_OF[noun]} וחצי"
        if whole == 1:
            return f"{'אחת' if gender(noun, 'he') == 'f' else 'אחד'} וחצי {noun}"
        return f"{hebrew_count(whole, noun, gender(noun, 'he'))} וחצי"
    if half and noun and primary == "ja":  # "一リットル半", "八時間半"
        return f"{say(whole)}{noun}半"
    said_whole = agree(say(whole), agrees_with or noun, primary) if noun else say(whole)
    if noun and primary == "ro":  # "un pahar și jumătate", "două ore și jumătate"
        if whole == 1:  # "1½ comprimate" → "un comprimat și jumătate"
            noun = counting.RO_SINGULAR_OF.get(noun, noun)
        said_whole = romanian_count(whole, say(whole), noun).removesuffix(" de")
    if half and noun and primary in counting.AND_A_HALF:
        return counting.AND_A_HALF[primary][feminine].format(whole=said_whole, noun=noun)
    if (numerator, denominator) == (1, 2) and primary in ("fr", "pt", "it"):
        part = {"fr": "demi", "pt": "meio", "it": "mezzo"}[primary]
    else:
        part = say_fraction(numerator, denominator, primary, say)
    joiner = "" if primary in ("zh", "ja") else " "
    said = joiner.join((said_whole, counting.AND.get(primary, "+"), part))
    return joiner.join((said, noun)) if noun else said


_SLAVIC_ADJECTIVE = ("ые", "ие", "ых", "их", "ні", "і")  # "чайные ложки": the noun comes next
_KO_PARTICLES = "을를이가은는에도만씩"  # a particle written onto a counter: "1½컵을"


def is_noun(word: str | None) -> bool:
    return bool(word) and word.lower() not in _NOT_NOUNS  # type: ignore[union-attr]


def is_reading(high: int, low: int) -> bool:
    """Whether "high/low" is a blood pressure reading (as the English rule checks)."""
    return 50 <= high <= 300 and 20 <= low <= 200 and high > low


def abbreviation_rules(lang: Generic) -> tuple[tuple[str, object], ...]:
    """Abbreviations with full stops said in full: "т. е." → "то есть"; before a number
    only, those that are also initials or words: "S. 3" → "Seite 3"."""
    numbered = generic.BEFORE_NUMBER.get(lang.primary, {})
    found = ((rf"(?<!\w)(?:{'|'.join(map(re.escape, numbered))})\s?(?=\d)",
              lambda m: numbered[m[0].strip()] + " "),) if numbered else ()
    table = generic.ABBREVIATIONS.get(lang.primary)
    if not table:
        return found
    # opening a sentence, with a capital: "Env. 30 min" → "Environ", "Ок. 30" → "Около"
    table = {**{key[0].upper() + key[1:]: full[0].upper() + full[1:]
                for key, full in table.items() if key[0].islower()}, **table}
    written = "|".join(re.escape(key).replace(r"\ ", r"\s?")
                       for key in sorted(table, key=len, reverse=True))
    spaced = {_spaced(key): full for key, full in table.items()}

    cases = generic.ABBREVIATION_CASES.get(lang.primary, {})

    def said(m: re.Match[str]) -> str:  # the stop also ends a sentence at the end of the text
        if m[0] in units(lang) and re.search(r"\d\s?$", m.string[max(0, m.start() - 2):m.start()]):
            return m[0]  # "2 godz.": a unit after its number, said by the unit rules
        full = spaced[_spaced(m[0])]
        for before, form in cases.get(m[0].lower(), ()):
            if re.search(rf"(?<!\w)(?i:{before})\s+$", m.string[max(0, m.start() - 12):m.start()]):
                full = form
                break
        return full + "." if m[0].endswith(".") and not m.string[m.end():].strip() else full

    return (*found, (rf"(?<!\w)(?:{written})(?![^\W\d_])", said))  # "Pr", not "Prenez"


def _spaced(abbreviation: str) -> str:
    """"т.е." and "т. е." as one key: a space after each inner stop."""
    return re.sub(r"\.\s*(?=\w)", ". ", abbreviation)


def _noun(m: re.Match[str], lang: Generic, count: Decimal) -> tuple[str, bool, str]:
    """The noun a fraction measures: a unit's name or the word after it; whether it is
    feminine; and a word after the fraction that is not its noun, kept as written."""
    if m["u"]:
        cldr = units(lang)[m["u"]]
        noun = unit_name(m["u"], lang, count)
        if m["per"]:
            noun = say_per("2", m["u"], m["per"], lang).split(" ", 1)[-1]
        return noun, cldr in generic.FEMININE.get(lang.primary, ()), ""
    word = m["noun"] or ""
    if is_noun(word):
        word = singular(word, lang.primary) if count == 1 else word  # "1½ compresse"
        return word, gender(word, lang.primary) == "f", ""
    return "", False, word


def singular(noun: str, primary: str) -> str:
    """A French, Portuguese or Italian plural noun after 1 in the singular: "une compressa e
    mezza", "um comprimido e meio", "un comprimé et demi" (the noun after 1½ agrees with 1:
    Serianni; Cunha & Cintra; Grevisse)."""
    word = noun.lower()
    if primary == "it":
        return counting.IT_SINGULAR.get(word, noun)
    if primary == "fr" and word.endswith(("s", "x")) and word not in counting.FR_INVARIABLE:
        return noun[:-1]
    if primary == "pt" and word.endswith("s") and len(word) > 3:
        if word.endswith("ões"):
            return noun[:-3] + "ão"
        return noun[:-2] if word.endswith(("zes", "res", "ses")) else noun[:-1]
    return noun


def fraction(m: re.Match[str], lang: Generic) -> str:
    """¼ → "un quart"; ½ tasse → "une demi-tasse"; ¾ L → "trois quarts de litre"."""
    numerator, denominator = int(m["n"]), int(m["d"])
    if is_reading(numerator, denominator):  # 90/60 is a blood pressure, never a fraction
        return m[0]
    singular = Decimal("1.5") if lang.primary in ("ru", "uk", "pl") else Decimal(1)
    noun, feminine, kept = _noun(m, lang, singular)
    say = lambda n: cardinal(n, lang)  # noqa: E731
    if noun:
        return say_fraction_of(numerator, denominator, noun, feminine, lang.primary, say)
    said = say_fraction(numerator, denominator, lang.primary, say)
    return f"{said} {kept}" if kept else said


def mixed(m: re.Match[str], lang: Generic) -> str:
    """8½ heures → "huit heures et demie"; 2 ½ → "deux et demi"."""
    whole, numerator, denominator = int(m["w"]), int(m["n"]), int(m["d"])
    if numerator >= denominator:
        return m[0]
    # the noun's form after the whole: "полтора часа", "eineinhalb Stunden", "i pół godziny"
    one_and_a_half = whole == 1 and lang.primary in ("ru", "uk", "de")
    count = Decimal("1.5") if one_and_a_half or lang.primary == "pl" else Decimal(whole)
    noun, feminine, kept = _noun(m, lang, count)
    after = (re.match(r"\s(\w+)", m.string[m.end():])
             if lang.primary in ("ru", "uk") and noun.endswith(_SLAVIC_ADJECTIVE) else None)
    said = say_mixed(whole, numerator, denominator, noun, feminine, lang.primary,
                     lambda n: cardinal(n, lang), after[1] if after else "")
    return f"{said} {kept}" if kept else said
