"""Handout → accessible web page: the leaflet's block macros, the recording and read-along.

The page lives in `<build>/html/` beside what it needs and nothing else: page.css,
readalong.js, the Atkinson Hyperlegible fonts and the handout's pictures are copied there,
so the page makes no request outside the build folder, even opened from disk.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

import fontpkg_atkinson_hyperlegible as atkinson
import jinja2

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.labels import labels_for
from handoutkit.model import Handout, handout_images
from handoutkit.templating import make_environment
from handoutkit.web.labels import format_clock, format_duration, iso_duration, web_labels_for
from handoutkit.web.recording import read_recording, relative_href
from handoutkit.writers import digest

logger = logging.getLogger(__name__)

FONT_DIR = atkinson.ROOT / "files"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")
STATIC_FILES = ("page.css", "readalong.js")  # copied from templates/html/ unchanged


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
            root=_root_href(self.layout.build_dir, page_dir), assets="",
            recording=read_recording(self.layout.output(handout.name, "audio"), page_dir),
            pdf_href=relative_href(pdf, page_dir) if pdf.is_file() else None,
        )

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


def web_environment(templates_dir: Path) -> jinja2.Environment:
    """The shared template environment plus the filters web pages use for times."""
    env = make_environment(templates_dir)
    env.filters.update(duration=format_duration, clock=format_clock,
                       iso_duration=iso_duration, seconds=_seconds)
    return env


def _seconds(value: float) -> str:
    """Seconds for a media fragment or data attribute, to the millisecond: "12.345"."""
    return f"{value:.3f}"


def _root_href(build_dir: Path, page_dir: Path) -> str:
    """The relative URL from a page's folder to the build folder: "../", or "" at the top."""
    href = relative_href(build_dir, page_dir)
    return "" if href == "." else f"{href}/"


def publish_assets(templates_dir: Path, html_dir: Path) -> None:
    """Copy the stylesheet, the read-along script and the fonts into ``html_dir``.

    Several pages are built at once under `make -j`; each copy is atomic and skipped when the
    file already holds the same bytes, so concurrent builds never see half a file.
    """
    for name in STATIC_FILES:
        write_if_changed((templates_dir / "html" / name).read_bytes(), html_dir / name)
    for name in FONT_FILES:
        write_if_changed((FONT_DIR / name).read_bytes(), html_dir / "fonts" / name)


def copy_images(handout: Handout, handouts_dir: Path, html_dir: Path) -> None:
    """Copy the handout's pictures to the same relative place under ``html_dir``."""
    root = handouts_dir.resolve()
    for image in handout_images(handout):
        write_if_changed(image.path.read_bytes(), html_dir / image.path.relative_to(root))


def write_if_changed(data: bytes, dest: Path) -> bool:
    """Write ``data`` to ``dest`` atomically unless it already holds exactly that."""
    if dest.is_file() and dest.read_bytes() == data:
        return False
    with atomic_output(dest) as tmp:
        tmp.write_bytes(data)
    logger.debug("copied %s", dest)
    return True
