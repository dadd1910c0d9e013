"""Rebuild what a save changed, with one Builder kept warm between saves."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from handoutkit.config import CLINIC_FILE, PRONUNCIATIONS_FILE, ClinicConfig, load_config
from handoutkit.errors import ConfigError, HandoutError
from handoutkit.files import Layout, find_handouts, handout_name, remove_stale_parts
from handoutkit.labels import LABELS_DIR
from handoutkit.pipeline.builder import Builder, BuildReport, remove_outputs
from handoutkit.serve.state import PreviewState
from handoutkit.writers import WRITER_NAMES
from handoutkit.writers.html.catalogue import CATALOGUE_FILE
from handoutkit.writers.pdf.render import load_engine

if TYPE_CHECKING:
    from handoutkit.writers.audio.writer import AudioWriter

logger = logging.getLogger(__name__)

SETTINGS = (CLINIC_FILE, PRONUNCIATIONS_FILE)


class Preview:
    """Builds the handouts a change touches into ``layout.build_dir`` and records the result
    in ``state``; ``say`` tells the terminal what a build prints."""

    def __init__(self, layout: Layout, jobs: int, state: PreviewState,
                 say: Callable[[str], None]) -> None:
        self.layout, self.jobs, self.state, self.say = layout, jobs, state, say
        self.builder: Builder | None = None  # made with the first valid settings

    def start(self) -> None:
        """Build everything, as `make` would on a first run."""
        if self.jobs > 1:  # WeasyPrint loads for the PDF workers while the handouts load
            from handoutkit.writers.pdf.pool import start_early

            start_early()
        for folder in (self.layout.build_dir, self.layout.cache_dir):
            remove_stale_parts(folder)
        self.update([self._folder / name for name in SETTINGS])
        # Laid out in worker processes, the first build left WeasyPrint unloaded here, where
        # a save's one leaflet is laid out: load it now, not when the writer saves.
        threading.Thread(target=load_engine, name="preview-warm-up", daemon=True).start()

    def update(self, changed: Collection[Path]) -> None:
        """Rebuild after ``changed`` (paths inside the handouts folder) were saved or deleted:
        just those handouts when only handouts changed, else every handout."""
        handouts = {p.name for p in changed if p.suffix == ".md" and p.parent == self._folder}
        settings = any(p.name in SETTINGS and p.parent == self._folder
                       or p.suffix == ".yaml" and p.parent == self._folder / LABELS_DIR
                       for p in changed)
        if settings and not self._load_settings():
            return
        if self.builder is None:
            return  # the settings are still not valid; their problem is on the pages
        named = {self.layout.handouts_dir / name for name in handouts}  # deleted ones too
        if len(handouts) < len(changed):
            named |= set(find_handouts(self.layout.handouts_dir))
        self._build(sorted(named))

    @property
    def _folder(self) -> Path:
        return self.layout.handouts_dir.resolve()

    def _load_settings(self) -> bool:
        """Read the settings again; a new Builder keeps the voices the settings still use."""
        try:
            config = load_config(self.layout.handouts_dir)
        except ConfigError as exc:
            self.say(str(exc))
            self.state.settings(str(exc))
            return False
        self.state.settings(None)
        if self.builder is None or self.builder.config != config:
            self.builder = self._builder(config)
        return True

    def _builder(self, config: ClinicConfig) -> Builder:
        # every output, as make; the leaflet and the page before the reading they wait for
        builder = Builder(self.layout, config, WRITER_NAMES, jobs=self.jobs, text_first=True)
        if self.builder is not None:
            keep_voices(self.builder, builder)
        return builder

    def _build(self, paths: list[Path]) -> None:
        assert self.builder is not None
        present = [path for path in paths if path.is_file()]
        for gone in set(paths) - set(present):
            remove_outputs(self.layout, gone)
        report = self.builder.build(present, on_output=self._written)
        self._catalogue()
        for problem in (*report.warnings, *report.failed.values()):
            self.say(str(problem))
        self.state.record(_names(paths), _failures(report))

    def _written(self, path: Path) -> None:
        """An output was written (from the build's threads): say it, and if it is a page or
        the catalogue, move its version at once, so the open page reloads."""
        if path == self.layout.output(path.stem, "html"):
            self.state.wrote(path.stem)
        elif path == self.layout.build_dir / CATALOGUE_FILE:
            self.state.wrote(None)
        self.say(f"  {path}")

    def _catalogue(self) -> None:
        """The catalogue of every built handout, from the records (written only on change)."""
        assert self.builder is not None
        try:
            self.builder.finish(find_handouts(self.layout.handouts_dir), self._written)
        except (HandoutError, OSError) as exc:
            self.say(f"handoutkit: the catalogue was not written: {exc}")


def keep_voices(old: Builder, new: Builder) -> None:
    """Hand the old build's loaded voices to the new one where its settings pick the same
    engine (loading piper takes a second)."""
    if "audio" not in old.writers or "audio" not in new.writers:
        return
    before = cast("AudioWriter", old.writers["audio"])
    after = cast("AudioWriter", new.writers["audio"])
    for (lang, rate, worker), engine in before.engines.items():
        if engine.name == new.config.voice_for(lang):
            after.engines[lang, rate, worker] = engine


def _names(paths: Iterable[Path]) -> list[str]:
    return [handout_name(path) for path in paths]


def _failures(report: BuildReport) -> dict[str, str]:
    return {handout_name(path): str(error) for path, error in report.failed.items()}
