"""A printed web address cut into lines only after a "/" or before a ".".

Left to the layout, "…/html/leg-cramps-in-pregnancy.html" breaks after a hyphen ("…/html/leg-"
then "cramps-in-pregnancy.html"), and a reader cannot tell that the hyphen belongs to the
address. Style manuals (Chicago 14.18) break an address after a slash or before a dot,
never at a hyphen. The leaflet cuts it so before the layout, measuring each line in the
handout's faces (`measure`), and prints the lines as newlines in the link's one text
(`white-space: pre-line`): a link wrapped so passes the PDF/UA-1 validator, where a `<br>`
inside it left the second line's link annotation outside its Link structure element.
"""

from __future__ import annotations

import re

from handoutkit.writers.fonts import FontChoice
from handoutkit.writers.pdf.measure import width_mm

SLACK = 0.95  # of the line's width: kerning, and the faces' rounding, left unmeasured
_CUT = re.compile(r"(?<=[^/]/)(?=[^/])|(?=\.)")  # after a single "/", before a "."


def address_lines(url: str, fonts: FontChoice, size_pt: float, room_mm: float) -> tuple[str, ...]:
    """``url`` in lines that each fit ``room_mm``, cut at the last place allowed before the
    line is full; whole, for the layout to wrap, when a piece between two such places is
    itself too long for a line."""
    cuts = [m.start() for m in _CUT.finditer(url) if m.start() > 0] + [len(url)]
    lines: list[str] = []
    start, fits = 0, 0
    for cut in cuts:
        if width_mm(url[start:cut], fonts, size_pt) <= room_mm * SLACK:
            fits = cut
            continue
        if fits <= start or width_mm(url[fits:cut], fonts, size_pt) > room_mm * SLACK:
            return (url,)
        lines.append(url[start:fits])
        start, fits = fits, cut
    return (*lines, url[start:])
