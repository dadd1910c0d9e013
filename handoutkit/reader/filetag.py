"""The language in a handout's file name ('x.es.md'), held to its lang: and its siblings'."""

from __future__ import annotations

import glob
from pathlib import Path

from handoutkit.errors import Problem
from handoutkit.files import handout_name
from handoutkit.reader.frontmatter import split_front_matter
from handoutkit.reader.source import read_source
from handoutkit.reader.yamldoc import YamlSyntax, parse_mapping


def stem_and_tag(name: str) -> tuple[str, str | None]:
    """'back-pain.es' → ('back-pain', 'es'); 'back-pain' → ('back-pain', None)."""
    stem, dot, tag = name.partition(".")
    return stem, tag if dot else None


def stem_of(path: Path) -> str:
    """'handouts/back-pain.es.md' → 'back-pain'."""
    return stem_and_tag(handout_name(path))[0]


def siblings(path: Path) -> list[Path]:
    """Every other handout beside ``path`` with the same stem, sorted by file name."""
    stem = stem_of(path)
    return sorted(p for p in path.parent.glob(f"{glob.escape(stem)}.*md")
                  if p != path and p.is_file() and stem_of(p) == stem and p.suffix == ".md")


def tag_problems(path: Path, handouts_dir: Path, lang: str, line: int) -> list[Problem]:
    """A translation whose `lang:` is not the language its file name says ('x.es.md' with
    'lang: fr'; 'lang: es-US' in 'x.es.md' is fine, 'lang: pt' in 'x.pt-BR.md' is not), or
    whose language another file of the handout already has (the pages would name it twice)."""
    tag = stem_and_tag(handout_name(path))[1]
    if tag is None:
        return []
    named, written = tag.lower().split("-"), lang.lower().split("-")
    if written[: len(named)] != named:
        return [Problem(path, line, f"'lang: {lang}' is not the language the file name says "
                        f"('{tag}')", f"write 'lang: {tag}' (or a tag that starts with it), "
                        "or rename the file after its language")]
    same = [other.name for other in siblings(path)
            if (_lang_of(other, handouts_dir) or "").lower() == lang.lower()]
    if same:
        return [Problem(path, line, f"{same[0]} is in the same language ('{lang}')",
                        "keep one file per language of a handout: delete or merge one, or "
                        "give each its own 'lang:'")]
    return []


def _lang_of(path: Path, handouts_dir: Path) -> str | None:
    """The `lang:` another handout file gives, read by the handouts' rules; None if unreadable
    (its own errors say why)."""
    text = read_source(path, handouts_dir, [])
    if text is None:
        return None
    try:
        lang = parse_mapping(split_front_matter(text, path).front, path).data.get("lang")
    except YamlSyntax:
        return None
    return lang if isinstance(lang, str) else None
