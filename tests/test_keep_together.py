"""Ranges and phone numbers stay on one line in print and on the web; warning boxes stay
on one page in print."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from handoutkit.reader.urgent import urgent_boxes
from handoutkit.writers.keep_together import keep_together
from tests.helpers import FIXTURES, SAMPLES, TEMPLATES


@pytest.mark.parametrize(("text", "html"), [
    ("Normal is 2.25–2.75 mmol/L today.",
     'Normal is <span class="nowrap">2.25–2.75 mmol/L</span> today.'),
    ("Call (555) 555-0134 now.", 'Call <span class="nowrap">(555) 555-0134</span> now.'),
    ("Rest 2 - 3 days.", 'Rest <span class="nowrap">2 - 3</span> days.'),
    ("Call 911 & rest <b>.", "Call 911 &amp; rest &lt;b&gt;."),  # escaped, nothing to join
])  # fmt: skip
def test_runs_are_wrapped_and_the_rest_escaped(text: str, html: str) -> None:
    assert str(keep_together(text)) == html


# ---- "Get help now" boxes are never split across pages --------------------------------

LIBRARY = ("You can look after most of this at home. Rest, drink water, and take your usual "
           "medicines as your care team told you. Write down what happens and when, so you "
           "can tell us at your next visit. Ask a family member to help if you feel tired.")
SIGNS = ["a fever of 100.4 °F (38 °C) or higher", "trouble breathing, even at rest",
         "a rash that spreads fast", "pain that gets worse over a few hours",
         "throwing up and not able to keep water down", "a bad headache that does not go away",
         "feeling confused or very sleepy", "blood in your pee or poop"]


def _box(kind: str, calls: int, signs: int) -> str:
    lines = [f"> [!{kind}]", "> **Call 911** if you have chest pain or trouble breathing."]
    lines += [">", "> **Call us right away** if you have any of these:", ">"]
    lines += [f"> - {SIGNS[i % len(SIGNS)]} (sign {i + 1})" for i in range(signs)]
    lines += [line for n in range(calls) for line in
              (">", f"> Call us the same day if it is not better in {n + 2} days.")]
    return "\n".join(lines)


def _handout(number: int) -> str:
    """A realistic handout whose boxes land at different places on the page: more text
    before each box from one handout to the next, short, long and taller-than-a-page boxes,
    boxes in the opening and two in a row."""
    before = "\n\n".join([LIBRARY] * (number % 6))
    sizes = [(0, 2), (1, 5), (2, 8), (0, 3)]
    boxes = [_box("CAUTION" if i % 2 else "WARNING", *sizes[(number + i) % 4]) for i in range(2)]
    if number in (4, 9):  # a box taller than a page
        boxes[1] = _box("WARNING", 1, 30)
    opening = f"{LIBRARY}\n\n{boxes[0]}\n" if number % 3 == 0 else ""
    return (f"---\ntitle: Care at home, part {number}\nlang: en-US\nsummary: What to do at "
            f"home, and when to get help.\nreviewed: 2026-11-01\naudience: Adults\n---\n\n"
            f"{opening}\n## At home\n\n{before}\n\n{boxes[1]}\n\n{boxes[0]}\n\n"
            f"## Next visit\n\n{LIBRARY}\n\n{boxes[1]}\n")


@pytest.fixture(scope="module")
def leaflets(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Layout, str]]:
    """The samples, the language fixtures and a dozen generated handouts, laid out."""
    root = tmp_path_factory.mktemp("boxes")
    generated = root / "generated"
    generated.mkdir()
    shutil.copy(SAMPLES / "clinic.yaml", generated)
    for number in range(12):
        (generated / f"care-{number}.md").write_text(_handout(number), encoding="utf-8")
    built = []
    for name, handouts in (("samples", SAMPLES), ("languages", FIXTURES / "languages"),
                           ("generated", generated)):
        layout = Layout(handouts, root / name, TEMPLATES)
        assert main(["pdf", "-q", "--handouts-dir", str(handouts), "--build-dir",
                     str(layout.build_dir)]) == 0
        built += [(layout, path.stem) for path in sorted(handouts.glob("*.md"))]
    return built


def _squeezed(text: str) -> str:
    """Without any white space: a line wrapped anywhere, in any script, still matches."""
    return "".join(text.split())


@pytest.mark.slow  # lays out 37 leaflets
def test_no_box_is_split_across_pages(leaflets: list[tuple[Layout, str]]) -> None:
    """Each box starts with its label and ends with the clinic's after-hours line: on every
    page of every leaflet, as many boxes start as end, and the panel is on page 1. A box
    split across pages leaves a page where one starts and none ends."""
    tall = 0
    for layout, name in leaflets:
        handout = load_handout(layout.handouts_dir / f"{name}.md", layout.handouts_dir)
        config = load_config(layout.handouts_dir)
        contact = config.help_contact(handout.meta)
        label = _squeezed(config.labels_for(handout.meta.lang).get_help)
        # its full stop left out: a right-to-left line's extracted text may put it first
        end = _squeezed(contact.after_hours or "").strip(".。")
        boxes = len(list(urgent_boxes(handout.intro, handout.sections)))
        assert end and boxes, name
        pages = [_squeezed(page.extract_text())  # in logical order, right to left too
                 for page in PdfReader(layout.output(name, "pdf")).pages]
        starts = [page.count(label) for page in pages]
        assert starts == [page.count(end) for page in pages], (name, starts)
        assert starts[0] >= 1, name  # the panel on page 1
        assert sum(starts) >= boxes + 1, name  # every box and the panel, maybe in parts
        tall += sum(starts) > boxes + 1
    assert tall >= 2  # the boxes taller than a page were cut into parts, each one whole


@pytest.mark.slow  # the same 37 leaflets
def test_no_printed_web_address_ends_a_line_with_a_hyphen(
        leaflets: list[tuple[Layout, str]]) -> None:
    """"…/html/leg-" then "cramps.html" reads as a word broken in two; a printed address
    (the QR code's, the sources') breaks after a "/" or before a "." instead, or before a
    hyphen in a piece too long for a line. (An address inside a sentence still wraps where
    the layout wraps it: "… sou www.cdc.gov/heat-" in the Haitian Creole fixture.)"""
    broken = [(name, line) for layout, name in leaflets
              for page in PdfReader(layout.output(name, "pdf")).pages
              for line in page.extract_text().splitlines()
              if re.fullmatch(r"(https?://|www\.)\S*-", line.strip())]
    assert not broken, broken
    assert any("://" in page.extract_text() for layout, name in leaflets[:3]
               for page in PdfReader(layout.output(name, "pdf")).pages)



@pytest.mark.slow  # lays out 20 short leaflets
def test_the_document_name_never_stands_alone_on_a_page(tmp_path: Path) -> None:
    """The leaflet ends with its file name and review date (what a health record cites); a
    last page holding only that line is a sheet wasted. One-line paragraphs as tall as that
    line, 20 counts in a row (a page holds about 19): for one count the paragraphs fill
    their pages exactly, and the line would stand alone on the next but for its keep."""
    shutil.copy(SAMPLES / "clinic.yaml", tmp_path)
    for count in range(10, 30):
        body = "\n\n".join(f"Rest and drink water, day {n}." for n in range(count))
        (tmp_path / f"filler-{count}.md").write_text(
            f"---\ntitle: Rest\nlang: en-US\nsummary: Rest.\nreviewed: 2026-11-01\n---\n\n"
            f"## At home\n\n{body}\n", encoding="utf-8")
    layout = Layout(tmp_path, tmp_path / "build", TEMPLATES)
    assert main(["pdf", "-q", "--handouts-dir", str(tmp_path), "--build-dir",
                 str(layout.build_dir)]) == 0
    alone = []
    for count in range(10, 30):
        with pdfplumber.open(layout.output(f"filler-{count}", "pdf")) as doc:
            words = doc.pages[-1].extract_words()
        line = next(w for w in words if w["text"] == f"filler-{count}")
        if not any(w["bottom"] < line["top"] for w in words):
            alone.append(count)
    assert not alone
