"""ID3v2.4 tags for a reading: title, clinic, language, summary, who reads it, and a chapter
per section.

Chapters follow the ID3v2 TimedChapter Frame Addendum: one top-level, ordered CTOC listing
every chapter id, and one CHAP per chapter with its start and end in milliseconds and a
TIT2 sub-frame with its title. Players (Overcast, Apple Podcasts) need the CTOC to show
the list at all; players built on FFmpeg ignore it and list the CHAP frames in the order
they are stored, so the frames are written in the order they were added (text frames,
CTOC, then each CHAP by start time), not in mutagen's own order (by frame size).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import (
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TXXX,
    CTOCFlags,
    Encoding,
    Frame,
    ID3NoHeaderError,
)
from mutagen.id3._tags import save_frame
from mutagen.mp3 import MP3

from handoutkit.errors import OutputError
from handoutkit.language import iso_639_2

logger = logging.getLogger(__name__)

TOC_ID = "toc"
NARRATOR = "Narrator"  # the TXXX description that names who reads


@dataclass(frozen=True)
class TimedChapter:
    """One navigable section of a reading."""

    title: str  # the section heading as spoken
    start_ms: int  # from the start of the decoded audio
    end_ms: int  # exclusive; the next chapter's start


@dataclass(frozen=True)
class AudioTags:
    """What the ID3 tag says about a reading."""

    title: str  # the handout title
    artist: str  # the clinic's name
    album: str  # the collection, e.g. "Patient education"
    language: str  # BCP-47 tag of the reading, e.g. "en-US", "es"
    date: str | None  # ISO date the handout was last reviewed, e.g. "2025-03-01"
    comment: str  # the handout's one-line summary
    reader: str = ""  # who reads it: "computer voice: Kokoro, af_heart" (a TXXX "Narrator")
    extra: tuple[tuple[str, str], ...] = ()  # TXXX frames: ("APPROVED_BY", "Dr Ana Ruiz, …")


class _InOrderID3(ID3):
    """An ID3 tag that stores its frames in the order they were added."""

    def _write(self, config: object) -> bytearray:
        return bytearray().join(save_frame(frame, config=config) for frame in self.values())


def write_tags(path: Path, tags: AudioTags, chapters: Sequence[TimedChapter]) -> None:
    """Replace any ID3 tag on the MP3 at `path` with an ID3v2.4 tag and chapters."""
    _check_chapters(chapters)
    id3 = _InOrderID3()
    for frame in _text_frames(tags):
        id3.add(frame)
    ids = [f"chp{index}" for index in range(len(chapters))]
    if chapters:
        flags = CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
        title = [TIT2(encoding=Encoding.UTF8, text=[tags.title])]
        id3.add(CTOC(element_id=TOC_ID, flags=flags, child_element_ids=ids, sub_frames=title))
    for element_id, chapter in zip(ids, chapters, strict=True):
        id3.add(_chap_frame(element_id, chapter))
    id3.save(path, v2_version=4)
    logger.debug("tagged %s with %d chapters", path, len(chapters))


def _text_frames(tags: AudioTags) -> list[Frame]:
    language = iso_639_2(tags.language)
    frames: list[Frame] = [
        TIT2(encoding=Encoding.UTF8, text=[tags.title]),
        TPE1(encoding=Encoding.UTF8, text=[tags.artist]),
        TALB(encoding=Encoding.UTF8, text=[tags.album]),
        TLAN(encoding=Encoding.UTF8, text=[language]),
        COMM(encoding=Encoding.UTF8, lang=language, desc="", text=[tags.comment]),
    ]
    if tags.date:
        frames.append(TDRC(encoding=Encoding.UTF8, text=[tags.date]))
    if tags.reader:
        frames.append(TXXX(encoding=Encoding.UTF8, desc=NARRATOR, text=[tags.reader]))
    frames += [TXXX(encoding=Encoding.UTF8, desc=desc, text=[text]) for desc, text in tags.extra]
    return frames


def _chap_frame(element_id: str, chapter: TimedChapter) -> CHAP:
    title = TIT2(encoding=Encoding.UTF8, text=[chapter.title])
    return CHAP(
        element_id=element_id,
        start_time=chapter.start_ms,
        end_time=chapter.end_ms,
        sub_frames=[title],
    )


def _check_chapters(chapters: Sequence[TimedChapter]) -> None:
    previous_end = 0
    for chapter in chapters:
        if not 0 <= chapter.start_ms <= chapter.end_ms or chapter.start_ms < previous_end:
            raise OutputError(
                f"chapter {chapter.title!r} has times {chapter.start_ms}-{chapter.end_ms} ms "
                "that run backwards or overlap the one before it"
            )
        previous_end = chapter.end_ms


def mp3_duration(path: Path) -> float:
    """The length of an MP3 in seconds as players compute it from its frames (mutagen)."""
    return float(MP3(path).info.length)


def read_chapters(path: Path) -> list[TimedChapter]:
    """The chapters of an MP3, in the order its top-level CTOC gives (start order if none)."""
    try:
        id3 = ID3(path)
    except ID3NoHeaderError:
        return []
    chaps = {frame.element_id: frame for frame in id3.getall("CHAP")}
    tocs = [toc for toc in id3.getall("CTOC") if toc.flags & CTOCFlags.TOP_LEVEL]
    if tocs:
        order = [chaps[child] for child in tocs[0].child_element_ids if child in chaps]
    else:
        order = sorted(chaps.values(), key=lambda frame: frame.start_time)
    return [_chapter(frame) for frame in order]


def _chapter(frame: CHAP) -> TimedChapter:
    titles = frame.sub_frames.getall("TIT2")
    title = str(titles[0].text[0]) if titles else frame.element_id
    return TimedChapter(title=title, start_ms=frame.start_time, end_ms=frame.end_time)
