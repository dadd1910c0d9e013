"""Segment cache: synthesised speech kept on disk, keyed by engine identity and text.

Each entry is one file, `<root>/<key[:2]>/<key>.pcm`, where key = sha256 of the
engine's identity and the text. The file is a 52-byte header then the samples:

    magic  8 bytes   b"HKPCM\\x001\\x00"
    rate   uint32    little-endian sample rate
    count  uint64    number of samples
    digest 32 bytes  sha256 of the payload
    payload          count float32 little-endian samples (exact: a hit equals the miss)

Writes go through `files.atomic_output` (a temporary file in the same folder, renamed into
place), so a reader (another build running at the same time) sees the old file,
the new file or none, never half of one. An entry that fails any check is logged,
deleted and synthesised again; it is never returned.
"""

from __future__ import annotations

import hashlib
import json
import logging
import struct
from pathlib import Path

import numpy as np

from handoutkit.files import atomic_output
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.pcm import Pcm

logger = logging.getLogger(__name__)

MAGIC = b"HKPCM\x001\x00"
HEADER = struct.Struct("<8sIQ32s")  # magic, sample rate, sample count, payload sha256
SAMPLE = np.dtype("<f4")


class SegmentCache:
    """Speech for (engine, text) pairs, synthesised once and then read from `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # id(engine) -> (engine, its identity). identity() reads package metadata, 2 ms a
        # call: 0.2-0.5 s for the 132 segments of the guide, a tenth of a one-paragraph
        # rebuild. An engine's voice and versions are fixed while it lives; holding the
        # engine here keeps it alive, so its id cannot be reused by another engine.
        self._identities: dict[int, tuple[TtsEngine, str]] = {}

    def path_for(self, engine: TtsEngine, text: str) -> Path:
        """Where the entry for this engine and text lives (present or not)."""
        key_source = json.dumps([self._identity(engine), text], ensure_ascii=False)
        key = hashlib.sha256(key_source.encode("utf-8")).hexdigest()
        return self.root / key[:2] / f"{key}.pcm"

    def _identity(self, engine: TtsEngine) -> str:
        known = self._identities.get(id(engine))
        if known is None:
            known = self._identities[id(engine)] = (engine, engine.identity())
        return known[1]

    def holds(self, engine: TtsEngine, text: str) -> bool:
        """Whether an entry for this engine and text is on disk (it is checked when read)."""
        return self.path_for(engine, text).is_file()

    def synthesize(self, engine: TtsEngine, text: str) -> Pcm:
        """The cached speech for `text`, or the engine's, stored for next time."""
        path = self.path_for(engine, text)
        cached = _read_entry(path)
        if cached is not None:
            return cached
        pcm = engine.synthesize(text)
        _write_entry(path, pcm)
        return pcm


def _read_entry(path: Path) -> Pcm | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:  # an unreadable cache only costs time
        logger.warning("cannot read speech cache entry %s: %s", path, error)
        return None
    problem, pcm = _parse_entry(data)
    if pcm is None:
        logger.warning("speech cache entry %s is damaged (%s); synthesising again", path, problem)
        path.unlink(missing_ok=True)
    return pcm


def _parse_entry(data: bytes) -> tuple[str, Pcm | None]:
    """The entry's PCM, or the reason it cannot be trusted."""
    if len(data) < HEADER.size:
        return "shorter than its header", None
    magic, rate, count, digest = HEADER.unpack_from(data)
    payload = data[HEADER.size :]
    if magic != MAGIC:
        return "not a speech cache file", None
    if rate == 0 or len(payload) != count * SAMPLE.itemsize:
        return f"{len(payload)} payload bytes for {count} samples at {rate} Hz", None
    if hashlib.sha256(payload).digest() != digest:
        return "checksum mismatch", None
    return "", Pcm(np.frombuffer(payload, dtype=SAMPLE).astype(np.float32), rate)


def _write_entry(path: Path, pcm: Pcm) -> None:
    payload = np.ascontiguousarray(pcm.samples, dtype=SAMPLE).tobytes()
    header = HEADER.pack(
        MAGIC, pcm.sample_rate, len(payload) // SAMPLE.itemsize, hashlib.sha256(payload).digest()
    )
    try:
        with atomic_output(path) as tmp:
            tmp.write_bytes(header + payload)
    except OSError as error:  # a cache that cannot be written only costs time
        logger.warning("cannot store speech in cache %s: %s", path, error)
