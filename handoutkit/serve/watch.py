"""Saves in the handouts folder, as sets of paths, from the operating system's file events."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

from watchfiles import DefaultFilter, watch

logger = logging.getLogger(__name__)


class SourceFilter(DefaultFilter):
    """Every file a build reads, not editors' hidden swap, lock and backup files."""

    ignore_entity_patterns = (*DefaultFilter.ignore_entity_patterns, r"^\.")


def saves(folder: Path, build_dir: Path, stop: threading.Event) -> Iterator[set[Path]]:
    """Each batch of changed paths under ``folder`` (a build folder inside it is ignored);
    an editor's write-and-rename counts as one save. Ctrl-C raises KeyboardInterrupt."""
    quiet = SourceFilter(ignore_paths=[build_dir.resolve()])
    for changes in watch(folder.resolve(), watch_filter=quiet, stop_event=stop):
        logger.debug("changed: %s", sorted(path for _, path in changes))
        yield {Path(path) for _, path in changes}
