"""A handout's reading worked out once: its speech script and the person's recording found for
it, which the audio writer and the narrator's script both need, and each recorded file's
digest, read once.

A build plans each handout's audio and its narrator's script one after the other, and both
need the same script and recording; `prepared` makes them once and hands the same to both.
It is keyed by what they are made of (the handout, the settings, and the recording folder's
files by name, size and modification time), so a later build, or `make serve` after an
edit, never gets an old one.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from handoutkit.config import ClinicConfig
from handoutkit.model import Handout
from handoutkit.speech import recording
from handoutkit.speech.recording import Recording, Take
from handoutkit.speech.script import Script, build_script

KEPT = 256  # handouts kept: more than a build plans between a handout's audio and its script
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Prepared:
    """One handout's script, and its recording (None when it has none)."""

    script: Script
    found: Recording | None


def prepared(handout: Handout, config: ClinicConfig, handouts_dir: Path) -> Prepared:
    """The handout's script and recording, made once for these inputs."""
    return _prepared(handout, config, handouts_dir, _listing(handouts_dir, handout.name))


def take_digest(take: Take) -> str:
    """SHA-256 of a recorded file's bytes, read in chunks and once while the file is as it
    was (by size and modification time)."""
    stat = take.path.stat()
    return _file_digest(take.path, stat.st_size, stat.st_mtime_ns)


def _listing(handouts_dir: Path, name: str) -> tuple[tuple[str, int, int], ...]:
    """The recording folder's files by name, size and modification time (none: empty)."""
    where = recording.folder(handouts_dir, name)
    if not where.is_dir():
        return ()
    return tuple(sorted((p.name, (s := p.stat()).st_size, s.st_mtime_ns)
                        for p in where.iterdir() if p.is_file()))


@functools.lru_cache(maxsize=KEPT)
def _prepared(handout: Handout, config: ClinicConfig, handouts_dir: Path,
              listing: tuple[tuple[str, int, int], ...]) -> Prepared:
    script = build_script(handout, config)
    found = recording.find(handout, script, handouts_dir) if listing else None
    return Prepared(script, found)


@functools.lru_cache(maxsize=KEPT)
def _file_digest(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
