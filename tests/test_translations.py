"""Translations in step: `translated_from:` records the source's version; `make check` and the
build warn, with file:line and the changed sections, once the source changes after it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.reader.translations import (
    changed_parts,
    parts,
    siblings,
    source_path,
    stem_and_tag,
    version,
    version_of,
    with_translations,
)
from tests.helpers import ROOT, SAMPLES, TEMPLATES

FIXTURES = ROOT / "tests" / "fixtures" / "translations"
CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134")
VERSION_LINE = re.compile(r"^(?P<path>\S+): version (?P<version>[0-9a-f-]+) ", re.M)


@pytest.fixture
def pair(tmp_path: Path) -> Layout:
    """back-pain.md and back-pain.es.md, its Spanish translation made from it as it is."""
    (tmp_path / "handouts").mkdir()
    for name in ("back-pain.md", "back-pain.es.md"):
        shutil.copy(FIXTURES / name, tmp_path / "handouts" / name)
    return Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)


def _check(layout: Layout, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`make check`: the command line the Makefile's check target runs."""
    status = main(["check", "--handouts-dir", str(layout.handouts_dir),
                   "--build-dir", str(layout.build_dir)])
    out = capsys.readouterr()
    return status, out.out, out.err


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _key_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(n for n, line in enumerate(lines, 1) if line.startswith("translated_from:"))


