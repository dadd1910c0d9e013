"""Handout → accessible web page: the leaflet's block macros, the recording and read-along.

The page lives in `<build>/html/` beside what it needs and nothing else: page.css,
readalong.js, the Atkinson Hyperlegible fonts and the handout's pictures are copied there,
so the page makes no request outside the build folder, even opened from disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.labels import labels_for
from handoutkit.model import Handout, handout_images
from handoutkit.web.labels import web_labels_for
from handoutkit.web.recording import read_recording, relative_href
from handoutkit.web.site import (
    STATIC_FILES,
    copy_images,
    publish_assets,
    root_href,
    web_environment,
)
from handoutkit.writers import digest

logger = logging.getLogger(__name__)

class HtmlWriter:
    """Writes `<build>/html/<name>.html` and the shared files the page uses."""

    name: ClassVar[str] = "html"
    suffix: ClassVar[str] = ".html"

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = web_environment(layout.templates_dir)

    def render(self, handout: Handout, page_dir: Path) -> str:
        """The page for one handout, with links relative to ``page_dir``."""
        pdf = self.layout.output(handout.name, "pdf")
        lang = handout.meta.lang
        return self.env.get_template("html/page.html").render(
            handout=handout, meta=handout.meta, clinic=self.config, lang=lang,
            labels=labels_for(lang), web=web_labels_for(lang),
            root=root_href(self.layout.build_dir, page_dir), assets="",
            recording=read_recording(self.layout.output(handout.name, "audio"), page_dir),
            pdf_href=relative_href(pdf, page_dir) if pdf.is_file() else None,
            brf_href=self._href(handout, "braille", page_dir),
            epub_href=self._href(handout, "epub", page_dir),
        )

    def _href(self, handout: Handout, kind: str, page_dir: Path) -> str | None:
        """The link to one of the handout's outputs, or None while it is not built."""
        output = self.layout.output(handout.name, kind)
        return relative_href(output, page_dir) if output.is_file() else None

    def fingerprint(self, handout: Handout) -> str:
        """The page as it would be written, and the shared files beside it."""
        page_dir = self.layout.output(handout.name, "html").parent
        shared = [(self.layout.templates_dir / "html" / n).read_bytes() for n in STATIC_FILES]
        pictures = [image.path.read_bytes() for image in handout_images(handout)]
        return digest("html", self.render(handout, page_dir), *shared, *pictures)

    def write(self, handout: Handout, dest: Path) -> None:
        """Write the page atomically, after the files it links to."""
        page = self.render(handout, dest.parent)
        publish_assets(self.layout.templates_dir, dest.parent)
        copy_images(handout, self.layout.handouts_dir, dest.parent)
        with atomic_output(dest) as tmp:
            tmp.write_text(page, encoding="utf-8")
        logger.debug("wrote %s", dest)
