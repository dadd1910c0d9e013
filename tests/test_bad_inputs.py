"""The bad-input corpus, tests/fixtures/bad/CASES.tsv: each case builds cleanly or fails
with its exact `file:line: error:` line (exit 1, no output left); never a traceback, a hang,
a read outside the project or a network request. Big cases are made by tests/badcorpus.py,
not committed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pdfplumber
import pytest

from handoutkit.cli import main
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from handoutkit.speech.script import build_script
from tests.badcorpus import (
    BAD,
    CORPUS_FRONT,
    GENERATED,
    SETTINGS_FILES,
    Case,
    load_cases,
    make_corpus_project,
    place,
)
from tests.guards import (
    Hang,
    assert_local_fetches,
    assert_opened_inside,
    deadline,
    recording_opens,
)
from tests.helpers import ROOT, TEMPLATES

HANG_SECONDS = 30  # a safety net against a hang (a FIFO read for ever), not a speed check
MARGIN_PT = 20 * 72 / 25.4  # the leaflet's side margins
CASES = load_cases()


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Layout, Path]:
    """A project with the pictures the cases use, and a folder outside it with secrets."""
    return make_corpus_project(tmp_path)


def test_manifest_lists_every_file_and_every_case_has_a_source() -> None:
    files = {p.name for p in BAD.glob("*.md")}
    listed = [case.file for case in CASES]
    assert len(listed) == len(set(listed)), "a case is listed twice"
    assert files <= set(listed), f"not in CASES.tsv: {sorted(files - set(listed))}"
    assert {p.name for p in BAD.iterdir()} == files | {"CASES.tsv", ".gitattributes"}, (
        "only cases, the manifest and the rule that keeps their bytes")
    for case in CASES:
        assert (case.file in files) != (case.file in GENERATED), case.file
        assert case.outcome in ("build", "error"), case
        assert bool(case.expected) == (case.outcome == "error"), case
        where = (f"{case.file}:", *SETTINGS_FILES)  # the handout, or a file around it
        assert not case.expected or case.expected.startswith(where), case


@pytest.mark.parametrize("case", CASES, ids=[case.file for case in CASES])
def test_case_builds_or_fails_cleanly(
    case: Case, corpus: tuple[Layout, Path], capsys: pytest.CaptureFixture[str],
    no_network: list[str], fetchers: list,
) -> None:
    layout, outside = corpus
    handout = place(case, layout, outside)
    pdf = layout.output(handout.name.removesuffix(".md"), "pdf")
    in_settings = case.expected.startswith(SETTINGS_FILES)  # no handout is built at all
    if not in_settings:
        pdf.parent.mkdir(parents=True)
        pdf.write_bytes(b"an old PDF from an earlier, good version")

    with deadline(HANG_SECONDS), recording_opens() as opened:
        status = main(["pdf", "--handouts-dir", str(layout.handouts_dir),
                       "--build-dir", str(layout.build_dir), str(handout)])

    err = capsys.readouterr().err
    assert "Traceback" not in err and "Error:" not in err.replace("error:", ""), err
    assert no_network == []
    assert_local_fetches(fetchers, layout.handouts_dir)
    assert_opened_inside(opened, layout.handouts_dir.parent, TEMPLATES)
    assert not list(layout.build_dir.rglob("*.part")), "a temporary file was left behind"
    if case.outcome == "error":
        assert status == 1, err
        assert any(_matches(line, case, layout, handout) for line in err.splitlines()), err
        assert not pdf.exists(), "a failing handout must leave no output behind"
    else:
        assert status == 0, err
        _assert_readable_pdf(pdf)
        spoken = build_script(load_handout(handout, layout.handouts_dir), ClinicConfig())
        assert len(list(spoken.segments)) >= 3


def _matches(line: str, case: Case, layout: Layout, handout: Path) -> bool:
    # a case whose file name is its point (too long for the manifest) is made under it
    expected = f"{layout.handouts_dir}/{case.expected.replace(case.file, handout.name, 1)}"
    if expected.endswith("…"):
        return line.startswith(expected.removesuffix("…"))
    return line.startswith(f"{expected} — ")


def _assert_readable_pdf(pdf: Path) -> None:
    """Every character of the leaflet lies inside the page's side margins."""
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            assert page.chars, "an empty page"
            for char in page.chars:
                inside = char["x0"] >= MARGIN_PT - 1 and char["x1"] <= page.width - MARGIN_PT + 1
                assert inside, f"{char['text']!r} runs off page {page.page_number}"


def test_cases_that_build_are_also_read_aloud(
    corpus: tuple[Layout, Path], capsys: pytest.CaptureFixture[str], no_network: list[str],
) -> None:
    """The audio side of a few "build" cases, with the real default voice (Kokoro: its model
    loads once, then short texts; the hang guard allows for that load on a busy machine)."""
    layout, outside = corpus
    names = ["byte-order-mark.md", "crlf.md", "tabs.md", "direction-marks-allowed.md"]
    paths = [place(next(c for c in CASES if c.file == name), layout, outside) for name in names]
    with deadline(4 * HANG_SECONDS):
        status = main(["audio", "-q", "--handouts-dir", str(layout.handouts_dir),
                       "--build-dir", str(layout.build_dir), *map(str, paths)])
    assert status == 0, capsys.readouterr().err
    assert no_network == []
    for path in paths:
        assert layout.output(path.name.removesuffix(".md"), "audio").stat().st_size > 10_000


