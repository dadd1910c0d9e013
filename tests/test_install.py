"""The package installs as a package: `pip install .` (not editable) into a fresh venv,
`handoutkit setup` (the Kokoro voice's files), then `handoutkit build` run from another
folder builds every output of a handout.

The new venv reaches the dependencies already installed in the project's venv through a
path file (so the test needs no network and takes seconds), but not its editable install of
handoutkit: the package, its templates and its data come from the wheel alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.helpers import ROOT, SAMPLES

pytestmark = pytest.mark.slow  # installs a wheel and builds with the real engines


def _site_packages(venv: Path) -> Path:
    relative = Path(sysconfig.get_path("purelib")).relative_to(sys.prefix)
    return venv / relative


def test_pip_install_builds_a_handout_from_another_folder(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # the project's dependencies, as plain paths: no .pth file of theirs (the editable
    # install's finder among them) is run
    (_site_packages(venv) / "project-dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    for name in tracked:  # the checkout as committed: no build/, .venv or caches
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target, follow_symlinks=False)
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                                "--target", str(_site_packages(venv)), str(source)],
                               capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stderr
    shutil.rmtree(source)  # nothing may come from the source tree now

    # what `make setup` does after the install: the Kokoro voice's files into this venv
    setup = subprocess.run([str(venv / "bin" / "python"), "-m", "handoutkit", "setup"],
                           capture_output=True, text=True, check=False)
    assert setup.returncode == 0, setup.stderr

    work = tmp_path / "elsewhere"
    handouts = work / "my-handouts"
    handouts.mkdir(parents=True)
    for name in ("clinic.yaml", "pronunciations.yaml"):
        shutil.copy(SAMPLES / name, handouts / name)
    (handouts / "calambres.es.md").write_text(
        "---\ntitle: Calambres\nlang: es-US\nsummary: Qué ayuda.\n---\n\n"
        "## Qué ayuda\n\nEstire la pierna 2 veces.\n", encoding="utf-8")
    done = subprocess.run([str(venv / "bin" / "python"), "-m", "handoutkit", "build", "--quiet",
                           "--handouts-dir", "my-handouts", "--build-dir", "out"],
                          cwd=work, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import handoutkit; print(handoutkit.__file__)"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert Path(where).is_relative_to(venv), where
    built = sorted(p.relative_to(work / "out").as_posix()
                   for p in (work / "out").rglob("calambres.es.*"))
    assert built == ["audio/calambres.es.mp3", "audio/calambres.es.txt", "audio/calambres.es.vtt",
                     "braille/calambres.es.brf", "epub/calambres.es.epub",
                     "html/calambres.es.html", "narrator/calambres.es.html",
                     "pdf/calambres.es.pdf"]
    assert (work / "out" / "index.html").is_file()
