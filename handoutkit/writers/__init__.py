"""Writers: one `Handout` (and the records of the writers before it) → one kind of output.

`WRITERS` lists them by name, in build order: a new output is one module and one line here.
Each is imported only when a build asks for it (WeasyPrint and the voices each take about
half a second to import; a `make pdf` process should not pay for audio).
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from handoutkit import __version__
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.model import Handout
from handoutkit.records import AudioRecord, FileRecord, PageRecord, PdfRecord, Record

Records = Mapping[str, Record]  # writer name → what it made for one handout


@dataclass(frozen=True)
class WriterSpec:
    """A writer as the build knows it before importing it."""

    cls: str  # "module:Class"
    outputs: tuple[str, ...]  # the Layout output kinds one write makes: ("audio", "vtt")
    record: type[Record]  # what its write() returns, kept with its stamp
    needs: tuple[str, ...] = ()  # the writers whose records it reads (they run before it)


# In build order: the EPUB holds the reading and its cue times; the web page shows or links
# every other output.
WRITERS: dict[str, WriterSpec] = {
    "pdf": WriterSpec("handoutkit.writers.pdf.writer:PdfWriter", ("pdf",), PdfRecord),
    "audio": WriterSpec("handoutkit.writers.audio.writer:AudioWriter",
                        ("audio", "vtt", "listening"),
                        AudioRecord),
    "braille": WriterSpec("handoutkit.writers.braille:BrailleWriter", ("braille",), FileRecord),
    "epub": WriterSpec("handoutkit.writers.epub:EpubWriter", ("epub",), FileRecord,
                       needs=("audio",)),
    "html": WriterSpec("handoutkit.writers.html.page:HtmlWriter", ("html",), PageRecord,
                       needs=("pdf", "audio", "braille", "epub")),
}
WRITER_NAMES = tuple(WRITERS)  # the CLI subcommands and Make targets


@dataclass(frozen=True)
class LibraryOutput:
    """A file made from every handout's records (the catalogue), written only if stale."""

    path: Path
    digest: str  # of everything the file depends on
    write: Callable[[], None]  # writes it atomically


class Writer(Protocol):
    """One output format (see `WriterSpec` for what it makes and needs)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None: ...

    def prepare(self, handouts: Sequence[Handout], jobs: int) -> AbstractContextManager[Any]:
        """Work to run ahead of the writes while the build runs (the voices speak ahead)."""
        ...

    def fingerprint(self, handout: Handout, records: Records) -> str:
        """A digest of everything the output depends on; equal digests, equal outputs."""
        ...

    def write(self, handout: Handout, records: Records) -> Record | None:
        """Write the outputs for ``handout`` atomically; return what was made, or None when
        there is nothing to write for it (no braille table for its language)."""
        ...

    def finish(self, library: Mapping[str, Records]) -> LibraryOutput | None:
        """After every handout: the library-wide output over every built handout, if any."""
        ...


def make_writer(name: str, config: ClinicConfig, layout: Layout) -> Writer:
    """The writer called ``name``, its module imported now."""
    try:
        module, _, cls = WRITERS[name].cls.partition(":")
    except KeyError:
        raise ValueError(f"no writer for {name!r}; known: {', '.join(WRITER_NAMES)}") from None
    writer: Writer = getattr(importlib.import_module(module), cls)(config, layout)
    return writer


def digest(*parts: str | bytes) -> str:
    """sha256 over the parts, each length-prefixed so that no two lists collide."""
    hasher = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little") + data)
    return hasher.hexdigest()
