"""The voice catalogue: the speech engines by name, and which offline voice reads a language
tag (Kokoro, piper or espeak-ng, or none at all).

Plain data and lookups, no engine loaded, so settings and checks can ask cheaply. A tag is
looked up as written, then as language-region, then as its primary language, so `zh-Hant-HK`
finds `zh-HK` (Cantonese) and `pt-BR` finds Brazilian Portuguese before `pt`.

    en, es, fr, pt-BR, it, hi → Kokoro (espeak-ng phonemes); piper (joe) for en on request
    zh, zh-Hans, zh-Hant → Kokoro (misaki's Mandarin phonemes)
    ja → Kokoro (misaki's Japanese phonemes over pyopenjtalk-plus)
    zh-HK, zh-MO, yue → espeak-ng yue (Cantonese: no Kokoro speaker)
    vi, ar, ru, ko, ht, pl, fa, ur, pa, bn, ro, uk, he, am, pt … → espeak-ng
    tl, fil, so … → none: no offline engine here reads them (espeak-ng has no Tagalog)

It also says who reads (`reader`), how well a recogniser understood each voice (`HEARD`,
from bench/BENCHMARKS.md) and which voices it found hard to follow (`hard_to_follow`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from handoutkit.language import fallbacks, primary_language

logger = logging.getLogger(__name__)

# Each engine by the name a clinic writes in clinic.yaml (`voices: {es: kokoro}`), as
# "module:Class" in speech/engines/, imported only when a reading needs it (kokoro-onnx and
# piper take a while to load). A new engine is one module there and one line here.
ENGINES: dict[str, str] = {
    "piper": "handoutkit.speech.engines.piper:PiperEngine",  # offline neural; English (joe)
    "kokoro": "handoutkit.speech.engines.kokoro:KokoroEngine",  # offline neural; Apache-2.0
    "espeak-ng": "handoutkit.speech.engines.espeak:EspeakEngine",  # offline formant
    "gtts": "handoutkit.speech.engines.gtts:GttsEngine",  # Google's voice; needs the internet
}

T = TypeVar("T")


@dataclass(frozen=True)
class KokoroLanguage:
    """How Kokoro reads one language: phonemes, a speaker, its natural pace."""

    phonemes: str  # espeak-ng language for the phonemes ("es-419"), or "misaki-zh"
    voice: str  # default speaker, e.g. "ef_dora"
    natural_wpm: float  # words a minute inside sentences at speed 1.0 (speech/pace.py)


MISAKI_ZH = "misaki-zh"  # Mandarin phonemes from misaki's G2P, as Kokoro was trained on
MISAKI_JA = "misaki-ja"  # Japanese phonemes from misaki's G2P over pyopenjtalk-plus
# Paces from bench/bench_voices.py, fitted so that 160 words a minute comes out at 160 (a
# speed factor does not scale the pace exactly: pauses at commas and sentence ends stay).
# fr, pt-BR, it, hi, zh: `bench_voices.py --languages` read the fixtures asked for 160 at a
# first guess of 190 and measured 162, 164, 160, 121 and 175; each was scaled by that, and a
# second run measured 159, 160, 160, 150 and 145: Kokoro's Hindi and Chinese pace does not
# follow the speed factor in proportion, so those two are set between the two runs
# (linear in the speed factor), not measured again.
# en: bench_voices.py measured af_heart at 156 asked for 160 at 204, so 204 × 156 / 160.
# ja: three health sentences read at speed 1.0 measured 157.8 (kanji and kana 2.3 to a word,
# speech/pace.py), and 159 asked for 160 at that; at speed 0.8 Whisper heard twice the kana
# wrong (16 % against 8 %), so Japanese is read near Kokoro's own pace.
# Mandarin's and Japanese "words" are characters scaled to English words (speech/pace.py).
KOKORO_LANGUAGES: dict[str, KokoroLanguage] = {
    "es": KokoroLanguage("es-419", "ef_dora", 198.0),
    "es-ES": KokoroLanguage("es", "ef_dora", 198.0),
    "en": KokoroLanguage("en-us", "af_heart", 198.9),
    "en-GB": KokoroLanguage("en-gb", "bf_emma", 204.0),
    "fr": KokoroLanguage("fr-fr", "ff_siwis", 192.4),
    "pt-BR": KokoroLanguage("pt-br", "pf_dora", 194.8),
    "it": KokoroLanguage("it", "if_sara", 190.0),
    "hi": KokoroLanguage("hi", "hf_alpha", 132.7),
    "zh": KokoroLanguage(MISAKI_ZH, "zf_xiaoxiao", 198.5),
    "ja": KokoroLanguage(MISAKI_JA, "jf_alpha", 157.8),
}
# Defaults where the best voice is not espeak-ng (the clinic's `voices:` come first). English
# is Kokoro, whose licence allows commercial use; piper (joe) is faster but was fine-tuned
# from the lessac voice, whose corpus restricts commercial synthesis (README, "Voices").
DEFAULT_VOICES: dict[str, str] = {
    "en": "kokoro", "ja": "kokoro", "es": "kokoro", "fr": "kokoro", "pt-BR": "kokoro",
    "it": "kokoro", "hi": "kokoro", "zh": "kokoro", "zh-HK": "espeak-ng", "zh-MO": "espeak-ng",
}  # fmt: skip
# espeak-ng's voice for a tag, where it is not the primary subtag itself.
ESPEAK_NAMES: dict[str, str] = {
    "es": "es-419", "es-ES": "es", "zh": "cmn", "zh-HK": "yue", "zh-MO": "yue", "pt-BR": "pt-br",
}  # fmt: skip
# The languages of Debian's espeak-ng 1.51 (`espeak-ng --voices`; tests/test_voices.py
# checks this list against the installed one), less "ja", which says kanji as "Chinese
# letter", and its Klingon, Quenya, Sindarin, Lojban and other invented ones.
ESPEAK_LANGUAGES = frozenset({
    "af", "am", "an", "ar", "as", "az", "ba", "be", "bg", "bn", "bpy", "bs", "ca", "chr",
    "cmn", "cs", "cv", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr",
    "ga", "gd", "gn", "gu", "hak", "haw", "he", "hi", "hr", "ht", "hu", "hy", "hyw", "ia",
    "id", "io", "is", "it", "ka", "kk", "kl", "kn", "ko", "kok", "ku", "ky", "la", "lb", "lfn",
    "lt", "ltg", "lv", "mi", "mk", "ml", "mr", "ms", "mt", "my", "nb", "nci", "ne", "nl",
    "nog", "om", "or", "pa", "pap", "pl", "pt", "qu", "quc", "ro", "ru", "sd", "shn", "si",
    "sk", "sl", "smj", "sq", "sr", "sv", "sw", "ta", "te", "th", "tk", "tn", "tr", "tt", "ug",
    "uk", "ur", "uz", "vi", "yue",
})


def lookup(table: Mapping[str, T], tag: str) -> T | None:
    """The entry for the tag's most specific fallback the table holds, else None."""
    return next((table[c] for c in fallbacks(tag) if c in table), None)


