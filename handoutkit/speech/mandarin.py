"""Mandarin text → the phonemes Kokoro's Chinese speakers were trained on (misaki's G2P).

Kokoro-82M learned Mandarin from misaki's phonemes (pinyin from pypinyin, words split by
jieba, tones as arrows), not from espeak-ng's `cmn`, which it reads as a foreigner would:
Whisper heard "每天喝两升水" back as "每天喝兩生水" from misaki's phonemes and as
"每天都亮深水" from espeak-ng's. Latin-letter words inside the text (a drug name, "O R S")
are given English phonemes by Kokoro's own espeak-ng. All of it runs offline: jieba's
dictionary ships in its package; its prefix cache is kept in the folder given (the build's
voice cache), never in the system's temporary folder.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

_LATIN = re.compile(r"([A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z])")
_LOCK = threading.Lock()  # jieba builds its dictionary once; misaki keeps no other state


@functools.cache
def _g2p(cache: Path) -> Callable[[str], tuple[str, object]]:
    """misaki's Mandarin G2P for Kokoro v1.0 (its "legacy" phonemes), jieba quiet and cached."""
    import jieba
    from misaki.zh import ZHG2P

    jieba.setLogLevel(logging.WARNING)
    cache.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(cache)
    return ZHG2P()


def phonemes(text: str, english: Callable[[str], str], cache: Path) -> str:
    """The phonemes of Mandarin ``text``; Latin-letter runs through ``english``."""
    g2p = _g2p(cache)
    parts = []
    with _LOCK:
        for number, piece in enumerate(_LATIN.split(text)):
            if number % 2:
                parts.append(english(piece))
            elif piece.strip():
                parts.append(g2p(piece)[0])
    return " ".join(part.strip() for part in parts if part.strip())


def version() -> str:
    """The G2P's packages and versions, for the engine's identity."""
    from importlib.metadata import version as installed

    return ":".join(f"{name} {installed(name)}" for name in ("misaki", "jieba", "pypinyin",
                                                              "cn2an"))
