"""Leaflets laid out in worker processes: the same bytes as in one process, and a worker
killed while it writes a PDF leaves no partial file; its leaflet is laid out again."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver as mp_forkserver
from pathlib import Path

import pytest
from pypdf import PdfReader

from handoutkit import forkserver
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.pipeline import builder as builder_module
from handoutkit.pipeline.builder import Builder
from handoutkit.writers.pdf import pool as pool_module
from handoutkit.writers.pdf.render import RenderJob, load_engine
from tests.helpers import ROOT, front_matter

pytestmark = pytest.mark.slow  # whole builds with the real engines
GUIDE = ROOT / "handouts" / "leg-cramps-in-pregnancy-guide.md"
NAMES = [f"guide-{n}" for n in range(4)]
PART = re.compile(r"^\..+\.(\d+)\.\d+\.part$")  # atomic_output's ".<name>.<pid>.<thread>.part"
POLLS = 60_000  # 10 ms apart: a safety net that fails clearly, not a timing assertion


def _project(root: Path) -> Path:
    handouts = root / "handouts"
    shutil.copytree(GUIDE.parent / "images", handouts / "images")  # the guide's drawings
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


@pytest.mark.parametrize(("argv", "environ", "starts"), [
    (["pdf", "-j2", "--handouts-dir", "h"], {}, True),
    (["pdf", "--jobs", "2"], {}, True),
    (["build", "--jobs=3", "--formats", "audio,pdf"], {}, True),
    (["pdf"], {"MAKEFLAGS": " -j2 --jobserver-auth=3,4"}, True),  # make pdf -j2
    (["pdf", "-j", "1"], {"MAKEFLAGS": " -j2"}, False),
    (["pdf"], {"MAKEFLAGS": " -j1"}, False),
    (["build", "-j2", "--formats=audio,html"], {}, False),
    (["check", "-j2"], {}, False),
    (["serve", "-j2"], {}, False),  # the preview starts it itself, after its first imports
    ([], {}, False),
])
def test_the_fork_server_starts_before_the_command_line_loads_for_leaflet_builds(
        argv: list[str], environ: dict[str, str], starts: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m handoutkit` starts the fork server before importing the command line when
    its words say it lays out leaflets on two jobs or more, so WeasyPrint loads meanwhile."""
    started: list[bool] = []
    monkeypatch.setattr(forkserver, "start", lambda: started.append(True))
    forkserver.start_for(argv, environ)
    assert started == ([True] if starts else [])


# Runs `python -m handoutkit` as make does, and looks, when it first imports the command line,
# whether it already has a child process: the fork server.
PROBE = """import os, runpy, sys
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "handoutkit.cli":
            children = open(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read().split()
            print("fork server running before the command line loads:", bool(children))
            sys.meta_path.remove(self)
sys.meta_path.insert(0, Watch())
runpy.run_module("handoutkit", run_name="__main__", alter_sys=True)
"""


