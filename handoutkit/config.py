"""Project settings: clinic.yaml, pronunciations.yaml and labels/, read once into a ClinicConfig."""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, make_dataclass
from pathlib import Path
from typing import Any

from handoutkit.errors import ConfigError, Problem
from handoutkit.files import is_inside
from handoutkit.labels import ClinicLabels, Labels, WebLabels, load_clinic_labels
from handoutkit.labels import labels_for as _labels_for
from handoutkit.labels import web_labels_for as _web_labels_for
from handoutkit.language import primary_language
from handoutkit.model import Meta
from handoutkit.reader.frontmatter import after_hours_texts
from handoutkit.reader.inlines import IMAGE_SUFFIXES
from handoutkit.reader.limits import DEFAULT_RATE, RATE_HINT, RATES
from handoutkit.reader.phone import known_country, phone_problem, tel_href
from handoutkit.reader.pictures import name_problem, picture_problem
from handoutkit.reader.source import MAX_PRONUNCIATIONS_BYTES
from handoutkit.reader.urgent import HelpContact
from handoutkit.reader.yamldoc import YamlMapping, read_mapping
from handoutkit.voices import DEFAULT_VOICES as DEFAULT_VOICES  # the defaults per tag
from handoutkit.voices import ENGINES, default_voice, lookup

logger = logging.getLogger(__name__)

CLINIC_FILE = "clinic.yaml"
PRONUNCIATIONS_FILE = "pronunciations.yaml"
PAPER_SIZES = ("A4", "Letter")
PRINT_SIZES = range(18, 33)  # points; 18 is large print, 24 extra-large


@dataclass(frozen=True)
class Setting:
    """One clinic.yaml setting: declared here once, whence its field in ClinicConfig, its
    default, its check and the hint its error gives."""

    name: str
    kinds: type | tuple[type, ...]  # the YAML values it takes (true/false never count)
    default: Any
    check: Callable[[Any, Path], Any]  # value, handouts folder → typed value, or None: refused
    hint: str
    field_type: Any = None  # the typed value's type, when it is not the first of ``kinds``


def _pick(choices: Iterable[str]) -> Callable[[Any, Path], Any]:
    names = tuple(choices)
    return lambda value, _: next((c for c in names if c.lower() == value.lower()), None)


def _within(allowed: range) -> Callable[[Any, Path], Any]:
    return lambda value, _: value if value in allowed else None


def _web(value: str, _: Path) -> str | None:
    # no quote marks or angle brackets: the address goes into HTML and XML attributes
    return value if re.fullmatch(r"https?://[^\s\"'<>]+", value) else None


def _logo(value: str, handouts_dir: Path) -> Path | None:
    """A picture inside the handouts folder that passes a handout picture's checks."""
    try:
        logo = (handouts_dir / value).resolve()
        found = is_inside(handouts_dir / value, handouts_dir) and logo.is_file()
    except (OSError, RuntimeError, ValueError):  # a link loop, a name too long, a NUL byte
        return None
    if not found or logo.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    return None if name_problem(value) or picture_problem(logo) else logo


def _phone(value: str | int, _: Path) -> str | None:
    # Digits and the usual separators only: a direction mark or other invisible character
    # would make the printed number differ from the spoken one and from the tel: link.
    phone = str(value)
    return phone if re.fullmatch(r"\+?[0-9(][0-9 ().\-/]{1,38}[0-9]", phone) else None


def _grade(value: float, _: Path) -> float | None:
    return float(value) if math.isfinite(value) and 0 <= value <= 20 else None


def _voices(value: dict, _: Path) -> tuple[tuple[str, str], ...] | None:
    pairs = tuple((str(k), str(v)) for k, v in value.items())
    return pairs if all(v.partition(":")[0] in ENGINES for _, v in pairs) else None


def _after_hours(value: str | dict, _: Path) -> tuple[tuple[str, str], ...] | None:
    """The shapes a handout's own ``after_hours:`` takes too (reader/frontmatter)."""
    return after_hours_texts(value)


def _as_is(value: Any, _: Path) -> Any:
    return value


EXPIRED_POLICIES = ("fail", "mark")
MAX_REVIEW_MONTHS = 120


def _months(value: int | str, _: Path) -> int | None:
    """24, '24 months' or '2 years' → 24; None outside 1 to 120 months."""
    if isinstance(value, str):
        found = re.fullmatch(r"\s*(\d+)\s*(months?|years?)\s*", value.lower())
        if not found:
            return None
        value = int(found[1]) * (12 if found[2].startswith("year") else 1)
    return value if 1 <= value <= MAX_REVIEW_MONTHS else None


