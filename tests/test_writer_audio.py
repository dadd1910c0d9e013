"""The audio writer end to end with the real piper voice, encoder and tags."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from handoutkit.config import ClinicConfig
from handoutkit.errors import OutputError
from handoutkit.files import Layout
from handoutkit.reader.limits import DEFAULT_RATE
from handoutkit.reader.loader import load_handout
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.loudness import integrated_loudness, true_peak_dbtp
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt
from handoutkit.writers.audio.writer import AudioWriter
from tests.helpers import CountingEngine
from tests.media import listening_sentences

BODY = """\
Leg cramps are common.

## What helps

- Stretch your calf.
- Walk for 5 minutes.

## Get help

> [!WARNING]
> Call your midwife if one leg is red.
"""
# piper, the faster opt-in, reads English here: these tests are about the writer, not a voice.
CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                      voices=(("en", "piper"),))


@pytest.fixture(scope="module")
def reading(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Layout]:
    root = tmp_path_factory.mktemp("audio")
    layout = Layout(root / "handouts", root / "build", root)
    layout.handouts_dir.mkdir()
    path = layout.handouts_dir / "cramps.md"
    path.write_text("---\ntitle: Leg cramps\nlang: en\nsummary: Why they happen.\n"
                    "reviewed: 2026-07-10\n---\n\n" + BODY, encoding="utf-8")
    dest = layout.output("cramps", "audio")
    AudioWriter(CLINIC, layout).plan(load_handout(path, layout.handouts_dir), {}).write()
    return dest, layout


def test_chapters_are_sections_plus_opening_and_match_the_transcript(reading) -> None:
    mp3, _ = reading
    chapters = read_chapters(mp3)
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    assert [c.title for c in chapters] == ["Leg cramps", "Get help now", "About this handout",
                                           "What helps", "Get help"]
    assert chapters[0].start_ms == 0
    for before, after in zip(chapters, chapters[1:], strict=False):
        assert before.end_ms == after.start_ms
    starts = {round(cue.start * 1000) for cue in cues}
    for chapter in chapters[1:]:
        assert min(abs(chapter.start_ms - s) for s in starts) <= 50
    assert [cue.text for cue in cues if cue.text.startswith(("What", "Get"))] == [
        "Get help now: Call your midwife if one leg is red.", "What helps.", "Get help.",
        "Get help now: Call your midwife if one leg is red."]


def test_captions_show_the_printed_words_and_the_listening_script_the_spoken(reading) -> None:
    """The .vtt shows each sentence as printed ("5 minutes"); the listening script beside it
    holds the same sentences as the voice says them, one a line, under chapter titles."""
    mp3, _ = reading
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    said = listening_sentences(mp3.with_suffix(".txt"))
    assert "Walk for 5 minutes." in [cue.text for cue in cues]
    assert "Walk for five minutes." in said
    assert len(said) == len(cues)
    assert "Call Riverside Family Clinic at 555-0134." in [cue.text for cue in cues]
    assert "Call Riverside Family Clinic at five five five, oh one three four." in said
    titles = [line for line in mp3.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
              if line.startswith("## ")]
    assert titles == [f"## {c.title}" for c in read_chapters(mp3)]


def test_loudness_peak_and_length_measured_on_the_decoded_mp3(reading) -> None:
    mp3, _ = reading
    audio = decode_mp3(mp3.read_bytes())
    assert -20.0 <= integrated_loudness(audio) <= -18.0
    assert true_peak_dbtp(audio) <= -1.5
    words = sum(len(line.split()) for line in listening_sentences(mp3.with_suffix(".txt")))
    assert 0.2 * words < audio.duration < 0.9 * words + 15  # speech plus pauses and silences
    assert abs(audio.duration - read_chapters(mp3)[-1].end_ms / 1000) < 0.1
    head = audio.samples[: int(0.5 * audio.sample_rate)]
    assert max(abs(head)) < 10 ** (-60 / 20)  # room tone at the start, below -60 dBFS


def test_tags(reading) -> None:
    mp3, _ = reading
    tags = ID3(mp3)
    assert tags.version[:2] == (2, 4)
    assert str(tags["TIT2"]) == "Leg cramps"
    assert str(tags["TPE1"]) == "Riverside Family Clinic"
    assert str(tags["TALB"]) == "Riverside Family Clinic"
    assert str(tags["TLAN"]) == "eng"
    assert str(tags["TDRC"]) == "2026-07-10"
    assert tags.getall("COMM")[0].text == ["Why they happen."]
    assert len(tags.getall("CTOC")) == 1


def test_mp3val_finds_nothing_wrong(reading) -> None:
    mp3, _ = reading
    result = subprocess.run(["mp3val", str(mp3)], capture_output=True, text=True, check=True)
    assert "WARNING" not in result.stdout and "ERROR" not in result.stdout, result.stdout


def test_cache_second_build_synthesises_nothing_and_an_edit_one_segment(reading) -> None:
    mp3, layout = reading
    path = layout.handouts_dir / "cramps.md"
    writer = AudioWriter(CLINIC, layout)
    counting = CountingEngine(writer.engine_for("en", DEFAULT_RATE))
    writer.engines["en", DEFAULT_RATE, 0] = counting

    writer.plan(load_handout(path, layout.handouts_dir), {}).write()
    assert counting.calls == []

    path.write_text(path.read_text().replace("Leg cramps are common.", "Cramps are common."))
    writer.plan(load_handout(path, layout.handouts_dir), {}).write()
    assert counting.calls == ["Cramps are common."]


def test_the_tags_say_which_computer_voice_reads(reading) -> None:
    mp3, _ = reading
    assert ID3(mp3).getall("TXXX:Narrator")[0].text == ["computer voice: Piper, joe-us"]


def test_a_language_with_no_voice_is_a_clear_error(write_handout, project: Layout) -> None:
    path = write_handout("## Aide\n\nÉtirez le mollet.\n", lang="fr")
    config = ClinicConfig(voices=(("fr", "piper"),))
    dest = project.output("leaflet", "audio")
    with pytest.raises(OutputError, match=r"leaflet\.md: no audio: no piper voice"):
        AudioWriter(config, project).plan(load_handout(path, project.handouts_dir), {}).write()
    assert not dest.exists() and not dest.with_suffix(".vtt").exists()
