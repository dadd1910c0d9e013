"""Handout → the spoken script: chapters of sentences, each with the pause that follows it.

The audio's "translator": it decides what is said and in what order; normalize.py decides
how each sentence is worded; the audio writer only voices what this module returns.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import assert_never

from handoutkit.config import ClinicConfig
from handoutkit.labels import Labels
from handoutkit.model import (
    Block,
    BulletList,
    Callout,
    Handout,
    Image,
    NumberedList,
    Paragraph,
    Section,
    Table,
)
from handoutkit.reader.inlines import as_sentence, plain_text
from handoutkit.reader.sentences import split_sentences
from handoutkit.reader.urgent import HelpContact, HelpPanel, help_panel
from handoutkit.speech import anchors
from handoutkit.speech.normalize import normalize
from handoutkit.speech.table_reading import table_lines

# Pauses in seconds, from STANDARDS.md ("Audio reading"): sentence ≈ 0.5, paragraph or
# list item ≈ 0.8, before a section heading ≈ 1.5.
SENTENCE_PAUSE = 0.5
PARAGRAPH_PAUSE = 0.8
SECTION_PAUSE = 1.5


@dataclass(frozen=True, slots=True)
class Segment:
    text: str  # exactly the words the voice is given
    pause_after: float  # seconds of silence after it
    ref: str = ""  # id of the printed element it reads (handoutkit.speech.anchors), for the EPUB
    shown: str = ""  # the same sentence as printed, for captions and the read-along


@dataclass(frozen=True, slots=True)
class Chapter:
    title: str  # shown in players' chapter lists
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class Script:
    chapters: tuple[Chapter, ...]  # the opening, then one per ## section

    @property
    def segments(self) -> Iterator[Segment]:
        for chapter in self.chapters:
            yield from chapter.segments


def build_script(handout: Handout, config: ClinicConfig) -> Script:
    """The whole reading: the title, the "Get help now" panel when the handout has one, then
    the summary and the clinic ("About this handout" with the intro), the sections, then the
    closing lines. The panel comes before the title's details so that a listener hears what
    to do and the clinic's number within the first 30 seconds (STANDARDS, "urgent first")."""
    labels = config.labels_for(handout.meta.lang)
    contact = config.help_contact(handout.meta)
    speaker = _Speaker(handout.meta.lang,
                       {**dict(config.pronunciations), **dict(handout.meta.speech)},
                       labels, contact)
    title = [*speaker.say(as_sentence(handout.meta.title), PARAGRAPH_PAUSE, anchors.TITLE),
             *_expired(handout, config, labels, speaker)]
    about = [*speaker.say(handout.meta.summary, PARAGRAPH_PAUSE, anchors.SUMMARY),
             *speaker.say(labels.said.from_clinic.format(clinic=config.name), PARAGRAPH_PAUSE,
                          anchors.CLINIC),
             *speaker.blocks(handout.intro)]
    panel = help_panel(handout, contact)
    if panel is None:
        chapters = [Chapter(handout.meta.title, _end_chapter([*title, *about]))]
    else:  # urgent first: its own chapter, straight after the title
        chapters = [Chapter(handout.meta.title, _end_chapter(title)),
                    Chapter(labels.get_help, _end_chapter(speaker.panel(panel))),
                    Chapter(labels.said.about, _end_chapter(about))]
    for section in handout.sections:
        chapters.append(Chapter(section.title, _end_chapter(speaker.section(section))))
    last = chapters[-1]
    closing = _closing(handout, config, labels, speaker)
    chapters[-1] = Chapter(last.title, _end_chapter([*last.segments, *closing]))
    return Script(tuple(chapters))


def _expired(handout: Handout, config: ClinicConfig, labels: Labels,
             speaker: _Speaker) -> list[Segment]:
    """Said after the title of a handout the clinic publishes past its review date."""
    if handout.meta.expired is None:
        return []
    line = labels.said.expired.format(date=labels.spoken_date(handout.meta.expired),
                                      clinic=config.name)
    return speaker.say(line, PARAGRAPH_PAUSE, anchors.EXPIRED)


def _closing(handout: Handout, config: ClinicConfig, labels: Labels,
             speaker: _Speaker) -> list[Segment]:
    lines = [(labels.said.closing.format(clinic=config.name), anchors.CONTACT)]
    if config.phone:
        lines.append((labels.said.call.format(phone=config.phone), anchors.CONTACT))
    if handout.meta.reviewed:
        lines.append((labels.said.reviewed.format(date=labels.spoken_date(handout.meta.reviewed)),
                      anchors.REVIEWED))
    if handout.meta.sources:
        lines.append((labels.said.sources, anchors.SOURCES))
    return [s for line, ref in lines for s in speaker.say(line, PARAGRAPH_PAUSE, ref)]


