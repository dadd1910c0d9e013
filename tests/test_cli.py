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
