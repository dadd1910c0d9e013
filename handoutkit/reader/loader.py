"""Read one handout file (front matter + Markdown) into the document model, enforcing the spec."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from handoutkit.errors import ContentError, Problem
from handoutkit.files import HANDOUT_NAME, handout_name
from handoutkit.language import UNDETERMINED
from handoutkit.model import (
    Block,
    BulletList,
    Callout,
    CalloutKind,
    Handout,
    Inline,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Table,
)
from handoutkit.reader.filetag import tag_problems
from handoutkit.reader.frontmatter import read_meta, split_front_matter
from handoutkit.reader.inlines import InlineReader
from handoutkit.reader.limits import check_limits
from handoutkit.reader.numerals import group_problems, number_problems
from handoutkit.reader.source import read_source
from handoutkit.reader.urgent import urgent_boxes
from handoutkit.reader.yamldoc import YamlSyntax

logger = logging.getLogger(__name__)

_MARKDOWN = MarkdownIt("commonmark", {"html": True, "alerts": True}).enable("table")
# markdown-it turns javascript:, file: and data: links into plain text without a word; let
# every link through so the inline reader can refuse it with a file:line error instead.
_MARKDOWN.validateLink = lambda url: True

_UNSUPPORTED = {
    "html_block": ("raw HTML is not allowed in a handout",
                   "write it in Markdown; scripts, frames and styles are refused"),
    "fence": ("code blocks are not used in handouts", "write the text as a normal paragraph"),
    "code_block": ("this text is indented 4 spaces, which makes it a code block",
                   "remove the spaces at the start of the line"),
    "hr": ("a line of dashes or stars is not used in handouts",
           "start a new section with '## Heading' instead"),
    "blockquote_open": ("a quote block (>) is not a callout",
                        "start it with '> [!NOTE]', '> [!TIP]', '> [!IMPORTANT]', "
                        "'> [!WARNING]' or '> [!CAUTION]'"),
}


@dataclass(frozen=True)
class _Heading:
    level: int
    title: str
    line: int


@dataclass
class _Draft:
    """A section while its blocks are still being collected."""

    heading: _Heading
    slug: str
    blocks: list[Block] = field(default_factory=list)
    subs: list[_Draft] = field(default_factory=list)

    def freeze(self) -> Section:
        return Section(title=self.heading.title, level=self.heading.level,
                       blocks=tuple(self.blocks), subsections=tuple(s.freeze() for s in self.subs),
                       line=self.heading.line, slug=self.slug)


def load_handout(path: Path, handouts_dir: Path) -> Handout:
    """Read and check ``path``; raise ContentError listing every problem in the file."""
    problems: list[Problem] = []
    text = read_source(path, handouts_dir, problems)
    if text is None:
        raise ContentError(problems)
    problems.extend(number_problems(text, path))
    try:
        split = split_front_matter(text, path)
    except YamlSyntax as exc:
        raise ContentError([exc.problem]) from None
    meta = read_meta(split.front, path, problems)
    name = handout_name(path)
    if not HANDOUT_NAME.match(name):
        problems.append(Problem(path, 1, f"'{path.name}' is not a valid handout file name",
                                "use lower-case words joined by '-', e.g. 'leg-cramps.md'"))
    if meta is not None:
        problems.extend(tag_problems(path, handouts_dir, meta.lang, meta.lang_line))
        problems.extend(group_problems(text, path, meta.lang))
    reader = _BodyReader(path, handouts_dir, split.body_first_line, problems,
                         meta.lang if meta is not None else UNDETERMINED)
    items = reader.read(split.body)
    intro, sections = _group_sections(items, path, problems)
    problems.extend(check_limits(path, intro, sections))
    if meta is not None and meta.urgent and next(urgent_boxes(intro, sections), None) is None:
        problems.append(Problem(path, _key_line(split.front, "urgent"),
                                "'urgent:' is set but the handout has no WARNING or CAUTION box",
                                "add a '> [!WARNING]' box with the full signs, "
                                "or delete 'urgent:'"))
    if problems or meta is None:
        raise ContentError(problems)
    return Handout(path=path, name=name, meta=meta, intro=intro, sections=sections)


class _BodyReader:
    """Turns markdown-it block tokens into model blocks and headings."""

    def __init__(self, path: Path, handouts_dir: Path, first_line: int,
                 problems: list[Problem], lang: str) -> None:
        self.path = path
        self.first_line = first_line
        self.problems = problems
        self.inlines = InlineReader(path, handouts_dir, problems, lang)
        self.tokens: list[Token] = []
        self.pos = 0

    def read(self, body: str) -> list[Block | _Heading]:
        self.tokens = _MARKDOWN.parse(body)
        self.pos = 0
        self._check_depth()
        return self._until(None)

    def _check_depth(self) -> None:
        """markdown-it stops reading, without a word, at its nesting limit (lists in lists
        about ten deep) and drops the rest of the file: refuse that rather than lose text."""
        limit = _MARKDOWN.options["maxNesting"]
        deepest = next((t for t in self.tokens if t.level >= limit - 1), None)
        if deepest is not None:
            self._problem(self._line(deepest), "lists or boxes are nested too deeply here",
                          "use at most three levels of lists; the text after this would be lost")

    def _line(self, token: Token) -> int:
        return self.first_line + (token.map[0] if token.map else 0)

    def _next(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def _until(self, close: str | None) -> list[Block | _Heading]:
        items: list[Block | _Heading] = []
        while self.pos < len(self.tokens):
            if self.tokens[self.pos].type == close:
                self.pos += 1
                break
            item = self._block()
            if item is not None:
                items.append(item)
        return items

    def _blocks_until(self, close: str, where: str) -> tuple[Block, ...]:
        blocks = []
        for item in self._until(close):
            if isinstance(item, _Heading):
                self._problem(item.line, f"a heading cannot go inside a {where}",
                              f"end the {where} first, leaving a blank line before the heading")
            else:
                blocks.append(item)
        return tuple(blocks)

    def _block(self) -> Block | _Heading | None:
        token = self._next()
        line = self._line(token)
        match token.type:
            case "heading_open":
                title = self.inlines.plain(self._next(), line)
                self._next()
                if not title:
                    self._problem(line, "the heading has no text",
                                  "write the heading after the '#' marks, or delete the line")
                return _Heading(int(token.tag[1]), title, line)
            case "paragraph_open":
                block = self.inlines.paragraph(self._next(), line)
                self._next()
                return block
            case "bullet_list_open":
                return BulletList(self._items("bullet_list_close"), line)
            case "ordered_list_open":
                start = int(token.attrGet("start") or 1)
                return NumberedList(self._items("ordered_list_close"), start, line)
            case "table_open":
                return self._table(line)
            case "alert_open":
                return self._callout(token, line)
            case kind if kind in _UNSUPPORTED:
                message, hint = _UNSUPPORTED[kind]
                self._problem(line, message, hint)
                self._skip(token)
                return None
            case _:
                self._problem(line, f"'{token.type}' is not supported in handouts",
                              "use paragraphs, lists, tables, images and callouts")
                self._skip(token)
                return None

    def _items(self, close: str) -> tuple[ListItem, ...]:
        items = []
        while (token := self._next()).type != close:
            line = self._line(token)
            blocks = self._blocks_until("list_item_close", "list")
            for block in blocks:
                if not isinstance(block, Paragraph | BulletList | NumberedList):
                    self._problem(block.line, "a list item can hold only text and other lists",
                                  "end the list first (leave a blank line, no indent) "
                                  "and put the table, picture or box after it")
            items.append(ListItem(blocks, line))
        return tuple(items)

    def _table(self, line: int) -> Table:
        rows: list[list[tuple[Inline, ...]]] = []
        row_line = line
        while (token := self._next()).type != "table_close":
            if token.type == "tr_open":
                rows.append([])
                row_line = self._line(token)
            elif token.type in ("th_open", "td_open"):
                rows[-1].append(self.inlines.inlines(self._next(), row_line))
        return Table(header=tuple(rows[0]), rows=tuple(tuple(r) for r in rows[1:]), line=line)

    def _callout(self, token: Token, line: int) -> Callout:
        kind = CalloutKind(str(token.meta.get("kind", token.info)).upper())
        while self._next().type != "alert_title_close":
            pass  # markdown-it emits the kind as a title paragraph; the writers print their own
        blocks = self._blocks_until("alert_close", "callout box")
        if not blocks:
            self._problem(line, f"the {kind.value} box is empty",
                          "write its text on the '>' lines below '[!…]'")
        return Callout(kind, blocks, line)

    def _skip(self, token: Token) -> None:
        depth = token.nesting
        while depth > 0 and self.pos < len(self.tokens):
            depth += self._next().nesting

    def _problem(self, line: int, message: str, hint: str) -> None:
        self.problems.append(Problem(self.path, line, message, hint))


def _key_line(front: str, key: str) -> int:
    """The file line of a top-level front matter key (the '---' fence is line 1)."""
    lines = front.split("\n")
    return next((n + 2 for n, line in enumerate(lines) if line.startswith(f"{key}:")), 1)


def _group_sections(
    items: list[Block | _Heading], path: Path, problems: list[Problem]
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Split the flat list at ## and ### headings into intro blocks and nested sections."""
    intro: list[Block] = []
    sections: list[_Draft] = []
    slugs: set[str] = set()
    current: list[Block] = intro
    for item in items:
        if not isinstance(item, _Heading):
            current.append(item)
            continue
        problem = _heading_problem(item, bool(sections))
        if problem:
            problems.append(Problem(path, item.line, *problem))
            continue
        draft = _Draft(item, _slug(item.title, slugs))
        if item.level == 2:
            sections.append(draft)
        else:
            sections[-1].subs.append(draft)
        current = draft.blocks
    return tuple(intro), tuple(draft.freeze() for draft in sections)


def _heading_problem(heading: _Heading, after_section: bool) -> tuple[str, str] | None:
    marks = "#" * heading.level
    if heading.level == 1:
        return ("a '#' heading in the body",
                "the title comes from 'title:' in the front matter; use '##' for a section")
    if heading.level == 3 and not after_section:
        return ("heading skips a level (### before any ##)",
                "use '##' for a section; '###' only for a subsection inside one")
    if heading.level > 3:
        return (f"heading skips a level ({marks} is deeper than ###)",
                "use '##' for sections and '###' for subsections")
    return None


def _slug(title: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "section"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug

