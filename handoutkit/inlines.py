"""Inline Markdown (text, bold, links, images) into model inlines, refusing what is unsafe."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it.token import Token

from handoutkit.errors import Problem
from handoutkit.model import Emphasis, Image, Inline, LineBreak, Link, Paragraph, Strong, Text

LINK_SCHEMES = ("http", "https", "mailto", "tel")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_CONTAINERS = {"strong_open": Strong, "em_open": Emphasis}


class InlineReader:
    """Converts one markdown-it ``inline`` token's children, recording problems with their line."""

    def __init__(self, path: Path, handouts_dir: Path, problems: list[Problem]) -> None:
        self.path = path
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
        out, _ = self._read(token.children or [], 0, None, line)
        return _merge_text(out)

    def plain(self, token: Token, line: int) -> str:
        """The text of a heading or table cell with formatting dropped."""
        return " ".join(plain_text(self.inlines(token, line)).split())

    def _read(self, children: list[Token], pos: int, close: str | None,
              line: int) -> tuple[list[Inline], int]:
        out: list[Inline] = []
        while pos < len(children):
            child = children[pos]
            pos += 1
            if child.type == close:
                break
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            item, pos = self._inline(child, children, pos, line)
            if item is not None:
                out.append(item)
        return out, pos

    def _inline(self, child: Token, children: list[Token], pos: int,
                line: int) -> tuple[Inline | None, int]:
        match child.type:
            case "text" | "code_inline":
                return Text(child.content), pos
            case "softbreak":
                return Text(" "), pos
            case "hardbreak":
                return LineBreak(), pos
            case kind if kind in _CONTAINERS:
                inner, pos = self._read(children, pos, kind.replace("_open", "_close"), line)
                return _CONTAINERS[kind](_merge_text(inner)), pos
            case "link_open":
                inner, pos = self._read(children, pos, "link_close", line)
                return self._link(str(child.attrGet("href") or ""), _merge_text(inner), line), pos
            case "image":
                self._image(child, line)
                return None, pos
            case "html_inline":
                self._problem(line, f"raw HTML '{child.content}' is not allowed",
                              "write it in Markdown; HTML tags are refused")
                return None, pos
            case _:
                self._problem(line, f"'{child.type}' is not supported in handouts",
                              "use plain text, **bold** and links")
                return None, pos

    def _link(self, url: str, inner: tuple[Inline, ...], line: int) -> Link:
        scheme = _SCHEME.match(url)
        if not scheme or scheme.group(1).lower() not in LINK_SCHEMES:
            self._problem(line, f"link '{url}' is not a web, e-mail or phone address",
                          "write a full address starting with https://, mailto: or tel:")
        if not plain_text(inner).strip():
            self._problem(line, f"link '{url}' has no text", "write the words to show: [text](url)")
        return Link(inner, url)

    def _image(self, token: Token, line: int) -> Image:
        src = str(token.attrGet("src") or "")
        alt = " ".join(token.content.split())
        if not alt:
            self._problem(line, f"image '{src}' has no alt text",
                          "describe the picture in the brackets: ![what it shows](path)")
        path = self._image_path(src, line)
        return Image(path=path or Path(), src=src, alt=alt, line=line)

    def _image_path(self, src: str, line: int) -> Path | None:
        if _SCHEME.match(src) or src.startswith("//"):
            self._problem(line, f"image '{src}' is not a file in the handouts folder",
                          "save the picture under the handouts folder and give its path")
            return None
        path = (self.handouts_dir / src).resolve()
        if not path.is_relative_to(self.handouts_dir):
            self._problem(line, f"image '{src}' is outside the handouts folder",
                          "copy the picture into the handouts folder, e.g. handouts/images/")
        elif not path.is_file():
            self._problem(line, f"image '{src}' does not exist",
                          "check the file name, or add the picture to the handouts folder")
        elif path.suffix.lower() not in IMAGE_SUFFIXES:
            self._problem(line, f"image '{src}' is not a PNG, JPEG, GIF or WebP picture",
                          "save the picture as PNG or JPEG")
        else:
            return path
        return None

    def _problem(self, line: int, message: str, hint: str) -> None:
        self.problems.append(Problem(self.path, line, message, hint))


def plain_text(inlines: tuple[Inline, ...]) -> str:
    """The words of inline content, formatting and URLs dropped."""
    parts = []
    for node in inlines:
        match node:
            case Text(text=text):
                parts.append(text)
            case Strong(children=inner) | Emphasis(children=inner) | Link(children=inner):
                parts.append(plain_text(inner))
            case LineBreak():
                parts.append(" ")
    return "".join(parts)


def _merge_text(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Join neighbouring Text nodes (markdown-it splits text at line ends and entities)."""
    merged: list[Inline] = []
    for node in inlines:
        if merged and isinstance(node, Text) and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + node.text)
        else:
            merged.append(node)
    return tuple(merged)


def as_sentence(text: str) -> str:
    """Whitespace folded and a full stop added, so a list item or cell reads as a sentence."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:" else f"{text}."
