"""Shared fixtures: temporary projects, handout writing, built sample outputs, guards."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.speech.engines.piper import PiperEngine
from tests import guards
from tests.helpers import TEMPLATES, copy_samples, front_matter


@pytest.fixture
def project(tmp_path: Path) -> Layout:
    """An empty project: a handouts folder and a build folder."""
    (tmp_path / "handouts").mkdir()
    return Layout(tmp_path / "handouts", tmp_path / "build", TEMPLATES)


@pytest.fixture
def write_handout(project: Layout) -> Callable[..., Path]:
    """Write handouts/<name>.md with the given body (dedented) and front matter fields."""

    def write(body: str, name: str = "leaflet", **front: str) -> Path:
        path = project.handouts_dir / f"{name}.md"
        path.write_text(front_matter(**front) + "\n" + textwrap.dedent(body), encoding="utf-8")
        return path

    return write


@pytest.fixture
def clinic() -> ClinicConfig:
    return ClinicConfig(name="Riverside Family Clinic", phone="555-0134")


@pytest.fixture(scope="session")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """A copy of the project's own handouts folder, shared by the whole run: read it only."""
    return copy_samples(tmp_path_factory.mktemp("samples"))


@pytest.fixture
def samples(tmp_path: Path) -> Layout:
    """A fresh copy of the sample handouts for one test to build into and change."""
    return copy_samples(tmp_path)


@pytest.fixture(scope="session")
def piper() -> PiperEngine:
    """The real piper voice, loaded once for the whole test run."""
    return PiperEngine()


# ---- guards for tests that build (see tests/guards.py) ------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every connection or name lookup fails; the test asserts the returned list stays empty."""
    return guards.block_network(monkeypatch)


@pytest.fixture
def fetchers(monkeypatch: pytest.MonkeyPatch) -> list:
    """The sandboxed URL fetchers the PDF writer makes during the test, with their requests."""
    return guards.record_fetchers(monkeypatch)
