"""Handout → braille blocks in the order and formats a transcriber uses (BANA Braille Formats).

The text is the printed text, never the speech script: digits stay digits (with the number
sign), links are their words, web addresses uncontracted, bold is bold. Formats (first
cell-runover cell):
title and ## headings centred, ### headings 5-5, paragraphs 3-1, list items 1-3 (nested
3-5, 5-7), tables in listed form (first column 1-5, the others 3-5 after their column
heading), pictures as transcriber's notes 7-5. Boxes sit between box lines, where the author
put them; the "Get help now" panel comes first, right after the title, then the summary,
audience and review date, as on page 1 of the leaflet and in the reading (STANDARDS.md,
"Urgent information first"), and it and every urgent box end with the clinic's phone and
what to do when the clinic is closed, as print does.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from typing import assert_never

from handoutkit.config import ClinicConfig
from handoutkit.model import (
    Block,
    BulletList,
    Callout,
    Emphasis,
    Handout,
    Image,
    Inline,
    LineBreak,
    Link,
    ListItem,
    NumberedList,
    Paragraph,
    Quantity,
    Section,
    Strong,
    Table,
    Text,
)
from handoutkit.reader.inlines import plain_text
from handoutkit.reader.urgent import HelpContact, HelpPanel, help_panel
from handoutkit.writers.braille.layout import CELLS, CENTRED
from handoutkit.writers.braille.layout import Block as Cells
from handoutkit.writers.braille.tables import Brailler, Untranslatable

logger = logging.getLogger(__name__)

BOX_LINE = "7" * CELLS  # a full line of dots 2356: BANA's box line in 6-dot braille
NOTE_OPEN, NOTE_CLOSE = "@.<", "@.>"  # UEB transcriber's note indicators (4-46-126, 4-46-345)
BULLET = "\u2022"  # brailled as the UEB bullet, dots 456-256


class Transcriber:
    """Turns handouts in one language into braille blocks with its table and wording."""

    def __init__(self, brailler: Brailler, config: ClinicConfig, lang: str) -> None:
        self.brailler = brailler
        self.labels = config.labels_for(lang)
        self.config = config
        self.contact: list[Cells] = []  # the handout's contact lines, set per handout

    def handout(self, handout: Handout) -> list[Cells]:
        """Every block of the braille edition, in reading order."""
        contact = self.config.help_contact(handout.meta)  # its own after_hours: line wins
        self.contact = self._contact(contact)
        panel = help_panel(handout, contact)
        groups = [self._front(handout), self._panel(panel) if panel else [],
                  self._details(handout), *self._blocks(handout.intro)]
        for section in handout.sections:
            groups += self._section(section)
        groups += [self._sources(handout), self._clinic()]
        return _join([g for g in groups if g])

    def _front(self, handout: Handout) -> list[Cells]:
        meta = handout.meta
        front = [Cells(self._plain(meta.title), CENTRED, CENTRED)]
        if meta.expired:  # out of date, published so marked: before anything else
            banner = self.labels.expired.format(date=self.labels.date(meta.expired),
                                                clinic=self.config.name)
            front.append(Cells(self._plain(banner), 3, 1, blank_before=True))
        return front

    def _details(self, handout: Handout) -> list[Cells]:
        """The summary, "For: …", the review date and any sign-off, after the panel."""
        meta = handout.meta
        details = [Cells(self._plain(meta.summary), 3, 1, blank_before=True)]
        if meta.audience:  # "For: Pregnant people", labelled as in print
            audience = self.labels.colon.join((self.labels.audience, meta.audience))
            details.append(Cells(self._plain(audience), 1, 1))
        if meta.reviewed:
            words = (self.labels.last_reviewed, self.labels.date(meta.reviewed))
            reviewed = self.labels.colon.join(words)
            details.append(Cells(self._plain(reviewed), 1, 1))
        if meta.approved and meta.approved_by:
            approved = self.labels.approved.format(name=meta.approved_by,
                                                   date=self.labels.date(meta.approved))
            details.append(Cells(self._plain(approved), 1, 1))
        return details

    def _panel(self, panel: HelpPanel) -> list[Cells]:
        """The "Get help now" panel: box line, label, what to do, the clinic, box line."""
        label = Cells(self._plain(self.labels.get_help), 5, 5, keep_with_next=True)
        actions = [cells for action in panel.actions
                   for cells in [Cells(self._plain(action.text), 3, 1),
                                 *(Cells(self._plain(sign), 1, 3) for sign in action.signs)]]
        return [Cells(BOX_LINE, 1, 1, keep_with_next=True), label, *actions, *self.contact,
                Cells(BOX_LINE, 1, 1, keep_with_previous=True)]

    def _contact(self, contact: HelpContact) -> list[Cells]:
        """"Call {clinic} at {phone}." and the after-hours line, as paragraphs (3-1)."""
        lines = [self.labels.call_clinic.format(clinic=contact.clinic, phone=contact.phone)
                 ] if contact.phone else []
        lines += [contact.after_hours] if contact.after_hours else []
        return [Cells(self._plain(line), 3, 1) for line in lines]

    def _section(self, section: Section) -> list[list[Cells]]:
        first = CENTRED if section.level == 2 else 5
        heading = Cells(self._plain(section.title), first, first, keep_with_next=True)
        groups = [[heading], *self._blocks(section.blocks)]
        for sub in section.subsections:
            groups += self._section(sub)
        return groups

    def _blocks(self, blocks: Iterable[Block]) -> list[list[Cells]]:
        return [self._block(b) for b in blocks]

    def _block(self, block: Block, depth: int = 0) -> list[Cells]:
        match block:
            case Paragraph(inlines=inlines):
                return [Cells(self._inlines(inlines), 3 + 2 * depth, 1 + 2 * depth)]
            case BulletList(items=items):
                return self._list([self._bullet()] * len(items), items, depth)
            case NumberedList(items=items, start=start):
                return self._list([f"{n}. " for n in range(start, start + len(items))], items,
                                  depth)
            case Table():
                return self._table(block)
            case Image(alt=alt):
                note = self._plain(self.labels.said.picture.format(alt=alt.rstrip(".")))
                return [Cells(f"{NOTE_OPEN}{note}{NOTE_CLOSE}", 7, 5)]
            case Callout():
                return self._callout(block)
            case _:
                assert_never(block)

    def _list(self, marks: list[str], items: tuple[ListItem, ...], depth: int) -> list[Cells]:
        """Items at 1-3 (nested 3-5 …); an item's later paragraphs start at its runover."""
        cells: list[Cells] = []
        first, runover = 1 + 2 * depth, 3 + 2 * depth
        for mark, item in zip(marks, items, strict=True):
            for index, inner in enumerate(item.blocks):
                if isinstance(inner, Paragraph):
                    text, bold = _runs(inner.inlines)
                    text = f"{mark}{text}" if index == 0 else text
                    bold = [False] * len(mark) + bold if index == 0 else bold
                    start = first if index == 0 else runover
                    cells.append(Cells(self.brailler.translate(text, bold), start, runover))
                else:  # a nested list: no blank line inside the list
                    nested = self._block(inner, depth + 1)
                    cells += [dataclasses.replace(c, blank_before=False) for c in nested]
        return [dataclasses.replace(cells[0], blank_before=True), *cells[1:]] if cells else []

    def _table(self, table: Table) -> list[Cells]:
        """Listed form: each row's first entry at 1-5, the others at 3-5 after their heading."""
        names = [plain_text(cell).strip() for cell in table.header]
        cells: list[Cells] = []
        for row in table.rows:
            for column, cell in enumerate(row):
                text = plain_text(cell).strip()
                if column == 0:
                    cells.append(Cells(self._plain(text), 1, 5))
                else:
                    label = f"{names[column]}: {text}" if names[column] else text
                    cells.append(Cells(self._plain(label), 3, 5))
        return cells

    def _callout(self, callout: Callout) -> list[Cells]:
        """A box: box line, its label as a 5-5 heading, its blocks (an urgent box's ending
        with the clinic's phone), box line."""
        label = Cells(self._plain(self.labels.callout(callout.kind)), 5, 5, keep_with_next=True)
        inner = [c for b in callout.blocks for c in self._block(b)]
        inner = [dataclasses.replace(c, blank_before=False) for c in inner]
        inner += self.contact if callout.kind.is_urgent else []
        return [Cells(BOX_LINE, 1, 1, keep_with_next=True), label, *inner,
                Cells(BOX_LINE, 1, 1, keep_with_previous=True)]

    def _sources(self, handout: Handout) -> list[Cells]:
        sources = handout.meta.sources
        if not sources:
            return []
        items = [Cells(self._plain(s.title) + (f" {self.brailler.translate_address(s.url)}"
                                               if s.url else ""), 1, 3, whole=True)
                 for s in sources]
        return [Cells(self._plain(self.labels.sources), CENTRED, CENTRED, keep_with_next=True),
                *items]

    def _clinic(self) -> list[Cells]:
        """The clinic's name, phone and web address, kept on one page: a number or address
        alone at the top of the last page is cut off from whose it is."""
        lines = [self._plain(self.config.name)]
        if self.config.phone:
            lines.append(self._plain(f"{self.labels.phone}{self.labels.colon}{self.config.phone}"))
        if self.config.web:
            lines.append(self.brailler.translate_address(self.config.web))
        return [Cells(line, 1, 3, keep_with_next=n < len(lines) - 1)
                for n, line in enumerate(lines)]

    def _bullet(self) -> str:
        """The print bullet where the table has a braille one (UEB's 456-256); else none:
        the hanging indent alone shows where each item starts."""
        try:
            defined = "X2022" not in self.brailler.translate(BULLET)  # liblouis' "\\x2022"
        except Untranslatable:  # de-g1.ctb fails on it outright
            defined = False
        return f"{BULLET} " if defined else ""

    def _plain(self, text: str) -> str:
        return self.brailler.translate(" ".join(text.split()))

    def _inlines(self, inlines: tuple[Inline, ...]) -> str:
        return self.brailler.translate(*_runs(inlines))


