"""The EPUBs with media overlays: epubcheck, the overlay against the .vtt, the zip itself.

Built through the real pipeline: piper voices a short handout, the EPUB writer packs the
text, the MP3 and the overlay; the samples' EPUBs come from the run's shared build.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import segno

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.pipeline.merge import merge_builds
from handoutkit.pipeline.stamps import Stamps
from handoutkit.speech.vtt import parse_vtt
from tests.helpers import TEMPLATES, epubcheck, front_matter

NS = {"smil": "http://www.w3.org/ns/SMIL", "opf": "http://www.idpf.org/2007/opf",
      "x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops"}
CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                      web="https://riverside-clinic.example",
                      voices=(("en", "piper"),))  # the faster opt-in: a short handout quickly
BODY = """\
Cramps are common at night.

![A person stretching the calf against a wall](images/stretch.png)

## What helps

1. Pull your toes up. Hold for **30 seconds**.
2. Walk for 5 minutes.

| Food | Has |
| --- | --- |
| Milk | Calcium |

### At night

See [our cramp page](https://riverside-clinic.example/cramps) for more.

> [!TIP]
> Drink water all day.

## Get help

> [!WARNING]
> Call 911 if one leg is red & swollen.
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """A short handout with a picture, lists, a table, boxes and a link, built to audio,
    braille, EPUB and web page, with the catalogue."""
    root = tmp_path_factory.mktemp("epub")
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    (layout.handouts_dir / "images").mkdir(parents=True)
    segno.make("stretch").save(layout.handouts_dir / "images" / "stretch.png", scale=4)
    source = layout.handouts_dir / "cramps.md"
    front = front_matter(title="Leg cramps", reviewed="2026-07-10", audience="Pregnant people",
                         sources="\n  - title: Cramp leaflet\n    url: https://example.org/c")
    source.write_text(front + "\n" + BODY, encoding="utf-8")
    report = Builder(layout, CLINIC, ["pdf", "audio", "braille", "epub", "html"], jobs=2).build(
        [source], lambda path: None)
    assert not report.failed, report.failed
    Builder(layout, CLINIC, ["html"]).finish([source], lambda path: None)
    return layout


@pytest.mark.slow  # the shared voiced build of the samples
def test_epubcheck_finds_nothing_in_any_sample_or_the_fixture(sample_build: Layout,
                                                              book: Layout) -> None:
    epubs = [*sorted((sample_build.build_dir / "epub").glob("*.epub")),
             book.output("cramps", "epub")]
    assert len(epubs) == 4
    for epub in epubs:
        report = epubcheck(epub)
        assert "Messages: 0 fatals / 0 errors / 0 warnings" in report, report


def read(epub: Path, name: str) -> bytes:
    with zipfile.ZipFile(epub) as archive:
        return archive.read(name)


@pytest.mark.slow  # the shared voiced build of the samples
def test_overlay_clips_are_the_vtt_cues(sample_build: Layout, book: Layout) -> None:
    """Every cue of the .vtt is one <par>, with the same start and end to the millisecond,
    pointing at an element of the text, and the text's elements are read in order."""
    names = [p.stem for p in (sample_build.build_dir / "epub").glob("*.epub")]
    for layout, name in [(book, "cramps"), *((sample_build, n) for n in names)]:
        epub = layout.output(name, "epub")
        cues = parse_vtt(layout.output(name, "vtt").read_text(encoding="utf-8"))
        smil = ElementTree.fromstring(read(epub, "EPUB/content.smil"))
        pars = smil.findall(".//smil:par", NS)
        clips = [(smil_ms(p.find("smil:audio", NS).get("clipBegin")),
                  smil_ms(p.find("smil:audio", NS).get("clipEnd"))) for p in pars]
        assert clips == [(round(c.start * 1000), round(c.end * 1000)) for c in cues], name
        order = _element_order(read(epub, "EPUB/content.xhtml"))
        refs = [p.find("smil:text", NS).get("src").split("#")[1] for p in pars]
        positions = [order[ref] for ref in refs]
        assert positions == sorted(positions), name


def smil_ms(clock: str) -> int:
    """A SMIL full clock value ("0:01:02.500") in milliseconds."""
    hours, minutes, seconds = clock.split(":")
    return round(((int(hours) * 60 + int(minutes)) * 60 + float(seconds)) * 1000)


def _element_order(xhtml: bytes) -> dict[str, int]:
    tree = ElementTree.fromstring(xhtml)
    return {e.get("id"): i for i, e in enumerate(tree.iter()) if e.get("id")}


def test_each_sentence_points_at_what_it_reads(book: Layout) -> None:
    epub = book.output("cramps", "epub")
    tree = ElementTree.fromstring(read(epub, "EPUB/content.xhtml"))
    text = {e.get("id"): " ".join("".join(e.itertext()).split())
            for e in tree.iter() if e.get("id")}
    smil = ElementTree.fromstring(read(epub, "EPUB/content.smil"))
    refs = [p.find("smil:text", NS).get("src").split("#")[1] for p in smil.iter(
        f"{{{NS['smil']}}}par")]
    cues = [c.text for c in parse_vtt(book.output("cramps", "vtt").read_text(encoding="utf-8"))]
    read_out = [(cue, text[ref]) for cue, ref in zip(cues, refs, strict=True)]
    shown = dict(read_out)  # what each sentence said once reads
    assert shown["Leg cramps."] == "Leg cramps"  # the title
    item = "Pull your toes up. Hold for 30 seconds."
    assert shown["1. Pull your toes up."] == shown["Hold for 30 seconds."] == item
    assert shown["In each row: Food, then Has."] == "FoodHas"  # the column names
    assert shown["Milk: Calcium."] == "MilkCalcium"  # the row
    assert shown["Tip: Drink water all day."] == "Drink water all day."  # label + text
    warning = "Get help now: Call 911 if one leg is red & swollen."  # captions show the print
    call = printed_call = "Call Riverside Family Clinic at 555-0134."
    # Said twice, in the panel after the title and in the box: each time what it reads there.
    assert [(cue, words) for cue, words in read_out if cue in (warning, call)] == [
        (warning, "Call 911 if one leg is red & swollen."), (call, printed_call),
        (warning, "Call 911 if one leg is red & swollen."), (call, printed_call)]
    panel, box = [ref for cue, ref in zip(cues, refs, strict=True) if cue == call]
    assert panel == "call_panel" and box != panel
    contact = shown["To reach us, call 555-0134."]
    assert contact.startswith("Riverside Family Clinic") and "555-0134" in contact
    assert shown["It was last reviewed on July 10, 2026."] == "Last reviewed: July 10, 2026"
    picture = next(r for c, r in zip(cues, refs, strict=True) if c.startswith("Picture:"))
    figure = next(e for e in tree.iter() if e.get("id") == picture)
    assert figure.find("x:img", NS).get("alt") == "A person stretching the calf against a wall"


def test_get_help_now_panel_after_the_title_and_contact_in_every_urgent_box(
        book: Layout) -> None:
    """As on page 1 of the leaflet: the panel, a heading in a named region, straight after
    the title; then the summary, the clinic and "For: …"; the warning box, where the author
    put it, a region headed by its label as in print, ends with the clinic's number."""
    tree = ElementTree.fromstring(read(book.output("cramps", "epub"), "EPUB/content.xhtml"))
    body = tree.find("x:body", NS)
    assert [child.tag.split("}")[1] for child in body] == ["header", "section", "main", "footer"]
    panel = body.find("x:section", NS)
    heading = panel.find("x:h2", NS)
    assert heading.text == "Get help now" and panel.get("aria-labelledby") == heading.get("id")
    assert [" ".join("".join(p.itertext()).split()) for p in panel.iterfind("x:p", NS)] == [
        "Call 911 if one leg is red & swollen.", "Call Riverside Family Clinic at 555-0134."]
    front = [" ".join("".join(p.itertext()).split())
             for p in body.find("x:main/x:div", NS).iterfind("x:p", NS)]
    assert front == ["Why they happen and what helps.", "Riverside Family Clinic",
                     "For: Pregnant people"]
    assert not list(body.iter(f"{{{NS['x']}}}aside"))
    box = next(a for a in body.iter(f"{{{NS['x']}}}section") if "urgent" in a.get("class", "")
               and a is not panel)
    label = box.find("x:h3", NS)  # in a ## section, as print's
    assert label.text == "Get help now" and box.get("aria-labelledby") == label.get("id")
    call = box.findall("x:p", NS)[-1]
    assert "".join(call.itertext()) == "Call Riverside Family Clinic at 555-0134."
    assert call.find("x:a", NS).get("href") == CLINIC.phone_href


def test_package_metadata_navigation_and_files(book: Layout) -> None:
    epub = book.output("cramps", "epub")
    opf = ElementTree.fromstring(read(epub, "EPUB/package.opf"))
    meta: dict[str, list[str]] = {}
    for element in opf.iterfind(".//opf:meta", NS):
        meta.setdefault(element.get("property"), []).append(element.text)
    assert meta["schema:accessMode"] == ["textual", "auditory", "visual"]
    assert meta["schema:accessModeSufficient"] == ["textual", "auditory"]
    assert {"synchronizedAudioText", "alternativeText", "tableOfContents"} <= set(
        meta["schema:accessibilityFeature"])
    assert meta["schema:accessibilityHazard"] == ["none"]
    # Only what the build checks: no WCAG claim nor certifier on the clinic's behalf, and
    # the highlight is per paragraph, list item, heading or row, not per sentence.
    assert "dcterms:conformsTo" not in meta and "a11y:certifiedBy" not in meta
    summary = meta["schema:accessibilitySummary"][0]
    assert "media overlays" in summary and "each paragraph" in summary
    assert "sentence" not in summary and "WCAG" not in summary
    assert "read by a computer voice (Piper, joe-us)" in summary
    narrator = opf.find(".//{http://purl.org/dc/elements/1.1/}contributor")
    assert narrator.text == "Piper, joe-us (computer voice)"
    role = opf.find(f".//opf:meta[@refines='#{narrator.get('id')}']", NS)
    assert (role.get("property"), role.get("scheme"), role.text) == ("role", "marc:relators",
                                                                      "nrt")
    assert opf.find(".//{http://purl.org/dc/elements/1.1/}language").text == "en"
    nav = ElementTree.fromstring(read(epub, "EPUB/nav.xhtml"))
    assert [a.text for a in nav.find("x:body/x:nav", NS).iter(f"{{{NS['x']}}}a")] == [
        "Leg cramps", "Get help now", "What helps", "At night", "Get help", "Sources"]
    with zipfile.ZipFile(epub) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        mp3 = archive.read("EPUB/audio/cramps.mp3")
        texts = [archive.read(n) for n in archive.namelist() if n.endswith((".xhtml", ".opf"))]
    assert mp3 == book.output("cramps", "audio").read_bytes()
    assert not any(b"<script" in t for t in texts)
    assert not any(re.search(rb'src="[a-z]+:', t) for t in texts)  # nothing from the network


def test_same_epub_whether_the_reading_was_just_made_or_kept(book: Layout,
                                                              tmp_path: Path) -> None:
    """The builder hands the EPUB the record of a reading it just wrote; for an unchanged
    reading, the record kept with its stamp. Both give the same bytes."""
    epub = book.output("cramps", "epub")
    first = epub.read_bytes()
    Stamps(book.build_dir).forget("cramps", "epub")
    report = Builder(book, CLINIC, ["audio", "epub"]).build(
        [book.handouts_dir / "cramps.md"], lambda path: None)
    assert report.written == [epub]  # the audio was unchanged: its kept record
    assert epub.read_bytes() == first


def test_a_reading_of_an_older_text_is_refused(book: Layout, tmp_path: Path) -> None:
    """Built alone, the EPUB takes the kept reading's record; a reading whose sentences point
    at elements the text no longer has fails the handout with what to do, never a wrong
    overlay."""
    shutil.copytree(book.build_dir, tmp_path / "build")
    shutil.copytree(book.handouts_dir, tmp_path / "handouts")
    copy = Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)
    source = copy.handouts_dir / "cramps.md"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Cramps are common at night.", "Cramps are common.\n\nThey pass by morning."),
        encoding="utf-8")  # every line after it moves down two
    report = Builder(copy, CLINIC, ["epub"]).build([source], lambda path: None)
    assert "the reading does not say this handout's current text — build the audio again" \
        in str(report.failed[source])
    assert not copy.output("cramps", "epub").exists()


