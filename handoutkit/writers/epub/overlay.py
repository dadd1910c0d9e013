"""The media overlay's clips: each spoken sentence, the printed element it reads, its time."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from handoutkit.errors import OutputError
from handoutkit.records import Mark
from handoutkit.speech.script import Script

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Clip:
    """One `<par>` of the SMIL document."""

    ref: str  # id of the element in content.xhtml
    start: float  # seconds into the MP3: the cue's start
    end: float  # seconds: the cue's end


def clips(script: Script, cues: Sequence[Mark], mp3_name: str) -> list[Clip]:
    """One clip per segment of the script, timed by the cue the audio writer made for it.

    The reading has one cue per segment, in order; a reading made from another script (the
    handout changed, the audio was not rebuilt) is an error, never a guessed alignment.
    """
    segments = list(script.segments)
    said = [" ".join((s.shown or s.text).split()) for s in segments]
    heard = [" ".join(c.text.split()) for c in cues]
    if said != heard:
        raise OutputError(f"{mp3_name}: the reading does not say this handout's current text "
                          "— build the audio again (make audio), then the EPUB")
    missing = [s.text for s in segments if not s.ref]
    if missing:
        raise OutputError(f"no printed element for the spoken sentence {missing[0]!r} — "
                          "the speech script must name what each sentence reads")
    return [Clip(s.ref, c.start, c.end) for s, c in zip(segments, cues, strict=True)]


def clock(seconds: float) -> str:
    """A SMIL full clock value to the millisecond, as the .vtt has it: "0:01:02.500"."""
    total_ms = round(seconds * 1000)
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, ms = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{whole:02d}.{ms:03d}"
