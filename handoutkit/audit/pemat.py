"""A plain-language pre-score: the PEMAT-P items a program can decide from the model.

PEMAT-P (AHRQ's Patient Education Materials Assessment Tool, printable version) has 17
understandability items (1–12, 15–19) and 7 actionability items (20–26). Those the model
can answer are decided here, each with the evidence a reviewer can check at its line; the
rest are left blank (``None``) for a person. A pre-score prepares a review, never replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from handoutkit.model import (
    BulletList,
    Callout,
    Handout,
    Inline,
    Link,
    NumberedList,
    Paragraph,
    Strong,
    Table,
    Text,
    walk,
)
from handoutkit.reader.inlines import plain_text
from handoutkit.reader.sentences import split_sentences

MAX_LIST_ITEMS = 7  # a longer list needs breaking into chunks
MAX_PART_WORDS = 150  # an opening or section longer than this is not a short chunk
VERY_SHORT_PARAGRAPHS = 2  # PEMAT: two paragraphs or fewer is very short material
MAX_TABLE_COLUMNS = 4
MAX_HEADER_WORDS = 4
DIRECT_SHARE = 1 / 3  # of sentences that speak to the reader ("you", "usted", "vous")
# Words that address the reader, per language; a language not here is left to a person.
SECOND_PERSON = {
    "en": {"you", "your", "yours", "yourself"},
    "es": {"usted", "ustedes", "su", "sus", "le", "tú", "tu", "tus", "te"},
    "fr": {"vous", "votre", "vos", "tu", "ton", "ta", "tes"},
    "pt": {"você", "vocês", "seu", "sua", "seus", "suas"},
}
CHECKBOX = re.compile(r"^\s*(\[ \]|☐)")
UNCLEAR_NUMBER = re.compile(r"\d+\s?%|\b\d+/\d+\b|\b\d+[.,]\d+\b")

# (number, kind, what it asks), in our words; the tool's guide has the full wording.
ITEMS = (
    (1, "understandability", "Purpose is clear from the start"),
    (2, "understandability", "Nothing distracts from the purpose"),
    (3, "understandability", "Common, everyday words"),
    (4, "understandability", "Medical terms only where needed, and explained"),
    (5, "understandability", "Active voice"),
    (6, "understandability", "Numbers are clear (whole numbers, no fractions or percentages)"),
    (7, "understandability", "No calculations asked of the reader"),
    (8, "understandability", "Information in short sections"),
    (8, "understandability", f"Lists of at most {MAX_LIST_ITEMS} items"),
    (9, "understandability", "Sections have informative headings"),
    (10, "understandability", "Logical order"),
    (11, "understandability", "A summary"),
    (12, "understandability", "Visual cues draw attention to key points"),
    (15, "understandability", "Pictures wherever they would help"),
    (16, "understandability", "Pictures support the text"),
    (17, "understandability", "Pictures have clear titles or captions"),
    (18, "understandability", "Pictures are clear and uncluttered"),
    (19, "understandability", "Tables are simple, with short clear headings"),
    (20, "actionability", "At least one action the reader can take"),
    (21, "actionability", "Actions address the reader directly"),
    (22, "actionability", "Actions broken into explicit steps"),
    (23, "actionability", "A tool such as a checklist where it would help"),
    (24, "actionability", "Simple instructions for any calculation"),
    (25, "actionability", "Explains how to use charts, tables or diagrams"),
    (26, "actionability", "Visual aids make acting easier"),
)


@dataclass(frozen=True)
class Item:
    """One PEMAT-P item: decided (agree True / disagree False / not applicable "n/a") or
    left for a person (None), with the evidence for the decision."""

    number: int
    kind: str  # "understandability" or "actionability"
    text: str
    met: bool | str | None
    evidence: str


def pre_score(handout: Handout) -> list[Item]:
    """Every PEMAT-P item for one handout, those the model decides filled in."""
    decided = {
        "Numbers are clear": _numbers(handout),
        "Information in short": _chunks(handout),
        "Lists of at most": _lists(handout),
        "A summary": (True, f"summary: “{handout.meta.summary}”, printed under the title "
                            "and read first"),
        "Visual cues": _cues(handout),
        "Tables are simple": _tables(handout),
        "Actions address": _direct(handout),
        "Actions broken": _steps(handout),
        "A tool such": _checklist(handout),
    }
    items = []
    for number, kind, text in ITEMS:
        met, evidence = next((found for start, found in decided.items()
                              if text.startswith(start)), (None, ""))
        items.append(Item(number, kind, text, met, evidence))
    return items


def _paragraph_texts(handout: Handout) -> Iterator[tuple[int, str]]:
    for block in walk(handout.intro, handout.sections):
        if isinstance(block, Paragraph):
            yield block.line, plain_text(block.inlines)
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                yield block.line, " ".join(plain_text(cell) for cell in row)


def _numbers(handout: Handout) -> tuple[bool | str, str]:
    texts = list(_paragraph_texts(handout))
    if not any(re.search(r"\d", text) for _, text in texts):
        return "n/a", "no numbers"
    unclear = [(line, found[0]) for line, text in texts
               if (found := UNCLEAR_NUMBER.search(text))]
    if unclear:
        return False, "; ".join(f"line {line}: “{text}”" for line, text in unclear[:3])
    return True, "every number is a whole number, with no fraction or percentage"


def _parts(handout: Handout) -> list[tuple[str, int, int]]:
    """(name, line, words) of the opening and each `##` section."""
    found = [("the opening", 1, _words(walk(handout.intro, ())))] if handout.intro else []
    found += [(f"“{s.title}”", s.line, _words(walk(s.blocks, s.subsections)))
              for s in handout.sections]
    return found


def _words(blocks: Iterable[object]) -> int:
    total = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            total += len(plain_text(block.inlines).split())
    return total


def _chunks(handout: Handout) -> tuple[bool | str, str]:
    paragraphs = sum(isinstance(b, Paragraph) for b in walk(handout.intro, handout.sections))
    if paragraphs <= VERY_SHORT_PARAGRAPHS:
        return "n/a", f"very short: {paragraphs} paragraph(s)"
    parts = _parts(handout)
    name, line, words = max(parts, key=lambda part: part[2])
    evidence = (f"{len(handout.sections)} section(s); the longest, {name} (line {line}), "
                f"has {words} words")
    if not handout.sections:
        return False, "no ## sections"
    return words <= MAX_PART_WORDS, evidence


def _lists(handout: Handout) -> tuple[bool | str, str]:
    lists = [b for b in walk(handout.intro, handout.sections)
             if isinstance(b, BulletList | NumberedList)]
    if not lists:
        return "n/a", "no lists"
    long = [b for b in lists if len(b.items) > MAX_LIST_ITEMS]
    if long:
        return False, "; ".join(f"line {b.line}: {len(b.items)} items" for b in long)
    return True, f"{len(lists)} list(s), the longest has {max(len(b.items) for b in lists)} items"


def _cues(handout: Handout) -> tuple[bool, str]:
    blocks = list(walk(handout.intro, handout.sections))
    boxes = [b.line for b in blocks if isinstance(b, Callout)]
    bullets = [b.line for b in blocks if isinstance(b, BulletList | NumberedList)]
    bold = [b.line for b in blocks if isinstance(b, Paragraph) and _has_bold(b.inlines)]
    cues = [f"{what} (first at line {lines[0]})"
            for what, lines in (("boxes", boxes), ("lists", bullets), ("bold words", bold))
            if lines]
    return bool(cues), ", ".join(cues) or "no boxes, lists or bold words"


def _has_bold(inlines: Iterable[Inline]) -> bool:
    for node in inlines:
        if isinstance(node, Strong):
            return True
        if isinstance(node, Link) and _has_bold(node.children):
            return True
    return False


def _tables(handout: Handout) -> tuple[bool | str, str]:
    tables = [b for b in walk(handout.intro, handout.sections) if isinstance(b, Table)]
    if not tables:
        return "n/a", "no tables"
    wide = [t for t in tables if len(t.header) > MAX_TABLE_COLUMNS
            or any(len(plain_text(cell).split()) > MAX_HEADER_WORDS for cell in t.header)]
    if wide:
        return False, "; ".join(f"line {t.line}: {len(t.header)} columns" for t in wide)
    return True, (f"{len(tables)} table(s) of at most {MAX_TABLE_COLUMNS} columns with short "
                  "headings")


def _direct(handout: Handout) -> tuple[bool | None, str]:
    words = SECOND_PERSON.get(handout.base_lang)
    if words is None:
        return None, f"no word list for '{handout.meta.lang}': a person decides"
    sentences = [s for _, text in _paragraph_texts(handout)
                 for s in split_sentences(text, handout.meta.lang)]
    sentences += [plain_text(p.inlines) for item in _list_items(handout) for p in item]
    if not sentences:
        return None, "no sentences"
    direct = sum(bool(words & set(re.findall(r"\w+", s.lower()))) for s in sentences)
    share = direct / len(sentences)
    return share >= DIRECT_SHARE, (f"{direct} of {len(sentences)} sentences or list items "
                                   f"speak to the reader ({', '.join(sorted(words)[:4])} …)")


def _list_items(handout: Handout) -> Iterator[list[Paragraph]]:
    for block in walk(handout.intro, handout.sections):
        if isinstance(block, BulletList | NumberedList):
            for item in block.items:
                yield [b for b in item.blocks if isinstance(b, Paragraph)]


def _steps(handout: Handout) -> tuple[bool | None, str]:
    numbered = [b for b in walk(handout.intro, handout.sections) if isinstance(b, NumberedList)]
    if numbered:
        return True, f"numbered steps at line {numbered[0].line} ({len(numbered[0].items)} steps)"
    return None, "no numbered steps: a person decides whether an action needs them"


def _checklist(handout: Handout) -> tuple[bool | None, str]:
    for block in walk(handout.intro, handout.sections):
        if isinstance(block, BulletList | NumberedList):
            for item in block.items:
                first = item.blocks[0] if item.blocks else None
                if isinstance(first, Paragraph) and _starts_with_box(first.inlines):
                    return True, f"a checklist at line {block.line}"
    return None, "no checklist ('- [ ] …' items): a person decides whether one would help"


def _starts_with_box(inlines: tuple[Inline, ...]) -> bool:
    return bool(inlines) and isinstance(inlines[0], Text) and bool(CHECKBOX.match(inlines[0].text))

