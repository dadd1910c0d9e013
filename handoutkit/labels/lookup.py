"""Which labels a language tag gets: the clinic's files, then the built-in ones, then English,
field by field; its CLDR locale and its own name from Babel."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from handoutkit.errors import ConfigError, Problem
from handoutkit.labels.fields import Labels, SpokenLabels, WebLabels
from handoutkit.labels.schema import PRINTED, SAID, WEB, LabelSet, check_labels
from handoutkit.language import primary_language, script, written_script
from handoutkit.reader.yamldoc import read_mapping

DATA_DIR = Path(__file__).resolve().parent / "data"
ENGLISH = "en"
ClinicLabels = tuple[tuple[str, LabelSet], ...]  # (the tag a file is named by, its labels)
_FULL_WIDTH = frozenset({"zh", "ja", "yue"})  # names written "中文（简体）"


def read_labels(path: Path, english: dict[str, Any] | None,
                problems: list[Problem]) -> LabelSet:
    """One labels file (a clinic's by the handouts' rules: a regular file inside the
    handouts folder, its size limit, no hidden characters), checked; its problems (with
    lines) added to ``problems``."""
    doc = read_mapping(path, path.parent.parent, problems)
    return () if doc is None else check_labels(doc, path, english, problems)


class _BuiltinLabels(Mapping[str, dict[str, Any]]):
    """The built-in labels by tag ("en", "zh-Hant", …), English first; each language's file
    read the first time it is asked for: a build needs two or three of them, and reading
    all 22 took a tenth of a second before its first leaflet."""

    def __init__(self) -> None:
        tags = sorted(path.stem for path in DATA_DIR.glob("*.yaml"))
        self._tags = (ENGLISH, *(tag for tag in tags if tag != ENGLISH))

    def __getitem__(self, tag: str) -> dict[str, Any]:
        if tag not in self._tags:
            raise KeyError(tag)
        return _read_builtin(tag)

    def __iter__(self) -> Iterator[str]:
        return iter(self._tags)

    def __len__(self) -> int:
        return len(self._tags)


@functools.cache
def builtin() -> Mapping[str, dict[str, Any]]:
    """The built-in labels by tag, each read once."""
    return _BuiltinLabels()


@functools.cache
def _read_builtin(tag: str) -> dict[str, Any]:
    problems: list[Problem] = []
    english = None if tag == ENGLISH else builtin()[ENGLISH]
    texts = dict(read_labels(DATA_DIR / f"{tag}.yaml", english, problems))
    if problems:  # a packaging mistake, never a clinic's: tests read every file
        raise ConfigError(problems)
    return texts


def label_sets(lang: str, clinic: ClinicLabels) -> list[dict[str, Any]]:
    """The sets that speak ``lang``, most specific first: the clinic's, then the built-in;
    each by the whole tag, its language and script, or its language, in the tag's script
    (so "pa-Arab" never gets Gurmukhi labels)."""
    primary, written = primary_language(lang), script(lang)
    names = list(dict.fromkeys([lang.lower(), f"{primary}-{written}".lower(), primary]))
    found = []
    for sets in (dict(clinic), builtin()):
        by_name = {tag.lower(): tag for tag in sets}  # the built-in labels read only if found
        found += [dict(sets[by_name[name]]) for name in names
                  if name in by_name and script(by_name[name]) == written]
    return found


def texts_for(lang: str, clinic: ClinicLabels) -> dict[str, Any]:
    """Every label for ``lang``: each field from the first set that has it, else English."""
    merged = dict(builtin()[ENGLISH])
    merged.pop("web.language_name", None)  # English's own name is no other language's
    for texts in reversed(label_sets(lang, clinic)):
        merged.update(texts)
    return merged


@functools.lru_cache(maxsize=256)
def locale_for(lang: str) -> Locale:
    """Babel's locale for a tag ("pt-BR", "zh-Hant", "tl" → Filipino), else its language's,
    else English's (a language CLDR does not know)."""
    for tag in (lang, primary_language(lang)):
        try:
            return Locale.parse(tag, sep="-")
        except (ValueError, UnknownLocaleError):
            continue
    return Locale(ENGLISH)


def language_name(lang: str) -> str:
    """The language's own name, with the script when the tag names one: "Tiếng Việt",
    "العربية", "中文（简体）"; in English where CLDR does not know it ("Klingon")."""
    primary, locale = primary_language(lang), locale_for(lang)
    name = locale.languages.get(primary) or Locale(ENGLISH).languages.get(primary, lang)
    written = written_script(lang)
    if written and written in locale.scripts:
        shown = locale.scripts[written]
        name = f"{name}（{shown}）" if primary in _FULL_WIDTH else f"{name} ({shown})"
    return name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=256)
def labels_for(lang: str, clinic: ClinicLabels = ()) -> Labels:
    """The leaflet's, braille's, e-book's and reading's fixed words for a language tag."""
    texts = texts_for(lang, clinic)
    said = SpokenLabels(**{key[5:]: texts[key] for key in SAID})
    return Labels(**{key: texts[key] for key in PRINTED}, said=said, locale=locale_for(lang),
                  months=texts.get("months", ()), date_pattern=texts.get("date", ""))


@functools.lru_cache(maxsize=256)
def web_labels_for(lang: str, clinic: ClinicLabels = ()) -> WebLabels:
    """The web page's and catalogue's fixed words for a language tag."""
    texts = texts_for(lang, clinic)
    texts.setdefault("web.language_name", language_name(lang))
    own_plurals = any("web.pages" in found for found in label_sets(lang, clinic))
    return WebLabels(**{key[4:]: texts[key] for key in WEB}, page_counts=texts["web.pages"],
                     locale=locale_for(lang),
                     plural_locale=locale_for(lang if own_plurals else ENGLISH))
