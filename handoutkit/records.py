"""What each writer made, handed on to the writers after it: nothing is read back from disk.

A record is kept, as JSON, beside its output's digest (`build/.stamps/`), so an output
that is up to date still hands on its record without being opened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Protocol, Self


class Record(Protocol):
    """What a writer hands on; kept as JSON, so it is made of plain values."""

    def to_json(self) -> dict[str, Any]: ...

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self: ...


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of the recording with words: a chapter, or one spoken sentence (cue)."""

    text: str  # the chapter title, or the sentence as printed (the caption)
    start: float  # seconds from the start of the MP3
    end: float  # seconds
    ref: str = ""  # a sentence's printed element (its id in the EPUB's text); "" for a chapter


@dataclass(frozen=True, slots=True)
class PdfRecord:
    """The leaflet as printed."""

    pages: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PdfRecord:
        return cls(int(data["pages"]))


@dataclass(frozen=True, slots=True)
class AudioRecord:
    """The reading: the MP3's length and size, its chapters and its timed sentences."""

    duration: float  # seconds, as players report it
    size: int  # bytes of the MP3
    sha256: str  # of the MP3: what an EPUB that holds it depends on
    chapters: tuple[Mark, ...]  # in time order, back to back
    cues: tuple[Mark, ...]  # one per spoken sentence, in time order (the .vtt's cues)
    person: str = ""  # who reads, where a person does ("Ana Ruiz, medical interpreter")
    differs: tuple[str, ...] = ()  # titles of the chapters recorded from an older text
    notes: tuple[Note, ...] = ()  # what the build found wrong with a person's recording

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AudioRecord:
        return cls(float(data["duration"]), int(data["size"]), str(data["sha256"]),
                   _marks(data["chapters"]), _marks(data["cues"]), str(data["person"]),
                   tuple(map(str, data["differs"])),
                   tuple(Note(int(n["line"]), str(n["message"])) for n in data["notes"]))


@dataclass(frozen=True, slots=True)
class Note:
    """A warning a writer found while writing, at a line of the handout (the builder prints
    it as the handout's warning each time the output is written)."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Unwritten:
    """A write that made no file but has something to say: a person's recording that cannot
    be used where no computer voice reads the language. The builder prints its notes as the
    handout's warnings and keeps no record (the stamp says nothing was written)."""

    notes: tuple[Note, ...]

    def to_json(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Unwritten:
        return cls(())


@dataclass(frozen=True, slots=True)
class FileRecord:
    """An output that hands nothing on but that it exists (braille, EPUB): the page and the
    catalogue link it."""

    size: int  # bytes

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileRecord:
        return cls(int(data["size"]))


@dataclass(frozen=True, slots=True)
class PageRecord:
    """The web page: what the catalogue lists about its handout."""

    lang: str  # the handout's BCP 47 tag, for the catalogue entry's lang and dir
    title: str
    summary: str
    reviewed: dt.date | None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "reviewed": self.reviewed.isoformat() if self.reviewed else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageRecord:
        reviewed = data["reviewed"]
        return cls(data["lang"], data["title"], data["summary"],
                   dt.date.fromisoformat(reviewed) if reviewed else None)


@dataclass(frozen=True, slots=True)
class Pending:
    """An output the live preview is still making again when it writes the page ahead of it
    (`make serve`): the page leaves out its link, and says a reading is being updated.
    Handed to the page only, never kept in a stamp."""

    def to_json(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Pending:
        return cls()


def _marks(items: list[dict[str, Any]]) -> tuple[Mark, ...]:
    return tuple(Mark(str(m["text"]), float(m["start"]), float(m["end"]), str(m["ref"]))
                 for m in items)
