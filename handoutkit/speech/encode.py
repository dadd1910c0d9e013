"""Loudness and MP3: bring a reading to the STANDARDS level and peak, then encode it.

Loudness is ITU-R BS.1770 integrated loudness (pyloudnorm) on the mono signal; true
peak is BS.1770-4 Annex 2: 4x oversampling, then the largest absolute value.

Measured with lameenc 1.9 (LAME 3.100) at 22 050 Hz and 64 kbps, decoded by libsndfile
(mpg123), which is what `decode_mp3` and the tests use:

- Delay. An impulse comes out 1105 samples (50 ms) late: 576 encoder delay + 529
  decoder delay, LAME's documented figures. lameenc writes no LAME/Info tag, so no
  decoder trims it. `encode_mp3` therefore drops up to 1105 samples of the silent head
  before encoding: sample n of the decode is then sample n of the input, and chapter
  times need no correction (a reading opens with 0.5-1 s of silence, STANDARDS). The
  decode is a few hundred samples longer than the input (padding to whole frames).
- Level. The decode is 0.45 dB quieter than the input at every frequency tried (sines
  at 16-44.1 kHz, 64 and 128 kbps); speech normalised to -19.0 LUFS decodes at -19.4
  to -19.7 LUFS, inside the STANDARDS' +/- 1 LU, and the drop adds headroom for peaks.
"""

from __future__ import annotations

import io
import logging

import lameenc
import numpy as np
import pyloudnorm
import soundfile
from scipy.ndimage import maximum_filter1d, minimum_filter1d, uniform_filter1d
from scipy.signal import resample_poly

from handoutkit.errors import OutputError
from handoutkit.speech.pcm import Pcm

logger = logging.getLogger(__name__)

OVERSAMPLING = 4  # BS.1770-4 Annex 2: 4x is enough to see inter-sample peaks at 22-48 kHz
MP3_DELAY_SAMPLES = 1105  # 576 (LAME encoder) + 529 (MP3 decoder filter bank), measured
SILENT_LEVEL = 10 ** (-60 / 20)  # -60 dBFS: the STANDARDS noise floor for silences
# Limiter: each gain dip reaches its floor 20 ms before a peak and recovers over 20 ms
# after it. That is longer than a voice period (5-10 ms at 100-200 Hz), so the gain does
# not modulate the waveform into audible distortion, and short enough to act on single
# plosives only, so the rest of the speech keeps its level.
LIMITER_WINDOW_SECONDS = 0.020
LOUDNESS_TOLERANCE_LU = 0.1  # re-gain after limiting until this close (STANDARDS: +/- 1 LU)
MAX_GAIN_PASSES = 8  # speech converges in 1-3 passes; this only bounds the loop
MIN_SLOPE = 0.25  # LU per dB: below this a limited signal barely grows; keep steps sane
MAX_STEP_DB = 6.0  # per pass, so one odd slope cannot throw the gain far off


def integrated_loudness(pcm: Pcm) -> float:
    """Integrated loudness in LUFS (BS.1770, gated); -inf for silence."""
    meter = pyloudnorm.Meter(pcm.sample_rate)
    try:
        return float(meter.integrated_loudness(pcm.samples.astype(np.float64)))
    except ValueError as error:  # shorter than one 400 ms gating block
        raise ValueError(f"cannot measure loudness of {pcm.duration:.2f} s: {error}") from error


def true_peak_dbtp(pcm: Pcm) -> float:
    """True peak in dBTP (4x oversampled); -inf for silence."""
    peak = float(np.max(np.abs(_oversample(pcm.samples)), initial=0.0))
    return 20 * np.log10(peak) if peak > 0 else float("-inf")


