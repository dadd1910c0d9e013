"""Assemble the build folders of several shards into one, then write one catalogue.

Each handout's stamps come along with its outputs: the catalogue is made from the records
they keep, and the merged folder rebuilds nothing that a shard built.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Collection, Sequence
from pathlib import Path

from handoutkit.errors import HandoutError
from handoutkit.files import HANDOUT_NAME, atomic_output
from handoutkit.formats import output_kinds
from handoutkit.pipeline.stamps import STAMPS_DIR

logger = logging.getLogger(__name__)


def merge_builds(shard_dirs: Sequence[Path], dest: Path,
                 present: Collection[str] | None = None) -> list[Path]:
    """Copy every shard's outputs (and the web pages' shared files) into ``dest``; with
    ``present`` (the handout names in the folder now), none of a handout that is gone.

    Shards are disjoint, so a file found in two shards is the same shared asset
    (fonts, style sheet); two different files at one path is an error, never a silent pick.
    """
    copied: list[Path] = []
    for shard in shard_dirs:
        if not shard.is_dir():
            raise HandoutError(f"{shard}: no such build folder — give each shard's BUILD_DIR")
        for source in _outputs(shard):
            if present is not None and _withdrawn(source.relative_to(shard), present):
                continue
            target = dest / source.relative_to(shard)
            if target in copied and target.read_bytes() != source.read_bytes():
                raise HandoutError(f"{source} and another shard's copy differ — "
                                   "were the shards built from the same handouts?")
            with atomic_output(target) as tmp:
                shutil.copyfile(source, tmp)
            copied.append(target)
    logger.debug("merged %d files into %s", len(copied), dest)
    return copied


def _withdrawn(relative: Path, present: Collection[str]) -> bool:
    """True for a stamp or output of a handout not in ``present``."""
    if relative.parts[0] == STAMPS_DIR:
        return relative.parts[1] not in present
    name = relative.name.rsplit(".", 1)[0]
    return (len(relative.parts) == 2 and HANDOUT_NAME.match(name) is not None
            and relative.suffix in {kind.suffix for kind in output_kinds()}
            and name not in present)


def _outputs(shard: Path) -> list[Path]:
    """A shard's outputs and its handouts' stamps (not those of its own catalogue)."""
    folders = sorted({kind.folder for kind in output_kinds()})
    outputs = [p for folder in folders for p in (shard / folder).rglob("*")
               if p.is_file() and not p.name.startswith(".")]
    stamps = [p for p in (shard / STAMPS_DIR).glob("[!_]*/*") if p.is_file()]
    return sorted([*outputs, *stamps])
