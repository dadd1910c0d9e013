"""Handout → the narrator's script, `<build>/narrator/<name>.html`: what a clinic's
interpreter or bilingual staff member reads aloud to record the handout in their own voice.

Large print (24 pt, one sentence a paragraph), a mark at each part of the reading with the
file name to save its recording as (speech/recording.py), and each sentence written as it
should be said: the speech script's words, so numbers, doses, dates, phone numbers and
abbreviations are spelled out ("two tablets every eight hours", "nine one one"). A part
whose recording was made from an older text is marked "record again".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from html import escape

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.language import direction
from handoutkit.model import Handout
from handoutkit.records import FileRecord
from handoutkit.speech import recording
from handoutkit.speech.script import build_script
from handoutkit.writers import Plan, Records, digest

logger = logging.getLogger(__name__)

STYLE = """
@page { margin: 1in; }
body { font: 24pt/1.6 "Atkinson Hyperlegible", "Noto Sans", sans-serif; margin: 0 auto;
       padding: 0 .4em; max-width: 36em; overflow-wrap: anywhere; color: #000;
       background: #fff; }
h1 { font-size: 30pt; } h2 { font-size: 28pt; margin-top: 2em; border-top: 4pt solid #000;
     padding-top: .4em; page-break-before: always; }
h2:first-of-type { page-break-before: auto; }
.save { font-family: monospace; font-size: 18pt; } .again { font-weight: bold; }
.how { font-size: 18pt; } p.said { margin: 0 0 .8em; }
p.said::before { content: attr(data-n) "  "; font-size: 16pt; color: #444; }
"""
HOW = ("Read each sentence as it is written here: numbers, doses, dates and abbreviations "
       "are spelled out the way a patient should hear them. Record in a quiet room, in WAV "
       "or FLAC (44.1 or 48 kHz), leaving a second of quiet at the start and the end of each "
       "file and a breath between sentences. Save each part as its own file under the name "
       "shown at its mark, so that a changed part is recorded again alone; or read the whole "
       "script into one file named as below. Write who reads in reader.yaml beside the "
       "files (name: your name, your role): the page and the recording's tags say it.")


class NarratorWriter:
    """Writes the narrator's script of every handout, whatever its language has for a voice
    (a language with no computer voice is where a person's recording matters most)."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.config = config
        self.layout = layout

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        """Nothing to do ahead: the script is text."""
        return nullcontext()

    def render(self, handout: Handout) -> str:
        """The script as a large-print page, each part under its mark."""
        script = build_script(handout, self.config)
        parts = recording.parts(handout, script)
        where = recording.folder(self.layout.handouts_dir, handout.name)
        found = recording.find(handout, script, self.layout.handouts_dir)
        again = {part.key for part in found.stale} if found else set()
        missing = {part.key for part in found.missing} if found else set()
        shown = where.relative_to(self.layout.handouts_dir.parent) \
            if where.is_relative_to(self.layout.handouts_dir.parent) else where
        lang, meta = handout.meta.lang, handout.meta
        body = [f"<h1>{escape(meta.title)}</h1>",
                f'<p class="how" lang="en" dir="ltr">Narrator\'s script. {escape(HOW)}</p>',
                f'<p class="save" lang="en" dir="ltr">Whole reading in one file: '
                f"{escape(str(shown))}/{escape(recording.whole_file_name(parts))}</p>"]
        for number, part in enumerate(parts, 1):
            status = (" — record again: the text changed" if part.key in again else
                      " — not recorded yet" if part.key in missing else "")
            body.append(f'<h2 id="{escape(part.key)}">§ {number}. {escape(part.title)}</h2>')
            body.append(f'<p class="save{" again" if status else ""}" lang="en" dir="ltr">'
                        f"Save as: {escape(str(shown))}/{escape(part.file_stem)}.wav"
                        f"{escape(status)}</p>")
            body += [f'<p class="said" data-n="{number}.{index}">{escape(sentence)}</p>'
                     for index, sentence in enumerate(part.sentences, 1)]
        return ("<!DOCTYPE html>\n"
                f'<html lang="{escape(lang)}" dir="{direction(lang)}">\n<head>\n'
                '<meta charset="utf-8">\n'
                f"<title>{escape(meta.title)} — narrator's script</title>\n"
                f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body)
                + "\n</body>\n</html>\n")

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
