"""The segment cache, around a real piper engine wrapped to count its calls."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from handoutkit.cli import main
from handoutkit.speech.cache import HEADER, SegmentCache
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.pcm import Pcm
from tests.helpers import CountingEngine, front_matter

TEXT = "Keep the bandage dry for two days."


class ToneEngine:
    """A deterministic engine (no model) for the two-process test: text length sets pitch."""

    name: ClassVar[str] = "tone"

    def identity(self) -> str:
        return "tone:1"

    def synthesize(self, text: str) -> Pcm:
        t = np.arange(22050) / 22050
        return Pcm((0.3 * np.sin(2 * np.pi * 100 * len(text) * t)).astype(np.float32), 22050)


@pytest.fixture
def engine(piper: PiperEngine) -> CountingEngine:
    return CountingEngine(piper)


def test_second_request_comes_from_the_cache(tmp_path: Path, engine: CountingEngine) -> None:
    cache = SegmentCache(tmp_path)
    first = cache.synthesize(engine, TEXT)
    second = SegmentCache(tmp_path).synthesize(engine, TEXT)
    assert len(engine.calls) == 1
    assert second.sample_rate == first.sample_rate == 22050
    assert second.samples.dtype == np.float32
    assert np.array_equal(second.samples, first.samples)


def test_other_text_or_engine_is_another_entry(tmp_path: Path, engine: CountingEngine) -> None:
    cache = SegmentCache(tmp_path)
    cache.synthesize(engine, TEXT)
    cache.synthesize(engine, TEXT + " ")
    assert len(engine.calls) == 2
    assert cache.path_for(engine, TEXT) != cache.path_for(ToneEngine(), TEXT)
    entries = sorted(tmp_path.rglob("*.pcm"))
    assert len(entries) == 2 and all(entry.parent.parent == tmp_path for entry in entries)


class IdentityCountingEngine(ToneEngine):
    """Counts identity() calls: it reads package metadata, too slow to ask per segment."""

    def __init__(self) -> None:
        self.identities = 0

    def identity(self) -> str:
        self.identities += 1
        return "tone:1"


def test_engine_identity_is_asked_once_per_engine(tmp_path: Path) -> None:
    cache, engine, other = SegmentCache(tmp_path), IdentityCountingEngine(), ToneEngine()
    for text in ("one", "two", "three", "one"):
        cache.synthesize(engine, text)
    assert engine.identities == 1
    assert cache.path_for(engine, "one") == cache.path_for(other, "one")  # same identity
    assert cache.path_for(engine, "one") != cache.path_for(engine, "two")


def flip_payload_byte(data: bytes) -> bytes:
    at = HEADER.size + 1001
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


CORRUPTIONS: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "shorter than header": lambda data: data[:20],
    "empty": lambda data: b"",
    "flipped byte": flip_payload_byte,
    "bad magic": lambda data: b"RIFF" + data[4:],
    "extra bytes": lambda data: data + b"\0\0\0\0",
}


@pytest.mark.parametrize("damage", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_damaged_entry_is_detected_and_synthesised_again(
    tmp_path: Path,
    engine: CountingEngine,
    damage: Callable[[bytes], bytes],
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache = SegmentCache(tmp_path)
    cache.synthesize(engine, TEXT)
    entry = cache.path_for(engine, TEXT)
    entry.write_bytes(damage(entry.read_bytes()))
    with caplog.at_level(logging.WARNING, logger="handoutkit.speech.cache"):
        again = cache.synthesize(engine, TEXT)
    assert len(engine.calls) == 2
    assert "damaged" in caplog.text
    assert again.sample_rate == 22050 and 0.5 < again.duration < 4.0
    third = cache.synthesize(engine, TEXT)
    assert len(engine.calls) == 2  # the rewritten entry is good
    assert np.array_equal(third.samples, again.samples)


def test_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path)
    for text in ("one", "two", "three"):
        cache.synthesize(ToneEngine(), text)
    names = [path.name for path in tmp_path.rglob("*") if path.is_file()]
    assert len(names) == 3 and all(name.endswith(".pcm") for name in names)
    assert not [name for name in names if name.startswith(".")]


def test_unwritable_cache_still_returns_speech(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    with caplog.at_level(logging.WARNING, logger="handoutkit.speech.cache"):
        pcm = SegmentCache(blocker).synthesize(ToneEngine(), "hello")
    assert pcm.duration == 1.0
    assert "cannot store speech" in caplog.text


def build_all(root: str, texts: list[str]) -> list[bytes]:
    cache = SegmentCache(Path(root))
    return [cache.synthesize(ToneEngine(), text).samples.tobytes() for text in texts]


def test_two_processes_building_at_once(tmp_path: Path) -> None:
    texts = [f"segment {index}" * (index + 1) for index in range(12)]
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        results = pool.starmap(build_all, [(str(tmp_path), texts)] * 2)
    assert results[0] == results[1]
    cache, engine = SegmentCache(tmp_path), ToneEngine()
    for text, samples in zip(texts, results[0], strict=True):
        path = cache.path_for(engine, text)
        assert path.exists()
        assert SegmentCache(tmp_path).synthesize(engine, text).samples.tobytes() == samples
    assert len(list(tmp_path.rglob("*.part"))) == 0


SHORT = "## What helps\n\nStretch your calf before bed. Drink water with each meal.\n"


@pytest.mark.slow  # three audio builds with the real piper voice
def test_a_second_build_folder_voices_nothing_the_shared_cache_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spoken: list[str] = []
    speak = PiperEngine.synthesize
    monkeypatch.setattr(PiperEngine, "synthesize",
                        lambda engine, text: spoken.append(text) or speak(engine, text))
    (tmp_path / "handouts").mkdir()
    (tmp_path / "handouts" / "cramps.md").write_text(front_matter() + "\n" + SHORT, "utf-8")
    # piper, the faster English voice: the engine the test counts calls of
    (tmp_path / "handouts" / "clinic.yaml").write_text("voices: {en: piper}\n", "utf-8")

    def build(folder: str, *options: str) -> bytes:
        assert main(["audio", "-q", "--handouts-dir", str(tmp_path / "handouts"),
                     "--build-dir", str(tmp_path / folder), *options]) == 0
        return (tmp_path / folder / "audio" / "cramps.mp3").read_bytes()

    monkeypatch.setenv("HANDOUTKIT_CACHE_DIR", str(tmp_path / "shared"))
    first = build("build-1")
    voiced = len(spoken)
    assert voiced >= 3 and not (tmp_path / "build-1" / ".cache").exists()
    assert build("build-2") == first, "a cold build folder, the same reading"
    assert len(spoken) == voiced, "the second build folder voiced nothing again"
    assert build("build-3", "--cache-dir", str(tmp_path / "other")) == first
    assert len(spoken) == 2 * voiced, "another cache folder starts cold"
