"""A person's recording of a handout: where it lives, which part of the reading each file
holds, and which parts are missing, left over or made from an older text.

A clinic's interpreter or bilingual staff member reads the narrator's script
(`build/narrator/<name>.html`) and saves the recording under
`<handouts>/recordings/<name>/`:

    reader.yaml                 who reads: `name: Ana Ruiz, medical interpreter`
    <part>.<version>.<ext>      one file per part of the reading (title, get-help-now,
                                about, each section's slug), so a changed section is
                                recorded again alone; or
    reading.<versions>.<ext>    the whole reading in one file (versions joined by "-")

<ext> is wav, flac, ogg or mp3. A part's version is a short digest of the words it says,
printed on the narrator's script beside the file name to save: when the text changes, the
version changes, and the build names the parts to record again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from handoutkit.errors import HandoutError, Problem, ProblemsError
from handoutkit.files import is_inside
from handoutkit.model import Handout
from handoutkit.reader.yamldoc import read_mapping
from handoutkit.speech.script import Script, Segment

FOLDER = "recordings"  # inside the handouts folder
READER_FILE = "reader.yaml"
WHOLE = "reading"  # the stem of a whole-reading file
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".mp3")
TITLE_PART = "title"
PANEL_PART = "get-help-now"
ABOUT_PART = "about"
VERSION_CHARS = 4  # hex digits of a part's version


@dataclass(frozen=True)
class Part:
    """One chapter of the reading as the narrator records it."""

    key: str  # "title", "get-help-now", "about" or a section's slug
    title: str  # the chapter's title
    line: int  # where it starts in the handout (for warnings)
    version: str  # digest of the words it says
    sentences: tuple[str, ...]  # what the voice says, a sentence each

    @property
    def file_stem(self) -> str:
        return f"{self.key}.{self.version}"


@dataclass(frozen=True)
class Take:
    """One recorded file and the parts it holds, in order."""

    path: Path
    parts: tuple[Part, ...]
    stale: tuple[Part, ...]  # parts it holds that were recorded from an older text


@dataclass(frozen=True)
class Recording:
    """A handout's recording as found on disk."""

    where: Path  # the recording folder
    reader: str  # who reads, from reader.yaml
    takes: tuple[Take, ...]  # in reading order, covering every part found
    missing: tuple[Part, ...]  # parts no file holds
    extra: tuple[Path, ...]  # audio files that match no part

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def stale(self) -> tuple[Part, ...]:
        return tuple(part for take in self.takes for part in take.stale)


def parts(handout: Handout, script: Script) -> tuple[Part, ...]:
    """The reading's chapters as parts: the title, "Get help now" and "About this handout"
    when the handout has the panel, then one per ## section."""
    sections = handout.sections
    leading = len(script.chapters) - len(sections)
    keys = {1: [TITLE_PART], 3: [TITLE_PART, PANEL_PART, ABOUT_PART]}.get(leading)
    if keys is None:
        raise ValueError(f"{handout.path}: {len(script.chapters)} chapters for "
                         f"{len(sections)} sections")
    lines = [1] * len(keys) + [section.line for section in sections]
    keys += [section.slug for section in sections]
    return tuple(Part(key, chapter.title, line, _version(chapter.segments),
                      tuple(segment.text for segment in chapter.segments))
                 for key, line, chapter in zip(keys, lines, script.chapters, strict=True))


def _version(segments: tuple[Segment, ...]) -> str:
    words = "\n".join(" ".join(segment.text.split()) for segment in segments)
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:VERSION_CHARS]


def folder(handouts_dir: Path, name: str) -> Path:
    """Where the recording of handout ``name`` is kept."""
    return handouts_dir / FOLDER / name


def find(handout: Handout, script: Script, handouts_dir: Path) -> Recording | None:
    """The handout's recording, or None when it has no recording folder with audio in it."""
    where = folder(handouts_dir, handout.name)
    files = sorted(p for p in where.glob("*") if p.suffix.lower() in AUDIO_SUFFIXES
                   and p.is_file()) if where.is_dir() else []
    if not files:
        return None
    for path in files:
        if not is_inside(path, handouts_dir):
            raise HandoutError(f"{path}:1: error: a link out of the handouts folder — put the "
                               "recording itself in the folder")
    reader = read_reader(where / READER_FILE, handouts_dir)
    chapters = parts(handout, script)
    by_key = {part.key: part for part in chapters}
    whole = [p for p in files if p.name.split(".")[0] == WHOLE]
    if whole:
        versions = whole[0].name.split(".")[1] if whole[0].name.count(".") >= 2 else ""
        recorded = versions.split("-")
        stale = tuple(part for i, part in enumerate(chapters)
                      if i >= len(recorded) or recorded[i] != part.version)
        extra = tuple(p for p in files if p != whole[0])
        return Recording(where, reader, (Take(whole[0], chapters, stale),), (), extra)
    takes: dict[str, Take] = {}
    extra_files: list[Path] = []
    for path in files:
        key, _, rest = path.name.partition(".")
        version = rest.rsplit(".", 1)[0] if "." in rest else ""
        part = by_key.get(key)
        if part is None or key in takes:
            extra_files.append(path)
            continue
        takes[key] = Take(path, (part,), () if version == part.version else (part,))
    return Recording(where, reader, tuple(takes[p.key] for p in chapters if p.key in takes),
                     tuple(p for p in chapters if p.key not in takes), tuple(extra_files))


def read_reader(path: Path, handouts_dir: Path) -> str:
    """Who reads, from ``reader.yaml`` (`name: …`), read by the settings files' rules (inside
    the handouts folder, small, UTF-8, no hidden characters); an error naming the file when
    it is absent or has no name, since the page, the tags and the e-book say who reads."""
    fix = "write `name: <who reads>, <their role>` in it (the page says who reads)"
    if not path.exists() and not path.is_symlink():
        raise ProblemsError([Problem(path, 1, f"no {READER_FILE} beside the recording", fix)])
    problems: list[Problem] = []
    found = read_mapping(path, handouts_dir, problems)
    if problems:
        raise ProblemsError(problems)
    name = found.data.get("name") if found else None
    if not isinstance(name, str) or not name.strip():
        line = found.line_of("name", 1) if found else 1
        raise ProblemsError([Problem(path, line, "no `name:` of who reads", fix)])
    return " ".join(name.split())


def whole_file_name(chapters: tuple[Part, ...], suffix: str = ".wav") -> str:
    """The name to save a whole reading under: `reading.<v1>-<v2>-….wav`."""
    return f"{WHOLE}.{'-'.join(part.version for part in chapters)}{suffix}"