def _yes_no(value: str, _: Path) -> bool | None:
    return {"true": True, "false": False}.get(value.strip().lower())


Pairs = tuple[tuple[str, str], ...]
SETTINGS = (
    Setting("name", str, "Your clinic", _as_is,
            "write the clinic's name, e.g. 'name: Riverside Family Clinic'"),
    Setting("phone", (str, int), None, _phone,
            "write the number as people dial it, digits with spaces, '-', '(', ')' or a "
            "leading '+', in quotes: 'phone: \"(555) 555-0134\"'", str | None),
    Setting("web", str, None, _web,
            "write the web address, e.g. 'web: https://clinic.example'", str | None),
    Setting("logo", str, None, _logo,
            "give the logo file's path inside the handouts folder", Path | None),
    Setting("paper", str, "A4", _pick(PAPER_SIZES), "use 'paper: A4' or 'paper: Letter'"),
    Setting("print_size", int, 18, _within(PRINT_SIZES),
            "use 'print_size: 18' (large print) or 'print_size: 24' (extra large)"),
    Setting("audio_base_url", str, None, _web,
            "write the web address the handouts are published under", str | None),
    Setting("reading_grade", (int, float), 6.0, _grade,
            "use a school grade from 0 to 20, e.g. 'reading_grade: 6'", float),
    Setting("voices", dict, (), _voices,
            "pick piper, kokoro, espeak-ng or gtts per language, e.g. 'voices: {en: piper, "
            "es: kokoro}' or 'es: kokoro:ef_dora' for another speaker", Pairs),
    Setting("speech_rate", int, DEFAULT_RATE, _within(RATES), RATE_HINT),
    Setting("after_hours", (str, dict), (), _after_hours,
            "write one line of text, or one per language: 'after_hours: {en: \"If we are "
            "closed, …\", es: \"Si estamos cerrados, …\"}'", Pairs),
    Setting("country", str, None, lambda value, _: known_country(value),
            "use the two-letter country code, e.g. 'country: US'", str | None),
    # Governing the library (checks/governance.py): months from `reviewed:` to the next review
    Setting("review_every", (int, str), None, _months,
            "write the months between reviews, e.g. 'review_every: 24' or "
            "'review_every: 2 years'", int | None),
    Setting("review_warning_days", int, 30, _within(range(0, 367)),
            "write how many days ahead to warn, e.g. 'review_warning_days: 30'"),
    # past its review date a handout fails the build, or is published "mark"ed out of date
    Setting("expired", str, "fail", _pick(EXPIRED_POLICIES),
            "use 'expired: fail' (a handout past its review date stops the build) or "
            "'expired: mark' (it is published saying it is out of date)"),
    # YAML is read with no implicit booleans (reader/yamldoc), so true/false come as text
    Setting("require_approval", str, False, _yes_no,
            "use 'require_approval: true' or 'require_approval: false'", bool),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}


def _field_type(setting: Setting) -> Any:
    if setting.field_type is not None:
        return setting.field_type
    return setting.kinds[0] if isinstance(setting.kinds, tuple) else setting.kinds


# The clinic.yaml settings as dataclass fields, each with its default from SETTINGS.
_Settings = make_dataclass("_Settings", [(s.name, _field_type(s), field(default=s.default))
                                         for s in SETTINGS], frozen=True)


@dataclass(frozen=True)
class ClinicConfig(_Settings):  # type: ignore[misc, valid-type]
    """Everything the writers need to know about the clinic and the print/audio settings:
    the clinic.yaml settings of SETTINGS, then what the other settings files give."""

    pronunciations: tuple[tuple[str, str], ...] = ()  # term → spoken form, project-wide
    labels: ClinicLabels = ()  # handouts/labels/<lang>.yaml: the clinic's own fixed words

    def labels_for(self, lang: str) -> Labels:
        """The fixed words in ``lang``: the clinic's labels, the built-in ones, then English."""
        return _labels_for(lang, self.labels)

    def web_labels_for(self, lang: str) -> WebLabels:
        """The web page's fixed words in ``lang``, as ``labels_for``."""
        return _web_labels_for(lang, self.labels)

    @property
    def phone_href(self) -> str | None:
        """The clinic's phone as a tel: link, "+1…" when the country is known."""
        return tel_href(self.phone, self.country) if self.phone else None

    def after_hours_for(self, lang: str) -> str | None:
        """What to do when the clinic is closed, in ``lang`` (tag, then primary subtag)."""
        return _for_language(self.after_hours, lang)

    def help_contact(self, meta: Meta) -> HelpContact:
        """The clinic's phone and after-hours advice, as every "Get help now" box of the
        handout ``meta`` heads prints and says them: its own ``after_hours:`` line in its
        language wins over clinic.yaml's."""
        lang = meta.lang
        after_hours = _for_language(meta.after_hours, lang) or self.after_hours_for(lang)
        return HelpContact(self.name, self.phone, self.phone_href, after_hours)

    def voice_for(self, lang: str) -> str | None:
        """The voice engine for a language tag: clinic.yaml first (the tag, its language and
        region, its language), then the defaults; None when no offline engine reads it."""
        return lookup(dict(self.voices), lang) or default_voice(lang)