def _join(groups: list[list[Cells]]) -> list[Cells]:
    """One list of blocks, a blank line before each heading, box, list, table and note and
    before what follows one (BANA: displayed material stands apart from the text)."""
    joined: list[Cells] = []
    apart_after = False
    for group in groups:
        apart = group[0].blank_before or group[0].keep_with_next or _displayed(group)
        first = dataclasses.replace(group[0], blank_before=apart or apart_after)
        joined += [first, *group[1:]]
        apart_after = _displayed(group)
    return joined


def _displayed(group: list[Cells]) -> bool:
    return group[-1].text == BOX_LINE or group[0].first in (1, 7) and not group[0].keep_with_next


def _runs(inlines: tuple[Inline, ...], bold: bool = False) -> tuple[str, list[bool]]:
    """The printed words of inline content and, per character, whether it is bold."""
    text, flags = "", []
    for node in inlines:
        match node:
            case Text(text=words) | Quantity(text=words):
                words = " ".join(words.split("\n"))
                text, flags = text + words, flags + [bold] * len(words)
            case Strong(children=inner) | Emphasis(children=inner):
                more, more_flags = _runs(inner, True)
                text, flags = text + more, flags + more_flags
            case Link(children=inner):
                more, more_flags = _runs(inner, bold)
                text, flags = text + more, flags + more_flags
            case LineBreak():
                text, flags = text + " ", flags + [False]
            case _:
                assert_never(node)
    return text, flags

