"""A printed web address cut into lines only after a "/" or before a "." (or a "-").

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
from collections.abc import Callable

from handoutkit.writers.fonts import FontChoice
from handoutkit.writers.pdf.measure import width_mm

SLACK = 0.95  # of the line's width: kerning, and the faces' rounding, left unmeasured
_CUT = re.compile(r"(?<=[^/]/)(?=[^/])|(?=\.)")  # after a single "/", before a "."
_HYPHEN = re.compile(r"(?=-)")  # before a "-", where it must


def address_lines(url: str, fonts: FontChoice, size_pt: float, room_mm: float) -> tuple[str, ...]:
    """``url`` in lines that each fit ``room_mm``, cut at the last place allowed before the
    line is full: after a "/" or before a "."; where a piece between two such places is too
    long for a line, before a hyphen too (it then opens a line, so it reads as part of the
    address); whole, for the layout to wrap, when even that leaves a piece too long."""
    def fits(text: str) -> bool:
        return width_mm(text, fonts, size_pt) <= room_mm * SLACK

    return _cut(url, fits, hyphens=False) or _cut(url, fits, hyphens=True) or (url,)


def _cut(url: str, fits: Callable[[str], bool], hyphens: bool) -> tuple[str, ...]:
    """Each line ends at the last "/" or "." place that fits, else (``hyphens``) the last
    hyphen that does; () when some line has no such place."""
    slashes = {m.start() for m in _CUT.finditer(url)} - {0}
    places = sorted(slashes | ({m.start() for m in _HYPHEN.finditer(url)} - {0} if hyphens
                               else set()))
    lines, start = [], 0
    while not fits(url[start:]):
        fitting = [cut for cut in places if cut > start and fits(url[start:cut])]
        if not fitting:
            return ()
        end = max((cut for cut in fitting if cut in slashes), default=max(fitting))
        lines.append(url[start:end])
        start = end
    return (*lines, url[start:])
