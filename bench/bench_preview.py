"""Live preview benchmark: from saving a one-paragraph edit to the page and the leaflet showing
it, as a share of the handout's cold full build; and to the new recording on the page.

Run with `make bench`, or `.venv/bin/python bench/bench_preview.py [--rounds N]`. On a copy of
the samples' 2-page English leaflet, one run measures, from outside, as a writer sees it:
- cold: `python -m handoutkit build` of that handout into an empty build folder with an
  empty speech cache, the whole process, as `make` runs it the first time;
- save → text shown: with `python -m handoutkit serve` running on a copy of the whole
  handouts folder (every core, as `make serve`; its speech cache a copy of the project's,
  HANDOUTKIT_CACHE_DIR or .cache, so it starts with little to voice), from writing the
  edited handout to the served page holding the new sentence, polled as a browser would
  fetch it; the leaflet served then must hold it too;
- save → recording shown: on to the page's read-along holding the new sentence (the edit
  voiced, the MP3, braille and EPUB written again).
Each round adds a sentence to the first paragraph, so each voices one new sentence; the best
round counts, as other work on the machine only ever adds time. Target: save → text shown
≤ 10 % of cold (issue 20). Writes its section of bench/BENCHMARKS.md; exits 1 if missed.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from sections import write_section

ROOT = Path(__file__).resolve().parent.parent
LEAFLET = "leg-cramps-in-pregnancy"
SETTINGS = ("clinic.yaml", "pronunciations.yaml")
TARGET = 0.10
POLL = 0.02  # seconds between fetches of the page, finer than the page's own 0.5 s
GIVE_UP = 300.0  # seconds: a round that takes longer has failed


@dataclass(frozen=True)
class Round:
    """One save, seen from outside."""

    text: float  # seconds from the save to the page (and leaflet) showing the new sentence
    recording: float  # seconds from the save to the read-along holding it
    updating_shown: bool  # the page said the recording was being updated meanwhile


def project(root: Path, every_handout: bool) -> Path:
    """A handouts folder holding the leaflet and the settings, or all of the samples' folder;
    the leaflet's path."""
    handouts = root / "handouts"
    if every_handout:
        shutil.copytree(ROOT / "handouts", handouts)
        return handouts / f"{LEAFLET}.md"
    handouts.mkdir(parents=True)
    for name in (*SETTINGS, f"{LEAFLET}.md"):
        shutil.copy(ROOT / "handouts" / name, handouts / name)
    return handouts / f"{LEAFLET}.md"


def command(root: Path, cache: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "handoutkit", *args, "--handouts-dir", str(root / "handouts"),
            "--build-dir", str(root / "build"), "--cache-dir", str(cache),
            "--templates-dir", str(ROOT / "handoutkit" / "templates")]


def cold_build(root: Path, cache: Path) -> float:
    """Seconds for a whole `handoutkit build` of the leaflet from an empty build folder."""
    source = project(root, every_handout=False)
    started = time.perf_counter()
    subprocess.run(command(root, cache, "build", "-q", str(source)), cwd=ROOT, check=True)
    return time.perf_counter() - started


def edit_first_paragraph(source: Path, round_number: int) -> str:
    """Add a sentence to the first body paragraph, as a writer fixes a paragraph; returns it."""
    sentence = f"Read this part {round_number + 2} times."
    text = source.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    lines = body.split("\n")
    index = next(i for i, line in enumerate(lines) if line and line[0].isalpha())
    lines[index] += " " + sentence
    source.write_text(head + "\n---\n" + "\n".join(lines), encoding="utf-8")
    return sentence


