"""The output formats: for each writer, the files it makes, where they go and how pages link them.

`WRITERS` is the registry: a new output is one writer module and one entry here. It is plain
data, below `files.py` (whose `Layout` names each output from it) and the writers (each module
is imported only when a build asks for it: WeasyPrint and the voices each take about half a
second to import, and a `make pdf` process should not pay for audio).
"""

from __future__ import annotations

from dataclasses import dataclass

from handoutkit.records import AudioRecord, FileRecord, PageRecord, PdfRecord, Record


@dataclass(frozen=True)
class OutputKind:
    """One file a writer makes for each handout: `<build>/<folder>/<name><suffix>`."""

    name: str  # what `Layout.output` is asked for: "pdf", "vtt"
    folder: str
    suffix: str
    title: str  # what the audit and `make check` call it: "leaflet (PDF)"


@dataclass(frozen=True)
class Link:
    """How the web page and the catalogue link a writer's first output, once it is made."""

    label: str  # the web label of its link text ("brf" is web.brf); may hold {detail}
    page: bool = True  # the handout's page links it (the page plays the MP3 instead)
    catalogue: bool = True  # the handout's catalogue entry links it
    media_type: str | None = None  # the link's type, for browsers that need it (EPUB)
    missing: str | None = None  # a web label the catalogue shows while there is none
    detail: str | None = None  # what the catalogue adds to its words: a field of the record
    # that the web labels' method of the same name words ("pages": "3 pages")


@dataclass(frozen=True)
class WriterSpec:
    """A writer as the build knows it before importing it."""

    cls: str  # "module:Class"
    outputs: tuple[OutputKind, ...]  # the files one write makes, the first naming it
    record: type[Record]  # what its write returns, kept with its stamp
    needs: tuple[str, ...] = ()  # the writers whose records it reads (they run before it)
    link: Link | None = None  # None: the page and the catalogue do not link it
    reads_all: bool = False  # reads the record of every writer before it (the web page)


# In build order, which is also the order the page and the catalogue list the links in: the
# EPUB holds the reading and its cue times; the web page shows or links every other output.
WRITERS: dict[str, WriterSpec] = {
    "pdf": WriterSpec("handoutkit.writers.pdf.writer:PdfWriter",
                      (OutputKind("pdf", "pdf", ".pdf", "leaflet (PDF)"),), PdfRecord,
                      link=Link("pdf", detail="pages")),
    "audio": WriterSpec("handoutkit.writers.audio.writer:AudioWriter",
                        (OutputKind("audio", "audio", ".mp3", "reading (MP3)"),
                         OutputKind("vtt", "audio", ".vtt", "transcript (VTT)"),
                         OutputKind("listening", "audio", ".txt", "listening script")),
                        AudioRecord,
                        link=Link("mp3", page=False, missing="no_recording", detail="duration")),
    "epub": WriterSpec("handoutkit.writers.epub:EpubWriter",
                       (OutputKind("epub", "epub", ".epub", "e-book (EPUB)"),), FileRecord,
                       needs=("audio",),
                       link=Link("epub", media_type="application/epub+zip")),
    "braille": WriterSpec("handoutkit.writers.braille:BrailleWriter",
                          (OutputKind("braille", "braille", ".brf", "braille (BRF)"),), FileRecord,
                          link=Link("brf")),
    # What a clinic's interpreter reads aloud to record the handout (not for patients).
    "narrator": WriterSpec("handoutkit.writers.narrator:NarratorWriter",
                           (OutputKind("narrator", "narrator", ".html", "narrator's script"),),
                           FileRecord),
    "html": WriterSpec("handoutkit.writers.html.page:HtmlWriter",
                       (OutputKind("html", "html", ".html", "web page"),), PageRecord,
                       reads_all=True),
}


@dataclass(frozen=True)
class LibrarySpec:
    """A file made over the whole library after every handout, beside the catalogue."""

    function: str  # "module:function" of (layout, config, paths, today) → LibraryOutput
    with_writer: str  # made whenever this writer is part of the build


# The audit (build/audit.html and audit.json) goes with the web pages it sits beside.
LIBRARY_OUTPUTS: dict[str, LibrarySpec] = {
    "audit": LibrarySpec("handoutkit.audit.output:audit_output", "html"),
}


def needs(name: str) -> tuple[str, ...]:
    """The writers whose records the writer ``name`` reads."""
    spec = WRITERS[name]
    if not spec.reads_all:
        return spec.needs
    names = list(WRITERS)
    return tuple(names[:names.index(name)])


def output_kind(kind: str) -> OutputKind:
    """The output called ``kind`` ("pdf", "vtt", …), whichever writer makes it."""
    for spec in WRITERS.values():
        for output in spec.outputs:
            if output.name == kind:
                return output
    known = ", ".join(o.name for spec in WRITERS.values() for o in spec.outputs)
    raise ValueError(f"no output kind {kind!r}; known: {known}")


def output_kinds() -> list[OutputKind]:
    """Every output a handout can have, in build order."""
    return [output for spec in WRITERS.values() for output in spec.outputs]
