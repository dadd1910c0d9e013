"""What must not break: runs of text inside a line, and "Get help now" boxes across pages.

"2.25–2.75 mmol/L" split as "2.25–" / "2.75 mmol/L", or "(555)" / "555-0134", is misread by
someone who reads one line at a time; both outputs wrap such runs in a no-wrap span.

A warning box split across pages leaves a magnifier user with a box that has no label, or
no number to call. The leaflet's CSS moves a box whole to the next page; a box taller than
a whole page cannot move, so after a first layout it is cut between its blocks into parts
that each fit a page, every part with the box's label and the clinic's number and
after-hours lines (`split_tall_boxes`), and laid out again.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from typing import Any
from xml.etree import ElementTree

from markupsafe import Markup, escape

# A number, then "–", "-", "/", "." or spaces and more digits: 2.25–2.75, (555) 555-0134,
# 1-800-555-0199, 140/90; a unit written right after a range stays with it (2.25–2.75 mmol/L).
_RUN = re.compile(
    r"(?:\(\d+\)\s?)?\d[\d.,]*(?:\s?[–—-]\s?\d[\d.,]*|[\s/-]\d[\d.,]*)+"
    r"(?:\s?(?:%|[A-Za-zµ]+/[A-Za-z]+))?"
)
URGENT = "urgent"  # the class of every "Get help now" box in the leaflet
PANEL = "get-help"  # the class of the "Get help now" panel under the title, on page 1
CONTACT = ("call", "after-hours")  # the classes of the lines that end each urgent box
LISTS = ("ul", "ol")
SLACK = 6.0  # points left free in each part: margins the sum of heights cannot see


def keep_together(text: str) -> Markup:
    """``text`` escaped, with every range or phone number in a ``<span class="nowrap">``."""
    parts, last = [], 0
    for match in _RUN.finditer(text):
        parts += [escape(text[last:match.start()]),
                  Markup('<span class="nowrap">%s</span>') % match.group()]
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def split_tall_boxes(root: ElementTree.Element, pages: Sequence[Any]) -> bool:
    """Cut every urgent box that the layout ``pages`` (WeasyPrint's) spread over several
    pages into parts that each fit one page, in the tree ``root`` they were laid out from;
    False when no box needed it."""
    spread: dict[ElementTree.Element, list[Any]] = {}
    on_page: dict[ElementTree.Element, set[int]] = {}
    for number, page in enumerate(pages):
        for box in _urgent_boxes(page._page_box):
            spread.setdefault(box.element, []).append(box)
            on_page.setdefault(box.element, set()).add(number)
    tall = [element for element, numbers in on_page.items() if len(numbers) > 1]
    parents = _parent_map(root) if tall else {}
    cut = []
    for section in tall:
        first = spread[section][0]
        room = pages[0]._page_box.height - _frame(first) - SLACK
        # The panel flows on from under the title (it never moves off page 1): its first
        # part gets the room left on that page, the others a page each.
        page = pages[min(on_page[section])]._page_box
        left = page.content_box_y() + page.height - first.position_y - _frame(first) - SLACK
        rooms = (left if PANEL in section.get("class", "").split() else room, room)
        cut.append(_split(section, _heights(spread[section]), rooms, parents))
    return any(cut)


def _urgent_boxes(page_box: Any) -> Iterator[Any]:
    for box in page_box.descendants():
        element = getattr(box, "element", None)
        if (element is not None and element.tag == "section" and box.element_tag == "section"
                and URGENT in element.get("class", "").split()):
            yield box


def _frame(box: Any) -> float:
    """The box's own borders, padding and margins: what every part adds around its blocks."""
    style = box.style
    return float(style["border_top_width"] + style["border_bottom_width"] + box.padding_top
                 + box.padding_bottom + box.margin_top + box.margin_bottom)


def _heights(fragments: list[Any]) -> dict[ElementTree.Element, float]:
    """Each child element's height, and each list item's, fragments on every page added up."""
    heights: dict[ElementTree.Element, float] = {}
    boxes = [child for fragment in fragments for child in fragment.children]
    boxes += [item for box in boxes if getattr(box, "element_tag", None) in LISTS
              for item in getattr(box, "children", ())]
    for box in boxes:
        element = getattr(box, "element", None)
        if element is not None and element.tag != "section":
            heights[element] = heights.get(element, 0.0) + box.margin_height()
    return heights


def _parent_map(root: ElementTree.Element) -> dict[ElementTree.Element, ElementTree.Element]:
    return {child: parent for parent in root.iter() for child in parent}


# A piece a box may be cut before: a block, or an item of one of its lists (with that list).
_Unit = tuple[ElementTree.Element, ElementTree.Element | None]


def _units(blocks: list[ElementTree.Element]) -> list[_Unit]:
    return [unit for block in blocks for unit in (
        [(item, block) for item in block if isinstance(item.tag, str)]
        if block.tag in LISTS else [(block, None)])]


def _split(section: ElementTree.Element, heights: dict[ElementTree.Element, float],
           rooms: tuple[float, float],
           parents: dict[ElementTree.Element, ElementTree.Element]) -> bool:
    """Replace ``section`` by parts: its label, a run of its blocks or list items, its
    contact lines; a lead-in ending with ":" goes with what follows it. ``rooms``: the
    height the first part may take, then each other part. False when there is nothing to
    cut between."""
    children = [c for c in section if isinstance(c.tag, str)]
    label, body = children[0], children[1:]
    contact = [c for c in body if set(c.get("class", "").split()) & set(CONTACT)]
    units = _units([c for c in body if c not in contact])
    fixed = heights.get(label, 0.0) + sum(heights.get(c, 0.0) for c in contact)
    groups: list[list[_Unit]] = [[]]
    used = fixed
    for unit in units:
        height = _added_height(unit, groups[-1], heights)
        if groups[-1] and used + height > rooms[len(groups) > 1]:
            carried = [groups[-1].pop()] if _leads_in(groups[-1][-1]) and \
                len(groups[-1]) > 1 else []
            groups.append(carried)
            used = fixed + sum(_added_height(u, carried[:i], heights)
                               for i, u in enumerate(carried))
            height = _added_height(unit, groups[-1], heights)
        groups[-1].append(unit)
        used += height
    if len(groups) < 2:
        return False  # one block taller than a page
    parent = parents[section]
    at = list(parent).index(section)
    parent.remove(section)
    for number, group in enumerate(groups, start=1):
        parent.insert(at + number - 1, _part(section, label, _rebuilt(group), contact, number))
    return True


def _added_height(unit: _Unit, group: list[_Unit],
                  heights: dict[ElementTree.Element, float]) -> float:
    """What ``unit`` adds to a part holding ``group``: its height and, for the first item of
    a list in the part, the list's own margins and padding as laid out (the list's height
    less its items')."""
    element, in_list = unit
    if in_list is None or any(other is in_list for _, other in group):
        return heights.get(element, 0.0)
    items = [i for i in in_list if isinstance(i.tag, str)]
    own = heights.get(in_list, 0.0) - sum(heights.get(i, 0.0) for i in items)
    return heights.get(element, 0.0) + max(own, 0.0)


def _leads_in(unit: _Unit) -> bool:
    element, in_list = unit
    return in_list is None and "".join(element.itertext()).rstrip().endswith(":")


def _rebuilt(group: list[_Unit]) -> list[ElementTree.Element]:
    """The group's blocks, each run of one list's items in a copy of that list (a numbered
    list keeps its numbers)."""
    blocks: list[ElementTree.Element] = []
    current: tuple[ElementTree.Element, ElementTree.Element] | None = None
    for element, in_list in group:
        if in_list is None:
            blocks.append(element)
            current = None
            continue
        if current is None or current[0] is not in_list:
            piece = ElementTree.Element(in_list.tag, dict(in_list.attrib))
            items = [i for i in in_list if isinstance(i.tag, str)]
            if in_list.tag == "ol":
                piece.set("start", str(int(in_list.get("start", "1")) + items.index(element)))
            current = (in_list, piece)
            blocks.append(piece)
        current[1].append(element)
    return blocks


def _part(section: ElementTree.Element, label: ElementTree.Element,
          blocks: list[ElementTree.Element], contact: list[ElementTree.Element],
          number: int) -> ElementTree.Element:
    """One part of a cut box: the first keeps the box's ids, the others get "_2", "_3"…"""
    part = ElementTree.Element(section.tag, dict(section.attrib))
    part.text = section.text
    heading = copy.deepcopy(label)
    if number > 1:
        heading.set("id", f"{label.get('id')}_{number}")
        part.set("aria-labelledby", heading.get("id", ""))
    part.extend([heading, *blocks, *(copy.deepcopy(c) for c in contact)])
    part.tail = section.tail
    return part


def serialise(root: ElementTree.Element) -> str:
    """The tree as an HTML document again, for a second layout."""
    return "<!DOCTYPE html>\n" + ElementTree.tostring(root, encoding="unicode", method="html")
