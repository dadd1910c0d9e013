"""Handout → accessible web page: the leaflet's block macros, the recording and read-along.

The page lives in `<build>/html/` beside what it needs and nothing else: page.css,
readalong.js, the Atkinson Hyperlegible fonts and the handout's pictures are copied there,
so the page makes no request outside the build folder, even opened from disk. What it shows
of the leaflet and the reading comes from their writers' records, never from the files.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.language import direction
from handoutkit.model import Handout, handout_images
from handoutkit.reader.urgent import help_panel
from handoutkit.records import AudioRecord, PageRecord, Pending
from handoutkit.voices import hard_to_follow, reader
from handoutkit.writers import LibraryOutput, Plan, Records, digest
from handoutkit.writers.bidi import isolated
from handoutkit.writers.html.catalogue import catalogue_output
from handoutkit.writers.html.languages import Translations
from handoutkit.writers.html.links import page_links
from handoutkit.writers.html.recording import recording
from handoutkit.writers.html.regions import box_names
from handoutkit.writers.html.site import (
    STATIC_FILES,
    copy_images,
    publish_assets,
    root_href,
    web_environment,
)

logger = logging.getLogger(__name__)


class HtmlWriter:
    """Writes `<build>/html/<name>.html` and the shared files the page uses; then the
    catalogue of every built handout."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = web_environment(layout.templates_dir)
        self.translations = Translations(
            layout, lambda tag: config.web_labels_for(tag).language_name)

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead: a page is quick to fill."""
        return nullcontext()

    def render(self, handout: Handout, records: Records, page_dir: Path) -> str:
        """The page for one handout, with links relative to ``page_dir``."""
        lang = handout.meta.lang
        audio = records.get("audio")
        name = handout.name
        contact = self.config.help_contact(handout.meta)
        web = self.config.web_labels_for(lang)
        person = audio.person if isinstance(audio, AudioRecord) else ""
        choice = None if person else self.config.voice_for(lang)
        speaker = reader(choice, lang) if choice else None
        named = str(speaker or person)
        named = named if direction(lang) == "ltr" else isolated(named)
        read_by = (web.read_by_person.format(name=named) if person else
                   web.read_by.format(voice=named) if speaker else None)
        if person and audio.differs:  # recorded before the text last changed
            read_by += " " + web.may_differ
        labels = self.config.labels_for(lang)
        return self.env.get_template("html/page.html").render(
            handout=handout, meta=handout.meta, clinic=self.config, lang=lang,
            versions=self.translations.versions(handout, page_dir),
            labels=labels, web=web, read_by=read_by,
            box_names=box_names(handout, labels.get_help, labels.colon),
            hard_to_follow=bool(speaker and hard_to_follow(speaker, lang)),
            root=root_href(self.layout.build_dir, page_dir), assets="",
            recording=recording(audio, self.layout.output(name, "audio"),
                                self.layout.output(name, "vtt"), page_dir)
            if isinstance(audio, AudioRecord) else None,
            updating=isinstance(audio, Pending),  # the live preview wrote the page first
            panel=help_panel(handout, contact), contact=contact,
            links=page_links(self.layout, name, records, page_dir, web),
        )

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The page, rendered once, digested with the shared files beside it."""
        dest = self.layout.output(handout.name, "html")
        page = self.render(handout, records, dest.parent)
        shared = [(self.layout.templates_dir / "html" / n).read_bytes() for n in STATIC_FILES]
        pictures = [image.path.read_bytes() for image in handout_images(handout)]
        return Plan(digest("html", page, *shared, *pictures),
                    lambda: self._write(handout, page, dest))

    def _write(self, handout: Handout, page: str, dest: Path) -> PageRecord:
        """Write the page atomically, after the files it links to."""
        publish_assets(self.layout.templates_dir, dest.parent)
        copy_images(handout, self.layout.handouts_dir, dest.parent)
        with atomic_output(dest) as tmp:
            tmp.write_text(page, encoding="utf-8")
        logger.debug("wrote %s", dest)
        meta = handout.meta
        return PageRecord(meta.lang, meta.title, meta.summary, meta.reviewed)

    def finish(self, library: Mapping[str, Records]) -> LibraryOutput:
        """The catalogue of every built handout."""
        return catalogue_output(self.layout, self.config, library)
