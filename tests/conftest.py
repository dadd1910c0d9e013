"""Shared fixtures: temporary projects, handout writing, built sample outputs."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.speech.engines import PiperEngine, TtsEngine
from handoutkit.speech.pcm import Pcm
from tests import guards

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "handouts"
TEMPLATES = ROOT / "templates"

FRONT = {"title": "Leg cramps", "lang": "en", "summary": "Why they happen and what helps."}


def front_matter(**fields: str) -> str:
    """A front matter block with the required keys, overridden or extended by ``fields``."""
    merged = {**FRONT, **fields}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in merged.items()) + "---\n"


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
    """A copy of the project's own handouts folder, so tests never write into the repo."""
    root = tmp_path_factory.mktemp("samples")
    shutil.copytree(SAMPLES, root / "handouts")
    return Layout(root / "handouts", root / "build", TEMPLATES)


class CountingEngine:
    """Passes through to a real engine, recording every text it is asked to speak."""

    def __init__(self, inner: TtsEngine) -> None:
        self.inner = inner
        self.name = inner.name
        self.parallel = inner.parallel
        self.calls: list[str] = []

    def identity(self) -> str:
        return self.inner.identity()

    def synthesize(self, text: str) -> Pcm:
        self.calls.append(text)
        return self.inner.synthesize(text)


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
