"""Assembling a script: speech laid out with its pauses, and exact cue and chapter times."""

from __future__ import annotations

import numpy as np
import pytest

from handoutkit.speech.assemble import HEAD_SILENCE, TAIL_SILENCE, assemble
from handoutkit.speech.pcm import Pcm, concat, silence
from handoutkit.speech.script import Chapter, Script, Segment

RATE = 22050
SCRIPT = Script((
    Chapter("Leg cramps", (Segment("Leg cramps.", 0.8), Segment("They are common.", 1.5))),
    Chapter("What helps", (Segment("What helps.", 0.8), Segment("Stretch.", 0.5))),
))


def voice(text: str, rate: int = RATE) -> Pcm:
    """A tone a tenth of a second per character, its pitch set by the text: deterministic."""
    t = np.arange(round(0.1 * len(text) * rate)) / rate
    return Pcm((0.3 * np.sin(2 * np.pi * 10 * len(text) * t)).astype(np.float32), rate)


def test_speech_and_pauses_lie_end_to_end() -> None:
    reading = assemble(SCRIPT, voice)
    parts = [silence(HEAD_SILENCE, RATE)]
    for segment in SCRIPT.segments:
        parts += [voice(segment.text), silence(segment.pause_after, RATE)]
    expected = concat([*parts, silence(TAIL_SILENCE, RATE)])
    assert reading.pcm.sample_rate == RATE
    assert np.array_equal(reading.pcm.samples, expected.samples)


def test_cues_and_chapters_come_from_sample_counts() -> None:
    reading = assemble(SCRIPT, voice)
    first, second, third, fourth = reading.cues
    assert first.start == pytest.approx(HEAD_SILENCE, abs=1 / RATE)
    assert first.end - first.start == pytest.approx(1.1, abs=1 / RATE)
    assert second.start == pytest.approx(first.end + 0.8, abs=1 / RATE)
    assert third.start == pytest.approx(second.end + 1.5, abs=1 / RATE)
    assert [cue.text for cue in reading.cues] == [s.text for s in SCRIPT.segments]
    opening, helps = reading.chapters
    assert (opening.start_ms, opening.end_ms) == (0, helps.start_ms)
    assert helps.start_ms == round(1000 * (second.end + 1.5))
    assert helps.end_ms == round(1000 * reading.pcm.duration)
    assert fourth.end + 0.5 + TAIL_SILENCE == pytest.approx(reading.pcm.duration, abs=1 / RATE)


def test_a_segment_at_another_rate_is_resampled_and_timed_at_the_reading_rate() -> None:
    reading = assemble(SCRIPT, lambda text: voice(text, 24000 if text == "Stretch." else RATE))
    last = reading.cues[-1]
    assert reading.pcm.sample_rate == RATE
    assert last.end - last.start == pytest.approx(0.8, abs=2 / RATE)
    assert reading.pcm.duration == pytest.approx(last.end + 0.5 + TAIL_SILENCE, abs=1 / RATE)


def test_progress_is_reported_per_segment() -> None:
    calls: list[tuple[int, int]] = []
    assemble(SCRIPT, voice, lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
