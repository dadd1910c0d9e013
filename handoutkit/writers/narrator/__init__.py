"""Handout → the narrator's script, `<build>/narrator/<name>.html`: what a clinic's
interpreter or bilingual staff member reads aloud to record the handout in their own voice.

Large print (24 pt, one sentence a paragraph), a mark at each part of the reading with the
file name to save its recording as (speech/recording.py), and each sentence written as it
should be said: the speech script's words, so numbers, doses, dates, phone numbers and
abbreviations are spelled out ("two tablets every eight hours", "nine one one"). A part
whose recording was made from an older text is marked "record again". The page is
`templates/narrator/script.html`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.language import direction
from handoutkit.model import Handout
from handoutkit.records import FileRecord
from handoutkit.speech import readings, recording
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.templating import make_environment

logger = logging.getLogger(__name__)

HOW = ("Read each sentence as it is written here: numbers, doses, dates and abbreviations "
       "are spelled out the way a patient should hear them. Record in a quiet room, in WAV "
       "or FLAC (44.1 or 48 kHz), leaving a second of quiet at the start and the end of each "
       "file and a breath between sentences. Save each part as its own file under the name "
       "shown at its mark, so that a changed part is recorded again alone; or read the whole "
       "script into one file named as below. Write who reads in reader.yaml beside the "
       "files (name: your name, your role): the page and the recording's tags say it.")


@dataclass(frozen=True)
class _Marked:
    """A part of the reading as its mark shows it: with what to do about its recording."""

    key: str
    title: str
    file_stem: str
    sentences: tuple[str, ...]
    status: str  # " — record again: …", " — not recorded yet", or ""


class NarratorWriter:
    """Writes the narrator's script of every handout, whatever its language has for a voice
    (a language with no computer voice is where a person's recording matters most)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout
        self.env = make_environment(layout.templates_dir)

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead: the script is text."""
        return nullcontext()

    def render(self, handout: Handout) -> str:
        """The script as a large-print page, each part under its mark."""
        made = readings.prepared(handout, self.config, self.layout.handouts_dir)
        parts = recording.parts(handout, made.script)
        found = made.found
        again = {part.key for part in found.stale} if found else set()
        missing = {part.key for part in found.missing} if found else set()
        where = recording.folder(self.layout.handouts_dir, handout.name)
        shown = where.relative_to(self.layout.handouts_dir.parent) \
            if where.is_relative_to(self.layout.handouts_dir.parent) else where
        marked = [_Marked(part.key, part.title, part.file_stem, part.sentences,
                          " — record again: the text changed" if part.key in again else
                          " — not recorded yet" if part.key in missing else "")
                  for part in parts]
        lang = handout.meta.lang
        return self.env.get_template("narrator/script.html").render(
            lang=lang, dir=direction(lang), title=handout.meta.title, how=HOW,
            folder=str(shown), whole=recording.whole_file_name(parts), parts=marked) + "\n"

    def plan(self, handout: Handout, records: Records) -> Plan:
        """The script page, rendered once."""
        page = self.render(handout)
        return Plan(digest("narrator", page), lambda: self._write(handout, page))

    def _write(self, handout: Handout, page: str) -> FileRecord:
        data = page.encode("utf-8")
        with atomic_output(self.layout.output(handout.name, "narrator")) as tmp:
            tmp.write_bytes(data)
        return FileRecord(len(data))

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""
