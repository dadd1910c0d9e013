"""Builds killed part-way (SIGINT, SIGKILL at seeded random moments) leave only complete
outputs and a sound speech cache, and the next run finishes the job.

Real `python -m handoutkit` processes on a copy of the sample handouts. A PDF that survives
a kill must equal, byte for byte, the one a full run makes (builds are reproducible); an MP3
must decode to the length its chapters say, with its transcript beside it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from handoutkit.files import Layout, remove_stale_parts
from handoutkit.speech.cache import _parse_entry
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt
from tests.conftest import SAMPLES, TEMPLATES

SEED = 20260710
ENGLISH, SPANISH = "leg-cramps-in-pregnancy.md", "leg-cramps-in-pregnancy.es.md"


@pytest.fixture
def samples(tmp_path: Path) -> Layout:
    shutil.copytree(SAMPLES, tmp_path / "handouts")
    return Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)


def start(kind: str, layout: Layout, *names: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "handoutkit", kind, "-q",
               "--handouts-dir", str(layout.handouts_dir), "--build-dir", str(layout.build_dir),
               *(str(layout.handouts_dir / name) for name in names)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


def interrupt(process: subprocess.Popen[str], after: float, how: signal.Signals) -> int:
    """Send ``how`` after ``after`` seconds (unless it finished); returns the exit status."""
    try:
        process.wait(timeout=after)
    except subprocess.TimeoutExpired:
        process.send_signal(how)
    _, err = process.communicate(timeout=60)
    allowed = {0, 130, -signal.SIGINT} if how == signal.SIGINT else {0, -signal.SIGKILL}
    assert process.returncode in allowed, (process.returncode, err)
    if how == signal.SIGINT and process.returncode == 130:
        assert err.strip().endswith("handoutkit: interrupted") and "Traceback" not in err, err
    return process.returncode


def run(kind: str, layout: Layout, *names: str) -> None:
    process = start(kind, layout, *names)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err


def parts(layout: Layout) -> list[Path]:
    return [p for folder in ("pdf", "audio") for p in (layout.build_dir / folder).glob(".*.part")]


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


def timed_run(kind: str, layout: Layout, *names: str) -> float:
    """Seconds a whole run takes here: kills are timed as fractions of it."""
    started = time.monotonic()
    run(kind, layout, *names)
    return time.monotonic() - started


def test_killed_pdf_builds_leave_only_complete_pdfs(samples: Layout, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    names = sorted(p.name for p in samples.handouts_dir.glob("*.md"))
    reference = Layout(samples.handouts_dir, tmp_path / "reference", TEMPLATES)
    whole = timed_run("pdf", reference, *names)
    complete = {pdf.name: pdf.read_bytes() for pdf in (reference.build_dir / "pdf").iterdir()}
    statuses = []
    for how in (signal.SIGKILL, signal.SIGINT, signal.SIGKILL):
        statuses.append(interrupt(start("pdf", samples, *names), rng.uniform(0.4, 0.95) * whole,
                                  how))
        if how == signal.SIGINT:
            assert parts(samples) == [], "an interrupted build removes its temporary files"
        for pdf in sorted((samples.build_dir / "pdf").glob("*.pdf")):
            assert len(PdfReader(pdf).pages) >= 1  # parses, trailer and all
            assert pdf.read_bytes() == complete[pdf.name], f"{pdf.name} survived but is partial"
        shutil.rmtree(samples.build_dir / ".stamps", ignore_errors=True)
    assert any(statuses), f"no kill landed while the build ran: {statuses}"

    run("pdf", samples, *names)

    final = {pdf.name: pdf.read_bytes() for pdf in (samples.build_dir / "pdf").glob("*.pdf")}
    assert final == complete
    assert parts(samples) == [], "the next run removes what a killed one left"


def test_killed_audio_builds_leave_only_complete_readings(samples: Layout) -> None:
    rng = random.Random(SEED + 1)
    statuses = []
    # While voicing: the English reading takes piper ~15 s from an empty cache.
    for how in (signal.SIGKILL, signal.SIGINT):
        statuses.append(interrupt(start("audio", samples, SPANISH, ENGLISH),
                                  rng.uniform(2.0, 5.0), how))
        check_audio(samples, after=how)
    run("audio", samples, SPANISH, ENGLISH)
    # While measuring, encoding and writing: the cache is warm, the outputs are rewritten.
    shutil.rmtree(samples.build_dir / ".stamps")
    whole = timed_run("audio", samples, SPANISH, ENGLISH)
    for how in (signal.SIGINT, signal.SIGKILL, signal.SIGINT):
        shutil.rmtree(samples.build_dir / ".stamps", ignore_errors=True)
        statuses.append(interrupt(start("audio", samples, SPANISH, ENGLISH),
                                  rng.uniform(0.4, 0.95) * whole, how))
        check_audio(samples, after=how)
    assert all(statuses[:2]) and any(statuses[2:]), f"kills missed the builds: {statuses}"

    started = time.monotonic()
    run("audio", samples, SPANISH, ENGLISH)
    assert time.monotonic() - started < 30, "the cache made by killed runs is used"
    for name in (SPANISH, ENGLISH):
        assert_mp3_complete(samples.output(name.removesuffix(".md"), "audio"))
    assert parts(samples) == []


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
