"""Size limits no real handout reaches; they keep every build's time and memory bounded.

The longest sample, a guide, has 1,200 words, lists of 8 items and tables of 3 columns. The
limits sit far above that yet below what would take minutes to lay out or voice: a list of
5,000 items takes 30 s and 240 pages to print, a 1,000-word sentence 2 minutes to voice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import assert_never

from handoutkit.errors import Problem
from handoutkit.model import (
    Block,
    BulletList,
    Callout,
    Image,
    NumberedList,
    Paragraph,
    Section,
    Table,
    walk,
)
from handoutkit.reader.inlines import plain_text
from handoutkit.reader.sentences import split_sentences

MAX_WORDS = 10_000  # about 40 large-print pages or 70 minutes of audio
MAX_SENTENCE_WORDS = 100  # the audio voices a sentence in one go; lint warns above 25
MAX_LIST_ITEMS = 200
MAX_TABLE_ROWS = 200
MAX_TABLE_COLUMNS = 8  # a week by day plus a label column; more cannot fit at 18 pt
DEFAULT_RATE = 160  # words a minute while speaking (STANDARDS: 145–175, 160 for patients)
RATES = range(120, 201)  # what clinic.yaml and front matter may ask for
RATE_HINT = "give words a minute between 120 and 200, e.g. 'speech_rate: 160'"


def check_limits(path: Path, intro: tuple[Block, ...],
                 sections: tuple[Section, ...]) -> list[Problem]:
    """A problem for every list, table or sentence over its limit, and for the whole handout."""
    problems: list[Problem] = []
    words = sum(len(title.split()) for title in _titles(sections))
    for block in walk(intro, sections):
        problems.extend(_block_problem(path, block))
        for text in _texts(block):
            words += len(text.split())
            problems.extend(_sentence_problems(path, block.line, text))
    if words > MAX_WORDS:
        problems.append(Problem(path, 1, f"the handout has {words:,} words, more than "
                                f"the {MAX_WORDS:,} a handout may have",
                                "split it into shorter handouts, one topic each"))
    return sorted(problems, key=lambda problem: problem.line)


def _block_problem(path: Path, block: Block) -> list[Problem]:
    match block:
        case BulletList(items=items) | NumberedList(items=items) if len(items) > MAX_LIST_ITEMS:
            return [Problem(path, block.line, f"the list has {len(items):,} items, more than "
                            f"{MAX_LIST_ITEMS}", "split it into shorter lists under headings")]
        case Table(header=header) if len(header) > MAX_TABLE_COLUMNS:
            return [Problem(path, block.line, f"the table has {len(header)} columns, more than "
                            f"the {MAX_TABLE_COLUMNS} that fit across a large-print page",
                            "split it into narrower tables, or write it as a list")]
        case Table(rows=rows) if len(rows) > MAX_TABLE_ROWS:
            return [Problem(path, block.line, f"the table has {len(rows):,} rows, more than "
                            f"{MAX_TABLE_ROWS}", "split it into shorter tables under headings")]
    return []


def _sentence_problems(path: Path, line: int, text: str) -> Iterator[Problem]:
    for sentence in split_sentences(text):
        words = sentence.split()
        if len(words) > MAX_SENTENCE_WORDS:
            start = " ".join(words[:6])
            yield Problem(path, line, f"a sentence has {len(words):,} words (\"{start} …\"), "
                          f"more than {MAX_SENTENCE_WORDS}",
                          "end each sentence with a full stop; aim for under 25 words")


def _texts(block: Block) -> list[str]:
    """The words a block itself shows (not its children's)."""
    match block:
        case Paragraph(inlines=inlines):
            return [plain_text(inlines)]
        case Table(header=header, rows=rows):
            return [plain_text(cell) for row in (header, *rows) for cell in row]
        case Image(alt=alt):
            return [alt]
        case BulletList() | NumberedList() | Callout():
            return []
        case _:
            assert_never(block)


def _titles(sections: tuple[Section, ...]) -> Iterator[str]:
    for section in sections:
        yield section.title
        yield from _titles(section.subsections)
