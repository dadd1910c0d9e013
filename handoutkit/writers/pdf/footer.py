"""The leaflet's footer: the clinic's name and phone beside "Page N of M", on one line when
both fit across the page at the footer's size, else the phone on a line of its own.

Every footer line is a line less of text on every page, so the widths are measured with the
handout's own faces (their advance widths, from fontTools, already there for WeasyPrint)
rather than guessed from a count of characters, which a wide script or a narrow one misleads.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from handoutkit.writers.fonts import FontChoice, FontFile

PAPER_WIDTH_MM = {"A4": 210.0, "Letter": 215.9}
SIDE_MARGINS_MM = 40.0  # 20 mm each side (leaflet.css)
GAP_MM = 4.0  # white between the clinic's words and the page number (kerning only narrows them)
PT_MM = 25.4 / 72


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
    room = PAPER_WIDTH_MM[paper] - SIDE_MARGINS_MM
    line = " · ".join(parts)
    start = width_mm(line, fonts, size_pt) + GAP_MM / 2
    if len(parts) < 2 or start + GAP_MM / 2 + width_mm(counter, fonts, size_pt) <= room:
        return Footer(line, 1, max(65, int(100 * start / room) + 1))
    return Footer("\n".join(parts), 2, 65)


def width_mm(text: str, fonts: FontChoice, size_pt: float) -> float:
    """How wide ``text`` is set in ``fonts`` at ``size_pt``: each character in the first face
    that has it; a character none has (a direction mark) takes no room."""
    ems = 0.0
    for char in text:
        for face in fonts.faces:
            advances, units = _advances(face.regular)
            if ord(char) in advances:
                ems += advances[ord(char)] / units
                break
    return ems * size_pt * PT_MM


@functools.cache
def _advances(file: FontFile) -> tuple[dict[int, int], int]:
    """Each character's advance width in ``file``, and its units per em."""
    from fontTools.ttLib import TTFont

    font = TTFont(file.path, fontNumber=file.index, lazy=True)
    metrics = font["hmtx"]
    advances = {code: metrics[glyph][0] for code, glyph in font.getBestCmap().items()}
    return advances, font["head"].unitsPerEm
