"""Translations: handouts that share a stem, and whether each still matches its source.

`back-pain.md` is the source; `back-pain.es.md` and `back-pain.vi.md` are its translations.
A source's version is one short digest per part (the title and summary, the opening, then
each `##` section), so a translation that records the version it was made from
(`translated_from:`) can be told exactly which sections of the source changed since.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from handoutkit.errors import HandoutError, LintWarning
from handoutkit.files import handout_name
from handoutkit.model import Handout
from handoutkit.reader.filetag import siblings as siblings  # re-exported for the pages
from handoutkit.reader.filetag import stem_and_tag
from handoutkit.reader.filetag import stem_of as stem_of
from handoutkit.reader.frontmatter import TRANSLATED_FROM, split_front_matter
from handoutkit.reader.loader import load_handout
from handoutkit.reader.yamldoc import YamlSyntax, parse_mapping

logger = logging.getLogger(__name__)

PART_CHARS = 4  # hex digits per part (frontmatter.SOURCE_VERSION): copied by hand
TITLE_PART = "the title and summary"
OPENING_PART = "the opening (before the first section)"


def source_path(path: Path) -> Path | None:
    """The source a translation was made from (`<stem>.md` beside it), if ``path`` is a
    translation and its source exists; None otherwise."""
    stem, tag = stem_and_tag(handout_name(path))
    source = path.with_name(f"{stem}.md")
    return source if tag is not None and source.is_file() else None


def with_translations(paths: Iterable[Path]) -> list[Path]:
    """``paths`` and, after each, its siblings not already listed: a change to one language
    of a handout may change the pages of the others (their links, their warnings)."""
    listed: dict[Path, None] = {}
    for path in paths:
        for one in (path, *siblings(path)):
            listed.setdefault(one, None)
    return list(listed)


@dataclass(frozen=True)
class Part:
    """One part of a source handout as its version counts it."""

    name: str  # what the warning calls it: '"When to get help"'
    digest: str  # PART_CHARS hex digits of its words


def parts(handout: Handout, text: str) -> list[Part]:
    """The title and summary, the opening, then each `##` section of ``handout``, whose
    file holds ``text``; a part's digest ignores how its lines are wrapped."""
    meta = handout.meta
    lines = text.split("\n")
    starts = [section.line for section in handout.sections]
    body_first = split_front_matter(text, handout.path).body_first_line
    bounds = [*starts, len(lines) + 1]
    found = [Part(TITLE_PART, _digest(meta.title, meta.summary, meta.audience or "",
                                      *meta.urgent)),
             Part(OPENING_PART, _digest(*lines[body_first - 1:bounds[0] - 1]))]
    for section, start, end in zip(handout.sections, starts, bounds[1:], strict=True):
        found.append(Part(f'"{section.title}"', _digest(*lines[start - 1:end - 1])))
    return found


def _digest(*texts: str) -> str:
    words = " ".join(" ".join(texts).split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:PART_CHARS]


def version_of(source_parts: list[Part]) -> str:
    """The version a translator records: '3f2a-91bc-07de'."""
    return "-".join(part.digest for part in source_parts)


def version(handout: Handout) -> str:
    """The current version of a source handout (read from its file)."""
    return version_of(parts(handout, handout.path.read_text(encoding="utf-8")))


def changed_parts(recorded: str, source_parts: list[Part]) -> list[str]:
    """The names of the source's parts that are not in the recorded version; when only
    sections were removed or moved, says so."""
    old = set(recorded.split("-"))
    names = [part.name for part in source_parts if part.digest not in old]
    if not names and recorded != version_of(source_parts):
        names = ["sections were removed or moved"]
    return names


def out_of_step(handout: Handout) -> list[LintWarning]:
    """A warning when ``handout`` is a translation whose source changed since the version it
    records, or that records none; nothing for a source or a handout with no source."""
    source_file = source_path(handout.path)
    if source_file is None:
        return []
    try:
        source = load_handout(source_file, source_file.parent)
        source_parts = parts(source, source_file.read_text(encoding="utf-8"))
    except (HandoutError, YamlSyntax, OSError, UnicodeDecodeError):
        logger.debug("%s: its source cannot be read; its own errors say why", handout.path)
        return []
    now = version_of(source_parts)
    recorded = handout.meta.translated_from
    line = _key_line(handout.path, TRANSLATED_FROM)
    if recorded is None:
        return [LintWarning(handout.path, line, f"this translation does not say which version "
                            f"of {source_file.name} it was made from — if it matches "
                            f"{source_file.name} as it is now, add this line to its front "
                            f"matter: {TRANSLATED_FROM}: {now}")]
    changed = changed_parts(recorded, source_parts)
    if not changed:
        return []
    return [LintWarning(handout.path, line, f"translated from an older version of "
                        f"{source_file.name} — changed since: {', '.join(changed)} — update "
                        f"the translation, then set {TRANSLATED_FROM}: {now}")]


def source_bytes(handout: Handout) -> bytes:
    """The source file's bytes for a translation (what its warning depends on), else b""."""
    source_file = source_path(handout.path)
    try:
        return source_file.read_bytes() if source_file else b""
    except OSError:
        return b""


def _key_line(path: Path, key: str) -> int:
    """The line of ``key`` in the file's front matter; else that of its closing '---'."""
    try:
        split = split_front_matter(path.read_text(encoding="utf-8"), path)
        doc = parse_mapping(split.front, path, first_line=2)
    except (YamlSyntax, OSError, UnicodeDecodeError):
        return 1
    return doc.line_of(key, split.body_first_line - 1)


