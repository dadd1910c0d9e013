"""A person's recording: how close the offline alignment (speech/align.py, aeneas-ng) puts
each caption and chapter to the truth, and what it costs.

Run with `PYTHONPATH=. .venv/bin/python bench/bench_recording.py`. piper reads the English
sample (`handouts/leg-cramps-in-pregnancy.md`) as a person would, so every sentence's true
start and end are known (the computer voice's own placement, its trailing quiet included);
the whole reading is aligned as one file, then cut into one file per part and aligned part by
part. Measured: the median and 90th percentile of |aligned − true| over every caption start
and end (within each file: a part's files are placed on their own), the largest chapter start
error, and seconds of alignment per second of audio. Writes its section of
bench/BENCHMARKS.md; exits 1 if the median is above 0.3 s or a chapter starts more than
0.5 s from its section (issue #22's "done when").
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile
from sections import write_section

from handoutkit.config import load_config
from handoutkit.reader.loader import load_handout
from handoutkit.speech import align, recording
from handoutkit.speech.assemble import assemble
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.script import build_script

ROOT = Path(__file__).resolve().parent.parent
HANDOUTS = ROOT / "handouts"
SAMPLE = HANDOUTS / "leg-cramps-in-pregnancy.md"
MAX_MEDIAN, MAX_CHAPTER = 0.3, 0.5


def main() -> int:
    handout = load_handout(SAMPLE, HANDOUTS)
    script = build_script(handout, load_config(HANDOUTS))
    parts = recording.parts(handout, script)
    engine = PiperEngine()
    truth = assemble(script, engine.synthesize)
    rate = truth.pcm.sample_rate
    sentences = [segment.text for segment in script.segments]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        whole = Path(folder) / "reading.wav"
        soundfile.write(whole, truth.pcm.samples, rate)
        started = time.perf_counter()
        spans = align.align(whole, truth.pcm, sentences, "en")
        seconds = time.perf_counter() - started
        errors = _errors(spans, truth.cues)
        firsts = np.cumsum([0, *(len(p.sentences) for p in parts[:-1])])
        chapter = max(abs(spans[i].start - truth.cues[i].start) for i in firsts[1:])
        rows.append(("whole reading, one file", errors, chapter, seconds / truth.pcm.duration))
        errors, seconds = [], 0.0
        for index, (part, mark) in enumerate(zip(parts, truth.chapters, strict=True)):
            cut = truth.pcm.samples[round(mark.start_ms * rate / 1000):
                                    round(mark.end_ms * rate / 1000)]
            path = Path(folder) / f"{part.file_stem}.wav"
            soundfile.write(path, cut, rate)
            started = time.perf_counter()
            got = align.align(path, Pcm(cut, rate), part.sentences, "en")
            seconds += time.perf_counter() - started
            offset = mark.start_ms / 1000
            cues = truth.cues[firsts[index]:firsts[index] + len(part.sentences)]
            errors += _errors([align.Span(s.start + offset, s.end + offset) for s in got], cues)
        rows.append(("a file per part", errors, None, seconds / truth.pcm.duration))
    load = Path("/proc/loadavg").read_text().split()[0]
    lines = ["## A person's recording: alignment (bench_recording.py)", "",
             f"piper reading {SAMPLE.name} ({truth.pcm.duration:.0f} s, {len(sentences)} "
             f"sentences, {len(parts)} parts) aligned by aeneas-ng; load average {load}.", "",
             "| recording | caption bound error, median | 90th percentile | worst chapter start "
             "| alignment s per audio s |", "| --- | --- | --- | --- | --- |"]
    for label, errors, chapter, cost in rows:
        lines.append(f"| {label} | {statistics.median(errors):.2f} s | "
                     f"{np.percentile(errors, 90):.2f} s | "
                     f"{'at the file' if chapter is None else f'{chapter:.2f} s'} | {cost:.3f} |")
    text = "\n".join(lines)
    print(text)
    write_section("recording", text)
    worst = max(statistics.median(errors) for _, errors, _, _ in rows)
    return 0 if worst <= MAX_MEDIAN and rows[0][2] <= MAX_CHAPTER else 1


def _errors(spans: list[align.Span], cues) -> list[float]:
    """|aligned − true| for every start and end."""
    return [abs(got - want) for span, cue in zip(spans, cues, strict=True)
            for got, want in ((span.start, cue.start), (span.end, cue.end))]


if __name__ == "__main__":
    sys.exit(main())
