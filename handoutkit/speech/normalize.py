"""Speech normalisation: text → the words a voice should say, as a person would read them.

Pure functions driven by tables. Each rule is a named regex (data/rules.py, compiled once per
language by compile.py from its tables in data/) and a speaker of the same name, which says
what it matched: say_words.py (symbols, abbreviations), say_times.py (dates, times of day),
say_phones.py (phone and emergency numbers), say_numbers.py (amounts; Spanish agreement in
agreement.py). Each of those modules lists its rules as ``input → spoken``. They run in the
order of data/rules.py, after these, which every language has:
  characters    ‘quotes’ → 'quotes'; ½ → 1/2; 1 000 (thin space) → 1000; ٣ → 3; NFKC;
                every run of whitespace → one space; 90 mm Hg → 90 mmHg; -8° c → -8°C;
                stage IIIA → stage III A (a Roman stage and its letter, each said alone)
  overrides     DVT → D V T from the clinic's table: whole word, case-sensitive, first; the
                spoken form is normalised on its own, never by its neighbours' rules
  citations     healthy.[1] → healthy.   ([2, 3] and [4-6] go too)
  urls          see https://www.nhs.uk/flu → see nhs dot uk (its site; link text is read
                where the address is a link's) and its path: nhs dot uk slash flu, cdc
                punto gov barra spanish, who point int slash fr (other languages where
                data/neutral.py PATH_MARKS names the marks, but an underscore)
Then English and Spanish run their own rules (data/rules.py); every other language num2words
knows runs say_generic.py's (listed there, as "numbers"), which leave no digit behind.
Last, only SPEAKABLE characters stay in English and Spanish; other languages lose only
markup characters (* _ # | { } [ ] \\ ` ^), keeping their own punctuation (。、، ؟).
"""

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from handoutkit.language import primary_language, script
from handoutkit.speech import say_generic, say_web
from handoutkit.speech.compile import Rule, rules_for, whole_words
from handoutkit.speech.data import (
    LANGUAGES,
    Language,
    generic,
    language_for,
    letters,
    neutral,
    rules,
)

logger = logging.getLogger(__name__)

NEUTRAL_RULES = ("characters", "overrides", "citations", "urls")
GENERIC_RULE = "numbers"  # every rule of say_generic.py, for the languages without tables
_PUNCTUATION = re.escape(" .,;:?!'\"()¿¡-")
# What a voice can say: letters of any script, their combining marks, plain punctuation.
SPEAKABLE = re.compile(rf"[^\W\d_]|[{neutral.MARKS}{_PUNCTUATION}]")
_UNSPEAKABLE = re.compile(rf"[^\w{neutral.MARKS}{_PUNCTUATION}]|[\d_]")
_MARKUP = re.compile(r"[*_#|{}\[\]\\`^]")
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_HELD = 0xF0000  # override n waits as chr(_HELD + n), out of every rule's reach
_HELD_CHAR = re.compile("[\U000f0000-\U0010ffff]")
_SPACES, _GROUP_SPACE = re.compile(rules.SPACES), re.compile(rules.GROUP_SPACE)
_DEGREE, _MERCURY = re.compile(rules.DEGREE), re.compile(rules.MERCURY)
_SUBSTAGE = re.compile(rules.SUBSTAGE)
_CITATION, _URL = re.compile(rules.CITATION), re.compile(rules.URL)
_BARE_HOST, _BARE_LANGUAGES = re.compile(rules.BARE_HOST), generic.BARE_HOSTS
_TOKEN = re.compile(r"[A-Z\d]+(?:-[A-Z\d]+)+(?![^\W_])|[^\W_]+")  # "OB-GYN" stays one term
_TWO_CAPITALS = re.compile(r"[A-ZÁÉÍÓÚÑÜ]{2}")
_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[^\W\d_]")
_BEFORE_FOLDING = str.maketrans({"º": "\ue000", "ª": "\ue001", **neutral.VULGAR_FRACTIONS})
_AFTER_FOLDING = str.maketrans({"\ue000": "º", "\ue001": "ª", **neutral.CHARACTERS,
                                **neutral.DIGITS})
_TIDY: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s{2,}|[^\S ]"), " "),  # only what changes: most single spaces are plain
    (re.compile(r" (?=[.,;:?!)])|(?<=[(¿¡]) "), ""),
    (re.compile(r"\(\)|,(?=[,.;:?!])|(?<=[.;:?!]),|^[ ,;:]+"), ""),
    (re.compile(r",(?=[^\W\d_])"), ", "),
    (re.compile(r"\s{2,}"), " "),
)


def _apart(said: str, m: re.Match[str]) -> str:
    """A rule's words kept apart from letters or digits touching the match: "t2000" → "t two
    thousand", not "ttwo thousand"; "1:59 p.m.est" → "… p m est"."""
    if not said or said == m[0]:
        return said
    start, end, text = m.start(), m.end(), m.string
    before = " " if start and said[0].isalnum() and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and said[-1].isalnum() and text[end].isalnum() else ""
    return before + said + after


