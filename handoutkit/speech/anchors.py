"""Ids of the printed elements that the audio's sentences read, shared by the speech script
and the EPUB's text, so each sentence of the media overlay points at what it reads.

Every id holds an underscore, which section slugs never do, so the two never collide.
"""

from __future__ import annotations

from typing import assert_never

from handoutkit.model import Callout, Image, Paragraph, Section, Table

BODY = "doc_body"  # the whole text: what the overlay's sequence covers
# Lines of the printed front and back matter that the audio reads too.
TITLE = "doc_title"
SUMMARY = "doc_summary"
EXPIRED = "doc_expired"  # the out-of-date banner under the title ("This handout is out of date …")
CLINIC = "doc_clinic"  # the clinic's name under the title ("From {clinic}.")
REVIEWED = "doc_reviewed"  # "Last reviewed: …"
CONTACT = "doc_contact"  # the clinic and its phone at the end ("To reach us, call …")
SOURCES = "doc_sources"  # the heading of the sources ("The sources … are in the leaflet.")
PANEL = "urgent_panel"  # the "Get help now" panel after the title block: its heading


def panel_action_id(index: int) -> str:
    """Line ``index`` (from 0) of what to do, in the "Get help now" panel."""
    return f"urgent_panel_{index}"


def panel_sign_id(action: int, sign: int) -> str:
    """Sign ``sign`` (from 0) of the list under action ``action`` of the panel."""
    return f"urgent_panel_{action}_{sign}"


def call_id(box: Callout | None) -> str:
    """"Call {clinic} at {phone}." at the end of an urgent box, or of the panel (None)."""
    return f"call_{box.line if box else 'panel'}"


def after_hours_id(box: Callout | None) -> str:
    """What to do when the clinic is closed, at the end of an urgent box or of the panel."""
    return f"after_hours_{box.line if box else 'panel'}"


def heading_id(section: Section) -> str:
    return f"h_{section.slug}"


def block_id(block: Paragraph | Image | Callout) -> str:
    """A paragraph, a picture, or a box's label: named by the line it starts on."""
    match block:
        case Paragraph():
            return f"p_{block.line}"
        case Image():
            return f"fig_{block.line}"
        case Callout():
            return f"box_{block.line}"
        case _:
            assert_never(block)


def columns_id(table: Table) -> str:
    """A table's row of column names."""
    return f"th_{table.line}"


def row_id(table: Table, row: int) -> str:
    """Row ``row`` (0 for the first under the header) of a table."""
    return f"tr_{table.line}_{row}"
