"""Braille lines and pages: indents, centring, page breaks and page numbers for an embosser.

Works on Braille ASCII already translated, so every character is one cell. The rules are
BANA's *Braille Formats* (2016): 40 cells by 25 lines; a centred line keeps at least three
blank cells at each side; a blank line never opens a page; a heading is never the last
thing on a page, nor a box's closing line the first; the braille page number stands at the
right end of line 25, with at least three blank cells before it when text shares that line;
a box line there is shortened to leave them (Braille Formats §7.3a). Ours besides: a block
can be kept whole on one page (a source: an address at the top of a page is cut off from
the title that says whose it is).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)

CELLS = 40  # cells per line (BANA: the standard 11 x 11.5 inch braille page)
LINES = 25  # lines per page
CENTRED_MARGIN = 3  # blank cells at least on each side of a centred line
NUMBER_GAP = 3  # blank cells at least between text and the page number on line 25
BOX_CELL = "7"  # dots 2356: the cell box lines are drawn with (transcribe.BOX_LINE)
CENTRED = 0  # as a first-line cell: the block is centred
LINE_END = "\r\n"  # BRF lines end in CR LF, as embosser drivers expect
FORM_FEED = "\f"


@dataclass(frozen=True)
class Block:
    """A run of braille laid out one way: a paragraph, heading, list item or box line."""

    text: str  # Braille ASCII, one character per cell
    first: int  # 1-based cell where the first line starts; CENTRED to centre every line
    runover: int  # cell where the following lines start
    blank_before: bool = False  # a blank line before it (dropped at the top of a page)
    keep_with_next: bool = False  # a heading: never alone at the foot of a page
    keep_with_previous: bool = False  # a box's closing line: never alone at the top of a page
    whole: bool = False  # all its lines on one page: a source's title with its address


@dataclass(frozen=True)
class Line:
    text: str  # the cells of the line, indent included
    blank: bool = False  # a blank separator line
    keep: bool = False  # stays on the page of the line after it


def lay_out(blocks: Sequence[Block]) -> list[Line]:
    """Every block as lines, with the blank lines and keeps between them."""
    lines: list[Line] = []
    for block in blocks:
        if block.blank_before and lines:
            lines.append(Line("", blank=True))
        wrapped = _wrap_block(block)
        if block.keep_with_previous and lines and not lines[-1].blank:
            lines[-1] = Line(lines[-1].text, keep=True)
        lines += [Line(text, keep=block.keep_with_next or block.whole and n < len(wrapped) - 1)
                  for n, text in enumerate(wrapped)]
    return lines


def _wrap_block(block: Block) -> list[str]:
    if block.first == CENTRED:
        width = CELLS - 2 * CENTRED_MARGIN
        return [" " * ((CELLS - len(t)) // 2) + t for t in wrap(block.text, width, width)]
    first, runover = block.first - 1, block.runover - 1
    rows = wrap(block.text, CELLS - first, CELLS - runover)
    return [" " * (first if i == 0 else runover) + row for i, row in enumerate(rows)]


def wrap(text: str, first_width: int, width: int) -> list[str]:
    """Words of ``text`` filled into rows, the first ``first_width`` cells wide, the rest
    ``width``; a word longer than a row is cut where the row ends."""
    rows: list[str] = []
    row = ""
    for word in text.split():
        room = first_width if not rows else width
        if row and len(row) + 1 + len(word) > room:
            rows.append(row)
            row, room = "", width
        while not row and len(word) > room:  # too long even for an empty row
            rows.append(word[:room])
            word, room = word[room:], width
        row = f"{row} {word}" if row else word
    if row:
        rows.append(row)
    return rows


def paginate(lines: Sequence[Line], number: Callable[[int], str]) -> list[list[str]]:
    """Lines into pages of at most LINES lines, each numbered at the right of its last line.

    ``number(n)`` is braille page n in Braille ASCII ("#A" for 1 in English braille).
    """
    pages: list[list[str]] = []
    page: list[str] = []
    for index, line in enumerate(lines):
        if line.blank and not page:
            continue  # no blank line on line 1
        if page and _breaks_before(lines, index, len(page), number(len(pages) + 1)):
            page = _close(pages, page, number)
        if line.blank and not page:
            continue
        page.append(line.text)
        if len(page) == LINES:
            page = _close(pages, page, number)
    if page or not pages:
        _close(pages, page, number)
    return pages


def _breaks_before(lines: Sequence[Line], index: int, used: int, page_number: str) -> bool:
    """Whether line ``index`` must start a new page: a heading whose first line of text
    would not fit after it, or a line too long to share line 25 with the page number."""
    if _chain_starts(lines, index):
        chain, room = _chain(lines, index), LINES - used
        if chain == room and not _fits_beside(lines[index + chain - 1].text, page_number):
            room -= 1  # its last line could not share line 25 with the page number
        if chain > room:
            return True
    return used == LINES - 1 and not _fits_beside(lines[index].text, page_number)


def _chain_starts(lines: Sequence[Line], index: int) -> bool:
    return lines[index].keep and (index == 0 or not lines[index - 1].keep)


def _chain(lines: Sequence[Line], index: int) -> int:
    """Lines from ``index`` through the first line not kept with its next (a heading and
    the first line of what follows it)."""
    end = index
    while end < len(lines) - 1 and lines[end].keep:
        end += 1
    return end - index + 1


def _fits_beside(text: str, page_number: str) -> bool:
    return _is_box_line(text) or len(text.rstrip()) + NUMBER_GAP + len(page_number) <= CELLS


def _is_box_line(text: str) -> bool:
    return len(text) == CELLS and set(text) == {BOX_CELL}


def _close(pages: list[list[str]], page: list[str], number: Callable[[int], str]) -> list[str]:
    """Pad the page to LINES lines, put its number at the right of the last, keep it."""
    page_number = number(len(pages) + 1)
    rows = [*page, *[""] * (LINES - len(page))]
    last = rows[-1].rstrip()
    if _is_box_line(last):  # shortened, three blank cells before the number
        last = last[:CELLS - NUMBER_GAP - len(page_number)]
    rows[-1] = last + " " * (CELLS - len(last) - len(page_number)) + page_number
    pages.append([row.rstrip() for row in rows])
    return []


def render_brf(pages: Sequence[Sequence[str]]) -> str:
    """The pages as a BRF file: CR LF after every line, a form feed between pages."""
    return FORM_FEED.join(LINE_END.join(page) + LINE_END for page in pages)
