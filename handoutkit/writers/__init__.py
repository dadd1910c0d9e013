"""Writers turn one Handout into one output file; WRITERS lists them by name."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import ClassVar, Protocol

from handoutkit import __version__
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.model import Handout


class Writer(Protocol):
    """One output format: its name is the CLI subcommand and the Make target."""

    name: ClassVar[str]  # "pdf"
    suffix: ClassVar[str]  # ".pdf"

    def fingerprint(self, handout: Handout) -> str:
        """A digest of everything the output depends on; equal digests, equal outputs."""
        ...

    def write(self, handout: Handout, dest: Path) -> object:
        """Write the output for ``handout`` to ``dest``, atomically (see files.atomic_output);
        returns what later writers may use (the audio's record), or None."""
        ...


# In build order: the EPUB holds the MP3 and its cues; the web page links to all the others.
WRITER_NAMES = ("pdf", "audio", "braille", "epub", "html")


def make_writer(kind: str, config: ClinicConfig, layout: Layout) -> Writer:
    """The writer for one output kind.

    Imports happen here, not at module top: WeasyPrint and the speech engines each take
    about half a second to import, and a `make pdf` process should not pay for audio.
    """
    match kind:
        case "pdf":
            from handoutkit.writers.pdf import PdfWriter

            return PdfWriter(config, layout)
        case "audio":
            from handoutkit.writers.audio import AudioWriter

            return AudioWriter(config, layout)
        case "braille":
            from handoutkit.writers.braille import BrailleWriter

            return BrailleWriter(config, layout)
        case "epub":
            from handoutkit.writers.epub import EpubWriter

            return EpubWriter(config, layout)
        case "html":
            from handoutkit.writers.html import HtmlWriter

            return HtmlWriter(config, layout)
        case _:
            raise ValueError(f"no writer for {kind!r}; known: {', '.join(WRITER_NAMES)}")


def digest(*parts: str | bytes) -> str:
    """sha256 over the parts, each length-prefixed so that no two lists collide."""
    hasher = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little") + data)
    return hasher.hexdigest()
