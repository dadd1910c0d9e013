"""Reproducible builds: the same inputs give byte-identical PDFs and MP3s, in any folder, at any
time, from an empty speech cache or a warm one."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from pypdf import PdfReader

from handoutkit.cli import main
from handoutkit.files import Layout
from handoutkit.speech.engines import piper as engines
from tests.helpers import TEMPLATES, copy_samples, front_matter

pytestmark = pytest.mark.slow

# The guide has pictures: WeasyPrint names each by a hash of its address.
LEAFLETS = ("leg-cramps-in-pregnancy.md", "leg-cramps-in-pregnancy.es.md",
            "leg-cramps-in-pregnancy-guide.md")
SHORT = "## What helps\n\nStretch your calf before bed.\n\n> [!WARNING]\n> Call us if it swells.\n"


def project_at(root: Path, undated: str | None = None) -> Layout:
    """A copy of two sample leaflets under ``root``; ``undated`` loses its 'reviewed:' line."""
    layout = copy_samples(root, only=LEAFLETS)
    if undated:
        path = layout.handouts_dir / undated
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(x for x in lines if not x.startswith("reviewed:")), "utf-8")
    return layout


def build(kind: str, layout: Layout, *paths: Path) -> None:
    assert main([kind, "-q", "--handouts-dir", str(layout.handouts_dir),
                 "--build-dir", str(layout.build_dir), *map(str, paths)]) == 0


def test_pdfs_are_identical_across_folders_and_times(tmp_path: Path) -> None:
    first = project_at(tmp_path / "one", undated=LEAFLETS[1])
    second = project_at(tmp_path / "elsewhere" / "two", undated=LEAFLETS[1])
    build("pdf", first)
    time.sleep(1.1)  # PDF dates have one-second resolution
    build("pdf", second)
    for name in LEAFLETS:
        stem = name.removesuffix(".md")
        one, two = first.output(stem, "pdf"), second.output(stem, "pdf")
        assert one.read_bytes() == two.read_bytes(), f"{stem}.pdf differs between builds"
    dated = PdfReader(first.output(LEAFLETS[0].removesuffix(".md"), "pdf"))
    assert dated.metadata["/CreationDate"] == dated.metadata["/ModDate"] == "D:20261201"
    undated = PdfReader(first.output(LEAFLETS[1].removesuffix(".md"), "pdf"))
    assert "/CreationDate" not in undated.metadata and "/ModDate" not in undated.metadata
    assert "/ID" not in undated.trailer, "a random file identifier would differ every build"
    xmp = undated.xmp_metadata
    assert xmp is not None and xmp.xmp_create_date is None and xmp.xmp_modify_date is None
    assert b"uuid" not in xmp.stream.get_data()


@pytest.fixture(scope="module")
def short(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short English handout (piper, chosen in its clinic.yaml, voices it in a couple of
    seconds)."""
    path = tmp_path_factory.mktemp("src") / "cramps.md"
    path.write_text(front_matter(reviewed="2026-07-10") + "\n" + SHORT, encoding="utf-8")
    return path


def cold_build(short: Path, root: Path) -> Layout:
    """Build the audio of ``short`` in a new project with an empty speech cache."""
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    layout.handouts_dir.mkdir(parents=True)
    (layout.handouts_dir / "clinic.yaml").write_text("voices: {en: piper}\n", encoding="utf-8")
    shutil.copy(short, layout.handouts_dir / short.name)
    build("audio", layout, layout.handouts_dir / short.name)
    return layout


@pytest.fixture(scope="module")
def first(short: Path, tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """The first cold build; the tests below compare theirs with it."""
    return cold_build(short, tmp_path_factory.mktemp("first"))


def test_mp3s_from_empty_caches_are_identical(short: Path, first: Layout, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    again = cold_build(short, tmp_path / "again")
    for kind in ("audio", "vtt"):
        assert again.output("cramps", kind).read_bytes() == first.output("cramps", kind)\
            .read_bytes()

    monkeypatch.setattr(engines, "NOISE_VERSION", "another seed")  # seeds come from identity
    other = cold_build(short, tmp_path / "other-seed")
    assert other.output("cramps", "audio").read_bytes() != first.output("cramps", "audio")\
        .read_bytes(), "piper's noise is random: only its seed keeps builds the same"


def test_mp3_from_a_warm_cache_is_identical_and_tags_carry_no_clock(first: Layout) -> None:
    mp3 = first.output("cramps", "audio")
    before = mp3.read_bytes()
    shutil.rmtree(first.build_dir / "audio")
    shutil.rmtree(first.build_dir / ".stamps")
    time.sleep(1.1)
    build("audio", first, first.handouts_dir / "cramps.md")
    assert mp3.read_bytes() == before
    frames = {frame.FrameID for frame in ID3(mp3).values()}
    # TXXX: who reads it ("Narrator"), a computer voice named, never a clock
    assert frames == {"TIT2", "TPE1", "TALB", "TLAN", "COMM", "TDRC", "CTOC", "CHAP", "TXXX"}, \
        frames
    assert str(ID3(mp3)["TDRC"]) == "2026-07-10"  # the review date, never the build's
