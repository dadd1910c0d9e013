"""How wide a run of text is set in a leaflet's faces, and how wide the leaflet's lines are.

The widths come from the faces' advance widths (fontTools, already there for WeasyPrint),
without kerning, which only narrows Latin text: enough to decide, before the layout, what
fits on a line.
"""

from __future__ import annotations

import functools

from handoutkit.writers.fonts import FontChoice, FontFile

PAPER_WIDTH_MM = {"A4": 210.0, "Letter": 215.9}
SIDE_MARGINS_MM = 40.0  # 20 mm each side (leaflet.css)
PT_MM = 25.4 / 72


def line_width_mm(paper: str) -> float:
    """The width between the leaflet's side margins."""
    return PAPER_WIDTH_MM[paper] - SIDE_MARGINS_MM


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
