"""A person's recording: the build aligns it to the text offline and publishes it as the
reading. Another engine's reading (piper) stands in for the person, so the truth is known:
the time of every sentence and chapter as piper's reading placed it."""

from __future__ import annotations

import dataclasses
import statistics
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile
from mutagen.id3 import ID3

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.records import AudioRecord, Mark
from handoutkit.speech import readings, recording
from handoutkit.speech.assemble import Reading, assemble
from handoutkit.speech.cache import SegmentCache
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.script import build_script
from handoutkit.speech.tags import NARRATOR
from handoutkit.speech.vtt import parse_vtt
from handoutkit.writers.epub.package import READ_BY_PERSON
from handoutkit.writers.html.page import HtmlWriter
from tests.helpers import epubcheck, front_matter
from tests.htmltree import parse_html

BODY = """\
Leg cramps are common in pregnancy. They often come at night, in the calf.

## What helps

Stretch your calf before bed. Drink water through the day, and walk a little after meals.

## When to call us

Call us if one leg is swollen, red or warm.
Take 2 tablets every 8 hours for the pain, and no more than 6 in a day.
"""
# The person reads; the build's own voice, were it needed, would be espeak-ng.
CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                      voices=(("en", "espeak-ng"),))
READER = "Ana Ruiz, medical interpreter"


slow = pytest.mark.slow  # aligns real readings with espeak-ng and DTW


@pytest.fixture(scope="module")
def piper_reading(tmp_path_factory: pytest.TempPathFactory, piper: TtsEngine,
                  speech_cache: Path) -> tuple[Layout, Reading]:
    """The handout, and piper's reading of it: the stand-in for a person, with its truth."""
    root = tmp_path_factory.mktemp("recorded")
    (root / "handouts").mkdir()
    layout = Layout(root / "handouts", root / "build", Path(__file__).parent.parent
                    / "handoutkit" / "templates", speech_cache)
    (layout.handouts_dir / "cramps.md").write_text(front_matter() + "\n" + BODY,
                                                   encoding="utf-8")
    handout = load_handout(layout.handouts_dir / "cramps.md", layout.handouts_dir)
    script = build_script(handout, CLINIC)
    cache = SegmentCache(speech_cache / "speech")
    return layout, assemble(script, lambda text: cache.synthesize(piper, text))


def _project(piper_reading: tuple[Layout, Reading], root: Path) -> Layout:
    """A fresh copy of the handout, for one test to record into and build."""
    source, _ = piper_reading
    (root / "handouts").mkdir()
    layout = dataclasses.replace(source, handouts_dir=root / "handouts", build_dir=root / "build")
    (layout.handouts_dir / "cramps.md").write_bytes(
        (source.handouts_dir / "cramps.md").read_bytes())
    return layout


def _parts(layout: Layout) -> tuple[recording.Part, ...]:
    handout = load_handout(layout.handouts_dir / "cramps.md", layout.handouts_dir)
    return recording.parts(handout, build_script(handout, CLINIC))


def _record(layout: Layout, files: dict[str, np.ndarray]) -> Path:
    """The person's files and reader.yaml in the handout's recording folder."""
    where = recording.folder(layout.handouts_dir, "cramps")
    where.mkdir(parents=True)
    (where / "reader.yaml").write_text(f"name: {READER}\n", encoding="utf-8")
    for name, samples in files.items():
        soundfile.write(where / name, samples, 22050)
    return where


def _part_files(parts: list, cuts: list[np.ndarray]) -> dict[str, np.ndarray]:
    """One file per part, each named as the narrator's script asks."""
    return {f"{part.file_stem}.wav": samples for part, samples in zip(parts, cuts, strict=True)}


def _record_parts(layout: Layout, parts: list, cuts: list[np.ndarray]) -> Path:
    """A recording of one file per part."""
    return _record(layout, _part_files(parts, cuts))


def _read_by(layout: Layout) -> str:
    """Who the MP3's narrator tag says reads it."""
    return ID3(layout.build_dir / "audio" / "cramps.mp3").getall(f"TXXX:{NARRATOR}")[0].text[0]


def _build(layout: Layout, kinds: tuple[str, ...] = ("audio", "narrator")) -> list[str]:
    report = Builder(layout, CLINIC, list(kinds)).build(
        [layout.handouts_dir / "cramps.md"], lambda path: None)
    assert not report.failed, report.failed
    return [str(w) for w in report.warnings]


