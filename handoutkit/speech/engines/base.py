"""What every speech engine shares: the `TtsEngine` protocol and the check that it spoke."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import ClassVar, Protocol, Self

import numpy as np

from handoutkit.errors import OutputError
from handoutkit.speech.pcm import Pcm

SILENT_PEAK = 10 ** (-60 / 20)  # audio whose peak stays under -60 dBFS said nothing
CLINIC_YAML = "handouts/clinic.yaml"


class TtsEngine(Protocol):
    """Speaks one segment of text."""

    name: ClassVar[str]  # as written in clinic.yaml: "piper", "espeak-ng", "gtts", "kokoro"
    parallel: ClassVar[bool]  # may several copies speak at once (a web service may refuse)

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> Self:
        """The engine reading ``lang`` (a BCP 47 tag) with ``voice``, or the voice that suits
        the language when None, at ``rate`` words a minute; ``models`` is a folder where it
        may keep prepared voice models. Raises OutputError when it cannot read the language."""
        ...

    def identity(self) -> str:
        """Engine, voice and engine version: what the audio depends on besides the text."""
        ...

    def synthesize(self, text: str) -> Pcm:
        """The text spoken; raises OutputError on failure or silence."""
        ...


def short(text: str) -> str:
    """The text as an error message quotes it: at most 60 characters."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


def checked(pcm: Pcm, engine: str, text: str) -> Pcm:
    """The PCM, unless it is empty or silent, which no engine should return for text."""
    if len(pcm.samples) == 0 or float(np.max(np.abs(pcm.samples))) < SILENT_PEAK:
        raise OutputError(f"{engine} returned no audible speech for {short(text)}")
    return pcm


def package_version(distribution: str) -> str:
    """The installed version of a Python distribution, or "unknown"."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"
