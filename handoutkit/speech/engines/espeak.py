"""espeak-ng: the Debian binary; a formant voice, robotic but offline in about a hundred
languages."""

from __future__ import annotations

import functools
import io
import re
import subprocess
from pathlib import Path
from typing import ClassVar

import numpy as np
import soundfile

from handoutkit.errors import OutputError
from handoutkit.language import primary_language
from handoutkit.reader.limits import DEFAULT_RATE
from handoutkit.speech.engines.base import checked
from handoutkit.speech.pace import espeak_speed
from handoutkit.speech.pcm import Pcm
from handoutkit.voices import espeak_voice


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

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> EspeakEngine:
        return cls(voice=voice or espeak_voice(lang) or primary_language(lang), rate=rate)

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
        return checked(pcm, self.name, text)
