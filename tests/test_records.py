"""Nothing the build wrote is read back: the page, the catalogue and the EPUB take the
leaflet's and the reading's records, kept with their stamps, never the PDF, MP3 or VTT files.
The one exception is by design: the EPUB holds the MP3, copied into it byte for byte.

As root a file made unreadable can still be read, so the proof is Python's audit hook: every
`open` of a finished PDF, MP3 or VTT in the build folder is recorded, while a build writes
everything, and while a second build remakes the pages and the catalogue alone.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, TEMPLATES, choose_voices

pytestmark = pytest.mark.slow  # whole builds with the real engines

# Run in its own process: an audit hook cannot be removed once added.
WATCHER = """
import json, sys
from pathlib import Path
build = Path(sys.argv[1]).resolve()
opened = []

def hook(event, args):
    if event == "open" and isinstance(args[0], (str, Path)):
        path = Path(args[0])
        if path.suffix in (".pdf", ".mp3", ".vtt") and path.resolve().is_relative_to(build):
            opened.append([str(path), str(args[1])])

sys.addaudithook(hook)
from tests.helpers import ROOT
from handoutkit.cli import main
status = main(sys.argv[2:])
print(json.dumps({"status": status, "opened": opened}))
"""


def _build(build: Path, handouts: Path, *args: str) -> list[list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", WATCHER, str(build), "build", "--quiet", "--jobs", "1",
         "--handouts-dir", str(handouts), "--build-dir", str(build), *args],
        capture_output=True, text=True, cwd=ROOT, check=False)
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 0, done.stderr
    return result["opened"]


def test_pages_and_catalogue_never_open_the_pdf_mp3_or_vtt(tmp_path: Path) -> None:
    handouts = tmp_path / "handouts"
    handouts.mkdir()
    choose_voices(handouts, es="espeak-ng")  # the quickest voice: the records are the subject
    (handouts / "calambres.es.md").write_text(
        "---\ntitle: Calambres\nlang: es\nsummary: Qué ayuda.\n---\n\n"
        "## Qué ayuda\n\nEstire la pierna 2 veces.\n", encoding="utf-8")
    build = tmp_path / "build"
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)

    opened = _build(build, handouts, "--templates-dir", str(templates))
    written = sorted(p.name for p in build.rglob("*") if p.suffix in (".pdf", ".mp3", ".vtt"))
    assert written == ["calambres.es.mp3", "calambres.es.pdf", "calambres.es.vtt"]
    reads = [Path(path).name for path, _ in opened if not Path(path).name.endswith(".part")]
    assert reads == ["calambres.es.mp3"], "only the EPUB's copy of the MP3"

    page = templates / "html" / "base.html"  # the pages change; the leaflet and reading do not
    page.write_text(page.read_text(encoding="utf-8").replace("<main", "<main data-x=\"1\""),
                    encoding="utf-8")
    opened = _build(build, handouts, "--templates-dir", str(templates))
    assert opened == [], "the page and the catalogue are remade from the records alone"
    html = (build / "html" / "calambres.es.html").read_text(encoding="utf-8")
    assert 'data-x="1"' in html and "../audio/calambres.es.mp3" in html
    assert "calambres.es.pdf" in (build / "index.html").read_text(encoding="utf-8")
