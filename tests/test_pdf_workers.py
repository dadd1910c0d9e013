"""Leaflets laid out in worker processes: the same bytes as in one process, and a worker
killed while it writes a PDF leaves no partial file; its leaflet is laid out again."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import ROOT

pytestmark = pytest.mark.slow  # whole builds with the real engines
GUIDE = ROOT / "handouts" / "leg-cramps-in-pregnancy-guide.md"
NAMES = [f"guide-{n}" for n in range(4)]
PART = re.compile(r"^\..+\.pdf\.(\d+)\.\d+\.part$")  # atomic_output's ".<name>.<pid>.<thread>.part"
POLLS = 60_000  # 10 ms apart: a safety net that fails clearly, not a timing assertion


def _project(root: Path) -> Path:
    handouts = root / "handouts"
    handouts.mkdir(parents=True)
    for name in NAMES:
        shutil.copyfile(GUIDE, handouts / f"{name}.md")
    return handouts


def _pdf_build(handouts: Path, build: Path, jobs: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "handoutkit", "pdf", "--quiet", "--jobs", str(jobs),
         "--handouts-dir", str(handouts), "--build-dir", str(build)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _worker_writing(build: Path, main_pid: int) -> int | None:
    """The pid of a worker process that is writing a PDF now, from its temporary file."""
    for part in (build / "pdf").glob(".*.part") if (build / "pdf").is_dir() else ():
        found = PART.match(part.name)
        if found and int(found[1]) != main_pid:
            return int(found[1])
    return None


def test_two_workers_write_the_same_pdfs_as_one_process(tmp_path: Path) -> None:
    handouts = _project(tmp_path)
    for jobs in (1, 2):
        done = _pdf_build(handouts, tmp_path / f"build-{jobs}", jobs)
        _, err = done.communicate()
        assert done.returncode == 0, err
    for name in NAMES:
        one = (tmp_path / "build-1" / "pdf" / f"{name}.pdf").read_bytes()
        assert one == (tmp_path / "build-2" / "pdf" / f"{name}.pdf").read_bytes(), name


def test_a_worker_killed_mid_write_leaves_no_partial_pdf(tmp_path: Path) -> None:
    handouts = _project(tmp_path)
    build = tmp_path / "build"
    process = _pdf_build(handouts, build, 2)
    victim = None
    for _ in range(POLLS):
        victim = _worker_writing(build, process.pid)
        if victim is not None or process.poll() is not None:
            break
        time.sleep(0.01)
    assert victim is not None, "no worker was seen writing a PDF"
    os.kill(victim, signal.SIGKILL)
    _, err = process.communicate()

    assert process.returncode == 0, err  # the killed worker's leaflet is laid out again
    assert not list(build.rglob("*.part")), "a temporary file was left behind"
    for name in NAMES:
        pages = PdfReader(build / "pdf" / f"{name}.pdf").pages
        assert len(pages) > 1 and pages[-1].extract_text(), name
