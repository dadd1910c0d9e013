"""A handout's reading as a page shows it: the audio writer's record plus links to the files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from handoutkit.records import AudioRecord, Mark


@dataclass(frozen=True)
class Recording:
    """What a page shows about a handout's MP3 and its WebVTT transcript."""

    mp3_href: str  # relative URL from the page to the MP3
    vtt_href: str  # relative URL to the transcript
    duration: float  # seconds
    size: int  # bytes of the MP3
    chapters: tuple[Mark, ...]  # in time order
    cues: tuple[Mark, ...]  # in time order


def recording(record: AudioRecord, mp3: Path, vtt: Path, page_dir: Path) -> Recording:
    """The reading written at ``mp3`` and ``vtt``, with links relative to ``page_dir``."""
    return Recording(mp3_href=relative_href(mp3, page_dir), vtt_href=relative_href(vtt, page_dir),
                     duration=record.duration, size=record.size, chapters=record.chapters,
                     cues=record.cues)


def relative_href(target: Path, page_dir: Path) -> str:
    """A relative URL from a page in ``page_dir`` to ``target``: "../audio/x.mp3"."""
    return quote(Path(os.path.relpath(target.resolve(), page_dir.resolve())).as_posix())