def _apply(text: str, compiled: Iterable[Rule], lang: Language, fired: list[str]) -> str:
    for name, pattern, speak, trigger in compiled:
        if not trigger or any(char in text for char in trigger):
            said = pattern.sub(lambda m, speak=speak: _apart(speak(m, lang), m), text)
            if said != text:
                fired.append(name)
            text = said
    return text


def _prepare(text: str) -> str:
    """Unicode compatibility folding, ASCII digits, straight quotes, plain hyphens, single
    spaces; º and ª kept for Spanish ordinals."""
    text = _GROUP_SPACE.sub("", _PRIVATE.sub("", text)).translate(_BEFORE_FOLDING)
    text = unicodedata.normalize("NFKC", text).translate(_AFTER_FOLDING)
    text = _DEGREE.sub(lambda m: "°" + m["scale"].upper(), _SPACES.sub(" ", text))
    return _SUBSTAGE.sub(r"\1 \2", _MERCURY.sub(" mmHg", text))


@lru_cache(maxsize=32)
def _override_table(items: tuple[tuple[str, str], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Overrides keyed as the prepared text spells them, and one regex matching any of them."""
    table = {_prepare(term): said for term, said in items if _prepare(term).strip()}
    return table, re.compile(whole_words(table))


def _neutral(text: str, overrides: Mapping[str, str], held: list[str], fired: list[str],
             paths: str = "", bare: bool = False) -> str:
    """Rules for every language; overridden terms are held out of reach of all later rules.
    A web address's path is said too where the language has words for every mark in it
    (``paths``: "/-_." in English and Spanish, "/-." where data/neutral.py PATH_MARKS has
    the language)."""
    steps = [_prepare(text)]
    if overrides:
        table, pattern = _override_table(tuple(sorted(overrides.items())))

        def hold(m: re.Match[str]) -> str:
            held.append(table[m[0]])
            return chr(_HELD + len(held) - 1)

        steps.append(pattern.sub(hold, steps[-1]))
    else:
        steps.append(steps[-1])
    steps += [_CITATION.sub("", steps[-1])]
    steps += [_URL.sub(lambda m: _host(m, paths), steps[-1])]
    if bare:  # "moz.gov.ua" with no "www." (data/generic.py BARE_HOSTS)
        steps[-1] = _BARE_HOST.sub(_host, steps[-1])
    before = [text, *steps[:-1]]
    fired += [name for name, old, new in zip(NEUTRAL_RULES, before, steps, strict=True)
              if old != new]
    return steps[-1]


_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/?#:]+)")
_DOT = "\ue002"  # a web address's dot, said in the language once its rules have run
# A web address's slash, dash and underscore, said in English once its rules have run.
_PATH_MARKS = {"/": ("\ue003", "slash"), "-": ("\ue004", "dash"), "_": ("\ue005", "underscore"),
               ".": (_DOT, "dot")}
_PATH = re.compile(r"/[^?#]*")
_PATH_PART = re.compile(r"[/._-]|\d")


def _host(m: re.Match[str], paths: str = "") -> str:
    """A web address said as its site: "https://www.cdc.gov/flu" → "cdc dot gov", so the
    sentence around it still says where to look (the link text is read where there is one).
    With ``paths``, the marks the language can say, its path too, digits one by one: "… dot
    gov slash flu slash two oh"."""
    host = _HOST.match(m[0])
    if not host:
        return ""
    said = f" {_DOT} ".join(host[1].split("."))
    path = _PATH.match(m[0], host.end()) if paths else None
    if path and not set(path[0]) & (set(_PATH_MARKS) - set(paths)):
        said += _PATH_PART.sub(lambda c: f" {_PATH_MARKS.get(c[0], (c[0],))[0]} ", path[0])
    return said


# A host's labels are ASCII: "ב-health ." is the Hebrew prefix ב- and the label "health".
_HOST_SAID = re.compile(rf"(?<![A-Za-z0-9_])(?<![A-Za-z0-9_]-)[A-Za-z0-9][A-Za-z0-9_-]*"
                        rf"(?: {_DOT} [^\s{_DOT}.,;:!?]+)+")


def _say_dots(text: str, language: Language | None, lang: str) -> str:
    if not any(mark in text for mark, _ in _PATH_MARKS.values()):  # no web address said
        return text
    primary = primary_language(lang)
    if language is None:
        text = _say_path(text, primary)
    if language is not None and language.letter_names:  # Spanish spells "abc punto es"
        text = _HOST_SAID.sub(
            lambda m: say_web.say_address(m[0].replace(f" {_DOT} ", "."), language), text)
    if language is None and primary in letters.LETTERS:  # "إم أو إتش نقطة …"
        return _HOST_SAID.sub(lambda m: say_web.spell_host(
            m[0].replace(f" {_DOT} ", "."), primary), text)
    word = language.words["dot"] if language is not None else neutral.DOT.get(primary, ".")
    word = word.translate(generic.TRADITIONAL) if script(lang) == "Hant" else word
    text = text.replace(f" {_DOT} ", f" {word} " if word != "." else ".")
    for mark, name in _PATH_MARKS.values():
        if language is not None and name in language.words:
            text = text.replace(mark, f" {language.words[name]} ")
    return text


_PATH_SAID = re.compile(rf"([{_PATH_MARKS['/'][0]}{_PATH_MARKS['-'][0]}]) ([^\W_]*)")


def _say_path(text: str, primary: str) -> str:
    """A web address's path in a language with no hand-made tables: its slashes and dashes
    by the language's words (data/neutral.py PATH_MARKS), its Latin labels spelt where the
    language is written in another script, as its host is ("شرطة مائلة إيه آر")."""
    if primary not in neutral.PATH_MARKS:  # no path was kept
        return text
    slash, dash = neutral.PATH_MARKS[primary]

    def said(m: re.Match[str]) -> str:
        label = m[2]
        if label.isascii() and label.isalpha() and primary in letters.LETTERS:
            label = say_web.spell_host(label, primary)
        return f" {slash if m[1] == _PATH_MARKS['/'][0] else dash} {label}"

    return _PATH_SAID.sub(said, text)


@lru_cache(maxsize=256)
def _said(spoken: str, lang: str) -> str:
    """An override's spoken form, made speakable on its own: "H b A 1 c" → "H b A one c"."""
    return f" {normalize(spoken, lang)} "


def explain(text: str, lang: str = "en",
            overrides: Mapping[str, str] | None = None) -> tuple[str, tuple[str, ...]]:
    """The spoken text, and the names of the rules that changed it, in the order they ran."""
    language, held, fired = language_for(lang), list[str](), list[str]()
    primary = primary_language(lang)
    paths = "/-_." if language is not None else "/-." if primary in neutral.PATH_MARKS else ""
    text = _neutral(text, overrides or {}, held, fired, paths=paths,
                    bare=primary in _BARE_LANGUAGES)
    if language is not None:
        text = _apply(text, rules_for(language), language, fired)
    elif (generic := say_generic.generic_for(lang)) is not None:
        said = say_generic.speak(text, generic)
        fired += [GENERIC_RULE] if said != text else []
        text = said
    text = _say_dots(text, language, lang)
    text = _HELD_CHAR.sub(lambda m: _said(held[ord(m[0]) - _HELD], lang), text)
    text = (_UNSPEAKABLE if language is not None else _MARKUP).sub(" ", text)
    for pattern, repl in _TIDY:
        text = pattern.sub(repl, text)
    return text.strip(), tuple(fired)


def normalize(text: str, lang: str = "en", overrides: Mapping[str, str] | None = None) -> str:
    """Return text a TTS voice can read aloud as a person would say it."""
    return explain(text, lang, overrides)[0]


def rule_names(lang: str) -> tuple[str, ...]:
    """Every rule the normaliser has for a language tag, in the order they run."""
    language = language_for(lang)
    own = tuple(rule[0] for rule in rules_for(language)) if language is not None else ()
    return NEUTRAL_RULES + own + ((GENERIC_RULE,) if say_generic.generic_for(lang) else ())


def unknown_terms(text: str, lang: str = "en",
                  overrides: Mapping[str, str] | None = None) -> list[str]:
    """Abbreviation-like tokens (e.g. 2+ capital letters, letters+digits) that neither the
    overrides nor the built-in tables cover, in order of first appearance, deduplicated —
    used for build warnings."""
    language = language_for(lang)
    text = _neutral(text, overrides or {}, [], [])
    if language is not None:
        compiled = rules_for(language)
        last = [rule[0] for rule in compiled].index(rules.LAST_NAMING_RULE)
        text = _apply(text, compiled[:last], language, [])
    elif (generic := say_generic.generic_for(lang)) is not None:
        text = say_generic.speak(text, generic, spell=False)
    tokens = (token for token in _TOKEN.findall(text) if _abbreviation_like(token))
    return list(dict.fromkeys(tokens))


def _abbreviation_like(token: str) -> bool:
    """Two capitals in a row ("DVT"), or letters and digits together ("B12"). Three
    separate scans, each linear: one regex with a look-ahead per letter was quadratic in a
    long word (40,000 letters took make check 37 s)."""
    return bool(_TWO_CAPITALS.search(token)
                or (_DIGIT.search(token) and _LETTER.search(token)))


for _language in LANGUAGES.values():  # compile every rule once, at import
    rules_for(_language)
