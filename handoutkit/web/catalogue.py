"""The catalogue page: every handout, grouped by language, with a link to each of its outputs.

It reads the built outputs back (the PDF's page count with pypdf, the MP3's length with
mutagen), so it is written after them: `make` builds `$(BUILD_DIR)/index.html` last.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from handoutkit.config import ClinicConfig
from handoutkit.errors import OutputError
from handoutkit.files import Layout, atomic_output, handout_name
from handoutkit.labels import Labels, labels_for
from handoutkit.loader import load_handout
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
    lang: str  # primary subtag: the group it is listed in
    title: str
    summary: str
    reviewed: dt.date | None
    html_href: str  # relative to the catalogue
    pdf_href: str
    mp3_href: str
    pages: int  # of the built PDF
    duration: float  # seconds of the built MP3
    epub_href: str | None = None  # None while not built
    brf_href: str | None = None  # None too for a language with no braille table


@dataclass(frozen=True)
class Group:
    """The handouts in one language, with the words to show around them."""

    lang: str  # primary subtag: "es"
    labels: Labels
    web: WebLabels
    entries: tuple[Entry, ...]  # sorted by title


def write_catalogue(layout: Layout, config: ClinicConfig, paths: Sequence[Path]) -> bool:
    """Write `<build>/index.html` for the handouts at ``paths``; False if it was already so
    (left as it is, so that a copy to the web server skips it)."""
    dest = catalogue_path(layout)
    _check_outputs(layout, [handout_name(path) for path in paths])
    entries = EntryCache(layout)
    html = render_catalogue(layout, config, [entries.entry(path) for path in paths])
    entries.keep()
    publish_assets(layout.templates_dir, layout.build_dir / "html")
    changed = write_if_changed(html.encode("utf-8"), dest)
    logger.debug("%s %s listing %d handouts", "wrote" if changed else "kept", dest, len(paths))
    return changed


def catalogue_path(layout: Layout) -> Path:
    return layout.build_dir / CATALOGUE_FILE


def built(layout: Layout, paths: Sequence[Path]) -> list[Path]:
    """The handouts among ``paths`` whose leaflet, reading and page are all built."""
    return [path for path in paths
            if all(out.is_file() for out in _linked(layout, handout_name(path)))]


class EntryCache:
    """Catalogue entries kept between builds in `<build>/.cache/catalogue.json`, each valid
    while its handout, PDF and MP3 keep their size and time: reading 50 PDFs' page counts
    back and loading 50 handouts would cost a one-line edit a second or more."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.path = layout.cache_dir / "catalogue.json"
        self.kept: dict[str, dict] = self._read()
        self.used: dict[str, dict] = {}

    def entry(self, path: Path) -> Entry:
        name = handout_name(path)
        pdf, mp3 = self.layout.output(name, "pdf"), self.layout.output(name, "audio")
        stamp = [_stat(file) for file in (path, pdf, mp3)]
        kept = self.kept.get(name)
        if kept is None or kept["stamp"] != stamp:
            handout = load_handout(path, self.layout.handouts_dir)
            meta = handout.meta
            kept = {"stamp": stamp, "lang": handout.base_lang, "title": meta.title,
                    "summary": meta.summary, "pages": pdf_page_count(pdf),
                    "reviewed": meta.reviewed.isoformat() if meta.reviewed else None,
                    "duration": audio_duration(mp3)}
        self.used[name] = kept
        here = self.layout.build_dir
        return Entry(name=name, lang=kept["lang"], title=kept["title"],
                     summary=kept["summary"], pages=kept["pages"], duration=kept["duration"],
                     reviewed=dt.date.fromisoformat(kept["reviewed"]) if kept["reviewed"] else None,
                     html_href=relative_href(self.layout.output(name, "html"), here),
                     pdf_href=relative_href(pdf, here), mp3_href=relative_href(mp3, here),
                     epub_href=self._href(name, "epub"), brf_href=self._href(name, "braille"))

    def _href(self, name: str, kind: str) -> str | None:
        output = self.layout.output(name, kind)
        return relative_href(output, self.layout.build_dir) if output.is_file() else None

    def keep(self) -> None:
        """Keep the entries of this catalogue (an unwritable cache only costs time)."""
        try:
            with atomic_output(self.path) as tmp:
                tmp.write_text(json.dumps(self.used, sort_keys=True), encoding="utf-8")
        except OSError as exc:
            logger.warning("cannot keep the catalogue's entries in %s: %s", self.path, exc)

    def _read(self) -> dict[str, dict]:
        try:
            kept = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or damaged: entries are read afresh
            return {}
        return kept if isinstance(kept, dict) else {}


def _stat(path: Path) -> list[int]:
    status = path.stat()
    return [status.st_mtime_ns, status.st_size]


def _linked(layout: Layout, name: str) -> list[Path]:
    return [layout.output(name, kind) for kind in ("pdf", "audio", "html")]


def render_catalogue(layout: Layout, config: ClinicConfig, entries: Sequence[Entry]) -> str:
    """The catalogue page as HTML."""
    env = web_environment(layout.templates_dir)
    return env.get_template("html/index.html").render(
        lang=CATALOGUE_LANG, root="", assets="html/", clinic=config, groups=_groups(entries),
        labels=labels_for(CATALOGUE_LANG), web=web_labels_for(CATALOGUE_LANG),
    )


def _groups(entries: Sequence[Entry]) -> list[Group]:
    by_lang: dict[str, list[Entry]] = {}
    for entry in entries:
        by_lang.setdefault(entry.lang, []).append(entry)
    return [Group(lang, labels_for(lang), web_labels_for(lang),
                  tuple(sorted(group, key=lambda e: (e.title.casefold(), e.name))))
            for lang, group in sorted(by_lang.items())]


def pdf_page_count(pdf: Path) -> int:
    """The number of pages in a built PDF."""
    try:
        return len(PdfReader(pdf).pages)
    except (PyPdfError, OSError) as exc:
        raise OutputError(f"{pdf}: cannot read the leaflet's pages: {exc}") from exc


def _check_outputs(layout: Layout, names: Sequence[str]) -> None:
    """Every output the catalogue links to must exist; name all that are missing at once."""
    missing = [str(out) for name in names for out in _linked(layout, name) if not out.is_file()]
    if missing:
        raise OutputError("the catalogue links to outputs that are not built: "
                          + ", ".join(missing) + " — build them first with `make`")
