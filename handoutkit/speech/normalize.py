"""Speech normalisation: text → the words a voice should say, as a person would read them.

Pure functions driven by tables. Each rule is a named regex (data/rules.py, compiled once per
language from its tables in data/) and a speaker of the same name here, which hands what it
matched to the wording in tables.py. They run in this order (English; Spanish in brackets):

Every language
  characters    ‘quotes’ → 'quotes'; ½ → 1/2; 1 000 (thin space) → 1000; ٣ → 3; NFKC;
                every run of whitespace → one space
  overrides     DVT → D V T from the clinic's table: whole word, case-sensitive, first; the
                spoken form is normalised on its own, never by its neighbours' rules
  citations     healthy.[1] → healthy.   ([2, 3] and [4-6] go too)
  urls          see https://nhs.uk → see   (the script reads link text instead)
English and Spanish
  email         info@clinic.org → info at clinic dot org (info arroba clinic punto org)
  roman         World War II → World War two; Stage III → Stage three (after ROMAN_NOUNS only)
  abbreviation  Dr. → Doctor; e.g. → for example; BID → twice a day; PRN → as needed
  at_least      ≥ 5, >= 5 → at least 5 (al menos)     at_most     ≤ 5, <= 5 → at most 5
  plus_minus    ± → plus or minus                      about       ~5, ≈5 → about 5
  more_than     > 5 → more than 5 (más de)             less_than   < 5 → less than 5
  iso_date      2026-07-10 → July tenth, twenty twenty-six (diez de julio de dos mil veintiséis)
  slash_date    12/05/2026 → December fifth, twenty twenty-six (en-GB: the twelfth of May,
                twenty twenty-six; es: doce de mayo de dos mil veintiséis)
  month_day     July 10, 2026 → July tenth, twenty twenty-six
  day_month     10 July 2026 → the tenth of July, twenty twenty-six
  phone         (555) 123-4567 → five five five, one two three, four five six seven;
                +1 555 123 4567, 1-800-555-0199, 0800 123 4567 the same way, group by group
  clock         9:30 am → nine thirty a m; 9:05 → nine oh five; 14:00 → two p m (12-hour)
  hour_ampm     7 pm → seven p m (siete de la tarde)
  money         $2.50 → two dollars and fifty cents; $500 → five hundred dollars
  blood_press   140/90 mmHg → one hundred and forty over ninety millimetres of mercury
  every_hours   q6h → every six hours; q4-6h → every four to six hours
  times         2x/day → two times/day (then per_word: two times a day); 1x → once
  multiply      2 x 500 → 2 times 500; 500 mg x 2 → 500 mg times 2
  ordinal       21st → twenty-first (1.º → primero, 2.ª → segunda, 1.er → primer)
  decade        1990s → nineteen nineties; '80s → eighties
  mixed         2 1/2 → two and a half; 1 1/2 tsp → one and a half teaspoons
  fraction      3/4 → three quarters; 1/2 tsp → one half of a teaspoon; 7/10 → seven out of ten
  range         2.25–2.75 mmol/L → two point two five to two point seven five millimoles per
                litre (dos coma dos cinco a dos coma siete cinco milimoles por litro)
  emergency     911 → nine one one (also 999 and 112)
  quantity      1 mg → one milligram; 1.5 mg → one point five milligrams; 98.6 °F; 50%; 3 in.
  bare_unit     in mmol/L → in millimoles per litre
  per_word      tablets/day → tablets a day
  number_sign   No. 5, #5 → number 5 (N.º 5 → número 5)
  year          in 1999 → in nineteen ninety-nine (1900–2099 alone; Spanish: plain numbers)
  equals        BMI = 25 → BMI equals 25 (es igual a)  and        A & B → A and B (A y B)
  plus          A + B, +5 → A plus B, plus 5           at          a @ b → a at b
  percent       % with no number → percent             or          he/she → he or she
  digit_run     5551234567 → five five five one two three four five six seven (7+ digits)
  split         B12x → B 12 x (letters and digits apart)
  number        1,200 → one thousand two hundred; 2.25 → two point two five; -5 → minus five
  word_range    Monday–Friday → Monday to Friday
  dashes        rest — then walk → rest, then walk; rest - then walk → rest, then walk
Last, only SPEAKABLE characters stay (so no digits in English or Spanish); other languages
keep their digits and lose only markup characters (* _ # | { } [ ] \\ ` ^).
"""

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from handoutkit.speech import tables as vocab
from handoutkit.speech.data import LANGUAGES, Language, language_for, neutral, rules

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]
Rule = tuple[str, re.Pattern[str], Speaker, str]  # name, compiled regex, speaker, trigger
Trie = dict[str, "Trie"]

