"""A name of its own for each "Get help now" box of the web page.

Every box is a region headed "Get help now", as the panel at the top is; regions with one
name cannot be told apart in a screen reader's list of landmarks (axe: landmark-unique). So
each box is named by its label and what it leads with: its opening bold words ("Get help
now: Call 911"), or the title of its section where it has none or another box opens with
the same words; a name two boxes would still share gets their number ("(1)", "(2)").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from handoutkit.model import Block, Callout, Handout, Paragraph, Section, Strong
from handoutkit.reader.inlines import plain_text

TRIMMED = " .,:;!?。，：；！？،؛"  # punctuation a lead may end with in print


def box_names(handout: Handout, label: str, colon: str) -> dict[int, str]:
    """Each urgent box's region name, by the box's line in the handout."""
    boxes = list(_boxes(handout.intro, handout.sections, ""))
    leads = [_opening_bold(box) or title for box, title in boxes]
    shared = Counter(leads)
    leads = [title if shared[lead] > 1 and title else lead
             for lead, (_, title) in zip(leads, boxes, strict=True)]
    named = [f"{label}{colon}{lead}" if lead else label for lead in leads]
    shared = Counter(named)
    numbered: Counter[str] = Counter()
    names = {}
    for (box, _), name in zip(boxes, named, strict=True):
        if shared[name] > 1 or name == label:  # the panel at the top is `label` alone
            numbered[name] += 1
            name = f"{name} ({numbered[name]})"
        names[box.line] = name
    return names


def _boxes(blocks: Iterable[Block], sections: Iterable[Section],
           title: str) -> Iterator[tuple[Callout, str]]:
    """Every urgent box, with the title of the section it stands in ("" before the first)."""
    for block in blocks:
        if isinstance(block, Callout) and block.kind.is_urgent:
            yield block, title
    for section in sections:
        yield from _boxes(section.blocks, section.subsections, section.title)


def _opening_bold(box: Callout) -> str:
    """The bold words a box opens with ("Call 911"), or "" when it opens otherwise."""
    first = box.blocks[0] if box.blocks else None
    if isinstance(first, Paragraph) and first.inlines and isinstance(first.inlines[0], Strong):
        return " ".join(plain_text(first.inlines[0].children).split()).strip(TRIMMED)
    return ""
