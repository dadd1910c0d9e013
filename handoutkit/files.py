"""Where things are: finding handouts, naming outputs, writing files atomically."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from handoutkit.formats import output_kind, output_kinds

# kebab-case name, optionally followed by a language tag: "leg-cramps.es"
HANDOUT_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?$")


@dataclass(frozen=True)
class Layout:
    """The project's folders: where handouts are read from and outputs go."""

    handouts_dir: Path
    build_dir: Path
    templates_dir: Path
    # Voiced sentences and prepared voices, kept by content, so any number of build folders
    # (shards, tests, `make serve`) can share one folder; None keeps them in the build folder.
    cache: Path | None = None

    def output(self, name: str, kind: str) -> Path:
        """The output path of one kind ("pdf", "audio", "vtt", "braille", …) for a handout name,
        where the writers' registry (`handoutkit.formats`) puts it."""
        found = output_kind(kind)
        return self.build_dir / found.folder / f"{name}{found.suffix}"

    def outputs(self, name: str) -> list[Path]:
        """Every output a handout can have."""
        return [self.build_dir / k.folder / f"{name}{k.suffix}" for k in output_kinds()]

    @property
    def cache_dir(self) -> Path:
        """The speech cache's folder (`speech/` entries, `voices/` seeded models)."""
        return self.cache if self.cache is not None else self.build_dir / ".cache"


class Placement(Enum):
    """Where a path lies relative to a folder once every link in it is followed."""

    INSIDE = "inside"
    LINKED_OUT = "linked-out"  # written inside the folder, but a link leads out of it
    OUTSIDE = "outside"


def placement(path: Path, folder: Path) -> Placement:
    """Where ``path`` really is relative to ``folder``; the one check every reader of files
    inside the project makes. Raises OSError, RuntimeError or ValueError for a path that
    cannot be resolved (a link loop, a name too long, a NUL byte)."""
    if path.resolve().is_relative_to(folder.resolve()):
        return Placement.INSIDE
    written = Path(os.path.normpath(path.absolute()))  # ".." folded, links not followed
    inside = written.is_relative_to(Path(os.path.normpath(folder.absolute())))
    return Placement.LINKED_OUT if inside else Placement.OUTSIDE


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path``, every link followed, is inside ``folder``."""
    return placement(path, folder) is Placement.INSIDE


def handout_name(path: Path) -> str:
    """'handouts/leg-cramps.es.md' → 'leg-cramps.es'."""
    return path.name.removesuffix(".md")


def find_handouts(handouts_dir: Path) -> list[Path]:
    """Every handout file in the folder (not its subfolders), sorted by name."""
    return sorted(p for p in handouts_dir.glob("*.md") if p.is_file())


@contextmanager
def atomic_output(dest: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; it becomes ``dest`` only if the block succeeds."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    # pid and thread: two builds, or two jobs of one build, may write a shared file at once
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.{threading.get_native_id()}.part")
    try:
        yield tmp
        tmp.replace(dest)
    finally:
        tmp.unlink(missing_ok=True)


_PART = re.compile(r"^\..+\.(\d+)\.\d+\.part$")  # atomic_output's ".<name>.<pid>.<thread>.part"
STALE_PART_SECONDS = 3600  # no output takes this long to write


def remove_stale_parts(build_dir: Path) -> list[Path]:
    """Delete the temporary files a killed build left in ``build_dir``; returns them.

    A part whose process is still running belongs to a build writing it right now (make -j)
    and stays, unless it is older than any write takes.
    """
    removed = []
    for part in build_dir.rglob(".*.part") if build_dir.is_dir() else ():
        try:
            if _abandoned(part):
                part.unlink()
                removed.append(part)
        except OSError:  # another build finished or removed it meanwhile
            continue
    return removed


def _abandoned(part: Path) -> bool:
    if time.time() - part.stat().st_mtime > STALE_PART_SECONDS:
        return True
    named = _PART.match(part.name)
    return named is not None and not _running(named[1])


def _running(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, OverflowError):  # gone; or a number too big to be a pid
        return False
    except PermissionError:  # another user's process
        return True
    return True
