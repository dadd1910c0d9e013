"""Withdrawal: a handout whose source file is gone loses every output and stamp it left.

A build folder mirrors its handouts folder: advice a clinic deleted must not stay published.
The handouts that have left anything behind are found from the stamps (`build/.stamps/<name>/`)
and from the output folders' file names; each is removed with `remove_outputs`, the same
call `make serve` makes when a handout is deleted.

Shards: a shard build withdraws only the handouts of its own shard. A handout's shard is a
function of its name alone (`shard.shard_of`), so it is known after its file is gone; every
withdrawn handout belongs to exactly one shard, and a shard never deletes what another shard
built into a shared folder.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from handoutkit.files import HANDOUT_NAME, Layout
from handoutkit.formats import output_kinds
from handoutkit.pipeline.builder import remove_outputs
from handoutkit.pipeline.shard import shard_of
from handoutkit.pipeline.stamps import Stamps
from handoutkit.reader.translations import stem_and_tag

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Withdrawn:
    """One handout withdrawn from the build folder, and the files it had there."""

    name: str  # "back-pain.es"
    removed: tuple[Path, ...]  # its outputs that existed (its stamps went too)

    def __str__(self) -> str:
        files = ", ".join(str(p) for p in self.removed) or "no outputs, only its records"
        return f"withdrawn: {self.name} (its handout is gone): {files}"


def left_behind(layout: Layout) -> set[str]:
    """Every handout name with a stamp or an output in the build folder."""
    names = {n for n in Stamps(layout.build_dir).names() if not n.startswith("_")}
    for folder, suffix in {(kind.folder, kind.suffix) for kind in output_kinds()}:
        for path in (layout.build_dir / folder).glob(f"*{suffix}"):
            name = path.name.removesuffix(suffix)
            if HANDOUT_NAME.match(name):  # not page.css, fonts or pictures
                names.add(name)
    return names


def withdraw(layout: Layout, present: Collection[str],
             shard: tuple[int, int] | None = None) -> list[Withdrawn]:
    """Remove the outputs of every handout in the build folder that is not in ``present``
    (the names of the handout files there now); with ``shard``, only those of that shard."""
    gone = sorted(left_behind(layout) - set(present))
    if shard is not None:
        index, count = shard
        gone = [name for name in gone if shard_of(stem_and_tag(name)[0], count) == index]
    withdrawn = []
    for name in gone:
        existing = tuple(p for p in layout.outputs(name) if p.is_file())
        remove_outputs(layout, Path(f"{name}.md"))
        withdrawn.append(Withdrawn(name, existing))
        logger.debug("withdrew %s", name)
    return withdrawn
