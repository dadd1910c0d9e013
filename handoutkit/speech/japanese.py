"""Japanese text → the phonemes Kokoro's Japanese speakers read (misaki's G2P over OpenJTalk).

misaki's Japanese front end, in its `pyopenjtalk` version, takes each word's reading and
accent from OpenJTalk (the `pyopenjtalk-plus` package, whose dictionary ships in its wheel:
nothing is downloaded) and writes the kana as Kokoro's phonemes. Its other, default version
needs unidic, whose dictionary is downloaded after installing, so it is not used. misaki
returns the phonemes followed by an equally long pitch-accent line for newer models;
Kokoro v1.0 reads the phonemes alone.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

_LOCK = threading.Lock()  # OpenJTalk's one dictionary and misaki's state are not thread-safe
_PITCH = frozenset("_-^j")  # the marks of misaki's pitch line
# misaki's Japanese G2P knows only the Japanese full stop and comma: an ASCII "." or ","
# (the full stop the script puts after every heading and the title, the commas between a
# phone number's groups) became its unknown mark "❓", which is not in Kokoro's vocabulary
# and was dropped, so headings lost their final stop and phone groups ran together; they
# are written as Japanese's before it reads them.
_JAPANESE_MARKS = str.maketrans({".": "。", ",": "、"})
# Part of the engine's identity, so that speech cached before a change to what is sent to
# the G2P here is voiced again: 2 = ASCII full stops and commas as Japanese's.
_FRONT_END = "ja-marks 2"


@functools.cache
def _g2p() -> Callable[[str], tuple[str, object]]:
    """misaki's Japanese G2P on OpenJTalk, made once."""
    from misaki.ja import JAG2P

    return JAG2P(version="pyopenjtalk")


def phonemes(text: str) -> str:
    """The phonemes of Japanese ``text``, without misaki's pitch line."""
    with _LOCK:
        both = _g2p()(text.translate(_JAPANESE_MARKS))[0]
    said, pitch = both[: len(both) // 2], both[len(both) // 2:]
    if len(said) != len(pitch) or not set(pitch) <= _PITCH:
        raise ValueError(f"misaki's Japanese G2P gave no pitch line after {both!r}")
    return said.strip()


def version() -> str:
    """The G2P's packages and versions, for the engine's identity."""
    from importlib.metadata import version as installed

    return ":".join([*(f"{name} {installed(name)}" for name in ("misaki", "pyopenjtalk-plus")),
                     _FRONT_END])
