"""Worker processes that lay out leaflets: WeasyPrint holds the GIL, so threads render one
PDF at a time; N processes render N. They are forked from one server process that imports
WeasyPrint once (`handoutkit.forkserver`), started early so the import overlaps starting the
build and loading the handouts. Each leaflet goes to them as soon as the build has planned
it (`PdfWriter.offer`), those that gathered while the server loaded longest first, so no
worker waits while the build loads or checks the next handout."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from handoutkit import forkserver
from handoutkit.errors import OutputError
from handoutkit.files import remove_stale_parts
from handoutkit.writers.pdf.render import RenderJob, load_engine, render_pdf

logger = logging.getLogger(__name__)

ORPHAN_CHECK_SECONDS = 0.2  # how often a worker looks whether its build is still there
RESTART_SECONDS = 0.2  # a fork server that is dying refuses workers until it is dead


def start_early() -> None:
    """Start the fork server now, if `python -m handoutkit` did not already: it imports
    WeasyPrint (about a second) on another core while this process loads and digests the
    handouts."""
    forkserver.start()


class RenderPool:
    """``workers`` processes; a worker that dies is replaced, and its leaflet tried once more.
    Each leaflet `queue` is given is laid out at once, into a temporary file beside its PDF
    that `render` puts in place: a handout that fails before its leaflet is written gets
    none (`close` removes the files nobody asked for)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._lock = threading.Condition()
        self._pool = self._start()
        self._ahead: dict[Path, tuple[RenderJob, ProcessPoolExecutor, Future[int]]] = {}
        self._offered: set[Path] = set()  # queued: laid out ahead unless feeding stopped
        self._waiting: list[RenderJob] = []  # queued, not yet handed to a worker
        self._busy = 0  # leaflets handed to the workers and not laid out yet
        self._feeding, self._closing = True, False
        # From another thread: forking a worker waits until the fork server has imported
        # WeasyPrint, and the build goes on meanwhile (it loads, checks, the voices start).
        self._feeder = threading.Thread(target=self._feed, daemon=True)
        self._feeder.start()

    def queue(self, job: RenderJob) -> None:
        """Lay ``job`` out as soon as a worker is free (once per leaflet)."""
        with self._lock:
            if job.dest in self._offered:
                return
            self._offered.add(job.dest)
            self._waiting.append(job)
            self._lock.notify_all()

    def render(self, job: RenderJob) -> int:
        """Lay out one leaflet in a worker, or take it laid out ahead; its page count."""
        with self._lock:
            self._lock.wait_for(lambda: job.dest in self._ahead or not self._feeding
                                or job.dest not in self._offered)
            found = self._ahead.pop(job.dest, None)
        if found is not None:
            early, pool, future = found
            try:
                pages = future.result()
            except BrokenProcessPool:  # a worker stopped: laid out again below
                logger.debug("a PDF worker stopped while laying out %s", job.source)
                self._replace(pool)
                remove_stale_parts(job.dest.parent)  # what the stopped workers were writing
                # The leaflet may have been written whole before the pool broke; it is named
                # for this build, which is alive, so the line above keeps it.
                early.dest.unlink(missing_ok=True)
            else:
                early.dest.replace(job.dest)
                return pages
        return self._render_now(job)

    def _render_now(self, job: RenderJob) -> int:
        for attempt in range(2):
            pool = self._pool
            try:
                laid_out = pool.submit(render_pdf, job)
            except (OSError, EOFError) as exc:  # no worker could be started: the fork server
                # is gone or going; once it is dead, multiprocessing starts another
                if attempt == 0:
                    time.sleep(RESTART_SECONDS)
                    self._replace(pool)
                    continue
                raise OutputError(f"{job.source}: the PDF was not made: no process to lay it "
                                  f"out could be started ({exc}) — run the build again; if it "
                                  "happens again, build with -j1 and report it") from exc
            try:
                return laid_out.result()
            except BrokenProcessPool:
                logger.debug("a PDF worker stopped while laying out %s", job.source)
                self._replace(pool)
                remove_stale_parts(job.dest.parent)  # what the stopped workers were writing
        raise OutputError(f"{job.source}: the PDF was not made: the process laying it out "
                          "stopped twice — run the build again; if it happens again, report it")

    def close(self) -> None:
        """Stop the workers once their current leaflets are written; queued ones are dropped,
        and those laid out ahead for handouts that failed are removed."""
        with self._lock:
            self._closing = True
            self._lock.notify_all()
        self._feeder.join()
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            for early, _, _ in self._ahead.values():
                early.dest.unlink(missing_ok=True)
            self._ahead.clear()

    def _feed(self) -> None:
        """Hand the leaflets to the workers as they are queued, the longest waiting first and
        no more at once than keep every worker busy, so the workers end about together
        however the handouts are ordered. A worker is started for each leaflet while none
        is free, up to ``workers``; the first before any leaflet, which waits until the fork
        server has loaded WeasyPrint."""
        try:
            self._pool.submit(_ready)
            while True:
                with self._lock:
                    self._lock.wait_for(lambda: self._closing or (
                        self._waiting and self._busy <= self.workers))
                    if self._closing:  # the writes are done: what waits is not needed
                        return
                    job = max(self._waiting, key=lambda job: len(job.html))
                    self._waiting.remove(job)
                    self._busy += 1
                early, pool = replace(job, dest=_ahead_path(job.dest)), self._pool
                future = pool.submit(render_pdf, early)
                with self._lock:
                    self._ahead[job.dest] = (early, pool, future)
                    self._lock.notify_all()
                future.add_done_callback(self._laid_out)
        except (RuntimeError, OSError, EOFError) as exc:  # the build closed the pool, a worker
            # died, or none could be started: `render` lays out what is not queued, or says why
            logger.debug("leaflets not queued ahead: %s", exc)
        finally:
            with self._lock:
                self._feeding = False
                self._lock.notify_all()

    def _laid_out(self, _: Future[int]) -> None:
        with self._lock:
            self._busy -= 1
            self._lock.notify_all()

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
    load_engine()  # loaded by the fork server: nothing to do here


def _ahead_path(dest: Path) -> Path:
    """Where a leaflet laid out ahead waits: hidden beside its PDF, named as a temporary
    file of this build, so a build killed meanwhile leaves it to the next one to remove."""
    return dest.with_name(f".{dest.name}.{os.getpid()}.0.part")


def _ready() -> None:
    """Nothing: submitted first, to start a worker and wait for the fork server."""


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)
