"""Project settings: clinic.yaml, pronunciations.yaml and labels/, read once into a ClinicConfig."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
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
from handoutkit.reader.limits import DEFAULT_RATE, RATE_HINT, RATES
from handoutkit.reader.phone import known_country, phone_problem, tel_href
from handoutkit.reader.urgent import HelpContact
from handoutkit.reader.yamldoc import YamlMapping, YamlSyntax, parse_mapping
from handoutkit.speech.voices import DEFAULT_VOICES as DEFAULT_VOICES  # the defaults per tag
from handoutkit.speech.voices import default_voice, lookup

logger = logging.getLogger(__name__)

CLINIC_FILE = "clinic.yaml"
PRONUNCIATIONS_FILE = "pronunciations.yaml"
PAPER_SIZES = ("A4", "Letter")
PRINT_SIZES = range(18, 33)  # points; 18 is large print, 24 extra-large
VOICE_ENGINES = ("piper", "espeak-ng", "gtts", "kokoro")


@dataclass(frozen=True)
class ClinicConfig:
    """Everything the writers need to know about the clinic and the print/audio settings."""

    name: str = "Your clinic"
    phone: str | None = None
    web: str | None = None
    logo: Path | None = None  # absolute path inside the handouts folder
    paper: str = "A4"  # "A4" or "Letter"
    print_size: int = 18  # body text size in points
    audio_base_url: str | None = None  # where the web pages are published, for the QR code
    reading_grade: float = 6.0  # warn above this Flesch–Kincaid grade
    voices: tuple[tuple[str, str], ...] = ()  # language → "engine" or "engine:voice"
    speech_rate: int = DEFAULT_RATE  # words a minute while the voice speaks
    pronunciations: tuple[tuple[str, str], ...] = ()  # term → spoken form, project-wide
    after_hours: tuple[tuple[str, str], ...] = ()  # language → what to do when closed ("*": all)
    country: str | None = None  # ISO 3166 code ("US"): gives tel: links their country code
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
        return _pick(self.after_hours, lang)

    def help_contact(self, meta: Meta) -> HelpContact:
        """The clinic's phone and after-hours advice, as every "Get help now" box of the
        handout ``meta`` heads prints and says them: its own ``after_hours:`` line in its
        language wins over clinic.yaml's."""
        after_hours = _pick(meta.after_hours, meta.lang) or self.after_hours_for(meta.lang)
        return HelpContact(self.name, self.phone, self.phone_href, after_hours)

    def voice_for(self, lang: str) -> str | None:
        """The voice engine for a language tag: clinic.yaml first (the tag, its language and
        region, its language), then the defaults; None when no offline engine reads it."""
        return lookup(dict(self.voices), lang) or default_voice(lang)


def _pick(texts: tuple[tuple[str, str], ...], lang: str) -> str | None:
    """The text for ``lang`` among tag → text pairs: the tag, its primary subtag, then "*"."""
    by_tag = {key.lower(): text for key, text in texts}
    return by_tag.get(lang.lower(), by_tag.get(primary_language(lang), by_tag.get("*")))


def load_config(handouts_dir: Path) -> ClinicConfig:
    """Read clinic.yaml, pronunciations.yaml and labels/<lang>.yaml (all optional); report
    every problem at once."""
    problems: list[Problem] = []
    clinic = _read(handouts_dir / CLINIC_FILE, problems)
    spoken = _read(handouts_dir / PRONUNCIATIONS_FILE, problems)
    settings = _clinic_settings(clinic, handouts_dir, problems) if clinic else {}
    if clinic and settings.get("phone") and settings.get("country"):
        _check_phone(clinic, settings["phone"], settings["country"], problems)
    pronunciations = _pronunciations(spoken, problems) if spoken else ()
    labels = load_clinic_labels(handouts_dir, problems)
    if problems:
        raise ConfigError(problems)
    return ClinicConfig(**settings, pronunciations=pronunciations, labels=labels)


def _read(path: Path, problems: list[Problem]) -> tuple[Path, YamlMapping] | None:
    if not path.is_file():
        return None
    try:
        return path, parse_mapping(path.read_text(encoding="utf-8"), path)
    except UnicodeDecodeError:
        problems.append(Problem(path, 1, "file is not UTF-8 text", "save it as UTF-8"))
    except YamlSyntax as exc:
        problems.append(exc.problem)
    return None


