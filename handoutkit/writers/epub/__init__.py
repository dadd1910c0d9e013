"""Handout → EPUB 3 with media overlays: the text, its pictures, the reading in sync.

`<build>/epub/<name>.epub` holds one XHTML document of the handout's text, a navigation
document from its sections, the faces its script needs (cut down to its characters), and,
when the handout has a reading, the MP3 and a SMIL overlay that ties every spoken sentence
to the element it reads, at the times of the `.vtt`'s cues. A language with no voice gets
the e-book without the reading.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import cast

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.records import AudioRecord, FileRecord
from handoutkit.speech.script import build_script
from handoutkit.writers import Records, digest
from handoutkit.writers.epub.overlay import clips
from handoutkit.writers.epub.package import ROOT, Documents, epub_environment, pictures
from handoutkit.writers.epub.zipping import write_epub
from handoutkit.writers.fonts import FontChoice, choose_fonts, markup_text, subset_bytes

logger = logging.getLogger(__name__)

STYLE = "style.css"  # rendered from templates/epub/ with the handout's faces


class EpubWriter:
    """Writes the read-along e-book from the handout and its reading's record; a handout with
    no reading (no voice for its language) gets the text alone."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = epub_environment(layout.templates_dir)

    def prepare(self, handouts: Sequence[Handout], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead."""
        return nullcontext()

    def fingerprint(self, handout: Handout, records: Records) -> str:
        """The text as it would be written, the style, the fonts' versions, the pictures, and
        the reading's record (its cue times and the MP3's digest)."""
        docs = self._documents(handout)
        fonts = self._fonts(handout, docs)
        audio = records.get("audio")
        return digest("epub", docs.content(), docs.nav(), docs.style(fonts),
                      *fonts.versions(), *(p.image.path.read_bytes() for p in docs.images),
                      repr(audio.to_json() if audio else None),
                      *((self.layout.templates_dir / "epub" / n).read_bytes()
                        for n in ("package.opf", "overlay.smil")))

    def write(self, handout: Handout, records: Records) -> FileRecord:
        """Write the EPUB atomically, the MP3 packed inside it (copied, never parsed) when
        there is a reading."""
        docs = self._documents(handout)
        fonts = self._fonts(handout, docs)
        record = cast(AudioRecord | None, records.get("audio"))
        files = {"nav.xhtml": docs.nav(), "content.xhtml": docs.content(),
                 STYLE: docs.style(fonts)}
        data = {f"{ROOT}/{p.name}": p.image.path.read_bytes() for p in docs.images}
        text = markup_text(files["content.xhtml"] + files["nav.xhtml"])
        data.update({f"{ROOT}/fonts/{f.name}": subset_bytes(f, text) for f in fonts.files})
        audio_href = None
        if record is not None:
            mp3 = self.layout.output(handout.name, "audio")
            audio_href = f"audio/{mp3.name}"
            timed = clips(build_script(handout, self.config), record.cues, mp3.name)
            files["content.smil"] = docs.overlay(timed, audio_href)
            data[f"{ROOT}/{audio_href}"] = mp3.read_bytes()
        files = {"package.opf": docs.package(record, audio_href, fonts), **files}
        data = {**{f"{ROOT}/{n}": t.encode("utf-8") for n, t in files.items()}, **data}
        dest = self.layout.output(handout.name, "epub")
        with atomic_output(dest) as tmp:
            write_epub(tmp, f"{ROOT}/package.opf", data)
            size = tmp.stat().st_size
        logger.debug("wrote %s (%s)", dest, "with its reading" if record else "text only")
        return FileRecord(size)

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""

    def _documents(self, handout: Handout) -> Documents:
        images = pictures(handout, self.layout.handouts_dir)
        return Documents(self.env, self.config, handout, images)

    def _fonts(self, handout: Handout, docs: Documents) -> FontChoice:
        """The faces that draw the book's text (as the leaflet's are chosen)."""
        text = markup_text(docs.content() + docs.nav())
        return choose_fonts(text, handout.meta.lang, handout.path)
