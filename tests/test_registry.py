"""The writers' registry: a new format is one module and one entry, built, staled and linked
with no other edit; and a build renders each output once and reads each stamp once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import pytest

from handoutkit.config import ClinicConfig
from handoutkit.files import Layout, atomic_output
from handoutkit.formats import WRITERS, Link, OutputKind, WriterSpec
from handoutkit.model import Handout, Paragraph, walk
from handoutkit.pipeline.builder import Builder
from handoutkit.pipeline.stamps import Stamps
from handoutkit.reader.inlines import plain_text
from handoutkit.records import FileRecord
from handoutkit.speech import readings
from handoutkit.writers import Plan, Records, digest
from handoutkit.writers.braille import BrailleWriter
from handoutkit.writers.epub.package import Documents
from handoutkit.writers.html import catalogue
from handoutkit.writers.html.page import HtmlWriter
from handoutkit.writers.narrator import NarratorWriter
from handoutkit.writers.pdf.writer import PdfWriter

pytestmark = pytest.mark.slow  # whole builds with the real engines

CLINIC = ClinicConfig(name="Riverside Family Clinic", phone="555-0134")


class PlainTextWriter:
    """A throwaway format: the handout's paragraphs as plain text, `<build>/text/<name>.txt`."""

    def __init__(self, config: ClinicConfig, layout: Layout) -> None:
        self.layout = layout

    def prepare(self, stale: Sequence[Plan], jobs: int) -> AbstractContextManager[None]:
        return nullcontext()

    def plan(self, handout: Handout, records: Records) -> Plan:
        blocks = walk(handout.intro, handout.sections)
        text = "".join(f"{plain_text(b.inlines)}\n" for b in blocks if isinstance(b, Paragraph))
        return Plan(digest("text", text), lambda: self._write(handout, text))

    def _write(self, handout: Handout, text: str) -> FileRecord:
        with atomic_output(self.layout.output(handout.name, "text")) as tmp:
            tmp.write_text(text, encoding="utf-8")
        return FileRecord(len(text.encode("utf-8")))

    def finish(self, library: Mapping[str, Records]) -> None:
        """No library-wide output."""


# The one registry entry. It borrows an existing web label for its link's words: a format
# with words of its own adds them as a label (English first; other languages fall back).
TEXT = WriterSpec(f"{__name__}:PlainTextWriter",
                  (OutputKind("text", "text", ".txt", "plain text"),), FileRecord,
                  link=Link("vtt"))


@pytest.fixture
def registered() -> Iterator[None]:
    """The registry with the throwaway entry before the page (which links what comes before
    it), as a line added there would put it; restored afterwards."""
    before = dict(WRITERS)
    WRITERS.clear()
    WRITERS.update({k: v for k, v in before.items() if k != "html"})
    WRITERS.update(text=TEXT, html=before["html"])
    yield
    WRITERS.clear()
    WRITERS.update(before)


def _build(project: Layout, paths: list[Path], kinds: Sequence[str]) -> set[str]:
    builder = Builder(project, CLINIC, kinds)
    report = builder.build(paths, lambda path: None)
    assert not report.failed, report.failed
    builder.finish(paths, lambda path: None)
    return {p.name for p in report.written}


def test_a_registered_writer_is_built_staled_and_linked(registered: None, write_handout,
                                                        project: Layout) -> None:
    path = write_handout("## Help\n\nRest your legs.\n", name="rest")
    kinds = ["pdf", "text", "html"]
    assert _build(project, [path], kinds) == {"rest.pdf", "rest.txt", "rest.html"}
    text = project.build_dir / "text" / "rest.txt"
    assert text.read_text(encoding="utf-8") == "Rest your legs.\n"
    assert text in project.outputs("rest")
    label = CLINIC.web_labels_for("en").vtt
    page = project.output("rest", "html").read_text(encoding="utf-8")
    assert f'<li><a href="../text/rest.txt">{label}</a></li>' in page
    index = (project.build_dir / "index.html").read_text(encoding="utf-8")
    assert f'<li><a href="text/rest.txt">{label}</a></li>' in index

    assert _build(project, [path], kinds) == set(), "nothing changed"
    path.write_text(path.read_text().replace("Rest your legs.", "Lift your feet."))
    assert _build(project, [path], kinds) == {"rest.pdf", "rest.txt", "rest.html"}
    assert text.read_text(encoding="utf-8") == "Lift your feet.\n"

    path.write_text(path.read_text() + "\n# A second title\n")  # an error: nothing is kept
    assert path in Builder(project, CLINIC, kinds).build([path], lambda p: None).failed
    assert not text.exists()


def _count(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str,
           key: Callable[..., str]) -> Counter[str]:
    """Count the calls of ``owner.name`` by ``key(*args)`` (a handout's name)."""
    counts: Counter[str] = Counter()
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[key(*args)] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return counts


def test_each_output_is_rendered_once_and_each_stamp_read_once(
        write_handout, project: Layout, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [write_handout("## Help\n\nRest your legs.\n", name="rest"),
             write_handout("## Help\n\nLift your feet.\n", name="lift")]
    renders = {
        "pdf": _count(monkeypatch, PdfWriter, "render_html", lambda self, h: h.name),
        # the audio and the narrator's script share one (speech/readings.py)
        "script": _count(monkeypatch, readings, "build_script", lambda h, config: h.name),
        "braille": _count(monkeypatch, BrailleWriter, "render", lambda self, h: h.name),
        "epub": _count(monkeypatch, Documents, "content", lambda self: self.handout.name),
        "html": _count(monkeypatch, HtmlWriter, "render", lambda self, h, r, d: h.name),
        "narrator": _count(monkeypatch, NarratorWriter, "render", lambda self, h: h.name),
    }
    catalogues = _count(monkeypatch, catalogue, "render_catalogue", lambda *args: "index")
    reads = _count(monkeypatch, Stamps, "read", lambda self, name, writer: f"{name}/{writer}")

    for attempt in ("cold", "warm"):
        renders_before = {k: Counter(v) for k, v in renders.items()}
        reads.clear()
        builder = Builder(project, CLINIC, list(WRITERS), jobs=2)
        report = builder.build(paths, lambda path: None)
        assert not report.failed, report.failed
        builder.finish(paths, lambda path: None)
        assert len(report.written) == (2 * len(WRITERS) if attempt == "cold" else 0)
        readings._prepared.cache_clear()  # kept by content: a later build would reuse it
        for kind, counts in renders.items():
            assert counts - renders_before[kind] == Counter(rest=1, lift=1), (attempt, kind)
        # the audit keeps each handout's findings in a stamp of its own, read once too
        stamps = [f"{n}/{w}" for n in ("rest", "lift") for w in (*WRITERS, "check", "audit")]
        assert reads == Counter({**dict.fromkeys(stamps, 1), "_library/html": 1,
                                 "_library/audit": 1}), attempt
    assert catalogues == Counter(index=2)
