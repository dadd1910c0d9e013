"""Review dates, sign-off and translation provenance, through the command line
(`handoutkit check`, `approve`, `build`), with today's date set by HANDOUTKIT_TODAY."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import zipfile
from pathlib import Path

import page as pdf_validator
import pypdf
import pytest

from handoutkit.checks.approval import content_digest
from handoutkit.checks.governance import add_months
from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.errors import ConfigError
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from handoutkit.speech.script import build_script
from tests.helpers import epubcheck, front_matter

BODY = "## Sleep\n\nLie on your side.\n\n## Help\n\n1. Drink water.\n2. Rest.\n"


def _write(project: Layout, name: str = "sleep", body: str = BODY, **front: str) -> Path:
    path = project.handouts_dir / f"{name}.md"
    path.write_text(front_matter(**front) + "\n" + body, encoding="utf-8")
    return path


def _clinic(project: Layout, text: str) -> None:
    (project.handouts_dir / "clinic.yaml").write_text(text, encoding="utf-8")


def _run(project: Layout, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         *args: str, today: str = "2026-06-01") -> tuple[int, str, str]:
    monkeypatch.setenv("HANDOUTKIT_TODAY", today)
    status = main([args[0], *args[1:], "--handouts-dir", str(project.handouts_dir),
                   "--build-dir", str(project.build_dir)])
    out, err = capsys.readouterr()
    return status, out, err


def _lines(text: str, word: str) -> list[str]:
    return [line for line in text.splitlines() if word in line]


def test_a_handout_past_its_review_date_fails_with_its_line_and_the_date(
        project: Layout, monkeypatch, capsys) -> None:
    path = _write(project, reviewed="2025-01-10", review_due="2026-01-01")
    status, _, err = _run(project, monkeypatch, capsys, "check", today="2026-01-02")
    assert status == 1
    assert f"{path}:6: error: review was due on 2026-01-01 — " in err
    status, _, err = _run(project, monkeypatch, capsys, "check", today="2026-01-01")
    assert status == 0 and "error" not in err  # due today is not yet past


def test_inside_the_warning_window_a_handout_builds_with_one_warning(
        project: Layout, monkeypatch, capsys) -> None:
    path = _write(project, review_due="2026-06-20")
    status, _, err = _run(project, monkeypatch, capsys, "check", today="2026-06-01")
    assert status == 0
    assert _lines(err, "review") == [
        f"{path}:5: warning: review due on 2026-06-20, within 30 days — plan it now"]
    _clinic(project, "review_warning_days: 10\n")
    assert not _lines(_run(project, monkeypatch, capsys, "check")[2], "review")


def test_the_clinic_wide_review_cycle_counts_months_from_reviewed(
        project: Layout, monkeypatch, capsys) -> None:
    _clinic(project, "review_every: 1 year\n")
    path = _write(project, reviewed="2025-03-31")
    status, _, err = _run(project, monkeypatch, capsys, "check", today="2026-04-01")
    assert status == 1 and f"{path}:5: error: review was due on 2026-03-31" in err
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)


def test_a_bad_review_setting_names_its_line(project: Layout) -> None:
    _clinic(project, "reading_grade: 6\nexpired: hide\n")
    with pytest.raises(ConfigError, match=r"clinic.yaml:2: error: 'expired: hide' is not allowed"):
        load_config(project.handouts_dir)
    _clinic(project, "review_every: 3 weeks\n")
    with pytest.raises(ConfigError, match=r"'review_every: 3 weeks' is not allowed"):
        load_config(project.handouts_dir)


def test_require_approval_fails_an_unapproved_handout_until_approve_signs_it(
        project: Layout, monkeypatch, capsys) -> None:
    _clinic(project, "require_approval: true\n")
    path = _write(project)
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 1 and f"{path}:1: error: not approved" in err
    assert "handoutkit approve" in err

    status, out, _ = _run(project, monkeypatch, capsys, "approve", str(path), "--by",
                          "Dr Ana Ruiz, Obstetrician", today="2026-05-30")
    assert status == 0 and "approved by Dr Ana Ruiz, Obstetrician" in out
    text = path.read_text(encoding="utf-8")
    assert 'approved_by: "Dr Ana Ruiz, Obstetrician"\napproved: 2026-05-30\n' in text
    assert f"approved_digest: {content_digest(text)}" in text
    assert _run(project, monkeypatch, capsys, "check")[0] == 0

    path.write_text(text.replace("Lie on your side.", "Lie on your left side."), "utf-8")
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 1
    assert ("error: edited since Dr Ana Ruiz, Obstetrician approved it on 2026-05-30: the "
            "approval is stale") in err


def test_a_stale_approval_warns_when_approval_is_not_required(
        project: Layout, monkeypatch, capsys) -> None:
    path = _write(project)
    assert _run(project, monkeypatch, capsys, "approve", str(path), "--by", "Sam Lee, RN")[0] == 0
    assert not _lines(_run(project, monkeypatch, capsys, "check")[2], "approv")
    path.write_text(path.read_text(encoding="utf-8").replace("Rest.", "Rest well."), "utf-8")
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 0 and len(_lines(err, "the approval is stale")) == 1


def test_approve_refuses_a_broken_handout_and_a_name_without_a_role(
        project: Layout, monkeypatch, capsys) -> None:
    path = _write(project, body="# Not allowed\n")
    before = path.read_text(encoding="utf-8")
    status, _, err = _run(project, monkeypatch, capsys, "approve", str(path), "--by", "A, B")
    assert status == 1 and "error: a '#' heading" in err
    good = _write(project, name="good")
    status, _, err = _run(project, monkeypatch, capsys, "approve", str(good), "--by", "Ana")
    assert status == 1 and "is not a name and a role" in err
    assert path.read_text(encoding="utf-8") == before
    assert "approved" not in good.read_text(encoding="utf-8")


def test_a_critical_unreviewed_machine_translation_fails_and_others_warn(
        project: Layout, monkeypatch, capsys) -> None:
    _write(project, critical="true")
    spanish = _write(project, name="sleep.es", lang="es", translation="machine",
                     body="## Dormir\n\nAcuéstese de lado.\n")
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 1  # critical comes from its source
    assert (f"{spanish}:5: error: a critical handout's machine translation has not been "
            "reviewed") in err
    _write(project)  # the source no longer critical
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 0 and len(_lines(err, "machine translation not reviewed")) == 1
    _write(project, name="sleep.es", lang="es", translation="machine", critical="true",
           reviewed_by="Marta Gil, certified medical translator",
           body="## Dormir\n\nAcuéstese de lado.\n")
    status, _, err = _run(project, monkeypatch, capsys, "check")
    assert status == 0 and not _lines(err, "machine")


def test_an_expired_handout_marked_by_the_clinic_says_so_in_the_reading(project: Layout) -> None:
    _clinic(project, "expired: mark\nname: Test Clinic\n")
    path = _write(project, review_due="2026-01-01")
    from handoutkit.checks.governance import govern

    config = load_config(project.handouts_dir)
    handout, warnings = govern(load_handout(path, project.handouts_dir), config,
                               dt.date(2026, 2, 1))
    assert handout.meta.expired == dt.date(2026, 1, 1)
    assert [w.message for w in warnings] == [
        "review was due on 2026-01-01 — published marked as out of date (expired: mark)"]
    said = [s.text for s in build_script(handout, config).chapters[0].segments]
    assert said[1] == "This handout is out of date."  # straight after the title
    fresh = govern(load_handout(path, project.handouts_dir), config, dt.date(2025, 1, 1))[0]
    assert "out of date" not in " ".join(
        s.text for s in build_script(fresh, config).chapters[0].segments)


@pytest.mark.slow
def test_marked_and_approved_outputs_say_so_and_others_are_unchanged(
        project: Layout, monkeypatch, capsys) -> None:
    """The banner on the leaflet, page, braille and EPUB; the sign-off in each one's
    metadata and on the page; the other handout's outputs keep their bytes."""
    _clinic(project, "expired: mark\nname: Test Clinic\n")
    _write(project, name="other", body="## Rest\n\nRest your legs.\n")
    path = _write(project, review_due="2026-01-01")
    formats = ("build", "--formats", "pdf,braille,epub,html")
    assert _run(project, monkeypatch, capsys, *formats, today="2025-12-01")[0] == 0
    before = {p: p.read_bytes() for p in project.build_dir.rglob("other.*")}
    assert len(before) == 4
    assert _run(project, monkeypatch, capsys, "approve", str(path), "--by",
                "Dr Ana Ruiz, Obstetrician", today="2025-12-01")[0] == 0
    status, _, err = _run(project, monkeypatch, capsys, *formats, today="2026-01-05")
    assert status == 0, err
    out = project.build_dir
    banner = "Out of date: this handout was due for review on January 1, 2026."
    page = (out / "html" / "sleep.html").read_text(encoding="utf-8")
    assert banner in page and "Approved by Dr Ana Ruiz, Obstetrician on December 1, 2025" in page
    pdf = pypdf.PdfReader(out / "pdf" / "sleep.pdf")
    assert banner in " ".join(pdf.pages[0].extract_text().split())
    assert pdf.metadata["/approvedby"] == "Dr Ana Ruiz, Obstetrician"
    assert pdf.metadata["/outofdatesince"] == "2026-01-01"
    report = pdf_validator.validate_pdf(out / "pdf" / "sleep.pdf", profile="ua1")
    assert report.is_compliant, [f"{f.rule_id}: {f.message}" for f in report.failures]
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in epubcheck(out / "epub" / "sleep.epub")
    with zipfile.ZipFile(out / "epub" / "sleep.epub") as book:
        opf = next(book.read(n).decode() for n in book.namelist() if n.endswith(".opf"))
        content = next(book.read(n).decode() for n in book.namelist()
                       if n.endswith("content.xhtml"))
    assert '<dc:contributor id="approver">Dr Ana Ruiz, Obstetrician</dc:contributor>' in opf
    assert '<meta property="dcterms:dateAccepted">2025-12-01</meta>' in opf
    assert banner in content
    brf = (out / "braille" / "sleep.brf").read_text(encoding="ascii")
    assert ",\\ ( DATE3" in brf[:200]  # "Out of date:", under the title
    assert {p: p.read_bytes() for p in out.rglob("other.*")} == before


