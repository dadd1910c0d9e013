"""Made-up phone numbers and .example addresses are flagged, with their file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit import cli
from handoutkit.checks.lint import lint
from handoutkit.checks.placeholders import placeholders
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from tests.helpers import SAMPLES


def test_a_handouts_placeholders_are_warned_at_their_lines(write_handout,
                                                           project: Layout) -> None:
    path = write_handout("## Help\n\nCall (555) 555-0123 or 555-0199.\n\n"
                         "See [our page](https://riverside-clinic.example/help) and "
                         "[this one](https://www.example.org/a).\n\n"
                         "Our line is 1-800-555-0100-9; see myexample.com, www.example.community "
                         "and x.example.com.\n",
                         sources="[{title: NHS, url: 'https://nhs.example'}]")
    handout = load_handout(path, project.handouts_dir)
    warnings = [str(w) for w in lint(handout, ClinicConfig())[1] if "made-up" in w.message]
    source_line = next(i for i, line in enumerate(path.read_text().splitlines(), 1)
                       if line.startswith("sources:"))
    assert [w.split(" is a made-up")[0] for w in warnings] == [
        f"{path}:{source_line}: warning: 'https://nhs.example'",
        f"{path}:10: warning: '(555) 555-0123'",
        f"{path}:10: warning: '555-0199'",
        f"{path}:12: warning: 'https://riverside-clinic.example/help'",
        f"{path}:12: warning: 'https://www.example.org/a'",
        f"{path}:14: warning: 'x.example.com'",
    ]  # a longer number, myexample.com and .community are real


def test_clinic_yaml_notes_are_not_read(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic.yaml"
    clinic.write_text("# phone: \"(555) 555-0134\" is the sample's\nname: X\n"
                      "phone: \"(555) 555-0134\"  # made up\nweb: https://x.example\n")
    assert [(w.line, w.message.split("'")[1]) for w in placeholders(clinic)] == [
        (3, "(555) 555-0134"), (4, "https://x.example")]


def test_make_check_warns_on_the_samples_clinic(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The samples' clinic is made up on purpose: `check` says so, and still passes."""
    assert cli.main(["check", "--handouts-dir", str(SAMPLES), "--build-dir",
                     str(tmp_path)]) == 0
    said = capsys.readouterr().err
    clinic = SAMPLES / "clinic.yaml"
    phone = next(i for i, line in enumerate(clinic.read_text().splitlines(), 1)
                 if line.startswith("phone:"))
    assert f"{clinic}:{phone}: warning: '(555) 555-0134' is a made-up phone number" in said
    web = phone + next(i for i, line in enumerate(clinic.read_text().splitlines()[phone:], 1)
                       if line.startswith("web:"))
    assert f"{clinic}:{web}: warning: 'https://riverside-clinic.example' is a made-up " in said
