"""Load the handouts, then run the requested writers on what changed, N handouts at a time;
one failure never stops the rest."""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from handoutkit.config import ClinicConfig
from handoutkit.errors import HandoutError, LintWarning, OutputError
from handoutkit.files import Layout, atomic_output, handout_name
from handoutkit.lint import ReadingScore, lint
from handoutkit.loader import load_handout
from handoutkit.model import Handout
from handoutkit.writers import WRITER_NAMES, Writer, digest, make_writer

if TYPE_CHECKING:  # the audio writer loads the speech engines: imported only when made
    from handoutkit.writers.audio import AudioWriter

logger = logging.getLogger(__name__)

LINTED = "check"  # the fingerprint of the handout and settings its warnings were printed for
# Outputs whose inputs include other outputs (the EPUB holds the MP3, the page links them
# all): their digests are taken once those are written.
DIGESTED_LATER = ("epub", "html")


@dataclass
class BuildReport:
    """What a build did: outputs written, failures per handout, warnings."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # inputs as before: left alone
    failed: dict[Path, HandoutError] = field(default_factory=dict)
    warnings: list[LintWarning] = field(default_factory=list)
    scores: dict[Path, ReadingScore] = field(default_factory=dict)


@dataclass
class _Job:
    """One loaded handout and the digests of the inputs of its PDF and MP3."""

    path: Path
    handout: Handout
    digests: dict[str, str]  # the EPUB's and the page's are taken after the others are written
    report: BuildReport = field(default_factory=BuildReport)
    records: dict[str, object] = field(default_factory=dict)  # what a writer hands on


class Builder:
    """Builds outputs of some kinds for handouts of one project, ``jobs`` handouts at once;
    writers are made once, so each engine and font set loads once per build."""

    def __init__(self, layout: Layout, config: ClinicConfig, kinds: Sequence[str],
                 jobs: int = 1) -> None:
        self.layout = layout
        self.config = config
        self.jobs = max(1, jobs)
        self.writers: dict[str, Writer] = {k: make_writer(k, config, layout) for k in kinds}
        # WeasyPrint is not documented as thread-safe and its warnings reach us through one
        # process-wide logger, so one PDF renders at a time; it holds the GIL anyway.
        self._rendering = threading.Lock()

    def build(self, paths: Sequence[Path], on_output: Callable[[Path], None]) -> BuildReport:
        """Build every handout in ``paths``; a failing handout keeps none of its outputs."""
        report = BuildReport()
        jobs = [job for path in paths if (job := self._prepare(path, report)) is not None]
        for job in self._run(jobs, on_output):
            report.warnings += job.report.warnings
            report.written += job.report.written
            report.unchanged += job.report.unchanged
            report.failed.update(job.report.failed)
        return report

    def _prepare(self, path: Path, report: BuildReport) -> _Job | None:
        """Load a handout and digest the inputs of its PDF and MP3."""
        try:
            handout = load_handout(path, self.layout.handouts_dir)
            return _Job(path, handout, {kind: writer.fingerprint(handout)
                                        for kind, writer in self.writers.items()
                                        if kind not in DIGESTED_LATER})
        except HandoutError as exc:
            self._fail(path, exc, report)
            return None

    def _lint_once(self, handout: Handout, report: BuildReport) -> None:
        stamp = self.layout.fingerprint(handout.name, LINTED)
        source = digest(LINTED, handout.path.read_bytes(), repr(self.config))
        if stamp.is_file() and stamp.read_text() == source:
            return
        report.warnings += lint(handout, self.config)[1]
        try:
            with atomic_output(stamp) as tmp:
                tmp.write_text(source)
        except OSError as exc:  # costs only the warnings printed again next time
            logger.warning("cannot record that %s was checked: %s", handout.path, exc.strerror)

    def _run(self, jobs: list[_Job], on_output: Callable[[Path], None]) -> list[_Job]:
        """Build the jobs one after another, or ``self.jobs`` at a time with the speech that
        the cache lacks voiced ahead on as many threads."""
        if self.jobs == 1 or not jobs:
            return [self._build_one(job, on_output) for job in jobs]
        with ExitStack() as stack:
            workers = ThreadPoolExecutor(self.jobs, thread_name_prefix="handout")
            # Unwound in reverse: on Ctrl-C the voicing stops first, then running jobs end.
            stack.callback(workers.shutdown, wait=True, cancel_futures=True)
            if "audio" in self.writers:
                audio = cast("AudioWriter", self.writers["audio"])
                unvoiced = [j.handout for j in jobs if self._stale(j.handout, "audio", j.digests)]
                stack.enter_context(audio.voicing_ahead(unvoiced, self.jobs))
            done = [workers.submit(self._build_one, job, on_output) for job in jobs]
            return [future.result() for future in done]

    def _build_one(self, job: _Job, on_output: Callable[[Path], None]) -> _Job:
        """Lint one handout (warnings once per change), then write every requested output in
        order (the page links the other two). Linting here, not while loading, lets it run
        while the voices load and speak."""
        self._lint_once(job.handout, job.report)
        dest: Path | None = None  # the output being written, for an OSError without a name
        try:
            for kind, writer in self.writers.items():
                dest = self.layout.output(job.handout.name, kind)
                if self._write_if_changed(job, kind, writer):
                    job.report.written.append(dest)
                    on_output(dest)
                else:
                    job.report.unchanged.append(dest)
        except HandoutError as exc:
            self._fail(job.path, exc, job.report)
        except OSError as exc:  # disk full, build folder not writable: name the handout
            error = os_failure(job.path, exc, self.layout.build_dir, dest)
            self._fail(job.path, error, job.report)
        return job

    def _fail(self, path: Path, error: HandoutError, report: BuildReport) -> None:
        """Record the failure; the handout keeps none of its outputs."""
        remove_outputs(self.layout, path)
        report.failed[path] = error

    def _stale(self, handout: Handout, kind: str, digests: dict[str, str]) -> bool:
        stamp = self.layout.fingerprint(handout.name, kind)
        files = self.layout.written_by(handout.name, kind)
        return not (stamp.is_file() and stamp.read_text() == digests[kind]
                    and all(f.is_file() for f in files))

    def _write_if_changed(self, job: _Job, kind: str, writer: Writer) -> bool:
        """Write unless the inputs' digest matches the last build's. Compares content, not
        timestamps: a pronunciation edit rebuilds only the readings whose script it changed."""
        if kind not in job.digests:
            job.digests[kind] = writer.fingerprint(job.handout)
        if not self._stale(job.handout, kind, job.digests):
            return False
        stamp = self.layout.fingerprint(job.handout.name, kind)
        files = self.layout.written_by(job.handout.name, kind)
        stamp.unlink(missing_ok=True)
        # The EPUB takes the reading this build wrote; with none, it reads the files back.
        handed = {"audio": job.records.get("audio")} if kind == "epub" else {}
        with self._rendering if kind == "pdf" else nullcontext():
            job.records[kind] = writer.write(job.handout, files[0], **handed)
        with atomic_output(stamp) as tmp:
            tmp.write_text(job.digests[kind])
        return files[0].is_file()  # a language with no braille table gets no BRF


def check(layout: Layout, config: ClinicConfig, paths: Sequence[Path]) -> BuildReport:
    """Load and lint each handout without writing outputs; a failing one loses its old outputs."""
    report = BuildReport()
    for path in paths:
        try:
            handout: Handout = load_handout(path, layout.handouts_dir)
        except HandoutError as exc:
            remove_outputs(layout, path)
            report.failed[path] = exc
            continue
        score, warnings = lint(handout, config)
        report.warnings.extend(warnings)
        if score:
            report.scores[path] = score
    return report


def remove_outputs(layout: Layout, path: Path) -> None:
    """Delete every output of a handout so make never takes a stale one as up to date."""
    name = handout_name(path)
    stale = [*layout.outputs(name),
             *(layout.fingerprint(name, k) for k in (*WRITER_NAMES, LINTED))]
    for output in stale:
        try:
            output.unlink(missing_ok=True)
        except OSError as exc:  # a read-only build folder: report the first failure, not this
            logger.warning("cannot remove %s: %s", output, exc.strerror)


_OS_HINTS = {
    errno.ENOSPC: "free some disk space",
    errno.EDQUOT: "free some disk space (your quota is full)",
    errno.EROFS: "the build folder is read-only; set BUILD_DIR to a folder you can write",
    errno.EACCES: "you may not write there; set BUILD_DIR to a folder you can write",
    errno.EPERM: "you may not write there; set BUILD_DIR to a folder you can write",
    errno.ENOTDIR: "a file is in the way of the build folder; set BUILD_DIR to a folder",
    errno.EEXIST: "a file is in the way of the build folder; set BUILD_DIR to a folder",
}


def os_failure(path: Path, exc: OSError, build_dir: Path, dest: Path | None) -> OutputError:
    """'handouts/x.md: could not write build/pdf/x.pdf: No space left on device — free …';
    ``dest`` names the output when the error does not (a failed write() has no file name)."""
    target = Path(exc.filename) if isinstance(exc.filename, str | Path) else dest
    if target is not None and target.name.endswith(".part"):  # atomic_output's temporary
        target = target.with_name(target.name[1:].rsplit(".", 3)[0])
    inside = target is None or target.resolve().is_relative_to(build_dir.resolve())
    what = f"{'write' if inside else 'read'} {target or 'its outputs'}"
    hint = _OS_HINTS.get(exc.errno or 0, "check the build folder (BUILD_DIR) and try again")
    return OutputError(f"{path}: could not {what}: {exc.strerror or exc} — {hint}")
