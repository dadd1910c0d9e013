"""Builds killed part-way (SIGINT, SIGKILL at seeded random build events) leave only
complete outputs and a sound speech cache, and the next run finishes the job.

Real `python -m handoutkit` processes on two short handouts (English read by piper, Spanish
by espeak-ng: the voice is not the subject, and Kokoro would load its model in every killed
process) with the samples' other settings, and a speech cache of their own. Each kill is set off
by an event of the build, not by the clock: tests/stop_at.py stops the process as it is
about to write or move into place its N-th file of a kind (a PDF, an MP3, a transcript, a
stamp, a speech cache entry), and the signal is sent then. A PDF that survives a kill must
equal, byte for byte, the one a full run makes (builds are reproducible); an MP3 must decode
to the length its chapters say, with its transcript beside it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from pypdf import PdfReader

from handoutkit.files import Layout, remove_stale_parts
from handoutkit.speech.cache import _parse_entry
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt
from tests.guards import deadline
from tests.helpers import FIXTURES, ROOT, TEMPLATES, choose_voices, copy_samples

pytestmark = pytest.mark.slow

SEED = 20260710
# Short: 18 and 16 sentences, enough for the kills while voicing (at most 16 stored).
ENGLISH = FIXTURES / "urgent" / "sore-leg.md"
SPANISH = FIXTURES / "spanish" / "lavado-de-manos.es.md"
NAMES = (SPANISH.name, ENGLISH.name)
HANG_SECONDS = 600  # a safety net only: a whole build of them takes well under a minute

# Moments a build can be stopped at: (event, file name pattern), see tests/stop_at.py.
PDF_MOMENTS = [("open", ".*.pdf.*.part"),  # about to write a PDF
               ("rename", ".*.pdf.*.part"),  # a PDF written in full, not yet in place
               ("open", ".pdf.stamp.*.part")]  # a PDF in place, its stamp not yet written
VOICING = ("open", ".*.pcm.*.part")  # about to store a voiced sentence in the speech cache
AUDIO_MOMENTS = [("open", ".*.mp3.*.part"), ("rename", ".*.mp3.*.part"),
                 ("open", ".*.vtt.*.part"), ("rename", ".*.vtt.*.part"),
                 ("open", ".audio.stamp.*.part")]


@pytest.fixture
def short(tmp_path: Path) -> Layout:
    """The two short handouts with the samples' settings but quick voices; the speech cache
    beside them, cold."""
    project = copy_samples(tmp_path / "project", only=())
    choose_voices(project.handouts_dir, en="piper", es="espeak-ng")
    for handout in (ENGLISH, SPANISH):
        shutil.copy(handout, project.handouts_dir)
    return Layout(project.handouts_dir, project.build_dir, TEMPLATES, tmp_path / "cache")


@dataclass(frozen=True)
class Moment:
    """The ``count``-th distinct file matching ``pattern`` at ``event`` ("open", "rename")."""

    event: str
    pattern: str
    count: int


def command(kind: str, layout: Layout, *names: str) -> list[str]:
    """Leaflets on one job: they are then laid out in the build process itself, where stop_at
    sees them (a killed worker process is tests/test_pdf_workers.py's case)."""
    jobs = ["--jobs", "1"] if kind == "pdf" else []
    return [kind, "-q", *jobs, "--handouts-dir", str(layout.handouts_dir),
            "--build-dir", str(layout.build_dir), "--cache-dir", str(layout.cache_dir),
            *(str(layout.handouts_dir / name) for name in names)]


def kill_at(moment: Moment, how: signal.Signals, kind: str, layout: Layout,
            *names: str) -> int:
    """Run a build, send ``how`` when it reaches ``moment``; returns the exit status."""
    argv = [sys.executable, "-m", "tests.stop_at", moment.event, moment.pattern,
            str(moment.count), "--", *command(kind, layout, *names)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            with deadline(HANG_SECONDS):
                _, status = os.waitpid(process.pid, os.WUNTRACED)
                assert os.WIFSTOPPED(status), (
                    f"the build ended (status {os.waitstatus_to_exitcode(status)}) before "
                    f"{moment}: {_read(err)}")
                process.send_signal(how)
                process.send_signal(signal.SIGCONT)
                returncode = process.wait()
        finally:
            if process.returncode is None and process.poll() is None:
                process.kill()
        return _assert_ended_by(how, returncode, _read(err))


def _read(stream: IO[str]) -> str:
    stream.seek(0)
    return stream.read()


def _assert_ended_by(how: signal.Signals, returncode: int, err: str) -> int:
    if how == signal.SIGKILL:
        assert returncode == -signal.SIGKILL, (returncode, err)
    else:
        assert returncode == 130, (returncode, err)
        assert err.strip().endswith("handoutkit: interrupted") and "Traceback" not in err, err
    return returncode


def run(kind: str, layout: Layout, *names: str) -> None:
    process = subprocess.run([sys.executable, "-m", "handoutkit", *command(kind, layout, *names)],
                             cwd=ROOT, capture_output=True, text=True, timeout=HANG_SECONDS)
    assert process.returncode == 0, process.stderr


def parts(layout: Layout) -> list[Path]:
    """Temporary files in the build folder (the speech cache is outside it)."""
    return list(layout.build_dir.rglob(".*.part"))


def cache_entries(layout: Layout) -> dict[Path, tuple[int, int]]:
    """Each speech cache entry with its size and modification time."""
    return {entry: (entry.stat().st_size, entry.stat().st_mtime_ns)
            for entry in (layout.cache_dir / "speech").rglob("*.pcm")}


def assert_mp3_complete(mp3: Path) -> None:
    vtt = mp3.with_suffix(".vtt")
    assert vtt.is_file(), f"{mp3.name} without its transcript"
    audio = decode_mp3(mp3.read_bytes())
    chapters = read_chapters(mp3)
    assert chapters, f"{mp3.name} has no chapters: its tags were never written"
    assert abs(audio.duration - chapters[-1].end_ms / 1000) < 0.1, mp3.name
    cues = parse_vtt(vtt.read_text(encoding="utf-8"))
    assert cues and cues[-1].end <= audio.duration + 0.05, vtt.name


def assert_cache_sound(layout: Layout) -> None:
    """Every speech cache entry reads back whole (a damaged one would be re-made, not used)."""
    for entry in (layout.cache_dir / "speech").rglob("*.pcm"):
        problem, pcm = _parse_entry(entry.read_bytes())
        assert pcm is not None, f"{entry.name}: {problem}"


def test_killed_pdf_builds_leave_only_complete_pdfs(short: Layout, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    names = sorted(p.name for p in short.handouts_dir.glob("*.md"))
    reference = Layout(short.handouts_dir, tmp_path / "reference", TEMPLATES, short.cache)
    run("pdf", reference, *names)
    complete = {pdf.name: pdf.read_bytes() for pdf in (reference.build_dir / "pdf").iterdir()}
    for how in (signal.SIGKILL, signal.SIGINT, signal.SIGKILL):
        moment = Moment(*rng.choice(PDF_MOMENTS), rng.randint(1, len(names)))
        kill_at(moment, how, "pdf", short, *names)
        if how == signal.SIGINT:
            assert parts(short) == [], "an interrupted build removes its temporary files"
        for pdf in sorted((short.build_dir / "pdf").glob("*.pdf")):
            assert len(PdfReader(pdf).pages) >= 1  # parses, trailer and all
            assert pdf.read_bytes() == complete[pdf.name], f"{pdf.name} survived but is partial"
        shutil.rmtree(short.build_dir / ".stamps", ignore_errors=True)

    run("pdf", short, *names)

    final = {pdf.name: pdf.read_bytes() for pdf in (short.build_dir / "pdf").glob("*.pdf")}
    assert final == complete
    assert parts(short) == [], "the next run removes what a killed one left"


def test_killed_audio_builds_leave_only_complete_readings(short: Layout) -> None:
    rng = random.Random(SEED + 1)
    # While voicing, from an empty cache: stopped as the N-th sentence is stored.
    for how in (signal.SIGKILL, signal.SIGINT):
        kill_at(Moment(*VOICING, rng.randint(1, 8)), how, "audio", short, *NAMES)
        check_audio(short, after=how)
    voiced_before = cache_entries(short)
    assert voiced_before, "the killed runs stored the sentences they voiced"
    run("audio", short, *NAMES)
    assert cache_entries(short).items() >= voiced_before.items(), (
        "the cache made by killed runs is used, not voiced again")
    # While encoding and writing: the cache is warm, the outputs are rewritten.
    for how in (signal.SIGINT, signal.SIGKILL, signal.SIGINT):
        shutil.rmtree(short.build_dir / ".stamps", ignore_errors=True)
        moment = Moment(*rng.choice(AUDIO_MOMENTS), rng.randint(1, 2))
        kill_at(moment, how, "audio", short, *NAMES)
        check_audio(short, after=how)

    warm = cache_entries(short)
    run("audio", short, *NAMES)
    assert cache_entries(short) == warm, "every sentence comes from the cache"
    for name in NAMES:
        assert_mp3_complete(short.output(name.removesuffix(".md"), "audio"))
    assert parts(short) == []


def check_audio(layout: Layout, after: signal.Signals) -> None:
    for mp3 in (layout.build_dir / "audio").glob("*.mp3"):
        assert_mp3_complete(mp3)
    assert_cache_sound(layout)
    if after == signal.SIGINT:
        assert parts(layout) == [], "an interrupted build removes its temporary files"


def test_stale_parts_are_removed_but_a_running_builds_are_kept(tmp_path: Path) -> None:
    build = tmp_path / "build"
    (build / "pdf").mkdir(parents=True)
    (build / ".cache" / "speech" / "ab").mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = build / "pdf" / f".x.pdf.{dead}.{dead}.part"
    live = build / "pdf" / f".y.pdf.{os.getpid()}.{threading.get_native_id()}.part"
    fresh_cache = build / ".cache" / "speech" / "ab" / ".ab12.pcm.k3j9x2qa.part"
    old_cache = build / ".cache" / "speech" / "ab" / ".ab34.pcm.12345678.part"
    output = build / "pdf" / "x.pdf"
    for path in (stale, live, fresh_cache, old_cache, output):
        path.write_bytes(b"partial")
    hours_ago = time.time() - 7200
    os.utime(old_cache, (hours_ago, hours_ago))

    assert sorted(remove_stale_parts(build)) == sorted([stale, old_cache])
    assert live.exists() and fresh_cache.exists() and output.exists()
    assert remove_stale_parts(tmp_path / "no-such-build") == []


# Writers that manage their own temporary file, or write only to the one they are handed.
OWN_TEMPORARY = {
    "speech/tags.py": "id3.save(path): the audio writer passes its atomic_output file",
    "writers/fonts.py": "font.save(BytesIO()): a face or its subset is made in memory, no file",
    "writers/pdf/warm.py": "write_pdf() with no target returns bytes: a warm-up, no file",
}
WRITES = {"write_text", "write_bytes", "copyfile", "copy", "copy2", "save", "write_pdf"}


def test_every_write_in_the_package_goes_through_atomic_output() -> None:
    """A static check, so a new writer cannot forget: each call that writes a file sits inside
    a `with atomic_output(...)` block (or is listed above with its reason)."""
    import ast

    package = Path(__file__).resolve().parent.parent / "handoutkit"
    unguarded = []
    for module in sorted(package.rglob("*.py")):
        name = module.relative_to(package).as_posix()
        tree = ast.parse(module.read_text(encoding="utf-8"))
        guarded = {id(node) for block in ast.walk(tree) if isinstance(block, ast.With)
                   and any("atomic_output" in ast.unparse(item.context_expr)
                           for item in block.items)
                   for node in ast.walk(block)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in WRITES and id(node) not in guarded
                    and name not in OWN_TEMPORARY):
                unguarded.append(f"{name}:{node.lineno}: {ast.unparse(node)[:60]}")
    assert unguarded == []