def test_all_problems_in_a_file_are_reported_at_once(
    write_handout, project: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_handout("# Title again\n\n![](x.png)\n\n<b>hi</b>\n", colour="red")
    assert main(["check", "--handouts-dir", str(project.handouts_dir), str(path)]) == 1
    err = capsys.readouterr().err
    for fragment in ("unknown key 'colour'", "a '#' heading in the body", "has no alt text",
                     "raw HTML"):
        assert fragment in err


HOSTILE_HEAD = """
<link rel="stylesheet" href="https://evil.example/a.css">
<link rel="stylesheet" href="{secret_css}">
<style>@import url("https://evil.example/b.css");
body {{ background: url("{secret_png}") }}
@font-face {{ font-family: x; src: url("https://evil.example/f.woff") }}</style>
<script src="https://evil.example/c.js"></script>
"""
HOSTILE_BODY = """<img src="https://evil.example/d.png" alt="remote">
<img src="{secret_png}" alt="secret">
<iframe src="https://evil.example/e.html"></iframe><object data="{secret_png}"></object>"""


def test_markup_that_slips_past_the_loader_is_still_sandboxed(
    corpus: tuple[Layout, Path], tmp_path: Path, no_network: list[str], fetchers: list,
) -> None:
    """Second line of defence: if a template (or a loader bug) let <link>, @import, url() or
    <img> through, the PDF writer's fetcher still refuses them and the build fails."""
    from handoutkit.errors import OutputError
    from handoutkit.writers.pdf.writer import PdfWriter

    layout, outside = corpus
    (outside / "secret.css").write_text("body { color: red }", encoding="utf-8")
    secrets = {"secret_css": (outside / "secret.css").as_uri(),
               "secret_png": (outside / "secret.png").as_uri()}
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    leaflet = templates / "pdf" / "leaflet.html"
    html = leaflet.read_text(encoding="utf-8")
    html = html.replace("</head>", HOSTILE_HEAD.format(**secrets) + "</head>")
    html = html.replace("<main>", "<main>" + HOSTILE_BODY.format(**secrets))
    leaflet.write_text(html, encoding="utf-8")
    path = layout.handouts_dir / "leaflet.md"
    path.write_text(CORPUS_FRONT + "Stretch your calf.\n", encoding="utf-8")
    writer = PdfWriter(ClinicConfig(), Layout(layout.handouts_dir, layout.build_dir, templates))
    dest = layout.output("leaflet", "pdf")

    with deadline(HANG_SECONDS), recording_opens() as opened, pytest.raises(OutputError):
        writer.plan(load_handout(path, layout.handouts_dir), {}).write()

    assert no_network == []
    assert not dest.exists()
    assert not [p for p in opened if p.resolve().is_relative_to(outside.resolve())]
    requested = [url for fetcher in fetchers for url in fetcher.requested]
    assert secrets["secret_png"] in requested and "https://evil.example/d.png" in requested
    assert "https://evil.example/a.css" in requested


def test_the_guards_notice_what_they_guard(
    tmp_path: Path, no_network: list[str], fetchers: list,
) -> None:
    """The checks above would fail if the build did what they forbid."""
    import socket

    from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher, RefusedURL

    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443), timeout=1)
    assert no_network and "example.org" in no_network[0]
    fetcher = LocalOnlyFetcher((tmp_path,))
    with pytest.raises(RefusedURL):
        fetcher.fetch("https://example.org/x.css")
    with pytest.raises(AssertionError):
        assert_local_fetches(fetchers, tmp_path)
    with recording_opens() as opened:
        (tmp_path / "x").write_text("x")
    with pytest.raises(AssertionError):
        assert_opened_inside(opened, TEMPLATES)
    with pytest.raises(Hang, match="still running after"), deadline(0.05):
        while True:
            pass


def test_security_md_lists_every_case_with_its_outcome() -> None:
    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    for case in CASES:
        row = next((line for line in text.splitlines() if line.startswith(f"| `{case.file}` |")),
                   None)
        assert row is not None, f"{case.file} is not in SECURITY.md"
        if case.outcome == "build":
            assert row.endswith("| builds |"), row
        else:
            line = case.expected.split(":")[1]
            message = case.expected.split(": error: ", 1)[1].replace("|", "\\|")
            assert row.endswith(f"| error, line {line}: {message} |"), row


def test_every_bad_handout_at_once_costs_only_itself(
    corpus: tuple[Layout, Path], capsys: pytest.CaptureFixture[str], no_network: list[str],
) -> None:
    """Every failing handout of the corpus in one build beside a good one: each gets its own
    line, and the good handout still gets its PDF."""
    layout, outside = corpus
    failing = [c for c in CASES if c.outcome == "error" and not c.expected.startswith(
        SETTINGS_FILES)]
    placed = {case: place(case, layout, outside) for case in failing}
    good = layout.handouts_dir / "good.md"
    good.write_text(CORPUS_FRONT + "Stretch your calf before bed.\n", encoding="utf-8")
    with deadline(HANG_SECONDS * 2):
        status = main(["pdf", "--handouts-dir", str(layout.handouts_dir),
                       "--build-dir", str(layout.build_dir), *map(str, placed.values()),
                       str(good)])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    lines = err.splitlines()
    for case, path in placed.items():
        assert any(_matches(line, case, layout, path) for line in lines), case.file
    assert layout.output("good", "pdf").stat().st_size > 1000
    assert no_network == []
