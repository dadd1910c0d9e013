"""`handoutkit serve`: a real server process on a free port, real HTTP requests, real saves."""

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
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from handoutkit.cli import main
from tests.helpers import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, ROOT, TEMPLATES, front_matter

BODY = ("## What helps\n\nStretch your calf before bed. Point your toes up.\n\n"
        "> [!WARNING]\n> Call us if one leg swells.\n")
WAIT = 300.0  # seconds before a test gives up waiting for the server (never an assertion)


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
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.wait_for_line(r"^Serving (http://127\.0\.0\.1:\d+)/")
        self.url = re.match(r"^Serving (\S+)/", ready).group(1)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for_line(self, pattern: str) -> str:
        """The next line printed that matches ``pattern``."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1.0)
            except queue.Empty:
                assert self.process.poll() is None, self.process.stderr.read()
                continue
            self.said.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"the server never printed {pattern!r}: {self.said}")

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

    def wait_for_new_version(self, page: str, old: str) -> str:
        """Poll the version endpoint, as the page's script does, until the page changes."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if (now := self.version(page)) != old:
                return now
            time.sleep(0.1)
        raise AssertionError(f"{page} never changed from version {old}")

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a writer would press it; the exit status and what went to stderr."""
        self.process.send_signal(signal.SIGINT)
        _, errors = self.process.communicate(timeout=WAIT)
        return self.process.returncode, errors


def project(root: Path) -> Path:
    handouts = root / "handouts"
    handouts.mkdir(parents=True)
    (handouts / "clinic.yaml").write_text('name: Riverside\nphone: "555-0134"\n')
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


def save(server: Server, text: str) -> str:
    """Write the handout as an editor would and wait until its page is rebuilt."""
    page = "/html/cramps.html"
    old = server.version(page)
    (server.root / "handouts" / "cramps.md").write_text(text, encoding="utf-8")
    return server.wait_for_new_version(page, old)


def speech_entries(server: Server) -> set[Path]:
    return set((server.root / "cache" / "speech").rglob("*.pcm"))


def test_serves_pages_leaflets_and_catalogue_with_the_reload_script(server: Server,
                                                                   tmp_path: Path) -> None:
    status, page = server.get("/html/cramps.html")
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


def test_a_saved_edit_rewrites_the_page_and_voices_only_the_new_sentence(server: Server) -> None:
    path = server.root / "handouts" / "cramps.md"
    before = speech_entries(server)
    save(server, path.read_text().replace("Point your toes up.", "Point your toes at the wall."))
    assert b"Point your toes at the wall." in server.get("/html/cramps.html")[1]
    assert len(speech_entries(server) - before) == 1, "only the edited sentence is voiced"
    server.wait_for_line(r"build/html/cramps\.html$")


def test_a_broken_edit_shows_its_error_on_the_page_and_in_the_terminal(server: Server) -> None:
    path = server.root / "handouts" / "cramps.md"
    good = path.read_text()
    save(server, good + "\n#### Too deep\n")
    line = len(good.split("\n")) + 1
    expected = f"cramps.md:{line}: error: heading skips a level"
    status, page = server.get("/html/cramps.html")
    assert status == 200 and expected.encode() in page and b"Stretch your calf" not in page
    assert b"/__preview__/reload.js" in page, "the error page reloads itself once fixed"
    assert server.get("/pdf/cramps.pdf")[0] == 404, "no stale leaflet stays"
    assert expected in server.wait_for_line(r"error: heading skips a level")
    assert expected.encode() in server.get("/")[1], "the catalogue shows it too"

    save(server, good)
    assert b"Stretch your calf" in server.get("/html/cramps.html")[1]
    assert server.get("/pdf/cramps.pdf")[0] == 200


def test_a_settings_error_shows_on_every_page_until_it_is_fixed(server: Server) -> None:
    clinic = server.root / "handouts" / "clinic.yaml"
    good = clinic.read_text()
    old = server.version("/html/cramps.html")
    clinic.write_text(good + "paper: A5\n")
    server.wait_for_new_version("/html/cramps.html", old)
    expected = b"clinic.yaml:3: error: &#x27;paper: A5&#x27; is not allowed"
    assert expected in server.get("/html/cramps.html")[1]
    assert expected in server.get("/")[1]

    old = server.version("/html/cramps.html")
    clinic.write_text(good)
    server.wait_for_new_version("/html/cramps.html", old)
    assert b"Stretch your calf" in server.get("/html/cramps.html")[1]


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
    assert b"Stretch your calf at night." in running.get("/html/cramps.html")[1]
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
        browser.get(server.url + "/html/cramps.html")
        browser.execute_script("window.notReloaded = true;")  # a reload forgets it
        path = server.root / "handouts" / "cramps.md"
        save(server, path.read_text().replace("before bed.", "before you sleep."))
        WebDriverWait(browser, WAIT).until(lambda d: "before you sleep." in d.page_source)
        assert browser.execute_script("return window.notReloaded === undefined;")
    finally:
        browser.quit()
