"""Handout → braille ready to emboss: `<build>/braille/<name>.brf`, 40 cells x 25 lines.

Takes the model (the printed text, not the speech script); gives a `FileRecord`, or none
when liblouis has no table for the language. `tables` picks the table, `transcribe` turns
blocks into braille paragraphs, `layout` lines them up into numbered pages."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.records import FileRecord
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.braille.layout import lay_out, paginate, render_brf
from handoutkit.writers.braille.tables import Brailler, table_for
from handoutkit.writers.braille.transcribe import Transcriber

logger = logging.getLogger(__name__)


class BrailleWriter:
    """Writes the BRF of a handout whose language has a liblouis table; none otherwise
    (the check warns about it, see `missing_table`)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self._braillers: dict[str, Brailler] = {}

    def render(self, handout: Handout) -> str | None:
        """The BRF text, or None when no braille table covers the handout's language."""
        table = table_for(handout.meta.lang)
        if table is None:
            return None
        brailler = self._braillers.setdefault(table, Brailler(table))
        blocks = Transcriber(brailler, self.config, handout.meta.lang).handout(handout)
        pages = paginate(lay_out(blocks), lambda n: brailler.translate(str(n)))
        return render_brf(pages)

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead: liblouis takes milliseconds."""
        return nullcontext()

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The braille, transcribed once: its digest is that of the text to be written."""
        brf = self.render(handout)
        return Plan(digest("braille", brf or f"no table for {handout.meta.lang}"),
                    lambda: self._write(handout, brf))

    def _write(self, handout: Handout, brf: str | None) -> FileRecord | None:
        """Write the BRF atomically; with no table for the language, write nothing."""
        dest = self.layout.output(handout.name, "braille")
        if brf is None:
            dest.unlink(missing_ok=True)
            return None
        data = brf.encode("ascii")
        with atomic_output(dest) as tmp:
            tmp.write_bytes(data)
        logger.debug("wrote %s: %d pages", dest, brf.count("\f") + 1)
        return FileRecord(len(data))

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""


def missing_table(lang: str) -> str | None:
    """What a handout in ``lang`` misses when no braille table covers it, for the check."""
    if table_for(lang) is not None:
        return None
    return "no braille table, so no braille file (BRF)"