_PUNCTUATION = re.escape(" .,;:?!'\"()¿¡-")
# What a voice can say: letters of any script, their combining marks, plain punctuation.
SPEAKABLE = re.compile(rf"[^\W\d_]|[{neutral.MARKS}{_PUNCTUATION}]")
_UNSPEAKABLE = re.compile(rf"[^\w{neutral.MARKS}{_PUNCTUATION}]|[\d_]")
_MARKUP = re.compile(r"[*_#|{}\[\]\\`^]")
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_HELD = 0xF0000  # override n waits as chr(_HELD + n), out of every rule's reach
_HELD_CHAR = re.compile("[\U000f0000-\U0010ffff]")
_SPACES, _GROUP_SPACE = re.compile(rules.SPACES), re.compile(rules.GROUP_SPACE)
_DEGREE = re.compile(rules.DEGREE)
_CITATION, _URL = re.compile(rules.CITATION), re.compile(rules.URL)
_TOKEN = re.compile(r"[A-Z\d]+(?:-[A-Z\d]+)+(?![^\W_])|[^\W_]+")  # "OB-GYN" stays one term
_AFTER_NUMBER = re.compile(r"\d ?$")  # searched in the two characters before a match
_TEXT_END, _CAPITAL_NEXT = re.compile(r"\s*$"), re.compile(r"\s+[A-Z¿¡]")
_ABBREVIATION_LIKE = re.compile(r"[A-ZÁÉÍÓÚÑÜ]{2}|\d(?=.*[^\W\d_])|[^\W\d_](?=.*\d)")
_BEFORE_FOLDING = str.maketrans({"º": "\ue000", "ª": "\ue001", **neutral.VULGAR_FRACTIONS})
_AFTER_FOLDING = str.maketrans({"\ue000": "º", "\ue001": "ª", **neutral.CHARACTERS,
                                **neutral.DIGITS})
_TIDY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+"), " "),
    (re.compile(r" (?=[.,;:?!)])|(?<=[(¿¡]) "), ""),
    (re.compile(r"\(\)|,(?=[,.;:?!])|(?<=[.;:?!]),|^[ ,;:]+"), ""),
    (re.compile(r",(?=[^\W\d_])"), ", "),
    (re.compile(r"\s{2,}"), " "),
)


# Speakers: each turns one match of the rule of the same name into words.
def _word(name: str) -> Speaker:
    return lambda m, lang: f" {lang.words[name]} "


def _email(m: re.Match[str], lang: Language) -> str:
    dot, at = f" {lang.words['dot']} ", f" {lang.words['at']} "
    return m["local"].replace(".", dot) + at + m["domain"].replace(".", dot)


def _roman(m: re.Match[str], lang: Language) -> str:
    value = neutral.ROMAN.get(m["r"])
    return f"{m['noun']} {vocab.cardinal(value, lang)}" if value else m[0]


def _abbreviation(m: re.Match[str], lang: Language) -> str:
    start = m.start()
    if m[0].rstrip(".") in lang.units and _AFTER_NUMBER.search(m.string, start - 2, start):
        return m[0]  # "5 min." is minutes, for the quantity rule; "min." alone is minimum
    said, end = lang.abbreviations[m[0]], m.end()
    final = m[0] in lang.sentence_final and _CAPITAL_NEXT.match(m.string, end)
    if m[0].endswith(".") and (_TEXT_END.match(m.string, end) or final):
        return said + "."  # "apples, etc. Then…": the dot also ends the sentence
    return said if m[0][-1].isalnum() or m[0].endswith(".") else said + " "  # "c/8" → "cada 8"


def _iso_date(m: re.Match[str], lang: Language) -> str:
    the = "" if lang.month_first else lang.words["the"]  # en-GB: "the tenth of July"
    try:
        return vocab.say_date(int(m["d"]), int(m["mo"]), m["y"], lang, the)
    except ValueError:
        return m[0].replace("-", " ")


def _slash_date(m: re.Match[str], lang: Language) -> str:
    first, second = int(m["a"]), int(m["b"])
    month_first = (lang.month_first and first <= 12) or second > 12
    day, month = (second, first) if month_first else (first, second)
    the = "" if lang.month_first else lang.words["the"]
    try:
        return vocab.say_date(day, month, m["y"], lang, the)
    except ValueError:
        return m[0].replace("/", " ")


def _text_date(m: re.Match[str], lang: Language) -> str:
    the = (m["the"] or lang.words["the"]).strip() if "the" in m.groupdict() else ""
    try:
        return vocab.say_date(int(m["d"]), lang.month_names[m["mon"]], m["y"], lang, the)
    except ValueError:
        return m[0]


