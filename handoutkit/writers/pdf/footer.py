"""The leaflet's footer: the clinic's name and phone beside "Page N of M", on one line when
both fit across the page at the footer's size, else the phone on a line of its own.

Every footer line is a line less of text on every page, so the widths are measured with the
handout's own faces (`measure`) rather than guessed from a count of characters, which a wide
script or a narrow one misleads.
"""

from __future__ import annotations

from dataclasses import dataclass

from handoutkit.writers.fonts import FontChoice
from handoutkit.writers.pdf.measure import line_width_mm, width_mm

GAP_MM = 4.0  # white between the clinic's words and the page number (kerning only narrows them)


@dataclass(frozen=True)
class Footer:
    """The clinic's part of the footer and how much of the line it takes."""

    text: str  # one line, or the name and the phone on two
    lines: int
    start_share: int  # percent of the line for the clinic's part; the page number has the rest


def lay_out_footer(parts: tuple[str, ...], counter: str, fonts: FontChoice, size_pt: float,
                   paper: str) -> Footer:
    """``parts`` (the clinic's name, "Phone …") on one line beside ``counter`` ("Page 10 of
    10", its widest) when they fit; else on two lines, in 65 % of the width."""
    room = line_width_mm(paper)
    line = " · ".join(parts)
    start = width_mm(line, fonts, size_pt) + GAP_MM / 2
    if len(parts) < 2 or start + GAP_MM / 2 + width_mm(counter, fonts, size_pt) <= room:
        return Footer(line, 1, max(65, int(100 * start / room) + 1))
    return Footer("\n".join(parts), 2, 65)
