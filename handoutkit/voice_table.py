"""`handoutkit voices`: which voice reads each language, its licence, and how well it is heard."""

from __future__ import annotations

from collections.abc import Iterable

from handoutkit.config import ClinicConfig
from handoutkit.labels import builtin_languages
from handoutkit.voices import (
    DEFAULT_VOICES,
    HARD_TO_FOLLOW,
    HEARD,
    KOKORO_LANGUAGES,
    LICENCES,
    hard_to_follow,
    heard,
    reader,
)

# Languages a clinic is told of besides those with built-in labels or a measurement.
MORE = ("it", "tl", "so")
NONE_HINT = ("no offline voice: write `voices: {{{lang}: gtts}}` (Google's online voice), "
             "or have a person record it from build/narrator/ (README, \"A person's voice\")")
HARD_HINT = ("hard to follow: a person's recording from build/narrator/, or `voices: "
             "{{{lang}: gtts}}` online")
UNMEASURED_HINT = "not measured: listen to a reading before relying on it"
# Languages whose natural voice exists but cannot be installed from a package registry
# (README, "Voices in every language"): what the clinic is told to do instead.
NO_NATURAL = ("{heard}no natural voice installs offline (RHVoice, which reads {name} well, is "
              "in no package registry as a program: README) — a person's recording from "
              "build/narrator/, or `voices: {{{lang}: gtts}}` online")
NO_NATURAL_NAMES = {"ru": "Russian", "uk": "Ukrainian"}
SHORT_LICENCES = {"kokoro": "Apache-2.0", "piper": "GPL-3.0; joe: lessac's terms (below)",
                  "espeak-ng": "GPL-3.0", "gtts": "Google's terms"}


def languages(config: ClinicConfig, asked: Iterable[str] = ()) -> list[str]:
    """The tags listed: those asked for, else every one the project knows something of."""
    chosen = list(dict.fromkeys(asked))
    if chosen:
        return chosen
    known = {*builtin_languages(), *KOKORO_LANGUAGES, *DEFAULT_VOICES, *MORE,
             *(lang for lang, _ in HEARD), *(lang for lang, _ in config.voices)}
    return sorted(known)


def row(config: ClinicConfig, lang: str) -> str:
    """One language's line of the table."""
    choice = config.voice_for(lang)
    if choice is None:
        return f"| `{lang}` | none | | | | {NONE_HINT.format(lang=lang)} |"
    speaker = reader(choice, lang)
    found = heard(speaker, lang)
    measured = (f"{found.error:.1%} of {found.unit}s misheard ({found.text}, {found.measured})"
                if found else "not measured")
    note = (HARD_HINT.format(lang=lang) if hard_to_follow(speaker, lang)
            else "" if found else UNMEASURED_HINT)
    if lang in NO_NATURAL_NAMES and speaker.key == "espeak-ng":
        heard_as = ("hard to follow; " if hard_to_follow(speaker, lang)
                    else "" if found else "not measured; ")
        note = NO_NATURAL.format(heard=heard_as, name=NO_NATURAL_NAMES[lang], lang=lang)
    licence = SHORT_LICENCES.get(speaker.key, "")
    return (f"| `{lang}` | {speaker.engine} | {speaker.voice} | {licence} | {measured} "
            f"| {note} |")


def table(config: ClinicConfig, asked: Iterable[str] = ()) -> str:
    """The voices table with the engines' licences under it (Markdown, read as plain text)."""
    lines = ["| language | engine | voice | licence | heard by Whisper base | what to do |",
             "|---|---|---|---|---|---|"]
    lines += [row(config, lang) for lang in languages(config, asked)]
    lines += ["", "Licences and training data:", ""]
    lines += [f"- {key}: {text}." for key, text in LICENCES.items()]
    lines += ["", f"Misheard: Whisper base's word (zh, ja: character) error rate on the "
              "project's texts, from bench/BENCHMARKS.md; above 100 % where it looped on a "
              f"formant voice. Above {HARD_TO_FOLLOW:.0%} a voice counts as hard to follow: "
              "the build warns and the page tells the patient. Any other language espeak-ng "
              "has (about 100) reads with espeak-ng, not measured."]
    return "\n".join(lines)
