"""PCM helpers, loudness, true peak, the limiter and MP3 encoding, on real audio."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from mutagen.mp3 import MP3
from scipy.ndimage import maximum_filter1d, minimum_filter1d, uniform_filter1d
from scipy.signal import resample_poly

from handoutkit.errors import OutputError
from handoutkit.speech.encode import (
    LIMITER_WINDOW_SECONDS,
    Limiter,
    decode_mp3,
    encode_mp3,
    normalize_loudness,
)
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.loudness import integrated_loudness, true_peak_dbtp
from handoutkit.speech.pcm import Pcm, concat, resample, silence
from tests.helpers import tone

RATE = 22050
BURST = 110  # samples: 5 ms


@pytest.fixture(scope="module")
def reading(piper: PiperEngine) -> Pcm:
    """Two sentences from the real piper voice, with the head and tail a reading has."""
    speech = piper.synthesize(
        "Take one tablet twice a day with food. Call the clinic if you feel dizzy or sick."
    )
    return concat([silence(0.75, RATE), speech, silence(1.5, RATE)])


@pytest.fixture(scope="module")
def bursts() -> Pcm:
    """A quiet 1 kHz bed with eight loud 5 ms bursts: peaks 22 dB above the loudness."""
    signal = tone(1000, 4.0, 0.03).samples.copy()
    loud = tone(1000, 4.0, 0.9).samples
    for k in range(8):
        start = round((0.25 + 0.5 * k) * RATE)
        signal[start : start + BURST] = loud[start : start + BURST]
    return concat([silence(0.6, RATE), Pcm(signal, RATE)])


# ---- pcm ----------------------------------------------------------------------------


def test_silence_and_duration() -> None:
    quiet = silence(1.5, RATE)
    assert quiet.duration == 1.5 and quiet.samples.dtype == np.float32
    assert not quiet.samples.any()


def test_concat_joins_in_order_and_resamples_odd_parts() -> None:
    a, b = tone(440, 0.5, 0.5), tone(440, 0.25, 0.5, rate=24000)
    joined = concat([a, silence(0.25, RATE), b])
    assert joined.sample_rate == RATE
    assert joined.duration == pytest.approx(1.0, abs=1e-3)
    assert np.array_equal(joined.samples[: len(a.samples)], a.samples)


def test_concat_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        concat([])


def test_resample_keeps_length_and_pitch() -> None:
    up = resample(tone(1000, 1.0, 0.5), 44100)
    assert up.sample_rate == 44100 and len(up.samples) == 44100
    spectrum = np.abs(np.fft.rfft(up.samples))
    assert np.argmax(spectrum) == 1000  # 1 Hz bins over one second


# ---- loudness normalisation and the limiter -----------------------------------------


def test_silence_has_no_loudness_or_peak() -> None:
    assert integrated_loudness(silence(1.0, RATE)) == float("-inf")
    assert true_peak_dbtp(silence(1.0, RATE)) == float("-inf")
    assert normalize_loudness(silence(1.0, RATE)).samples.max() == 0


def test_quiet_tone_is_raised_to_target_without_limiting() -> None:
    out = normalize_loudness(tone(440, 3.0, 0.01))
    assert integrated_loudness(out) == pytest.approx(-19.0, abs=0.1)
    assert true_peak_dbtp(out) < -2.0


def test_speech_meets_the_standard_after_mp3(reading: Pcm) -> None:
    normal = normalize_loudness(reading)
    assert integrated_loudness(normal) == pytest.approx(-19.0, abs=0.5)
    assert true_peak_dbtp(normal) <= -2.0 + 0.01
    decoded = decode_mp3(encode_mp3(normal))
    assert integrated_loudness(decoded) == pytest.approx(-19.0, abs=1.0)
    assert true_peak_dbtp(decoded) <= -1.5


def test_limiter_holds_loud_bursts_under_the_ceiling(bursts: Pcm) -> None:
    assert true_peak_dbtp(bursts) - integrated_loudness(bursts) > 20  # needs limiting
    normal = normalize_loudness(bursts)
    assert integrated_loudness(normal) == pytest.approx(-19.0, abs=0.5)
    assert true_peak_dbtp(normal) <= -2.0 + 0.01
    decoded = decode_mp3(encode_mp3(normal))
    assert integrated_loudness(decoded) == pytest.approx(-19.0, abs=1.0)
    assert true_peak_dbtp(decoded) <= -1.5


def test_limiter_leaves_the_signal_away_from_peaks_alone(bursts: Pcm) -> None:
    normal = normalize_loudness(bursts)
    # Halfway between bursts (more than the 40 ms reach of the gain ramps) the gain is
    # the same static gain everywhere: the limiter acts only around the peaks.
    middles = [round((0.6 + 0.5 * k) * RATE) for k in range(1, 8)]
    gains = [
        np.max(np.abs(normal.samples[m - 100 : m + 100]))
        / np.max(np.abs(bursts.samples[m - 100 : m + 100]))
        for m in middles
    ]
    assert max(gains) == pytest.approx(min(gains), rel=1e-3)


def test_limiter_gain_is_smooth(bursts: Pcm) -> None:
    normal = normalize_loudness(bursts)
    start = round(1.35 * RATE)  # the second burst, with 40 ms either side
    window = slice(start - 900, start + BURST + 900)
    ratio = normal.samples[window] / np.where(
        np.abs(bursts.samples[window]) > 1e-3, bursts.samples[window], np.nan
    )
    steps = np.abs(np.diff(20 * np.log10(ratio[np.isfinite(ratio)])))
    assert np.nanmax(steps) < 0.5  # dB from one sample to the next: no hard clipping


def limit_everywhere(pcm: Pcm, gain_db: float, ceiling: float) -> np.ndarray:
    """The limiter computed plainly: float64, every filter over the whole signal."""
    samples = pcm.samples.astype(np.float64) * 10 ** (gain_db / 20)
    over = np.abs(resample_poly(samples, 4, 1)).reshape(-1, 4).max(axis=1)
    needed = np.minimum(1.0, ceiling / np.maximum(maximum_filter1d(over, 3), 1e-12))
    size = 2 * round(LIMITER_WINDOW_SECONDS * pcm.sample_rate) + 1
    held = minimum_filter1d(needed, size=size, mode="nearest")
    return samples * uniform_filter1d(held, size=size, mode="nearest")


@pytest.mark.parametrize("gain_db", [3.0, 6.0, 9.0])
def test_limiting_only_around_peaks_equals_limiting_everywhere(
    reading: Pcm, bursts: Pcm, gain_db: float
) -> None:
    ceiling = 10 ** (-2 / 20)
    for pcm in (reading, bursts):
        limited = Limiter(pcm, ceiling).apply(gain_db).samples
        plain = limit_everywhere(pcm, gain_db, ceiling)
        assert np.max(np.abs(limited - plain)) < 1e-5
        assert np.max(np.abs(plain)) < np.max(np.abs(pcm.samples)) * 10 ** (gain_db / 20)


def test_limiter_finds_peaks_again_for_a_gain_beyond_its_envelope(reading: Pcm) -> None:
    limiter = Limiter(reading, 10 ** (-2 / 20))
    limiter.apply(0.0)  # envelope good up to +3 dB
    louder = limiter.apply(12.0)
    assert true_peak_dbtp(louder) <= -2.0 + 0.01
    assert np.max(np.abs(louder.samples - limit_everywhere(reading, 12.0, 10 ** -0.1))) < 1e-5


# ---- MP3 ----------------------------------------------------------------------------


def test_mp3_is_mono_cbr_64k_at_the_input_rate(tmp_path: Path) -> None:
    path = tmp_path / "tone.mp3"
    path.write_bytes(encode_mp3(concat([silence(0.5, RATE), tone(440, 2.0, 0.3)])))
    info = MP3(path).info
    assert (info.channels, info.sample_rate, info.bitrate) == (1, RATE, 64000)
    assert info.length == pytest.approx(2.5, abs=0.1)
    assert path.stat().st_size == pytest.approx(2.5 * 64000 / 8, rel=0.05)


def test_mp3_is_time_aligned_with_the_input() -> None:
    """An impulse decodes at the same sample, and the decode is as long as the input: the
    Info frame's encoder delay and padding are trimmed (LAME's 576 + the decoder's 529
    samples made it 1105 samples late without it)."""
    samples = np.zeros(RATE * 2, dtype=np.float32)
    samples[0] = samples[RATE // 2 + 123] = 0.9
    decoded = decode_mp3(encode_mp3(Pcm(samples, RATE)))
    assert len(decoded.samples) == len(samples)
    peaks = np.flatnonzero(np.abs(decoded.samples) > 0.3)
    assert abs(peaks[0]) <= 1 and abs(peaks[-1] - (RATE // 2 + 123)) <= 1, peaks


def test_info_frame_gives_the_length_and_delay_to_other_readers(tmp_path: Path) -> None:
    """mutagen reads the Info frame's length and encoder, ffmpeg trims the delay and padding
    it gives (the same sample count as the input), and mp3val finds nothing wrong in it."""
    samples = 0.3 * np.sin(np.arange(RATE * 3 + 777) * 2 * np.pi * 440 / RATE)
    path = tmp_path / "tone.mp3"
    path.write_bytes(encode_mp3(Pcm(samples.astype(np.float32), RATE)))
    info = MP3(path).info
    assert info.length == pytest.approx(len(samples) / RATE, abs=1e-6)
    assert info.encoder_info.startswith("LAME 3.100") and info.encoder_settings == "-b 64"
    pcm = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-"],
                         capture_output=True, check=True).stdout
    assert len(pcm) // 2 == len(samples)
    report = subprocess.run(["mp3val", str(path)], capture_output=True, text=True,
                            check=True).stdout
    problems = [line for line in report.splitlines() if line.startswith(("WARNING", "ERROR"))
                and "No supported tags" not in line]
    assert "CBR" in report and problems == [], report


def test_speech_survives_mp3(reading: Pcm) -> None:
    decoded = decode_mp3(encode_mp3(reading))
    original = reading.samples
    copy = decoded.samples[: len(original)]
    correlation = np.dot(original, copy) / np.sqrt(np.dot(original, original) * np.dot(copy, copy))
    assert correlation > 0.9


def test_decoding_garbage_is_an_output_error() -> None:
    with pytest.raises(OutputError, match="cannot decode MP3"):
        decode_mp3(b"not an mp3 at all" * 10)
