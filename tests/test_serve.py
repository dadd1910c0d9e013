"""`handoutkit serve`: a real server process on a free port, real HTTP requests, real saves;
and the order a save's outputs are written in, watched inside the preview."""

from __future__ import annotations

import http.client
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from handoutkit.cli import main
from handoutkit.files import Layout
from handoutkit.serve.rebuild import Preview
from handoutkit.serve.state import PreviewState
from tests.helpers import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, ROOT, TEMPLATES, front_matter

BODY = ("## What helps\n\nStretch your calf before bed. Point your toes up.\n\n"
        "> [!WARNING]\n> Call us if one leg swells.\n")
WAIT = 300.0  # seconds before a test gives up waiting for the server (never an assertion)
CLINIC = 'name: Riverside\nphone: "555-0134"\nvoices: {en: piper}\n'  # the voice is not the subject
UPDATED = r"^updated after a change to "  # what the server prints once a save is built
PAGE = "/html/cramps.html"
# What a save writes, in order: the leaflet and the page first, then the reading, the EPUB,
# the braille and the narrator's script, and the page again with the new recording.
WRITE_ORDER = ["pdf/cramps.pdf", "html/cramps.html", "audio/cramps.mp3", "epub/cramps.epub",
               "braille/cramps.brf", "narrator/cramps.html", "html/cramps.html"]


def _output(line: str) -> str:
    """The folder and name of an output the server's terminal line names."""
    path = Path(line.strip())
    return f"{path.parent.name}/{path.name}"


class Server:
    """`python -m handoutkit serve --port 0` on a project folder, read line by line; its
    speech cache is the project's own (`cache/`), so a test sees what a save voices."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.process = subprocess.Popen(
            [sys.executable, "-m", "handoutkit", "serve", "--port", "0", "-j", "1",
             "--handouts-dir", str(root / "handouts"), "--build-dir", str(root / "build"),
             "--cache-dir", str(root / "cache"), "--templates-dir", str(TEMPLATES)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        self.errors: list[str] = []  # stderr, read on its own thread so the pipe never fills
        self.readers = [threading.Thread(target=self._read, daemon=True),
                        threading.Thread(target=self._read_errors, daemon=True)]
        for reader in self.readers:
            reader.start()
        ready = self.wait_for_line(r"^Serving (http://127\.0\.0\.1:\d+)/")
        self.url = re.match(r"^Serving (\S+)/", ready).group(1)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    def wait_for_line(self, pattern: str) -> str:
        """The next line printed that matches ``pattern``."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if (line := self.next_line(pattern, timeout=1.0)) is not None:
                return line
        raise AssertionError(f"the server never printed {pattern!r}: {self.said}")

    def next_line(self, pattern: str, timeout: float) -> str | None:
        """The next line printed that matches ``pattern``, if one comes within ``timeout``."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.said.append(line)
            if re.search(pattern, line):
                return line
        assert self.process.poll() is None, self.stopped_errors()
        return None

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url + path) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def raw_get(self, path: str) -> int:
        """The status of a request sent with its path exactly as written ("/../x")."""
        host, port = self.url.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port))
        connection.request("GET", path)
        status = connection.getresponse().status
        connection.close()
        return status

    def version(self, page: str) -> str:
        return self.get(f"/__preview__/version?page={page}")[1].decode()

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a writer would press it; the exit status and what went to stderr."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=WAIT)
        return self.process.returncode, self.stopped_errors()

    def stopped_errors(self) -> str:
        """All the stopped server wrote to stderr. The two reader threads are the pipes' only
        readers (communicate() beside them closed stdout under the line reader)."""
        for reader in self.readers:
            reader.join(timeout=WAIT)
        return "".join(self.errors)


def project(root: Path) -> Path:
    handouts = root / "handouts"
    handouts.mkdir(parents=True)
    (handouts / "clinic.yaml").write_text(CLINIC)
    (handouts / "cramps.md").write_text(front_matter() + "\n" + BODY, encoding="utf-8")
    return handouts / "cramps.md"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("serve")
    project(root)
    running = Server(root)
    yield running
    if running.process.poll() is None:
        running.stop()


def save(server: Server, text: str, name: str = "cramps.md",
         view: Callable[[str], tuple[bool, ...]] | None = None) -> list[tuple[bool, ...]]:
    """Write a file of the handouts folder as an editor would, and wait until the server has
    built everything after it. With ``view``, the page is fetched meanwhile as fast as a
    browser could, and each new ``view`` of it is returned, in the order seen."""
    (server.root / "handouts" / name).write_text(text, encoding="utf-8")
    seen: list[tuple[bool, ...]] = []
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if view is not None and (now := view(server.get(PAGE)[1].decode())) not in seen[-1:]:
            seen.append(now)
        if server.next_line(UPDATED, timeout=0.005 if view else 1.0) is not None:
            return seen
    raise AssertionError(f"the server never rebuilt after {name} was saved: {server.said}")


def recording_state(sentence: str) -> Callable[[str], tuple[bool, ...]]:
    """What a page shows of an edit adding ``sentence``: in its text; the recording "being
    updated" (a status, no player); in the read-along of the recording."""
    def view(page: str) -> tuple[bool, bool, bool]:
        cues = re.search(r'<ol class="cues">.*?</ol>', page, re.S)
        reading = cues.group(0) if cues else ""
        text = page.replace(reading, "")
        updating = re.search(r'<p class="recording-updating" role="status">[^<]+</p>', text)
        return sentence in text, bool(updating) and "<audio" not in page, sentence in reading
    return view


