"""What an audio build hands on to the writers after it: the reading's length, chapters, cues."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from mutagen import MutagenError
from mutagen.mp3 import MP3

from handoutkit.errors import OutputError
from handoutkit.speech.tags import Chapter, read_chapters
from handoutkit.speech.vtt import Cue, parse_vtt

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class AudioRecord:
    """A written reading: the MP3 and where every chapter and spoken segment lies in it."""

    mp3: Path
    duration: float  # seconds of the reading, as assembled (head and tail silence included)
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]  # one per script segment, in order: the .vtt's cues


def read_record(mp3: Path) -> AudioRecord:
    """The record of a reading built earlier, read back from its MP3 and .vtt.

    TODO(records): the builder should keep the record of an unchanged reading instead of
    this second reading of the files.
    """
    vtt = mp3.with_suffix(".vtt")
    try:
        cues = tuple(parse_vtt(vtt.read_text(encoding="utf-8")))
        duration = audio_length(mp3)
        chapters = tuple(read_chapters(mp3))
    except (OSError, ValueError, UnicodeDecodeError, MutagenError) as exc:
        raise OutputError(f"{mp3}: cannot read the reading back: {exc} — "
                          "build the audio first (make audio)") from exc
    return AudioRecord(mp3, duration, chapters, cues)


def audio_length(mp3: Path) -> float:
    """The length of an MP3 in seconds, from its frames."""
    return float(MP3(mp3).info.length)
