"""Forced alignment of a person's recording to the sentences it reads, offline.

aeneas (the `aeneas-ng` package) voices the sentences with espeak-ng, in the handout's
language, and matches the two by dynamic time warping over their MFCCs; it removes the
pauses it finds between sentences. Each sentence's span is then trimmed to where the voice
is heard (speech energy), so a caption starts as its first word does.

aeneas is AGPL-3.0: the build runs it on the clinic's own computer and serves nothing, so
its terms ask nothing more of a clinic (README, "Libraries").
"""

from __future__ import annotations

import contextlib
import io
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from handoutkit.errors import OutputError
from handoutkit.speech.pcm import Pcm
from handoutkit.voices import espeak_voice

PAUSE_MIN = 0.3  # seconds: a quiet stretch at least this long is a pause, not speech
FRAME = 0.01  # seconds per energy frame when trimming to speech
SPEECH_FLOOR_DB = -35.0  # a frame this far below the loudest is quiet
# A part whose speech per spoken character is this far from the recording's median is
# not the text it should be: squeezed (a section not read) or stretched (something extra).
SQUEEZED, STRETCHED = 0.5, 1.8
MIN_CHARS = 20  # parts shorter than this are too short to judge by their pace
BREATH = 0.1  # seconds: less than this between two sentences is no pause at all


@dataclass(frozen=True)
class Span:
    """Where one sentence is heard in the recording, in seconds."""

    start: float
    end: float


def can_align(lang: str) -> bool:
    """Whether espeak-ng, and so the aligner, speaks the language."""
    return espeak_voice(lang) is not None


def align(path: Path, pcm: Pcm, sentences: Sequence[str], lang: str) -> list[Span]:
    """The span of each sentence in the recording at ``path`` (decoded as ``pcm``)."""
    voice = espeak_voice(lang)
    if voice is None:
        raise OutputError(f"{path}: no aligner for {lang} (espeak-ng has no voice for it), "
                          "so its captions cannot be timed — ask for the computer voice by "
                          "removing the recording folder")
    # aeneas takes a while to import and is needed only where a person reads
    from aeneas.executetask import ExecuteTask
    from aeneas.runtimeconfiguration import RuntimeConfiguration
    from aeneas.task import Task
    from aeneas.textfile import TextFile, TextFragment

    text = TextFile()
    for index, sentence in enumerate(sentences):
        # "eng" only passes aeneas's language list; the voice below is what speaks
        text.add_fragment(TextFragment(f"s{index}", "eng", [sentence], [sentence]))
    task = Task(config_string="task_language=eng|is_text_type=plain|os_task_file_format=json"
                f"|task_adjust_boundary_nonspeech_min={PAUSE_MIN}"
                "|task_adjust_boundary_nonspeech_string=REMOVE")
    task.text_file = text
    task.audio_file_path_absolute = str(path.resolve())
    # espeak-ng through aeneas's C extension, run in a child process: called twice in one
    # process (two files of one recording, or two handouts) the library hangs
    settings = RuntimeConfiguration(f"tts_voice_code={voice}|cew=True|cew_subprocess_enabled=True"
                                    f"|cew_subprocess_path={sys.executable}")
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            ExecuteTask(task, rconf=settings).execute()
    except Exception as exc:  # aeneas raises its own classes for every failure
        raise OutputError(f"{path}: cannot align the recording to the text: {exc}") from exc
    leaves = [leaf for leaf in task.sync_map_leaves() if leaf.is_regular]
    if len(leaves) != len(sentences):
        raise OutputError(f"{path}: the aligner returned {len(leaves)} sentences for "
                          f"{len(sentences)}")
    return [_trimmed(pcm, float(leaf.begin), float(leaf.end)) for leaf in leaves]


def by_length(pcm: Pcm, sentences: Sequence[str]) -> list[Span]:
    """Where no aligner speaks the language: the file's speech shared out among its
    sentences by their length in characters (a part's captions are then only roughly timed;
    its chapter still starts at its file)."""
    heard = _trimmed(pcm, 0.0, pcm.duration)
    sizes = np.cumsum([0, *(max(1, len(sentence)) for sentence in sentences)])
    bounds = heard.start + (heard.end - heard.start) * sizes / sizes[-1]
    return [Span(float(a), float(b)) for a, b in zip(bounds, bounds[1:], strict=False)]


def _trimmed(pcm: Pcm, start: float, end: float) -> Span:
    """The span narrowed to its first and last loud frame (unchanged if none is loud)."""
    hop = max(1, round(FRAME * pcm.sample_rate))
    first, last = int(start * pcm.sample_rate), int(end * pcm.sample_rate)
    piece = pcm.samples[first:last]
    frames = len(piece) // hop
    if frames == 0:
        return Span(start, end)
    rms = np.sqrt(np.mean(piece[: frames * hop].reshape(frames, hop) ** 2, axis=1))
    floor = _loudest(pcm) * 10 ** (SPEECH_FLOOR_DB / 20)
    loud = np.nonzero(rms > floor)[0]
    if not len(loud):
        return Span(start, end)
    return Span((first + loud[0] * hop) / pcm.sample_rate,
                (first + (loud[-1] + 1) * hop) / pcm.sample_rate)


def _loudest(pcm: Pcm) -> float:
    """The loudest 10 ms of the recording (its 99.5th percentile, so a click does not count)."""
    hop = max(1, round(FRAME * pcm.sample_rate))
    frames = len(pcm.samples) // hop
    rms = np.sqrt(np.mean(pcm.samples[: frames * hop].reshape(frames, hop) ** 2, axis=1))
    return float(np.percentile(rms, 99.5)) if frames else 0.0


def mismatched(parts: Sequence[tuple[str, Sequence[str], Sequence[Span], float | None]],
               ) -> list[tuple[str, str]]:
    """Parts whose recording does not seem to be their words: (key, why).

    ``parts`` holds each part's key, its sentences, their spans and where the speech before
    it in the same file ends (None for a file's first part). The narrator leaves a breath
    between sentences; when a section was not read, the alignment squeezes its sentences
    into a sliver of another's speech, with no pause between them, and makes the parts
    around it too short or too long for their words. A part read twice, or with words the
    text does not have, is too long for its words."""
    paces = {}
    for key, sentences, spans, _ in parts:
        chars = sum(len(s) for s in sentences)
        if chars >= MIN_CHARS:
            paces[key] = sum(span.end - span.start for span in spans) / chars
    usual = statistics.median(paces.values()) if len(paces) > 1 else None
    found = []
    for key, _, spans, before in parts:
        ends = [before, *(span.end for span in spans[:-1])]
        joins = [span.start - end for span, end in zip(spans, ends, strict=True)
                 if end is not None]
        unbroken = sum(gap < BREATH for gap in joins)
        pace = paces.get(key)
        if len(joins) >= 2 and unbroken / len(joins) > 0.5:
            found.append((key, f"{unbroken} of its {len(joins)} sentences start with no "
                               "pause before them: it seems not to be read"))
        elif usual and pace is not None and pace < usual * SQUEEZED:
            found.append((key, f"only {pace / usual:.0%} of the time its words need: "
                               "it seems not to be read"))
        elif usual and pace is not None and pace > usual * STRETCHED:
            found.append((key, f"{pace / usual:.1f}× the time its words need: it seems to "
                               "hold words the text does not have"))
    return found
