"""The voice catalogue: the speech engines by name, and which offline voice reads a language
tag (Kokoro, piper or espeak-ng, or none at all).

Plain data and lookups, no engine loaded, so settings and checks can ask cheaply. A tag is
looked up as written, then as language-region, then as its primary language, so `zh-Hant-HK`
finds `zh-HK` (Cantonese) and `pt-BR` finds Brazilian Portuguese before `pt`.

    en → piper (joe-us)           es, fr, pt-BR, it, hi → Kokoro (espeak-ng phonemes)
    zh, zh-Hans, zh-Hant → Kokoro (misaki's Mandarin phonemes)
    zh-HK, zh-MO, yue → espeak-ng yue (Cantonese: no Kokoro speaker)
    vi, ar, ru, ko, ht, pl, fa, ur, pa, bn, ro, uk, he, am, pt … → espeak-ng
    tl, fil, ja → none: no offline engine here reads them (espeak-ng has no Tagalog, and
                  reads Japanese kana but says each kanji as "Chinese letter")
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
# Paces from bench/bench_voices.py, fitted so that 160 words a minute comes out at 160 (a
# speed factor does not scale the pace exactly: pauses at commas and sentence ends stay).
# fr, pt-BR, it, hi, zh: `bench_voices.py --languages` read the fixtures asked for 160 at a
# first guess of 190 and measured 162, 164, 160, 121 and 175; each was scaled by that, and a
# second run measured 159, 160, 160, 150 and 145: Kokoro's Hindi and Chinese pace does not
# follow the speed factor in proportion, so those two are set between the two runs
# (linear in the speed factor), not measured again.
# Mandarin's "words" are characters scaled to English words (speech/pace.py).
KOKORO_LANGUAGES: dict[str, KokoroLanguage] = {
    "es": KokoroLanguage("es-419", "ef_dora", 198.0),
    "es-ES": KokoroLanguage("es", "ef_dora", 198.0),
    "en": KokoroLanguage("en-us", "af_heart", 204.0),
    "en-GB": KokoroLanguage("en-gb", "bf_emma", 204.0),
    "fr": KokoroLanguage("fr-fr", "ff_siwis", 192.4),
    "pt-BR": KokoroLanguage("pt-br", "pf_dora", 194.8),
    "it": KokoroLanguage("it", "if_sara", 190.0),
    "hi": KokoroLanguage("hi", "hf_alpha", 132.7),
    "zh": KokoroLanguage(MISAKI_ZH, "zf_xiaoxiao", 198.5),
}
# Defaults where the best voice is not espeak-ng (the clinic's `voices:` come first).
DEFAULT_VOICES: dict[str, str] = {
    "en": "piper", "es": "kokoro", "fr": "kokoro", "pt-BR": "kokoro", "it": "kokoro",
    "hi": "kokoro", "zh": "kokoro", "zh-HK": "espeak-ng", "zh-MO": "espeak-ng",
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


def missing_voice(lang: str, voice: str | None) -> str | None:
    """What a handout in ``lang`` misses when no voice reads it (``voice`` is what the settings
    chose for it: None for none), for the check."""
    if voice is not None:
        return None
    return (f"no offline voice, so no recording (its page says so) — `voices: {{{lang}: gtts}}` "
            "in handouts/clinic.yaml reads it with Google's online voice")
