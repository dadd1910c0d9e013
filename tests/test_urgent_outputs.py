"""Urgent first, on the real outputs: every sample and a handout whose panel comes from its
WARNING box are built with the real engines, then read back as a patient would meet them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.labels import labels_for
from handoutkit.reader.loader import load_handout
from handoutkit.reader.urgent import HelpPanel, help_panel
from handoutkit.speech import anchors
from handoutkit.speech.script import build_script
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt
from tests.helpers import FIXTURES, SAMPLES, copy_build
from tests.htmltree import Element, parse_html
from tests.media import ffprobe_chapters, listening_sentences

pytestmark = pytest.mark.slow  # whole builds with the real engines

URGENT_WITHIN = 30.0  # seconds: STANDARDS.md, "urgent first"
NAMES = sorted([p.stem for p in SAMPLES.glob("*.md")] + ["sore-leg"])


@pytest.fixture(scope="module")
def built(sample_build: Layout, tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """The run's sample build, copied, with a handout whose panel comes from its WARNING
    box built into it by the command line, as `make` would after adding that file."""
    layout = copy_build(sample_build, tmp_path_factory.mktemp("urgent"))
    shutil.copy(FIXTURES / "urgent" / "sore-leg.md", layout.handouts_dir)
    status = main(["build", "-q", "--jobs", "2", "--handouts-dir", str(layout.handouts_dir),
                   "--build-dir", str(layout.build_dir),
                   *map(str, sorted(layout.handouts_dir.glob("*.md")))])
    assert status == 0
    return layout


def _panel(layout: Layout, name: str) -> HelpPanel:
    handout = load_handout(layout.handouts_dir / f"{name}.md", layout.handouts_dir)
    panel = help_panel(handout, load_config(layout.handouts_dir).help_contact(handout.meta))
    assert panel is not None, name
    return panel


def _lines(panel: HelpPanel) -> list[str]:
    """Every printed line of the panel: each action and each sign under it."""
    return [line for action in panel.actions for line in (action.text, *action.signs)]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", NAMES)
def test_panel_is_on_page_one_of_the_leaflet(built: Layout, name: str) -> None:
    panel = _panel(built, name)
    page_one = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(built.output(name, "pdf")),
                               "-"], capture_output=True, text=True, check=True).stdout
    flat = _flat(page_one)
    lang = load_handout(built.handouts_dir / f"{name}.md", built.handouts_dir).meta.lang
    assert labels_for(lang).get_help in flat
    for line in _lines(panel):
        assert _flat(line) in flat, (name, line)
    assert panel.contact.phone and panel.contact.phone in flat
    assert panel.contact.after_hours and _flat(panel.contact.after_hours) in flat


@pytest.mark.parametrize("name", NAMES)
def test_panel_is_its_own_chapter_in_the_first_30_seconds(built: Layout, name: str) -> None:
    """The panel's first line, the clinic's number and the after-hours line come straight
    after the title: the number has been said, whole, within the first 30 seconds of the
    real reading (its .vtt cues, one per sentence of the script), and the title's details
    (the summary, "This handout is from …") only after the panel."""
    handout = load_handout(built.handouts_dir / f"{name}.md", built.handouts_dir)
    config = load_config(built.handouts_dir)
    label = labels_for(handout.meta.lang).get_help
    chapters = read_chapters(built.output(name, "audio"))
    assert chapters[1].title == label and chapters[1].start_ms < URGENT_WITHIN * 1000
    cues = parse_vtt(built.output(name, "vtt").read_text(encoding="utf-8"))
    segments = list(build_script(handout, config).segments)
    assert len(cues) == len(segments)
    at = {segment.ref: cue for segment, cue in reversed(list(zip(segments, cues, strict=True)))}
    first, call = at[anchors.panel_action_id(0)], at[anchors.call_id(None)]
    panel = _panel(built, name)
    assert first.text == f"{label}: {panel.actions[0].text}"  # the printed words
    if any("911" in line for line in _lines(panel)):  # every sample's panel says it
        said = listening_sentences(built.output(name, "listening"))
        assert any("nine one one" in line or "nueve uno uno" in line for line in said)
    assert call.end < URGENT_WITHIN, (name, call)  # the whole number, said
    assert first.start < call.start < at[anchors.after_hours_id(None)].start \
        < at[anchors.SUMMARY].start, name


def _position(doc: Element, element: Element) -> int:
    return next(i for i, e in enumerate(doc.iter()) if e is element)


@pytest.mark.parametrize("name", NAMES)
def test_panel_is_a_heading_landmark_above_the_player(built: Layout, name: str) -> None:
    panel = _panel(built, name)
    doc = parse_html(built.output(name, "html").read_text(encoding="utf-8"))
    region = doc.find("section", "get-help")
    heading = region.find("h2")
    assert region.attrs["aria-labelledby"] == heading.attrs["id"]
    lang = doc.find("html").attrs["lang"]
    assert heading.text == labels_for(str(lang)).get_help
    for line in _lines(panel):
        assert _flat(line) in region.text
    assert region.find("a", "phone").attrs["href"] == "tel:+15555550134"
    assert _position(doc, region) < _position(doc, doc.find("audio"))


@pytest.mark.parametrize("name", NAMES)
def test_ffprobe_lists_the_chapters_in_time_order(built: Layout, name: str) -> None:
    mp3 = built.output(name, "audio")
    listed = ffprobe_chapters(mp3)
    starts = [start for start, _ in listed]
    assert len(listed) == len(read_chapters(mp3)) >= 3
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert [title for _, title in listed] == [c.title for c in read_chapters(mp3)]


@pytest.mark.parametrize("name", [p.stem for p in SAMPLES.glob("*.md")])
def test_footer_phone_never_wraps(built: Layout, name: str) -> None:
    layout = subprocess.run(["pdftotext", "-layout", str(built.output(name, "pdf")), "-"],
                            capture_output=True, text=True, check=True).stdout
    lang = load_handout(built.handouts_dir / f"{name}.md", built.handouts_dir).meta.lang
    footer = f"{labels_for(lang).phone} {load_config(built.handouts_dir).phone}"
    pages = [page for page in layout.split("\f") if page.strip()]
    for page in pages:  # "Phone (555) 555-0134" whole on one line, on every page
        assert any(footer in " ".join(line.split()) for line in page.splitlines()), page


def test_samples_read_at_grade_six_or_below(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    assert main(["check", "--handouts-dir", str(SAMPLES), "--build-dir", str(tmp_path)]) == 0
    said = capsys.readouterr()
    grades = [line for line in (said.out + said.err).splitlines() if "reading grade" in line]
    assert grades
    for line in grades:
        grade = float(line.split("reading grade ", 1)[1].split()[0])
        assert grade <= 6, line
