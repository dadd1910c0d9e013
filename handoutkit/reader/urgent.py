"""The "Get help now" panel: what to do at once, shown first in every output.

A handout with WARNING or CAUTION boxes gets a short panel on page 1 of the leaflet, in the
first 30 seconds of the audio and above the web page's player. Its lines are the author's
``urgent:`` front matter when written, otherwise each box's calls to action: the box's own
paragraphs (not its list of signs), leaving out a lead-in that ends with a colon.
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
class HelpPanel:
    """The short "Get help now" panel that comes before everything else."""

    actions: tuple[str, ...]  # what to do, one sentence-ended line each
    contact: HelpContact


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
    actions = handout.meta.urgent or tuple(a for box in boxes for a in _actions(box))
    return HelpPanel(tuple(dict.fromkeys(actions)), contact)


def _actions(box: Callout) -> list[str]:
    """The box's calls to action; its first line of text when it has none of its own."""
    texts = [plain_text(b.inlines).strip() for b in box.blocks if isinstance(b, Paragraph)]
    actions = [as_sentence(t) for t in texts if t and not t.endswith(":")]
    return actions or [as_sentence(_first_text(box.blocks))]


def _first_text(blocks: Iterable[Block]) -> str:
    """The first paragraph or list item's words (a box's lead-in colon dropped)."""
    for block in blocks:
        match block:
            case Paragraph(inlines=inlines):
                return plain_text(inlines).rstrip(":")
            case BulletList(items=items) | NumberedList(items=items):
                return _first_text(items[0].blocks)
            case Callout(blocks=inner):
                return _first_text(inner)
            case Table() | Image():
                continue
            case _:
                assert_never(block)
    return ""
