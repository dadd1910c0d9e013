"""Worker processes that lay out leaflets: WeasyPrint holds the GIL, so threads render one
PDF at a time; N processes render N. They are forked from one server process that imports
WeasyPrint once (`handoutkit.forkserver`), started early so the import overlaps starting the
build and loading the handouts."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from handoutkit import forkserver
from handoutkit.errors import OutputError
from handoutkit.files import remove_stale_parts
from handoutkit.writers.pdf.render import RenderJob, render_pdf

logger = logging.getLogger(__name__)

ORPHAN_CHECK_SECONDS = 0.2  # how often a worker looks whether its build is still there


def start_early() -> None:
    """Start the fork server now, if `python -m handoutkit` did not already: it imports
    WeasyPrint (about a second) on another core while this process loads and digests the
    handouts."""
    forkserver.start()


class RenderPool:
    """``workers`` processes; a worker that dies is replaced, and its leaflet tried once more."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self._pool = self._start()
        # Start them now, from another thread: forking a worker waits until the fork server
        # has imported WeasyPrint, and the build goes on meanwhile (the voices start).
        threading.Thread(target=_launch, args=(self._pool, workers), daemon=True).start()

    def render(self, job: RenderJob) -> int:
        """Lay out one leaflet in a worker; returns its page count."""
        for _ in range(2):
            pool = self._pool
            try:
                return pool.submit(render_pdf, job).result()
            except BrokenProcessPool:
                logger.debug("a PDF worker stopped while laying out %s", job.source)
                self._replace(pool)
                remove_stale_parts(job.dest.parent)  # what the stopped workers were writing
        raise OutputError(f"{job.source}: the PDF was not made: the process laying it out "
                          "stopped twice — run the build again; if it happens again, report it")

    def close(self) -> None:
        """Stop the workers once their current leaflets are written; queued ones are dropped."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=forkserver.context(),
                                   initializer=_start_worker)

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new pool for the broken one, whose processes are waited for: until then a dead
        worker still holds its pid, and its temporary file would look in use."""
        with self._lock:
            if self._pool is broken:
                broken.shutdown(wait=True, cancel_futures=True)
                self._pool = self._start()


def _start_worker() -> None:
    """Ctrl-C goes to the whole process group; the build stops the workers itself, after
    their current leaflet, so no worker dies half-way through a file. A worker whose build
    was killed outright ends too (its half-written file is removed by the next build): the
    fork server, the worker's parent, ends with the build, and the worker with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(os.getppid(),), daemon=True).start()
    import weasyprint  # noqa: F401  (loaded by the fork server: nothing to do here)


def _launch(pool: ProcessPoolExecutor, workers: int) -> None:
    for _ in range(workers):
        try:
            pool.submit(_ready)
        except RuntimeError:  # the build closed the pool first, or a worker died
            return


def _ready() -> None:
    """Nothing: submitted once per worker so that all start at once."""


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)
