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
own setting the same way: its natural rate over the rate asked. Kokoro's natural rate per
language is in voices.py (fitted with bench/bench_voices.py).

Words in a language written without spaces: Chinese and Japanese count characters (Han,
hiragana, katakana). A line of English says in words what a Chinese translation says in
about 1.5 times as many characters, so 160 "words" a minute is 240 characters a minute: the
slow, clear end of Mandarin read aloud (newsreaders run near 300). Japanese spells its
particles and endings in kana, so it takes more: three short health sentences took 60
characters for 26 English words, 2.3 to a word; a text with any kana is Japanese (Chinese
uses none) and counts 2.3 to a word. Korean writes spaces between its words, and counts
them as words.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from handoutkit.speech.vtt import Cue

logger = logging.getLogger(__name__)

PIPER_FIXED = 0.3  # the share of piper's speaking time its length scale does not stretch
ESPEAK_NOMINAL = 150  # the -s value the espeak-ng rates below were measured at
# Words a minute measured at -s 150, per voice: es from the samples; the others from the
# language fixtures (`bench_voices.py --languages`, read at -s 151 and scaled to 150; ht,
# ko, ru and cmn scaled again by a second run's 162, 168, 157 and 165 words a minute).
ESPEAK_MEASURED = {
    "es": 158.8, "ar": 107.3, "ht": 146.8, "ko": 105.3, "ru": 139.4, "vi": 193.7,
    "fr": 181.8, "pt": 144.0, "cmn": 94.3,
}  # fmt: skip
ESPEAK_DEFAULT_MEASURED = 158.8  # for a voice not yet measured: as Spanish
CHARACTERS_PER_WORD = 1.5  # Chinese characters said for one English word (see above)
JAPANESE_CHARACTERS_PER_WORD = 2.3  # Japanese kanji and kana for one English word
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


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
    words, seconds = 0.0, 0.0
    for cue in cues:
        words += word_count(cue.text)
        seconds += cue.end - cue.start
    return 60.0 * words / seconds if seconds else 0.0


def word_count(text: str) -> float:
    """Words in ``text``: spaced words, and Chinese characters 1.5 to a word (Japanese 2.3)."""
    unspaced = len(_UNSPACED.findall(text))
    spaced = sum(1 for word in _UNSPACED.sub(" ", text).split() if any(c.isalnum() for c in word))
    per_word = JAPANESE_CHARACTERS_PER_WORD if _KANA.search(text) else CHARACTERS_PER_WORD
    return spaced + unspaced / per_word
