"""A person's recording → the reading: each file aligned to the sentences it reads, laid end
to end as the computer voice's reading would be (the same head and tail silence, a
section's pause between two files), with a caption per sentence and a chapter per part.

Also the notes the build prints about the recording: parts missing, left over, or
recorded from an older text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from handoutkit.errors import OutputError
from handoutkit.records import Note
from handoutkit.speech import align
from handoutkit.speech.assemble import HEAD_SILENCE, TAIL_SILENCE, Reading
from handoutkit.speech.pcm import Pcm, resample
from handoutkit.speech.recording import Recording, Take
from handoutkit.speech.script import SECTION_PAUSE, Script
from handoutkit.speech.tags import TimedChapter
from handoutkit.speech.vtt import Cue

SAMPLE_RATE = 22_050  # every reading's rate (writers/audio: 64 kbit/s mono at 22 050 Hz)
LEAD = 0.25  # seconds of the take kept before its first word and after its last
CHAPTER_LEAD = 0.1  # a chapter starts this long before its first word (no later than the last)
SETTINGS = f"{align.PAUSE_MIN}|{align.SPEECH_FLOOR_DB}|{LEAD}|{CHAPTER_LEAD}"
RECORD_AGAIN = "record it again from the narrator's script (build/narrator/{name}.html)"


def reading(found: Recording, script: Script, lang: str) -> tuple[Reading | None, list[Note]]:
    """The takes aligned and laid out; or None with notes naming the parts whose recording
    does not match their words (a section not read, or one with words it does not have)."""
    aligned = []
    timed = align.can_align(lang)
    for take in found.takes:
        pcm = resample(decode(take.path), SAMPLE_RATE)
        sentences = [sentence for part in take.parts for sentence in part.sentences]
        if timed:
            aligned.append((take, pcm, align.align(take.path, pcm, sentences, lang)))
        elif len(found.takes) > 1:  # a file per part: chapters exact, captions by length
            aligned.append((take, pcm, align.by_length(pcm, sentences)))
        else:
            raise OutputError(f"{take.path}: no aligner for {lang} (espeak-ng has no voice "
                              "for it), so a whole reading cannot be cut into its sections — "
                              "record a file per part, as the narrator's script names them")
    if not timed:
        return lay_out(aligned, script), []
    by_part = [(part, spans[at:at + len(part.sentences)], spans[at - 1].end if at else None)
               for take, _, spans in aligned
               for part, at in zip(take.parts, _starts(take), strict=True)]
    parts = {part.key: part for part, _, _ in by_part}
    wrong = align.mismatched([(p.key, p.sentences, spans, before)
                              for p, spans, before in by_part])
    if wrong:
        name = found.where.name
        return None, [Note(parts[key].line, f"the recording of \"{parts[key].title}\" does not "
                                            f"match its text ({why}) — "
                                            + RECORD_AGAIN.format(name=name))
                      for key, why in wrong]
    return lay_out(aligned, script), []


def _starts(take: Take) -> list[int]:
    """The index of each part's first sentence among the take's sentences."""
    starts, at = [], 0
    for part in take.parts:
        starts.append(at)
        at += len(part.sentences)
    return starts


def lay_out(aligned: Sequence[tuple[Take, Pcm, list[align.Span]]], script: Script) -> Reading:
    """The takes, each cut to its words (and LEAD either side), one after the other with a
    section's pause between them; cues and chapters at the aligned times."""
    rate = SAMPLE_RATE
    pieces: list[np.ndarray] = [np.zeros(round(HEAD_SILENCE * rate), dtype=np.float32)]
    position = HEAD_SILENCE  # seconds so far
    spans: list[align.Span] = []  # every sentence, in reading time
    for index, (_, pcm, take_spans) in enumerate(aligned):
        if index:
            pieces.append(np.zeros(round(SECTION_PAUSE * rate), dtype=np.float32))
            position += SECTION_PAUSE
        cut = max(0.0, take_spans[0].start - LEAD)
        stop = min(pcm.duration, take_spans[-1].end + LEAD)
        piece = pcm.samples[round(cut * rate):round(stop * rate)]
        pieces.append(piece)
        spans += [align.Span(position + s.start - cut, position + s.end - cut)
                  for s in take_spans]
        position += len(piece) / rate
    pieces.append(np.zeros(round(TAIL_SILENCE * rate), dtype=np.float32))
    samples = np.concatenate(pieces).astype(np.float32)
    segments = list(script.segments)
    cues = tuple(Cue(span.start, span.end, segment.shown or segment.text)
                 for span, segment in zip(spans, segments, strict=True))
    return Reading(Pcm(samples, rate), cues, _chapters(script, spans, len(samples) / rate))


def _chapters(script: Script, spans: list[align.Span], end: float) -> tuple[TimedChapter, ...]:
    """Each chapter from just before its first word to the next chapter's start."""
    starts, at = [], 0
    for number, chapter in enumerate(script.chapters):
        first = spans[at].start
        previous_end = spans[at - 1].end if at else 0.0
        starts.append(0.0 if number == 0 else max(previous_end, first - CHAPTER_LEAD))
        at += len(chapter.segments)
    bounds = [*starts[1:], end]
    return tuple(TimedChapter(chapter.title, round(1000 * start), round(1000 * stop))
                 for chapter, start, stop in zip(script.chapters, starts, bounds, strict=True))


def decode(path: Path) -> Pcm:
    """A recorded file as mono PCM at its own rate."""
    import soundfile

    try:
        samples, rate = soundfile.read(path, dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError) as exc:
        raise OutputError(f"{path}: cannot read the recording: {exc}") from exc
    if not len(samples):
        raise OutputError(f"{path}: the recording is empty")
    return Pcm(samples.mean(axis=1).astype(np.float32), rate)


def missing_notes(found: Recording, instead: str) -> tuple[Note, ...]:
    """The parts no file holds; ``instead`` says what reads the handout until they are
    there ("the computer voice reads this handout", or that nothing does)."""
    where = found.where
    return tuple(Note(part.line, f"\"{part.title}\" has no recording: save it as "
                                 f"{where}/{part.file_stem}.wav (the narrator's script shows "
                                 f"what to read); {instead} until every part is recorded")
                 for part in found.missing)


def stale_notes(found: Recording) -> list[Note]:
    """Parts recorded from an older text: the recording is used, and its page says it may
    differ, until they are recorded again."""
    where = found.where
    return [Note(part.line, f"\"{part.title}\" {_why_stale(take)} ({take.path.name}) — record "
                            f"it again and save it as {where}/{part.file_stem}.wav; until then "
                            "the page says the recording may differ from the text")
            for take in found.takes for part in take.stale]


def _why_stale(take: Take) -> str:
    """"changed since it was recorded", or that the file's name has no version to tell."""
    if take.path.name.count(".") < 2:
        return "cannot be told current: its file name has no version of the text"
    return "changed since it was recorded"


def extra_notes(found: Recording) -> list[Note]:
    """Audio files in the recording folder that are no part of the reading (left unused)."""
    return [Note(1, f"{path} is not a part of this handout's reading (a section removed or "
                    "renamed?) and is not used — remove it, or name it as the narrator's "
                    "script says")
            for path in found.extra]
