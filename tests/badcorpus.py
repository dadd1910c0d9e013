"""The bad-input corpus: tests/fixtures/bad/, its manifest CASES.tsv, the cases made at run
time (too big to commit, or links and special files) and the project each case runs in."""

from __future__ import annotations

import csv
import os
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PIL import Image

from handoutkit.files import Layout
from tests.helpers import FIXTURES, TEMPLATES, markdown_table

BAD = FIXTURES / "bad"
CORPUS_FRONT = "---\ntitle: Leg cramps\nlang: en\nsummary: What helps.\n---\n\n"
GOOD_BODY = "Stretch your calf before bed.\n"
# The files around the handouts a case may break instead of the handout itself: its
# expected error then starts with one of these, not with the case's file name.
SETTINGS_FILES = ("clinic.yaml", "pronunciations.yaml", "labels/")


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


Maker = Callable[[Path, Path], Path | None]  # (where the case goes, outside) → another path


def _write(text: str) -> Maker:
    def write(dest: Path, outside: Path) -> None:
        dest.write_text(text, encoding="utf-8")

    return write


def _setting(name: str, make: Callable[[Path, Path], None]) -> Maker:
    """A good handout, and ``handouts/<name>`` made hostile by ``make(path, outside)``."""

    def write(dest: Path, outside: Path) -> None:
        dest.write_text(CORPUS_FRONT + GOOD_BODY, encoding="utf-8")
        setting = dest.parent / name
        setting.parent.mkdir(exist_ok=True)
        make(setting, outside)

    return write


