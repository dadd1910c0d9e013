"""Output sizes of a build: PDF bytes per page (and whether fonts are subset), MP3 per minute."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mutagen.mp3 import MP3
from pypdf import PdfReader

SUBSET_NAME = re.compile(r"^/?[A-Z]{6}\+")  # "ABCDEF+AtkinsonHyperlegible-Regular"


@dataclass(frozen=True)
class Sizes:
    """Totals over every PDF and MP3 of one build."""

    pdf_bytes: int
    pdf_pages: int
    pdf_max_per_page: float  # bytes per page of the worst leaflet
    fonts: frozenset[str]  # every embedded font's name
    mp3_bytes: int
    mp3_seconds: float

    @property
    def fonts_subset(self) -> bool:
        return bool(self.fonts) and all(SUBSET_NAME.match(name) for name in self.fonts)


def measure_sizes(build: Path) -> Sizes:
    """Read every PDF and MP3 under ``build`` back."""
    pdf_bytes = pages = 0
    worst = 0.0
    fonts: set[str] = set()
    for pdf in sorted((build / "pdf").glob("*.pdf")):
        reader = PdfReader(pdf)
        size, count = pdf.stat().st_size, len(reader.pages)
        pdf_bytes, pages, worst = pdf_bytes + size, pages + count, max(worst, size / count)
        fonts |= embedded_fonts(reader)
    mp3s = sorted((build / "audio").glob("*.mp3"))
    return Sizes(pdf_bytes, pages, worst, frozenset(fonts),
                 sum(m.stat().st_size for m in mp3s), sum(MP3(m).info.length for m in mp3s))


def embedded_fonts(reader: PdfReader) -> set[str]:
    """Names of the fonts embedded in a PDF (base fonts of each page's font resources)."""
    names = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for font in (fonts.get_object().values() if fonts else ()):
            names.add(str(font.get_object().get("/BaseFont")))
    return names
