"""Leaflet HTML and CSS → WeasyPrint layout → the PDF/UA-1 file, in this process or in a
worker process (`pool`). WeasyPrint is imported on the first layout: a build that lays
out nothing, or only in workers, never pays for it."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from handoutkit.errors import OutputError
from handoutkit.files import atomic_output
from handoutkit.writers.keep_together import serialise, split_tall_boxes

logger = logging.getLogger(__name__)

QR_PLACEHOLDER = "data:,qr-code"  # an image address in the leaflet HTML, replaced before layout
# The address the handouts folder has in the layout, wherever the project is: WeasyPrint
# names each picture in the PDF by a hash of its address, so a real path gave other bytes in
# another folder. The fetcher reads it from the job's folder (sandbox.LocalOnlyFetcher).
HANDOUTS_URL = "file:///handouts/"
QR_QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks
# What a glyph that carries no text of its own stands for in the ToUnicode maps (see
# `map_every_glyph`): COMBINING GRAPHEME JOINER, invisible and ignorable, and a mark, so it
# stays inside the letter cluster it came from.
NO_TEXT = "034f"

# WeasyPrint is not documented as thread-safe and its warnings reach us through one
# process-wide logger, so one leaflet is laid out at a time in a process.
_RENDERING = threading.Lock()
# One thread loads the engine; another that needs it meanwhile waits until it is whole (the
# preview's warm-up thread and a save's leaflet: "weasyprint" is in sys.modules as soon as
# its import starts, and importing its parts beside it fails as a circular import).
_LOADING = threading.Lock()


@dataclass(frozen=True)
class RenderJob:
    """One leaflet to lay out: everything a worker process needs, and nothing to unpickle
    but text and paths."""

    source: Path  # the handout, for messages
    html: str  # with QR_PLACEHOLDER where the QR code goes
    css: str
    qr_url: str | None  # what the QR code holds; None: the leaflet has none
    base_dir: Path  # the handouts folder: pictures are read from it
    readable: tuple[Path, ...]  # the only folders WeasyPrint may read (handouts, fonts)
    dest: Path


def render_pdf(job: RenderJob) -> int:
    """Write the PDF atomically; returns its page count. Any WeasyPrint warning (e.g. a
    missing alt text) fails it, and no file is left."""
    load_engine()
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher

    fetcher = LocalOnlyFetcher(job.readable, (HANDOUTS_URL, job.base_dir))
    fonts = FontConfiguration()
    html = job.html.replace(QR_PLACEHOLDER, qr_image(job.qr_url)) if job.qr_url else job.html
    with _RENDERING, _weasyprint_warnings() as warnings:
        document = HTML(string=html, base_url=HANDOUTS_URL, url_fetcher=fetcher)
        stylesheet = CSS(string=job.css, font_config=fonts, url_fetcher=fetcher)
        rendered = document.render(stylesheets=[stylesheet], font_config=fonts,
                                   pdf_variant="pdf/ua-1")
        if split_tall_boxes(document.etree_element, rendered.pages):  # laid out again, cut
            document = HTML(string=serialise(document.etree_element), base_url=HANDOUTS_URL,
                            url_fetcher=fetcher)
            rendered = document.render(stylesheets=[stylesheet], font_config=fonts,
                                       pdf_variant="pdf/ua-1")
        with atomic_output(job.dest) as tmp:
            rendered.write_pdf(tmp, pdf_variant="pdf/ua-1", pdf_tags=True,
                               custom_metadata=True,  # /approvedby, /approved, /outofdatesince
                               finisher=map_every_glyph)
            if warnings:
                raise OutputError(f"the PDF for {job.source} is not accessible: "
                                  + "; ".join(warnings))
    logger.debug("wrote %s (%d pages)", job.dest, len(rendered.pages))
    return len(rendered.pages)


def load_engine() -> None:
    """Import WeasyPrint and what lays out with it (half a second) now rather than at the
    first leaflet: the live preview does it while it waits for the first save, which then
    lays out its leaflet at once in its own process, and the leaflets' fork server as it
    starts (`warm`). A no-op once done."""
    with _LOADING:
        import segno  # noqa: F401

        from handoutkit.writers.pdf.libraries import import_weasyprint

        import_weasyprint()
        from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher  # noqa: F401


def engine_loaded() -> bool:
    """Whether this process has imported WeasyPrint, or is importing it (`load_engine`)."""
    return "weasyprint" in sys.modules


def map_every_glyph(document: object, pdf: object) -> None:
    """Give each glyph of a ToUnicode map some text. WeasyPrint maps the text of a cluster
    drawn with several glyphs (a Devanagari vowel sign in two parts, a reph) to one of them
    and an empty string to the others, which PDF/UA-1 validators reject as malformed."""
    for item in getattr(pdf, "objects", ()):
        lines = getattr(item, "stream", None)
        if isinstance(lines, list) and b"endbfchar" in lines:
            item.stream = [line[:-2] + f"<{NO_TEXT}>".encode()
                           if isinstance(line, bytes) and line.endswith(b"> <>") else line
                           for line in lines]


def qr_image(url: str) -> str:
    """The QR code for ``url`` as an SVG data: URI, so that it prints as vectors."""
    import segno

    return segno.make(url, error="m").svg_data_uri(border=QR_QUIET_ZONE, dark="#000")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _weasyprint_warnings() -> Iterator[list[str]]:
    """Collect what WeasyPrint logs at WARNING or above while the block runs."""
    handler = _Collect()
    wlogger = logging.getLogger("weasyprint")
    wlogger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        wlogger.removeHandler(handler)
