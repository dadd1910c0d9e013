"""The links from a page or a catalogue entry to a handout's outputs, as the registry says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handoutkit.files import Layout
from handoutkit.formats import WRITERS, Link
from handoutkit.labels import WebLabels
from handoutkit.records import Pending, Record
from handoutkit.writers import Records
from handoutkit.writers.html.recording import relative_href


@dataclass(frozen=True)
class OutputLink:
    """One item of a page's or an entry's list of formats."""

    text: str  # the link's words, in the page's language
    href: str | None  # relative to the page; None: not made, ``text`` says so
    media_type: str | None  # the link's type attribute, if it needs one
    css_class: str | None  # for the words shown in place of a missing output


def page_links(layout: Layout, name: str, records: Records, page_dir: Path,
               web: WebLabels) -> list[OutputLink]:
    """The outputs a handout's page links, those that are made, in registry order."""
    return _links(layout, name, records, page_dir, web, lambda link: link.page,
                  lambda link, record: "", show_missing=False)


def catalogue_links(layout: Layout, name: str, records: Records,
                    web: WebLabels) -> list[OutputLink]:
    """The outputs a catalogue entry links, with their details ("3 pages"); one that is not
    made shows its link's ``missing`` words, if it has any."""
    return _links(layout, name, records, layout.build_dir, web, lambda link: link.catalogue,
                  lambda link, record: _detail(link, record, web), show_missing=True)


def _detail(link: Link, record: Record, web: WebLabels) -> str:
    """", 3 pages", ", 1 minute 49 seconds": the record's field worded by the web labels."""
    if link.detail is None:
        return ""
    return ", " + getattr(web, link.detail)(getattr(record, link.detail))


def _links(layout: Layout, name: str, records: Records, here: Path, web: WebLabels,
           linked: Callable[[Link], bool], detail: Callable[[Link, Record], str], *,
           show_missing: bool) -> list[OutputLink]:
    found = []
    for kind, spec in WRITERS.items():
        link = spec.link
        if link is None or not linked(link):
            continue
        record = records.get(kind)
        if record is not None and not isinstance(record, Pending):  # none until it is made
            href = relative_href(layout.output(name, spec.outputs[0].name), here)
            text = getattr(web, link.label).format(detail=detail(link, record))
            found.append(OutputLink(text, href, link.media_type, None))
        elif link.missing and show_missing:
            found.append(OutputLink(getattr(web, link.missing), None, None,
                                    link.missing.replace("_", "-")))
    return found
