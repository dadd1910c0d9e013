"""`make` with HANDOUTS_DIR and BUILD_DIR: builds, rebuilds only what changed, fails cleanly."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ROOT, choose_voices, front_matter

pytestmark = pytest.mark.slow


def _make(tmp_path: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-C", str(ROOT), f"HANDOUTS_DIR={tmp_path / 'in'}",
         f"BUILD_DIR={tmp_path / 'out'}", *targets],
        capture_output=True, text=True, timeout=600, env={**os.environ, "MAKEFLAGS": ""},
    )


def _write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(front_matter() + "\n" + body, encoding="utf-8")
    return path


def _mtimes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    _write(tmp_path / "in", "cramps", "## What helps\n\nStretch your calf.\n")
    _write(tmp_path / "in", "sleep", "## Sleep\n\nLie on your side.\n")
    choose_voices(tmp_path / "in", en="piper")  # the quicker voice: make is the subject
    return tmp_path


def test_builds_another_folder_then_only_what_changed(folder: Path) -> None:
    first = _make(folder, "pdf")
    assert first.returncode == 0, first.stderr
    pdfs = folder / "out" / "pdf"
    assert sorted(p.name for p in pdfs.iterdir()) == ["cramps.pdf", "sleep.pdf"]

    before = _mtimes(pdfs)
    again = _make(folder, "pdf")
    assert again.returncode == 0 and "pdf" not in again.stdout + again.stderr  # quiet
    assert _mtimes(pdfs) == before

    os.utime(folder / "in" / "cramps.md")  # newer but the same: its content decides
    _write(folder / "in", "sleep", "## Sleep\n\nLie on your left side.\n")
    third = _make(folder, "pdf")
    after = _mtimes(pdfs)
    assert third.returncode == 0, third.stderr
    assert after["cramps.pdf"] == before["cramps.pdf"]
    assert after["sleep.pdf"] > before["sleep.pdf"]


def test_a_broken_handout_fails_make_and_leaves_no_output(folder: Path) -> None:
    assert _make(folder, "pdf").returncode == 0
    _write(folder / "in", "sleep", "# Not allowed\n\nText.\n")

    result = _make(folder, "pdf")

    assert result.returncode != 0
    assert f"{folder / 'in' / 'sleep.md'}:7: error: a '#' heading in the body" in result.stderr
    assert not (folder / "out" / "pdf" / "sleep.pdf").exists()
    assert (folder / "out" / "pdf" / "cramps.pdf").exists()


def test_make_builds_everything_once_and_remakes_a_deleted_output(folder: Path) -> None:
    """Tagalog, which has no voice and no braille table, gets its leaflet, e-book and page,
    and its missing MP3 and BRF do not make make run again."""
    tagalog = folder / "in" / "sleep.tl.md"
    tagalog.write_text(front_matter(lang="tl", title="Pagtulog", summary="Ano ang makakatulong.")
                       + "\n## Pagtulog\n\nHumiga nang patagilid.\n", encoding="utf-8")
    first = _make(folder, "-j2")
    assert first.returncode == 0, first.stderr
    out = folder / "out"
    built = {p.relative_to(out).as_posix() for p in (*out.glob("[!.]*/*.*"), *out.glob("*.*"))
             if p.suffix in (".pdf", ".mp3", ".vtt", ".txt", ".brf", ".epub", ".html")}
    assert built == {f"{k}/{n}.{s}" for n in ("cramps", "sleep")
                     for k, s in (("pdf", "pdf"), ("audio", "mp3"), ("audio", "vtt"),
                                  ("audio", "txt"),
                                  ("braille", "brf"), ("epub", "epub"),
                                  ("narrator", "html"), ("html", "html"))} | {
        "pdf/sleep.tl.pdf", "epub/sleep.tl.epub", "narrator/sleep.tl.html", "html/sleep.tl.html",
        "index.html", "audit.html"}
    before = _mtimes(out / "audio")

    again = _make(folder)
    assert "Nothing to be done" in again.stdout, again.stdout

    (out / "html" / "sleep.html").unlink()
    third = _make(folder)
    assert third.returncode == 0, third.stderr
    assert f"{out / 'html' / 'sleep.html'}" in third.stdout
    assert (out / "html" / "sleep.html").is_file() and _mtimes(out / "audio") == before

    _write(folder / "in", "cramps", "## What helps\n\nStretch your calf and rest.\n")
    edit = _make(folder)
    assert edit.returncode == 0, edit.stderr
    written = {Path(line.strip()).name for line in edit.stdout.splitlines() if "/out/" in line}
    assert written == {"cramps.pdf", "cramps.mp3", "cramps.brf", "cramps.epub", "cramps.html",
                       "index.html", "audit.html"}  # the audit lists what changed
    assert _mtimes(out / "audio")["sleep.mp3"] == before["sleep.mp3"]


def test_a_missing_handouts_folder_is_named(tmp_path: Path) -> None:
    result = _make(tmp_path)  # tmp_path / "in" was never made
    assert result.returncode != 0
    assert f"{tmp_path / 'in'}: no such folder — set HANDOUTS_DIR" in result.stderr
    assert not (tmp_path / "out").exists()