def test_stems_and_languages_come_from_the_file_name(tmp_path: Path) -> None:
    assert stem_and_tag("leg-cramps-in-pregnancy.es") == ("leg-cramps-in-pregnancy", "es")
    assert stem_and_tag("back-pain.zh-Hant") == ("back-pain", "zh-Hant")
    assert stem_and_tag("back-pain") == ("back-pain", None)
    for name in ("back-pain.md", "back-pain.es.md", "back-pain.zh-Hant.md", "back-pain-2.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert source_path(tmp_path / "back-pain.es.md") == tmp_path / "back-pain.md"
    assert source_path(tmp_path / "back-pain.md") is None, "a source has no source"
    assert source_path(tmp_path / "sleep.es.md") is None, "no sleep.md beside it"
    assert siblings(tmp_path / "back-pain.es.md") == [tmp_path / "back-pain.md",
                                                      tmp_path / "back-pain.zh-Hant.md"]
    assert with_translations([tmp_path / "back-pain-2.md", tmp_path / "back-pain.es.md"]) == [
        tmp_path / "back-pain-2.md", tmp_path / "back-pain.es.md", tmp_path / "back-pain.md",
        tmp_path / "back-pain.zh-Hant.md"]


def test_the_version_has_one_part_per_section_and_ignores_line_wrapping(pair: Layout) -> None:
    source = pair.handouts_dir / "back-pain.md"
    handout = load_handout(source, pair.handouts_dir)
    names = [part.name for part in parts(handout, source.read_text(encoding="utf-8"))]
    assert names == ["the title and summary", "the opening (before the first section)",
                     '"What helps"', '"How to prevent it"', '"When to get help"']
    before = version(handout)
    _edit(source, "Short walks help more", "Short walks\nhelp   more")
    assert version(load_handout(source, pair.handouts_dir)) == before


def test_check_prints_the_sources_version_and_no_warning_for_a_translation_in_step(
        pair: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _check(pair, capsys)
    assert status == 0 and "back-pain.es.md" not in err, err
    (printed,) = VERSION_LINE.finditer(out)
    assert printed["path"] == str(pair.handouts_dir / "back-pain.md")
    assert f"translated_from: {printed['version']}" in (
        pair.handouts_dir / "back-pain.es.md").read_text(encoding="utf-8")


def test_editing_the_source_warns_about_the_translation_naming_the_changed_sections(
        pair: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    source, spanish = pair.handouts_dir / "back-pain.md", pair.handouts_dir / "back-pain.es.md"
    _edit(source, "stretch every hour", "stretch every 30 minutes")
    _edit(source, "or you have a fever.", "or you have a fever or lose weight without trying.")
    status, out, err = _check(pair, capsys)
    new = VERSION_LINE.search(out)["version"]
    assert status == 0, "a warning never stops the build"
    assert f"{spanish}:{_key_line(spanish)}: warning: translated from an older version of " \
           f"back-pain.md — changed since: \"How to prevent it\", \"When to get help\" — " \
           f"update the translation, then set translated_from: {new}\n" in err
    assert err.count("warning: translated from") == 1
    _edit(spanish, "translated_from: cea5-0ba6-fce2-6095-9053", f"translated_from: {new}")
    assert "back-pain.es.md" not in _check(pair, capsys)[2], "updated: no more warning"


def test_a_title_change_a_renamed_or_new_section_and_a_removed_one_are_named(
        pair: Layout) -> None:
    source = pair.handouts_dir / "back-pain.md"
    before = parts(load_handout(source, pair.handouts_dir), source.read_text(encoding="utf-8"))
    recorded = version_of(before)
    _edit(source, "title: Low back pain", "title: Pain in the low back")
    _edit(source, "## What helps\n", "## Moving\n")
    _edit(source, "## When to get help", "## Sleep\n\nLie on your side.\n\n## When to get help")
    now = parts(load_handout(source, pair.handouts_dir), source.read_text(encoding="utf-8"))
    assert changed_parts(recorded, now) == ["the title and summary", '"Moving"', '"Sleep"']
    assert changed_parts(recorded, before) == []
    moved = [before[0], before[1], before[3], before[2], before[4]]
    for changed in (moved, before[:-1]):
        assert changed_parts(recorded, changed) == ["sections were removed or moved"]


def test_a_translation_without_the_key_is_told_the_exact_line_to_add(
        pair: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    spanish = pair.handouts_dir / "back-pain.es.md"
    _edit(spanish, "translated_from: cea5-0ba6-fce2-6095-9053\n", "")
    _, out, err = _check(pair, capsys)
    current = VERSION_LINE.search(out)["version"]
    closing = spanish.read_text(encoding="utf-8").split("\n").index("---", 1) + 1
    assert f"{spanish}:{closing}: warning: this translation does not say which version of " \
           f"back-pain.md it was made from — if it matches back-pain.md as it is now, add " \
           f"this line to its front matter: translated_from: {current}\n" in err


def test_a_mistyped_version_is_an_error_at_its_line(
        pair: Layout, capsys: pytest.CaptureFixture[str]) -> None:
    spanish = pair.handouts_dir / "back-pain.es.md"
    _edit(spanish, "translated_from: cea5-0ba6-fce2-6095-9053", "translated_from: cea5 0ba6")
    status, _, err = _check(pair, capsys)
    assert status == 1
    assert f"{spanish}:{_key_line(spanish)}: error: 'translated_from' is not valid — copy the " \
           "version `make check` prints" in err


def test_the_build_warns_once_per_change_and_rebuilds_the_sources_page_for_a_new_translation(
        pair: Layout) -> None:
    """`make` passes only the changed handout: its translations come along, so their warnings
    are printed and their pages, which link each other, are rebuilt."""
    source, spanish = pair.handouts_dir / "back-pain.md", pair.handouts_dir / "back-pain.es.md"
    moved = spanish.rename(pair.build_dir.parent / spanish.name)
    written: list[Path] = []
    assert not Builder(pair, CLINIC, ["html"]).build([source], written.append).failed
    assert written == [pair.output("back-pain", "html")]
    moved.rename(spanish)
    written.clear()
    report = Builder(pair, CLINIC, ["html"]).build([spanish], written.append)
    assert set(written) == {pair.output("back-pain", "html"), pair.output("back-pain.es", "html")}
    assert 'hreflang="es"' in pair.output("back-pain", "html").read_text(encoding="utf-8")
    assert not [w for w in report.warnings if "translat" in w.message]
    _edit(source, "Bend your knees", "Bend your knees and keep the load close")
    report = Builder(pair, CLINIC, ["html"]).build([source], written.append)
    (warning,) = [w for w in report.warnings if "translated from" in w.message]
    assert (warning.path, warning.line) == (spanish, _key_line(spanish))
    assert '"How to prevent it"' in warning.message
    again = Builder(pair, CLINIC, ["html"]).build([source], written.append)
    assert not [w for w in again.warnings if "translated from" in w.message], "said once"


def test_the_spanish_sample_records_the_english_samples_version(
        capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--handouts-dir", str(SAMPLES), "--build-dir", "unused"])
    out, err = capsys.readouterr()
    assert status == 0 and "translat" not in err, err
    assert VERSION_LINE.search(out)["path"].endswith("leg-cramps-in-pregnancy.md")


@pytest.mark.parametrize(("name", "lang", "problem"), [
    ("x.es.md", "es-US", None),
    ("x.es.md", "ES", None),
    ("x.zh-Hant.md", "zh-Hant-TW", None),
    ("x.es.md", "fr", "'lang: fr' is not the language the file name says ('es')"),
    ("x.pt-BR.md", "pt", "'lang: pt' is not the language the file name says ('pt-BR')"),
])
def test_a_translation_is_in_the_language_its_name_says(
        project: Layout, write_handout, name: str, lang: str, problem: str | None) -> None:
    write_handout("Text.\n", name="x", lang="en")
    path = write_handout("Text.\n", name=name.removesuffix(".md"), lang=lang)
    if problem is None:
        load_handout(path, project.handouts_dir)
        return
    with pytest.raises(ContentError) as caught:
        load_handout(path, project.handouts_dir)
    assert [(p.line, p.message) for p in caught.value.problems] == [(3, problem)]


def test_a_translation_in_its_sources_language_is_refused(project: Layout, write_handout) -> None:
    write_handout("Texto.\n", name="x", lang="es")
    path = write_handout("Texto.\n", name="x.es", lang="es")
    with pytest.raises(ContentError, match=r"x.es.md:3: error: x.md is in the same language "
                                           r"\('es'\)"):
        load_handout(path, project.handouts_dir)
    load_handout(project.handouts_dir / "x.md", project.handouts_dir)  # the source stands


def test_two_translations_in_one_language_are_both_named(project: Layout, write_handout) -> None:
    """x.es.md and x.es-US.md both say es-US: each names the other (hreflang had it twice)."""
    write_handout("Text.\n", name="x", lang="en")
    one = write_handout("Texto.\n", name="x.es", lang="es-US")
    two = write_handout("Texto.\n", name="x.es-US", lang="es-US")
    for path, other in ((one, two), (two, one)):
        with pytest.raises(ContentError, match=f"{other.name} is in the same language"):
            load_handout(path, project.handouts_dir)