_CHECKS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "name": (str, "write the clinic's name, e.g. 'name: Riverside Family Clinic'"),
    "phone": ((str, int), "write the phone number in quotes, e.g. 'phone: \"555-0134\"'"),
    "web": (str, "write the web address, e.g. 'web: https://clinic.example'"),
    "logo": (str, "give the logo file's path inside the handouts folder"),
    "paper": (str, "use 'paper: A4' or 'paper: Letter'"),
    "print_size": (int, "use 'print_size: 18' (large print) or 'print_size: 24' (extra large)"),
    "audio_base_url": (str, "write the web address the handouts are published under"),
    "reading_grade": ((int, float), "use a school grade, e.g. 'reading_grade: 6'"),
    "voices": (dict, "pick piper, kokoro, espeak-ng or gtts per language, e.g. "
               "'voices: {en: piper, es: kokoro}' or 'es: kokoro:ef_dora' for another speaker"),
    "after_hours": ((str, dict), "write one line of text, or one per language: "
                    "'after_hours: {en: \"If we are closed, …\", es: \"Si estamos cerrados, …\"}'"),
    "country": (str, "use the two-letter country code, e.g. 'country: US'"),
    "speech_rate": (int, RATE_HINT),
}


def _clinic_settings(
    found: tuple[Path, YamlMapping], handouts_dir: Path, problems: list[Problem]
) -> dict[str, Any]:
    path, doc = found
    settings: dict[str, Any] = {}
    for key, value in doc.data.items():
        line = doc.line_of(key, 1)
        if key not in _CHECKS:
            known = ", ".join(_CHECKS)
            problems.append(Problem(path, line, f"unknown setting '{key}'", f"use one of: {known}"))
            continue
        kind, hint = _CHECKS[key]
        if value is None or isinstance(value, bool) or not isinstance(value, kind):
            problems.append(Problem(path, line, f"'{key}' has the wrong kind of value", hint))
            continue
        checked = _check_value(key, value, handouts_dir)
        if checked is None:
            problems.append(Problem(path, line, f"'{key}: {value}' is not allowed", hint))
        else:
            settings[key] = checked
    return settings


def _check_value(key: str, value: Any, handouts_dir: Path) -> Any | None:
    """The setting in its typed form, or None when the value is out of range."""
    match key:
        case "paper":
            return next((p for p in PAPER_SIZES if p.lower() == value.lower()), None)
        case "print_size":
            return value if value in PRINT_SIZES else None
        case "speech_rate":
            return value if value in RATES else None
        case "phone":
            return str(value)
        case "web" | "audio_base_url":
            return value if re.match(r"https?://[^\s]+$", value) else None
        case "logo":
            logo = (handouts_dir / value).resolve()
            return logo if is_inside(logo, handouts_dir) and logo.is_file() else None
        case "country":
            return known_country(value)
        case "after_hours":
            return after_hours_texts(value)
        case "voices":
            pairs = tuple((str(k), str(v)) for k, v in value.items())
            known = all(v.partition(":")[0] in VOICE_ENGINES for _, v in pairs)
            return pairs if known else None
        case _:
            return value


def _check_phone(found: tuple[Path, YamlMapping], phone: str, country: str,
                 problems: list[Problem]) -> None:
    path, doc = found
    problem = phone_problem(phone, country)
    if problem:
        problems.append(Problem(path, doc.line_of("phone", 1), f"the phone number {problem}",
                                "write it as people dial it in your country, with the area "
                                "code, e.g. 'phone: \"(555) 555-0134\"'"))


def _pronunciations(
    found: tuple[Path, YamlMapping], problems: list[Problem]
) -> tuple[tuple[str, str], ...]:
    path, doc = found
    pairs = []
    for term, spoken in doc.data.items():
        if not isinstance(spoken, str | int | float) or isinstance(spoken, bool):
            problems.append(Problem(path, doc.line_of(term, 1), f"'{term}' needs a spoken form",
                                    f"write it as '{term}: how to say it'"))
        else:
            pairs.append((term, str(spoken)))
    return tuple(pairs)
