"""Each CONTENT-SPEC rule broken on purpose: exit 1, the exact file:line error, no output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from handoutkit.cli import main
from handoutkit.files import Layout

BAD = Path(__file__).parent / "fixtures" / "bad"


def _expected() -> list[tuple[str, str]]:
    lines = (BAD / "expected.txt").read_text(encoding="utf-8").splitlines()
    return [(line.split(":", 1)[0], line) for line in lines if line and not line.startswith("#")]


def test_every_bad_fixture_has_an_expected_error() -> None:
    assert {name for name, _ in _expected()} == {p.name for p in BAD.glob("*.md")}


@pytest.mark.parametrize(("name", "expected"), _expected(), ids=[n for n, _ in _expected()])
def test_bad_handout_fails_with_location(
    name: str, expected: str, project: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    handout = project.handouts_dir / name
    shutil.copy(BAD / name, handout)
    (project.handouts_dir / "images").mkdir()
    Image.new("RGB", (40, 30), "white").save(project.handouts_dir / "images" / "stretch.png")
    pdf = project.output(handout.stem, "pdf")
    pdf.parent.mkdir(parents=True)
    pdf.write_bytes(b"an old PDF from an earlier, good version")

    status = main(["pdf", "--handouts-dir", str(project.handouts_dir),
                   "--build-dir", str(project.build_dir), str(handout)])

    errors = capsys.readouterr().err.splitlines()
    assert status == 1
    assert any(line.startswith(f"{project.handouts_dir}/{expected} — ") for line in errors), errors
    assert not pdf.exists(), "a failing handout must leave no output behind"


def test_all_problems_in_a_file_are_reported_at_once(
    write_handout, project: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_handout("# Title again\n\n![](x.png)\n\n<b>hi</b>\n", colour="red")
    assert main(["check", "--handouts-dir", str(project.handouts_dir), str(path)]) == 1
    err = capsys.readouterr().err
    for fragment in ("unknown key 'colour'", "a '#' heading in the body", "has no alt text",
                     "raw HTML"):
        assert fragment in err
