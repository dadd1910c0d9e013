"""Faults while building, through the command line: each is exit 1 and one clear message that
names the handout, with no traceback and no output left behind; gTTS waits as its retry
policy says (the waits are recorded, not slept).

Engines fail at their own boundary: piper inside its PiperVoice.synthesize, gTTS at its HTTP
transport (FakeGoogle in tests/helpers.py), the disk in open().
"""

from __future__ import annotations

import builtins
import errno
import inspect
import io
import os
import re
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime
import pytest
import requests
from piper import PiperVoice

from handoutkit.cli import main
from handoutkit.files import Layout
from handoutkit.speech.engines.gtts import GttsEngine
from tests.guards import deadline
from tests.helpers import FakeGoogle, batchexecute_body, front_matter, use

HANG_SECONDS = 300  # a safety net against a hang, not a speed check


@pytest.fixture
def handout(project: Layout) -> Path:
    """A short English handout, read by piper (the faster opt-in), whose faults these inject."""
    (project.handouts_dir / "clinic.yaml").write_text("voices: {en: piper}\n", encoding="utf-8")
    path = project.handouts_dir / "cramps.md"
    path.write_text(front_matter() + "\n## What helps\n\nStretch your calf.\n", encoding="utf-8")
    return path


def build(kind: str, project: Layout, path: Path, capsys: pytest.CaptureFixture[str],
          build_dir: Path | None = None) -> tuple[int, str]:
    """Run `handoutkit <kind>` on one handout: exit status and stderr. The speech cache is
    the build folder's own, empty: every sentence reaches the engine that fails."""
    build_dir = build_dir or project.build_dir
    with deadline(HANG_SECONDS):
        status = main([kind, "-q", "--handouts-dir", str(project.handouts_dir),
                       "--build-dir", str(build_dir), "--cache-dir", str(build_dir / ".cache"),
                       str(path)])
    return status, capsys.readouterr().err


def assert_clean_failure(status: int, err: str, path: Path, message: str, build_dir: Path) -> None:
    assert status == 1, err
    assert "Traceback" not in err, err
    assert any(line.startswith(f"{path}: {message}") for line in err.splitlines()), err
    assert err.rstrip().endswith(f"handoutkit: 1 handout(s) failed: {path}"), err
    leftovers = [p for p in build_dir.rglob("*") if p.is_file() and ".cache" not in p.parts]
    assert leftovers == [], "no output, temporary or fingerprint may be left behind"


# ---- piper ---------------------------------------------------------------------------


def test_piper_raising_inside_synthesis(
    handout: Path, project: Layout, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, no_network: list[str],
) -> None:
    def broken(self: onnxruntime.InferenceSession, *args: Any, **kwargs: Any) -> list[Any]:
        raise RuntimeError("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : bad allocation")

    monkeypatch.setattr(onnxruntime.InferenceSession, "run", broken)
    status, err = build("audio", project, handout, capsys)
    assert_clean_failure(status, err, handout, "no audio: piper could not speak 'Leg cramps.': "
                         "[ONNXRuntimeError]", project.build_dir)
    assert no_network == []


