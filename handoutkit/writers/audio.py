"""Handout → spoken script → synthesised segments → loudness-normalised, tagged MP3 + WebVTT."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from handoutkit.config import ClinicConfig
from handoutkit.errors import OutputError
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.speech.assemble import assemble
from handoutkit.speech.cache import SegmentCache
from handoutkit.speech.encode import encode_mp3, normalize_loudness
from handoutkit.speech.engines import TtsEngine, make_engine
from handoutkit.speech.script import build_script
from handoutkit.speech.tags import AudioTags, write_tags
from handoutkit.speech.vtt import render_vtt
from handoutkit.writers import digest

logger = logging.getLogger(__name__)

# 64 kbps mono CBR at piper's own 22 050 Hz: plenty for speech (STANDARDS, ≈ 0.48 MB/min),
# no resampling, and CBR keeps seeking to chapter times exact in every player.
BITRATE_KBPS = 64
TARGET_LUFS = -19.0  # mono equivalent of -16 LUFS stereo (STANDARDS)
TRUE_PEAK_CEILING = -2.0  # dBTP before encoding; MP3 overshoot must stay under -1.5 dBTP


class AudioWriter:
    """Writes `<name>.mp3` and its transcript `<name>.vtt` beside it."""

    name: ClassVar[str] = "audio"
    suffix: ClassVar[str] = ".mp3"

    def __init__(self, config: ClinicConfig, layout: Layout,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> None:
        self.config = config
        self.cache = SegmentCache(layout.cache_dir / "speech")
        self.engines: dict[str, TtsEngine] = {}
        self.progress = progress

    def engine_for(self, lang: str) -> TtsEngine:
        """One engine per language for the writer's lifetime (piper loads its voice once)."""
        if lang not in self.engines:
            self.engines[lang] = make_engine(self.config.voice_for(lang), lang)
        return self.engines[lang]

    def fingerprint(self, handout: Handout) -> str:
        """What is said (words, pauses, chapters), by which voice, and the tags and format."""
        script = build_script(handout, self.config)
        said = [f"{c.title}\n" + "".join(f"{s.pause_after}|{s.text}\n" for s in c.segments)
                for c in script.chapters]
        engine = self.engine_for(handout.meta.lang).identity()
        settings = f"{BITRATE_KBPS}|{TARGET_LUFS}|{TRUE_PEAK_CEILING}"
        return digest("audio", engine, settings, repr(self._tags(handout)), *said)

    def write(self, handout: Handout, dest: Path) -> None:
        """Voice the handout and write the MP3 and VTT atomically."""
        script = build_script(handout, self.config)
        try:
            engine = self.engine_for(handout.meta.lang)
            reading = assemble(script, lambda text: self.cache.synthesize(engine, text),
                               self.progress)
        except OutputError as exc:
            raise OutputError(f"{handout.path}: no audio: {exc}") from exc
        audio = normalize_loudness(reading.pcm, TARGET_LUFS, TRUE_PEAK_CEILING)
        with atomic_output(dest) as tmp_mp3, atomic_output(dest.with_suffix(".vtt")) as tmp_vtt:
            tmp_mp3.write_bytes(encode_mp3(audio, BITRATE_KBPS))
            write_tags(tmp_mp3, self._tags(handout), reading.chapters)
            tmp_vtt.write_text(render_vtt(reading.cues), encoding="utf-8")
        logger.debug("wrote %s: %.1f s, %d chapters", dest, audio.duration, len(reading.chapters))

    def _tags(self, handout: Handout) -> AudioTags:
        meta = handout.meta
        return AudioTags(title=meta.title, artist=self.config.name, album=self.config.name,
                         language=meta.lang,
                         date=meta.reviewed.isoformat() if meta.reviewed else None,
                         comment=meta.summary)

