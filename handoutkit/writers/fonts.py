"""The typefaces of a handout's leaflet and e-book: Atkinson Hyperlegible where it has every
glyph of the text, else the Noto face for the language's script (Debian's fonts-noto-core and
fonts-noto-cjk), with further faces for characters the first lacks. A character no installed
face has is a problem with its line, never a missing glyph in print."""

from __future__ import annotations

import functools
import html
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import fontpkg_atkinson_hyperlegible as atkinson
from fontTools import unicodedata as unicode_scripts
from fontTools.ttLib import TTFont

from handoutkit.errors import ContentError, Problem
from handoutkit.language import script

logger = logging.getLogger(__name__)

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")  # Debian fonts-noto-core
CJK_DIR = Path("/usr/share/fonts/opentype/noto")  # Debian fonts-noto-cjk
CJK_FACES = {"Jpan": ("JP", 0), "Kore": ("KR", 1), "Hans": ("SC", 2), "Hant": ("TC", 3)}
# Characters that draw no glyph of their own: controls, bidi and joiner marks, separators.
NO_GLYPH_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


@dataclass(frozen=True)
class FontFile:
    """One font program: a file, and the face in it when it is a collection (.ttc)."""

    path: Path
    index: int = 0  # face number in a .ttc

    @property
    def url(self) -> str:
        """A file: URL; a collection's face as a fragment, which the sandbox extracts."""
        uri = self.path.as_uri()
        return f"{uri}#{self.index}" if self.path.suffix == ".ttc" else uri

    @property
    def name(self) -> str:
        """The file name a copy of this face takes (an e-book's fonts/ folder)."""
        suffix = ".otf" if self.path.suffix == ".ttc" else self.path.suffix
        return f"{self.path.stem}-{self.index}{suffix}" if self.path.suffix == ".ttc" \
            else self.path.name


@dataclass(frozen=True)
class Face:
    """A family in a regular and a bold weight, and where it comes from."""

    family: str  # the CSS family name
    regular: FontFile
    bold: FontFile | None  # None: the family has no bold; the layout makes one
    package: str  # what installs it: "Debian fonts-noto-core"

    @property
    def files(self) -> tuple[FontFile, ...]:
        return (self.regular, self.bold) if self.bold else (self.regular,)


def _atkinson() -> Face:
    folder = atkinson.ROOT / "files"
    return Face("Atkinson Hyperlegible", FontFile(folder / "AtkinsonHyperlegible-Regular.ttf"),
                FontFile(folder / "AtkinsonHyperlegible-Bold.ttf"),
                "PyPI fontpkg-atkinson-hyperlegible")


def _noto(name: str, words: str, bold: bool = True) -> Face:
    regular = FontFile(NOTO_DIR / f"NotoSans{name}-Regular.ttf")
    return Face(f"Noto Sans {words}".rstrip(), regular,
                FontFile(NOTO_DIR / f"NotoSans{name}-Bold.ttf") if bold else None,
                "Debian fonts-noto-core")


def _cjk(region: str, index: int) -> Face:
    return Face(f"Noto Sans CJK {region}", FontFile(CJK_DIR / "NotoSansCJK-Regular.ttc", index),
                FontFile(CJK_DIR / "NotoSansCJK-Bold.ttc", index), "Debian fonts-noto-cjk")


ATKINSON = _atkinson()
FONT_FOLDERS = (ATKINSON.regular.path.parent, NOTO_DIR, CJK_DIR)  # all a layout may read fonts from
NOTO_SANS = _noto("", "")  # Latin, Greek and Cyrillic, Vietnamese included
# ISO 15924 script → its face. Kana and Hangul alone are Japanese and Korean; Han alone
# (a character's own script, not a tag's) is drawn as Simplified Chinese.
SCRIPT_FACES: dict[str, Face] = {
    "Latn": NOTO_SANS, "Grek": NOTO_SANS, "Cyrl": NOTO_SANS,
    **{code: _cjk(*face) for code, face in CJK_FACES.items()},
    "Hira": _cjk("JP", 0), "Kana": _cjk("JP", 0), "Hang": _cjk("KR", 1), "Hani": _cjk("SC", 2),
    "Arab": _noto("Arabic", "Arabic"), "Hebr": _noto("Hebrew", "Hebrew"),
    "Syrc": _noto("Syriac", "Syriac", bold=False), "Thaa": _noto("Thaana", "Thaana"),
    **{code: _noto(name, name) for code, name in (
        ("Deva", "Devanagari"), ("Beng", "Bengali"), ("Guru", "Gurmukhi"),
        ("Gujr", "Gujarati"), ("Orya", "Oriya"), ("Taml", "Tamil"), ("Telu", "Telugu"),
        ("Knda", "Kannada"), ("Mlym", "Malayalam"), ("Sinh", "Sinhala"), ("Thai", "Thai"),
        ("Laoo", "Lao"), ("Khmr", "Khmer"), ("Mymr", "Myanmar"), ("Ethi", "Ethiopic"),
        ("Armn", "Armenian"), ("Geor", "Georgian"))},
}


