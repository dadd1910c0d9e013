"""Builds of several handouts at once (-jN): the speech pool, and whole builds in threads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handoutkit.config import load_config
from handoutkit.errors import OutputError
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.speech.cache import SegmentCache
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.pool import SpeechPool
from handoutkit.speech.tags import read_chapters
from tests.helpers import TEMPLATES, CountingEngine, front_matter

pytestmark = pytest.mark.slow

TEXTS = ["Rest your legs.", "Drink water.", "Stretch your calf.", "Walk a little.", "Sleep well."]


def test_the_pool_deals_missing_segments_out_in_a_fixed_order(tmp_path: Path,
                                                              piper: PiperEngine) -> None:
    cache = SegmentCache(tmp_path / "cache")
    cache.synthesize(piper, TEXTS[0])  # already voiced: the pool leaves it to the cache
    workers = [CountingEngine(piper), CountingEngine(piper)]
    pool = SpeechPool(cache, lambda lang, worker: workers[worker], 2)

    pool.start(("en", text) for text in [*TEXTS, TEXTS[1], TEXTS[2]])  # repeats spoken once
    spoken = {text: pool.speech("en", text) for text in TEXTS}
    pool.close()

    assert workers[0].calls == [TEXTS[1], TEXTS[3]]
    assert workers[1].calls == [TEXTS[2], TEXTS[4]]
    for text, pcm in spoken.items():
        assert (pcm.samples == cache.synthesize(piper, text).samples).all(), text


def test_closing_the_pool_cancels_what_was_not_started(tmp_path: Path, piper: PiperEngine) -> None:
    pool = SpeechPool(SegmentCache(tmp_path / "cache"), lambda lang, worker: piper, 1)
    pool.start(("en", f"Sentence number {n}.") for n in range(1, 40))
    pool.close()
    with pytest.raises(Exception, match="stopped before this was spoken"):
        pool.speech("en", "Sentence number 39.")


class FailsOn(CountingEngine):
    """The real voice, except that one text fails as a broken engine would."""

    def __init__(self, inner: PiperEngine, bad: str) -> None:
        super().__init__(inner)
        self.bad = bad

    def synthesize(self, text: str) -> Pcm:
        if text == self.bad:
            self.calls.append(text)
            raise OutputError(f"piper could not speak {text!r}")
        return super().synthesize(text)


def test_after_a_failure_the_pool_leaves_that_language_to_the_handouts(
        tmp_path: Path, piper: PiperEngine) -> None:
    engine = FailsOn(piper, TEXTS[0])
    pool = SpeechPool(SegmentCache(tmp_path / "cache"), lambda lang, worker: engine, 1)
    pool.start(("en", text) for text in TEXTS)
    with pytest.raises(OutputError, match="could not speak 'Rest your legs.'"):
        pool.speech("en", TEXTS[0])
    assert len(pool.speech("en", TEXTS[4]).samples) > 0  # voiced when asked for
    pool.close()
    assert engine.calls == [TEXTS[0], TEXTS[4]], "nothing was spoken ahead after the failure"


@pytest.fixture
def library(tmp_path: Path) -> Layout:
    """Three short handouts sharing a sentence, and a fourth that is broken; read by piper
    (the subject is the builder's jobs, not the voice: Kokoro's own reproducibility across
    sessions and orders is test_kokoro's)."""
    layout = Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)
    layout.handouts_dir.mkdir()
    (layout.handouts_dir / "clinic.yaml").write_text(
        'name: Riverside\nphone: "555-0134"\nvoices: {en: piper}\n')
    for name, text in (("calf", "Stretch your calf."), ("feet", "Point your toes up."),
                       ("rest", "Put your feet up.")):
        (layout.handouts_dir / f"{name}.md").write_text(
            front_matter() + f"\n## Help\n\n{text} Drink water.\n", encoding="utf-8")
    (layout.handouts_dir / "bad.md").write_text(front_matter() + "\n# Not allowed\n")
    return layout


def build(layout: Layout, jobs: int) -> dict[str, bytes]:
    """Build every handout with ``jobs`` jobs; the bytes of every output, by file name."""
    builder = Builder(layout, load_config(layout.handouts_dir), ["pdf", "audio", "html"], jobs)
    report = builder.build(sorted(layout.handouts_dir.glob("*.md")), lambda path: None)
    assert list(report.failed) == [layout.handouts_dir / "bad.md"], report.failed  # and why
    assert "'#' heading" in str(report.failed[layout.handouts_dir / "bad.md"])
    return {p.name: p.read_bytes() for p in report.written}


def test_two_jobs_build_what_one_job_builds_and_the_same_every_time(library: Layout) -> None:
    first = build(library, jobs=2)
    assert sorted(first) == sorted(f"{n}.{s}" for n in ("calf", "feet", "rest")
                                   for s in ("pdf", "mp3", "html"))
    for name in ("calf", "feet", "rest"):
        mp3 = library.output(name, "audio")
        assert abs(decode_mp3(mp3.read_bytes()).duration
                   - read_chapters(mp3)[-1].end_ms / 1000) < 0.1

    shutil.rmtree(library.build_dir)
    assert build(library, jobs=2) == first, "a cold build with two jobs is reproducible"

    shutil.rmtree(library.build_dir)  # the speech cache with it: voiced again, on one session
    serial = build(library, jobs=1)
    differ = [name for name in first if serial[name] != first[name]]
    assert not differ, f"{differ} depend on the number of jobs"


def test_a_language_without_a_voice_fails_its_handout_not_the_build(library: Layout) -> None:
    (library.handouts_dir / "bad.md").unlink()
    (library.handouts_dir / "clinic.yaml").write_text("voices: {fr: piper, en: piper}\n")
    french = library.handouts_dir / "aide.md"
    french.write_text(front_matter(lang="fr") + "\n## Aide\n\nReposez-vous.\n")
    builder = Builder(library, load_config(library.handouts_dir), ["audio"], jobs=2)
    report = builder.build(sorted(library.handouts_dir.glob("*.md")), lambda path: None)
    assert list(report.failed) == [french]
    assert "aide.md: no audio: no piper voice" in str(report.failed[french])
    assert len(report.written) == 3


def test_every_handout_is_checked_before_any_write_waits(
        library: Layout, monkeypatch: pytest.MonkeyPatch) -> None:
    """A builder thread that waits for its leaflet must not hold the next handout's check
    back: every check starts before the first write (else, at -j2, checks were left for after
    the last layout)."""
    events: list[str] = []
    for name in ("_lint_once", "_write_if_changed"):
        method = getattr(Builder, name)

        def recorded(self: Builder, *args: object, _method=method, _name=name) -> object:
            events.append(_name)
            return _method(self, *args)

        monkeypatch.setattr(Builder, name, recorded)
    builder = Builder(library, load_config(library.handouts_dir), ["pdf"], jobs=2)
    report = builder.build(sorted(library.handouts_dir.glob("*.md")), lambda path: None)

    assert len(report.written) == 3
    assert events.count("_lint_once") == 3  # bad.md fails while loading
    assert events.index("_write_if_changed") > max(
        index for index, event in enumerate(events) if event == "_lint_once")
