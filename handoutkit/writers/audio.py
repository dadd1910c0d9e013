"""Handout → spoken script → synthesised segments → loudness-normalised, tagged MP3 + WebVTT."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.pool import SpeechPool, Voice
from handoutkit.speech.script import Script, build_script
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
        self.models = layout.cache_dir / "voices"  # prepared voice models (piper's, seeded)
        self.engines: dict[tuple[str, int, int], TtsEngine] = {}  # (lang, rate, worker)
        self.progress = progress
        self._engines_lock = threading.Lock()
        self._pool: SpeechPool | None = None
        self._scripts: dict[Path, tuple[Handout, Script]] = {}

    def engine_for(self, lang: str, rate: int, worker: int = 0) -> TtsEngine:
        """One engine per language, speaking rate and voicing thread for the writer's
        lifetime (piper loads its voice once per engine)."""
        with self._engines_lock:
            if (lang, rate, worker) not in self.engines:
                engine = make_engine(self.config.voice_for(lang), lang, rate, self.models)
                self.engines[lang, rate, worker] = engine
            return self.engines[lang, rate, worker]

    def voice(self, handout: Handout) -> Voice:
        """The handout's language and speaking rate (its own, else the clinic's)."""
        return handout.meta.lang, handout.meta.speech_rate or self.config.speech_rate

    @contextmanager
    def voicing_ahead(self, handouts: Sequence[Handout], workers: int) -> Iterator[None]:
        """While the block runs, the segments of ``handouts`` missing from the cache are
        spoken on ``workers`` threads, ahead of `write`, which takes them as they are done."""
        pool = SpeechPool(self.cache, lambda voice, worker: self.engine_for(*voice, worker),
                          workers)
        pool.start((self.voice(h), segment.text) for h in handouts
                   for chapter in self._script(h).chapters
                   for segment in chapter.segments)
        self._pool = pool
        try:
            yield
        finally:
            self._pool = None
            pool.close()

    def fingerprint(self, handout: Handout) -> str:
        """What is said (words, pauses, chapters), by which voice, and the tags and format."""
        script = self._script(handout)
        said = [f"{c.title}\n" + "".join(f"{s.pause_after}|{s.text}\n" for s in c.segments)
                for c in script.chapters]
        with _naming(handout):
            engine = self.engine_for(*self.voice(handout)).identity()
        settings = f"{BITRATE_KBPS}|{TARGET_LUFS}|{TRUE_PEAK_CEILING}"
        return digest("audio", engine, settings, repr(self._tags(handout)), *said)

    def write(self, handout: Handout, dest: Path) -> None:
        """Voice the handout and write the MP3 and VTT atomically."""
        script = self._script(handout)
        with _naming(handout):
            reading = assemble(script, self._speaker(self.voice(handout)), self.progress)
        audio = normalize_loudness(reading.pcm, TARGET_LUFS, TRUE_PEAK_CEILING)
        with atomic_output(dest) as tmp_mp3, atomic_output(dest.with_suffix(".vtt")) as tmp_vtt:
            tmp_mp3.write_bytes(encode_mp3(audio, BITRATE_KBPS))
            write_tags(tmp_mp3, self._tags(handout), reading.chapters)
            tmp_vtt.write_text(render_vtt(reading.cues), encoding="utf-8")
        logger.debug("wrote %s: %.1f s, %d chapters", dest, audio.duration, len(reading.chapters))

    def _script(self, handout: Handout) -> Script:
        """The handout's script, made once per loaded handout: the fingerprint, the voicing
        ahead and the write all read it."""
        kept = self._scripts.get(handout.path)
        if kept is None or kept[0] is not handout:
            kept = self._scripts[handout.path] = (handout, build_script(handout, self.config))
        return kept[1]

    def _speaker(self, voice: Voice) -> Callable[[str], Pcm]:
        """Text → speech, from the pool when voicing ahead, else from the cache or engine."""
        pool = self._pool
        if pool is not None:
            return lambda text: pool.speech(voice, text)
        engine = self.engine_for(*voice)
        return lambda text: self.cache.synthesize(engine, text)

    def _tags(self, handout: Handout) -> AudioTags:
        meta = handout.meta
        return AudioTags(title=meta.title, artist=self.config.name, album=self.config.name,
                         language=meta.lang,
                         date=meta.reviewed.isoformat() if meta.reviewed else None,
                         comment=meta.summary)


@contextmanager
def _naming(handout: Handout) -> Iterator[None]:
    """An engine's error, told as this handout's: "handouts/x.md: no audio: …"."""
    try:
        yield
    except OutputError as exc:
        raise OutputError(f"{handout.path}: no audio: {exc}") from exc