@dataclass(frozen=True)
class FontChoice:
    """The faces of one handout, in CSS font-family order: every character has one."""

    faces: tuple[Face, ...]

    @property
    def stack(self) -> str:
        """The CSS font-family value."""
        return ", ".join(f'"{face.family}"' for face in self.faces)

    @property
    def files(self) -> tuple[FontFile, ...]:
        return tuple(file for face in self.faces for file in face.files)

    @property
    def folders(self) -> tuple[Path, ...]:
        """The folders the layout may read the fonts from."""
        return tuple(dict.fromkeys(file.path.parent for file in self.files))

    def versions(self) -> tuple[str, ...]:
        """Each file's name and version, for the digests of the outputs that embed them."""
        return tuple(f"{file.name}:{font_version(file)}" for file in self.files)


def choose_fonts(text: str, tag: str, source: Path) -> FontChoice:
    """The faces that draw ``text`` (of a handout in language ``tag``, from ``source``);
    a ContentError names each character no installed face has, at its line."""
    chars = sorted({c for c in text if not c.isspace()
                    and unicodedata.category(c) not in NO_GLYPH_CATEGORIES})
    first = ATKINSON if _covers(ATKINSON, chars) else SCRIPT_FACES.get(script(tag), NOTO_SANS)
    faces = [first] if _installed(first) else []
    for char in chars:
        if any(ord(char) in coverage(face.regular) for face in faces):
            continue
        face = next((f for f in _candidates(char) if ord(char) in coverage(f.regular)), None)
        if face is None:
            raise ContentError([_no_font(char, source)])
        faces.append(face)
    return FontChoice(tuple(faces))


def _candidates(char: str) -> list[Face]:
    """The installed faces that may have ``char``: Atkinson, Noto Sans, then the faces of
    the scripts it is written in ("、" is Han, Hiragana, Katakana …)."""
    scripts = sorted(unicode_scripts.script_extension(char))
    own = [SCRIPT_FACES[code] for code in scripts if code in SCRIPT_FACES]
    return [face for face in (ATKINSON, NOTO_SANS, *own) if _installed(face)]


def _covers(face: Face, chars: list[str]) -> bool:
    return _installed(face) and all(ord(c) in coverage(face.regular) for c in chars)


def _installed(face: Face) -> bool:
    return all(file.path.is_file() for file in face.files)


def _no_font(char: str, source: Path) -> Problem:
    """Where ``char`` first appears in the handout (line 1 when it comes from the settings),
    and what would draw it."""
    code = unicode_scripts.script(char)
    face = SCRIPT_FACES.get(code)
    lines = source.read_text(encoding="utf-8").splitlines() if source.is_file() else []
    line = next((n for n, text in enumerate(lines, start=1) if char in text), 1)
    name = unicodedata.name(char, "(a private or unassigned character)")
    hint = (f"install {face.package} for {face.family}" if face else
            f"no font here draws the {unicode_scripts.script_name(code)} script: write it "
            "in words, or add a face for it to handoutkit/writers/fonts.py")
    shown = f" '{char}'" if char.isprintable() else ""
    return Problem(source, line, f"no installed font has U+{ord(char):04X} {name}{shown}: it "
                   "would print as an empty box", hint)


@functools.lru_cache(maxsize=64)
def coverage(file: FontFile) -> frozenset[int]:
    """The code points the face maps to a glyph."""
    with TTFont(file.path, fontNumber=file.index, lazy=True) as font:
        return frozenset(font.getBestCmap())


@functools.lru_cache(maxsize=64)
def font_version(file: FontFile) -> str:
    """The face's version string (name ID 5) and its file size."""
    with TTFont(file.path, fontNumber=file.index, lazy=True) as font:
        version = font["name"].getDebugName(5) or str(font["head"].fontRevision)
    return f"{version}; {file.path.stat().st_size} bytes"


@functools.lru_cache(maxsize=2)  # a CJK face is 16 MB: its regular and bold
def face_bytes(file: FontFile) -> bytes:
    """The font program of one face of a collection, as a font file of its own."""
    from io import BytesIO

    out = BytesIO()
    with TTFont(file.path, fontNumber=file.index, lazy=True, recalcTimestamp=False) as font:
        font.save(out)
    return out.getvalue()


def markup_text(markup: str) -> str:
    """The text of an HTML or XHTML document, without its tags and attributes."""
    return html.unescape(re.sub(r"<[^>]*>", " ", markup))


def subset_bytes(file: FontFile, text: str) -> bytes:
    """The face cut down to the glyphs ``text`` needs, every layout feature kept (Arabic's
    joining forms, Indic conjuncts): what an e-book embeds. The same text, the same bytes."""
    from io import BytesIO

    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    out = BytesIO()
    with TTFont(file.path, fontNumber=file.index, recalcTimestamp=False) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        font.save(out)
    return out.getvalue()
