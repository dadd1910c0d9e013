"""The web page and the catalogue, read back from the files the writers produced (no browser)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PilImage
from pypdf import PdfReader

from handoutkit.cli import main
from handoutkit.config import ClinicConfig, load_config
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.records import AudioRecord, FileRecord, Mark, PageRecord, PdfRecord, Record
from handoutkit.speech.encode import encode_mp3
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.tags import AudioTags, TimedChapter, write_tags
from handoutkit.speech.vtt import Cue, render_vtt
from handoutkit.writers import WRITER_NAMES, Records, make_writer
from handoutkit.writers.html.catalogue import catalogue_output
from handoutkit.writers.html.labels import (
    format_clock,
    iso_duration,
    web_labels_for,
)
from handoutkit.writers.html.page import HtmlWriter
from handoutkit.writers.pdf.writer import PdfWriter
from tests.helpers import ROOT, TEMPLATES, front_matter
from tests.htmltree import Element, parse_html

CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                      web="https://riverside-clinic.example")
BODY = """\
Leg cramps are common. See [the NHS page](https://www.nhs.uk/pregnancy/leg-cramps/).

![A woman stretching her calf against a wall](images/stretch.png)

## What helps

- Stretch your calf.
- Walk for 5 minutes.

### At night

| What you can do | When |
| --- | --- |
| Stretch | Before bed |

## Get help

> [!WARNING]
> Call your midwife if one leg is red.
"""
SPANISH = "## Qué ayuda\n\nEstire la pierna.\n"
CHAPTERS = (("Leg cramps", 0.0), ("What helps", 4.0), ("Get help", 8.0))
CUES = (("Leg cramps.", 0.75, 2.0), ("Stretch your calf.", 4.2, 5.5),
        ("Call your midwife if one leg is red.", 8.3, 10.0))
LENGTH = 12.0  # seconds of the stand-in recording
TRANSLATIONS = ROOT / "tests" / "fixtures" / "translations"  # back-pain.md and its translations


def _write_recording(layout: Layout, name: str, title: str) -> AudioRecord:
    """A real MP3 with ID3 chapters and its .vtt, holding silence instead of a voice, and
    the record the audio writer would hand on for it."""
    mp3 = layout.output(name, "audio")
    mp3.parent.mkdir(parents=True, exist_ok=True)
    mp3.write_bytes(encode_mp3(Pcm(np.zeros(int(22050 * LENGTH), np.float32), 22050)))
    ends = [start for _, start in CHAPTERS[1:]] + [LENGTH]
    chapters = [TimedChapter(t, round(s * 1000), round(e * 1000))
                for (t, s), e in zip(CHAPTERS, ends, strict=True)]
    write_tags(mp3, AudioTags(title, CLINIC.name, CLINIC.name, "en", None, "x"), chapters)
    vtt = render_vtt(Cue(start, end, text) for text, start, end in CUES)
    layout.output(name, "vtt").write_text(vtt, encoding="utf-8")
    return AudioRecord(LENGTH, mp3.stat().st_size, hashlib.sha256(mp3.read_bytes()).hexdigest(),
                       tuple(Mark(c.title, c.start_ms / 1000, c.end_ms / 1000) for c in chapters),
                       tuple(Mark(text, start, end) for text, start, end in CUES))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Layout, dict[str, Records]]:
    """Two handouts (English, Spanish) with PDFs, stand-in recordings and pages, and the
    records each writer handed on."""
    root = tmp_path_factory.mktemp("web")
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    (layout.handouts_dir / "images").mkdir(parents=True)
    PilImage.new("RGB", (40, 30), "white").save(layout.handouts_dir / "images" / "stretch.png")
    (layout.handouts_dir / "cramps.md").write_text(
        front_matter(reviewed="2026-07-10") + "\n" + BODY, encoding="utf-8")
    (layout.handouts_dir / "cramps.es.md").write_text(
        front_matter(title="Calambres", lang="es", summary="Qué ayuda.") + "\n" + SPANISH,
        encoding="utf-8")
    library: dict[str, Records] = {}
    for path, title in zip(sorted(layout.handouts_dir.glob("*.md")), ("Leg cramps", "Calambres"),
                           strict=True):
        handout = load_handout(path, layout.handouts_dir)
        records: dict[str, Record] = {"audio": _write_recording(layout, handout.name, title)}
        records["pdf"] = PdfWriter(CLINIC, layout).plan(handout, records).write()
        records["html"] = HtmlWriter(CLINIC, layout).plan(handout, records).write()
        library[handout.name] = records
    return layout, library


@pytest.fixture(scope="module")
def site(built: tuple[Layout, dict[str, Records]]) -> Layout:
    return built[0]


def _page(layout: Layout, name: str) -> Element:
    return parse_html(layout.output(name, "html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(site: Layout) -> Element:
    return _page(site, "cramps")


def test_page_has_lang_one_h1_and_headings_in_order(site: Layout) -> None:
    for name, lang in (("cramps", "en"), ("cramps.es", "es")):
        doc = _page(site, name)
        assert doc.find("html").attrs["lang"] == lang
        levels = [int(e.tag[1]) for e in doc.iter() if re.fullmatch(r"h[1-6]", e.tag)]
        assert levels.count(1) == 1 and levels[0] == 1
        assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False))


def test_page_has_landmarks_lists_and_table_headers(page: Element) -> None:
    for landmark in ("header", "nav", "main", "footer"):
        assert page.find_all(landmark), landmark
    assert len(page.find_all("main")) == 1
    assert [h.text for h in page.find_all("h2")] == ["Get help now", "What helps", "Get help"]
    assert page.find("ul").find_all("li")
    assert all(th.attrs.get("scope") == "col" for th in page.find_all("th"))


def test_warning_box_is_a_region_named_by_its_label_and_section(page: Element) -> None:
    """The panel is the region "Get help now"; a box, headed "Get help now" too, is named
    apart from it (axe best practice landmark-unique), here by its section's title."""
    panel, box = page.find_all("section", "urgent")
    assert panel.find("h2", "callout-label").attrs["id"] == panel.attrs["aria-labelledby"]
    label = box.find("h3", "callout-label")
    assert label.text == "Get help now"
    assert box.attrs["aria-label"] == "Get help now: Get help"
    assert "Call your midwife" in box.text
    call = box.find("p", "call")  # every "Get help now" box gives the clinic's number
    assert call.find("a", "phone").attrs["href"] == "tel:5550134"


def test_no_script_style_or_font_comes_from_the_web(site: Layout, page: Element) -> None:
    loaded = [e.attrs.get("src") or e.attrs.get("href") or ""
              for e in page.iter() if e.tag in ("script", "link", "img", "audio", "track")]
    assert loaded and not [url for url in loaded if re.match(r"(?i)(https?:)?//", url)]
    css = (site.build_dir / "html" / "page.css").read_text(encoding="utf-8")
    assert re.findall(r"url\(([^)]*)\)", css) and "http" not in " ".join(
        re.findall(r"url\(([^)]*)\)", css))
    # a link in the handout's own text is fine: it is not loaded
    assert any(a.attrs["href"].startswith("https://www.nhs.uk") for a in page.find_all("a"))


def test_shared_files_and_pictures_are_copied_beside_the_page(site: Layout) -> None:
    html = site.build_dir / "html"
    for name in ("page.css", "readalong.js", "fonts/AtkinsonHyperlegible-Regular.ttf",
                 "fonts/AtkinsonHyperlegible-Bold.ttf", "images/stretch.png"):
        assert (html / name).is_file(), name
    script = (html / "readalong.js").read_text(encoding="utf-8")
    assert not re.search(r"fetch\(|XMLHttpRequest|https?://|import\(", script)


def test_player_plays_the_mp3_with_captions(page: Element) -> None:
    audio = page.find("audio")
    assert "controls" in audio.attrs and audio.attrs["preload"] == "metadata"
    assert audio.attrs["src"] == "../audio/cramps.mp3"
    track = audio.find("track")
    assert track.attrs["kind"] == "captions" and track.attrs["srclang"] == "en"
    assert track.attrs["src"] == "../audio/cramps.vtt" and "default" in track.attrs
    assert page.find("script").attrs["src"] == "readalong.js"


def test_chapters_are_time_links_that_work_without_javascript(page: Element) -> None:
    links = page.find("nav", "chapters").find_all("a")
    assert [a.find("span", "words").text for a in links] == [t for t, _ in CHAPTERS]
    for link, (_, start) in zip(links, CHAPTERS, strict=True):
        assert link.attrs["href"] == f"../audio/cramps.mp3#t={start:.3f}"
        assert float(link.attrs["data-start"]) == pytest.approx(start, abs=0.001)
        assert link.find("time").text == format_clock(start)


def test_read_along_lists_every_cue_with_its_time(page: Element) -> None:
    cues = page.find("details", "readalong").find_all("a", "cue")
    assert [a.find("span", "words").text for a in cues] == [text for text, _, _ in CUES]
    assert [float(a.attrs["data-end"]) for a in cues] == [end for _, _, end in CUES]


def test_page_without_a_recording_still_builds_with_no_player(write_handout,
                                                               project: Layout) -> None:
    handout = load_handout(write_handout("Stretch.\n", name="sleep", lang="es"),
                           project.handouts_dir)
    HtmlWriter(CLINIC, project).plan(handout, {}).write()
    doc = _page(project, "sleep")
    assert not doc.find_all("audio") and not doc.find_all("script")
    assert doc.find("html").attrs["lang"] == "es" and doc.find("h1").text == "Leg cramps"
    assert [a.attrs["href"] for a in doc.find("header").find_all("a")] == ["../index.html"]


def test_page_without_a_recording_says_so_and_still_links_every_other_output(
        project: Layout) -> None:
    """A language with no voice: the audio writer hands on nothing, and the Arabic page says
    there is no recording in its language yet, right to left, with the leaflet, braille and
    EPUB linked and its English source linked by name."""
    for name in ("back-pain.md", "back-pain.ar.md"):
        (project.handouts_dir / name).write_bytes((TRANSLATIONS / name).read_bytes())
    handout = load_handout(project.handouts_dir / "back-pain.ar.md", project.handouts_dir)
    records = {"pdf": PdfRecord(2), "braille": FileRecord(900), "epub": FileRecord(9000)}
    record = HtmlWriter(CLINIC, project).plan(handout, records).write()
    doc = _page(project, "back-pain.ar")
    assert (doc.find("html").attrs["lang"], doc.find("html").attrs["dir"]) == ("ar", "rtl")
    assert not doc.find_all("audio") and not doc.find_all("script")
    assert doc.find("main").find("p", "no-recording").text == web_labels_for("ar").no_recording
    hrefs = [a.attrs["href"] for a in doc.find("header").find("nav").find_all("a")]
    assert hrefs == ["../index.html", "../pdf/back-pain.ar.pdf", "../epub/back-pain.ar.epub",
                     "../braille/back-pain.ar.brf"]
    english = doc.find("nav", "translations").find("a")
    assert (english.text, english.attrs["lang"], english.attrs["dir"]) == ("English", "en", "ltr")
    assert record == PageRecord("ar", handout.meta.title, handout.meta.summary,
                                handout.meta.reviewed)


def test_translations_link_each_other_by_their_own_names(site: Layout) -> None:
    """Each page names every language in the head (rel=alternate, hreflang) and links the
    others by their own names, marked with their language."""
    expected = {"en": "cramps.html", "es": "cramps.es.html"}
    for name, other, other_name in (("cramps", "es", "Español"), ("cramps.es", "en", "English")):
        doc = _page(site, name)
        alternates = {link.attrs["hreflang"]: link.attrs["href"]
                      for link in doc.find("head").find_all("link")
                      if link.attrs.get("rel") == "alternate"}
        assert alternates == expected
        (link,) = doc.find("nav", "translations").find_all("a")
        assert (link.text, link.attrs["lang"], link.attrs["hreflang"]) == (other_name, other,
                                                                            other)
        assert link.attrs["href"] == expected[other]


def test_a_handout_alone_has_no_translation_links(project: Layout, write_handout) -> None:
    handout = load_handout(write_handout("Stretch.\n", name="alone"), project.handouts_dir)
    HtmlWriter(CLINIC, project).plan(handout, {}).write()
    doc = _page(project, "alone")
    assert not doc.find_all("nav", "translations")
    assert not [e for e in doc.find("head").find_all("link") if e.attrs.get("hreflang")]


def test_links_and_catalogue_name_each_language_as_its_labels_do(project: Layout,
                                                                  write_handout) -> None:
    """One name per language everywhere: the links, the catalogue and the captions' label
    all take `web.language_name`, the clinic's own where its labels file gives one."""
    labels = project.handouts_dir / "labels"
    labels.mkdir()
    (labels / "zh-Hant.yaml").write_text("web:\n  language_name: 繁體中文\n", encoding="utf-8")
    paths = [write_handout("Stretch.\n", name="cramps"),
             write_handout("Stretch.\n", name="cramps.tl", lang="tl"),
             write_handout("伸展。\n", name="cramps.zh-Hant", lang="zh-Hant")]
    config = load_config(project.handouts_dir)
    builder = Builder(project, config, ("pdf", "html"))
    builder.build(paths, lambda _: None)
    builder.finish(paths, lambda _: None)
    links = {a.attrs["hreflang"]: a.text
             for a in _page(project, "cramps").find("nav", "translations").find_all("a")}
    assert links == {"tl": "Tagalog", "zh-Hant": "繁體中文"}
    assert links["tl"] == web_labels_for("tl").language_name
    catalogue = parse_html((project.build_dir / "index.html").read_text(encoding="utf-8"))
    listed = " ".join(element.text for element in catalogue.find_all("span"))
    assert "Tagalog" in listed and "繁體中文" in listed and "Filipino" not in listed


def test_each_leaflets_qr_code_goes_to_its_own_languages_page(project: Layout) -> None:
    config = ClinicConfig(name="Riverside Family Clinic", phone="555-0134",
                          audio_base_url="https://clinic.example/handouts/")
    for name in ("back-pain.md", "back-pain.es.md"):
        (project.handouts_dir / name).write_bytes((TRANSLATIONS / name).read_bytes())
    writer = PdfWriter(config, project)
    urls = {name: writer.render_html(load_handout(project.handouts_dir / f"{name}.md",
                                                  project.handouts_dir)).qr_url
            for name in ("back-pain", "back-pain.es")}
    assert urls == {"back-pain": "https://clinic.example/handouts/html/back-pain.html",
                    "back-pain.es": "https://clinic.example/handouts/html/back-pain.es.html"}


def test_page_links_the_leaflet_and_the_catalogue(page: Element) -> None:
    hrefs = [a.attrs["href"] for a in page.find("header").find("nav").find_all("a")]
    assert hrefs == ["../index.html", "../pdf/cramps.pdf"]


def test_stylesheet_colours_meet_aaa_contrast(site: Layout) -> None:
    css = (site.build_dir / "html" / "page.css").read_text(encoding="utf-8")
    colours = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-fA-F]{3,6})", css))
    for text in ("ink", "link", "visited"):
        for background in ("paper", "highlight"):
            assert _contrast(colours[text], colours[background]) >= 7, (text, background)
    assert re.search(r"html\s*{[^}]*font-size:\s*140\.625%", css)  # 22.5 px
    assert "@media print" in css