def _end_chapter(segments: list[Segment]) -> tuple[Segment, ...]:
    """The pause before the next section's heading belongs to the chapter it follows."""
    if not segments:
        return ()
    last = segments[-1]
    return (*segments[:-1],
            dataclasses.replace(last, pause_after=max(last.pause_after, SECTION_PAUSE)))


class _Speaker:
    """Turns model nodes into normalised sentences for one language and set of overrides."""

    def __init__(self, lang: str, overrides: Mapping[str, str], labels: Labels,
                 contact: HelpContact) -> None:
        self.lang = lang
        self.overrides = overrides
        self.labels = labels
        self.contact = contact

    def say(self, text: str, pause: float, ref: str) -> list[Segment]:
        """One piece of text as sentences, each reading the printed element ``ref``; the
        last one gets ``pause`` after it. The text is cut into its printed sentences first,
        so each caption shows the words of the page and the voice says the same sentence."""
        pairs = [(" ".join(shown.split()), normalize(shown, self.lang, self.overrides))
                 for shown in split_sentences(text, self.lang)]
        pairs = [(shown, spoken) for shown, spoken in pairs if re.search(r"\w", spoken)]
        return [Segment(spoken, pause if i == len(pairs) - 1 else SENTENCE_PAUSE, ref, shown)
                for i, (shown, spoken) in enumerate(pairs)]

    def section(self, section: Section) -> list[Segment]:
        segments = [*self.say(as_sentence(section.title), PARAGRAPH_PAUSE,
                              anchors.heading_id(section)),
                    *self.blocks(section.blocks)]
        for sub in section.subsections:
            segments.extend(self.section(sub))
        return segments

    def blocks(self, blocks: tuple[Block, ...]) -> list[Segment]:
        return [segment for block in blocks for segment in self.block(block)]

    def block(self, block: Block) -> list[Segment]:
        match block:
            case Paragraph(inlines=inlines):
                return self.say(plain_text(inlines), PARAGRAPH_PAUSE, anchors.block_id(block))
            case BulletList(items=items):
                return [s for item in items for s in self.blocks(item.blocks)]
            case NumberedList(items=items, start=start):
                return [s for number, item in enumerate(items, start)
                        for s in self._lead(str(number), self.blocks(item.blocks), ". ")]
            case Table():
                return self.table(block)
            case Image(alt=alt):
                picture = self.labels.said.picture.format(alt=alt.rstrip("."))
                return self.say(picture, PARAGRAPH_PAUSE, anchors.block_id(block))
            case Callout(kind=kind, blocks=inner):
                said = self._lead(self.labels.callout(kind), self.blocks(inner), ": ")
                return [*said, *self.contact_lines(block)] if kind.is_urgent else said
            case _:
                assert_never(block)

    def table(self, table: Table) -> list[Segment]:
        """Row by row, each line reading its printed row (the column names their header)."""
        lines = table_lines(table, self.labels)
        refs = [anchors.row_id(table, row) for row in range(len(table.rows))]
        if len(lines) > len(refs):  # a first line naming the columns
            refs.insert(0, anchors.columns_id(table))
        return [s for line, ref in zip(lines, refs, strict=True)
                for s in self.say(line, PARAGRAPH_PAUSE, ref)]

    def panel(self, panel: HelpPanel) -> list[Segment]:
        """"Get help now: call 911 if …" with its signs, how to reach the clinic, then the
        other actions: the clinic's number comes after the first call to action, so that it is
        heard within 30 seconds however many lines the panel has (print lists the number
        last, where the eye finds it)."""
        said = []
        for index, action in enumerate(panel.actions):
            said += self.say(action.text, PARAGRAPH_PAUSE, anchors.panel_action_id(index))
            for number, sign in enumerate(action.signs):
                said += self.say(as_sentence(sign), PARAGRAPH_PAUSE,
                                 anchors.panel_sign_id(index, number))
            if index + 1 == panel.before_contact:
                said += self.contact_lines(None)
        return self._lead(self.labels.get_help, said, ": ")

    def contact_lines(self, box: Callout | None) -> list[Segment]:
        """The clinic's number and what to do when it is closed, at the end of the urgent
        ``box`` (None: of the panel)."""
        lines = []
        if self.contact.phone:
            lines.append((self.labels.call_clinic.format(clinic=self.contact.clinic,
                                                         phone=self.contact.phone),
                          anchors.call_id(box)))
        if self.contact.after_hours:
            lines.append((self.contact.after_hours, anchors.after_hours_id(box)))
        return [s for line, ref in lines for s in self.say(line, PARAGRAPH_PAUSE, ref)]

    def _lead(self, words: str, segments: list[Segment], joint: str) -> list[Segment]:
        """``words`` said with the first segment, never alone: "Note: Ask first."."""
        if segments:
            first = segments[0]
            lead = normalize(words, self.lang, self.overrides)
            segments[0] = dataclasses.replace(first, text=f"{lead}{joint}{first.text}",
                                              shown=f"{words}{joint}{first.shown}")
        return segments
