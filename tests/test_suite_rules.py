"""The test suite's own rules: shared code lives in helper modules, never in a test module."""

from __future__ import annotations

import ast
import os
import subprocess
import time
from pathlib import Path

from tests.helpers import ROOT, files_state

TESTS = Path(__file__).resolve().parent


def _imported(module: Path) -> set[str]:
    """Every module ``module`` imports, as dotted names (``from tests import x`` → tests.x)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _is_test_module(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return last.startswith("test_") or last == "conftest"


def test_no_test_module_imports_another_or_conftest() -> None:
    offences = {module.name: sorted(n for n in _imported(module) if _is_test_module(n))
                for module in sorted(TESTS.glob("*.py"))
                if module.name.startswith("test_") or module.name == "conftest.py"}
    assert {name: found for name, found in offences.items() if found} == {}


def test_the_rule_sees_each_way_of_importing(tmp_path: Path) -> None:
    module = tmp_path / "test_x.py"
    module.write_text("import tests.test_a\nfrom tests.conftest import ROOT\n"
                      "from tests import test_b\nfrom .test_c import f\n"
                      "from tests.helpers import tone\n", encoding="utf-8")
    found = {n for n in _imported(module) if _is_test_module(n)}
    assert found == {"tests.test_a", "tests.conftest", "tests.test_b", ".test_c"}


def test_the_shared_build_guard_sees_a_rewrite_but_not_a_read(tmp_path: Path) -> None:
    """conftest's guard on the shared sample build compares files_state before and after."""
    built = tmp_path / "build" / "pdf" / "x.pdf"
    built.parent.mkdir(parents=True)
    built.write_bytes(b"%PDF-1.7")
    before = files_state(tmp_path / "build")
    assert built.read_bytes() == b"%PDF-1.7"
    assert files_state(tmp_path / "build") == before
    time.sleep(0.01)
    built.write_bytes(b"%PDF-1.7")  # the same bytes, written again
    assert files_state(tmp_path / "build") != before
    (built.parent / "y.pdf").write_bytes(b"")
    assert set(files_state(tmp_path / "build")) - set(before) == {built.parent / "y.pdf"}


def _make_test_commands(*variables: str) -> list[str]:
    """The pytest commands `make test` would run (`make -n` prints them, runs nothing)."""
    shown = subprocess.run(["make", "-n", "-C", str(ROOT), "test", *variables],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "MAKEFLAGS": ""}).stdout
    return [line for line in shown.splitlines() if " -m pytest " in line]


def test_make_test_runs_on_every_core_and_logs_the_slowest_steps() -> None:
    """CI runs `make test`: the suite is split over the cores by module, the 30 slowest steps
    go to the log, and pytest's own exit status (5: no test ran) is the recipe's."""
    [command] = _make_test_commands()
    words = command.split()
    assert words[words.index("-n") + 1] == "auto" and "--durations=30" in words
    assert words[words.index("--dist") + 1] == "loadfile" and "--no-loadscope-reorder" in words
    assert not {"||", ";", "-", "true"} & set(words) and not command.startswith("-")
    [one] = _make_test_commands("TEST_JOBS=1")
    assert one.split()[one.split().index("-n") + 1] == "1"