def _for_language(texts: tuple[tuple[str, str], ...], lang: str) -> str | None:
    """The text for ``lang`` among tag → text pairs: the tag, its primary subtag, then "*"."""
    by_tag = {key.lower(): text for key, text in texts}
    return by_tag.get(lang.lower(), by_tag.get(primary_language(lang), by_tag.get("*")))


def load_config(handouts_dir: Path) -> ClinicConfig:
    """Read clinic.yaml, pronunciations.yaml and labels/<lang>.yaml (all optional) by the
    handouts' rules (regular files inside the folder, size limits, no hidden characters);
    report every problem at once."""
    problems: list[Problem] = []
    clinic_path = handouts_dir / CLINIC_FILE
    clinic = read_mapping(clinic_path, handouts_dir, problems)
    spoken = read_mapping(handouts_dir / PRONUNCIATIONS_FILE, handouts_dir, problems,
                          MAX_PRONUNCIATIONS_BYTES)
    settings = _clinic_settings(clinic_path, clinic, handouts_dir, problems) if clinic else {}
    if clinic and settings.get("phone") and settings.get("country"):
        _check_phone(clinic_path, clinic, settings["phone"], settings["country"], problems)
    pronunciations = _pronunciations(handouts_dir / PRONUNCIATIONS_FILE, spoken, problems) \
        if spoken else ()
    labels = load_clinic_labels(handouts_dir, problems)
    if problems:
        raise ConfigError(problems)
    return ClinicConfig(**settings, pronunciations=pronunciations, labels=labels)


def _clinic_settings(path: Path, doc: YamlMapping, handouts_dir: Path,
                     problems: list[Problem]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for key, value in doc.data.items():
        line = doc.line_of(key, 1)
        setting = _BY_NAME.get(key)
        if setting is None:
            known = ", ".join(_BY_NAME)
            problems.append(Problem(path, line, f"unknown setting '{key}'", f"use one of: {known}"))
            continue
        if value is None or isinstance(value, bool) or not isinstance(value, setting.kinds):
            problems.append(Problem(path, line, f"'{key}' has the wrong kind of value",
                                    setting.hint))
            continue
        checked = setting.check(value, handouts_dir)
        if checked is None:
            problems.append(Problem(path, line, f"'{key}: {_shown(value)}' is not allowed",
                                    setting.hint))
        else:
            settings[key] = checked
    return settings


def _shown(value: Any) -> str:
    """The value as the error shows it: at most 60 characters, invisible ones spelled out
    ("555\\u200f-0134"), so the message shows what is wrong."""
    text = repr(value) if isinstance(value, dict) else str(value)
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c)[0] == "C" else c
                   for c in text[:60])


def _check_phone(path: Path, doc: YamlMapping, phone: str, country: str,
                 problems: list[Problem]) -> None:
    problem = phone_problem(phone, country)
    if problem:
        problems.append(Problem(path, doc.line_of("phone", 1), f"the phone number {problem}",
                                "write it as people dial it in your country, with the area "
                                "code, e.g. 'phone: \"(555) 555-0134\"'"))


def _pronunciations(path: Path, doc: YamlMapping, problems: list[Problem]
                    ) -> tuple[tuple[str, str], ...]:
    pairs = []
    for term, spoken in doc.data.items():
        if not isinstance(spoken, str | int | float) or isinstance(spoken, bool):
            problems.append(Problem(path, doc.line_of(term, 1), f"'{term}' needs a spoken form",
                                    f"write it as '{term}: how to say it'"))
        else:
            pairs.append((term, str(spoken)))
    return tuple(pairs)
