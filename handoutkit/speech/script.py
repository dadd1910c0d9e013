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

from handoutkit import anchors
from handoutkit.config import ClinicConfig
from handoutkit.inlines import as_sentence, plain_text
from handoutkit.labels import Labels, labels_for
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
from handoutkit.speech.normalize import normalize

# Pauses in seconds, from STANDARDS.md ("Audio reading"): sentence ≈ 0.5, paragraph or
# list item ≈ 0.8, before a section heading ≈ 1.5.
SENTENCE_PAUSE = 0.5
PARAGRAPH_PAUSE = 0.8
SECTION_PAUSE = 1.5
# After normalising there are no digits or abbreviation dots left, so a full stop, question
# or exclamation mark followed by a space ends a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str  # exactly the words the voice is given
    pause_after: float  # seconds of silence after it
    ref: str = ""  # id of the printed element it reads (handoutkit.anchors), for the EPUB


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
    """The whole reading: opening (title, summary, clinic, intro), sections, closing lines."""
    speaker = _Speaker(handout.meta.lang,
                       {**dict(config.pronunciations), **dict(handout.meta.speech)})
    labels = labels_for(handout.meta.lang)
    opening = [*speaker.say(as_sentence(handout.meta.title), PARAGRAPH_PAUSE, anchors.TITLE),
               *speaker.say(handout.meta.summary, PARAGRAPH_PAUSE, anchors.SUMMARY),
               *speaker.say(labels.said.from_clinic.format(clinic=config.name), PARAGRAPH_PAUSE,
                            anchors.CLINIC),
               *speaker.blocks(handout.intro, labels)]
    chapters = [Chapter(handout.meta.title, _end_chapter(opening))]
    for section in handout.sections:
        chapters.append(Chapter(section.title, _end_chapter(speaker.section(section, labels))))
    last = chapters[-1]
    closing = _closing(handout, config, labels, speaker)
    chapters[-1] = Chapter(last.title, _end_chapter([*last.segments, *closing]))
    return Script(tuple(chapters))


def _closing(handout: Handout, config: ClinicConfig, labels: Labels,
             speaker: _Speaker) -> list[Segment]:
    lines = [(labels.said.closing.format(clinic=config.name), anchors.CONTACT)]
    if config.phone:
        lines.append((labels.said.call.format(phone=config.phone), anchors.CONTACT))
    if handout.meta.reviewed:
        lines.append((labels.said.reviewed.format(date=labels.date(handout.meta.reviewed)),
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

    def __init__(self, lang: str, overrides: Mapping[str, str]) -> None:
        self.lang = lang
        self.overrides = overrides

    def say(self, text: str, pause: float, ref: str) -> list[Segment]:
        """One piece of text as sentences, each reading the printed element ``ref``; the
        last one gets ``pause`` after it."""
        spoken = normalize(text, self.lang, self.overrides)
        sentences = [s for s in _SENTENCE_END.split(spoken) if re.search(r"\w", s)]
        return [Segment(s, pause if i == len(sentences) - 1 else SENTENCE_PAUSE, ref)
                for i, s in enumerate(sentences)]

    def section(self, section: Section, labels: Labels) -> list[Segment]:
        segments = [*self.say(as_sentence(section.title), PARAGRAPH_PAUSE,
                              anchors.heading_id(section)),
                    *self.blocks(section.blocks, labels)]
        for sub in section.subsections:
            segments.extend(self.section(sub, labels))
        return segments

    def blocks(self, blocks: tuple[Block, ...], labels: Labels) -> list[Segment]:
        return [segment for block in blocks for segment in self.block(block, labels)]

    def block(self, block: Block, labels: Labels) -> list[Segment]:
        match block:
            case Paragraph(inlines=inlines):
                return self.say(plain_text(inlines), PARAGRAPH_PAUSE, anchors.block_id(block))
            case BulletList(items=items):
                return [s for item in items for s in self.blocks(item.blocks, labels)]
            case NumberedList(items=items, start=start):
                return [s for number, item in enumerate(items, start)
                        for s in self._numbered(number, item.blocks, labels)]
            case Table(header=header, rows=rows):
                names = [plain_text(cell) for cell in header]
                return [s for i, row in enumerate(rows)
                        for s in self.say(_row(names, row), PARAGRAPH_PAUSE,
                                          anchors.row_id(block, i))]
            case Image(alt=alt):
                return self.say(labels.said.picture.format(alt=alt.rstrip(".")), PARAGRAPH_PAUSE,
                                anchors.block_id(block))
            case Callout(kind=kind, blocks=inner):
                return [*self.say(labels.said.callouts[kind], SENTENCE_PAUSE,
                                  anchors.block_id(block)),
                        *self.blocks(inner, labels)]
            case _:
                assert_never(block)

    def _numbered(self, number: int, blocks: tuple[Block, ...], labels: Labels) -> list[Segment]:
        segments = self.blocks(blocks, labels)
        if segments:
            first = segments[0]
            spoken_number = normalize(str(number), self.lang, self.overrides)
            segments[0] = dataclasses.replace(first, text=f"{spoken_number}. {first.text}")
        return segments


def _row(names: list[str], row: tuple) -> str:
    """"Food: milk. Has: calcium." — each cell with its column name."""
    cells = [as_sentence(plain_text(cell)) for cell in row]
    return " ".join(f"{name}: {cell}" if name else cell
                    for name, cell in zip(names, cells, strict=False))