def kokoro_language(tag: str) -> KokoroLanguage | None:
    """Kokoro's reading settings for a tag, or None where it has no speaker."""
    return lookup(KOKORO_LANGUAGES, tag)


def espeak_voice(tag: str) -> str | None:
    """espeak-ng's voice for a tag ("pt-BR" → "pt-br", "zh-HK" → "yue"), None if it has none."""
    named = lookup(ESPEAK_NAMES, tag)
    if named:
        return named
    primary = primary_language(tag)
    return primary if primary in ESPEAK_LANGUAGES else None


def default_voice(tag: str) -> str | None:
    """The engine that reads a tag by default: piper, kokoro or espeak-ng; None if none can."""
    chosen = lookup(DEFAULT_VOICES, tag)
    if chosen:
        return chosen
    return "espeak-ng" if espeak_voice(tag) else None


def missing_voice(lang: str, voice: str | None, recorded: bool = False) -> str | None:
    """What a handout in ``lang`` misses for its recording, for the check: no voice at all
    (``voice`` is what the settings chose: None for none), or only one a recogniser found
    hard to follow; None when its voice is fine or a person ``recorded`` it."""
    if recorded:
        return None
    if voice is None:
        return ("no offline voice, so no recording (its page says so) — have a person record "
                f"it from its narrator's script (build/narrator/), or `voices: {{{lang}: "
                "gtts}` in handouts/clinic.yaml reads it with Google's online voice")
    speaker = reader(voice, lang)
    heard = hard_to_follow(speaker, lang)
    if heard is None:
        return None
    return (f"its voice, {speaker.engine} {speaker.voice}, is hard to follow (a recogniser's "
            f"{heard.unit} error rate on it was {heard.error:.0%}, bench/BENCHMARKS.md "
            f"{heard.measured}), so its page says the recording is "
            f"computer-read and may be hard to follow — have a person record it from its "
            f"narrator's script (build/narrator/), or `voices: {{{lang}: gtts}}` reads it "
            "with Google's online voice")


# ---- who reads: the engine and speaker a listener is told of --------------------------

# Each engine's name as a listener is told it, and its licence and training-data facts.
ENGINE_NAMES = {"kokoro": "Kokoro", "piper": "Piper", "espeak-ng": "eSpeak NG",
                "gtts": "Google Translate"}
LICENCES = {
    "kokoro": ("Apache-2.0 model and speakers (Kokoro-82M; ONNX export MIT); its model card "
               "says it was trained on permissive audio only (public domain, Apache- or "
               "MIT-licensed, synthetic): commercial use allowed"),
    "piper": ("piper-tts GPL-3.0; joe's recordings CC0, but the voice was fine-tuned from "
              "lessac, whose corpus licence restricts commercial voice synthesis: have its "
              "licence read before commercial use"),
    "espeak-ng": ("GPL-3.0; a formant voice made from written rules, no recorded speech; "
                  "the recordings carry no licence"),
    "gtts": "Google's terms of service; online only, never a default",
}
# A speaker where the engine has one voice per language, or none to choose.
FIXED_SPEAKERS = {"piper": "joe-us", "gtts": "Google"}


