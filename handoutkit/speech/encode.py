"""Loudness and MP3: bring a reading to the STANDARDS level and peak, then encode it.

Loudness and true peak are measured by `loudness` (BS.1770-4). A reading is raised to the
target and a look-ahead limiter holds its true peaks under a ceiling; as limiting lowers
the loudness a little, gain and limiting repeat until the level is within 0.1 LU.

Measured with lameenc 1.9 (LAME 3.100) at 22 050 Hz and 64 kbps, decoded by libsndfile
(mpg123), which is what `decode_mp3` and the tests use:

- Delay. LAME puts 576 samples before the input and an MP3 decoder 529 more (LAME's
  documented figures; an impulse decodes 1105 samples late from bare frames). lameenc
  writes bare frames, so `encode_mp3` leads them with an Info frame (`infotag`) that
  gives the frame count (players show the right length) and the encoder delay and end
  padding: libsndfile (mpg123) and ffmpeg then trim both, and sample n of the decode is
  sample n of the input, as long as the input. A decoder that ignores the tag plays
  50 ms late.
- Level. The decode is 0.45 dB quieter than the input at every frequency tried (sines
  at 16-44.1 kHz, 64 and 128 kbps); speech normalised to -19.0 LUFS decodes at -19.4
  to -19.7 LUFS, inside the STANDARDS' +/- 1 LU, and the drop adds headroom for peaks.
"""

from __future__ import annotations

import io
import logging

import lameenc
import numpy as np
import soundfile
from scipy.ndimage import maximum_filter1d, minimum_filter1d, uniform_filter1d

from handoutkit.errors import OutputError
from handoutkit.speech.infotag import with_info_frame
from handoutkit.speech.loudness import integrated_loudness, peak_envelope, spans_around
from handoutkit.speech.pcm import Pcm

logger = logging.getLogger(__name__)

# LAME's default quality (noise shaping on). Encoding the 445 s guide took 2.7 s at 2,
# 1.4 s at 5 and 0.8 s at 7 (same load). At 64 kbps, 5 matches 2 on what matters: over
# 26 piper readings both decoded at -19.35 to -19.52 LUFS with true peaks of -2.3 to
# -1.9 dBTP; on the guide's first two minutes the median SNR in each band up to 8 kHz
# was 0-3 dB better at 5 (8-11 kHz: 4.8 against 5.3 dB). 7 drops noise shaping and with
# it the sibilants: 0.5 dB SNR above 8 kHz.
ENCODER_QUALITY = 5
# Limiter: each gain dip reaches its floor 20 ms before a peak and recovers over 20 ms
# after it. That is longer than a voice period (5-10 ms at 100-200 Hz), so the gain does
# not modulate the waveform into audible distortion, and short enough to act on single
# plosives only, so the rest of the speech keeps its level.
LIMITER_WINDOW_SECONDS = 0.020
LOUDNESS_TOLERANCE_LU = 0.1  # re-gain after limiting until this close (STANDARDS: +/- 1 LU)
MAX_GAIN_PASSES = 8  # speech converges in 1-2 passes; this only bounds the loop
MIN_SLOPE = 0.25  # LU per dB: below this a limited signal barely grows; keep steps sane
# LU per dB assumed for the first re-gain, before two passes give a measured slope. Piper
# readings limited at -2 dBTP grow 0.6 LU per dB (both samples: -19.82 LUFS at the
# unlimited gain, -19.02 at 1.33 dB more), so they settle in two passes, not three.
FIRST_SLOPE = 0.6
MAX_STEP_DB = 6.0  # per pass, so one odd slope cannot throw the gain far off
# The true-peak envelope is found once for gains up to this much above the first pass's.
# Limiting costs piper speech up to 1.3 LU, which the later passes add back as gain.
ENVELOPE_HEADROOM_DB = 3.0


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
    limiter = Limiter(pcm, 10 ** (max_true_peak_dbtp / 20))
    gains, levels, results = [target_lufs - loudness], [loudness], []
    for _ in range(MAX_GAIN_PASSES):
        results.append(limiter.apply(gains[-1]))
        levels.append(integrated_loudness(results[-1]))
        if abs(target_lufs - levels[-1]) <= LOUDNESS_TOLERANCE_LU:
            break
        gains.append(_next_gain(gains, levels, target_lufs))
    best = int(np.argmin([abs(target_lufs - level) for level in levels[1:]]))
    logger.debug("loudness %.1f LUFS -> %.1f LUFS in %d passes",
                 loudness, levels[best + 1], len(results))
    return results[best]


