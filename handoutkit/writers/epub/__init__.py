"""Handout → EPUB 3 with media overlays: the text, its pictures, the reading in sync.

`<build>/epub/<name>.epub` holds one XHTML document of the handout's text, a navigation
document from its sections, the MP3 of the reading and a SMIL overlay that ties every
spoken sentence to the element it reads, at the times of the `.vtt`'s cues.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import cast

import fontpkg_atkinson_hyperlegible as atkinson

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.records import AudioRecord, FileRecord
from handoutkit.speech.script import build_script
from handoutkit.writers import Records, digest
from handoutkit.writers.epub.overlay import clips
from handoutkit.writers.epub.package import ROOT, Documents, epub_environment, pictures
from handoutkit.writers.epub.zipping import write_epub

logger = logging.getLogger(__name__)

FONT_DIR = atkinson.ROOT / "files"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")
STYLE = "style.css"  # copied from templates/epub/ unchanged


class EpubWriter:
    """Writes the read-along e-book from the handout and its reading's record; a handout with
    no reading (no voice for its language) gets none."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = epub_environment(layout.templates_dir)

    def prepare(self, handouts: Sequence[Handout], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead."""
        return nullcontext()

    def fingerprint(self, handout: Handout, records: Records) -> str:
        """The text as it would be written, the style, fonts and pictures, and the reading's
        record (its cue times and the MP3's digest)."""
        docs = self._documents(handout)
        audio = records.get("audio")
        return digest("epub", docs.content(), docs.nav(), *self._static_files().values(),
                      *(p.image.path.read_bytes() for p in docs.images),
                      repr(audio.to_json() if audio else None),
                      *((self.layout.templates_dir / "epub" / n).read_bytes()
                        for n in ("package.opf", "overlay.smil")))

    def write(self, handout: Handout, records: Records) -> FileRecord | None:
        """Write the EPUB atomically, the MP3 packed inside it (copied, never parsed)."""
        if "audio" not in records:
            logger.debug("%s: no reading, so no EPUB", handout.path)
            return None
        record = cast(AudioRecord, records["audio"])
        dest = self.layout.output(handout.name, "epub")
        mp3 = self.layout.output(handout.name, "audio")
        docs = self._documents(handout)
        audio_href = f"audio/{mp3.name}"
        timed = clips(build_script(handout, self.config), record.cues, mp3.name)
        files = {"package.opf": docs.package(record, audio_href, [*self._fonts()]),
                 "nav.xhtml": docs.nav(), "content.xhtml": docs.content(),
                 "content.smil": docs.overlay(timed, audio_href)}
        data = {f"{ROOT}/{name}": text.encode("utf-8") for name, text in files.items()}
        data.update({f"{ROOT}/{name}": blob for name, blob in self._static_files().items()})
        data.update({f"{ROOT}/{p.name}": p.image.path.read_bytes() for p in docs.images})
        data[f"{ROOT}/{audio_href}"] = mp3.read_bytes()
        with atomic_output(dest) as tmp:
            write_epub(tmp, f"{ROOT}/package.opf", data)
            size = tmp.stat().st_size
        logger.debug("wrote %s: %d clips", dest, len(timed))
        return FileRecord(size)

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""

    def _documents(self, handout: Handout) -> Documents:
        images = pictures(handout, self.layout.handouts_dir)
        return Documents(self.env, self.config, handout, images)

    def _fonts(self) -> dict[str, Path]:
        return {f"fonts/{name}": FONT_DIR / name for name in FONT_FILES}

    def _static_files(self) -> dict[str, bytes]:
        """The style sheet and fonts, the same in every EPUB."""
        style = (self.layout.templates_dir / "epub" / STYLE).read_bytes()
        return {STYLE: style, **{href: path.read_bytes() for href, path in self._fonts().items()}}