def speech_entries(server: Server) -> set[Path]:
    return set((server.root / "cache" / "speech").rglob("*.pcm"))


def test_serves_pages_leaflets_and_catalogue_with_the_reload_script(server: Server,
                                                                   tmp_path: Path) -> None:
    status, page = server.get(PAGE)
    assert status == 200 and b'<script src="/__preview__/reload.js"></script></body>' in page
    assert b"Stretch your calf before bed." in page
    assert server.get("/")[1].count(b"/__preview__/reload.js") == 1
    status, pdf = server.get("/pdf/cramps.pdf")
    assert status == 200 and pdf.startswith(b"%PDF-")
    assert b"location.reload()" in server.get("/__preview__/reload.js")[1]

    project(tmp_path)  # the same handout, built as `make` does
    made = tmp_path / "build"
    assert main(["build", "-q", "--handouts-dir", str(tmp_path / "handouts"),
                 "--build-dir", str(made), "--templates-dir", str(TEMPLATES)]) == 0
    for output in ("pdf/cramps.pdf", "audio/cramps.mp3", "audio/cramps.vtt",
                   "html/cramps.html", "index.html"):
        served = server.root / "build" / output
        assert served.read_bytes() == (made / output).read_bytes(), f"{output} differs"


def test_a_save_shows_the_text_at_once_then_the_recording(server: Server) -> None:
    """Fetched from outside while the server builds: first the old page, then the edit with
    the recording said to be updating (no player, so no old reading beside new text), then
    the edit in the new recording's read-along; only the edited sentence is voiced."""
    path = server.root / "handouts" / "cramps.md"
    before, said = speech_entries(server), len(server.said)
    edited = "Point your toes at the wall."
    seen = save(server, path.read_text().replace("Point your toes up.", edited),
                view=recording_state(edited))
    assert seen == [(False, False, False), (True, True, False), (True, False, True)], seen
    assert len(speech_entries(server) - before) == 1, "only the edited sentence is voiced"
    written = [_output(line) for line in server.said[said:] if line.startswith("  ")]
    assert [name for name in written if "/cramps." in name] == WRITE_ORDER


def test_a_broken_edit_shows_its_error_on_the_page_and_in_the_terminal(server: Server) -> None:
    path = server.root / "handouts" / "cramps.md"
    good = path.read_text()
    save(server, good + "\n#### Too deep\n")
    line = len(good.split("\n")) + 1
    expected = f"cramps.md:{line}: error: heading skips a level"
    status, page = server.get(PAGE)
    assert status == 200 and expected.encode() in page and b"Stretch your calf" not in page
    assert b"/__preview__/reload.js" in page, "the error page reloads itself once fixed"
    assert server.get("/pdf/cramps.pdf")[0] == 404, "no stale leaflet stays"
    assert any(expected in line for line in server.said), "the terminal says it too"
    assert expected.encode() in server.get("/")[1], "the catalogue shows it too"

    save(server, good)
    assert b"Stretch your calf" in server.get(PAGE)[1]
    assert server.get("/pdf/cramps.pdf")[0] == 200


