"""Withdrawal through real `make`: a deleted handout leaves nothing in the build folder."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from handoutkit.pipeline.shard import shard_of
from tests.helpers import ROOT, choose_voices, front_matter

pytestmark = pytest.mark.slow


def _make(tmp_path: Path, *args: str, out: str = "out") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-C", str(ROOT), f"HANDOUTS_DIR={tmp_path / 'in'}",
         f"BUILD_DIR={tmp_path / out}", *args],
        capture_output=True, text=True, timeout=600, env={**os.environ, "MAKEFLAGS": ""},
    )


def _write(folder: Path, name: str, body: str, **front: str) -> Path:
    if not folder.exists():
        folder.mkdir()
        choose_voices(folder, en="piper")  # the quicker voice: withdrawal is the subject
    path = folder / f"{name}.md"
    path.write_text(front_matter(**front) + "\n" + body, encoding="utf-8")
    return path


def _files(out: Path) -> dict[str, bytes]:
    """Every file of the build folder (stamps included), by its path inside it."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and ".cache" not in p.parts}


def _of(files: dict[str, bytes], name: str) -> set[str]:
    return {path for path in files
            if path.rsplit("/", 1)[-1].rsplit(".", 1)[0] == name
            or path.startswith(f".stamps/{name}/")}


def test_deleting_a_handout_withdraws_every_output_and_its_catalogue_entry(
        tmp_path: Path) -> None:
    handouts = tmp_path / "in"
    _write(handouts, "cramps", "## What helps\n\nStretch your calf.\n")
    _write(handouts, "sleep", "## Sleep\n\nLie on your side.\n", title="Sleeping well")
    assert (first := _make(tmp_path)).returncode == 0, first.stderr
    out = tmp_path / "out"
    before = _files(out)
    assert {"pdf/sleep.pdf", "audio/sleep.mp3", "audio/sleep.vtt", "braille/sleep.brf",
            "epub/sleep.epub", "html/sleep.html"} <= _of(before, "sleep")
    assert "Sleeping well" in (out / "index.html").read_text(encoding="utf-8")

    (handouts / "sleep.md").unlink()
    second = _make(tmp_path)

    assert second.returncode == 0, second.stderr
    lines = [line for line in second.stdout.splitlines() if "withdrawn" in line]
    assert len(lines) == 1 and lines[0].startswith("withdrawn: sleep "), second.stdout
    assert str(out / "pdf" / "sleep.pdf") in lines[0]
    after = _files(out)
    assert _of(after, "sleep") == set()
    assert "Sleeping well" not in (out / "index.html").read_text(encoding="utf-8")
    untouched = {path for path in before if path not in _of(before, "sleep")
                 and not path.startswith(".stamps/_library/") and path not in
                 ("index.html", "audit.html", "audit.json", ".built")}
    assert {path: after.get(path) for path in untouched} == {
        path: before[path] for path in untouched}
    assert "withdrawn" not in _make(tmp_path).stdout  # once


def test_a_shard_withdraws_only_its_own_handouts_from_a_shared_folder(tmp_path: Path) -> None:
    """Two shards building into one folder: each deletes only what its own shard built."""
    handouts = tmp_path / "in"
    names = [f"topic-{i}" for i in range(6)]
    for name in names:
        _write(handouts, name, "## Part\n\nRest well.\n")
    one = [n for n in names if shard_of(n, 2) == 1]
    two = [n for n in names if shard_of(n, 2) == 2]
    assert one and two
    for shard in ("1/2", "2/2"):
        assert (done := _make(tmp_path, "pdf", f"SHARD={shard}")).returncode == 0, done.stderr
    pdfs = tmp_path / "out" / "pdf"
    for name in (one[0], two[0]):
        (handouts / f"{name}.md").unlink()

    first = _make(tmp_path, "pdf", "SHARD=1/2")

    assert first.returncode == 0, first.stderr
    assert f"withdrawn: {one[0]} " in first.stdout and two[0] not in first.stdout
    assert not (pdfs / f"{one[0]}.pdf").exists()
    assert (pdfs / f"{two[0]}.pdf").exists()  # shard 2's: left for shard 2
    second = _make(tmp_path, "pdf", "SHARD=2/2")
    assert f"withdrawn: {two[0]} " in second.stdout
    assert sorted(p.stem for p in pdfs.glob("*.pdf")) == sorted([*one[1:], *two[1:]])


def test_merge_drops_the_outputs_of_a_handout_that_is_gone(tmp_path: Path) -> None:
    handouts = tmp_path / "in"
    _write(handouts, "cramps", "## What helps\n\nStretch your calf.\n")
    _write(handouts, "sleep", "## Sleep\n\nLie on your side.\n", title="Sleeping well")
    assert (built := _make(tmp_path, "pdf", out="shard")).returncode == 0, built.stderr
    merged = _make(tmp_path, "merge", f"SHARDS={tmp_path / 'shard'}")
    assert merged.returncode == 0, merged.stderr
    out = tmp_path / "out"
    assert (out / "pdf" / "sleep.pdf").is_file()

    (handouts / "sleep.md").unlink()
    again = _make(tmp_path, "merge", f"SHARDS={tmp_path / 'shard'}")

    assert again.returncode == 0, again.stderr
    assert "withdrawn: sleep " in again.stdout
    assert not (out / "pdf" / "sleep.pdf").exists()
    assert not (out / ".stamps" / "sleep").exists()
    assert (out / "pdf" / "cramps.pdf").is_file()


def test_make_fails_a_handout_past_its_review_date_and_looks_again_on_a_new_day(
        tmp_path: Path) -> None:
    """Built on a day inside the warning window (one warning); the next make, on the day
    after the review date, runs although no file changed, and fails that handout."""
    handouts = tmp_path / "in"
    path = _write(handouts, "sleep", "## Sleep\n\nLie on your side.\n", review_due="2026-01-01")
    _write(handouts, "cramps", "## What helps\n\nStretch your calf.\n")
    env = {"HANDOUTKIT_TODAY": "2025-12-20"}
    first = _make_on(tmp_path, env)
    assert first.returncode == 0, first.stderr
    assert [line for line in first.stderr.splitlines() if "review" in line] == [
        f"{path}:5: warning: review due on 2026-01-01, within 30 days — plan it now"]
    pdfs = tmp_path / "out" / "pdf"
    cramps = (pdfs / "cramps.pdf").read_bytes()
    assert "Nothing to be done" in _make_on(tmp_path, env).stdout  # same day: no run

    late = _make_on(tmp_path, {"HANDOUTKIT_TODAY": "2026-01-02"})

    assert late.returncode != 0
    assert f"{path}:5: error: review was due on 2026-01-01 — " in late.stderr
    assert not (pdfs / "sleep.pdf").exists()
    assert (pdfs / "cramps.pdf").read_bytes() == cramps


def _make_on(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-C", str(ROOT), f"HANDOUTS_DIR={tmp_path / 'in'}",
         f"BUILD_DIR={tmp_path / 'out'}", *args],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "MAKEFLAGS": "", **env},
    )
