"""Rebuilds redo exactly what changed: outputs compare their inputs' content, not timestamps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from tests.helpers import TEMPLATES, front_matter

pytestmark = pytest.mark.slow

KINDS = ["pdf", "audio", "html"]
CLINIC = "name: Riverside\nvoices: {en: piper}\n"  # the quicker voice: rebuilds are the subject


@pytest.fixture
def library(tmp_path: Path, speech_cache: Path) -> Layout:
    """Two short handouts, only one of which says "DVT", with their own copy of the templates;
    each sentence is voiced once per run (the run's speech cache)."""
    layout = Layout(tmp_path / "handouts", tmp_path / "build", tmp_path / "templates",
                    speech_cache)
    shutil.copytree(TEMPLATES, layout.templates_dir)
    layout.handouts_dir.mkdir()
    (layout.handouts_dir / "clinic.yaml").write_text(CLINIC + 'phone: "555-0134"\n')
    for name, text in (("clot", "A DVT is a clot."), ("rest", "Rest your legs.")):
        (layout.handouts_dir / f"{name}.md").write_text(
            front_matter() + f"\n## Help\n\n{text}\n", encoding="utf-8")
    return layout


def _build(layout: Layout) -> set[str]:
    """Build everything; the names of the files that were really written this time."""
    builder = Builder(layout, load_config(layout.handouts_dir), KINDS, jobs=2)
    report = builder.build(sorted(layout.handouts_dir.glob("*.md")), lambda path: None)
    assert not report.failed, report.failed
    return {p.name for p in report.written}


def test_nothing_changed_writes_nothing(library: Layout) -> None:
    assert len(_build(library)) == 6
    assert _build(library) == set()


def test_a_template_change_rebuilds_pdfs_and_pages_but_no_audio(library: Layout) -> None:
    _build(library)
    css = library.templates_dir / "pdf" / "leaflet.css"
    css.write_text(css.read_text() + "\n/* a margin note */\n")
    assert _build(library) == {"clot.pdf", "rest.pdf"}
    page_css = library.templates_dir / "html" / "page.css"
    page_css.write_text(page_css.read_text() + "\n/* another */\n")
    assert _build(library) == {"clot.html", "rest.html"}


def test_a_pronunciation_rebuilds_only_the_readings_whose_script_changed(library: Layout) -> None:
    _build(library)
    (library.handouts_dir / "pronunciations.yaml").write_text("DVT: deep vein clot\n")
    assert _build(library) == {"clot.mp3", "clot.html"}  # the page shows the new transcript


def test_clinic_details_rebuild_what_shows_them(library: Layout) -> None:
    _build(library)
    (library.handouts_dir / "clinic.yaml").write_text(CLINIC + 'phone: "555-0199"\n')
    assert _build(library) == {f"{n}.{s}" for n in ("clot", "rest") for s in ("pdf", "mp3", "html")}
    (library.handouts_dir / "clinic.yaml").write_text(
        CLINIC + 'phone: "555-0199"\nreading_grade: 8\n')
    assert _build(library) == set()  # the reading target is shown on no output
