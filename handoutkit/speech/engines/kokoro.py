"""The Kokoro-82M neural voice (Apache-2.0) through kokoro-onnx: offline, several languages.

Kokoro reads phonemes that espeak-ng makes (kokoro-onnx ships its own espeak-ng library and
data), so the language picks espeak-ng's phoneme set and a speaker that was trained on it
(voices.py lists them): Spanish is read with Latin American phonemes (`es-419`:
"cinco" with an s) by `ef_dora`, except `es-ES`, which keeps Spain's; French by `ff_siwis`,
Brazilian Portuguese by `pf_dora`, Italian by `if_sara`, Hindi by `hf_alpha`. Mandarin was
trained on misaki's phonemes instead (mandarin.py), read by `zf_xiaoxiao`, and so was
Japanese (japanese.py, over OpenJTalk), read by `jf_alpha`; English by `af_heart`. The model and
the speakers come from
`kokoro_files.py`, made once by `make setup`; nothing is downloaded here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import numpy as np
import onnxruntime

from handoutkit import voices
from handoutkit.errors import OutputError
from handoutkit.speech import japanese, kokoro_files, mandarin
from handoutkit.speech.engines.base import checked, package_version, short
from handoutkit.speech.pcm import Pcm, resample
from handoutkit.voices import MISAKI_JA, MISAKI_ZH, KokoroLanguage

if TYPE_CHECKING:
    from kokoro_onnx import Kokoro

logger = logging.getLogger(__name__)

OUTPUT_RATE = 22_050  # Kokoro speaks at 24 kHz; the readings are 22 050 Hz, as piper's
DEFAULT_WPM = 160  # words a minute while speaking (STANDARDS: 150-160 for patients)
SPEED_RANGE = (0.5, 2.0)  # what kokoro-onnx accepts


def kokoro_language(lang: str) -> KokoroLanguage:
    """The reading settings for a BCP-47 tag: the tag, its language-region, its language."""
    found = voices.kokoro_language(lang)
    if found is None:
        known = ", ".join(sorted(voices.KOKORO_LANGUAGES))
        raise OutputError(f"Kokoro cannot read language {lang!r} — it reads {known}; choose "
                          f"`voices: {{{lang}: espeak-ng}}` in handouts/clinic.yaml")
    return found


class KokoroEngine:
    """Kokoro on a one-thread ONNX session; the same text gives the same samples."""

    name: ClassVar[str] = "kokoro"
    parallel: ClassVar[bool] = True

    def __init__(self, lang: str = "es", voice: str | None = None,
                 words_per_minute: int = DEFAULT_WPM, models: Path | None = None) -> None:
        self.language = kokoro_language(lang)
        self.models = models or kokoro_files.SHARE  # where jieba keeps its cache (Mandarin)
        self.voice = voice or self.language.voice
        self.words_per_minute = words_per_minute
        self.speed = _speed(words_per_minute, self.language.natural_wpm)
        self._loaded: Kokoro | None = None  # loaded on first use

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> KokoroEngine:
        return cls(lang, voice, words_per_minute=rate, models=models)

    def identity(self) -> str:
        return (f"kokoro:{self.voice}:{self.language.phonemes}:{self.words_per_minute} wpm"
                f":kokoro-onnx {package_version('kokoro-onnx')}"
                f":espeakng-loader {package_version('espeakng-loader')}{self._g2p()}"
                f":model {kokoro_files.MODEL_SHA256}:voices {kokoro_files.VOICES_SHA256}")

    def synthesize(self, text: str) -> Pcm:
        kokoro = self._kokoro()
        try:
            if self.language.phonemes in (MISAKI_ZH, MISAKI_JA):
                samples, rate = kokoro.create(self._phonemes(text, kokoro), voice=self.voice,
                                              speed=self.speed, is_phonemes=True)
            else:
                samples, rate = kokoro.create(text, voice=self.voice, speed=self.speed,
                                              lang=self.language.phonemes)
        except Exception as error:  # kokoro-onnx, phonemizer and onnxruntime raise many types
            raise OutputError(f"kokoro could not speak {short(text)}: {error}") from error
        pcm = resample(Pcm(np.asarray(samples, dtype=np.float32), int(rate)), OUTPUT_RATE)
        return checked(pcm, self.name, text)

    def _phonemes(self, text: str, kokoro: Kokoro) -> str:
        """misaki's phonemes of Mandarin or Japanese text."""
        if self.language.phonemes == MISAKI_JA:
            return japanese.phonemes(text)
        return mandarin.phonemes(text, self._english(kokoro), self.models / "jieba")

    def _g2p(self) -> str:
        """misaki's versions, where it makes the phonemes."""
        made = {MISAKI_ZH: mandarin.version, MISAKI_JA: japanese.version}.get(
            self.language.phonemes)
        return f":{made()}" if made else ""

    @staticmethod
    def _english(kokoro: Kokoro) -> Callable[[str], str]:
        """English phonemes from Kokoro's own espeak-ng, for Latin words in other scripts."""
        return lambda words: kokoro.tokenizer.phonemize(words, "en-us")

    def _kokoro(self) -> Kokoro:
        """Load the model once per engine, after checking its files by hash."""
        if self._loaded is None:
            loaded = _load(*kokoro_files.verified())
            if self.voice not in loaded.voices:
                known = ", ".join(loaded.get_voices())
                raise OutputError(f"there is no Kokoro voice {self.voice!r} — choose one "
                                  f"of: {known}")
            self._loaded = loaded
            logger.debug("loaded Kokoro with voice %s", self.voice)
        return self._loaded


def _load(model: Path, voices: Path) -> Kokoro:
    """Kokoro on a one-thread session: a build runs one session per job, as piper's."""
    try:
        from kokoro_onnx import Kokoro  # imported only when a reading needs it (slow)
    except ImportError as error:
        raise OutputError(f"Kokoro cannot run here ({error}) — run `make setup`, or choose "
                          "`voices: {es: espeak-ng}` in handouts/clinic.yaml") from error
    # phonemizer logs "words count mismatch" at WARNING on its own logger, which passes the
    # CLI's ERROR threshold: espeak-ng split a line's words differently, which Kokoro, reading
    # the phonemes whole, does not use. English lines do it often; it is no build problem.
    logging.getLogger("phonemizer").propagate = False
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    return Kokoro.from_session(session, str(voices))


def _speed(words_per_minute: int, natural_wpm: float) -> float:
    """Kokoro's speed factor for a pace: its durations scale as 1 / speed."""
    low, high = SPEED_RANGE
    return round(min(high, max(low, words_per_minute / natural_wpm)), 3)
