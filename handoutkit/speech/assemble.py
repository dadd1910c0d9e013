"""Script → one stream of speech and silences, with the exact time of every segment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from handoutkit.speech.pcm import Pcm, resample
from handoutkit.speech.script import Script
from handoutkit.speech.tags import TimedChapter
from handoutkit.speech.vtt import Cue

HEAD_SILENCE = 0.75  # seconds before the first word (STANDARDS: 0.5-1 s room tone)
TAIL_SILENCE = 1.5  # seconds after the last word (STANDARDS: 1-2 s)


@dataclass(frozen=True)
class Reading:
    """The assembled audio and where each spoken segment and chapter lies in it."""

    pcm: Pcm
    cues: tuple[Cue, ...]  # one per segment: its printed words and when they are spoken
    chapters: tuple[TimedChapter, ...]  # one per script chapter, back to back, covering the audio


def assemble(script: Script, synthesize: Callable[[str], Pcm],
             progress: Callable[[int, int], None] = lambda done, total: None) -> Reading:
    """Voice every segment in order, joined by its pause; times come from sample counts.

    The first segment's voice sets the reading's sample rate; any other rate is resampled.
    """
    total = sum(len(chapter.segments) for chapter in script.chapters)
    placed: list[tuple[int, np.ndarray]] = []  # each segment's first sample and its speech
    cues: list[Cue] = []
    starts: list[int] = []  # sample index where each chapter starts
    position, rate = 0, 0  # samples so far; the reading's sample rate
    for chapter in script.chapters:
        starts.append(position)
        for segment in chapter.segments:
            speech = synthesize(segment.text)
            if not rate:
                rate = speech.sample_rate
                position = _sample_count(HEAD_SILENCE, rate)
            samples = resample(speech, rate).samples
            placed.append((position, samples))
            cues.append(Cue(position / rate, (position + len(samples)) / rate,
                           segment.shown or segment.text))
            position += len(samples) + _sample_count(segment.pause_after, rate)
            progress(len(cues), total)
    end = position + _sample_count(TAIL_SILENCE, rate)
    return Reading(_lay_out(placed, end, rate), tuple(cues), _chapters(script, starts, end, rate))


def _sample_count(seconds: float, rate: int) -> int:
    """Samples in a pause, rounded as `pcm.silence` rounds them."""
    return max(0, round(seconds * rate))


def _lay_out(placed: list[tuple[int, np.ndarray]], length: int, rate: int) -> Pcm:
    """Digital silence of `length` samples with each speech copied in at its start.

    One array written once: joining speech and silence parts with concatenate and then
    casting copied a long reading twice (0.24 s for the 445 s guide, on every rebuild).
    """
    samples = np.zeros(length, dtype=np.float32)
    for start, speech in placed:
        samples[start : start + len(speech)] = speech
    return Pcm(samples, rate)


def _chapters(script: Script, starts: list[int], end: int, rate: int) -> tuple[TimedChapter, ...]:
    bounds = [*starts[1:], end]
    return tuple(TimedChapter(chapter.title, round(1000 * start / rate), round(1000 * stop / rate))
                 for chapter, start, stop in zip(script.chapters, starts, bounds, strict=True))
