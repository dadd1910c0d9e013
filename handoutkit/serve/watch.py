"""Saves in the handouts folder, as sets of paths, from the operating system's file events."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path

from watchfiles import DefaultFilter, watch

from handoutkit.errors import HandoutError

logger = logging.getLogger(__name__)

READY_MS = 200  # the watcher reports in this often while quiet: how `start` knows it listens


class SourceFilter(DefaultFilter):
    """Every file a build reads, not editors' hidden swap, lock and backup files."""

    ignore_entity_patterns = (*DefaultFilter.ignore_entity_patterns, r"^\.")


class Saves:
    """Changed paths under a folder (a build folder inside it is ignored), heard on a thread
    from the moment `start` returns, so a save during a build is never missed."""

    def __init__(self, folder: Path, build_dir: Path,
                 say: Callable[[str], None] = lambda line: None) -> None:
        self.folder = folder.resolve()
        self.say = say
        self.quiet = SourceFilter(ignore_paths=[build_dir.resolve()])
        self.stop = threading.Event()
        self._ready = threading.Event()
        self._heard: queue.Queue[set[Path] | Exception] = queue.Queue()
        self._thread = threading.Thread(target=self._listen, name="preview-watch", daemon=True)

    def start(self) -> None:
        """Start listening; returns once the operating system reports to the watcher."""
        self._thread.start()
        self._ready.wait()

    def next(self) -> set[Path]:
        """The paths changed since the last call, waiting for at least one; Ctrl-C raises
        KeyboardInterrupt here (the main thread), not in the watcher."""
        changed = self._take(block=True)
        while not self._heard.empty():
            changed |= self._take(block=False)
        return changed

    def _take(self, block: bool) -> set[Path]:
        while True:
            try:
                heard = self._heard.get(block=block, timeout=0.5 if block else None)
            except queue.Empty:
                if block:
                    continue
                return set()
            if isinstance(heard, Exception):
                raise HandoutError(f"handoutkit: cannot watch {self.folder}: {heard}")
            return heard

    def _listen(self) -> None:
        try:
            back = False
            while not self.stop.is_set():
                self._watch_while_there(back)
                back = self._wait_for_folder()
                if back:
                    self.say(f"{self.folder} is back; building it again")
        except Exception as error:  # e.g. the system's limit of watched folders is reached
            self._heard.put(error)
        finally:
            self._ready.set()

    def _watch_while_there(self, back: bool) -> None:
        """Report changes until stopped or until the folder itself is gone (a `git checkout`
        or a sync tool deletes and restores it; the operating system's watch ends with it).
        A folder that is ``back`` is reported whole once the new watch listens, so a file
        written while it was being set up is not missed."""
        if not self.folder.is_dir():
            return
        for changes in watch(self.folder, watch_filter=self.quiet, stop_event=self.stop,
                             rust_timeout=READY_MS, yield_on_timeout=True):
            self._ready.set()
            if back:
                self._heard.put(_everything(self.folder))
                back = False
            if changes:
                logger.debug("changed: %s", sorted(path for _, path in changes))
                self._heard.put({Path(path) for _, path in changes})
            if not self.folder.is_dir():
                self.say(f"{self.folder} was deleted; waiting for it to come back")
                return

    def _wait_for_folder(self) -> bool:
        """Wait until the folder exists again (True) or the watcher is stopped (False)."""
        self._ready.set()  # nothing to listen to yet: `start` must not wait for ever
        while not self.folder.is_dir():
            if self.stop.wait(READY_MS / 1000):
                return False
        return not self.stop.is_set()


def _everything(folder: Path) -> set[Path]:
    """Every file a build may read in a folder that came back: all of it may have changed."""
    found = {folder, *folder.iterdir()}
    labels = folder / "labels"
    return found | (set(labels.iterdir()) if labels.is_dir() else set())
