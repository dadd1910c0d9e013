"""Mono PCM audio as the speech steps pass it around: a float32 array and its sample rate."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from math import gcd

import numpy as np

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pcm:
    """A mono signal; samples are float32 in [-1, 1]."""

    samples: np.ndarray  # float32, one dimension, one value per sample
    sample_rate: int  # samples per second (piper: 22 050)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.samples) / self.sample_rate


def silence(seconds: float, sample_rate: int) -> Pcm:
    """Digital silence of the given length (rounded to the nearest sample)."""
    count = max(0, round(seconds * sample_rate))
    return Pcm(np.zeros(count, dtype=np.float32), sample_rate)


def resample(pcm: Pcm, rate: int) -> Pcm:
    """The same signal at another sample rate (polyphase filter, no drift in length)."""
    if pcm.sample_rate == rate:
        return pcm
    logger.debug("resampling %d Hz to %d Hz", pcm.sample_rate, rate)
    divisor = gcd(rate, pcm.sample_rate)
    up, down = rate // divisor, pcm.sample_rate // divisor
    from scipy.signal import resample_poly  # 1-2 s to import: only a reading that resamples

    samples = resample_poly(pcm.samples.astype(np.float64), up, down)
    return Pcm(np.clip(samples, -1.0, 1.0).astype(np.float32), rate)


def concat(parts: Sequence[Pcm]) -> Pcm:
    """Join parts end to end at the first part's rate, resampling any part that differs."""
    if not parts:
        raise ValueError("concat needs at least one part")
    rate = parts[0].sample_rate
    same_rate = [resample(part, rate) for part in parts]
    samples = np.concatenate([part.samples for part in same_rate]).astype(np.float32)
    return Pcm(samples, rate)
