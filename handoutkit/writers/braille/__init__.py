"""Handout → braille ready to emboss: `<build>/braille/<name>.brf`, 40 cells x 25 lines."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

from handoutkit.config import ClinicConfig
from handoutkit.errors import LintWarning
from handoutkit.files import Layout, atomic_output
from handoutkit.labels import labels_for
from handoutkit.model import Handout
from handoutkit.writers import digest
from handoutkit.writers.braille.layout import lay_out, paginate, render_brf
from handoutkit.writers.braille.tables import Brailler, table_for
from handoutkit.writers.braille.transcribe import Transcriber

logger = logging.getLogger(__name__)


class BrailleWriter:
    """Writes the BRF of a handout whose language has a liblouis table; none otherwise
    (the check warns about it, see `missing_table`)."""

    name: ClassVar[str] = "braille"
    suffix: ClassVar[str] = ".brf"

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
        blocks = Transcriber(brailler, labels_for(handout.meta.lang), self.config).handout(handout)
        pages = paginate(lay_out(blocks), lambda n: brailler.translate(str(n)))
        return render_brf(pages)

    def fingerprint(self, handout: Handout) -> str:
        """The braille as it would be written (liblouis takes milliseconds)."""
        return digest("braille", self.render(handout) or f"no table for {handout.meta.lang}")

    def write(self, handout: Handout, dest: Path) -> None:
        """Write the BRF atomically; with no table for the language, write nothing."""
        brf = self.render(handout)
        if brf is None:
            dest.unlink(missing_ok=True)
            return
        with atomic_output(dest) as tmp:
            tmp.write_bytes(brf.encode("ascii"))
        logger.debug("wrote %s: %d pages", dest, brf.count("\f") + 1)


def missing_table(handout: Handout) -> LintWarning | None:
    """The warning for a handout that gets no braille, its language having no table."""
    if table_for(handout.meta.lang) is not None:
        return None
    return LintWarning(handout.path, 1, f"no braille table for language '{handout.meta.lang}': "
                       "this handout gets no braille file (BRF)")
