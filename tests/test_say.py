"""`handoutkit say`: the words the voice will say, for one phrase or line by line from a pipe."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from pathlib import Path

from handoutkit.files import Layout

ROOT = Path(__file__).resolve().parent.parent

DEADLOCK_GUARD = 120  # seconds: only so a missing flush fails the test instead of hanging it


def _say(*args: str, cwd: Path = ROOT, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "handoutkit", "say", *args], cwd=cwd,
                            env=env, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def test_say_prints_the_spoken_phrase() -> None:
    out, err = _say("--lang", "es-US", "Tome 1 tableta cada 8 horas").communicate()
    assert (out, err) == ("Tome una tableta cada ocho horas\n", "")


def test_say_uses_the_projects_pronunciations(project: Layout) -> None:
    (project.handouts_dir / "pronunciations.yaml").write_text("Ozempic: oh-zem-pick\n")
    proc = _say("--handouts-dir", str(project.handouts_dir), "--rules", "Take Ozempic at 9am")
    out, _ = proc.communicate()
    assert out == "Take oh-zem-pick at nine a m  [overrides, hour_ampm]\n"
    assert proc.returncode == 0


def test_say_answers_each_stdin_line_before_the_next_is_written(tmp_path: Path) -> None:
    proc = _say("--lang", "es", cwd=tmp_path, stdin=subprocess.PIPE, bufsize=1)
    assert proc.stdin is not None and proc.stdout is not None
    waiting = selectors.DefaultSelector()
    waiting.register(proc.stdout, selectors.EVENT_READ)
    answers = []
    for line in ("1/2 tableta", "de 8 a. m. - 5 p. m.", "Llame al 1234-5678"):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        assert waiting.select(DEADLOCK_GUARD), f"no answer to {line!r}: output not flushed"
        answers.append(proc.stdout.readline())
    proc.stdin.close()
    assert proc.wait() == 0
    assert answers == ["media tableta\n", "de ocho de la mañana a cinco de la tarde.\n",
                       "Llame al uno dos tres cuatro, cinco seis siete ocho\n"]
