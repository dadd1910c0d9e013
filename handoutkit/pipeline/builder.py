"""Load the handouts, then run the requested writers on what changed, N handouts at a time;
one failure never stops the rest."""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from handoutkit.checks.governance import govern
from handoutkit.checks.placeholders import clinic_placeholders
from handoutkit.config import ClinicConfig
from handoutkit.errors import HandoutError, LintWarning, OutputError
from handoutkit.files import Layout, handout_name
from handoutkit.labels import missing_labels
from handoutkit.model import Handout
from handoutkit.pipeline.stamps import Stamp, Stamps
from handoutkit.reader.loader import load_handout
from handoutkit.reader.translations import (
    siblings,
    source_bytes,
    stem_and_tag,
    version,
    with_translations,
)
from handoutkit.records import Pending, Record, Unwritten
from handoutkit.writers import (
    LIBRARY_OUTPUTS,
    WRITERS,
    Plan,
    Records,
    Writer,
    digest,
    library_output,
    make_writer,
    needs,
)

if TYPE_CHECKING:
    from handoutkit.checks.lint import ReadingScore

logger = logging.getLogger(__name__)

LINTED = "check"  # the stamp of the handout and settings its warnings were printed for
LIBRARY = "_library"  # the stamps of library-wide outputs; no handout name starts with "_"
TEXT_FIRST = ("pdf", "html")  # what the live preview writes before the slower outputs


