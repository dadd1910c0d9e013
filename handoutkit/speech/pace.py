"""Speaking rate: words a minute while the voice speaks, and each engine's setting for it.

The rate counts only speech: the words in the transcript's cues divided by the time inside
those cues, so the pauses between sentences (which keep their lengths) do not count. Each
voice speaks at its own natural rate; an engine reaches the asked rate from that rate,
measured on the sample readings (`bench/bench_pace.py` measures it again):

    piper joe-us at length scale 1 → 201 words a minute
    espeak-ng es at -s 150         → 159 words a minute → -s 150 × rate / 159

espeak-ng's -s is close to linear (-s 120, 150, 190 measured 126, 159, 203). piper's length
scale stretches only part of the time: at 1, 1.26 and 1.37 the two English samples measured
201, 173 and 160 words a minute, as if about 30 % of the time did not stretch, so the scale
is (201 / rate − 0.3) / 0.7.

gTTS has no rate setting and speaks at Google's pace. Another engine maps the rate to its
own setting the same way: its natural rate over the rate asked.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from handoutkit.speech.vtt import Cue

logger = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words a minute while speaking (STANDARDS: 145–175, 160 for patients)
RATES = range(120, 201)  # what clinic.yaml and front matter may ask for
RATE_HINT = "give words a minute between 120 and 200, e.g. 'speech_rate: 160'"
PIPER_FIXED = 0.3  # the share of piper's speaking time its length scale does not stretch
ESPEAK_NOMINAL = 150  # the -s value the espeak-ng rates below were measured at
ESPEAK_MEASURED = {"es": 158.8}  # words a minute measured at -s 150, per voice
ESPEAK_DEFAULT_MEASURED = 158.8  # for a voice not yet measured: as Spanish


def length_scale(natural_rate: float, rate: int, fixed: float = 0.0) -> float:
    """The length scale that turns a voice's natural rate into ``rate`` when ``fixed`` of its
    time does not stretch (for piper; a `speed` setting, as Kokoro's, is its inverse)."""
    return round((natural_rate / rate - fixed) / (1.0 - fixed), 4)


def espeak_speed(voice: str, rate: int) -> int:
    """espeak-ng's -s value that makes ``voice`` speak ``rate`` words a minute."""
    measured = ESPEAK_MEASURED.get(voice.split("-")[0], ESPEAK_DEFAULT_MEASURED)
    return round(ESPEAK_NOMINAL * rate / measured)


def speaking_rate(cues: Iterable[Cue]) -> float:
    """Words a minute inside the cues: their words over their total time."""
    words, seconds = 0, 0.0
    for cue in cues:
        words += len(cue.text.split())
        seconds += cue.end - cue.start
    return 60.0 * words / seconds if seconds else 0.0
