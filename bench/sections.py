"""Named sections of bench/BENCHMARKS.md: each benchmark rewrites its own and keeps the rest."""

from __future__ import annotations

import re
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent / "BENCHMARKS.md"


def _marker(name: str) -> str:
    return f"<!-- section: {name} -->"


def replace_section(document: str, name: str, text: str) -> str:
    """The document with section ``name`` replaced by ``text`` (added at the end if new);
    a section runs from its marker to the next marker or the end."""
    block = f"{_marker(name)}\n\n{text.strip()}\n"
    pattern = re.compile(re.escape(_marker(name)) + r"\n.*?(?=<!-- section: |\Z)", re.S)
    if pattern.search(document):
        return pattern.sub(lambda _: block + "\n", document, count=1).rstrip("\n") + "\n"
    return f"{document.rstrip()}\n\n{block}"


def write_section(name: str, text: str, path: Path = BENCHMARKS) -> None:
    """Rewrite section ``name`` of the benchmarks file."""
    document = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmarks\n"
    path.write_text(replace_section(document, name, text), encoding="utf-8")


def carry_over(old: Path, document: str) -> str:
    """A freshly written benchmarks file that keeps every named section of the one it
    replaces (bench_build.py rewrites the head; the other benchmarks own their sections)."""
    previous = old.read_text(encoding="utf-8") if old.is_file() else ""
    start = previous.find("<!-- section: ")
    return document if start < 0 else f"{document.rstrip()}\n\n{previous[start:]}"