@dataclass
class BuildReport:
    """What a build did: outputs written, failures per handout, warnings."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # inputs as before: left alone
    failed: dict[Path, HandoutError] = field(default_factory=dict)
    warnings: list[LintWarning] = field(default_factory=list)
    scores: dict[Path, ReadingScore] = field(default_factory=dict)
    versions: dict[Path, str] = field(default_factory=dict)  # sources with translations


@dataclass
class _Job:
    """One loaded handout, the plans of its outputs not yet written and the records so far."""

    path: Path
    handout: Handout
    plans: dict[str, Plan]  # made once the records a writer needs are known
    governance: list[LintWarning]  # review, approval and translation warnings
    records: dict[str, Record] = field(default_factory=dict)
    report: BuildReport = field(default_factory=BuildReport)


class Builder:
    """Builds outputs of some kinds for handouts of one project, ``jobs`` handouts at once;
    writers are made once, so each engine and font set loads once per build."""

    def __init__(self, layout: Layout, config: ClinicConfig, kinds: Sequence[str],
                 jobs: int = 1, today: dt.date | None = None, text_first: bool = False) -> None:
        self.layout = layout
        self.config = config
        self.jobs = max(1, jobs)
        self.text_first = text_first  # the live preview: the leaflet and the page first
        self.today = today or dt.date.today()  # review dates are counted from it
        self.stamps = Stamps(layout.build_dir)
        self.writers: dict[str, Writer] = {k: make_writer(k, config, layout)
                                           for k in WRITERS if k in kinds}
        # Each stamp as this build read or wrote it, from build() to the end of finish():
        # read once, for the catalogue too.
        self._seen: dict[tuple[str, str], Stamp | None] = {}

    def build(self, paths: Sequence[Path], on_output: Callable[[Path], None]) -> BuildReport:
        """Build every handout in ``paths`` and its translations (their pages link each
        other); a failing handout keeps none of its outputs."""
        report = BuildReport()
        self._seen = {}
        ordered = with_translations(paths)
        # The longest first: their leaflets reach the layout workers first, so the workers
        # end about together (a short leaflet last, not a long one alone).
        loaded = {path: self._load(path, report)
                  for path in sorted(ordered, key=_source_size, reverse=True)}
        report.failed = {path: report.failed[path] for path in ordered if path in report.failed}
        jobs = [job for path in ordered if (job := loaded[path]) is not None]
        for job in self._run(jobs, on_output):
            report.warnings += job.report.warnings
            report.written += job.report.written
            report.unchanged += job.report.unchanged
            report.failed.update(job.report.failed)
        report.warnings += missing_labels([job.handout for job in jobs if job.report.written],
                                          self.config.labels, self.layout.handouts_dir)
        if any(job.report.written for job in jobs):  # with what was written, not every no-op
            report.warnings += clinic_placeholders(self.layout.handouts_dir)
        return report

    def finish(self, paths: Sequence[Path], on_output: Callable[[Path], None]) -> None:
        """Write the library-wide outputs (the catalogue) over every built handout of
        ``paths``, each only when its digest changed or its file is missing. Ends the build:
        the stamps it kept are read afresh by the next one (another builder may write them)."""
        try:
            library = self._library(paths)
            outputs = {name: writer.finish(library) for name, writer in self.writers.items()}
            outputs |= {name: library_output(name)(self.layout, self.config, paths, self.today)
                        for name, spec in LIBRARY_OUTPUTS.items() if spec.with_writer in outputs}
            for name, output in outputs.items():
                if output is None:
                    continue
                stamp = self._stamp(LIBRARY, name)
                if stamp and stamp.digest == output.digest and output.path.is_file():
                    continue
                self._forget(LIBRARY, name)
                output.write()
                self._keep(LIBRARY, name, output.digest, None)
                on_output(output.path)
        finally:
            self._seen = {}

    def _library(self, paths: Sequence[Path]) -> dict[str, Records]:
        """Every handout of ``paths`` whose page is built, with the records of its outputs,
        from their stamps as the build read or wrote them (nothing is read back from the
        outputs)."""
        library: dict[str, Records] = {}
        for path in paths:
            name = handout_name(path)
            records = {kind: record for kind in WRITERS
                       if (record := self._stored_record(name, kind)) is not None}
            if "html" in records:
                library[name] = records
        return library

    def _load(self, path: Path, report: BuildReport) -> _Job | None:
        """Load a handout and plan the outputs that need no other's record; a writer that
        can start on a stale plan at once (`offer`: the leaflets' workers) is given it."""
        try:
            handout, warnings = govern(load_handout(path, self.layout.handouts_dir),
                                       self.config, self.today)
            job = _Job(path, handout, {kind: writer.plan(handout, {})
                                       for kind, writer in self.writers.items()
                                       if not needs(kind)}, warnings)
        except HandoutError as exc:
            self._fail(path, exc, report)
            return None
        for kind, plan in job.plans.items():  # the leaflets' workers start on it now
            offer = getattr(self.writers[kind], "offer", None)
            if offer and self._up_to_date(handout.name, kind, plan.digest) is None:
                offer(plan, self.jobs)
        return job

    def _lint_once(self, handout: Handout, report: BuildReport,
                   governance: list[LintWarning]) -> None:
        from handoutkit.checks.lint import lint  # and the voices' number words: imported
        # here, so a leaflet build hands its leaflets to the workers a quarter second sooner

        source = digest(LINTED, handout.path.read_bytes(), source_bytes(handout),
                        repr(self.config), *map(str, governance))
        stamp = self._stamp(handout.name, LINTED)
        if stamp and stamp.digest == source:
            return
        report.warnings += lint(handout, self.config)[1] + governance
        try:
            self._keep(handout.name, LINTED, source, None)
        except OSError as exc:  # costs only the warnings printed again next time
            logger.warning("cannot record that %s was checked: %s", handout.path, exc.strerror)

    def _run(self, jobs: list[_Job], on_output: Callable[[Path], None]) -> list[_Job]:
        """Build the jobs ``self.jobs`` at a time while each writer's `prepare` works ahead
        (the voices speak what the cache lacks on as many threads)."""
        if not jobs:
            return []
        with ExitStack() as stack:
            workers = ThreadPoolExecutor(self.jobs, thread_name_prefix="handout")
            # Unwound in reverse: on Ctrl-C the voicing stops first, then running jobs end.
            stack.callback(workers.shutdown, wait=True, cancel_futures=True)
            for kind, writer in self.writers.items():
                stale = [plan for job in jobs if (plan := job.plans.get(kind)) is not None
                         and self._up_to_date(job.handout.name, kind, plan.digest) is None]
                stack.enter_context(writer.prepare(stale, self.jobs))
            # Every handout is checked before any write waits (for its leaflet from the
            # workers, its voice): else a thread that waits holds the next check back.
            checked = [workers.submit(self._lint_once, job.handout, job.report, job.governance)
                       for job in jobs]
            done = [workers.submit(self._build_one, job, linted, on_output)
                    for job, linted in zip(jobs, checked, strict=True)]
            return [future.result() for future in done]

    def _build_one(self, job: _Job, linted: Future[None],
                   on_output: Callable[[Path], None]) -> _Job:
        """Once the handout is linted (warnings once per change), write every requested
        output in order (`_passes`), each handing its record on. Linting in the build's
        threads, not while loading, lets it run while the voices load and speak and the
        leaflets are laid out."""
        dest: Path | None = None  # the output being written, for an OSError without a name
        try:
            linted.result()  # a number that reads back wrong fails the handout
            for kind, pending in self._passes(job):
                dest = self.layout.output(job.handout.name, WRITERS[kind].outputs[0].name)
                if self._write_if_changed(job, kind, self.writers[kind], pending):
                    job.report.written.append(dest)
                    on_output(dest)
                elif not (pending and WRITERS[kind].reads_all):  # else: written again next
                    job.report.unchanged.append(dest)
        except HandoutError as exc:
            self._fail(job.path, exc, job.report)
        except OSError as exc:  # disk full, build folder not writable: name the handout
            error = os_failure(job.path, exc, self.layout.build_dir, dest)
            self._fail(job.path, error, job.report)
        return job

    def _passes(self, job: _Job) -> list[tuple[str, frozenset[str]]]:
        """The outputs to write, in order, each with the outputs it is written ahead of.
        A build writes each output once, in registry order. The live preview, when outputs
        other than the leaflet and the page are stale (the reading), first writes the
        leaflet and a page that says those are being made again, so a writer sees the edit
        at once; then the rest, and the page again with them."""
        pending = self._pending(job) if self.text_first else frozenset()
        if not pending:
            return [(kind, frozenset()) for kind in self.writers]
        first = [kind for kind in self.writers if kind in TEXT_FIRST]
        return [*((kind, pending) for kind in first),
                *((kind, frozenset()) for kind in self.writers
                  if kind not in first or WRITERS[kind].reads_all)]

    def _pending(self, job: _Job) -> frozenset[str]:
        """The outputs other than the leaflet and the page that this build writes again:
        those planned with a digest unlike the last build's, and those that need them."""
        stale: set[str] = set()
        for kind in self.writers:
            plan = job.plans.get(kind)
            if kind not in TEXT_FIRST and (
                    set(needs(kind)) & stale or plan is not None
                    and self._up_to_date(job.handout.name, kind, plan.digest) is None):
                stale.add(kind)
        return frozenset(stale)

    def _fail(self, path: Path, error: HandoutError, report: BuildReport) -> None:
        """Record the failure; the handout keeps none of its outputs."""
        remove_outputs(self.layout, path)
        name = handout_name(path)
        self._seen.update({(name, kind): None for kind in (*WRITERS, LINTED)})
        report.failed[path] = error

    def _stamp(self, name: str, kind: str) -> Stamp | None:
        """The stamp of one output, read from disk once per build."""
        key = (name, kind)
        if key not in self._seen:
            self._seen[key] = self.stamps.read(name, kind)
        return self._seen[key]

    def _keep(self, name: str, kind: str, digest_now: str, record: Record | None) -> None:
        stamp = Stamp(digest_now, record.to_json() if record else None)
        self.stamps.write(name, kind, stamp.digest, stamp.record)
        self._seen[name, kind] = stamp

    def _forget(self, name: str, kind: str) -> None:
        self.stamps.forget(name, kind)
        self._seen[name, kind] = None

    def _built(self, name: str, kind: str) -> bool:
        return all(self.layout.output(name, out.name).is_file() for out in WRITERS[kind].outputs)

    def _up_to_date(self, name: str, kind: str, digest_now: str) -> Stamp | None:
        """The stamp when the digest is the last build's and its files are there (or it had
        none to write: no braille table for the language); None when the output is stale."""
        stamp = self._stamp(name, kind)
        fresh = stamp and stamp.digest == digest_now and (
            stamp.record is None or self._built(name, kind))
        return stamp if fresh else None

    def _stored_record(self, name: str, kind: str) -> Record | None:
        """The record kept with an output's stamp, if the output is there."""
        stamp = self._stamp(name, kind)
        if stamp is None or stamp.record is None or not self._built(name, kind):
            return None
        return _parsed(kind, stamp)

    def _records_for(self, job: _Job, kind: str, pending: frozenset[str]) -> Records:
        """The records the writer of ``kind`` reads: this run's, else the last build's; those
        ``pending`` are being made again after it (`Pending`)."""
        name = job.handout.name
        made = {need: record for need in needs(kind) if need not in pending
                and (record := job.records.get(need) or self._stored_record(name, need))}
        return made | {need: Pending() for need in needs(kind) if need in pending}

    def _write_if_changed(self, job: _Job, kind: str, writer: Writer,
                          pending: frozenset[str]) -> bool:
        """Write unless the inputs' digest matches the last build's, and keep the record.
        Compares content, not timestamps: a pronunciation edit rebuilds only the readings
        whose script it changed."""
        name = job.handout.name
        plan = job.plans.pop(kind, None) or writer.plan(
            job.handout, self._records_for(job, kind, pending))
        stamp = self._up_to_date(name, kind, plan.digest)
        if stamp is not None:
            if stamp.record is None:  # it had nothing to write last time either
                return False
            stored = _parsed(kind, stamp)
            if stored is not None:
                job.records[kind] = stored
                return False
        self._forget(name, kind)
        record = plan.write()
        job.report.warnings += [LintWarning(job.path, note.line, note.message)
                                for note in getattr(record, "notes", ())]
        if isinstance(record, Unwritten):  # nothing written, but notes to print
            record = None
        if record is not None:
            job.records[kind] = record
        self._keep(name, kind, plan.digest, record)
        return record is not None


def _parsed(kind: str, stamp: Stamp) -> Record | None:
    """The record kept in a stamp, or None for one an older build wrote (then: rebuild)."""
    try:
        return WRITERS[kind].record.from_json(stamp.record or {})
    except (ValueError, KeyError, TypeError):
        return None


def check(layout: Layout, config: ClinicConfig, paths: Sequence[Path],
          today: dt.date | None = None) -> BuildReport:
    """Load and lint each handout without writing outputs; a failing one loses its old outputs."""
    from handoutkit.checks.lint import lint

    report = BuildReport()
    loaded: list[Handout] = []
    for path in paths:
        try:
            handout, governance = govern(load_handout(path, layout.handouts_dir), config,
                                         today or dt.date.today())
            score, warnings = lint(handout, config)  # a number that reads back wrong fails
        except HandoutError as exc:
            remove_outputs(layout, path)
            report.failed[path] = exc
            continue
        report.warnings.extend(warnings + governance)
        loaded.append(handout)
        if score:
            report.scores[path] = score
        if stem_and_tag(handout.name)[1] is None and siblings(path):
            report.versions[path] = version(handout)
    report.warnings += missing_labels(loaded, config.labels, layout.handouts_dir)
    report.warnings += clinic_placeholders(layout.handouts_dir)
    return report


def remove_outputs(layout: Layout, path: Path) -> None:
    """Delete every output of a handout so make never takes a stale one as up to date."""
    name = handout_name(path)
    Stamps(layout.build_dir).forget_all(name)
    for output in layout.outputs(name):
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


def _source_size(path: Path) -> int:
    """A handout's size in bytes (0 if it cannot be read: its load says why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


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