def _phone(m: re.Match[str], lang: Language) -> str:
    plus = lang.words["plus"] + " " if m[0].startswith("+") else ""
    return plus + ", ".join(vocab.say_digits(group, lang) for group in re.findall(r"\d+", m[0]))


def _clock(m: re.Match[str], lang: Language) -> str:
    minute = int(m.groupdict().get("mm") or 0)
    return vocab.say_clock(int(m["h"]), minute, (m["ap"] or "").lower(), lang)


def _blood_pressure(m: re.Match[str], lang: Language) -> str:
    high, low = int(m["a"]), int(m["b"])
    if not (50 <= high <= 300 and 20 <= low <= 200 and high > low):
        return m[0]  # not a reading: left for the fraction rule
    return vocab.say_blood_pressure(high, low, m["u"] or "", lang)


def _ordinal(m: re.Match[str], lang: Language) -> str:
    marks = m.groupdict()
    said = vocab.ordinal(int(m["n"]), lang, feminine=marks.get("mark") == "ª")
    return said.removesuffix("o") if marks.get("er") else said


def _mixed(m: re.Match[str], lang: Language) -> str:
    whole, numerator, denominator = int(m["w"]), int(m["n"]), int(m["d"])
    if numerator >= denominator:
        return m[0]  # "2 5/4": left for the fraction rule
    return vocab.say_mixed(whole, numerator, denominator, m["u"] or "", lang)


SPEAKERS: dict[str, Speaker] = {
    "email": _email, "roman": _roman, "abbreviation": _abbreviation,
    "iso_date": _iso_date, "slash_date": _slash_date, "month_day": _text_date,
    "day_month": _text_date, "phone": _phone,
    "emergency": lambda m, lang: vocab.say_digits(m[0], lang),
    "clock": _clock, "hour_ampm": _clock,
    "money": lambda m, lang: vocab.say_money(m["cur"] or m["cur2"], m["n"] or m["n2"], lang),
    "blood_press": _blood_pressure,
    "every_hours": lambda m, lang: vocab.say_every_hours(m["a"], m["b"], lang),
    "times": lambda m, lang: vocab.say_times(int(m["n"]), lang),
    "ordinal": _ordinal, "decade": lambda m, lang: vocab.say_decade(int(m["d"]), lang),
    "mixed": _mixed,
    "fraction": lambda m, lang: vocab.say_written_fraction(int(m["n"]), int(m["d"]),
                                                           m["u"] or "", lang),
    "range": lambda m, lang: vocab.say_range(m["a"], m["b"], lang, m["ua"] or "", m["u"] or ""),
    "quantity": lambda m, lang: vocab.say_quantity(m["n"], m["u"], lang),
    "bare_unit": lambda m, lang: vocab.unit_words(m[0], lang, singular=False)[0],
    "per_word": lambda m, lang: f" {lang.per[m['p']]}",
    "number_sign": _word("number"),
    "year": lambda m, lang: vocab.year(int(m[0]), lang),
    "digit_run": lambda m, lang: vocab.say_digits(m[0], lang),
    "split": lambda m, lang: " ",
    "number": lambda m, lang: vocab.say_number(m[0], lang),
    "word_range": _word("to"), "dashes": lambda m, lang: ", ",
    **{name: _word(name) for name in ("at_least", "at_most", "plus_minus", "about", "more_than",
                                      "less_than", "equals", "and", "plus", "at", "percent",
                                      "or")},
    "multiply": _word("times"),
}


