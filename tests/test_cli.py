"""The command line's own behaviour: interrupts end quietly with status 130."""

from __future__ import annotations

import pytest

from handoutkit import cli


def test_ctrl_c_while_an_engine_module_loads_is_an_interrupt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], project
) -> None:
    def load_voice(args: object) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as interrupt:
            raise ImportError("initialization failed") from interrupt

    monkeypatch.setattr(cli, "_run_build", load_voice)
    assert cli.main(["audio", "--handouts-dir", str(project.handouts_dir)]) == 130
    assert capsys.readouterr().err == "handoutkit: interrupted\n"


def test_other_import_errors_are_not_hidden(monkeypatch: pytest.MonkeyPatch, project) -> None:
    def broken(args: object) -> int:
        raise ImportError("no module named piper")

    monkeypatch.setattr(cli, "_run_build", broken)
    with pytest.raises(ImportError):
        cli.main(["audio", "--handouts-dir", str(project.handouts_dir)])


def test_a_build_prints_a_handouts_warnings_once_per_change(
        write_handout, project, capsys: pytest.CaptureFixture[str]) -> None:
    long = " ".join(["word"] * 30) + "."
    path = write_handout(f"## Help\n\n{long}\n")
    command = ["pdf", "-q", "--handouts-dir", str(project.handouts_dir),
               "--build-dir", str(project.build_dir), "-j2"]

    assert cli.main(command) == 0
    first = capsys.readouterr().err
    assert f"{path}:9: warning:" in first and "30 words" in first
    assert cli.main(command) == 0
    assert capsys.readouterr().err == "", "unchanged: said once is enough"

    path.write_text(path.read_text().replace("word.", "word word."))
    assert cli.main(command) == 0
    assert "31 words" in capsys.readouterr().err
