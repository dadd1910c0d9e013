"""The listening pace: words a minute while the voice speaks, measured on the built readings."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.speech.pace import speaking_rate
from handoutkit.speech.vtt import Cue, parse_vtt
from tests.helpers import SAMPLES, TEMPLATES, front_matter

BODY = ("## What helps\n\nStretch your calf before bed. Drink a glass of water with each meal."
        "\n\n- Walk a little every day.\n- Rest with your feet up.\n")


def cues(layout: Layout, name: str) -> list[Cue]:
    return parse_vtt(layout.output(name, "vtt").read_text(encoding="utf-8"))


def test_speaking_rate_counts_words_inside_the_cues_only() -> None:
    said = [Cue(0.75, 2.75, "Stretch your calf."), Cue(10.0, 12.0, "Drink water.")]
    assert speaking_rate(said) == pytest.approx(60 * 5 / 4)  # the 7.25 s pause is not counted


@pytest.mark.slow  # the shared voiced build of the samples (piper reads English, Kokoro Spanish)
@pytest.mark.parametrize("name", sorted(p.stem for p in SAMPLES.glob("*.md")))
def test_every_sample_reading_speaks_at_a_listening_pace(sample_build: Layout,
                                                         name: str) -> None:
    rate = speaking_rate(cues(sample_build, name))
    assert 145 <= rate <= 175, f"{name}: {rate:.0f} words a minute while speaking"


def build_at(root: Path, rate: int) -> list[Cue]:
    """A short handout whose front matter asks for ``rate``, read by piper from a cold cache."""
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    layout.handouts_dir.mkdir(parents=True)
    (layout.handouts_dir / "clinic.yaml").write_text("voices: {en: piper}\n", encoding="utf-8")
    path = layout.handouts_dir / "pace.md"
    path.write_text(front_matter(speech_rate=str(rate)) + "\n" + BODY, encoding="utf-8")
    report = Builder(layout, load_config(layout.handouts_dir), ["audio"], jobs=2).build(
        [path], lambda p: None)
    assert not report.failed, report.failed
    return cues(layout, "pace")


def test_a_handout_sets_its_own_pace_and_pauses_keep_their_lengths(tmp_path: Path) -> None:
    slow, fast = build_at(tmp_path / "slow", 130), build_at(tmp_path / "fast", 190)
    assert speaking_rate(slow) < 145 < 175 < speaking_rate(fast)
    assert [c.text for c in slow] == [c.text for c in fast]
    gaps = [[b.start - a.end for a, b in itertools.pairwise(said)] for said in (slow, fast)]
    assert gaps[0] == pytest.approx(gaps[1], abs=0.002)  # cue times are to the millisecond
