"""The catalogue page: every handout, grouped by language, with its PDF, MP3 and web page.

It reads the built outputs back (the PDF's page count with pypdf, the MP3's length with
mutagen), so it is written after them: `make` builds `$(BUILD_DIR)/index.html` last.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from handoutkit.config import ClinicConfig
from handoutkit.errors import OutputError
from handoutkit.files import Layout
from handoutkit.labels import Labels, labels_for
from handoutkit.loader import load_handout
from handoutkit.model import Handout
from handoutkit.web.labels import WebLabels, web_labels_for
from handoutkit.web.recording import audio_duration, relative_href
from handoutkit.web.site import publish_assets, web_environment, write_if_changed

logger = logging.getLogger(__name__)

CATALOGUE_FILE = "index.html"
CATALOGUE_LANG = "en"  # the page's own wording; each language group carries its own lang


@dataclass(frozen=True)
class Entry:
    """One handout as the catalogue lists it."""

    name: str  # "leg-cramps-in-pregnancy.es"
    title: str
    summary: str
    reviewed: dt.date | None
    html_href: str  # relative to the catalogue
    pdf_href: str
    mp3_href: str
    pages: int  # of the built PDF
    duration: float  # seconds of the built MP3


@dataclass(frozen=True)
class Group:
    """The handouts in one language, with the words to show around them."""

    lang: str  # primary subtag: "es"
    labels: Labels
    web: WebLabels
    entries: tuple[Entry, ...]  # sorted by title


def write_catalogue(layout: Layout, config: ClinicConfig, paths: Sequence[Path]) -> Path:
    """Write `<build>/index.html` for the handouts at ``paths``; returns its path. A page
    that would not change is left as it is, so a copy to the web server skips it."""
    handouts = [load_handout(path, layout.handouts_dir) for path in paths]
    dest = layout.build_dir / CATALOGUE_FILE
    _check_outputs(layout, handouts)
    html = render_catalogue(layout, config, handouts)
    publish_assets(layout.templates_dir, layout.build_dir / "html")
    if write_if_changed(html.encode("utf-8"), dest):
        logger.debug("wrote %s listing %d handouts", dest, len(handouts))
    return dest


def render_catalogue(layout: Layout, config: ClinicConfig, handouts: Sequence[Handout]) -> str:
    """The catalogue page as HTML."""
    env = web_environment(layout.templates_dir)
    return env.get_template("html/index.html").render(
        lang=CATALOGUE_LANG, root="", assets="html/", clinic=config,
        groups=_groups(layout, handouts),
        labels=labels_for(CATALOGUE_LANG), web=web_labels_for(CATALOGUE_LANG),
    )


def _groups(layout: Layout, handouts: Sequence[Handout]) -> list[Group]:
    by_lang: dict[str, list[Entry]] = {}
    for handout in handouts:
        by_lang.setdefault(handout.base_lang, []).append(_entry(layout, handout))
    return [Group(lang, labels_for(lang), web_labels_for(lang),
                  tuple(sorted(entries, key=lambda e: (e.title.casefold(), e.name))))
            for lang, entries in sorted(by_lang.items())]


def _entry(layout: Layout, handout: Handout) -> Entry:
    here = layout.build_dir
    pdf, mp3 = layout.output(handout.name, "pdf"), layout.output(handout.name, "audio")
    return Entry(
        name=handout.name, title=handout.meta.title, summary=handout.meta.summary,
        reviewed=handout.meta.reviewed,
        html_href=relative_href(layout.output(handout.name, "html"), here),
        pdf_href=relative_href(pdf, here), mp3_href=relative_href(mp3, here),
        pages=pdf_page_count(pdf), duration=audio_duration(mp3),
    )


def pdf_page_count(pdf: Path) -> int:
    """The number of pages in a built PDF."""
    try:
        return len(PdfReader(pdf).pages)
    except (PyPdfError, OSError) as exc:
        raise OutputError(f"{pdf}: cannot read the leaflet's pages: {exc}") from exc


def _check_outputs(layout: Layout, handouts: Sequence[Handout]) -> None:
    """Every output the catalogue links to must exist; name all that are missing at once."""
    missing = [str(layout.output(h.name, kind)) for h in handouts
               for kind in ("pdf", "audio", "html") if not layout.output(h.name, kind).is_file()]
    if missing:
        raise OutputError("the catalogue links to outputs that are not built: "
                          + ", ".join(missing) + " — build them first with `make`")
