"""Handout → spoken script → synthesised segments → loudness-normalised, tagged MP3 + WebVTT."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from handoutkit.config import ClinicConfig
from handoutkit.errors import OutputError
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout, Meta
from handoutkit.records import AudioRecord, Mark, Note, Unwritten
from handoutkit.speech import readings, recording
from handoutkit.speech import recorded as recorded_reading
from handoutkit.speech.assemble import Reading, assemble
from handoutkit.speech.cache import SegmentCache
from handoutkit.speech.engines import make_engine
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.pool import SpeechPool, Voice
from handoutkit.speech.script import Script
from handoutkit.speech.tags import AudioTags, mp3_duration, write_tags
from handoutkit.speech.vtt import render_vtt
from handoutkit.voices import reader
from handoutkit.writers import Plan, Records, digest

logger = logging.getLogger(__name__)

# 64 kbps mono CBR at piper's own 22 050 Hz: plenty for speech (STANDARDS, ≈ 0.48 MB/min),
# no resampling, and CBR keeps seeking to chapter times exact in every player.
BITRATE_KBPS = 64
TARGET_LUFS = -19.0  # mono equivalent of -16 LUFS stereo (STANDARDS)
TRUE_PEAK_CEILING = -2.0  # dBTP before encoding; MP3 overshoot must stay under -1.5 dBTP


class AudioWriter:
    """Writes `<name>.mp3`, its captions `<name>.vtt` (the printed words, timed) and its
    listening script `<name>.txt` (the words the voice says, a sentence a line) beside it."""


    def __init__(self, config: ClinicConfig, layout: Layout,
                 progress: Callable[[int, int], None] = lambda done, total: None) -> None:
        self.config = config
        self.layout = layout
        self.cache = SegmentCache(layout.cache_dir / "speech")
        self.models = layout.cache_dir / "voices"  # prepared voice models (piper's, seeded)
        self.engines: dict[tuple[str, int, int], TtsEngine] = {}  # (lang, rate, worker)
        self.progress = progress
        self._engines_lock = threading.Lock()
        self._pool: SpeechPool | None = None

    def engine_for(self, lang: str, rate: int, worker: int = 0) -> TtsEngine:
        """One engine per language, speaking rate and voicing thread for the writer's
        lifetime (piper loads its voice once per engine)."""
        with self._engines_lock:
            if (lang, rate, worker) not in self.engines:
                engine = make_engine(self.config.voice_for(lang) or "", lang, rate, self.models)
                self.engines[lang, rate, worker] = engine
            return self.engines[lang, rate, worker]

    def voice(self, handout: Handout) -> Voice:
        """The handout's language and speaking rate (its own, else the clinic's)."""
        return handout.meta.lang, handout.meta.speech_rate or self.config.speech_rate

    @contextmanager
    def prepare(self, stale: Sequence[Plan], jobs: int) -> Iterator[None]:
        """While the block runs, the sentences of the ``stale`` readings missing from the
        cache are spoken on ``jobs`` threads, ahead of the writes, which take them as they are
        done. One job voices in the write itself."""
        if jobs == 1 or not stale:
            yield
            return
        pool = SpeechPool(self.cache, lambda voice, worker: self.engine_for(*voice, worker),
                          jobs)
        pool.start(said for plan in stale for said in plan.ahead)
        self._pool = pool
        try:
            yield
        finally:
            self._pool = None
            pool.close()

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The script, made once: what is said (words, pauses, chapters), by which voice, and
        the tags and format; its sentences are what `prepare` may voice ahead. Where a person
        recorded the handout (speech/recording.py), their recording is the reading."""
        recorded = recording.folder(self.layout.handouts_dir, handout.name).is_dir()
        voiced = self._voiced(handout)
        made = (readings.prepared(handout, self.config, self.layout.handouts_dir)
                if recorded or voiced else None)
        found = made.found if made else None
        if made is not None and found is not None and found.complete:
            return self._plan_recorded(handout, made.script, found)
        notes = recorded_reading.missing_notes(found, self._instead(handout)) if found else ()
        if made is None or not voiced:
            return Plan(digest("audio", f"no voice reads {handout.meta.lang}", *map(str, notes)),
                        lambda: self._unvoiced(handout, notes))
        script = made.script
        said = [f"{c.title}\n" + "".join(f"{s.pause_after}|{s.text}|{s.shown}\n"
                                         for s in c.segments)
                for c in script.chapters]
        voice = self.voice(handout)
        with _naming(handout):
            engine = self.engine_for(*voice).identity()
        settings = f"{BITRATE_KBPS}|{TARGET_LUFS}|{TRUE_PEAK_CEILING}"
        return Plan(digest("audio", engine, settings, repr(self._tags(handout)), *said,
                           *map(str, notes)),
                    lambda: self._write(handout, script, notes),
                    ahead=tuple((voice, segment.text) for segment in script.segments))

    def _plan_recorded(self, handout: Handout, script: Script,
                       found: recording.Recording) -> Plan:
        """A person's reading: digested by the recorded files' bytes and what they read."""
        said = [f"{p.key}|{p.version}|{p.title}" for take in found.takes for p in take.parts]
        shown = [f"{s.pause_after}|{s.text}|{s.shown}|{s.ref}" for s in script.segments]
        takes = [f"{take.path.name}|{readings.take_digest(take)}" for take in found.takes]
        settings = (f"{BITRATE_KBPS}|{TARGET_LUFS}|{TRUE_PEAK_CEILING}|"
                    f"{recorded_reading.SETTINGS}")
        return Plan(digest("audio", "recorded", found.reader, settings, *said, *shown, *takes,
                           *map(str, found.extra), repr(self._tags(handout, found.reader))),
                    lambda: self._write_recorded(handout, script, found))

    def _write_recorded(self, handout: Handout, script: Script,
                        found: recording.Recording) -> AudioRecord | None:
        """The person's recording, aligned to the script, as the MP3, captions and chapters;
        where it does not match the text, the computer voice instead (or none), with notes
        naming the sections."""
        notes = recorded_reading.stale_notes(found) + recorded_reading.extra_notes(found)
        instead = self._instead(handout)
        try:
            reading, mismatched = recorded_reading.reading(found, script, handout.meta.lang)
        except OutputError as exc:
            reading, mismatched = None, [Note(1, f"{exc} — {instead} until the recording is "
                                                 "fixed")]
        if reading is None or mismatched:
            notes += mismatched
            if not self._voiced(handout):
                return self._unvoiced(handout, tuple(notes))
            return self._write(handout, script, tuple(notes))
        differs = tuple(part.title for part in found.stale)
        return self._publish(handout, script, reading, self._tags(handout, found.reader),
                             person=found.reader, differs=differs, notes=tuple(notes))

    def _unvoiced(self, handout: Handout, notes: tuple[Note, ...] = ()) -> Unwritten | None:
        """No offline voice reads the language (the check warns: voices.missing_voice), and
        no usable recording: no reading, and none left from before; the ``notes`` (what is
        wrong with the person's recording) are the build's warnings."""
        for kind in ("audio", "vtt", "listening"):
            self.layout.output(handout.name, kind).unlink(missing_ok=True)
        return Unwritten(notes) if notes else None

    def _instead(self, handout: Handout) -> str:
        """What reads the handout while its recording cannot be used, for the notes."""
        if self._voiced(handout):
            return "the computer voice reads this handout"
        return (f"no computer voice reads {handout.meta.lang}, so this handout has no reading "
                "(its page says so)")

    def _write(self, handout: Handout, script: Script,
               notes: tuple[Note, ...] = ()) -> AudioRecord:
        """Voice the script and write the MP3 and VTT atomically."""
        with _naming(handout):
            reading = assemble(script, self._speaker(self.voice(handout)), self.progress)
        return self._publish(handout, script, reading, self._tags(handout), notes=notes)

    def _publish(self, handout: Handout, script: Script, reading: Reading, tags: AudioTags,
                 person: str = "", differs: tuple[str, ...] = (),
                 notes: tuple[Note, ...] = ()) -> AudioRecord:
        """Even out the loudness, then write the MP3, captions and listening script."""
        dest = self.layout.output(handout.name, "audio")
        # scipy's filters take 1-2 s to import: a build that writes no reading never loads them
        from handoutkit.speech.encode import encode_mp3, normalize_loudness

        audio = normalize_loudness(reading.pcm, TARGET_LUFS, TRUE_PEAK_CEILING)
        vtt = self.layout.output(handout.name, "vtt")
        listening = self.layout.output(handout.name, "listening")
        with atomic_output(dest) as tmp_mp3, atomic_output(vtt) as tmp_vtt, \
                atomic_output(listening) as tmp_listening:
            tmp_mp3.write_bytes(encode_mp3(audio, BITRATE_KBPS))
            write_tags(tmp_mp3, tags, reading.chapters)
            tmp_vtt.write_text(render_vtt(reading.cues), encoding="utf-8")
            tmp_listening.write_text(listening_script(script), encoding="utf-8")
            record = dataclasses.replace(_record(reading, script, tmp_mp3), person=person,
                                         differs=differs, notes=notes)
        logger.debug("wrote %s: %.1f s, %d chapters", dest, audio.duration, len(reading.chapters))
        return record

    def _voiced(self, handout: Handout) -> bool:
        """Whether some engine reads the handout's language (clinic.yaml or a default)."""
        return self.config.voice_for(handout.meta.lang) is not None

    def _speaker(self, voice: Voice) -> Callable[[str], Pcm]:
        """Text → speech, from the pool when voicing ahead, else from the cache or engine."""
        pool = self._pool
        if pool is not None:
            return lambda text: pool.speech(voice, text)
        engine = self.engine_for(*voice)
        return lambda text: self.cache.synthesize(engine, text)

    def _tags(self, handout: Handout, person: str = "") -> AudioTags:
        """The MP3's tags; ``person`` names who reads where a person recorded it."""
        meta = handout.meta
        choice = self.config.voice_for(meta.lang)
        said_by = (f"person: {person}" if person else
                   f"computer voice: {reader(choice, meta.lang)}" if choice else "")
        return AudioTags(title=meta.title, artist=self.config.name, album=self.config.name,
                         language=meta.lang,
                         date=meta.reviewed.isoformat() if meta.reviewed else None,
                         comment=meta.summary, reader=said_by, extra=governance_tags(meta))


