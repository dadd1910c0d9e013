"""The voices' section of bench/BENCHMARKS.md, which bench_build.py's rewrite carries over."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent / "BENCHMARKS.md"
START = "<!-- bench_voices.py: from here to the end -->"


def replace_section(document: str, section: str) -> str:
    """The document with its voices section (if any) replaced by `section`, at the end."""
    head = document.split(START, 1)[0].rstrip("\n")
    return f"{head}\n\n{START}\n\n{section.strip()}\n"


def carry_over(old: Path, document: str) -> str:
    """A freshly written document, keeping the voices section of the file it replaces."""
    previous = old.read_text(encoding="utf-8") if old.is_file() else ""
    if START not in previous:
        return document
    return replace_section(document, previous.split(START, 1)[1])
