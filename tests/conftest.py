"""Shared fixtures: temporary projects, handout writing, built sample outputs, guards."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from filelock import FileLock

from handoutkit.cli import main
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.speech.engines.piper import PiperEngine
from tests import guards
from tests.helpers import TEMPLATES, choose_voices, copy_samples, files_state, front_matter

CACHE_VARIABLE = "HANDOUTKIT_CACHE_DIR"  # the CLI's default speech cache folder (cli.py)


def _run_folder(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """This run's temporary folder, shared by its xdist workers (each has its own base temp
    inside it); the base temp itself when the run is not split (worker_id "master")."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session", autouse=True)
def speech_cache(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Path]:
    """One speech cache for the whole run, shared by its xdist workers (its writes are
    atomic): every build through the command line, in this process or a child (make, serve),
    voices a sentence once per run. A test that needs an empty cache names its own folder
    (--cache-dir, or a Layout without one)."""
    folder = _run_folder(tmp_path_factory, worker_id) / "speech-cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_VARIABLE, str(folder))
        yield folder


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory, worker_id: str,
                 speech_cache: Path) -> Layout:
    """The sample handouts built once per run with every writer, as `make` builds them (the
    command line, two jobs), voiced into the run's speech cache. English is read by piper,
    the faster opt-in voice, and Spanish by Kokoro, the default: Kokoro's English (the
    default) costs about 7× piper's CPU time and two thirds of the samples' audio is English,
    so it is heard on a short handout in test_kokoro instead. Shared by every module
    that reads the samples' outputs, in every xdist worker (the first to ask builds it, under
    a file lock): read it only (tests/helpers.py's copy_build gives a copy to change); a test
    that writes into it fails (see _sample_build_untouched)."""
    run = _run_folder(tmp_path_factory, worker_id)
    root, built_mark = run / "sample-build", run / "sample-build.done"
    with FileLock(run / "sample-build.lock"):
        if built_mark.is_file():
            built = Layout(root / "handouts", root / "build", TEMPLATES)
        elif root.exists():
            pytest.fail("the samples failed to build in another xdist worker: see its error",
                        pytrace=False)
        else:
            built = copy_samples(root)
            choose_voices(built.handouts_dir, en="piper")
            status = main(["build", "-q", "--jobs", "2", "--handouts-dir",
                           str(built.handouts_dir), "--build-dir", str(built.build_dir),
                           "--cache-dir", str(speech_cache)])
            assert status == 0, "the samples must build"
            built_mark.touch()
    return Layout(built.handouts_dir, built.build_dir, built.templates_dir, speech_cache)


# The reader with the most work of its own after the build (it voices an English handout with
# Kokoro and hears both readings): first, so it does not end the run on one worker.
FIRST_READER = "test_kokoro.py"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The order `make test` hands modules to its xdist workers (`--dist loadfile`, in this
    order): first one module that reads the shared sample build (FIRST_READER), so a worker
    starts building it at once; then the modules that do not; the other readers last, when it
    is built, so no worker waits on its lock while there is other work."""
    readers = sorted({item.path for item in items if "sample_build" in item.fixturenames},
                     key=lambda path: (path.name != FIRST_READER, path))

    def turn(item: pytest.Item) -> int:
        return 0 if item.path in readers[:1] else 2 if item.path in readers else 1

    items.sort(key=turn)  # stable: the order inside each turn is kept


@pytest.fixture(autouse=True)
def _sample_build_untouched(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails a test that changed the shared sample build (its handouts or outputs)."""
    if "sample_build" not in request.fixturenames:
        yield
        return
    built: Layout = request.getfixturevalue("sample_build")
    before = files_state(built.handouts_dir, built.build_dir)
    yield
    changed = {path.name for path, state in files_state(built.handouts_dir, built.build_dir)
               .items() ^ before.items()}
    assert not changed, (f"the test changed the shared sample build ({sorted(changed)}): "
                         "build into a copy (tests/helpers.py: copy_build)")


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
