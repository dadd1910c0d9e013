"""A built reading as the web needs it: length, size, chapters and timed sentences."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from mutagen import MutagenError
from mutagen.mp3 import MP3

from handoutkit.errors import OutputError
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mark:
    """A stretch of the recording with words: a chapter or one spoken sentence (cue)."""

    text: str  # the chapter title, or the sentence as spoken
    start: float  # seconds from the start of the MP3
    end: float  # seconds


@dataclass(frozen=True)
class Recording:
    """What a page shows about a handout's MP3 and its WebVTT transcript."""

    mp3_href: str  # relative URL from the page to the MP3
    vtt_href: str | None  # relative URL to the transcript, None when there is none
    duration: float  # seconds
    size: int  # bytes of the MP3
    chapters: tuple[Mark, ...]  # from the MP3's CHAP frames, in CTOC order
    cues: tuple[Mark, ...]  # from the .vtt, in time order


def audio_duration(mp3: Path) -> float:
    """The length of an MP3 in seconds, read from its frames by mutagen."""
    try:
        return float(MP3(mp3).info.length)
    except (MutagenError, OSError) as exc:
        raise OutputError(f"{mp3}: cannot read the recording's length: {exc}") from exc


def read_recording(mp3: Path, page_dir: Path) -> Recording | None:
    """The recording beside a page, or None when its MP3 has not been built yet."""
    if not mp3.is_file():
        logger.debug("no recording at %s; the page gets no player", mp3)
        return None
    vtt = mp3.with_suffix(".vtt")
    chapters = tuple(Mark(c.title, c.start_ms / 1000, c.end_ms / 1000)
                     for c in read_chapters(mp3))
    return Recording(
        mp3_href=relative_href(mp3, page_dir),
        vtt_href=relative_href(vtt, page_dir) if vtt.is_file() else None,
        duration=audio_duration(mp3),
        size=mp3.stat().st_size,
        chapters=chapters,
        cues=_read_cues(vtt) if vtt.is_file() else (),
    )


def _read_cues(vtt: Path) -> tuple[Mark, ...]:
    try:
        cues = parse_vtt(vtt.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise OutputError(f"{vtt}: cannot read the transcript: {exc}") from exc
    return tuple(Mark(" ".join(c.text.split()), c.start, c.end)
                 for c in sorted(cues, key=lambda c: c.start))


def relative_href(target: Path, page_dir: Path) -> str:
    """A relative URL from a page in ``page_dir`` to ``target``: "../audio/x.mp3"."""
    return quote(Path(os.path.relpath(target.resolve(), page_dir.resolve())).as_posix())
