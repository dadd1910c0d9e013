"""Writers: one `Handout` (and the records of the writers before it) → one kind of output.

The registry, `WRITERS` (in `handoutkit.formats`, re-exported here), lists them by name in build
order, each with the files it makes and how the web page and the catalogue link them: a new
output is one module here and one entry there. Each is imported only when a build asks for it.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from handoutkit import __version__
from handoutkit.files import Layout
from handoutkit.formats import LIBRARY_OUTPUTS, WRITERS, Link, OutputKind, WriterSpec, needs
from handoutkit.records import Record

if TYPE_CHECKING:  # imported at run time by the build, not by the leaflets' fork server
    from handoutkit.config import ClinicConfig
    from handoutkit.model import Handout

__all__ = ["LIBRARY_OUTPUTS", "WRITERS", "WRITER_NAMES", "LibraryOutput", "Link", "OutputKind",
           "Plan", "Records", "Writer", "WriterSpec", "digest", "library_output", "make_writer",
           "needs"]

Records = Mapping[str, Record]  # writer name → what it made for one handout
WRITER_NAMES = tuple(WRITERS)  # the CLI subcommands and Make targets


@dataclass(frozen=True)
class Plan:
    """One handout's output worked out but not written: the digest of everything it depends
    on, and the write that makes exactly that, from the same work (nothing is rendered twice).
    """

    digest: str  # equal digests, equal outputs
    write: Callable[[], Record | None]  # writes atomically; None when there is nothing to write
    ahead: tuple[Any, ...] = ()  # work `prepare` may start before the write: what the voice
    # says, the leaflet to lay out


@dataclass(frozen=True)
class LibraryOutput:
    """A file made from every handout's records (the catalogue), written only if stale."""

    path: Path
    digest: str  # of everything the file depends on
    write: Callable[[], None]  # writes it atomically


class Writer(Protocol):
    """One output format (see `WriterSpec` for what it makes and needs)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None: ...

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The output of ``handout`` given the records of the writers it needs, rendered once:
        its digest, and the write that returns what was made, or None when there is nothing
        to write for it (no braille table for its language)."""
        ...

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[Any]:
        """Work to run ahead of the writes while the build runs (the voices speak ahead);
        ``stale`` are the plans to be written that the build knows before it starts (those
        of writers that need no other's record)."""
        ...

    def finish(self, library: Mapping[str, Records]) -> LibraryOutput | None:
        """After every handout: the library-wide output over every built handout, if any."""
        ...


def make_writer(name: str, config: ClinicConfig, layout: Layout) -> Writer:
    """The writer called ``name``, its module imported now."""
    try:
        module, _, cls = WRITERS[name].cls.partition(":")
    except KeyError:
        raise ValueError(f"no writer for {name!r}; known: {', '.join(WRITERS)}") from None
    writer: Writer = getattr(importlib.import_module(module), cls)(config, layout)
    return writer


def library_output(name: str) -> Callable[..., LibraryOutput]:
    """The function making the library-wide output ``name`` from (layout, config, the
    handout paths, today), its module imported now."""
    module, _, function = LIBRARY_OUTPUTS[name].function.partition(":")
    made: Callable[..., LibraryOutput] = getattr(importlib.import_module(module), function)
    return made


def digest(*parts: str | bytes) -> str:
    """sha256 over the parts, each length-prefixed so that no two lists collide."""
    hasher = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little") + data)
    return hasher.hexdigest()