@slow
def test_a_whole_reading_gets_captions_and_chapters_at_the_truth(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    _record(layout, {recording.whole_file_name(_parts(layout)): truth.pcm.samples})
    assert _build(layout) == []
    cues = parse_vtt((layout.build_dir / "audio" / "cramps.vtt").read_text(encoding="utf-8"))
    assert [c.text for c in cues] == [c.text for c in truth.cues]
    # the reading starts where the recording's first word is, less the head silence
    shift = cues[0].start - truth.cues[0].start
    errors = [abs(got - shift - want) for c, t in zip(cues, truth.cues, strict=True)
              for got, want in ((c.start, t.start), (c.end, t.end))]
    assert statistics.median(errors) <= 0.3, errors
    chapters = ID3(layout.build_dir / "audio" / "cramps.mp3").getall("CHAP")
    starts = sorted(chapter.start_time / 1000 for chapter in chapters)
    firsts = [truth.cues[i].start for i in _first_cues(layout)]
    assert len(starts) == len(firsts) == 3
    assert all(abs(got - shift - want) <= 0.5 for got, want in zip(starts[1:], firsts[1:],
                                                                   strict=True))
    tags = ID3(layout.build_dir / "audio" / "cramps.mp3")
    assert tags.getall(f"TXXX:{NARRATOR}")[0].text == [f"person: {READER}"]


def _line(text: str) -> int:
    """The line of the test handout that holds ``text``."""
    lines = (front_matter() + "\n" + BODY).splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def _first_cues(layout: Layout) -> list[int]:
    """The index of each chapter's first sentence."""
    firsts, at = [], 0
    for part in _parts(layout):
        firsts.append(at)
        at += len(part.sentences)
    return firsts


def _cut(truth: Reading) -> list[np.ndarray]:
    """The reading cut into one file per chapter, at the chapters' bounds."""
    rate = truth.pcm.sample_rate
    return [truth.pcm.samples[round(c.start_ms * rate / 1000):round(c.end_ms * rate / 1000)]
            for c in truth.chapters]


@slow
def test_a_section_per_file_is_laid_out_in_order(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    parts = _parts(layout)
    _record_parts(layout, parts, _cut(truth))
    assert _build(layout) == []
    cues = parse_vtt((layout.build_dir / "audio" / "cramps.vtt").read_text(encoding="utf-8"))
    assert [c.text for c in cues] == [c.text for c in truth.cues]
    assert all(b.start > a.end for a, b in zip(cues, cues[1:], strict=False)), "in reading order"
    # each file is placed on its own: its sentences keep their times within it
    errors = []
    bounds = [*_first_cues(layout), len(cues)]
    for first, stop in zip(bounds, bounds[1:], strict=False):
        pairs = list(zip(cues[first:stop], truth.cues[first:stop], strict=True))
        shift = statistics.median(c.start - t.start for c, t in pairs)
        errors += [abs(c.start - shift - t.start) for c, t in pairs]
        errors += [abs(c.end - shift - t.end) for c, t in pairs]
    assert statistics.median(errors) <= 0.3, errors


@slow
def test_a_missing_section_is_named_and_the_computer_voice_reads(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    parts = _parts(layout)
    files = _part_files(parts, _cut(truth))
    del files[f"{parts[1].file_stem}.wav"]
    _record(layout, files)
    warnings = _build(layout)
    assert len(warnings) == 1 and '"What helps" has no recording' in warnings[0]
    assert warnings[0].startswith(f"{layout.handouts_dir / 'cramps.md'}:{_line('## What helps')}"
                                  ": warning:")
    assert _read_by(layout).startswith("computer voice:")


@slow
def test_a_section_not_read_in_a_whole_reading_is_named(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    cut = _cut(truth)
    _record(layout, {recording.whole_file_name(_parts(layout)): np.concatenate(
        [cut[0], cut[2]])})
    warnings = _build(layout)
    assert any('"What helps" does not match its text' in w for w in warnings), warnings
    assert _read_by(layout).startswith("computer voice:")


@slow
def test_a_section_read_twice_is_named(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    parts, cut = _parts(layout), _cut(truth)
    cut[1] = np.concatenate([cut[1], cut[1]])
    _record_parts(layout, parts, cut)
    warnings = _build(layout)
    assert len(warnings) == 1 and '"What helps" does not match its text' in warnings[0], \
        warnings


@slow
def test_a_changed_section_is_named_and_the_recording_kept(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    parts = _parts(layout)
    _record_parts(layout, parts, _cut(truth))
    assert _build(layout) == []
    source = layout.handouts_dir / "cramps.md"
    source.write_text(source.read_text(encoding="utf-8").replace("every 8 hours",
                                                                  "every 6 hours"),
                      encoding="utf-8")
    warnings = _build(layout, ("audio", "narrator", "epub", "html"))
    assert len(warnings) == 1 and '"When to call us" changed since it was recorded' in \
        warnings[0], warnings
    page = parse_html((layout.build_dir / "html" / "cramps.html").read_text(encoding="utf-8"))
    said = [p.text for p in page.find_all("p", "read-by")]
    assert said == [f"Read by {READER}. Parts of the text changed after this recording was "
                    "made, so it may differ from the text on this page until they are "
                    "recorded again."]
    epub = layout.build_dir / "epub" / "cramps.epub"
    assert "0 errors / 0 warnings" in epubcheck(epub)
    with zipfile.ZipFile(epub) as book:
        package = book.read("EPUB/package.opf").decode("utf-8")
    assert f'<dc:contributor id="narrator">{READER}</dc:contributor>' in package
    tags = ID3(layout.build_dir / "audio" / "cramps.mp3")
    assert tags.getall(f"TXXX:{NARRATOR}")[0].text == [f"person: {READER}"]
    script = (layout.build_dir / "narrator" / "cramps.html").read_text(encoding="utf-8")
    assert "record again: the text changed" in script
    assert "six hours" in script and "two tablets" in script  # written as it is said


def test_the_page_names_the_person_and_says_when_the_recording_may_differ(project: Layout,
                                                                       clinic) -> None:
    path = project.handouts_dir / "water.md"
    path.write_text(front_matter() + "\nDrink water.\n", encoding="utf-8")
    handout = load_handout(path, project.handouts_dir)
    record = AudioRecord(2.0, 1000, "0" * 64, (Mark("Leg cramps", 0.0, 2.0),),
                         (Mark("Drink water.", 0.5, 1.5),), person=READER)
    page_dir = project.output("water", "html").parent

    def read_by(audio: AudioRecord) -> list[str]:
        page = HtmlWriter(clinic, project).render(handout, {"audio": audio}, page_dir)
        return [p.text for p in parse_html(page).find_all("p", "read-by")]

    assert read_by(record) == [f"Read by {READER}."]
    assert read_by(dataclasses.replace(record, differs=("Leg cramps",))) == [
        f"Read by {READER}. Parts of the text changed after this recording was made, so it "
        "may differ from the text on this page until they are recorded again."]
    assert "read by a person" in READ_BY_PERSON


def test_a_recording_without_its_reader_is_an_error_at_the_file(project: Layout,
                                                               clinic) -> None:
    path = project.handouts_dir / "water.md"
    path.write_text(front_matter() + "\nDrink water.\n", encoding="utf-8")
    where = recording.folder(project.handouts_dir, "water")
    where.mkdir(parents=True)
    soundfile.write(where / "reading.wav", np.zeros(22050, dtype=np.float32), 22050)
    report = Builder(project, clinic, ["narrator"]).build([path], lambda p: None)
    assert str(report.failed[path]) == (f"{where / 'reader.yaml'}:1: error: no reader.yaml "
                                        "beside the recording — write `name: <who reads>, "
                                        "<their role>` in it (the page says who reads)")
    assert not project.output("water", "narrator").exists()
    (where / "reader.yaml").write_text("name: Ana\u202e Ruiz\n", encoding="utf-8")
    report = Builder(project, clinic, ["narrator"]).build([path], lambda p: None)
    assert "hidden character U+202E" in str(report.failed[path])
    (where / "reader.yaml").write_text("name: Ana Ruiz\n", encoding="utf-8")
    report = Builder(project, clinic, ["narrator"]).build([path], lambda p: None)
    assert not report.failed and project.output("water", "narrator").is_file()


@slow
def test_an_unreadable_file_leaves_the_computer_voice_with_a_warning(piper_reading, tmp_path):
    layout = _project(piper_reading, tmp_path)
    _, truth = piper_reading
    parts = _parts(layout)
    where = _record_parts(layout, parts, _cut(truth))
    (where / f"{parts[2].file_stem}.wav").write_bytes(b"RIFF not a wave at all")
    warnings = _build(layout)
    assert len(warnings) == 1 and "cannot read the recording" in warnings[0], warnings
    assert f"{parts[2].file_stem}.wav" in warnings[0]
    assert _read_by(layout).startswith("computer voice:")


def _tagalog_handout(project: Layout, clinic) -> tuple[Path, list, Path]:
    """A short Tagalog handout (no computer voice, no aligner), its parts, and its recording
    folder with a reader.yaml and no files yet."""
    path = project.handouts_dir / "tulog.tl.md"
    path.write_text(front_matter(lang="tl", title="Pagtulog", summary="Ano ang makakatulong.")
                    + "\n## Bago matulog\n\nHumiga nang patagilid. Uminom ng tubig.\n",
                    encoding="utf-8")
    handout = load_handout(path, project.handouts_dir)
    parts = recording.parts(handout, build_script(handout, clinic))
    where = recording.folder(project.handouts_dir, "tulog.tl")
    where.mkdir(parents=True)
    (where / "reader.yaml").write_text("name: Maria Santos, interpreter\n", encoding="utf-8")
    return path, parts, where


@slow
def test_a_language_no_aligner_speaks_takes_a_file_per_part(project: Layout, clinic) -> None:
    """Tagalog: no computer voice and no aligner; a person's files still make the reading,
    each chapter at its file, captions shared out by sentence length."""
    path, parts, where = _tagalog_handout(project, clinic)
    for part in parts:  # Indonesian's voice stands in for a Tagalog speaker
        subprocess.run(["espeak-ng", "-v", "id", "-w", str(where / f"{part.file_stem}.wav"),
                        " ".join(part.sentences)], check=True)
    report = Builder(project, clinic, ["audio"]).build([path], lambda p: None)
    assert not report.failed
    # no "no offline voice" warning: a person reads it (braille is another matter)
    assert [w.message for w in report.warnings] == [
        "Tagalog (tl): no braille table, so no braille file (BRF)"]
    mp3 = project.output("tulog.tl", "audio")
    assert ID3(mp3).getall(f"TXXX:{NARRATOR}")[0].text == ["person: Maria Santos, interpreter"]
    assert len(ID3(mp3).getall("CHAP")) == len(parts)
    cues = parse_vtt(project.output("tulog.tl", "vtt").read_text(encoding="utf-8"))
    assert len(cues) == sum(len(part.sentences) for part in parts)
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:], strict=False))


def test_a_recording_that_cannot_be_used_where_no_voice_reads_is_a_warning(project: Layout,
                                                                           clinic) -> None:
    """Tagalog has no computer voice: a recording missing a part, or a whole reading that no
    aligner can cut into its sections, leaves the handout with no reading, and the build says
    so at the handout's line with what to do (it once dropped the reading in silence)."""
    path, parts, where = _tagalog_handout(project, clinic)
    quiet = np.zeros(22050, dtype=np.float32)  # what is in the files is not read here
    for part in parts[:-1]:
        soundfile.write(where / f"{part.file_stem}.wav", quiet, 22050)

    def warnings() -> list[str]:
        report = Builder(project, clinic, ["audio"]).build([path], lambda p: None)
        assert not report.failed
        assert not project.output("tulog.tl", "audio").exists()
        return [str(w) for w in report.warnings if "braille" not in w.message]

    found = warnings()
    assert len(found) == 1, found
    assert found[0].startswith(f"{path}:{parts[-1].line}: warning: \"Bago matulog\" has no "
                               f"recording: save it as {where}/{parts[-1].file_stem}.wav")
    assert "no computer voice reads tl, so this handout has no reading" in found[0]
    for wav in where.glob("*.wav"):
        wav.unlink()
    soundfile.write(where / recording.whole_file_name(parts), quiet, 22050)
    found = warnings()
    assert len(found) == 1 and found[0].startswith(f"{path}:1: warning: "), found
    assert "a whole reading cannot be cut into its sections — record a file per part" in \
        found[0]
    assert found[0].endswith("no computer voice reads tl, so this handout has no reading "
                             "(its page says so) until the recording is fixed")


def test_the_reading_and_the_narrators_script_make_one_script_per_handout(
        project: Layout, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audio writer and the narrator's script need the same script and recording: a
    build makes them once per handout and hands both the same."""
    path = project.handouts_dir / "water.md"
    path.write_text(front_matter() + "\nDrink water.\n", encoding="utf-8")
    made = []
    monkeypatch.setattr(readings, "build_script",
                        lambda *args: made.append(args) or build_script(*args))
    readings._prepared.cache_clear()
    report = Builder(project, CLINIC, ["audio", "narrator"]).build([path], lambda p: None)
    assert not report.failed and len(made) == 1
    assert project.output("water", "audio").is_file()
    assert project.output("water", "narrator").is_file()
