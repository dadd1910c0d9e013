"""The media overlay's clips: each spoken sentence, the printed element it reads, its time."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from handoutkit.errors import OutputError
from handoutkit.records import Mark

logger = logging.getLogger(__name__)

_ID = re.compile(r'(?<![\w-])id="([^"]+)"')  # the ids of content.xhtml's elements


@dataclass(frozen=True)
class Clip:
    """One `<par>` of the SMIL document."""

    ref: str  # id of the element in content.xhtml
    start: float  # seconds into the MP3: the cue's start
    end: float  # seconds: the cue's end


def clips(cues: Sequence[Mark], content: str, mp3_name: str) -> list[Clip]:
    """One clip per sentence of the reading, at the printed element its cue names.

    A reading whose sentences point at elements the text no longer has (the handout changed,
    the audio was not rebuilt) is an error, never a guessed alignment.
    """
    missing = [c.text for c in cues if not c.ref]
    if missing:
        raise OutputError(f"no printed element for the spoken sentence {missing[0]!r} — "
                          "the speech script must name what each sentence reads")
    ids = set(_ID.findall(content))
    if any(c.ref not in ids for c in cues):
        raise OutputError(f"{mp3_name}: the reading does not say this handout's current text "
                          "— build the audio again (make audio), then the EPUB")
    return [Clip(c.ref, c.start, c.end) for c in cues]


def clock(seconds: float) -> str:
    """A SMIL full clock value to the millisecond, as the .vtt has it: "0:01:02.500"."""
    total_ms = round(seconds * 1000)
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, ms = divmod(rest, 1000)
    return f"{hours}:{minutes:02d}:{whole:02d}.{ms:03d}"
