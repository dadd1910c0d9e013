"""Front matter: split it from the body and check it into a Meta."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handoutkit.errors import Problem
from handoutkit.language import is_valid_tag
from handoutkit.model import Meta, Source
from handoutkit.reader.limits import MAX_SENTENCE_WORDS, RATE_HINT, RATES
from handoutkit.reader.source import describe, refused_in, yaml_strings
from handoutkit.reader.yamldoc import YamlMapping, YamlSyntax, parse_mapping

REQUIRED = ("title", "lang", "summary")
TRANSLATED_FROM = "translated_from"  # the source's version a translation was made from
KNOWN = (*REQUIRED, "reviewed", "audience", "sources", "speech", "speech_rate", "urgent",
         "after_hours", TRANSLATED_FROM)
# Governance (checks/governance.py): review cycle, sign-off, translation provenance.
GOVERNANCE = ("review_due", "approved_by", "approved", "approved_digest", "translated_by",
              "translation", "reviewed_by", "critical")
KNOWN = (*KNOWN, *GOVERNANCE)
TRANSLATION_KINDS = ("human", "machine")
APPROVED_DIGEST = re.compile(r"[0-9a-f]{16}")  # what `handoutkit approve` writes
# What `make check` prints as a source's version: 4 hex digits per part, joined by '-'
# (see reader/translations.py); two parts at least, so YAML always reads it as text.
SOURCE_VERSION = re.compile(r"[0-9a-f]{4}(?:-[0-9a-f]{4})+")
MAX_URGENT_LINES = 4  # the "Get help now" panel must stay short enough for page 1 and 30 s
MAX_URGENT_WORDS = 30  # per line of that panel
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FENCE = "---"


@dataclass(frozen=True)
class SplitFile:
    """A handout file cut into its front matter and its Markdown body."""

    front: str
    body: str
    body_first_line: int  # file line of the body's first line


def split_front_matter(text: str, path: Path) -> SplitFile:
    """Cut the '---' fenced YAML block off the top of the file."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise YamlSyntax(Problem(path, 1, "the file does not start with front matter",
                                 "put a line '---', then title:, lang: and summary:, then '---'"))
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == FENCE:
            return SplitFile("\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2)
    raise YamlSyntax(Problem(path, 1, "the front matter has no closing '---' line",
                             "add a line with just '---' after the last setting"))


def read_meta(front: str, path: Path, problems: list[Problem]) -> Meta | None:
    """Check the front matter; append every problem found and return None if any."""
    try:
        doc = parse_mapping(front, path, first_line=2)
    except YamlSyntax as exc:
        problems.append(exc.problem)
        return None
    before = len(problems)
    _check_keys(doc, path, problems)
    _check_characters(doc, front, path, problems)
    fields = {key: _field(key, doc, path, problems) for key in KNOWN if key in doc.data}
    if len(problems) > before:
        return None
    return Meta(**fields, lang_line=doc.line_of("lang", 1))


def _check_keys(doc: YamlMapping, path: Path, problems: list[Problem]) -> None:
    for key in doc.data:
        if key not in KNOWN:
            close = difflib.get_close_matches(key, KNOWN, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use only: {', '.join(KNOWN)}"
            problems.append(Problem(path, doc.line_of(key, 1), f"unknown key '{key}'", hint))
    for key in REQUIRED:
        if key not in doc.data:
            problems.append(Problem(path, 1, f"the front matter has no '{key}:'",
                                    f"add a line '{key}: …' between the '---' lines"))


def _check_characters(doc: YamlMapping, front: str, path: Path,
                      problems: list[Problem]) -> None:
    """Hidden characters that only YAML escapes ("\\u202e") put in a value; ones written as
    they are were already reported at their own line when the file was read."""
    written = set(refused_in(front))
    for key, value in doc.data.items():
        for char in refused_in(" ".join(yaml_strings(value))):
            if char not in written:
                problems.append(Problem(path, doc.line_of(key, 1), f"'{key}' has a "
                                        f"{describe(char)}", "delete the escape code"))


def _field(key: str, doc: YamlMapping, path: Path, problems: list[Problem]) -> Any:
    value, line = doc.data[key], doc.line_of(key, 1)
    checked, hint = _CHECKERS[key](value)
    if hint:
        problems.append(Problem(path, line, f"'{key}' is not valid", hint))
    return checked


def _text(value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, str) or not value.strip():
        return None, "write it as one line of plain text"
    if len(value.split()) > MAX_SENTENCE_WORDS:
        return None, f"keep it to one sentence of at most {MAX_SENTENCE_WORDS} words"
    return " ".join(value.split()), None


def _lang(value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, str) or not is_valid_tag(value):
        return None, "write a BCP 47 language tag such as 'en', 'es-MX', 'vi' or 'zh-Hant'"
    return value, None


def _date(value: Any) -> tuple[dt.date | None, str | None]:
    hint = "write the date as YYYY-MM-DD, e.g. 'reviewed: 2026-07-10'"
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return None, hint  # Python would also take 20260710 or 2026-W28-5
    try:
        return dt.date.fromisoformat(value), None
    except ValueError:  # 2026-02-30, 0000-01-01
        return None, hint


def _sources(value: Any) -> tuple[tuple[Source, ...] | None, str | None]:
    hint = ("list each source as '- title: …' with an optional 'url: https://…' line under it, "
            "and 'lang: en' when the source is in another language than the handout")
    if not isinstance(value, list):
        return None, hint
    sources = []
    for item in value:
        if isinstance(item, str) and item.strip():
            item = {"title": item}
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            return None, hint
        url = item.get("url")
        if url is not None and not _is_web_url(url):
            return None, ("write the source's web address as it shows in the browser, "
                          "starting with https:// and without spaces, quotes or < >")
        lang = item.get("lang")
        if set(item) - {"title", "url", "lang"} or not (
                lang is None or isinstance(lang, str) and is_valid_tag(lang)):
            return None, hint
        sources.append(Source(" ".join(item["title"].split()), url, lang))
    return tuple(sources), None


def _speech(value: Any) -> tuple[tuple[tuple[str, str], ...] | None, str | None]:
    if isinstance(value, dict) and all(isinstance(v, str | int) for v in value.values()):
        return tuple((str(k), str(v)) for k, v in value.items()), None
    return None, "list each term and how to say it, e.g. 'DVT: D V T'"


def _urgent(value: Any) -> tuple[tuple[str, ...] | None, str | None]:
    """The "Get help now" panel's lines: one line of text, or a list of up to three."""
    hint = ("write what to do as one line, e.g. 'urgent: Call 911 if you have chest pain.', "
            f"or as a list of at most {MAX_URGENT_LINES} lines")
    lines = value if isinstance(value, list) else [value]
    if not 1 <= len(lines) <= MAX_URGENT_LINES:
        return None, hint
    texts = [_text(line)[0] for line in lines]
    if not all(texts):
        return None, hint
    if any(len(str(text).split()) > MAX_URGENT_WORDS for text in texts):
        return None, (f"keep each line under {MAX_URGENT_WORDS} words: the panel must fit on "
                      "page 1 and in the first 30 seconds of the recording")
    return tuple(str(text) for text in texts), None


def after_hours_texts(value: Any) -> tuple[tuple[str, str], ...] | None:
    """What to do when the clinic is closed: one text for every language ("*"), or one per
    language tag; None unless every text is a non-empty string. clinic.yaml takes the same."""
    if not isinstance(value, str | dict):
        return None
    pairs = [("*", value)] if isinstance(value, str) else list(value.items())
    texts = tuple((str(lang), " ".join(text.split())) for lang, text in pairs
                  if isinstance(text, str))
    return texts if len(texts) == len(pairs) and all(t for _, t in texts) else None


def _after_hours(value: Any) -> tuple[tuple[tuple[str, str], ...] | None, str | None]:
    """This handout's own after-hours line, in the shapes clinic.yaml takes (a tag's typo
    would silently fall back to the clinic's line, so tags are checked)."""
    texts = after_hours_texts(value)
    if texts is None or not all(lang == "*" or is_valid_tag(lang) for lang, _ in texts):
        return None, ("write what to do when the clinic is closed as one line, or one line per "
                      "language: 'after_hours: {en: \"If we are closed, …\"}'")
    return texts, None


def _rate(value: Any) -> tuple[int | None, str | None]:
    if isinstance(value, int) and not isinstance(value, bool) and value in RATES:
        return value, None
    return None, RATE_HINT


def _translated_from(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, str) and SOURCE_VERSION.fullmatch(value.strip().lower()):
        return value.strip().lower(), None
    return None, ("copy the version `make check` prints for the source handout, "
                  "e.g. 'translated_from: 3f2a-91bc-07de'")


def _translation(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, str) and value.strip().lower() in TRANSLATION_KINDS:
        return value.strip().lower(), None
    return None, "write 'translation: human' or 'translation: machine'"


def _critical(value: Any) -> tuple[bool | None, str | None]:
    found = {"true": True, "false": False}.get(str(value).strip().lower())
    if found is not None:  # read as text: yamldoc has no implicit booleans
        return found, None
    return None, "write 'critical: true' (discharge and procedure instructions) or leave it out"


def _approved_digest(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, str) and APPROVED_DIGEST.fullmatch(value.strip()):
        return value.strip(), None
    return None, ("let `handoutkit approve FILE --by \"Name, Role\"` write it; "
                  "delete the line to approve again")


def _is_web_url(url: Any) -> bool:
    return isinstance(url, str) and re.match(r"https?://[^\s<>\"{}|\\^`]+$", url) is not None


_CHECKERS = {
    "title": _text, "summary": _text, "audience": _text,
    "lang": _lang, "reviewed": _date, "sources": _sources, "speech": _speech,
    "urgent": _urgent, "after_hours": _after_hours,
    "speech_rate": _rate, TRANSLATED_FROM: _translated_from,
    "review_due": _date, "approved": _date, "approved_by": _text, "translated_by": _text,
    "reviewed_by": _text, "translation": _translation, "critical": _critical,
    "approved_digest": _approved_digest,
}
