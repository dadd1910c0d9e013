"""Stamps: for each output, the digest of its inputs and the record its writer made.

One scheme decides what is stale for every output, the catalogue included: an output is up
to date when its stamp holds the digest of its inputs now and its files exist. Stamps live in
`build/.stamps/<name>/<writer>.stamp`, a name no output can have.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handoutkit.files import atomic_output

logger = logging.getLogger(__name__)

STAMPS_DIR = ".stamps"
SUFFIX = ".stamp"


@dataclass(frozen=True)
class Stamp:
    """The last build of one output: its inputs' digest and its writer's record (JSON)."""

    digest: str
    record: dict[str, Any] | None


class Stamps:
    """The stamps of one build folder."""

    def __init__(self, build_dir: Path) -> None:
        self.root = build_dir / STAMPS_DIR

    def path(self, name: str, writer: str) -> Path:
        return self.root / name / f"{writer}{SUFFIX}"

    def read(self, name: str, writer: str) -> Stamp | None:
        """The stamp, or None when there is none or it cannot be read (then: rebuild)."""
        try:
            data = json.loads(self.path(name, writer).read_text(encoding="utf-8"))
            return Stamp(str(data["digest"]), data.get("record"))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write(self, name: str, writer: str, digest: str, record: dict[str, Any] | None) -> None:
        """Keep the stamp, atomically."""
        text = json.dumps({"digest": digest, "record": record}, sort_keys=True,
                          ensure_ascii=False)
        with atomic_output(self.path(name, writer)) as tmp:
            tmp.write_text(text + "\n", encoding="utf-8")

    def forget(self, name: str, writer: str) -> None:
        """Drop one stamp: its output is about to be rewritten, or is gone."""
        self.path(name, writer).unlink(missing_ok=True)

    def forget_all(self, name: str) -> None:
        """Drop every stamp of a handout (it failed: none of its outputs is kept)."""
        shutil.rmtree(self.root / name, ignore_errors=True)

    def names(self) -> list[str]:
        """The handouts that have stamps, sorted."""
        return sorted(p.name for p in self.root.iterdir()) if self.root.is_dir() else []
