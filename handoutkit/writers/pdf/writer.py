"""Handout → Jinja2 HTML → WeasyPrint → tagged PDF/UA-1 large-print leaflet."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from typing import TYPE_CHECKING

import jinja2

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.language import direction
from handoutkit.model import Handout, handout_images
from handoutkit.reader.urgent import help_panel
from handoutkit.records import PdfRecord
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.bidi import isolated, keep_together_in_order
from handoutkit.writers.fonts import FontChoice, choose_fonts, markup_text
from handoutkit.writers.pdf.address import SLACK, address_lines
from handoutkit.writers.pdf.footer import lay_out_footer
from handoutkit.writers.pdf.measure import PT_MM, line_width_mm, width_mm
from handoutkit.writers.pdf.render import QR_PLACEHOLDER, RenderJob, engine_loaded, render_pdf
from handoutkit.writers.templating import make_environment

if TYPE_CHECKING:
    from handoutkit.labels import Labels
    from handoutkit.model import Meta
    from handoutkit.writers.pdf.pool import RenderPool

logger = logging.getLogger(__name__)

WEASYPRINT_VERSION = version("weasyprint")  # without importing it: a no-op build never lays out
SEGNO_VERSION = version("segno")
MIN_TEXT_PT = 18  # ACB 2025: all text, footers included, at 18 pt or more
QR_BESIDE_MM = 31 - 2.7 + 4  # what the QR code takes from its caption's lines (leaflet.css .qr)
SOURCES_INDENT_EM = 1.1  # the sources list's indent (leaflet.css .sources ul)


@dataclass(frozen=True)
class ListenLink:
    """The printed way from paper to audio: a QR code and the same address in words."""

    url: str
    qr_image: str = QR_PLACEHOLDER  # the layout puts the drawn code here (render.py)
    lines: tuple[str, ...] = ()  # the address cut for print (`address_lines`); () while unmeasured

    @property
    def printed(self) -> tuple[str, ...]:
        """The address's lines, each isolated left to right: its "/" stay in place in a
        right-to-left line."""
        return tuple(isolated(line) for line in self.lines or (self.url,))


@dataclass(frozen=True)
class LeafletHtml:
    """The leaflet as HTML and CSS, before WeasyPrint lays it out."""

    html: str
    css: str
    qr_url: str | None  # what the QR code holds, drawn only when the leaflet is laid out
    fonts: FontChoice  # the faces the CSS names


class PdfWriter:
    """Writes the large-print leaflet."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = make_environment(layout.templates_dir)
        self.env.filters["keep_together"] = jinja2.pass_context(
            lambda context, text: keep_together_in_order(text, context["direction"]))
        self.handouts_dir = layout.handouts_dir.resolve()
        self._pool: RenderPool | None = None
        self._first: RenderJob | None = None  # the first stale leaflet offered, until a second

    def render_html(self, handout: Handout) -> LeafletHtml:
        """Fill the leaflet templates for one handout. The QR code's place holds a
        placeholder; the code is drawn where the leaflet is laid out (15-40 ms: in a worker
        process when there are)."""
        labels = self.config.labels_for(handout.meta.lang)
        size = self.config.print_size
        parts = tuple(filter(None, (self.config.name, self._phone_line(labels.phone))))
        listen = self._listen_link(handout)
        rtl = direction(handout.meta.lang) == "rtl"
        contact = self.config.help_contact(handout.meta)
        page = functools.partial(
            self.env.get_template("pdf/leaflet.html").render,
            handout=handout, meta=handout.meta, clinic=self.config, labels=labels,
            panel=help_panel(handout, contact), contact=contact,
            direction="rtl" if rtl else "ltr", about_on_one_line=False,
        )
        html = page(listen=listen)
        widest = "".join("10" if kind == "counter" else part
                         for kind, part in labels.page_counter())  # "Page 10 of 10"
        printed = " ".join((markup_text(html), *parts, widest, "0123456789"))
        fonts = choose_fonts(printed, handout.meta.lang, handout.path)
        footer_size = max(MIN_TEXT_PT, round(size * 0.8))
        footer = lay_out_footer(parts, widest, fonts, footer_size, self.config.paper)
        urls = [source.url for source in handout.meta.sources if source.url]
        room = line_width_mm(self.config.paper)
        one_line = about_on_one_line(handout.meta, labels, fonts, size, room)
        if listen or urls or one_line:  # the same characters, addresses cut where they may break
            if listen:
                lines = address_lines(listen.url, fonts, size, room - QR_BESIDE_MM)
                listen = dataclasses.replace(listen, lines=lines)
            indent = SOURCES_INDENT_EM * size * PT_MM
            html = page(listen=listen, about_on_one_line=one_line, address_lines={
                url: address_lines(url, fonts, size, room - indent) for url in urls})
        css = self.env.get_template("pdf/leaflet.css").render(
            size=size, paper=self.config.paper, labels=labels, footer=footer,
            footer_size=footer_size, fonts=fonts, about_separator=ABOUT_SEPARATOR,
            direction="rtl" if rtl else "ltr", start="right" if rtl else "left",
            end="left" if rtl else "right",
        )
        return LeafletHtml(html, css, listen.url if listen else None, fonts)

    def offer(self, plan: Plan, jobs: int) -> None:
        """A stale leaflet, planned while the build still loads the other handouts: with
        several jobs it goes to worker processes at once (WeasyPrint holds the GIL), forked
        from the server that has WeasyPrint loaded. Only where this process has loaded it
        too (the live preview) does a build with one stale leaflet lay it out here: from
        the second leaflet on, the workers take them all."""
        if jobs < 2:
            return
        for job in plan.ahead:
            if self._pool is None:
                if engine_loaded() and (self._first is None or self._first.dest == job.dest):
                    self._first = job
                    continue
                from handoutkit.writers.pdf.pool import RenderPool

                self._pool = RenderPool(jobs)
                if self._first is not None:
                    self._pool.queue(self._first)
            self._pool.queue(job)

    @contextmanager
    def prepare(self, stale: Sequence[Plan], jobs: int) -> Iterator[None]:
        """Every stale leaflet is offered (those the build offered while loading are not
        laid out twice); the workers stop when the writes are done."""
        for plan in stale:
            self.offer(plan, jobs)
        try:
            yield
        finally:
            pool, self._pool, self._first = self._pool, None, None
            if pool is not None:
                pool.close()

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The leaflet's HTML and CSS, filled once, digested with its pictures and the
        engine's, fonts' and QR versions (the QR code is a function of its address, which the
        HTML holds); then laid out from that same HTML."""
        leaflet = self.render_html(handout)
        pictures = [image.path.read_bytes() for image in handout_images(handout)]
        job = RenderJob(handout.path, leaflet.html, leaflet.css, leaflet.qr_url, self.handouts_dir,
                        (self.handouts_dir, *leaflet.fonts.folders),
                        self.layout.output(handout.name, "pdf"))
        return Plan(digest("pdf", WEASYPRINT_VERSION, SEGNO_VERSION, *leaflet.fonts.versions(),
                           leaflet.html, leaflet.css, *pictures),
                    lambda: self._write(job), ahead=(job,))

    def _write(self, job: RenderJob) -> PdfRecord:
        """Lay out and write the PDF, in a worker process when there are any (the pool may
        have laid it out ahead); any WeasyPrint warning (e.g. a missing alt) fails it."""
        pool = self._pool
        return PdfRecord(pool.render(job) if pool else render_pdf(job))

    def _listen_link(self, handout: Handout) -> ListenLink | None:
        """Where the QR code points: the handout's web page, with its player, once published."""
        if not self.config.audio_base_url:
            return None
        return ListenLink(f"{self.config.audio_base_url.rstrip('/')}/html/{handout.name}.html")

    def _phone_line(self, label: str) -> str | None:
        """"Phone (555) 555-0134", its spaces non-breaking: the footer never splits it; the
        number is isolated left to right, so a right-to-left line keeps its digits in order."""
        if not self.config.phone:
            return None
        return f"{label} {isolated(self.config.phone)}".replace(" ", "\u00a0")


ABOUT_SEPARATOR = "\u00a0· "  # between "For: …" and "Last reviewed: …" (leaflet.css), measured here


def about_on_one_line(meta: Meta, labels: Labels, fonts: FontChoice, size_pt: float,
                      room_mm: float) -> bool:
    """Whether "For: …" and "Last reviewed: …" fit on one line at the body size, so the
    leaflet prints them side by side (leaflet.css) rather than on two lines."""
    if not (meta.audience and meta.reviewed):
        return False
    line = (f"{labels.audience}{labels.colon}{meta.audience}{ABOUT_SEPARATOR}"
            f"{labels.last_reviewed}{labels.colon}{labels.date(meta.reviewed)}")
    return width_mm(line, fonts, size_pt) <= room_mm * SLACK
