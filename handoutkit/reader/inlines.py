"""Inline Markdown (text, bold, links, images) into model inlines, refusing what is unsafe."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from markdown_it.token import Token

from handoutkit.errors import Problem
from handoutkit.files import Placement, placement
from handoutkit.model import (
    Emphasis,
    Image,
    Inline,
    LineBreak,
    Link,
    Paragraph,
    Quantity,
    QuantityKind,
    Strong,
    Text,
)
from handoutkit.reader.pictures import name_problem, picture_problem
from handoutkit.reader.quantities import split_quantities

LINK_SCHEMES = ("http", "https", "mailto", "tel")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_CONTAINERS = {"strong_open": Strong, "em_open": Emphasis}
_MISSING = ("does not exist", "check the file name, or add the picture to the handouts folder")
_CLOSERS = frozenset({"strong_close", "em_close", "link_close"})


@dataclass
class _Open:
    """A container (bold, link) whose closing token has not come yet."""

    token: Token | None  # its opening token; None for the outermost run of text
    line: int  # where it opened, for problems about it
    inlines: list[Inline] = field(default_factory=list)


class InlineReader:
    """Converts one markdown-it ``inline`` token's children, recording problems with their line;
    every number in the text becomes a Quantity node, read in the handout's language ``lang``."""

    def __init__(self, path: Path, handouts_dir: Path, problems: list[Problem],
                 lang: str) -> None:
        self.path = path
        self.lang = lang
        self.handouts_dir = handouts_dir.resolve()
        self.problems = problems

    def paragraph(self, token: Token, line: int) -> Paragraph | Image:
        """A paragraph, or an Image block when the paragraph holds only one image."""
        children = [c for c in token.children or [] if not (c.type == "text" and not c.content)]
        if len(children) == 1 and children[0].type == "image":
            return self._image(children[0], line)
        if any(c.type == "image" for c in children):
            self._problem(line, "an image is mixed with text",
                          "put the image on a line of its own, with blank lines around it")
        return Paragraph(self.inlines(token, line), line)

    def inlines(self, token: Token, line: int) -> tuple[Inline, ...]:
        inlines = split_quantities(_merge_text(self._read(token.children or [], line)),
                                   self.lang)
        split = _number_split(inlines)
        if split is not None:
            self._problem(line, f"bold or a link begins or ends inside the number '{split}'",
                          "put the ** or the [ ] around the whole number, or none of it")
            return inlines
        for quantity in quantities_in(inlines):
            if quantity.text[0] in ".,":
                self._problem(line, f"the number '{quantity.text}' has no 0 before its "
                              "decimal mark, and is easily read (and said) as "
                              f"{quantity.text[1:]}",
                              f"write 0{quantity.text} (a leading zero, as medication "
                              "safety lists ask)")
        return inlines

    def plain(self, token: Token, line: int) -> str:
        """The text of a heading or table cell with formatting dropped."""
        return " ".join(plain_text(self.inlines(token, line)).split())

    def _read(self, children: list[Token], line: int) -> list[Inline]:
        """markdown-it's flat token list to nested inlines, with a stack rather than recursion:
        emphasis nests as deep as the text asks (`*****x*****`), far past Python's limit."""
        stack: list[_Open] = [_Open(None, line)]
        for child in children:
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            if child.type in _CONTAINERS or child.type == "link_open":
                stack.append(_Open(child, line))
            elif child.type in _CLOSERS and len(stack) > 1:
                self._close(stack)
            else:
                item = self._leaf(child, line)
                if item is not None:
                    stack[-1].inlines.append(item)
        while len(stack) > 1:  # markdown-it closes all it opens; never lose text if not
            self._close(stack)
        return stack[0].inlines

    def _close(self, stack: list[_Open]) -> None:
        """Pop the innermost open container and add it to its parent; bold inside bold adds
        only its content (it prints the same), so the model stays a few levels deep."""
        done = stack.pop()
        assert done.token is not None
        inner = split_quantities(_merge_text(done.inlines), self.lang)
        if done.token.type == "link_open":
            url = str(done.token.attrGet("href") or "")
            stack[-1].inlines.append(self._link(url, inner, done.line))
        elif any(o.token is not None and o.token.type in _CONTAINERS for o in stack):
            stack[-1].inlines.extend(inner)
        else:
            stack[-1].inlines.append(_CONTAINERS[done.token.type](inner))

    def _leaf(self, child: Token, line: int) -> Inline | None:
        match child.type:
            case "text" | "code_inline":
                return Text(child.content)
            case "softbreak":
                return Text(" ")
            case "hardbreak":
                return LineBreak()
            case "image":
                self._image(child, line)
                return None
            case "html_inline":
                self._problem(line, f"raw HTML '{child.content}' is not allowed",
                              "write it in Markdown; HTML tags are refused")
                return None
            case _:
                self._problem(line, f"'{child.type}' is not supported in handouts",
                              "use plain text, **bold** and links")
                return None

    def _link(self, url: str, inner: tuple[Inline, ...], line: int) -> Link:
        scheme = _SCHEME.match(url)
        if not scheme or scheme.group(1).lower() not in LINK_SCHEMES:
            self._problem(line, f"link '{url}' is not a web, e-mail or phone address",
                          "write a full address starting with https://, mailto: or tel:")
        if not plain_text(inner).strip():
            self._problem(line, f"link '{url}' has no text", "write the words to show: [text](url)")
        # the digits the link shows, its trunk 0 dropped as an international number drops it
        shown = "".join(v for q in quantities_in(inner) for v in q.values
                        if q.kind in (QuantityKind.PHONE, QuantityKind.NUMBER))
        dialled = "".join(c for c in url if c.isdecimal())
        if url.lower().startswith("tel:") and shown and not dialled.endswith(shown.lstrip("0")):
            self._problem(line, f"the phone link '{url}' does not dial the number it shows "
                          f"('{plain_text(inner)}')",
                          "make the number in the brackets and the one after 'tel:' the same")
        return Link(inner, url)

    def _image(self, token: Token, line: int) -> Image:
        src = str(token.attrGet("src") or "")
        alt = " ".join(token.content.split())
        if not alt:
            self._problem(line, f"image '{unquote(src)}' has no alt text",
                          "describe the picture in the brackets: ![what it shows](path)")
        path = self._image_path(src, line)
        return Image(path=path or Path(), src=src, alt=alt, line=line)

    def _image_path(self, src: str, line: int) -> Path | None:
        if _SCHEME.match(src) or src.startswith("//"):
            self._problem(line, f"image '{src}' is not a file in the handouts folder",
                          "save the picture under the handouts folder and give its path")
            return None
        name = unquote(src)  # markdown-it %-encodes the address; the file has the plain name
        problem = self._image_file_problem(name)
        if problem:
            self._problem(line, f"image '{name}' {problem[0]}", problem[1])
            return None
        return (self.handouts_dir / name).resolve()

    def _image_file_problem(self, name: str) -> tuple[str, str] | None:
        """Why the picture cannot be used, checked on its real path with every link resolved."""
        written = self.handouts_dir / name
        try:
            where = placement(written, self.handouts_dir)
            path = written.resolve()
            regular = where is Placement.INSIDE and path.is_file()
        except (OSError, ValueError, RuntimeError):  # name too long, NUL byte, link loop
            return _MISSING
        if where is Placement.LINKED_OUT:
            return ("is a link to a file outside the handouts folder",
                    "copy the picture itself into the handouts folder")
        if where is Placement.OUTSIDE:
            return ("is outside the handouts folder",
                    "copy the picture into the handouts folder, e.g. handouts/images/")
        if not regular:
            return _MISSING
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            return "is not a PNG, JPEG, GIF or WebP picture", "save the picture as PNG or JPEG"
        return name_problem(name) or picture_problem(path)  # opened and measured once

    def _problem(self, line: int, message: str, hint: str) -> None:
        self.problems.append(Problem(self.path, line, message, hint))


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The words of inline content, formatting and URLs dropped."""
    parts = []
    for node in inlines:
        match node:
            case Text(text=text) | Quantity(text=text):
                parts.append(text)
            case Strong(children=inner) | Emphasis(children=inner) | Link(children=inner):
                parts.append(plain_text(inner))
            case LineBreak():
                parts.append(" ")
    return "".join(parts)


def quantities_in(inlines: tuple[Inline, ...]) -> tuple[Quantity, ...]:
    """Every Quantity node of inline content, inside bold and links too, in reading order."""
    found, pending = [], list(inlines)[::-1]
    while pending:
        node = pending.pop()
        match node:
            case Quantity():
                found.append(node)
            case Strong(children=inner) | Emphasis(children=inner) | Link(children=inner):
                pending.extend(inner[::-1])
    return tuple(found)


_NUMBER_END = re.compile(r"\d[.,]?$")
_NUMBER_START = re.compile(r"^[.,]?\d")
_DIGITS_END, _DIGITS_START = re.compile(r"[\d.,]*$"), re.compile(r"^[\d.,]*")


def _number_split(inlines: tuple[Inline, ...]) -> str | None:
    """The number that bold or a link cuts in two ("**1**.25 mg"), at any depth, or None:
    each part would be read as a number of its own."""
    pending = [inlines]
    while pending:
        nodes = pending.pop()
        for left, right in zip(nodes, nodes[1:], strict=False):
            if isinstance(left, Text | Quantity) and isinstance(right, Text | Quantity):
                continue  # no formatting between them
            a, b = plain_text((left,)), plain_text((right,))
            if _NUMBER_END.search(a) and _NUMBER_START.match(b):
                return (_DIGITS_END.findall(a)[0] + _DIGITS_START.findall(b)[0]).strip(".,")
        pending += [node.children for node in nodes if isinstance(node, Strong | Emphasis | Link)]
    return None


def printed_runs(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """The inlines as print lays them out: each run of Text and Quantity nodes one Text of
    the quantities' printed characters, so a writer's line-breaking and direction rules see
    "40 °C (104 °F)" whole, as the author wrote it."""
    runs: list[Inline] = []
    for node in inlines:
        if isinstance(node, Quantity):
            node = Text(node.text)
        if runs and isinstance(node, Text) and isinstance(runs[-1], Text):
            runs[-1] = Text(runs[-1].text + node.text)
        else:
            runs.append(node)
    return tuple(runs)


def _merge_text(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Join neighbouring Text nodes (markdown-it splits text at line ends and entities) and
    drop empty ones (what is left of '**' markers)."""
    merged: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text) and not node.text:
            continue
        if merged and isinstance(node, Text) and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return tuple(merged)


_SENTENCE_MARKS = ".!?:…।॥。！？．؟۔։።။"  # what already ends a sentence, in every script


def as_sentence(text: str) -> str:
    """Whitespace folded and a full stop added, so a list item or cell reads as a sentence."""
    text = " ".join(text.split())
    return text if not text or text[-1] in _SENTENCE_MARKS else f"{text}."