class RunningPreview:
    """`handoutkit serve --port 0` on ``root``, started and warm."""

    def __init__(self, root: Path, cache: Path) -> None:
        self.process = subprocess.Popen(command(root, cache, "serve", "--port", "0"), cwd=ROOT,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if found := re.match(r"^Serving (\S+)/ ", line):
                self.url = found.group(1)
                # what it prints on each save is read, or a full pipe would stop it
                threading.Thread(target=self.process.stdout.read, daemon=True).start()
                return
        raise RuntimeError("handoutkit serve ended before serving")

    def fetch(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path) as answer:
            return answer.read()

    def page(self) -> str:
        return self.fetch(f"/html/{LEAFLET}.html").decode("utf-8")

    def leaflet_text(self) -> str:
        reader = PdfReader(io.BytesIO(self.fetch(f"/pdf/{LEAFLET}.pdf")))
        return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())

    def save_and_watch(self, source: Path, round_number: int) -> Round:
        """Save an edit, then fetch the page until it shows the new sentence, then until its
        read-along does."""
        started = time.perf_counter()
        sentence = edit_first_paragraph(source, round_number)
        page = self._page_until(lambda page: sentence in _body_text(page), started)
        text = time.perf_counter() - started
        if sentence not in self.leaflet_text():
            raise RuntimeError(f"the page showed {sentence!r} before the leaflet did")
        updating = 'class="recording-updating"' in page
        self._page_until(lambda page: sentence in _read_along(page), started)
        return Round(text, time.perf_counter() - started, updating)

    def _page_until(self, shows: Callable[[str], bool], started: float) -> str:
        while time.perf_counter() - started < GIVE_UP:
            page = self.page()
            if shows(page):
                return page
            time.sleep(POLL)
        raise RuntimeError(f"the page did not change within {GIVE_UP:.0f} s")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def _body_text(page: str) -> str:
    """The page's main text, outside the read-along (where an old reading's words are)."""
    return _text(re.sub(r'<details class="readalong">.*?</details>', "", page, flags=re.S))


def _read_along(page: str) -> str:
    found = re.search(r'<ol class="cues">(.*?)</ol>', page, re.S)
    return _text(found.group(1)) if found else ""


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def measure(scratch: Path, rounds: int) -> tuple[float, list[Round], int]:
    """Cold build seconds, each round, and the leaflet's page count."""
    cold = cold_build(scratch / "cold", scratch / "cold-cache")
    pages = len(PdfReader(scratch / "cold" / "build" / "pdf" / f"{LEAFLET}.pdf").pages)
    source = project(scratch / "serve", every_handout=True)
    cache = scratch / "serve-cache"
    project_cache = Path(os.environ.get("HANDOUTKIT_CACHE_DIR", ROOT / ".cache"))
    if project_cache.is_dir():
        shutil.copytree(project_cache, cache)
    preview = RunningPreview(scratch / "serve", cache)
    try:
        measured = [preview.save_and_watch(source, number) for number in range(rounds)]
    finally:
        preview.stop()
    return cold, measured, pages


def section(cold: float, rounds: list[Round], pages: int, load: tuple[str, str]) -> str:
    best = min(rounds, key=lambda r: r.text)
    share = best.text / cold
    met = "met" if share <= TARGET else "missed"
    shown = ", ".join(f"{r.text:.2f}" for r in rounds)
    heard = ", ".join(f"{r.recording:.2f}" for r in rounds)
    said = ("every round" if all(r.updating_shown for r in rounds)
            else f"{sum(r.updating_shown for r in rounds)} of {len(rounds)} rounds")
    return (f"## Live preview\n\n"
            f"`bench/bench_preview.py`: `handoutkit serve` on a copy of the samples, "
            f"{len(rounds)} saves of {LEAFLET}.md ({pages} pages), each adding a sentence to "
            "its first paragraph, watched from outside by fetching the served page as a "
            "browser does; the first save is the first since the server started.\n\n"
            f"| measure | seconds |\n| --- | --- |\n"
            f"| cold full build of the handout (`handoutkit build`, empty cache) | {cold:.2f} |\n"
            f"| save → page and leaflet show the edit | {shown} |\n"
            f"| save → the new recording's read-along on the page | {heard} |\n\n"
            f"Best save → text shown: {best.text:.2f} s = {share:.1%} of the cold build "
            f"(target ≤ {TARGET:.0%}: {met}); the recording followed {best.recording:.2f} s "
            f"after the save. Meanwhile the page said the recording was being updated "
            f"({said}). Load average {load[0]} before and {load[1]} after, on 2 cores shared "
            "with other work: figures from a busy machine are slower than on an idle one.\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="edits to time (default 3)")
    parser.add_argument("--print-only", action="store_true", help="do not write BENCHMARKS.md")
    args = parser.parse_args()
    before = _load()
    with tempfile.TemporaryDirectory(prefix="handoutkit-preview-") as scratch:
        cold, rounds, pages = measure(Path(scratch), args.rounds)
    text = section(cold, rounds, pages, (before, _load()))
    print(text)
    if not args.print_only:
        write_section("preview", text)
    return 0 if min(r.text for r in rounds) <= TARGET * cold else 1


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    sys.exit(main())
