"""A printed web address is cut only after a "/" or before a ".", never at its hyphens."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit.writers.fonts import choose_fonts
from handoutkit.writers.pdf.address import address_lines
from handoutkit.writers.pdf.measure import width_mm

URL = "https://riverside-clinic.example/handouts/html/leg-cramps-in-pregnancy.html"
FONTS = choose_fonts(URL, "en", Path("x.md"))  # Atkinson Hyperlegible


def test_the_qr_caption_address_breaks_after_a_slash() -> None:
    """Beside the QR code on Letter at 18 pt (143.6 mm) the layout broke it after "leg-"."""
    assert address_lines(URL, FONTS, 18, 143.6) == (
        "https://riverside-clinic.example/handouts/html/", "leg-cramps-in-pregnancy.html")


@pytest.mark.parametrize("room", [80.0, 100.0, 143.6, 250.0])
def test_every_line_fits_and_ends_at_a_slash_or_before_a_dot(room: float) -> None:
    """Where "/" and "." places are enough, no hyphen is used (50 mm is not enough:
    "https://riverside-clinic" is wider)."""
    lines = address_lines(URL, FONTS, 18, room)
    assert "".join(lines) == URL and not any(line.endswith("-") for line in lines)
    assert all(width_mm(line, FONTS, 18) <= room for line in lines), lines
    assert all(line.endswith("/") or after.startswith(".")
               for line, after in zip(lines, lines[1:], strict=False)), lines
    assert (len(lines) == 1) == (width_mm(URL, FONTS, 18) <= 0.95 * room)


def test_an_address_no_cut_can_fit_is_left_whole_for_the_layout() -> None:
    """"https://riverside" alone is wider than 30 mm: no place to cut helps."""
    assert address_lines(URL, FONTS, 18, 30.0) == (URL,)


def test_a_piece_too_long_for_a_line_is_cut_before_a_hyphen() -> None:
    """At 50 mm "https://riverside-clinic" has no "/" or "." place that fits: it is cut
    before its hyphen, which then opens the next line; the rest still at "/" and "."."""
    lines = address_lines(URL, FONTS, 18, 50.0)
    assert "".join(lines) == URL and not any(line.endswith("-") for line in lines)
    assert lines[:2] == ("https://riverside", "-clinic.example/"), lines
    assert all(width_mm(line, FONTS, 18) <= 50.0 for line in lines), lines