def test_page_and_catalogue_link_both(book: Layout) -> None:
    page = book.output("cramps", "html").read_text(encoding="utf-8")
    assert '<a href="../epub/cramps.epub" type="application/epub+zip">E-book with audio (EPUB)' \
        in page
    assert '<a href="../braille/cramps.brf">Braille file (BRF)</a>' in page
    catalogue = (book.build_dir / "index.html").read_text(encoding="utf-8")
    assert '<a href="epub/cramps.epub" type="application/epub+zip">E-book with audio' in catalogue
    assert '<a href="braille/cramps.brf">Braille file (BRF)</a>' in catalogue


def test_shards_merge_with_their_braille_and_epub(book: Layout, tmp_path: Path) -> None:
    copied = merge_builds([book.build_dir], tmp_path / "merged")
    assert {tmp_path / "merged/epub/cramps.epub", tmp_path / "merged/braille/cramps.brf"} <= set(
        copied)


def test_a_failing_handout_keeps_no_braille_or_epub(book: Layout, tmp_path: Path) -> None:
    shutil.copytree(book.build_dir, tmp_path / "build")
    layout = Layout(book.handouts_dir, tmp_path / "build", TEMPLATES)
    broken = tmp_path / "handouts" / "cramps.md"
    broken.parent.mkdir()
    broken.write_text(front_matter() + "\n# A second title\n", encoding="utf-8")
    copy = Layout(broken.parent, layout.build_dir, TEMPLATES)
    report = Builder(copy, CLINIC, ["braille", "epub"]).build([broken], lambda path: None)
    assert broken in report.failed
    assert not copy.output("cramps", "braille").exists()
    assert not copy.output("cramps", "epub").exists()
