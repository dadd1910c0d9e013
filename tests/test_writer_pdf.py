"""The leaflet PDF, read back from the real file WeasyPrint wrote."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from collections import Counter
from pathlib import Path

import page
import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader

from handoutkit.config import ClinicConfig, load_config
from handoutkit.errors import OutputError
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.writers.fonts import choose_fonts
from handoutkit.writers.pdf.footer import Footer, lay_out_footer
from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher, RefusedURL
from handoutkit.writers.pdf.writer import PdfWriter

MM = 72 / 25.4  # points per millimetre
LEAFLET = "leg-cramps-in-pregnancy"


@pytest.fixture(scope="session")
def built(sample_project: Layout) -> dict[str, Path]:
    """Every sample handout built once as a PDF."""
    builder = Builder(sample_project, load_config(sample_project.handouts_dir), ["pdf"], jobs=2)
    report = builder.build(sorted(sample_project.handouts_dir.glob("*.md")), lambda p: None)
    assert not report.failed, report.failed
    return {p.stem: p for p in report.written}


@pytest.fixture(scope="session")
def pdfs(built: dict[str, Path]) -> list[Path]:
    return sorted(built.values())


def test_every_sample_passes_the_pdf_ua1_validator(pdfs: list[Path]) -> None:
    for pdf in pdfs:
        report = page.validate_pdf(pdf, profile="ua1")
        failures = [f"{f.rule_id}: {f.message}" for f in report.failures]
        assert report.is_compliant, (pdf.name, failures)


def test_text_reads_in_order(built: dict[str, Path], sample_project: Layout) -> None:
    handout = load_handout(sample_project.handouts_dir / f"{LEAFLET}.md",
                           sample_project.handouts_dir)
    text = " ".join(p.extract_text() for p in PdfReader(built[LEAFLET]).pages)
    text = " ".join(text.split())
    expected = [handout.meta.title, handout.meta.summary,
                *(s.title for s in handout.sections), "Sources"]
    positions = [text.find(piece) for piece in expected]
    assert -1 not in positions, list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)


def test_fonts_are_atkinson_embedded_and_subset(pdfs: list[Path]) -> None:
    for pdf in pdfs:
        for number, pdf_page in enumerate(PdfReader(pdf).pages, start=1):
            fonts = pdf_page["/Resources"]["/Font"]
            for ref in fonts.values():
                font = ref.get_object()
                name = str(font["/BaseFont"])
                descriptor = (font.get("/FontDescriptor") or font["/DescendantFonts"][0]
                              .get_object()["/FontDescriptor"]).get_object()
                assert re.match(r"/[A-Z]{6}\+Atkinson-Hyperlegible", name), (pdf.name, name)
                assert "/FontFile2" in descriptor, (pdf.name, number, name)


def test_no_text_smaller_than_16pt_and_body_at_18pt(pdfs: list[Path]) -> None:
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            sizes = Counter(round(c["size"], 1) for p in doc.pages for c in p.chars)
            for number, pdf_page in enumerate(doc.pages, start=1):
                smallest = min(c["size"] for c in pdf_page.chars)
                assert smallest >= 16, (pdf.name, number, smallest)
        body_size, _ = sizes.most_common(1)[0]
        assert body_size >= 18, (pdf.name, sizes)


def _outline_titles(outline: list) -> list[str]:
    titles: list[str] = []
    for item in outline:
        titles.extend(_outline_titles(item) if isinstance(item, list) else [item.title])
    return titles


def test_tagged_with_language_title_and_outline(built: dict[str, Path],
                                                sample_project: Layout) -> None:
    for stem, lang in ((LEAFLET, "en-US"), (f"{LEAFLET}.es", "es-US")):
        reader = PdfReader(built[stem])
        root = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root
        assert root["/MarkInfo"]["/Marked"]
        assert root["/Lang"] == lang
        assert root["/ViewerPreferences"]["/DisplayDocTitle"]
        assert reader.metadata.title
        assert reader.metadata.author == "Riverside Family Clinic"
        assert reader.metadata.subject
        titles = _outline_titles(reader.outline)
        handout = load_handout(sample_project.handouts_dir / f"{stem}.md",
                               sample_project.handouts_dir)
        assert titles[0] == handout.meta.title
        assert [s.title for s in handout.sections] == [t for t in titles[1:] if t in
                                                       {s.title for s in handout.sections}]


def test_every_page_has_the_footer(pdfs: list[Path]) -> None:
    for pdf in pdfs:
        pages = PdfReader(pdf).pages
        for number, pdf_page in enumerate(pages, start=1):
            text = " ".join(pdf_page.extract_text().split())
            assert re.search(rf"(Page|Página) {number} (of|de) {len(pages)}", text), (pdf, number)
            assert "Riverside Family Clinic" in text and "555-0134" in text


def test_leaflets_stay_short(built: dict[str, Path]) -> None:
    # US Letter at 18 pt, with the "Get help now" panel on page 1 and no box split across
    # pages: 6, 6 and 8 pages before the footer took one line where it fits and the body's
    # 911 box, which repeated the panel, became a sentence (review of 2026-12-07, item 12);
    # 5, 5 and 7 before the spacing was tightened and "For:" and the review date shared a
    # line, so the English title's details fit page 1 and its warning box page 3 (issue #25).
    # The Spanish footer takes two lines, so each of its pages holds a line less.
    most = {LEAFLET: 4, f"{LEAFLET}.es": 5, f"{LEAFLET}-guide": 7}
    pages = {stem: len(PdfReader(path).pages) for stem, path in built.items()}
    assert all(pages[stem] <= most[stem] for stem in most), pages


def test_for_and_review_date_share_a_line_where_they_fit(built: dict[str, Path]) -> None:
    """The writer measures "For: Pregnant people · Last reviewed: December 1, 2026" (156 mm
    at 18 pt) to fit Letter's 176 mm and prints it as one line, on page 1 under the QR code;
    the Spanish pair (about 190 mm) stays on two lines, with no separator."""
    english = PdfReader(built[LEAFLET]).pages[0].extract_text().splitlines()
    assert "For: Pregnant people · Last reviewed: December 1, 2026" in \
        [" ".join(line.split()) for line in english]
    spanish = " ".join(p.extract_text() for p in PdfReader(built[f"{LEAFLET}.es"]).pages[:2])
    assert "Para: Personas embarazadas" in spanish and "embarazadas ·" not in spanish


MM = 72 / 25.4  # PDF points per millimetre


def test_page_one_is_full_and_a_short_footer_takes_one_line(built: dict[str, Path]) -> None:
    """Page 1's text reaches at least two thirds of the way down its body (the review found
    a third of it empty); the English footer, measured to fit beside "Page 1 of 5", takes
    one line, the Spanish one ("Teléfono", "Página … de …") two."""
    for stem, footer_lines in ((LEAFLET, 1), (f"{LEAFLET}.es", 2), (f"{LEAFLET}-guide", 1)):
        with pdfplumber.open(built[stem]) as doc:
            words = doc.pages[0].extract_words()
        clinic = max((w for w in words if w["text"] == "Riverside"), key=lambda w: w["top"])
        number = next(w for w in words if w["text"] in ("Page", "Página")
                      and w["top"] >= clinic["top"] - 1)
        lines = len({round(w["top"]) for w in words if w["top"] >= clinic["top"] - 1})
        assert (lines, abs(number["top"] - clinic["top"]) < 1) == (footer_lines, True), stem
        body_end = max(w["bottom"] for w in words if w["top"] < clinic["top"] - 1)
        body = clinic["top"] - 4 * MM - 20 * MM  # 20 mm margin above, 4 mm over the footer
        assert body_end - 20 * MM >= 2 / 3 * body, (stem, body_end, body)


def test_the_footer_takes_one_line_only_where_it_is_measured_to_fit() -> None:
    """"Riverside Family Clinic · Phone (555) 555-0134" is 132 mm at 18 pt in Atkinson and
    "Page 10 of 10" 38 mm: with the gap, one line on Letter (176 mm between the margins),
    two on A4 (170 mm), and two for a longer name whatever the paper."""
    parts = ("Riverside Family Clinic", "Phone\u00a0(555)\u00a0555-0134")
    fonts = choose_fonts(" ".join(parts) + " Page 10 of 10", "en", Path("x.md"))
    letter = lay_out_footer(parts, "Page 10 of 10", fonts, 18, "Letter")
    assert (letter.lines, letter.text) == (1, " · ".join(parts))
    room = (215.9 - 40) / 100  # mm per percent of the line
    assert letter.start_share * room >= 132 and (100 - letter.start_share) * room >= 38
    assert lay_out_footer(parts, "Page 10 of 10", fonts, 18, "A4").lines == 2
    longer = ("Riverside Family and Maternity Clinic", parts[1])
    assert lay_out_footer(longer, "Page 10 of 10", fonts, 18, "Letter") == Footer(
        "\n".join(longer), 2, 65)


def test_the_qr_caption_address_breaks_after_a_slash_not_a_hyphen(
        built: dict[str, Path]) -> None:
    """The layout broke it as "…/html/leg-" and "cramps-in-pregnancy.html" (review of
    2026-12-07); the caption under "Scan to listen" now ends its first line at "/html/"."""
    for stem in (LEAFLET, f"{LEAFLET}.es", f"{LEAFLET}-guide"):
        text = "\n".join(page.extract_text() for page in PdfReader(built[stem]).pages[:2])
        lines = [line.strip() for line in text.splitlines()]
        first = next(i for i, line in enumerate(lines) if line.startswith("https://riverside"))
        assert lines[first:first + 2] == [
            "https://riverside-clinic.example/handouts/html/", f"{stem}.html"], lines[first:]


def test_get_help_labels_stay_with_their_first_lines(built: dict[str, Path]) -> None:
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(built[LEAFLET]).pages]
    labelled = [text for text in pages if "Get help now" in text]
    assert labelled[0] == pages[0]  # the panel
    for text in labelled:  # each box's label with its first call to action
        assert text.split("Get help now", 1)[1].lstrip().startswith(("Call 911", "Call us"))


def test_extra_large_print_stays_inside_the_margins(
    sample_project: Layout, tmp_path: Path
) -> None:
    config = dataclasses.replace(load_config(sample_project.handouts_dir), print_size=24,
                                 paper="Letter")
    handout = load_handout(sample_project.handouts_dir / f"{LEAFLET}-guide.md",
                           sample_project.handouts_dir)
    xl = Layout(sample_project.handouts_dir, tmp_path / "xl", sample_project.templates_dir)
    pdf = xl.output(handout.name, "pdf")
    PdfWriter(config, xl).plan(handout, {}).write()
    with pdfplumber.open(pdf) as doc:
        assert (doc.pages[0].width, doc.pages[0].height) == (612, 792)
        assert min(c["size"] for p in doc.pages for c in p.chars) >= 18
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "72", "-png", str(pdf),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    ink = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert ink is not None
    left, top, right, bottom = ink
    margin = 20 * MM - 1  # pixels at 72 dpi are points; allow one pixel of anti-aliasing
    assert left >= margin and top >= margin
    assert right <= image.width - margin and bottom <= image.height - margin


def test_an_image_weasyprint_cannot_read_fails_the_build(write_handout, project: Layout,
                                                         clinic: ClinicConfig) -> None:
    """The loader refuses such a picture (tests/fixtures/bad/, picture-*); one damaged after
    it was read still fails the PDF, not a half-made one."""
    (project.handouts_dir / "images").mkdir()
    picture = project.handouts_dir / "images" / "broken.png"
    Image.new("RGB", (40, 30), "white").save(picture)
    path = write_handout("## Stretch\n\n![A calf stretch](images/broken.png)\n")
    handout = load_handout(path, project.handouts_dir)
    picture.write_bytes(b"not a picture")
    dest = project.output("leaflet", "pdf")
    with pytest.raises(OutputError, match="not accessible"):
        PdfWriter(clinic, project).plan(handout, {}).write()
    assert not dest.exists() and not list(dest.parent.iterdir())


def test_fetcher_reads_only_inside_its_roots(tmp_path: Path) -> None:
    inside = tmp_path / "a.css"
    inside.write_text("p {}")
    fetcher = LocalOnlyFetcher((tmp_path,))
    assert fetcher.fetch(inside.as_uri()).read() == b"p {}"
    for url in ("https://example.org/x.css", "file:///etc/passwd",
                (tmp_path / ".." / "x").as_uri()):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert len(fetcher.requested) == 4


def _decode_qr(pdf: Path, tmp_path: Path, number: int = 1) -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-f", str(number), "-l", str(number), "-r", "100", "-png",
                    str(pdf), str(tmp_path / "qr")], check=True)
    image = next(tmp_path.glob("qr*.png"))
    found = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)],
                           capture_output=True, text=True)
    return found.stdout.split()


def test_qr_code_under_the_panel_opens_the_web_page(built: dict[str, Path],
                                                    tmp_path: Path) -> None:
    """Straight after the "Get help now" panel: on page 1, or at the top of page 2 when the
    panel fills page 1 (the Spanish one)."""
    for stem, number in ((LEAFLET, 1), (f"{LEAFLET}-guide", 1), (f"{LEAFLET}.es", 2)):
        url = f"https://riverside-clinic.example/handouts/html/{stem}.html"
        assert _decode_qr(built[stem], tmp_path / stem, number) == [url]
        text = " ".join(PdfReader(built[stem]).pages[number - 1].extract_text().split())
        assert url.split("//")[1][:20] in text  # the address is printed too


def test_qr_code_is_at_least_25mm(built: dict[str, Path]) -> None:
    with pdfplumber.open(built[LEAFLET]) as doc:
        first = doc.pages[0]
        scan = next(w for w in first.extract_words() if w["text"] == "Scan")
        beside = first.crop((0, scan["top"] - 40, scan["x0"], scan["top"] + 120))
        modules = beside.lines  # the vector QR code: one stroke per run of dark modules
    width = max(m["x1"] for m in modules) - min(m["x0"] for m in modules)
    stroke = modules[0]["linewidth"]  # rows are strokes: their ink reaches half a width out
    height = max(m["bottom"] for m in modules) - min(m["top"] for m in modules) + stroke
    assert width / MM >= 25 and height / MM >= 25, (width / MM, height / MM)


def test_no_qr_code_without_an_address(write_handout, project: Layout,
                                       clinic: ClinicConfig, tmp_path: Path) -> None:
    path = write_handout("## Stretch\n\nPull your toes up.\n")
    dest = project.output("leaflet", "pdf")
    PdfWriter(clinic, project).plan(load_handout(path, project.handouts_dir), {}).write()
    assert _decode_qr(dest, tmp_path) == []
    assert "Scan to listen" not in PdfReader(dest).pages[0].extract_text()
