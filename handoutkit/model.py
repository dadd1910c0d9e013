"""The document model: frozen dataclasses every writer reads, and pure walks over them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import assert_never

from handoutkit.language import primary_language

# ---- inline content -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    text: str  # plain characters, already unescaped


@dataclass(frozen=True, slots=True)
class Strong:
    children: tuple[Inline, ...]  # printed bold


@dataclass(frozen=True, slots=True)
class Emphasis:
    children: tuple[Inline, ...]  # printed bold too: large print never uses italics


@dataclass(frozen=True, slots=True)
class Link:
    children: tuple[Inline, ...]  # the words a reader sees and the voice says
    url: str  # shown in print, never read aloud


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A hard line break inside a paragraph."""


class QuantityKind(Enum):
    """What a quantity is; each is recognised by handoutkit.reader.quantities."""

    PHONE = "phone"
    DATE = "date"
    TIME = "time"
    TEMPERATURE = "temperature"
    RATIO = "ratio"  # 140/90: blood pressure
    RANGE = "range"
    FRACTION = "fraction"
    PERCENT = "percent"
    DOSE = "dose"  # a number with a unit: 1.25 mg, 2 L
    ORDINAL = "ordinal"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text, read once: every output prints ``text``; the voice's words must
    read back to ``values``."""

    text: str  # exactly as printed: "1,25 mg", "(555) 555-0134", "140/90"
    kind: QuantityKind
    values: tuple[str, ...]  # each number in it, ASCII digits, "." as decimal mark, no groups
    unit: str = ""  # as printed: "mg", "°C", "%", "mm Hg"; "" for none


Inline = Text | Quantity | Strong | Emphasis | Link | LineBreak


# ---- blocks ---------------------------------------------------------------------


class CalloutKind(Enum):
    NOTE = "NOTE"
    TIP = "TIP"
    IMPORTANT = "IMPORTANT"
    WARNING = "WARNING"
    CAUTION = "CAUTION"

    @property
    def is_urgent(self) -> bool:
        """WARNING and CAUTION are the "get help now" boxes."""
        return self in (CalloutKind.WARNING, CalloutKind.CAUTION)


@dataclass(frozen=True, slots=True)
class Paragraph:
    inlines: tuple[Inline, ...]
    line: int  # 1-based line in the handout file


@dataclass(frozen=True, slots=True)
class ListItem:
    blocks: tuple[Block, ...]  # usually one Paragraph; may hold a nested list
    line: int


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]
    line: int


@dataclass(frozen=True, slots=True)
class NumberedList:
    items: tuple[ListItem, ...]
    start: int  # number of the first item
    line: int


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[tuple[Inline, ...], ...]  # one entry per column
    rows: tuple[tuple[tuple[Inline, ...], ...], ...]  # each row has one entry per column
    line: int


@dataclass(frozen=True, slots=True)
class Image:
    path: Path  # absolute, resolved, inside the handouts folder
    src: str  # as written in the handout, relative to the handouts folder
    alt: str  # never empty
    line: int


@dataclass(frozen=True, slots=True)
class Callout:
    kind: CalloutKind
    blocks: tuple[Block, ...]
    line: int


Block = Paragraph | BulletList | NumberedList | Table | Image | Callout


# ---- document -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    title: str  # plain text of the heading
    level: int  # 2 for ##, 3 for ###
    blocks: tuple[Block, ...]  # content before the first subsection
    subsections: tuple[Section, ...]  # ### sections inside a ## section; empty for level 3
    line: int
    slug: str  # unique id within the handout, for links and bookmarks


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str | None  # printed, never read aloud
    lang: str | None = None  # the source's language when not the handout's: "en"


@dataclass(frozen=True, slots=True)
class Meta:
    title: str
    lang: str  # BCP 47 tag as written, e.g. "en", "es"
    summary: str  # one sentence, read first in the audio
    reviewed: dt.date | None = None
    audience: str | None = None
    sources: tuple[Source, ...] = ()
    speech: tuple[tuple[str, str], ...] = ()  # per-handout pronunciations, term → spoken form
    urgent: tuple[str, ...] = ()  # the author's "Get help now" panel lines, if written
    after_hours: tuple[tuple[str, str], ...] = ()  # tag ("*": any) → this handout's own line
    speech_rate: int | None = None  # words a minute while speaking; None: the clinic's
    translated_from: str | None = None  # a translation: the source's version it was made from
    lang_line: int = 1  # the line of `lang:` in the file, where language warnings point
    review_due: dt.date | None = None  # when the handout must be looked at again
    approved_by: str | None = None  # who signed it off: "Dr Ana Ruiz, Obstetrician"
    approved: dt.date | None = None  # when
    approved_digest: str | None = None  # the content they approved (checks/approval.py)
    translated_by: str | None = None  # a translation: who made it
    translation: str | None = None  # "human" or "machine"
    reviewed_by: str | None = None  # the qualified translator who checked it
    critical: bool = False  # discharge or procedure instructions: a machine translation
    # must be reviewed by a person
    expired: dt.date | None = None  # set by the build, not the file: the clinic publishes
    # it marked as out of date, review was due on this date


@dataclass(frozen=True, slots=True)
class Handout:
    path: Path  # the source file
    name: str  # file name without ".md": "leg-cramps-in-pregnancy.es"
    meta: Meta
    intro: tuple[Block, ...]  # blocks before the first ## section
    sections: tuple[Section, ...] = field(default=())

    @property
    def base_lang(self) -> str:
        """Primary language subtag: "es" for "es-MX"."""
        return primary_language(self.meta.lang)


# ---- traversal ------------------------------------------------------------------


def walk(intro: Iterable[Block], sections: Iterable[Section]) -> Iterator[Block]:
    """Every block, nested ones (list items' and boxes' blocks) included, in reading order.
    Iterative: a deeply nested list costs no recursion."""
    pending = list(_top_blocks(intro, sections))[::-1]
    while pending:
        block = pending.pop()
        yield block
        pending.extend(children(block)[::-1])


def _top_blocks(intro: Iterable[Block], sections: Iterable[Section]) -> Iterator[Block]:
    yield from intro
    for section in sections:
        yield from _top_blocks(section.blocks, section.subsections)


def children(block: Block) -> tuple[Block, ...]:
    """The blocks directly inside a block: a list's items' blocks, a box's blocks."""
    match block:
        case BulletList(items=items) | NumberedList(items=items):
            return tuple(inner for item in items for inner in item.blocks)
        case Callout(blocks=inner):
            return inner
        case Paragraph() | Table() | Image():
            return ()
        case _:
            assert_never(block)


def handout_images(handout: Handout) -> Iterator[Image]:
    """Every picture in the handout, in reading order."""
    return (block for block in walk(handout.intro, handout.sections) if isinstance(block, Image))
