"""The catalogue page: every handout, grouped by language, with its PDF, MP3 and web page.

Made from the records the writers handed on (the PDF's page count, the MP3's length, the
page's title and summary), after every handout is built.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.labels import Labels
from handoutkit.records import AudioRecord, PageRecord, PdfRecord
from handoutkit.writers import LibraryOutput, Records, digest
from handoutkit.writers.html.labels import WebLabels
from handoutkit.writers.html.recording import relative_href
from handoutkit.writers.html.site import STATIC_FILES, publish_assets, web_environment

logger = logging.getLogger(__name__)

CATALOGUE_FILE = "index.html"
LISTED = {"pdf", "audio", "html"}  # the outputs a handout needs to be listed
CATALOGUE_LANG = "en"  # the page's own wording; each language group carries its own lang


@dataclass(frozen=True)
class Entry:
    """One handout as the catalogue lists it."""

    name: str  # "leg-cramps-in-pregnancy.es"
    lang: str  # primary subtag: the group it is listed in
    title: str
    summary: str
    reviewed: dt.date | None
    html_href: str  # relative to the catalogue
    pdf_href: str
    mp3_href: str
    pages: int  # of the built PDF
    duration: float  # seconds of the built MP3
    epub_href: str | None  # None while not built
    brf_href: str | None  # None too for a language with no braille table


@dataclass(frozen=True)
class Group:
    """The handouts in one language, with the words to show around them."""

    lang: str  # primary subtag: "es"
    labels: Labels
    web: WebLabels
    entries: tuple[Entry, ...]  # sorted by title


def catalogue_output(layout: Layout, config: ClinicConfig,
                     library: Mapping[str, Records]) -> LibraryOutput:
    """`<build>/index.html` listing every handout of ``library``, from their records; its
    digest is that of the page and the shared files, so the build writes it only on change."""
    html = render_catalogue(layout, config, [_entry(layout, name, records)
                                             for name, records in sorted(library.items())
                                             if records.keys() >= LISTED])
    shared = [(layout.templates_dir / "html" / n).read_bytes() for n in STATIC_FILES]
    dest = layout.build_dir / CATALOGUE_FILE

    def write() -> None:
        publish_assets(layout.templates_dir, layout.build_dir / "html")
        with atomic_output(dest) as tmp:
            tmp.write_text(html, encoding="utf-8")
        logger.debug("wrote %s listing %d handouts", dest, len(library))

    return LibraryOutput(dest, digest("catalogue", html, *shared), write)


def _entry(layout: Layout, name: str, records: Records) -> Entry:
    page = cast(PageRecord, records["html"])
    pdf, audio = cast(PdfRecord, records["pdf"]), cast(AudioRecord, records["audio"])
    here = layout.build_dir
    return Entry(name=name, lang=page.lang, title=page.title, summary=page.summary,
                 reviewed=page.reviewed, pages=pdf.pages, duration=audio.duration,
                 html_href=relative_href(layout.output(name, "html"), here),
                 pdf_href=relative_href(layout.output(name, "pdf"), here),
                 mp3_href=relative_href(layout.output(name, "audio"), here),
                 epub_href=_href(layout, name, "epub", records),
                 brf_href=_href(layout, name, "braille", records))


def _href(layout: Layout, name: str, kind: str, records: Records) -> str | None:
    return relative_href(layout.output(name, kind), layout.build_dir) if kind in records else None


def render_catalogue(layout: Layout, config: ClinicConfig, entries: Sequence[Entry]) -> str:
    """The catalogue page as HTML."""
    env = web_environment(layout.templates_dir)
    return env.get_template("html/index.html").render(
        lang=CATALOGUE_LANG, root="", assets="html/", clinic=config,
        groups=_groups(entries, config),
        labels=config.labels_for(CATALOGUE_LANG), web=config.web_labels_for(CATALOGUE_LANG),
    )


def _groups(entries: Sequence[Entry], config: ClinicConfig) -> list[Group]:
    by_lang: dict[str, list[Entry]] = {}
    for entry in entries:
        by_lang.setdefault(entry.lang, []).append(entry)
    return [Group(lang, config.labels_for(lang), config.web_labels_for(lang),
                  tuple(sorted(group, key=lambda e: (e.title.casefold(), e.name))))
            for lang, group in sorted(by_lang.items())]
