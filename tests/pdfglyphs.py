"""The glyphs a PDF really draws: each embedded font program (pypdf) and its ToUnicode map
(pdfminer's CMap parser), each mapped code checked in the program itself (fontTools).

A character the layout could not find in any font is drawn as the font's .notdef glyph (an
empty box) or as nothing; both show here as a code whose glyph is .notdef or has no outline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from fontTools.pens.boundsPen import ControlBoundsPen
from fontTools.ttLib import TTFont
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pypdf import PdfReader
from pypdf.generic import DictionaryObject


@dataclass(frozen=True)
class Glyph:
    """One code of an embedded font: the text it stands for and whether it draws ink."""

    font: str  # /BaseFont, e.g. "/ABCDEF+Noto-Sans-Arabic"
    text: str  # from the ToUnicode map: one character, or several for a ligature
    inked: bool  # a real glyph with an outline (not .notdef, not empty)


def glyphs(pdf: Path) -> list[Glyph]:
    """Every code every embedded font of ``pdf`` maps to text, with its glyph's state."""
    found: dict[int, DictionaryObject] = {}
    for page in PdfReader(pdf).pages:
        for ref in page["/Resources"]["/Font"].values():
            found.setdefault(ref.idnum, ref.get_object())
    return [glyph for font in found.values() for glyph in _font_glyphs(font)]


def _font_glyphs(font: DictionaryObject) -> Iterator[Glyph]:
    descendant = font["/DescendantFonts"][0].get_object()
    descriptor = descendant["/FontDescriptor"].get_object()
    stream = descriptor.get("/FontFile2") or descriptor["/FontFile3"]
    program = TTFont(BytesIO(stream.get_object().get_data()))
    unicode_map = FileUnicodeMap()
    CMapParser(unicode_map, BytesIO(font["/ToUnicode"].get_object().get_data())).run()
    to_gid = _cid_to_gid(descendant, program)
    for cid, text in unicode_map.cid2unichr.items():
        yield Glyph(str(font["/BaseFont"]), text, _inked(program, to_gid(cid)) or text.isspace())


def _cid_to_gid(descendant: DictionaryObject, program: TTFont):
    """CID → glyph name in ``program``: an Identity or stream CIDToGIDMap (TrueType), or
    the CFF's own CID charset."""
    order = program.getGlyphOrder()
    if "CFF " in program and hasattr(program["CFF "].cff.topDictIndex[0], "ROS"):
        names = set(order)
        return lambda cid: f"cid{cid:05d}" if f"cid{cid:05d}" in names else None
    mapping = descendant.get("/CIDToGIDMap")
    table = None if mapping is None or mapping == "/Identity" else mapping.get_object().get_data()

    def name(cid: int) -> str | None:
        gid = cid if table is None else int.from_bytes(table[2 * cid:2 * cid + 2], "big")
        return order[gid] if 0 < gid < len(order) else None
    return name


def _inked(program: TTFont, name: str | None) -> bool:
    if name is None or name == ".notdef":
        return False
    pen = ControlBoundsPen(program.getGlyphSet())
    program.getGlyphSet()[name].draw(pen)
    return pen.bounds is not None