def test_a_settings_error_shows_on_every_page_until_it_is_fixed(server: Server) -> None:
    good = CLINIC
    old = server.version(PAGE)
    save(server, good + "paper: A5\n", name="clinic.yaml")
    assert server.version(PAGE) != old, "the open page reloads"
    expected = b"clinic.yaml:4: error: &#x27;paper: A5&#x27; is not allowed"
    assert expected in server.get(PAGE)[1]
    assert expected in server.get("/")[1]

    old = server.version(PAGE)
    save(server, good, name="clinic.yaml")
    assert server.version(PAGE) != old
    assert b"Stretch your calf" in server.get(PAGE)[1]


def test_only_files_under_the_build_folder_are_served(server: Server) -> None:
    build = server.root / "build"
    (build / "outside").symlink_to(server.root / "handouts", target_is_directory=True)
    (build / "clinic.yaml").symlink_to(server.root / "handouts" / "clinic.yaml")
    assert (build / "outside" / "cramps.md").is_file()
    for path in ("/../handouts/cramps.md", "/%2e%2e/handouts/cramps.md",
                 "/html/..%2f..%2fhandouts%2fcramps.md", "/outside/cramps.md", "/clinic.yaml",
                 "/.cache/catalogue.json", "/.fingerprints/cramps.pdf", "/pdf/missing.pdf"):
        assert server.raw_get(path) == 404, path
    assert server.raw_get("/html/cramps.html") == 200


def test_a_save_the_moment_it_serves_is_heard_and_ctrl_c_stops_it(tmp_path: Path) -> None:
    path = project(tmp_path)
    running = Server(tmp_path)
    save(running, path.read_text().replace("before bed.", "at night."))
    assert b"Stretch your calf at night." in running.get(PAGE)[1]
    status, errors = running.stop()
    assert status in (0, 130) and "Traceback" not in errors, errors
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(running.url + "/", timeout=5)


def test_the_open_page_reloads_itself_in_chromium(server: Server,
                                                  tmp_path: Path) -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        browser.get(server.url + PAGE)
        browser.execute_script("window.notReloaded = true;")  # a reload forgets it
        path = server.root / "handouts" / "cramps.md"
        save(server, path.read_text().replace("before bed.", "before you sleep."))
        WebDriverWait(browser, WAIT).until(lambda d: "before you sleep." in d.page_source)
        assert browser.execute_script("return window.notReloaded === undefined;")
    finally:
        browser.quit()


def test_the_page_shows_an_edit_before_its_recording_is_made(tmp_path: Path) -> None:
    """Inside the preview, at the moment each output is written: the leaflet, then a page
    with the edit that says the recording is being updated while the MP3 is still the old
    one (and the page's version has moved, so the open page reloads); then the recording,
    and the page again with it."""
    source = project(tmp_path)
    layout = Layout(source.parent, tmp_path / "build", TEMPLATES, tmp_path / "cache")
    page, mp3 = layout.output("cramps", "html"), layout.output("cramps", "audio")
    state = PreviewState()
    moments: list[tuple[str, bool, bool, bytes, int]] = []
    edited = "Point your toes at the wall."

    def written(line: str) -> None:
        name = _output(line)
        if line.startswith("  ") and "/cramps." in name:
            shown = page.read_text(encoding="utf-8") if page.exists() else ""
            moments.append((name, edited in shown, 'class="recording-updating"' in shown,
                            mp3.read_bytes() if mp3.exists() else b"", state.version("cramps")))

    preview = Preview(layout, 2, state, say=written)
    preview.start()
    old_mp3, old_version = mp3.read_bytes(), state.version("cramps")
    moments.clear()
    source.write_text(source.read_text().replace("Point your toes up.", edited))
    preview.update([source.resolve()])

    assert [moment[0] for moment in moments] == WRITE_ORDER
    _, shows_edit, updating, recording, version = moments[1]
    assert shows_edit and updating and recording == old_mp3 and version > old_version
    _, shows_edit, updating, recording, last_version = moments[-1]
    assert shows_edit and not updating and recording != old_mp3 and last_version > version
    assert f"<span class=\"words\">{edited}</span>" in page.read_text(encoding="utf-8")