def normalize_loudness(
    pcm: Pcm, target_lufs: float = -19.0, max_true_peak_dbtp: float = -2.0
) -> Pcm:
    """Gain to `target_lufs`, limiting any true peak above `max_true_peak_dbtp`.

    Why -2 dBTP before encoding for -1.5 dBTP after: over 26 piper readings limited to
    -2.0 dBTP, the decoded MP3's true peak ended between -2.5 and -1.9 dBTP (the level
    drop above mostly cancels the codec's overshoot); the harshest synthetic case tried,
    limited 1 kHz sawtooth bursts, ended at -1.5. Raises ValueError for audio shorter
    than 0.4 s (one gating block).
    """
    loudness = integrated_loudness(pcm)
    if not np.isfinite(loudness):
        logger.warning("audio is silent; loudness left as it is")
        return pcm
    ceiling = 10 ** (max_true_peak_dbtp / 20)
    gains, levels, results = [target_lufs - loudness], [loudness], []
    for _ in range(MAX_GAIN_PASSES):
        results.append(_limit(pcm, pcm.samples * 10 ** (gains[-1] / 20), ceiling))
        levels.append(integrated_loudness(results[-1]))
        if abs(target_lufs - levels[-1]) <= LOUDNESS_TOLERANCE_LU:
            break
        gains.append(_next_gain(gains, levels, target_lufs))
    best = int(np.argmin([abs(target_lufs - level) for level in levels[1:]]))
    logger.debug("loudness %.1f LUFS -> %.1f LUFS", loudness, levels[best + 1])
    return results[best]


def _next_gain(gains: list[float], levels: list[float], target_lufs: float) -> float:
    """Secant step, damped: limiting makes loudness grow by less than 1 LU per dB of gain."""
    slope = (levels[-1] - levels[-2]) / (gains[-1] - gains[-2]) if len(gains) > 1 else 1.0
    step = (target_lufs - levels[-1]) / min(1.0, max(MIN_SLOPE, slope))
    return gains[-1] + float(np.clip(step, -MAX_STEP_DB, MAX_STEP_DB))


def _oversample(samples: np.ndarray) -> np.ndarray:
    return resample_poly(samples.astype(np.float64), OVERSAMPLING, 1)


def _limit(pcm: Pcm, samples: np.ndarray, ceiling: float) -> Pcm:
    """Look-ahead peak limiter: a smooth gain that never lets a true peak pass `ceiling`.

    The gain each sample needs comes from the oversampled envelope. A minimum filter
    over +/- W samples followed by a moving average over the same +/- W keeps the gain
    at or below that need everywhere (each averaged value is a minimum over a window
    that contains the sample), while ramping smoothly into and out of each peak.
    """
    over = np.abs(_oversample(samples))[: OVERSAMPLING * len(samples)]
    envelope = maximum_filter1d(over.reshape(-1, OVERSAMPLING).max(axis=1), size=3)
    needed = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-12))
    if needed.min() >= 1.0:
        return Pcm(samples.astype(np.float32), pcm.sample_rate)
    size = 2 * round(LIMITER_WINDOW_SECONDS * pcm.sample_rate) + 1
    held = minimum_filter1d(needed, size=size, mode="nearest")
    gain = uniform_filter1d(held, size=size, mode="nearest")
    logger.debug("limiter: deepest gain reduction %.1f dB", -20 * np.log10(gain.min()))
    return Pcm((samples * gain).astype(np.float32), pcm.sample_rate)


def encode_mp3(pcm: Pcm, bitrate_kbps: int = 64) -> bytes:
    """Mono CBR MP3 at the PCM's own sample rate, time-aligned with the input (see above)."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(pcm.sample_rate)
    encoder.set_out_sample_rate(pcm.sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    encoder.silence()
    samples = _drop_codec_delay(pcm)
    pcm16 = np.round(np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    data = bytes(encoder.encode(pcm16.tobytes()) + encoder.flush())
    if not data:
        raise OutputError("the MP3 encoder produced no data (was the audio empty?)")
    return data


def _drop_codec_delay(pcm: Pcm) -> np.ndarray:
    """The samples without as much of the codec delay as the silent head allows."""
    head = np.abs(pcm.samples[:MP3_DELAY_SAMPLES]) > SILENT_LEVEL
    drop = int(np.argmax(head)) if head.any() else len(head)
    if drop < MP3_DELAY_SAMPLES and drop < len(pcm.samples):
        late_ms = 1000 * (MP3_DELAY_SAMPLES - drop) / pcm.sample_rate
        logger.warning("audio has no silent head: the MP3 plays %.0f ms late", late_ms)
    return pcm.samples[drop:]


def decode_mp3(data: bytes) -> Pcm:
    """Decode MP3 bytes to mono PCM (libsndfile's MP3 decoder)."""
    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as error:
        raise OutputError(f"cannot decode MP3 audio: {error}") from error
    return Pcm(samples.mean(axis=1).astype(np.float32), int(rate))