def listening_script(script: Script) -> str:
    """The words the voice says, one spoken sentence a line, each chapter under its title:
    what a reviewer who reads the language checks without listening (the captions show the
    printed words instead)."""
    parts = []
    for chapter in script.chapters:
        parts.append(f"## {chapter.title}\n" + "".join(f"{' '.join(s.text.split())}\n"
                                                        for s in chapter.segments))
    return "\n".join(parts)


def governance_tags(meta: Meta) -> tuple[tuple[str, str], ...]:
    """TXXX frames for the sign-off and an out-of-date mark (see checks/governance.py)."""
    pairs = (("APPROVED_BY", meta.approved_by), ("APPROVED", meta.approved),
             ("OUT_OF_DATE_SINCE", meta.expired))
    return tuple((desc, str(value)) for desc, value in pairs if value)


def _record(reading: Reading, script: Script, mp3: Path) -> AudioRecord:
    """What the page, the catalogue and the EPUB need of the reading, taken from the MP3
    before it is published: its length as players compute it, its size and digest, and cue
    times to the millisecond, as the .vtt holds them, each with the printed element its
    sentence reads (the reading has one cue per sentence of the script, in order)."""
    return AudioRecord(
        duration=mp3_duration(mp3), size=mp3.stat().st_size,
        sha256=hashlib.sha256(mp3.read_bytes()).hexdigest(),
        chapters=tuple(Mark(c.title, c.start_ms / 1000, c.end_ms / 1000)
                       for c in reading.chapters),
        cues=tuple(Mark(" ".join(c.text.split()), _ms(c.start), _ms(c.end), segment.ref)
                   for c, segment in zip(reading.cues, script.segments, strict=True)))


def _ms(seconds: float) -> float:
    return round(seconds * 1000) / 1000


@contextmanager
def _naming(handout: Handout) -> Iterator[None]:
    """An engine's error, told as this handout's: "handouts/x.md: no audio: …"."""
    try:
        yield
    except OutputError as exc:
        raise OutputError(f"{handout.path}: no audio: {exc}") from exc

