"""For each handout: load it, then run the requested writers; one failure never stops the rest."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from handoutkit.config import ClinicConfig
from handoutkit.errors import HandoutError, LintWarning, OutputError
from handoutkit.files import Layout, atomic_output, handout_name
from handoutkit.lint import ReadingScore, lint
from handoutkit.loader import load_handout
from handoutkit.model import Handout
from handoutkit.writers import WRITER_NAMES, Writer, make_writer

logger = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did: outputs written, failures per handout, warnings."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # inputs as before: only touched
    failed: dict[Path, HandoutError] = field(default_factory=dict)
    warnings: list[LintWarning] = field(default_factory=list)
    scores: dict[Path, ReadingScore] = field(default_factory=dict)


class Builder:
    """Builds outputs of some kinds for handouts of one project; writers are made once."""

    def __init__(self, layout: Layout, config: ClinicConfig, kinds: Sequence[str]) -> None:
        self.layout = layout
        self.config = config
        self.writers: dict[str, Writer] = {k: make_writer(k, config, layout) for k in kinds}

    def build(self, paths: Sequence[Path], on_output: Callable[[Path], None]) -> BuildReport:
        """Build every handout in ``paths``; a failing handout keeps none of its outputs."""
        report = BuildReport()
        for path in paths:
            dest: Path | None = None  # the output being written, for an OSError without a name
            try:
                handout = load_handout(path, self.layout.handouts_dir)
                for kind, writer in self.writers.items():
                    dest = self.layout.output(handout.name, kind)
                    if self._write_if_changed(handout, kind, writer):
                        report.written.append(dest)
                        on_output(dest)
                    else:
                        report.unchanged.append(dest)
            except HandoutError as exc:
                remove_outputs(self.layout, path)
                report.failed[path] = exc
            except OSError as exc:  # disk full, build folder not writable: name the handout
                remove_outputs(self.layout, path)
                report.failed[path] = os_failure(path, exc, self.layout.build_dir, dest)
        return report


    def _write_if_changed(self, handout: Handout, kind: str, writer: Writer) -> bool:
        """Write unless the inputs' digest matches the last build's; then only touch the files,
        so make sees them as fresh. Compares content, not timestamps: a pronunciation edit
        rebuilds only the readings whose script it changed."""
        stamp = self.layout.fingerprint(handout.name, kind)
        files = self.layout.written_by(handout.name, kind)
        digest = writer.fingerprint(handout)
        if stamp.is_file() and stamp.read_text() == digest and all(f.is_file() for f in files):
            for output in files:
                os.utime(output)
            return False
        stamp.unlink(missing_ok=True)
        writer.write(handout, files[0])
        with atomic_output(stamp) as tmp:
            tmp.write_text(digest)
        return True


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
    stale = [*layout.outputs(name), *(layout.fingerprint(name, k) for k in WRITER_NAMES)]
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
        target = target.with_name(target.name[1:].rsplit(".", 2)[0])
    inside = target is None or target.resolve().is_relative_to(build_dir.resolve())
    what = f"{'write' if inside else 'read'} {target or 'its outputs'}"
    hint = _OS_HINTS.get(exc.errno or 0, "check the build folder (BUILD_DIR) and try again")
    return OutputError(f"{path}: could not {what}: {exc.strerror or exc} — {hint}")