def test_python_m_handoutkit_starts_the_fork_server_before_it_imports_the_cli(
        tmp_path: Path) -> None:
    handouts = tmp_path / "handouts"
    handouts.mkdir()
    (handouts / "cramps.md").write_text(front_matter() + "\nStretch your calf.\n")
    shown = subprocess.run(
        [sys.executable, "-c", PROBE, "pdf", "-q", "-j2", "--handouts-dir", str(handouts),
         "--build-dir", str(tmp_path / "build")], cwd=ROOT, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["fork server running before the command line loads: True"]
    assert (tmp_path / "build" / "pdf" / "cramps.pdf").is_file()


def test_a_leaflet_laid_out_ahead_for_a_handout_that_fails_its_check_is_not_kept(
        tmp_path: Path) -> None:
    """Every leaflet is queued for the workers before the handouts are checked; one whose
    number reads back wrong fails after its leaflet was laid out, and leaves no file, hidden
    or not."""
    handouts = _project(tmp_path)
    wrong = front_matter(speech='{"911": "nine one two"}') + "\nCall 911 if you faint.\n"
    (handouts / "a-wrong-number.md").write_text(wrong, encoding="utf-8")
    build = tmp_path / "build"
    done = _pdf_build(handouts, build, 2)
    _, err = done.communicate()
    assert done.returncode == 1 and "reads back as 912, not 911" in err, err
    assert sorted(p.name for p in (build / "pdf").iterdir()) == [f"{n}.pdf" for n in NAMES]


def test_leaflets_are_laid_out_while_the_last_handout_still_loads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each stale leaflet goes to the workers as soon as its handout is planned, not after
    every handout is loaded: the build waits, loading the last handout, until a leaflet laid
    out ahead lies beside the PDFs (hidden, until its write takes it)."""
    handouts = _project(tmp_path)
    layout = Layout(handouts, tmp_path / "build", ROOT / "handoutkit" / "templates")
    paths = sorted(handouts.glob("*.md"))
    load = builder_module.load_handout
    laid_out_meanwhile: list[str] = []

    def loading(path: Path, folder: Path) -> object:
        pdf = layout.build_dir / "pdf"
        for _ in range(POLLS if path == paths[-1] else 0):
            if pdf.is_dir() and (ahead := [part.name for part in pdf.glob(".*.part")]):
                laid_out_meanwhile.extend(ahead)
                break
            time.sleep(0.01)
        return load(path, folder)

    monkeypatch.setattr(builder_module, "load_handout", loading)
    report = Builder(layout, ClinicConfig(), ["pdf"], jobs=2).build(paths, lambda path: None)

    assert not report.failed, report.failed
    assert laid_out_meanwhile, "no leaflet was laid out before the last handout was loaded"
    assert sorted(path.name for path in (layout.build_dir / "pdf").iterdir()) == \
        [f"{name}.pdf" for name in NAMES]


def test_a_build_whose_workers_cannot_start_says_so_for_each_leaflet(
        project: Layout, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork server cannot be reached (it is gone, or its socket was removed): each
    handout fails naming that, not a disk problem, and leaves no file."""
    def unreachable(fds: object) -> None:
        raise ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")

    monkeypatch.setattr(mp_forkserver, "connect_to_new_process", unreachable)
    for name in ("calf", "feet"):
        (project.handouts_dir / f"{name}.md").write_text(
            front_matter() + "\n## Help\n\nStretch your calf.\n", encoding="utf-8")
    builder = Builder(project, ClinicConfig(), ["pdf"], jobs=2)
    report = builder.build(sorted(project.handouts_dir.glob("*.md")), lambda path: None)

    assert sorted(path.name for path in report.failed) == ["calf.md", "feet.md"]
    for error in report.failed.values():
        assert "no process to lay it out could be started (" in str(error), error
    assert not report.written and not list(project.build_dir.rglob("*.pdf*"))


def _fork_servers() -> list[int]:
    """This process's children that are a multiprocessing fork server. Each thread's
    children are listed apart (the pool's feeder thread may be the one that started it)."""
    children = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a thread that ended meanwhile
            children += (task / "children").read_text().split()
    return [int(pid) for pid in children
            if b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def test_a_fork_server_that_died_since_the_last_build_is_started_again(tmp_path: Path) -> None:
    """A long-lived process (the test run, `make serve`) keeps the fork server its first
    leaflet build started; if it has died since, the next build starts another and lays
    out the same leaflets."""
    handouts = _project(tmp_path)
    layout = Layout(handouts, tmp_path / "build", ROOT / "handoutkit" / "templates")

    def build() -> dict[str, bytes]:
        shutil.rmtree(layout.build_dir, ignore_errors=True)
        builder = Builder(layout, ClinicConfig(), ["pdf"], jobs=2)
        report = builder.build(sorted(handouts.glob("*.md")), lambda path: None)
        assert not report.failed, report.failed
        return {path.name: path.read_bytes() for path in report.written}

    first = build()
    servers = _fork_servers()
    assert servers, "the first build started no fork server"
    for pid in servers:
        os.kill(pid, signal.SIGKILL)
    for pid in servers:  # until dead (not yet reaped), as a server that died earlier is
        for _ in range(POLLS):
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                break
            time.sleep(0.01)
    assert build() == first
    assert _fork_servers() and not set(_fork_servers()) & set(servers)


def test_a_leaflet_laid_out_ahead_is_removed_when_its_pool_broke(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker can write its leaflet whole and then the pool break (another worker killed)
    before the result comes back: the leaflet is laid out again, and the file laid out ahead,
    named for this live build, must not stay behind (it did once in CI)."""
    pool = pool_module.RenderPool(1)
    try:
        job = RenderJob(tmp_path / "a.md", "<p>x</p>", "", None, tmp_path, (tmp_path,),
                        tmp_path / "a.pdf")
        early = pool_module._ahead_path(job.dest)
        early.write_bytes(b"%PDF- laid out whole before the pool broke")
        broken: Future[int] = Future()
        broken.set_exception(BrokenProcessPool("a worker was killed"))
        monkeypatch.setattr(pool, "_replace", lambda _: None)
        monkeypatch.setattr(pool, "_render_now", lambda _: 3)
        with pool._lock:
            pool._offered.add(job.dest)
            pool._ahead[job.dest] = (
                pool_module.replace(job, dest=early), pool._pool, broken)
        assert pool.render(job) == 3  # laid out again
        assert not early.exists()
    finally:
        pool.close()


# Runs `python -m handoutkit` as make does, and says at its exit whether the build process
# itself imported WeasyPrint.
ENGINE_PROBE = """import atexit, runpy, sys
atexit.register(lambda: print("WeasyPrint in the build process:", "weasyprint" in sys.modules))
runpy.run_module("handoutkit", run_name="__main__", alter_sys=True)
"""


def test_one_stale_leaflet_at_two_jobs_is_laid_out_by_a_worker(tmp_path: Path) -> None:
    """The fork server has WeasyPrint loaded when a -j2 build starts: a build with a single
    stale leaflet (one handout edited) hands it to a worker forked from it, rather than
    importing WeasyPrint a second time in the build process; the bytes are those of -j1."""
    handouts = tmp_path / "handouts"
    shutil.copytree(GUIDE.parent / "images", handouts / "images")
    shutil.copyfile(GUIDE, handouts / "guide.md")
    built: dict[int, bytes] = {}
    for jobs in (1, 2):
        shown = subprocess.run(
            [sys.executable, "-c", ENGINE_PROBE, "pdf", "-q", f"-j{jobs}", "--handouts-dir",
             str(handouts), "--build-dir", str(tmp_path / f"build-{jobs}")],
            cwd=ROOT, capture_output=True, text=True)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.splitlines() == [f"WeasyPrint in the build process: {jobs == 1}"]
        built[jobs] = (tmp_path / f"build-{jobs}" / "pdf" / "guide.pdf").read_bytes()
    assert built[1] == built[2]


def test_a_process_with_weasyprint_loaded_lays_out_a_lone_leaflet_itself(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The live preview loads WeasyPrint after its first build, so that a save's one leaflet
    is laid out at once in its own process: no worker is started for it."""
    handouts = _project(tmp_path)
    layout = Layout(handouts, tmp_path / "build", ROOT / "handoutkit" / "templates")
    load_engine()

    def refused(workers: int) -> None:
        raise AssertionError("a worker pool was started for one leaflet")

    monkeypatch.setattr(pool_module, "RenderPool", refused)
    builder = Builder(layout, ClinicConfig(), ["pdf"], jobs=2)
    report = builder.build([handouts / f"{NAMES[0]}.md"], lambda path: None)
    assert not report.failed, report.failed
    assert [path.name for path in report.written] == [f"{NAMES[0]}.pdf"]


# In a fresh interpreter: one thread loads the engine (the preview's warm-up) and, once its
# import of WeasyPrint has begun, the main thread lays a leaflet out (a save's).
RACE = """import sys, threading, time
from pathlib import Path
from handoutkit.writers.pdf.render import RenderJob, load_engine, render_pdf
folder = Path(sys.argv[1])
warming = threading.Thread(target=load_engine)
warming.start()
while "weasyprint" not in sys.modules:
    time.sleep(0.0005)
html = '<html lang="en"><head><title>Cramps</title></head><body><p>Stretch.</p></body></html>'
print(render_pdf(RenderJob(folder / "a.md", html, "", None, folder, (folder,), folder / "a.pdf")))
warming.join()
"""


def test_a_leaflet_laid_out_while_another_thread_loads_the_engine_waits_for_it(
        tmp_path: Path) -> None:
    """The preview loads WeasyPrint on a thread after its first build; a save meanwhile lays
    its lone leaflet out in the same process, which waits until the engine is whole (it
    failed as a circular import of weasyprint.urls while the other thread was importing)."""
    shown = subprocess.run([sys.executable, "-c", RACE, str(tmp_path)], cwd=ROOT,
                           capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["1"]
    assert PdfReader(tmp_path / "a.pdf").pages[0].extract_text().strip() == "Stretch."
