"""Handout → braille ready to emboss: `<build>/braille/<name>.brf`, 40 cells x 25 lines.

Takes the model (the printed text, not the speech script); gives a `FileRecord`, or none
when liblouis has no table for the language. `tables` picks the table, `transcribe` turns
blocks into braille paragraphs, `layout` lines them up into numbered pages."""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.model import Handout
from handoutkit.records import FileRecord
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.braille.layout import lay_out, paginate, render_brf
from handoutkit.writers.braille.tables import Brailler, Untranslatable, table_for
from handoutkit.writers.braille.transcribe import Transcriber

logger = logging.getLogger(__name__)


class BrailleWriter:
    """Writes the BRF of a handout whose language has a liblouis table; none otherwise
    (the check warns about it, see `missing_table`)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout

    def render(self, handout: Handout) -> str | None:
        """The BRF text, or None when no braille table covers the handout's language or its
        table fails on a character (the check warns, see `missing_braille`): braille is
        lost for this handout only, never its other outputs."""
        try:
            return transcribe(handout, self.config)
        except Untranslatable as exc:
            logger.debug("%s: no braille: %s", handout.path, exc)
            return None

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead: liblouis takes milliseconds."""
        return nullcontext()

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The braille, transcribed once: its digest is that of the text to be written."""
        brf = self.render(handout)
        return Plan(digest("braille", brf or f"no braille for {handout.meta.lang}"),
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


def transcribe(handout: Handout, config: ClinicConfig) -> str | None:
    """The BRF text, or None when no table covers the language; raises Untranslatable when
    the table fails on a character of the handout."""
    table = table_for(handout.meta.lang)
    if table is None:
        return None
    brailler = _brailler(table)
    blocks = Transcriber(brailler, config, handout.meta.lang).handout(handout)
    return render_brf(paginate(lay_out(blocks), lambda n: brailler.translate(str(n))))


@functools.cache
def _brailler(table: str) -> Brailler:
    return Brailler(table)


def missing_braille(handout: Handout, config: ClinicConfig) -> str | None:
    """What the handout misses in braille, for the check: no table for its language, or a
    character its table cannot translate (that handout gets no BRF; the rest builds)."""
    gap = missing_table(handout.meta.lang)
    if gap is not None:
        return gap
    try:
        transcribe(handout, config)
    except Untranslatable as exc:
        return (f"no braille file (BRF): {exc} — write the text without it, or leave this "
                "handout without braille")
    return None


def missing_table(lang: str) -> str | None:
    """What a handout in ``lang`` misses when no braille table covers it, for the check."""
    if table_for(lang) is not None:
        return None
    return "no braille table, so no braille file (BRF)"
