"""Script → one stream of speech and silences, with the exact time of every segment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handoutkit.speech.pcm import Pcm, concat, silence
from handoutkit.speech.script import Script
from handoutkit.speech.tags import Chapter
from handoutkit.speech.vtt import Cue

HEAD_SILENCE = 0.75  # seconds before the first word (STANDARDS: 0.5-1 s room tone)
TAIL_SILENCE = 1.5  # seconds after the last word (STANDARDS: 1-2 s)


@dataclass(frozen=True)
class Reading:
    """The assembled audio and where each spoken segment and chapter lies in it."""

    pcm: Pcm
    cues: tuple[Cue, ...]  # one per segment: its words and when they are spoken
    chapters: tuple[Chapter, ...]  # one per script chapter, back to back, covering the audio


def assemble(script: Script, synthesize: Callable[[str], Pcm],
             progress: Callable[[int, int], None] = lambda done, total: None) -> Reading:
    """Voice every segment in order, joined by its pause; times come from sample counts."""
    total = sum(len(chapter.segments) for chapter in script.chapters)
    parts: list[Pcm] = []
    cues: list[Cue] = []
    starts: list[int] = []  # sample index where each chapter starts
    position = 0  # samples so far
    rate = 0
    for chapter in script.chapters:
        starts.append(position)
        for segment in chapter.segments:
            speech = synthesize(segment.text)
            rate = rate or speech.sample_rate
            if not parts:
                parts.append(silence(HEAD_SILENCE, rate))
                position = len(parts[0].samples)
                starts[0] = 0
            pause = silence(segment.pause_after, rate)
            cues.append(Cue(position / rate, (position + len(speech.samples)) / rate,
                            segment.text))
            parts += [speech, pause]
            position += len(speech.samples) + len(pause.samples)
            progress(len(cues), total)
    parts.append(silence(TAIL_SILENCE, rate))
    position += len(parts[-1].samples)
    return Reading(concat(parts), tuple(cues), _chapters(script, starts, position, rate))


def _chapters(script: Script, starts: list[int], end: int, rate: int) -> tuple[Chapter, ...]:
    bounds = [*starts[1:], end]
    return tuple(Chapter(chapter.title, round(1000 * start / rate), round(1000 * stop / rate))
                 for chapter, start, stop in zip(script.chapters, starts, bounds, strict=True))
