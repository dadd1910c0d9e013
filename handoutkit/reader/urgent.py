"""The "Get help now" panel: what to do at once, shown first in every output.

A handout with WARNING or CAUTION boxes gets a short panel on page 1 of the leaflet, in the
first 30 seconds of the audio and above the web page's player. Its lines are the author's
``urgent:`` front matter when written, otherwise every box's own words: each paragraph, and
each list of signs under the lead-in before it ("Call 911 if you have:" then the signs).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import assert_never

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

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HelpContact:
    """How to reach the clinic, printed and said in every "Get help now" box."""

    clinic: str  # the clinic's name
    phone: str | None  # as the clinic writes it: "(555) 555-0134"
    phone_href: str | None  # "tel:+15555550134"
    after_hours: str | None  # what to do when the clinic is closed, in the handout's language


@dataclass(frozen=True, slots=True)
class HelpAction:
    """One thing to do in the panel, with the signs it is about (a box's list) when it has any:
    "Call 911 if you have:" then "chest pain", "sudden shortness of breath"."""

    text: str  # a sentence, or a lead-in ending with ":" before its signs
    signs: tuple[str, ...] = ()  # the box's list items, as printed


@dataclass(frozen=True, slots=True)
class HelpPanel:
    """The short "Get help now" panel that comes before everything else."""

    actions: tuple[HelpAction, ...]  # what to do, in reading order
    contact: HelpContact

    @property
    def before_contact(self) -> int:
        """How many actions the reading and the e-book give before the clinic's number: up
        to the first call to action (a line with no signs under it), so that the number is
        heard within 30 seconds yet never splits a lead-in from the call it leads to."""
        return next((i + 1 for i, action in enumerate(self.actions) if not action.signs),
                    len(self.actions))


def urgent_boxes(intro: Iterable[Block], sections: Iterable[Section]) -> Iterator[Callout]:
    """Every WARNING and CAUTION box, in reading order."""
    yield from (b for b in intro if isinstance(b, Callout) and b.kind.is_urgent)
    for section in sections:
        yield from urgent_boxes(section.blocks, section.subsections)


def help_panel(handout: Handout, contact: HelpContact) -> HelpPanel | None:
    """The panel for a handout with "Get help now" boxes, or None when it has none."""
    boxes = list(urgent_boxes(handout.intro, handout.sections))
    if not boxes:
        return None
    if handout.meta.urgent:
        actions = [HelpAction(line) for line in handout.meta.urgent]
    else:
        actions = [action for box in boxes for action in _actions(box.blocks)]
    return HelpPanel(tuple(dict.fromkeys(actions)), contact)


def _actions(blocks: Iterable[Block]) -> list[HelpAction]:
    """A box's paragraphs as actions, each list's items as the signs of the lead-in before it
    ("…if you have:"), or as actions of their own when no lead-in comes before the list."""
    actions: list[HelpAction] = []
    for block in blocks:
        match block:
            case Paragraph(inlines=inlines):
                text = " ".join(plain_text(inlines).split())
                if text:
                    actions.append(HelpAction(text if text.endswith(":") else as_sentence(text)))
            case BulletList() | NumberedList():
                signs = tuple(_items(block))
                if actions and actions[-1].text.endswith(":") and not actions[-1].signs:
                    actions[-1] = HelpAction(actions[-1].text, signs)
                else:
                    actions.extend(HelpAction(as_sentence(sign)) for sign in signs)
            case Callout(blocks=inner):
                actions.extend(_actions(inner))
            case Table() | Image():
                continue
            case _:
                assert_never(block)
    return actions


def _items(block: BulletList | NumberedList) -> Iterator[str]:
    """Every list item's words, nested lists' items after their parent's."""
    for item in block.items:
        for inner in item.blocks:
            if isinstance(inner, Paragraph):
                text = " ".join(plain_text(inner.inlines).split())
                if text:
                    yield text
            elif isinstance(inner, BulletList | NumberedList):
                yield from _items(inner)
