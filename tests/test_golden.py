"""Golden files: the document model and the speech script of every sample handout, as text.

A change to the reader or to what the voice says shows up here as a diff to review. After a
deliberate change, `make update-golden` rewrites the files (UPDATE_GOLDEN=1); commit them
with the change that caused them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import os
from pathlib import Path

import pytest

from handoutkit.config import load_config
from handoutkit.model import Handout
from handoutkit.reader.loader import load_handout
from handoutkit.speech.script import build_script
from tests.helpers import ROOT, SAMPLES

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATING = os.environ.get("UPDATE_GOLDEN") == "1"
NAMES = sorted(path.name.removesuffix(".md") for path in SAMPLES.glob("*.md"))


def dump_model(node: object, depth: int = 0) -> list[str]:
    """A model tree as lines: the node's own line, then its fields indented below it."""
    pad = "  " * (depth + 1)
    match node:
        case Path():
            return [node.relative_to(ROOT).as_posix()]
        case enum.Enum():
            return [node.name]
        case str() | int() | float() | bool() | dt.date() | None:
            return [repr(node) if not isinstance(node, dt.date) else node.isoformat()]
        case tuple():
            items = [dump_model(item, depth + 1) for item in node]
            lines = [line for head, *rest in items for line in (f"{pad}- {head}".rstrip(), *rest)]
            return ["", *lines] if lines else ["()"]
        case _ if dataclasses.is_dataclass(node):
            lines = [type(node).__name__]
            for field in dataclasses.fields(node):
                head, *rest = dump_model(getattr(node, field.name), depth + 1)
                lines += [f"{pad}{field.name}: {head}".rstrip(), *rest]
            return lines
    raise TypeError(f"no dump for {type(node).__name__}")


def dump_script(handout: Handout) -> list[str]:
    """Each chapter's title, then each sentence the voice is given with the pause after it,
    and below it, where they differ, its caption: the same sentence as printed."""
    script = build_script(handout, load_config(SAMPLES))
    return [line for chapter in script.chapters
            for line in (f"## {chapter.title}",
                         *(line for s in chapter.segments
                           for line in (f"{s.text}  [{s.pause_after:.2f} s]",
                                        *([f"  caption: {s.shown}"] if s.shown != s.text
                                          else []))))]


def _check(name: str, kind: str, lines: list[str]) -> None:
    golden = GOLDEN / f"{name}.{kind}.txt"
    text = "\n".join(lines) + "\n"
    if UPDATING:
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.is_file(), f"{golden} is missing: run `make update-golden` and review it"
    assert text == golden.read_text(encoding="utf-8"), (
        f"{name}: the {kind} changed; review the diff and run `make update-golden` if it is right")


@pytest.mark.parametrize("name", NAMES)
def test_model_matches_its_golden_file(name: str) -> None:
    handout = load_handout(SAMPLES / f"{name}.md", SAMPLES)
    _check(name, "model", dump_model(handout))


@pytest.mark.parametrize("name", NAMES)
def test_speech_script_matches_its_golden_file(name: str) -> None:
    handout = load_handout(SAMPLES / f"{name}.md", SAMPLES)
    _check(name, "script", dump_script(handout))


def test_every_golden_file_belongs_to_a_sample() -> None:
    expected = {f"{name}.{kind}.txt" for name in NAMES for kind in ("model", "script")}
    assert {path.name for path in GOLDEN.glob("*.txt")} == expected