@pytest.mark.slow
def test_the_audit_lists_approval_review_translation_outputs_and_git(
        project: Layout, monkeypatch, capsys) -> None:
    path = _write(project, review_due="2026-06-20")
    _write(project, name="sleep.es", lang="es", translation="machine",
           translated_from="0000-0000-0000", body="## Dormir\n\nAcuéstese de lado.\n")
    git = ["git", "-c", "user.name=Kim Park", "-c", "user.email=kim@example.org",
           "-C", str(project.handouts_dir)]
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "First"]):
        subprocess.run([*git, *command], check=True, capture_output=True)
    assert _run(project, monkeypatch, capsys, "approve", str(path), "--by", "Sam Lee, RN")[0] == 0
    path.write_text(path.read_text(encoding="utf-8") + "\nMore rest helps.\n", "utf-8")

    status, out, err = _run(project, monkeypatch, capsys, "build", "--formats", "pdf,html")

    assert status == 0, err
    assert f"  {project.build_dir / 'audit.html'}" in out
    data = json.loads((project.build_dir / "audit.json").read_text(encoding="utf-8"))
    english, spanish = (next(h for h in data["handouts"] if h["name"] == name)
                        for name in ("sleep", "sleep.es"))
    assert english["approval"] == {"by": "Sam Lee, RN", "date": "2026-06-01", "state": "stale"}
    assert english["review"]["status"] == "due within 30 days"
    assert english["outputs"]["pdf"] == {"present": True, "why_missing": None}
    assert english["outputs"]["audio"]["present"] is False
    assert english["last_change"]["author"] == "Kim Park"
    assert spanish["translation"]["status"] == "stale"
    assert spanish["translation"]["machine_unreviewed"] is True
    items = {item["text"]: item for item in english["pemat"]}
    assert items["Actions broken into explicit steps"]["met"] is True
    assert items["Actions broken into explicit steps"]["evidence"].startswith("numbered steps at")
    assert items["Sections have informative headings"]["met"] is None
    page = (project.build_dir / "audit.html").read_text(encoding="utf-8")
    assert "Sam Lee, RN" in page and "stale" in page and "Kim Park" in page
    status, again, _ = _run(project, monkeypatch, capsys, "build", "--formats", "pdf,html")
    assert "audit" not in again  # same digest: not written again
    status, checked, _ = _run(project, monkeypatch, capsys, "check")
    assert f"{path}: approval: Sam Lee, RN on 2026-06-01 (stale)" in checked


