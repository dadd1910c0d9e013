"""Plain helpers shared by the tests: paths, handout text, sample projects, test signals,
an engine wrapper that counts calls, a fake Google at gTTS's HTTP transport, epubcheck.

Test modules import from here (or from guards.py, htmltree.py, badcorpus.py), never from
another test module or from conftest.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from base64 import b64encode
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import requests
import yaml
from requests.adapters import HTTPAdapter
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from handoutkit.files import Layout
from handoutkit.speech.encode import encode_mp3
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.pcm import Pcm

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = ROOT / "handouts"
TEMPLATES = ROOT / "handoutkit" / "templates"  # templates/ is a link to it

FRONT = {"title": "Leg cramps", "lang": "en", "summary": "Why they happen and what helps."}
RATE = 22050  # piper's sample rate


def front_matter(**fields: str) -> str:
    """A front matter block with the required keys, overridden or extended by ``fields``."""
    merged = {**FRONT, **fields}
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in merged.items()) + "---\n"


def copy_samples(root: Path, only: Iterable[str] | None = None) -> Layout:
    """A project under ``root`` with a copy of the sample handouts folder (pictures and
    settings included), so tests never write into the repo; ``only`` keeps just those
    handout files."""
    keep = None if only is None else set(only)

    def skipped(folder: str, names: list[str]) -> list[str]:
        return [] if keep is None else [n for n in names if n.endswith(".md") and n not in keep]

    shutil.copytree(SAMPLES, root / "handouts", ignore=skipped)
    return Layout(root / "handouts", root / "build", TEMPLATES)


def choose_voices(handouts_dir: Path, **voices: str) -> None:
    """Set the voices of a copied project's clinic.yaml (language: engine), for a test whose
    subject is not the voice: piper and espeak-ng load in a fraction of Kokoro's time."""
    settings = handouts_dir / "clinic.yaml"
    text = settings.read_text(encoding="utf-8") if settings.is_file() else ""
    config = yaml.safe_load(text) or {}
    config["voices"] = {**config.get("voices", {}), **voices}
    settings.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def copy_build(built: Layout, root: Path) -> Layout:
    """A copy under ``root`` of a built project (handouts, outputs, stamps), sharing its
    speech cache, for a test that adds to it or changes it: a build there redoes only what
    the test changed."""
    for folder in (built.handouts_dir, built.build_dir):
        shutil.copytree(folder, root / folder.name, symlinks=True)
    return Layout(root / built.handouts_dir.name, root / built.build_dir.name,
                  built.templates_dir, built.cache)


def files_state(*folders: Path) -> dict[Path, tuple[int, int]]:
    """Each file under ``folders`` with its size and modification time: what a test that
    only reads them must leave as it found it."""
    return {path: (path.stat().st_size, path.stat().st_mtime_ns)
            for folder in folders for path in sorted(folder.rglob("*"))
            if path.is_file() or path.is_symlink()}


def markdown_table(rows: list[list[str]]) -> str:
    """A pipe table: the first row is the header; no newline at the end."""
    head, *body = rows
    return "\n".join([_row(head), "|---" * len(head) + "|", *map(_row, body)])


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def tone(freq: float, seconds: float, amplitude: float, rate: int = RATE,
         phase: float = 0.0) -> Pcm:
    """A sine wave as float32 PCM."""
    t = np.arange(round(seconds * rate)) / rate
    return Pcm((amplitude * np.sin(2 * np.pi * freq * t + phase)).astype(np.float32), rate)


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


# ---- gTTS through a fake Google at the HTTP transport -------------------------------


def google_mp3() -> bytes:
    """What Google sends: a short 24 kHz mono MP3 (here a 440 Hz tone)."""
    return encode_mp3(tone(440, 0.6, 0.3, rate=24000), bitrate_kbps=32)


def batchexecute_body(audio: bytes) -> bytes:
    """A batchexecute reply as Google Translate sends it, the audio base64 in jQ1olc."""
    payload = json.dumps([b64encode(audio).decode("ascii")])
    envelope = [["wrb.fr", "jQ1olc", payload, None, None, None, "generic"], ["di", 61]]
    line = json.dumps(envelope, separators=(",", ":"))
    return f')]}}\'\n\n{len(line)}\n{line}\n25\n[["e",4,null,null,{len(line)}]]\n'.encode()


