"""Speech rules compiled for one language: regex templates filled from its word tables.

data/rules.py holds each rule's template; the speakers (say_*.py) say what a rule matched.
Here every %(fragment)s of a template is filled from one Language's tables, and each rule is
paired with the speaker of the same name, once per language.
"""

import logging
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from handoutkit.speech import say_english, say_numbers, say_phones, say_times, say_web, say_words
from handoutkit.speech.data import Language, en, neutral, rules

logger = logging.getLogger(__name__)

Speaker = Callable[[re.Match[str], Language], str]
Rule = tuple[str, re.Pattern[str], Speaker, str]  # name, compiled regex, speaker, trigger
Trie = dict[str, "Trie"]

SPEAKERS: dict[str, Speaker] = {
    **say_words.SPEAKERS, **say_times.SPEAKERS, **say_phones.SPEAKERS, **say_numbers.SPEAKERS,
    **say_web.SPEAKERS, **say_english.SPEAKERS,
}


def alternation(keys: Iterable[str]) -> str:
    """Literal keys as one regex alternation, longest first."""
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


def whole_words(keys: Iterable[str]) -> str:
    """Match each key as a whole word, longest first."""
    keys = set(keys)
    starts_word = {k for k in keys if re.match(r"\w", k)}
    parts = [rf"(?<!\w){_trie(starts_word)}" if starts_word else "",
             _trie(keys - starts_word) if keys - starts_word else ""]
    return "|".join(part for part in parts if part) or "(?!)"


def _number(lang: Language) -> str:
    group = r"\." if lang.decimal_comma else ","
    marks = r"\." if lang.code == "en" else "[.,]"
    return (rf"(?:(?<!\d)(?:[1-9]\d{{0,2}}(?:{group}\d{{3}})+(?!\d)|\d+)(?:{marks}\d+)?"
            rf"|(?<![\w.,])\.\d+)(?!\d)")


def _fragments(lang: Language) -> dict[str, str]:
    """The %(name)s pieces of the rule templates, from one language's tables."""
    number = _number(lang)
    units = "|".join(re.escape(k) + (rules.STRICT_UNIT if k in lang.strict_units else "")
                     for k in sorted(lang.units, key=len, reverse=True))
    per = alternation(lang.per)
    return {
        "num": number, "signed": rf"(?:(?<![^\s(])-)?{number}",
        "group": r"\." if lang.decimal_comma else ",",
        "unit": rf"(?:{units})(?:/(?:{per}))*(?![^\W\d_]){rules.ABBREVIATION_DOT}",
        "bare": rf"(?:{alternation(lang.bare_units.split('|'))})(?:/(?:{per}))*",
        "per_word": lang.per_after_word, "months": alternation(lang.month_names),
        "weekdays": alternation(lang.weekdays), "durations": lang.durations,
        "roman": lang.roman_nouns, "times": lang.times_follow, "ordinal": lang.ordinal_suffix,
        "abbreviations": whole_words(lang.abbreviations),
        "emergency": alternation(neutral.EMERGENCY_NUMBERS), "ampm": rules.AMPM,
        "ampm_a": rules.AMPM.replace("<ap>", "<ap_a>"),
        "ampm_b": rules.AMPM.replace("<ap>", "<ap_b>"),
        "to": re.escape(lang.words["to"]),
        "currency": _currency(lang.currencies),
        "tlds": rules.TOP_LEVEL_DOMAINS, "dialled": rules.DIALLED, "capitals": rules.CAPITALS,
        "hours": rules.HOURS,
        "currency_start": re.escape("".join(sorted({sign[0] for sign in lang.currencies}))),
        "per_keys": per,
        # one-character signs only: Spanish also has codes ("usd", "MX$") in %(currency)s
        "cur": f"[{''.join(re.escape(sign) for sign in lang.currencies if len(sign) == 1)}]",
        "short_scale": "bn|[bB]" if lang.english_forms else "(?!)",
        "us": "US" if lang.english_forms else "(?!)",  # "US$76": Spanish has "US$" itself
        # English-only rules' pieces (rules with the english_forms condition).
        "street": alternation(en.STREET_TYPES), "state": alternation(en.STATES),
        "web_end": en.WEB_ENDINGS, "zone": en.TIME_ZONES,
    }


def _currency(signs: Iterable[str]) -> str:
    """Currency signs, and codes that start with a letter only where no letter is before
    them: "usd 2", "mex$100", but not the "$" of "mex$"."""
    words = [sign for sign in signs if sign[0].isalpha()]
    symbols = [sign for sign in signs if not sign[0].isalpha()]
    return (rf"(?:(?<![^\W\d_])(?:{alternation(words)})|{alternation(symbols)})"
            if words else alternation(symbols))


@lru_cache(maxsize=16)
def rules_for(lang: Language) -> tuple[Rule, ...]:
    """Every rule that applies to a language, compiled, in the order they run."""
    fragments = _fragments(lang)
    return tuple((name, re.compile(_guarded(name, template) % fragments), SPEAKERS[name], trigger)
                 for name, template, trigger, when in rules.RULES
                 if not when or getattr(lang, when))


def _guarded(name: str, pattern: str) -> str:
    """The rule's regex behind a look-ahead for the characters it can start with, where
    data/rules.py lists them (STARTS): the same matches, found without trying every
    alternative at every position."""
    start = rules.STARTS.get(name)
    return f"(?={start})(?:{pattern})" if start else pattern
