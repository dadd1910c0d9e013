"""WebVTT captions for a reading: cues in, caption file text out (and back, for checks)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

logger = logging.getLogger(__name__)

HEADER = "WEBVTT"
ARROW = " --> "
# hh:mm:ss.ttt, or mm:ss.ttt (hours may be omitted when zero, WebVTT section 4.2)
TIMESTAMP = re.compile(r"^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$")


@dataclass(frozen=True)
class Cue:
    """One caption shown while its words are spoken."""

    start: float  # seconds from the start of the audio
    end: float  # seconds; not before start
    text: str  # plain text, may hold line breaks


def format_timestamp(seconds: float) -> str:
    """Seconds as a WebVTT timestamp, to the millisecond: 3725.5 -> "01:02:05.500"."""
    if seconds < 0:
        raise ValueError(f"a caption time cannot be negative: {seconds}")
    total_ms = round(seconds * 1000)
    hours, rest = divmod(total_ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}.{ms:03d}"


def _cue_payload(text: str) -> str:
    """Cue text escaped for WebVTT: &, < and > as entities (so "-->" cannot appear),
    and no blank line, which would end the cue early."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    escaped = [html.escape(line, quote=False) for line in lines if line.strip()]
    return "\n".join(escaped)


def render_vtt(cues: Iterable[Cue]) -> str:
    """A WebVTT file holding the cues in the order given."""
    blocks = [HEADER]
    for cue in cues:
        if cue.end < cue.start:
            raise ValueError(f"caption {cue.text!r} ends ({cue.end}) before it starts")
        timing = f"{format_timestamp(cue.start)}{ARROW}{format_timestamp(cue.end)}"
        payload = _cue_payload(cue.text)
        blocks.append(f"{timing}\n{payload}" if payload else timing)
    return "\n\n".join(blocks) + "\n"


def parse_timestamp(stamp: str) -> float:
    """A WebVTT timestamp in seconds: "01:02:05.500" -> 3725.5."""
    match = TIMESTAMP.match(stamp.strip())
    if match is None:
        raise ValueError(f"not a WebVTT timestamp: {stamp!r}")
    hours, minutes, seconds, ms = (int(part or 0) for part in match.groups())
    return (((hours * 60 + minutes) * 60 + seconds) * 1000 + ms) / 1000


def parse_vtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file; NOTE, STYLE and REGION blocks are skipped."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines[0].startswith(HEADER) or lines[0][len(HEADER) :][:1] not in ("", " ", "\t"):
        raise ValueError("not a WebVTT file: the first line must be WEBVTT")
    blocks = re.split(r"\n{2,}", "\n".join(lines[1:]).strip("\n"))
    return [cue for block in blocks if (cue := _parse_block(block)) is not None]


def _parse_block(block: str) -> Cue | None:
    lines = block.split("\n")
    timing_at = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
    if timing_at is None:
        return None  # header metadata, NOTE, STYLE or REGION
    start, _, after = lines[timing_at].partition("-->")
    end = after.split()[0] if after.split() else ""  # cue settings may follow the end time
    payload = "\n".join(lines[timing_at + 1 :])
    return Cue(parse_timestamp(start), parse_timestamp(end), html.unescape(payload))