class FakeGoogle:
    """Stands in for the network under requests' HTTPAdapter; gTTS's own code runs.

    Each reply is an HTTP status (200 carries the audio), a 200 body as bytes, or an
    exception the transport raises.
    """

    def __init__(self, *replies: int | bytes | Exception) -> None:
        self.replies = list(replies)
        self.requests: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **_: object) -> requests.Response:
        self.requests.append(request)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        status = 200 if isinstance(reply, bytes) else reply
        response = requests.Response()
        response.status_code = status
        response.reason = {200: "OK", 429: "Too Many Requests"}.get(status, "Server Error")
        if isinstance(reply, bytes):
            response._content = reply
        else:
            response._content = batchexecute_body(google_mp3()) if status == 200 else b"<html/>"
        response.headers["Content-Type"] = "application/json; charset=utf-8"
        response.url, response.request = request.url or "", request
        return response


def use(monkeypatch: pytest.MonkeyPatch, fake: FakeGoogle) -> FakeGoogle:
    """Route every requests transport call to `fake` for this test."""
    monkeypatch.setattr(HTTPAdapter, "send", lambda adapter, request, **kw: fake.send(request))
    return fake


# ---- epubcheck (Debian's epubcheck package) ------------------------------------------

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
# A short run: the JVM's quick compiler tier and one garbage collector thread give the same
# report for 45 % of the CPU time (8.4 s against 3.9 s on the guide's EPUB, 2 cores).
QUICK_JVM = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


def epubcheck(epub: Path) -> str:
    """epubcheck's report on one EPUB (Debian's epubcheck package)."""
    if not EPUBCHECK.is_file():
        pytest.fail(f"{EPUBCHECK} is missing: run `make debs` (or apt-get install epubcheck)",
                    pytrace=False)
    done = subprocess.run(["java", *QUICK_JVM, "-jar", str(EPUBCHECK), str(epub)],
                          capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


# ---- headless Chromium (Debian's chromium and chromium-driver) -------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--mute-audio", "--autoplay-policy=no-user-gesture-required",
                  "--force-device-scale-factor=1", "--window-size=1280,900")


AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def chromium(profile: Path, javascript: bool = True,
             script_timeout: float = 30) -> webdriver.Chrome:
    """Debian's headless Chromium under WebDriver, with a profile of its own."""
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if not javascript:  # the page's own scripts are off; WebDriver can still look
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_script_timeout(script_timeout)
    return driver


def axe_violations(browser: webdriver.Chrome,
                   run_only: dict[str, Any]) -> list[dict[str, Any]]:
    """axe-core's violations for the open page: id, help and up to five places each."""
    if not browser.execute_script("return typeof axe !== 'undefined';"):
        browser.execute_script(AXE.read_text(encoding="utf-8"))
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: arguments[0]})"
        ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
        " where: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))),"
        " e => done([{id: 'axe-error', help: String(e), where: []}]));", run_only)


# ---- speech-normalisation cases (tests/fixtures/normalize/<lang>.txt) -------------------

NORMALIZE_FIXTURES = FIXTURES / "normalize"
FIXTURE_LANGUAGES = ("en", "es")  # tests/fixtures/normalize/<lang>.txt
# The clinic's pronunciations every fixture case is read with (the "overrides" rule).
FIXTURE_OVERRIDES = {"en": {"Ozempic": "oh-zem-pick"}, "es": {"Ozempic": "ozémpic"}}


def read_normalize_fixture(name: str) -> list[tuple[str, str, str]]:
    """markdown-it style cases: a title line, ".", input, ".", expected output, "."."""
    lines = (NORMALIZE_FIXTURES / name).read_text(encoding="utf-8").splitlines()
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        assert lines[i + 1] == ".", f"{name}:{i + 2}: expected '.' after the title"
        middle = lines.index(".", i + 2)
        end = lines.index(".", middle + 1)
        cases.append((lines[i], "\n".join(lines[i + 2:middle]),
                      "\n".join(lines[middle + 1:end])))
        i = end + 1
    return cases


NORMALIZE_CASES = {lang: read_normalize_fixture(f"{lang}.txt") for lang in FIXTURE_LANGUAGES}
