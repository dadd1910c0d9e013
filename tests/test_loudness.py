"""The BS.1770 meter: loudness against pyloudnorm on real speech, true peak, peak envelope."""

from __future__ import annotations

import numpy as np
import pyloudnorm
import pytest
from scipy.signal import resample_poly

from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.loudness import (
    FILTER_REACH,
    INTERPOLATION_GAIN,
    integrated_loudness,
    peak_envelope,
    spans_around,
    true_peak_dbtp,
)
from handoutkit.speech.pcm import Pcm, concat, resample, silence
from tests.helpers import tone

RATE = 22050


@pytest.fixture(scope="module")
def speech(piper: PiperEngine) -> Pcm:
    """A short reading: sentences and pauses, one sentence 25 dB down (the relative gate)."""
    first = piper.synthesize("Leg cramps are common in the last months of pregnancy.")
    second = piper.synthesize("Stretch your calf before bed, and drink water during the day.")
    quiet = Pcm(second.samples * np.float32(10 ** (-25 / 20)), second.sample_rate)
    return concat([silence(0.75, RATE), first, silence(0.8, RATE), second,
                   silence(1.5, RATE), quiet, silence(1.5, RATE)])


def pyloudnorm_lufs(pcm: Pcm) -> float:
    return float(pyloudnorm.Meter(pcm.sample_rate).integrated_loudness(
        pcm.samples.astype(np.float64)))


# ---- integrated loudness -------------------------------------------------------------


@pytest.mark.parametrize("gain_db", [-30.0, -6.0, 0.0])
def test_loudness_agrees_with_pyloudnorm_on_speech(speech: Pcm, gain_db: float) -> None:
    pcm = Pcm(speech.samples * np.float32(10 ** (gain_db / 20)), RATE)
    assert integrated_loudness(pcm) == pytest.approx(pyloudnorm_lufs(pcm), abs=0.05)


@pytest.mark.parametrize("rate", [16000, 24000, 44100, 48000])
def test_loudness_agrees_with_pyloudnorm_at_other_rates(speech: Pcm, rate: int) -> None:
    pcm = resample(speech, rate)
    assert integrated_loudness(pcm) == pytest.approx(pyloudnorm_lufs(pcm), abs=0.05)


def test_relative_gate_leaves_out_the_quiet_sentence(speech: Pcm) -> None:
    loud_part = Pcm(speech.samples[: -round(4 * RATE)], RATE)  # without the quiet sentence
    assert integrated_loudness(speech) == pytest.approx(integrated_loudness(loud_part), abs=0.2)


def test_loudness_of_a_reference_sine() -> None:
    # BS.1770: a 997 Hz sine at 0 dBFS peak on one channel reads -3.01 LUFS.
    assert integrated_loudness(tone(997, 5.0, 0.5)) == pytest.approx(-9.03, abs=0.1)


def test_too_short_to_measure_is_an_error() -> None:
    with pytest.raises(ValueError, match="cannot measure loudness"):
        integrated_loudness(tone(440, 0.2, 0.5))


def test_a_float64_input_is_measured_alike(speech: Pcm) -> None:
    wide = Pcm(speech.samples.astype(np.float64), RATE)
    assert integrated_loudness(wide) == pytest.approx(integrated_loudness(speech), abs=1e-6)


# ---- true peak -----------------------------------------------------------------------


def test_true_peak_sees_between_the_samples() -> None:
    # A sine at a quarter of the sample rate, sampled 45 degrees off its crests.
    pcm = tone(RATE / 4, 1.0, 0.5, phase=np.pi / 4)
    sample_peak = 20 * np.log10(np.max(np.abs(pcm.samples)))
    assert sample_peak == pytest.approx(-9.03, abs=0.05)
    assert true_peak_dbtp(pcm) == pytest.approx(-6.02, abs=0.2)


def test_true_peak_matches_scipy_float64_oversampling(speech: Pcm) -> None:
    reference = np.max(np.abs(resample_poly(speech.samples.astype(np.float64), 4, 1)))
    assert true_peak_dbtp(speech) == pytest.approx(20 * np.log10(reference), abs=0.001)


def test_oversampling_reaches_ten_samples_and_is_bounded_by_the_interpolation_gain() -> None:
    impulse = np.zeros(201, dtype=np.float32)
    impulse[100] = 1.0
    touched = np.flatnonzero(peak_envelope(impulse, floor=0.0) > 1e-9)
    assert FILTER_REACH == 10
    assert touched.min() >= 100 - FILTER_REACH and touched.max() <= 100 + FILTER_REACH
    noise = np.random.default_rng(7).choice([-1.0, 1.0], 200_000).astype(np.float32)
    assert 1.5 < peak_envelope(noise, floor=0.0).max() <= INTERPOLATION_GAIN


@pytest.mark.parametrize("floor_db", [-12.0, -6.0, -3.0])
def test_peak_envelope_is_exact_above_its_floor(speech: Pcm, floor_db: float) -> None:
    full = peak_envelope(speech.samples, floor=0.0)
    floor = 10 ** (floor_db / 20) * float(full.max())
    partial = peak_envelope(speech.samples, floor)
    above = (full > floor) | (partial > floor)
    assert above.any()
    assert np.array_equal(partial[above], full[above])
    assert partial[~above].max() <= floor


def test_spans_cover_every_index_and_merge_near_groups() -> None:
    indices = np.array([5, 8, 25, 200])  # 25 is within 2 x 10 of 8: one span
    assert list(spans_around(indices, 10, 205)) == [slice(0, 36), slice(190, 205)]
    assert list(spans_around(np.array([], dtype=int), 10, 100)) == []
