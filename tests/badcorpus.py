"""The bad-input corpus: tests/fixtures/bad/, its manifest CASES.tsv, the cases made at run
time (too big to commit, or links and special files) and the project each case runs in."""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from handoutkit.files import Layout
from tests.helpers import FIXTURES, TEMPLATES, markdown_table

BAD = FIXTURES / "bad"
CORPUS_FRONT = "---\ntitle: Leg cramps\nlang: en\nsummary: What helps.\n---\n\n"


@dataclass(frozen=True)
class Case:
    file: str  # in tests/fixtures/bad/, or made by GENERATED[file]
    outcome: str  # "build" or "error"
    expected: str  # "file:line: error: message" (before the " — " hint); "…" ends a prefix
    what: str  # what the case tries


def load_cases() -> list[Case]:
    """Every case of CASES.tsv, in its order."""
    with (BAD / "CASES.tsv").open(encoding="utf-8", newline="") as stream:
        rows = csv.DictReader((line for line in stream if not line.startswith("#")),
                              delimiter="\t")
        return [Case(r["file"], r["outcome"], r["expected"], r["what"]) for r in rows]


def _write(text: str) -> Callable[[Path, Path], None]:
    def write(dest: Path, outside: Path) -> None:
        dest.write_text(text, encoding="utf-8")

    return write


def _link(target: str, at: str, body: str) -> Callable[[Path, Path], None]:
    """A link inside the handouts folder to ``outside/target``, and a handout using it."""

    def make(dest: Path, outside: Path) -> None:
        (dest.parent / at).symlink_to(outside / target)
        dest.write_text(CORPUS_FRONT + body, encoding="utf-8")

    return make


def _handout_link(dest: Path, outside: Path) -> None:
    dest.symlink_to(outside / "secret.md")


def _fifo(dest: Path, outside: Path) -> None:
    os.mkfifo(dest)  # reading it would block for ever


def _folder(dest: Path, outside: Path) -> None:
    dest.mkdir()


def _week(columns: int) -> str:
    return markdown_table([[f"Day {n}" for n in range(columns)], ["Rest"] * columns]) + "\n"


GENERATED: dict[str, Callable[[Path, Path], None]] = {
    "huge-10mb.md": _write(CORPUS_FRONT + "Stretch your calf before bed.\n\n" * 330_000),
    "list-5000-items.md": _write(CORPUS_FRONT + "- Stretch.\n" * 5000),
    "sentence-1000-words.md": _write(CORPUS_FRONT + " ".join(["stretch"] * 1000) + ".\n"),
    "words-over-limit.md": _write(CORPUS_FRONT
                                  + "Stretch your calf and then rest a while today.\n\n" * 1200),
    "table-200-columns.md": _write(CORPUS_FRONT + _week(200)),
    "word-300-characters.md": _write(CORPUS_FRONT + "Stretch " + "a" * 300 + " daily.\n"),
    "word-300-in-table.md": _write(CORPUS_FRONT + markdown_table([["Word", "Note"],
                                                                  ["b" * 300, "Long"]]) + "\n"),
    "emphasis-nested-deep.md": _write(CORPUS_FRONT + "*" * 5000 + "Stretch" + "*" * 5000 + "\n"),
    "yaml-huge-integer.md": _write("---\ntitle: Leg cramps\nlang: en\nsummary: What helps.\n"
                                   "speech:\n  dose: " + "1" * 5000 + "\n---\n\nText.\n"),
    "image-long-path.md": _write(CORPUS_FRONT + "![A calf stretch](" + "a/" * 3000 + "x.png)\n"),
    "image-symlink-outside.md": _link("secret.png", "images/secret.png",
                                      "![A calf stretch](images/secret.png)\n"),
    "image-folder-symlink-outside.md": _link("", "pictures",
                                             "![A calf stretch](pictures/secret.png)\n"),
    "handout-symlink-outside.md": _handout_link,
    "handout-is-a-fifo.md": _fifo,
    "handout-is-a-folder.md": _folder,
}


def make_corpus_project(root: Path) -> tuple[Layout, Path]:
    """A project with the pictures the cases use, and a folder outside it with secrets."""
    layout = Layout(root / "project" / "handouts", root / "project" / "build", TEMPLATES)
    images = layout.handouts_dir / "images"
    images.mkdir(parents=True)
    for name in ("stretch.png", "café.png", "calf stretch.png"):
        Image.new("RGB", (40, 30), "white").save(images / name)
    (images / "notes.txt").write_text("not a picture", encoding="utf-8")
    outside = root / "outside"
    outside.mkdir()
    Image.new("RGB", (40, 30), "red").save(outside / "secret.png")
    (outside / "secret.md").write_text(CORPUS_FRONT + "Secret.\n", encoding="utf-8")
    return layout, outside


def place(case: Case, layout: Layout, outside: Path) -> Path:
    """Put the case's handout into the project: copied from the corpus, or made."""
    dest = layout.handouts_dir / case.file
    if case.file in GENERATED:
        GENERATED[case.file](dest, outside)
    else:
        shutil.copyfile(BAD / case.file, dest)
    return dest
