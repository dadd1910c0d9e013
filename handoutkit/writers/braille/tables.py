"""Which liblouis table brailles a language, and text → North American Braille ASCII with it.

liblouis comes from Debian (liblouis20, liblouis-data, python3-louis). Debian's `louis`
binding is one pure-Python file over liblouis.so.20, installed for Debian's Python; the
venv loads that file by its path (`load_louis`) rather than seeing all of Debian's
dist-packages (a .pth would) or keeping a ctypes binding of our own in step with liblouis.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from handoutkit.errors import OutputError
from handoutkit.language import primary_language

logger = logging.getLogger(__name__)

TABLES_DIR = Path("/usr/share/liblouis/tables")
DEBIAN_LOUIS = Path("/usr/lib/python3/dist-packages/louis/__init__.py")  # python3-louis
# en-us-brf.dis: North American Braille ASCII (BRF), the display table embossers expect.
DISPLAY = "en-us-brf.dis"
# English in UEB contracted (grade 2), as BANA asks for general literature; every other
# language in the uncontracted table its braille authority uses for everyday reading.
TABLES = {
    "en": "en-ueb-g2.ctb",  # BANA / ICEB: Unified English Braille, grade 2
    "es": "es-g1.ctb",  # ONCE / CBE: Spanish integral (grade 1)
    "fr": "fr-bfu-comp6.utb",  # CEBF: French unified braille, integral, 6 dots
    "de": "de-g1.ctb",  # BSKDL: German Basisschrift
    "it": "it-it-comp6.utb",  # Italian 6-dot braille
    "pt": "pt-pt-g1.utb",  # Portuguese grade 1
    "nl": "nl-NL-g0.utb",  # Dutch (Netherlands) uncontracted
    "ru": "ru-litbrl.ctb",  # Russian literary braille
    "ar": "ar-ar-g1.utb",  # Arabic grade 1
    "hi": "hi-in-g1.utb",  # Bharati braille, Hindi
    "ko": "ko-g1.ctb",  # Korean uncontracted
    "pl": "Pl-Pl-g1.utb",  # Polish uncontracted
    "fa": "fa-ir-g1.utb",  # Persian grade 1
    "ur": "ur-pk-g1.utb",  # Urdu grade 1
    "pa": "pa.tbl",  # Bharati braille, Punjabi (Gurmukhi)
}
# Left out though liblouis has a table: Chinese (zhcn-g1, zh-tw) and Vietnamese (vi-vn-g0)
# do not give the printed text back (Chinese braille spells sounds, so it cannot), and uk.utb,
# ro.ctb, he-IL.utb and bn.tbl lose letters or digits on the way back; none is checked here.
# Web addresses go uncontracted (BANA's UEB guidance), after the grade 1 word indicator.
UNCONTRACTED = {"en-ueb-g2.ctb": "en-ueb-g1.ctb"}
GRADE_1_WORD = ";;"  # dots 56-56


def table_for(lang: str) -> str | None:
    """The liblouis table for a BCP 47 tag ("es-MX" → Spanish), or None when there is none."""
    name = TABLES.get(primary_language(lang))
    return name if name is not None and (TABLES_DIR / name).is_file() else None


# liblouis keeps its translation buffers in C globals and Debian's binding takes no lock, so
# two handouts translated at once (make -j2) corrupt each other ("no mapping for dot pattern
# 3567"): one translation at a time in a process. It takes milliseconds.
_LIBLOUIS = threading.Lock()


class Untranslatable(OutputError):
    """liblouis failed on a text with this table; ``characters`` are those it cannot take."""

    def __init__(self, table: str, characters: str) -> None:
        self.table = table
        self.characters = characters
        shown = " ".join(f"'{c}' (U+{ord(c):04X})" for c in characters[:5]) or "this text"
        super().__init__(f"the braille table {table} cannot translate {shown}")


class Brailler:
    """Translates text with one language's table into Braille ASCII (and back, for checks)."""

    def __init__(self, table: str) -> None:
        louis = self._louis = load_louis()
        self.table = table
        self.tables = [DISPLAY, table]
        self.identity = f"liblouis {louis.version()} {table}"
        self._uncontracted = [DISPLAY, UNCONTRACTED[table]] if table in UNCONTRACTED else None

    def translate(self, text: str, bold: Sequence[bool] = ()) -> str:
        """Braille ASCII for ``text``; ``bold`` marks characters printed bold (UEB bold
        indicators are added for them)."""
        if not text.strip():
            return ""
        typeform = [self._louis.bold if b else self._louis.plain_text for b in bold] or None
        if typeform is not None:
            typeform += [self._louis.plain_text] * (len(text) - len(typeform))
        try:
            with _LIBLOUIS:
                brf = self._louis.translate(self.tables, text, typeform=typeform)[0]
        except RuntimeError:  # de-g1.ctb: a character it lacks has no cell in the display table
            raise Untranslatable(self.table, self._refused(text)) from None
        return _upper_ascii(brf)

    def _refused(self, text: str) -> str:
        """The characters of ``text`` liblouis fails on one by one, in order."""
        return "".join(c for c in dict.fromkeys(text) if not self._takes(c))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Brailler per table, kept for the run
    def _takes(self, char: str) -> bool:
        try:
            with _LIBLOUIS:
                self._louis.translate(self.tables, char)
        except RuntimeError:
            return False
        return True

    def translate_address(self, address: str) -> str:
        """A web or e-mail address in uncontracted braille, whatever the table's grade."""
        if self._uncontracted is None:
            return self.translate(address)
        try:
            with _LIBLOUIS:
                brf = self._louis.translateString(self._uncontracted, address)
        except RuntimeError:
            raise Untranslatable(self.table, self._refused(address)) from None
        return GRADE_1_WORD + _upper_ascii(brf)

    def back_translate(self, brf: str) -> str:
        """Print text for Braille ASCII, as liblouis reads it back."""
        with _LIBLOUIS:
            return self._louis.backTranslateString(self.tables, brf)


@functools.cache
def load_louis() -> ModuleType:
    """The `louis` module: the venv's own if it has one, else Debian's python3-louis."""
    try:
        import louis
    except ImportError:
        spec = importlib.util.spec_from_file_location("louis", DEBIAN_LOUIS)
        try:
            if spec is None or spec.loader is None:
                raise FileNotFoundError(DEBIAN_LOUIS)
            louis = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(louis)  # loads liblouis.so.20
        except OSError:
            raise OutputError("liblouis is not installed, so no braille can be made — run "
                              "`make debs` (it installs liblouis20, liblouis-data and "
                              "python3-louis)") from None
        sys.modules["louis"] = louis
    # liblouis prints "no mapping for dot pattern …" on stderr for each failure; the
    # writer reports the failure once, as a warning naming the handout.
    louis.setLogLevel(louis.LOG_OFF)
    return louis


def _upper_ascii(brf: str) -> str:
    """Braille ASCII in its upper-case half (0x20-0x5F): the same cells, one code each.
    Unicode braille (a character liblouis had no ASCII for) becomes its ASCII cell."""
    out = []
    for char in brf:
        code = ord(char)
        if 0x2800 <= code <= 0x283F:
            char = UNICODE_TO_ASCII[code - 0x2800]
        elif 0x60 <= code <= 0x7F:
            char = chr(code - 0x20)
        elif not 0x20 <= code <= 0x5F:
            logger.debug("no braille cell for %r; written as a blank cell", char)
            char = " "
        out.append(char)
    return "".join(out)


# North American Braille ASCII, indexed by the dot bits of a 6-dot cell (dot 1 = bit 0).
UNICODE_TO_ASCII = " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)="