def _next_gain(gains: list[float], levels: list[float], target_lufs: float) -> float:
    """Secant step, damped: limiting makes loudness grow by less than 1 LU per dB of gain."""
    slope = (levels[-1] - levels[-2]) / (gains[-1] - gains[-2]) if len(gains) > 1 else FIRST_SLOPE
    step = (target_lufs - levels[-1]) / min(1.0, max(MIN_SLOPE, slope))
    return gains[-1] + float(np.clip(step, -MAX_STEP_DB, MAX_STEP_DB))


class Limiter:
    """Raises one signal by a gain and holds its true peaks under `ceiling`, for any gain.

    Oversampling is linear, so the envelope of g*x is g times the envelope of x: it is
    found once for a range of gains (the 4x oversampling of a whole reading took 1.5 s a
    pass before), and only where a peak could come near the ceiling (`peak_envelope`).
    """

    def __init__(self, pcm: Pcm, ceiling: float) -> None:
        self.pcm = pcm
        self.ceiling = ceiling  # linear, e.g. 0.79 for -2 dBTP
        self.envelope = np.zeros(0, dtype=np.float32)
        self.max_gain = 0.0  # linear gain up to which `envelope` is exact where it matters
        # Samples in the hold (minimum) and the average, each over +/- W around a sample.
        self.window = 2 * round(LIMITER_WINDOW_SECONDS * pcm.sample_rate) + 1

    def apply(self, gain_db: float) -> Pcm:
        """The signal raised by `gain_db`, with a smooth dip wherever a peak passes the ceiling.

        The dip is computed only on the spans around such peaks (a few percent of speech),
        where filtering all 9.8 M samples of a long reading took 0.9 s a pass; the spans'
        margins make the result equal to filtering everything (a test checks this).
        """
        gain = 10 ** (gain_db / 20)
        if gain > self.max_gain:
            self.max_gain = gain * 10 ** (ENVELOPE_HEADROOM_DB / 20)
            self.envelope = peak_envelope(self.pcm.samples, self.ceiling / self.max_gain)
        out = self.pcm.samples * np.float32(gain)
        peaks = np.flatnonzero(self.envelope > self.ceiling / gain)
        # A dip spreads 1 (widening) + W (hold) + W (average) = window samples from a peak.
        for span in spans_around(peaks, self.window, len(out)):
            out[span] *= _limiter_gain(gain * self.envelope[span], self.ceiling, self.window)
        logger.debug("limiter at %+.2f dB: %d samples over the ceiling", gain_db, len(peaks))
        return Pcm(out, self.pcm.sample_rate)


def _limiter_gain(envelope: np.ndarray, ceiling: float, size: int) -> np.ndarray:
    """Look-ahead limiter gain: never lets `envelope` pass `ceiling`, and ramps smoothly.

    The gain each sample needs comes from the true-peak envelope, widened by a sample as
    a peak lies between two samples. A minimum filter over +/- W samples followed by a
    moving average over the same +/- W keeps the gain at or below that need everywhere
    (each averaged value is a minimum over a window that contains the sample), while
    ramping smoothly into and out of each peak.
    """
    widened = maximum_filter1d(envelope, size=3, mode="nearest")
    needed = np.minimum(1.0, ceiling / np.maximum(widened, 1e-12)).astype(np.float32)
    held = minimum_filter1d(needed, size=size, mode="nearest")
    return uniform_filter1d(held, size=size, mode="nearest")


def encode_mp3(pcm: Pcm, bitrate_kbps: int = 64) -> bytes:
    """Mono CBR MP3 at the PCM's own sample rate, led by its Info frame (see above)."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(pcm.sample_rate)
    encoder.set_out_sample_rate(pcm.sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(ENCODER_QUALITY)
    encoder.silence()
    pcm16 = np.round(np.clip(pcm.samples, -1.0, 1.0) * 32767).astype("<i2")
    data = bytes(encoder.encode(pcm16.tobytes()) + encoder.flush())
    if not data:
        raise OutputError("the MP3 encoder produced no data (was the audio empty?)")
    return with_info_frame(data, len(pcm16))


def decode_mp3(data: bytes) -> Pcm:
    """Decode MP3 bytes to mono PCM (libsndfile's MP3 decoder)."""
    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, TypeError) as error:
        raise OutputError(f"cannot decode MP3 audio: {error}") from error
    return Pcm(samples.mean(axis=1).astype(np.float32), int(rate))
