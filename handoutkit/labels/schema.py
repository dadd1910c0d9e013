"""A labels file (built in, or a clinic's handouts/labels/<lang>.yaml) → checked label texts.

The format: the printed labels at the top level, the reading's sentences under ``said:``,
the web page's under ``web:``. Every key is optional (a missing one falls back); each text
keeps exactly the ``{placeholders}`` of the English file, so no fill-in can fail.
"""

from __future__ import annotations

import dataclasses
import re
import string
from pathlib import Path
from typing import Any

from handoutkit.errors import Problem
from handoutkit.labels.fields import Labels, SpokenLabels, WebLabels
from handoutkit.reader.yamldoc import YamlMapping

# One checked labels file: dotted key ("said.call", "web.pages") → text, or a tuple of
# (plural category, text) for "web.pages", or the twelve month names for "months".
LabelSet = tuple[tuple[str, Any], ...]

ENGLISH_FILE = "handoutkit/labels/data/en.yaml"  # named in hints: every label, to copy from
PLURAL_FORMS = ("zero", "one", "two", "few", "many", "other")
_NOT_TEXT = {"said", "locale", "plural_locale", "months", "date_pattern", "page_counts"}
PRINTED = tuple(f.name for f in dataclasses.fields(Labels) if f.name not in _NOT_TEXT)
SAID = tuple(f"said.{f.name}" for f in dataclasses.fields(SpokenLabels))
WEB = tuple(f"web.{f.name}" for f in dataclasses.fields(WebLabels) if f.name not in _NOT_TEXT)
TEXT_KEYS = (*PRINTED, *SAID, *WEB)
OPTIONAL = ("web.language_name", "months", "date")  # Babel gives these when a file does not
KEYS = (*TEXT_KEYS, "web.pages", "months", "date")
GROUPS = ("said", "web")
_PLAIN_NAME = re.compile(r"[a-z]+\Z")  # {clinic}, {phone}, {n}: the names the English file has


def placeholders(text: str) -> frozenset[str]:
    """The names of the ``{…}`` fields in a text."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def check_labels(doc: YamlMapping, path: Path, english: dict[str, Any] | None,
                 problems: list[Problem]) -> LabelSet:
    """The labels of one file, every problem added to ``problems`` with its line; with
    ``english`` (the English set), each text must keep the English text's placeholders."""
    found: dict[str, Any] = {}
    for key, value, line in _flatten(doc, path, problems):
        checked = _check(key, value, english)
        if isinstance(checked, _Bad):
            problems.append(Problem(path, line, checked.message, checked.hint))
        else:
            found[key] = checked
    if ("months" in found) != ("date" in found):
        problems.append(Problem(path, doc.line_of("months", doc.line_of("date", 1)),
                                "'months' and 'date' go together",
                                "give both (the twelve month names and e.g. 'date: \"{day} "
                                "{month} {year}\"'), or neither to use CLDR's dates"))
    return tuple(sorted(found.items()))


@dataclasses.dataclass(frozen=True)
class _Bad:
    message: str
    hint: str


def _flatten(doc: YamlMapping, path: Path, problems: list[Problem]
             ) -> list[tuple[str, Any, int]]:
    """(dotted key, value, line) of every label; unknown keys become problems."""
    items: list[tuple[str, Any, int]] = []
    for key, value in doc.data.items():
        line = doc.line_of(key, 1)
        if key in GROUPS and isinstance(value, dict):
            items += [(f"{key}.{inner}", text, doc.line_of(f"{key}.{inner}", line))
                      for inner, text in value.items()]
        elif key in GROUPS:
            problems.append(Problem(path, line, f"'{key}:' holds labels, not a text",
                                    f"write each label under '{key}:' on its own line, "
                                    "indented, as in " + ENGLISH_FILE))
        else:
            items.append((key, value, line))
    known = [(key, value, line) for key, value, line in items if key in KEYS]
    for key, _, line in items:
        if key not in KEYS:
            problems.append(Problem(path, line, f"unknown label '{key}'", _unknown_hint(key)))
    return known


def _unknown_hint(key: str) -> str:
    """Where the name belongs if it is known in another group, else where to find names."""
    name = key.rpartition(".")[2]
    elsewhere = [k for k in KEYS if k.rpartition(".")[2] == name]
    if elsewhere:
        return (f"write it as '{elsewhere[0]}': printed labels at the top, the reading's "
                "under 'said:', the web page's under 'web:'")
    return f"use the names in {ENGLISH_FILE}"


def _check(key: str, value: Any, english: dict[str, Any] | None) -> Any:
    """The checked value, or a _Bad saying what is wrong and what to do."""
    if key == "web.pages":
        return _check_pages(value)
    if key == "months":
        ok = isinstance(value, list) and len(value) == 12 and all(_is_text(v) for v in value)
        return tuple(v.strip() for v in value) if ok else _Bad(
            "'months' needs the twelve month names", "write them as a list, January first")
    if not _is_text(value):
        return _Bad(f"'{key}' needs a text", f"write it in quotes, e.g. {key.rpartition('.')[2]}:"
                    ' "…"')
    wanted = placeholders(english[key]) if english and key in english else None
    if key == "date":
        wanted = frozenset({"day", "month", "year"})
    return _check_placeholders(key, value, wanted)


def _check_placeholders(key: str, text: str, wanted: frozenset[str] | None) -> Any:
    try:
        fields = list(string.Formatter().parse(text))
        have = placeholders(text)
    except ValueError:
        return _Bad(f"'{key}' has a '{{' or '}}' without its pair",
                    "write the placeholders exactly as in the English file, e.g. {clinic}")
    for _, name, spec, conversion in fields:
        # A spec or conversion would run Python's formatting on the clinic's text:
        # "{clinic:d}" raises, "{clinic:>300000000}" pads to 300 MB, "{clinic.__class__}"
        # reaches into objects. A placeholder is a bare name, nothing else.
        if name is not None and (spec or conversion or not _PLAIN_NAME.fullmatch(name)):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (
                f":{spec}" if spec else "") + "}"
            return _Bad(f"'{key}' has the placeholder '{shown[:40]}', which is not a plain name",
                        "write a placeholder as its name in braces only, e.g. {clinic}, with "
                        "no ':' or '!' after it")
    if wanted is not None and have != wanted:
        names = " and ".join(f"{{{n}}}" for n in sorted(wanted)) or "no {…} placeholder"
        return _Bad(f"'{key}' must contain {names}, as in English",
                    "keep the placeholders in braces untranslated: they are filled in")
    return text


def _check_pages(value: Any) -> Any:
    forms = {"other": value} if _is_text(value) else value
    hint = ("write '{n} pages' for every number, or one per CLDR plural form, e.g. "
            "'pages: {one: \"{n} page\", other: \"{n} pages\"}'")
    if not isinstance(forms, dict) or "other" not in forms:
        return _Bad("'web.pages' needs the form for 'other' numbers", hint)
    bad = [f for f, text in forms.items() if f not in PLURAL_FORMS or not _is_text(text)
           or _check_placeholders("web.pages", text, frozenset({"n"})) != text]
    if bad:
        return _Bad(f"'web.pages' has a wrong form: '{bad[0]}'",
                    f"use {', '.join(PLURAL_FORMS)}, each a text with {{n}}; " + hint)
    return tuple((form, forms[form]) for form in PLURAL_FORMS if form in forms)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())

