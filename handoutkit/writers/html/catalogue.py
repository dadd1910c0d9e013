"""The catalogue page: every handout, each with its translations under it, with its web page
and the outputs the registry has the catalogue link (PDF, MP3 where there is a recording, …).

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
from handoutkit.language import direction
from handoutkit.reader.translations import stem_and_tag
from handoutkit.records import PageRecord
from handoutkit.writers import LibraryOutput, Records, digest
from handoutkit.writers.html.labels import WebLabels
from handoutkit.writers.html.languages import source_first
from handoutkit.writers.html.links import OutputLink, catalogue_links
from handoutkit.writers.html.recording import relative_href
from handoutkit.writers.html.site import STATIC_FILES, publish_assets, web_environment

logger = logging.getLogger(__name__)

CATALOGUE_FILE = "index.html"
LISTED = {"pdf", "html"}  # the outputs a handout needs to be listed (a language with no
# voice has no recording, and is listed all the same)
CATALOGUE_LANG = "en"  # the page's own wording; each entry carries its own lang and dir


@dataclass(frozen=True)
class Entry:
    """One handout in one language as the catalogue lists it, with its own words around it."""

    name: str  # "leg-cramps-in-pregnancy.es"
    tag: str  # its BCP 47 tag, for lang
    dir: str  # "ltr" or "rtl"
    language: str  # the language's own name
    labels: Labels
    web: WebLabels
    title: str
    summary: str
    reviewed: dt.date | None
    html_href: str  # relative to the catalogue
    links: tuple[OutputLink, ...]  # to its other outputs, in the registry's order


@dataclass(frozen=True)
class Group:
    """One handout in every language it is built in: the source first, then translations."""

    stem: str  # "leg-cramps-in-pregnancy"
    entries: tuple[Entry, ...]


def catalogue_output(layout: Layout, config: ClinicConfig,
                     library: Mapping[str, Records]) -> LibraryOutput:
    """`<build>/index.html` listing every handout of ``library``, from their records; its
    digest is that of the page and the shared files, so the build writes it only on change."""
    html = render_catalogue(layout, config, [_entry(layout, config, name, records)
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


def _entry(layout: Layout, config: ClinicConfig, name: str, records: Records) -> Entry:
    page = cast(PageRecord, records["html"])
    web = config.web_labels_for(page.lang)
    return Entry(name=name, tag=page.lang, dir=direction(page.lang),
                 language=web.language_name, labels=config.labels_for(page.lang),
                 web=web, title=page.title, summary=page.summary, reviewed=page.reviewed,
                 html_href=relative_href(layout.output(name, "html"), layout.build_dir),
                 links=tuple(catalogue_links(layout, name, records, web)))


def render_catalogue(layout: Layout, config: ClinicConfig, entries: Sequence[Entry]) -> str:
    """The catalogue page as HTML."""
    env = web_environment(layout.templates_dir)
    return env.get_template("html/index.html").render(
        lang=CATALOGUE_LANG, root="", assets="html/", clinic=config,
        groups=_groups(entries),
        labels=config.labels_for(CATALOGUE_LANG), web=config.web_labels_for(CATALOGUE_LANG),
    )


def _groups(entries: Sequence[Entry]) -> list[Group]:
    """Entries grouped by stem, the source first; groups in the order of their first
    entry's title."""
    by_stem: dict[str, list[Entry]] = {}
    for entry in entries:
        by_stem.setdefault(stem_and_tag(entry.name)[0], []).append(entry)
    groups = [Group(stem, tuple(sorted(group, key=lambda e: source_first(e.name, e.tag))))
              for stem, group in by_stem.items()]
    return sorted(groups, key=lambda g: (g.entries[0].title.casefold(), g.stem))