def _contrast(one: str, two: str) -> float:
    def luminance(colour: str) -> float:
        hexes = colour.lstrip("#")
        hexes = "".join(c * 2 for c in hexes) if len(hexes) == 3 else hexes
        rgb = [int(hexes[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# ---- catalogue ------------------------------------------------------------------------


def test_catalogue_lists_each_handout_once_with_its_translations_under_it(
        built: tuple[Layout, dict[str, Records]]) -> None:
    site, library = built
    catalogue_output(site, CLINIC, library).write()
    dest = site.build_dir / "index.html"
    doc = parse_html(dest.read_text(encoding="utf-8"))
    entries = [li for li in doc.find("ul", "entries").children
               if isinstance(li, Element) and li.tag == "li"]
    assert len(entries) == 1, "cramps.md and cramps.es.md are one handout in two languages"
    english = entries[0].find("div", "version")
    spanish = entries[0].find("li", "version")
    assert (english.attrs["lang"], english.attrs["dir"]) == ("en", "ltr")
    assert (spanish.attrs["lang"], spanish.attrs["dir"]) == ("es", "ltr")
    assert english.find("h2").text == "Leg cramps", "the source first, as the entry's heading"
    assert spanish.find("h3").text == "Español: Calambres"
    assert spanish.find("h3").find("a").attrs["hreflang"] == "es"
    pages = {name: len(PdfReader(site.output(name, "pdf")).pages) for name in ("cramps",
                                                                            "cramps.es")}
    assert f"Large-print leaflet (PDF, {web_labels_for('en').pages(pages['cramps'])})" in (
        english.text)
    assert "Recording (MP3, 12 seconds)" in english.text and "July 10, 2026" in english.text
    assert f"Hoja en letra grande (PDF, {web_labels_for('es').pages(pages['cramps.es'])})" in (
        spanish.text)
    assert "Grabación (MP3, 12 segundos)" in spanish.text
    for link in doc.find("main").find_all("a"):
        assert (site.build_dir / link.attrs["href"].split("#")[0]).is_file(), link.attrs


def test_catalogue_lists_a_handout_with_no_recording_in_its_own_direction(
        project: Layout) -> None:
    title, summary = "ألم أسفل الظهر", "ما الذي يخفف ألم أسفل الظهر."
    library = {"back-pain.ar": {"pdf": PdfRecord(2), "html": PageRecord("ar", title, summary,
                                                                          None)}}
    catalogue_output(project, CLINIC, library).write()
    doc = parse_html((project.build_dir / "index.html").read_text(encoding="utf-8"))
    entry = doc.find("li", "entry").find("div", "version")
    assert (entry.attrs["lang"], entry.attrs["dir"]) == ("ar", "rtl")
    assert entry.find("h2").text == title
    assert [a.attrs["href"] for a in entry.find_all("a")] == [
        "html/back-pain.ar.html", "html/back-pain.ar.html", "pdf/back-pain.ar.pdf"]
    assert entry.find("li", "no-recording").text == web_labels_for("ar").no_recording
    assert (doc.find("html").attrs["lang"], doc.find("html").attrs["dir"]) == ("en", "ltr")


def test_catalogue_is_written_when_its_records_change(write_handout, project: Layout) -> None:
    """Built from the stamps' records: rewritten when a page's record changes, else left."""
    paths = [write_handout("Estire la pierna.\n", name="calambres", lang="es")]
    unbuilt = write_handout("Texto.\n", name="sin-construir", lang="es")
    builder = Builder(project, CLINIC, WRITER_NAMES)
    written: list[Path] = []
    assert not builder.build(paths, written.append).failed
    builder.finish([*paths, unbuilt], written.append)
    catalogue = project.build_dir / "index.html"
    assert catalogue in written and "Leg cramps" in catalogue.read_text(encoding="utf-8")
    assert "sin-construir" not in catalogue.read_text(encoding="utf-8"), "only built handouts"
    written.clear()
    builder.finish(paths, written.append)
    assert catalogue not in written, "nothing changed: the catalogue is left as it is"
    paths[0].write_text(paths[0].read_text().replace("title: Leg cramps", "title: Calambres"))
    Builder(project, CLINIC, WRITER_NAMES).build(paths, written.append)
    builder.finish(paths, written.append)
    assert catalogue in written and "Calambres" in catalogue.read_text(encoding="utf-8")
    assert main(["index", "--handouts-dir", str(project.handouts_dir),
                 "--build-dir", str(project.build_dir), "--templates-dir", str(TEMPLATES),
                 "--quiet"]) == 0


# ---- labels and registry --------------------------------------------------------------


def test_html_is_a_writer() -> None:
    assert "html" in WRITER_NAMES
    layout = Layout(Path("handouts"), Path("build"), TEMPLATES)
    assert isinstance(make_writer("html", CLINIC, layout), HtmlWriter)


def test_every_language_has_web_labels_in_its_own_name() -> None:
    names = {lang: web_labels_for(lang).language_name for lang in ("en", "es-MX", "fr")}
    assert names == {"en": "English", "es-MX": "Español", "fr": "Français"}


@pytest.mark.parametrize(("seconds", "duration", "clock", "iso"), [
    (9.4, "9 seconds", "0:09", "PT9.4S"),
    (109.0, "1 minute 49 seconds", "1:49", "PT1M49S"),
    (3725.5, "62 minutes 6 seconds", "1:02:05", "PT62M5.5S"),
])
def test_time_formats(seconds: float, duration: str, clock: str, iso: str) -> None:
    assert (web_labels_for("en").duration(seconds), format_clock(seconds),
            iso_duration(seconds)) == (duration, clock, iso)


def test_page_counts_in_words() -> None:
    assert web_labels_for("en").pages(1) == "1 page"
    assert web_labels_for("es").pages(3) == "3 páginas"


def test_sizes_use_each_languages_decimal_mark() -> None:
    assert web_labels_for("en").size(874_168) == "0.9 MB"
    assert web_labels_for("fr").size(3_557_783) == "3,6 Mo"


def test_911_is_tapped_to_call_and_a_source_in_another_language_is_marked(
        tmp_path: Path) -> None:
    """"Call 911" is a tel: link where 911 is the emergency number (the clinic's country),
    and never in a dose or a longer number; a source written in English on a Spanish page
    carries lang="en", so a Spanish screen reader voice does not mispronounce its title."""
    layout = Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)
    layout.handouts_dir.mkdir()
    sources = ("\n  - title: Urgent Maternal Warning Signs (CDC)\n    url: https://www.cdc.gov"
               "/hearher/\n    lang: en\n  - title: Calambres (MedlinePlus)\n    url: "
               "https://medlineplus.gov/spanish/musclecramps.html")
    body = ("## Ayuda\n\n> [!WARNING]\n> **Llame al 911** si le duele el pecho.\n\n"
            "Tome 9110 pasos o 911-2 al día.\n")
    path = layout.handouts_dir / "calambres.es.md"
    path.write_text(front_matter(title="Calambres", lang="es-US", summary="Qué ayuda.",
                                 sources=sources) + body, encoding="utf-8")
    handout = load_handout(path, layout.handouts_dir)
    for country, links in (("US", 2), (None, 0)):  # the panel's line and the box's
        config = ClinicConfig(name="Clínica", phone="555-0134", country=country)
        HtmlWriter(config, layout).plan(handout, {}).write()
        doc = _page(layout, "calambres.es")
        dial = [a for a in doc.find_all("a") if a.attrs.get("href") == "tel:911"]
        assert len(dial) == links and all(a.text == "911" for a in dial), country
        assert "9110" in doc.text and "911-2" in doc.text
    items = doc.find("section", "sources").find_all("li")
    assert [item.attrs.get("lang") for item in items] == ["en", None]
