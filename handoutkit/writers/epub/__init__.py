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
from dataclasses import dataclass
from typing import cast

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.records import AudioRecord, FileRecord
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.epub.overlay import clips
from handoutkit.writers.epub.package import ROOT, Documents, epub_environment, pictures
from handoutkit.writers.epub.zipping import write_epub
from handoutkit.writers.fonts import FontChoice, choose_fonts, markup_text, subset_bytes

logger = logging.getLogger(__name__)

STYLE = "style.css"  # rendered from templates/epub/ with the handout's faces


@dataclass(frozen=True)
class _Book:
    """The e-book's documents and faces, rendered once for its digest and its write."""

    docs: Documents
    content: str
    nav: str
    style: str
    fonts: FontChoice
    pictures: dict[str, bytes]  # path in the EPUB → the picture's bytes


class EpubWriter:
    """Writes the read-along e-book from the handout and its reading's record; a handout with
    no reading (no voice for its language) gets the text alone."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = epub_environment(layout.templates_dir)

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead."""
        return nullcontext()

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The text, navigation and style rendered once, digested with the fonts' versions,
        the pictures and the reading's record (its cues with their times and printed
        elements, and the MP3's digest)."""
        docs = Documents(self.env, self.config, handout,
                         pictures(handout, self.layout.handouts_dir))
        content, nav = docs.content(), docs.nav()
        fonts = choose_fonts(markup_text(content + nav), handout.meta.lang, handout.path)
        book = _Book(docs, content, nav, docs.style(fonts), fonts,
                     {f"{ROOT}/{p.name}": p.image.path.read_bytes() for p in docs.images})
        audio = cast(AudioRecord | None, records.get("audio"))
        return Plan(digest("epub", content, nav, book.style, *fonts.versions(),
                           *book.pictures.values(), repr(audio.to_json() if audio else None),
                           *((self.layout.templates_dir / "epub" / n).read_bytes()
                             for n in ("package.opf", "overlay.smil"))),
                    lambda: self._write(handout, book, audio))

    def _write(self, handout: Handout, book: _Book, record: AudioRecord | None) -> FileRecord:
        """Write the EPUB atomically, the MP3 packed inside it (copied, never parsed) when
        there is a reading."""
        files = {"nav.xhtml": book.nav, "content.xhtml": book.content, STYLE: book.style}
        data = dict(book.pictures)
        text = markup_text(book.content + book.nav)
        data.update({f"{ROOT}/fonts/{f.name}": subset_bytes(f, text) for f in book.fonts.files})
        audio_href = None
        if record is not None:
            mp3 = self.layout.output(handout.name, "audio")
            audio_href = f"audio/{mp3.name}"
            timed = clips(record.cues, book.content, mp3.name)
            files["content.smil"] = book.docs.overlay(timed, audio_href)
            data[f"{ROOT}/{audio_href}"] = mp3.read_bytes()
        files = {"package.opf": book.docs.package(record, audio_href, book.fonts), **files}
        data = {**{f"{ROOT}/{n}": t.encode("utf-8") for n, t in files.items()}, **data}
        dest = self.layout.output(handout.name, "epub")
        with atomic_output(dest) as tmp:
            write_epub(tmp, f"{ROOT}/package.opf", data)
            size = tmp.stat().st_size
        logger.debug("wrote %s (%s)", dest, "with its reading" if record else "text only")
        return FileRecord(size)

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""