def test_the_audit_lists_a_broken_handout_with_its_error(project: Layout) -> None:
    from handoutkit.audit.output import audit_output

    broken = _write(project, name="broken", body="#### Too deep\n")
    good = _write(project)
    config = load_config(project.handouts_dir)
    audit_output(project, config, [broken, good], dt.date(2026, 6, 1)).write()
    data = json.loads((project.build_dir / "audit.json").read_text(encoding="utf-8"))
    assert [h["name"] for h in data["handouts"]] == ["broken", "sleep"]
    assert data["handouts"][0]["error"].startswith(f"{broken}:7: error: ")
    assert data["handouts"][0]["outputs"]["pdf"]["why_missing"] == "the handout fails the build"
    page = (project.build_dir / "audit.html").read_text(encoding="utf-8")
    assert "broken.md" in page and "No: " in page


def test_an_empty_handouts_folder_withdraws_nothing(project: Layout, monkeypatch,
                                                    capsys) -> None:
    """A mistyped HANDOUTS_DIR pointing at an empty folder must not empty the build."""
    kept = project.build_dir / "pdf" / "sleep.pdf"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"%PDF-1.7 kept")
    status, out, err = _run(project, monkeypatch, capsys, "build", "--formats", "pdf")
    assert status == 0 and "withdrawn" not in out
    assert "has no handouts, so nothing was withdrawn" in err
    assert kept.read_bytes() == b"%PDF-1.7 kept"
