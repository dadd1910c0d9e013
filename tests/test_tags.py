"""ID3v2.4 tags and chapters, written to a real MP3 and read back with mutagen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from mutagen.id3 import ID3, CTOCFlags

from handoutkit.errors import OutputError
from handoutkit.language import iso_639_2
from handoutkit.speech.encode import decode_mp3, encode_mp3
from handoutkit.speech.pcm import Pcm, concat, silence
from handoutkit.speech.tags import AudioTags, TimedChapter, read_chapters, write_tags
from tests.media import ffprobe_chapters

RATE = 22050
TAGS = AudioTags(
    title="Tomar metformina",
    artist="Riverside Family Clinic",
    album="Patient education",
    language="es-MX",
    date="2025-03-01",
    comment="Cómo y cuándo tomar la metformina.",
)
CHAPTERS = [
    TimedChapter("Tomar metformina", 0, 2_150),
    TimedChapter("Cuándo tomarla", 2_150, 4_800),
    TimedChapter("Efectos secundarios", 4_800, 6_000),
]


@pytest.fixture(scope="module")
def mp3_bytes() -> bytes:
    t = np.arange(5 * RATE) / RATE
    tone = Pcm((0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), RATE)
    return encode_mp3(concat([silence(0.5, RATE), tone, silence(0.5, RATE)]))


@pytest.fixture
def mp3(tmp_path: Path, mp3_bytes: bytes) -> Path:
    path = tmp_path / "metformina.mp3"
    path.write_bytes(mp3_bytes)
    return path


def test_writes_id3v24_with_every_text_frame(mp3: Path) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    assert mp3.read_bytes()[:4] == b"ID3\x04"
    id3 = ID3(mp3)
    assert id3.version == (2, 4, 0)
    assert id3["TIT2"].text == ["Tomar metformina"]
    assert id3["TPE1"].text == ["Riverside Family Clinic"]
    assert id3["TALB"].text == ["Patient education"]
    assert id3["TLAN"].text == ["spa"]
    assert str(id3["TDRC"].text[0]) == "2025-03-01"
    comments = id3.getall("COMM")
    assert len(comments) == 1
    assert (comments[0].lang, comments[0].text) == ("spa", ["Cómo y cuándo tomar la metformina."])


def test_writes_a_top_level_ordered_toc_and_a_chap_per_chapter(mp3: Path) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    id3 = ID3(mp3)
    (toc,) = id3.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    chaps = {frame.element_id: frame for frame in id3.getall("CHAP")}
    assert list(toc.child_element_ids) == ["chp0", "chp1", "chp2"] == sorted(chaps)
    for element_id, chapter in zip(toc.child_element_ids, CHAPTERS, strict=True):
        frame = chaps[element_id]
        assert (frame.start_time, frame.end_time) == (chapter.start_ms, chapter.end_ms)
        assert frame.sub_frames["TIT2"].text == [chapter.title]


def test_read_chapters_round_trips(mp3: Path) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    assert read_chapters(mp3) == CHAPTERS


def test_tags_leave_the_audio_untouched(mp3: Path, mp3_bytes: bytes) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    tagged = mp3.read_bytes()
    assert tagged.endswith(mp3_bytes)
    assert np.array_equal(decode_mp3(tagged).samples, decode_mp3(mp3_bytes).samples)


def test_writing_again_replaces_the_old_tag(mp3: Path) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    write_tags(mp3, TAGS, CHAPTERS[:1])
    assert read_chapters(mp3) == CHAPTERS[:1]
    assert len(ID3(mp3).getall("CHAP")) == 1


def test_no_date_and_no_chapters(mp3: Path) -> None:
    undated = AudioTags("Hand washing", "Clinic", "Patient education", "en-US", None, "Why.")
    write_tags(mp3, undated, [])
    id3 = ID3(mp3)
    assert "TDRC" not in id3 and not id3.getall("CTOC")
    assert id3["TLAN"].text == ["eng"]
    assert read_chapters(mp3) == []


def test_untagged_mp3_has_no_chapters(mp3: Path) -> None:
    assert read_chapters(mp3) == []


@pytest.mark.parametrize(
    "chapters",
    [
        [TimedChapter("Backwards", 2_000, 1_000)],
        [TimedChapter("One", 0, 2_000), TimedChapter("Overlaps", 1_500, 3_000)],
        [TimedChapter("Negative", -5, 1_000)],
    ],
)
def test_chapters_must_run_forwards(mp3: Path, chapters: list[TimedChapter]) -> None:
    with pytest.raises(OutputError, match="run backwards or overlap"):
        write_tags(mp3, TAGS, chapters)


@pytest.mark.parametrize(
    ("language", "code"),
    [("en", "eng"), ("en-US", "eng"), ("es", "spa"), ("es-419", "spa"), ("fr-CA", "fra"),
     ("zh-Hant-TW", "zho"), ("yue", "yue"), ("xx", "und")],
)  # fmt: skip
def test_iso_639_2(language: str, code: str) -> None:
    assert iso_639_2(language) == code


@pytest.mark.skipif(shutil.which("mp3val") is None, reason="mp3val is not installed")
def test_mp3val_finds_no_problem_in_an_encoded_tagged_file(mp3: Path) -> None:
    write_tags(mp3, TAGS, CHAPTERS)
    report = subprocess.run(["mp3val", str(mp3)], capture_output=True, text=True, check=True)
    lines = report.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("WARNING", "PROBLEM", "ERROR"))]
    (info,) = [line for line in lines if line.startswith("INFO")]
    assert "MPEG 2 Layer III" in info and "+ID3v2" in info and "CBR" in info


def test_chap_frames_are_stored_in_time_order_for_players_that_ignore_the_toc(mp3: Path) -> None:
    # Titles of falling length: mutagen alone stores frames by size, which reversed them.
    chapters = [TimedChapter("x" * (30 - n), n * 400, (n + 1) * 400) for n in range(12)]
    write_tags(mp3, TAGS, chapters)
    listed = ffprobe_chapters(mp3)
    assert [title for _, title in listed] == [c.title for c in chapters]
    assert [start for start, _ in listed] == [c.start_ms / 1000 for c in chapters]
    stored = [frame.element_id for frame in ID3(mp3).getall("CHAP")]
    (toc,) = ID3(mp3).getall("CTOC")
    assert stored == list(toc.child_element_ids) == [f"chp{n}" for n in range(12)]