@pytest.mark.parametrize(("phonemes", "message"), [
    ([], "no audio: piper returned no audio for 'Leg cramps.'"),
    ([["l", "ɛ", "ɡ"]], "no audio: piper returned no audible speech for 'Leg cramps.'"),
], ids=["no sentences", "silence"])
def test_piper_returning_empty_audio(
    phonemes: list[list[str]], message: str, handout: Path, project: Layout,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """piper finds nothing to say, or the voice model returns only silence."""
    silent = [np.zeros((1, 1, 1, 22050), np.float32)]
    monkeypatch.setattr(PiperVoice, "phonemize", lambda self, text: phonemes)
    monkeypatch.setattr(onnxruntime.InferenceSession, "run", lambda self, *args: silent)
    status, err = build("audio", project, handout, capsys)
    assert_clean_failure(status, err, handout, message, project.build_dir)


# ---- gTTS at its HTTP transport --------------------------------------------------------


@pytest.fixture
def waits() -> list[float]:
    """The seconds gTTS asked to wait between tries."""
    return []


@pytest.fixture
def gtts_project(project: Layout, waits: list[float], monkeypatch: pytest.MonkeyPatch) -> Layout:
    """The project reads English with gTTS, whose waits between tries are recorded, not slept."""
    (project.handouts_dir / "clinic.yaml").write_text("voices: {en: gtts}\n", encoding="utf-8")
    parameters = inspect.signature(GttsEngine.__init__).parameters.values()
    defaults = tuple(waits.append if p.name == "sleep" else p.default for p in parameters
                     if p.default is not inspect.Parameter.empty)
    monkeypatch.setattr(GttsEngine.__init__, "__defaults__", defaults)
    return project


NOT_MP3 = batchexecute_body(b"\x00garbage, not an MP3 at all" * 50)


@pytest.mark.parametrize(("replies", "message"), [
    ([429, 429, 429], "no audio: gTTS failed after 3 request(s): 429"),
    ([500, 502, 503], "no audio: gTTS failed after 3 request(s): 503"),
    ([requests.exceptions.ReadTimeout("read timed out")] * 3,
     "no audio: gTTS failed after 3 request(s)"),
    ([b"<html>Sorry, an error occurred</html>"], "no audio: cannot decode MP3 audio"),
    ([NOT_MP3], "no audio: cannot decode MP3 audio"),
], ids=["429", "5xx", "time-outs", "garbage", "not an mp3"])
def test_gtts_failures(
    replies: list[Any], message: str, handout: Path, gtts_project: Layout,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_network: list[str],
    waits: list[float],
) -> None:
    fake = use(monkeypatch, FakeGoogle(*replies))
    status, err = build("audio", gtts_project, handout, capsys)
    assert_clean_failure(status, err, handout, message, gtts_project.build_dir)
    assert len(fake.requests) == len(replies)
    assert waits == [2.0**n for n in range(len(replies) - 1)], "1 s, then twice as long"
    assert no_network == [], "the fake transport answers; nothing reaches a socket"


# ---- the disk ---------------------------------------------------------------------------


class _FillsUp(io.RawIOBase):
    """A file that takes a few bytes and then reports the disk full, as write(2) does."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.real.write(data[:100] if isinstance(data, str) else bytes(data)[:100])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def close(self) -> None:
        self.real.close()
        super().close()


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing any output's temporary file (atomic_output's .part) fills the disk."""
    real_open = builtins.open

    def full_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        stream = real_open(file, mode, *args, **kwargs)
        if str(file).endswith(".part") and any(m in mode for m in "wa+"):
            return _FillsUp(stream)
        return stream

    monkeypatch.setattr(builtins, "open", full_open)
    monkeypatch.setattr(io, "open", full_open)


@pytest.mark.parametrize(("kind", "output"), [("pdf", "pdf/cramps.pdf"),
                                              ("audio", "audio/cramps.mp3")])
def test_disk_full(
    kind: str, output: str, handout: Path, project: Layout,
    capsys: pytest.CaptureFixture[str], disk_full: None,
) -> None:
    status, err = build(kind, project, handout, capsys)
    assert_clean_failure(status, err, handout, f"could not write {project.build_dir / output}: "
                         "No space left on device — free some disk space", project.build_dir)


def test_build_folder_under_a_file(
    handout: Path, project: Layout, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """A build folder that cannot be made (read-only in effect, even for root)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the build folder should go", encoding="utf-8")
    status, err = build("pdf", project, handout, capsys, build_dir=blocker / "build")
    assert status == 1 and "Traceback" not in err, err
    line = next(line for line in err.splitlines() if line.startswith(f"{handout}: "))
    assert f"could not write {blocker}/build/" in line
    assert line.endswith("— a file is in the way of the build folder; set BUILD_DIR to a folder")
    assert blocker.read_text(encoding="utf-8").startswith("a file")


@pytest.mark.skipif(os.geteuid() == 0, reason="running as root: chmod cannot stop root "
                    "writing; test_build_folder_under_a_file covers an unwritable folder")
def test_read_only_build_folder(
    handout: Path, project: Layout, capsys: pytest.CaptureFixture[str],
) -> None:
    (project.build_dir / "pdf").mkdir(parents=True)
    (project.build_dir / "pdf").chmod(0o555)
    try:
        status, err = build("pdf", project, handout, capsys)
    finally:
        (project.build_dir / "pdf").chmod(0o755)
    assert status == 1 and "Traceback" not in err, err
    assert f"{handout}: could not write " in err and "Permission denied" in err


def test_disk_full_while_the_catalogue_is_written(
    project: Layout, capsys: pytest.CaptureFixture[str], disk_full: None,
) -> None:
    """It said only "handoutkit: a file: No space left on device" (a failed write() carries
    no file name): now the file being written and the fix."""
    status = main(["index", "--handouts-dir", str(project.handouts_dir),
                   "--build-dir", str(project.build_dir)])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err, err
    assert re.fullmatch(rf"handoutkit: could not write {re.escape(str(project.build_dir))}/\S+: "
                        r"No space left on device — free some disk space\n", err), err
    assert not (project.build_dir / "index.html").exists()
    assert not list(project.build_dir.rglob("*.part"))