def _text(text: str) -> Callable[[Path, Path], None]:
    def write(path: Path, outside: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return write


def _link_to(target: str) -> Callable[[Path, Path], None]:
    """A link to ``outside/target`` (outside the project) for a secret, else to ``target``
    beside it (which does not exist)."""

    def link(path: Path, outside: Path) -> None:
        path.symlink_to(outside / target if target.startswith("secret") else path.parent / target)

    return link


def _pipe(path: Path, outside: Path) -> None:
    os.mkfifo(path)


def _editor_files(path: Path, outside: Path) -> None:
    """What an editor leaves beside a labels file while it is open: Emacs's lock (a link to
    nothing), a backup and a swap file."""
    path.write_text("get_help: \"Get help now\"\n", encoding="utf-8")
    (path.parent / ".#en.yaml").symlink_to("someone@host.1234:1700000000")
    (path.parent / "en.yaml~").write_text("get_help: [\n", encoding="utf-8")
    (path.parent / ".en.yaml.swp").write_bytes(b"\x00\x01swap")


def _picture(name: str, make: Callable[[Path], None]) -> Maker:
    """A handout showing ``images/<name>``, which ``make`` writes."""

    def write(dest: Path, outside: Path) -> None:
        make(dest.parent / "images" / name)
        link = quote(name)  # as a writer would: the file's own name is what gets checked
        dest.write_text(CORPUS_FRONT + GOOD_BODY + f"\n![A calf stretch](images/{link})\n",
                        encoding="utf-8")

    return write


def _png(width: int, height: int) -> Callable[[Path], None]:
    # mode "1" (one bit a pixel): a 20000 × 20000 picture is 50 MB in memory, 60 KB on disk
    return lambda path: Image.new("1", (width, height)).save(path)


def _truncated_png(path: Path) -> None:
    noise = random.Random(24).randbytes(400 * 300)  # does not compress: half the file is cut
    Image.frombytes("L", (400, 300), noise).save(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _svg_named_png(path: Path) -> None:
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"/>\n',
                    encoding="utf-8")


def _jpeg_named_png(path: Path) -> None:
    Image.new("RGB", (40, 30), "white").save(path, format="JPEG")


def _long_name(dest: Path, outside: Path) -> Path:
    long = dest.with_name("-".join(["stretch"] * 31) + ".md")  # 250 characters
    long.write_text(CORPUS_FRONT + GOOD_BODY, encoding="utf-8")
    return long


def _same_language(dest: Path, outside: Path) -> None:
    """A translation in the language its source is already in."""
    front = CORPUS_FRONT.replace("lang: en", "lang: es")
    dest.write_text(front + "Estire la pantorrilla.\n", encoding="utf-8")
    dest.with_name(dest.name.replace(".es.md", ".md")).write_text(
        front + "Estire la pantorrilla antes de dormir.\n", encoding="utf-8")


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


GENERATED: dict[str, Maker] = {
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
    # -- the files around the handouts: clinic.yaml, pronunciations.yaml, labels/
    "clinic-link-outside.md": _setting("clinic.yaml", _link_to("secret.yaml")),
    "clinic-dangling-link.md": _setting("clinic.yaml", _link_to("gone.yaml")),
    "clinic-fifo.md": _setting("clinic.yaml", _pipe),
    "clinic-3mb.md": _setting("clinic.yaml", _text("name: " + "x" * 3_000_000 + "\n")),
    "clinic-long-value.md": _setting("clinic.yaml", _text("name: " + "Clinic " * 300 + "\n")),
    "clinic-escape-control.md": _setting("clinic.yaml", _text('name: "Riverside\\u0007"\n')),
    "clinic-escape-in-after-hours.md": _setting(
        "clinic.yaml", _text('after_hours: {en: "Call 911\\u001b[2J"}\n')),
    "clinic-phone-bidi-escape.md": _setting(
        "clinic.yaml", _text('name: Riverside\nphone: "\\u202e4310-555"\n')),
    "clinic-phone-direction-mark.md": _setting(
        "clinic.yaml", _text('name: Riverside\nphone: "555\u200f-0134"\n')),
    "clinic-reading-grade-nan.md": _setting("clinic.yaml", _text("reading_grade: .nan\n")),
    "clinic-web-quotes.md": _setting(
        "clinic.yaml", _text("web: 'https://clinic.example/\"><script>'\n")),
    "pronunciations-link-outside.md": _setting("pronunciations.yaml", _link_to("secret.yaml")),
    "pronunciations-fifo.md": _setting("pronunciations.yaml", _pipe),
    "pronunciations-300kb.md": _setting("pronunciations.yaml",
                                        _text("".join(f"T{n}: tee {n}\n" for n in range(30_000)))),
    "labels-format-spec.md": _setting("labels/en.yaml",
                                      _text('said:\n  from_clinic: "From {clinic:d}."\n')),
    "labels-huge-padding.md": _setting(
        "labels/en.yaml", _text('call_clinic: "Call {clinic:>300000000} at {phone}."\n')),
    "labels-attribute.md": _setting("labels/en.yaml",
                                    _text('call_clinic: "Call {clinic.__class__} at {phone}."\n')),
    "labels-link-outside.md": _setting("labels/es.yaml", _link_to("secret.yaml")),
    "labels-fifo.md": _setting("labels/es.yaml", _pipe),
    "labels-editor-files.md": _setting("labels/en.yaml", _editor_files),
    # -- pictures, opened and measured
    "picture-truncated.md": _picture("truncated.png", _truncated_png),
    "picture-svg-named-png.md": _picture("drawing.png", _svg_named_png),
    "picture-jpeg-named-png.md": _picture("photo.png", _jpeg_named_png),
    "picture-20000-square.md": _picture("huge.png", _png(20_000, 20_000)),
    "picture-12000-square.md": _picture("big.png", _png(12_000, 12_000)),
    "picture-4000x3000.md": _picture("photo.png", _png(4_000, 3_000)),
    "picture-quotes-in-name.md": _picture('calf "stretch" <1>.png', _png(40, 30)),
    # -- names
    "handout-name-250.md": _long_name,
    "same-language.es.md": _same_language,
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
    (outside / "secret.yaml").write_text("name: SECRET CLINIC\nsaid:\n  call: \"SECRET\"\n",
                                         encoding="utf-8")
    return layout, outside


def place(case: Case, layout: Layout, outside: Path) -> Path:
    """Put the case's handout into the project: copied from the corpus, or made (a maker may
    put it elsewhere: a name too long for the manifest)."""
    dest = layout.handouts_dir / case.file
    if case.file in GENERATED:
        return GENERATED[case.file](dest, outside) or dest
    shutil.copyfile(BAD / case.file, dest)
    return dest