@dataclass(frozen=True)
class Reader:
    """The computer voice that reads a recording: its engine and speaker."""

    key: str  # as written in clinic.yaml: "kokoro", "espeak-ng", …
    engine: str  # as a listener is told it: "Kokoro"
    voice: str  # the speaker: "af_heart", "ar", "joe-us"

    def __str__(self) -> str:
        return f"{self.engine}, {self.voice}" if self.voice else self.engine


def reader(choice: str, tag: str) -> Reader:
    """Who reads ``tag`` when the settings choose ``choice`` ("kokoro" or "kokoro:am_adam")."""
    key, _, voice = choice.partition(":")
    if not voice and key == "kokoro":
        found = kokoro_language(tag)
        voice = found.voice if found else ""
    elif not voice and key == "espeak-ng":
        voice = espeak_voice(tag) or primary_language(tag)
    return Reader(key, ENGINE_NAMES.get(key, key), voice or FIXED_SPEAKERS.get(key, ""))


# ---- how well a recogniser understood each voice ---------------------------------------


@dataclass(frozen=True)
class Heard:
    """What Whisper base heard of a voice reading the project's texts (bench/BENCHMARKS.md)."""

    error: float  # share of words (zh, ja: characters) misheard; above 1 where it looped
    unit: str  # "word", "character" or "kana character"
    text: str  # what was read
    measured: str  # the date of the run


_SAMPLE, _FIXTURE = "the English sample", "the heat fixture"
_BENCH = "2026-12-01"  # bench_voices.py and its --languages run, bench/BENCHMARKS.md
# (language, "engine:speaker") → what was heard. Spanish read three handouts; every other
# language the heat-safety fixture (tests/fixtures/languages/, tests/fixtures/voices/).
HEARD: dict[tuple[str, str], Heard] = {
    ("en", "kokoro:af_heart"): Heard(0.043, "word", _SAMPLE, _BENCH),
    ("en", "piper:joe-us"): Heard(0.069, "word", _SAMPLE, _BENCH),
    ("es", "kokoro:ef_dora"): Heard(0.061, "word", "three Spanish handouts", _BENCH),
    ("es", "kokoro:em_alex"): Heard(0.075, "word", "three Spanish handouts", _BENCH),
    ("es", "espeak-ng:es-419"): Heard(0.346, "word", "three Spanish handouts", _BENCH),
    ("fr", "kokoro:ff_siwis"): Heard(0.200, "word", _FIXTURE, _BENCH),
    ("fr", "espeak-ng:fr"): Heard(0.970, "word", _FIXTURE, _BENCH),
    ("pt-BR", "kokoro:pf_dora"): Heard(0.160, "word", _FIXTURE, _BENCH),
    ("pt-BR", "espeak-ng:pt-br"): Heard(1.473, "word", _FIXTURE, _BENCH),
    ("it", "kokoro:if_sara"): Heard(0.193, "word", _FIXTURE, _BENCH),
    ("zh-Hans", "kokoro:zf_xiaoxiao"): Heard(0.344, "character", _FIXTURE, _BENCH),
    ("zh-Hant", "kokoro:zf_xiaoxiao"): Heard(0.286, "character", _FIXTURE, _BENCH),
    ("zh-Hans", "espeak-ng:cmn"): Heard(2.463, "character", _FIXTURE, _BENCH),
    ("ar", "espeak-ng:ar"): Heard(1.234, "word", _FIXTURE, _BENCH),
    ("ht", "espeak-ng:ht"): Heard(1.298, "word", _FIXTURE, _BENCH),
    ("ko", "espeak-ng:ko"): Heard(1.600, "word", _FIXTURE, _BENCH),
    ("ru", "espeak-ng:ru"): Heard(0.949, "word", _FIXTURE, _BENCH),
    ("vi", "espeak-ng:vi"): Heard(0.593, "word", _FIXTURE, _BENCH),
    # Kana read back through OpenJTalk on both sides, the heat fixture heard sentence by
    # sentence (bench_voices.py --cues ja; README, "Japanese"; three sentences alone: 8.1 %).
    ("ja", "kokoro:jf_alpha"): Heard(0.327, "kana character", "the heat fixture, sentence by "
                                     "sentence", "2026-12-07"),
}
# Hindi is left out: Whisper base's Hindi is too weak for its 96 % to say anything of the
# voice (bench/BENCHMARKS.md). Above this share misheard, a voice is hard to follow: every
# espeak-ng voice measured but Spanish's (ar, ht, ko, ru, vi; fr, pt-BR, cmn where chosen).
HARD_TO_FOLLOW = 0.5


def heard(speaker: Reader, tag: str) -> Heard | None:
    """The measurement of ``speaker`` reading ``tag``'s language, if there is one."""
    key = f"{speaker.key}:{speaker.voice}"
    return next((HEARD[c, key] for c in fallbacks(tag) if (c, key) in HEARD), None)


def hard_to_follow(speaker: Reader, tag: str) -> Heard | None:
    """The measurement that found ``speaker`` hard to follow in ``tag``, else None."""
    found = heard(speaker, tag)
    return found if found and found.error > HARD_TO_FOLLOW else None