# Compiling the rule table for one language.
def _alternation(keys: Iterable[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) or "(?!)"


def _trie(keys: Iterable[str]) -> str:
    """A prefix-tree regex of literal keys (fast with hundreds of them), longest match first;
    a key ending in a letter or digit only matches as a whole word."""
    tree: Trie = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def pattern(node: Trie, last: str) -> str:
        options = [re.escape(c) + pattern(child, c) for c, child in sorted(node.items()) if c]
        if "" in node:
            options.append(r"(?!\w)" if re.match(r"\w", last) else "")
        return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"

    return pattern(tree, "")


def _whole_words(keys: Iterable[str]) -> str:
    """Match each key as a whole word, longest first."""
    keys = set(keys)
    starts_word = {k for k in keys if re.match(r"\w", k)}
    parts = [rf"(?<!\w){_trie(starts_word)}" if starts_word else "",
             _trie(keys - starts_word) if keys - starts_word else ""]
    return "|".join(part for part in parts if part) or "(?!)"


def _fragments(lang: Language) -> dict[str, str]:
    """The %(name)s pieces of the rule templates, from one language's tables."""
    group = r"\." if lang.decimal_comma else ","
    marks = r"\." if lang.code == "en" else "[.,]"
    number = (rf"(?:(?<!\d)(?:[1-9]\d{{0,2}}(?:{group}\d{{3}})+(?!\d)|\d+)(?:{marks}\d+)?"
              rf"|(?<![\w.,])\.\d+)(?!\d)")
    units = "|".join(re.escape(k) + (rules.STRICT_UNIT if k in lang.strict_units else "")
                     for k in sorted(lang.units, key=len, reverse=True))
    per = _alternation(lang.per)
    return {
        "num": number, "signed": rf"(?:(?<![^\s(])-)?{number}",
        "unit": rf"(?:{units})(?:/(?:{per}))*(?![^\W\d_]){rules.ABBREVIATION_DOT}",
        "bare": rf"(?:{_alternation(lang.bare_units.split('|'))})(?:/(?:{per}))*",
        "per_word": lang.per_after_word, "months": _alternation(lang.month_names),
        "roman": lang.roman_nouns, "times": lang.times_follow, "ordinal": lang.ordinal_suffix,
        "abbreviations": _whole_words(lang.abbreviations),
        "emergency": _alternation(neutral.EMERGENCY_NUMBERS), "ampm": rules.AMPM,
    }


@lru_cache(maxsize=len(LANGUAGES))
def _rules(lang: Language) -> tuple[Rule, ...]:
    fragments = _fragments(lang)
    return tuple((name, re.compile(template % fragments), SPEAKERS[name], trigger)
                 for name, template, trigger, when in rules.RULES
                 if not when or getattr(lang, when))


# The pipeline.
def _apply(text: str, compiled: Iterable[Rule], lang: Language) -> str:
    for _name, pattern, speak, trigger in compiled:
        if not trigger or any(char in text for char in trigger):
            text = pattern.sub(lambda m, speak=speak: speak(m, lang), text)
    return text


def _prepare(text: str) -> str:
    """Unicode compatibility folding, ASCII digits, straight quotes, plain hyphens, single
    spaces; º and ª kept for Spanish ordinals."""
    text = _GROUP_SPACE.sub("", _PRIVATE.sub("", text)).translate(_BEFORE_FOLDING)
    text = unicodedata.normalize("NFKC", text).translate(_AFTER_FOLDING)
    return _DEGREE.sub("°", _SPACES.sub(" ", text))


@lru_cache(maxsize=32)
def _override_table(items: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Overrides keyed as the prepared text spells them, and one regex matching any of them."""
    table = {_prepare(term): said for term, said in items if _prepare(term).strip()}
    return table, re.compile(_whole_words(table))


def _neutral(text: str, overrides: Mapping[str, str], held: list[str]) -> str:
    """Rules for every language; overridden terms are held out of reach of all later rules."""
    text = _prepare(text)
    if overrides:
        table, pattern = _override_table(tuple(sorted(overrides.items())))

        def hold(m: re.Match[str]) -> str:
            held.append(table[m[0]])
            return chr(_HELD + len(held) - 1)

        text = pattern.sub(hold, text)
    return _URL.sub("", _CITATION.sub("", text))


@lru_cache(maxsize=256)
def _said(spoken: str, lang: str) -> str:
    """An override's spoken form, made speakable on its own: "H b A 1 c" → "H b A one c"."""
    return f" {normalize(spoken, lang)} "


def normalize(text: str, lang: str = "en", overrides: Mapping[str, str] | None = None) -> str:
    """Return text a TTS voice can read aloud as a person would say it."""
    language, held = language_for(lang), list[str]()
    text = _neutral(text, overrides or {}, held)
    if language is not None:
        text = _apply(text, _rules(language), language)
    text = _HELD_CHAR.sub(lambda m: _said(held[ord(m[0]) - _HELD], lang), text)
    text = (_UNSPEAKABLE if language is not None else _MARKUP).sub(" ", text)
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text.strip()


def unknown_terms(text: str, lang: str = "en",
                  overrides: Mapping[str, str] | None = None) -> list[str]:
    """Abbreviation-like tokens (e.g. 2+ capital letters, letters+digits) that neither the
    overrides nor the built-in tables cover, in order of first appearance, deduplicated —
    used for build warnings."""
    language = language_for(lang)
    text = _neutral(text, overrides or {}, [])
    if language is not None:
        compiled = _rules(language)
        last = [rule[0] for rule in compiled].index(rules.LAST_NAMING_RULE)
        text = _apply(text, compiled[:last], language)
    tokens = (token for token in _TOKEN.findall(text) if _ABBREVIATION_LIKE.search(token))
    return list(dict.fromkeys(tokens))


for _language in LANGUAGES.values():  # compile every rule once, at import
    _rules(_language)
