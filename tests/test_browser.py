"""The sample handouts' web pages and catalogue in a real browser: Debian's headless Chromium.

The pages come from the run's shared build of the samples (every output: PDF, piper/Kokoro
recording, page, catalogue), copied. The heat fixture in English, Arabic (right to left) and
simplified Chinese joins the copy with its PDFs and pages but no recording: pages in other
scripts, linked as translations, listed under one catalogue entry, and pages with no
recording. axe-core comes from tests/browser/node_modules (`make test` runs `npm ci`) and is
injected from disk: the pages under test make no outside request.
"""

from __future__ import annotations

import base64
import functools
import http.server
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mutagen.mp3 import MP3
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from tests.helpers import (
    AXE,
    AXE_TAGS,
    CHROMEDRIVER,
    CHROMIUM,
    ROOT,
    axe_violations,
    chromium,
    copy_build,
)

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/handoutkit-shots")  # one pair kept for people to look at
LEAFLET, SPANISH, GUIDE = ("leg-cramps-in-pregnancy", "leg-cramps-in-pregnancy.es",
                           "leg-cramps-in-pregnancy-guide")
LANGUAGES = ROOT / "tests" / "fixtures" / "languages"
HEAT = ("heat.md", "heat.ar.md", "heat.zh-Hans.md")  # English, Arabic, simplified Chinese
PAGES = {"leaflet": f"html/{LEAFLET}.html", "spanish": f"html/{SPANISH}.html",
         "guide": f"html/{GUIDE}.html", "arabic": "html/heat.ar.html",
         "chinese": "html/heat.zh-Hans.html", "catalogue": "index.html"}
# The narrator's scripts: a staff page to read aloud from, not the site (no web fonts), held
# to the same WCAG checks and large-print reflow.
SCRIPTS = {"narrator": f"narrator/{LEAFLET}.html", "narrator-arabic": "narrator/heat.ar.html"}
ACCESSIBLE = {**PAGES, **SCRIPTS}  # what axe and the 320 px reflow check
NO_RECORDING = {"arabic": "html/heat.ar.html", "english": "html/heat.html"}
WITH_AUDIO = {"leaflet": LEAFLET, "spanish": SPANISH}


def _require_tools() -> None:
    """Fail, never skip, when a tool is missing, saying how to get it."""
    missing = [f"{path} (apt-get install {pkg})" for path, pkg in
               ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")) if not path.exists()]
    if not AXE.is_file():
        missing.append(f"{AXE} (cd tests/browser && npm ci)")
    if missing:
        pytest.fail("browser tests need: " + "; ".join(missing) + " — `make test` installs them",
                    pytrace=False)


@pytest.fixture(scope="module")
def site(sample_build: Layout, tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """The run's sample build, copied, with the heat fixture's pages (see the module
    docstring)."""
    _require_tools()
    layout = copy_build(sample_build, tmp_path_factory.mktemp("site"))
    for name in HEAT:
        shutil.copy(LANGUAGES / name, layout.handouts_dir / name)
    config = load_config(layout.handouts_dir)
    heat = [layout.handouts_dir / name for name in HEAT]
    report = Builder(layout, config, ["pdf", "html", "narrator"], jobs=2).build(
        heat, lambda path: None)
    assert not report.failed, report.failed
    Builder(layout, config, ["html"]).finish(sorted(layout.handouts_dir.glob("*.md")),
                                             lambda path: None)
    return layout


class _RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files with HTTP Range support, which browsers need to seek in an MP3."""

    def send_head(self) -> Any:
        found = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not found or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        start, end = int(found[1]), min(int(found[2] or size - 1), size - 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        source = path.open("rb")
        source.seek(start)
        self.remaining = end - start + 1
        return source

    def copyfile(self, source: Any, outputfile: Any) -> None:
        remaining = getattr(self, "remaining", None)
        if remaining is None:
            super().copyfile(source, outputfile)
        else:
            outputfile.write(source.read(remaining))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass


@pytest.fixture(scope="module")
def origin(site: Layout) -> Iterator[str]:
    """The build folder served on 127.0.0.1 by a thread; yields its base URL."""
    handler = functools.partial(_RangeHandler, directory=str(site.build_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()



@pytest.fixture(scope="module")
def browser(site: Layout, tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    driver = chromium(tmp_path_factory.mktemp("profile"))
    yield driver
    driver.quit()


def _open(browser: webdriver.Chrome, url: str, width: int = 1280) -> None:
    browser.set_window_size(width, 900)
    browser.get(url)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && document.fonts.status === 'loaded'"))


def _js(browser: webdriver.Chrome, script: str, *args: Any) -> Any:
    return browser.execute_script(script, *args)


# ---- accessibility ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("page", ACCESSIBLE)
def test_axe_finds_no_wcag_violations(browser, origin: str, page: str, width: int) -> None:
    _open(browser, f"{origin}/{ACCESSIBLE[page]}", width)
    violations = axe_violations(browser, {"type": "tag", "values": AXE_TAGS})
    assert violations == [], "\n".join(f"{v['id']}: {v['help']} at {v['where']}"
                                       for v in violations)
    # 7:1 contrast, and no two landmarks of one role and name (every box is a region headed
    # "Get help now", as the panel is: each is named apart, writers/html/regions.py)
    more = axe_violations(browser, {"type": "rule",
                                    "values": ["color-contrast-enhanced", "landmark-unique"]})
    assert more == [], more



@pytest.mark.parametrize("page", ACCESSIBLE)
def test_page_reflows_at_320_px_with_large_text(browser, origin: str, page: str) -> None:
    _open(browser, f"{origin}/{ACCESSIBLE[page]}", 320)
    widths = _js(browser, "const e = document.documentElement;"
                          "return [e.scrollWidth, e.clientWidth, window.innerWidth];")
    assert widths[2] == 320 and widths[0] <= widths[1], widths
    body_px = _js(browser, "return parseFloat(getComputedStyle(document.body).fontSize);")
    assert body_px >= 22.5


@pytest.mark.parametrize("page", PAGES)
def test_fonts_load_and_nothing_comes_from_elsewhere(browser, origin: str, page: str) -> None:
    _open(browser, f"{origin}/{PAGES[page]}")
    assert _js(browser, "return document.fonts.check('700 22px \"Atkinson Hyperlegible\"');")
    fetched = _js(browser, "return performance.getEntriesByType('resource').map(e => e.name);")
    assert fetched and [url for url in fetched if not url.startswith(origin)] == []


@pytest.mark.parametrize(("page", "lang", "direction"), [
    ("arabic", "ar", "rtl"), ("chinese", "zh-Hans", "ltr"), ("leaflet", "en-US", "ltr")])
def test_pages_take_their_handouts_language_and_direction(
        browser, origin: str, page: str, lang: str, direction: str) -> None:
    _open(browser, f"{origin}/{PAGES[page]}")
    assert _js(browser, "return [document.documentElement.lang, "
                        "getComputedStyle(document.querySelector('main')).direction];") == [
        lang, direction]


_X_OF = """
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
const x = {};
for (let node; (node = walker.nextNode());) {
  for (const part of arguments[0]) {
    const at = node.data.indexOf(part);
    if (at < 0 || part in x) continue;
    const range = document.createRange();
    range.setStart(node, at); range.setEnd(node, at + part.length);
    x[part] = range.getBoundingClientRect().x;
  }
}
return arguments[0].map(part => x[part]);
"""


def test_left_to_right_runs_keep_their_order_on_a_right_to_left_page(
        browser, origin: str) -> None:
    """'40 °C (104 °F)' inside Arabic reads left to right as written: 40 before 104; bare
    bidi would show 'C (104 °F)° 40'."""
    _open(browser, f"{origin}/{PAGES['arabic']}")
    forty, hundred_four = _js(browser, _X_OF, ["40 °C", "104 °F"])
    assert forty < hundred_four


@pytest.mark.parametrize("page", NO_RECORDING)
def test_a_page_with_no_recording_says_so_and_has_no_player(
        browser, origin: str, page: str) -> None:
    _open(browser, f"{origin}/{NO_RECORDING[page]}")
    assert not browser.find_elements(By.CSS_SELECTOR, "audio, details.readalong, script")
    notice = browser.find_element(By.CSS_SELECTOR, "main .no-recording")
    assert notice.is_displayed() and notice.text


def test_translations_link_each_other_in_their_own_script(browser, origin: str) -> None:
    _open(browser, f"{origin}/{PAGES['chinese']}")
    links = browser.find_elements(By.CSS_SELECTOR, "nav.translations a")
    assert [(a.text, a.get_attribute("lang"), a.get_attribute("dir")) for a in links] == [
        ("English", "en-US", "ltr"), ("العربية", "ar", "rtl")]
    links[1].send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith("/html/heat.ar.html"))


# ---- the recording ---------------------------------------------------------------------


def _wait_for_metadata(browser: webdriver.Chrome) -> float:
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.querySelector('audio').readyState >= 1"))
    return _js(browser, "return document.querySelector('audio').duration;")


@pytest.mark.parametrize("page", WITH_AUDIO)
def test_player_loads_the_mp3(browser, origin: str, site: Layout, page: str) -> None:
    _open(browser, f"{origin}/{PAGES[page]}")
    duration = _wait_for_metadata(browser)
    expected = MP3(site.output(WITH_AUDIO[page], "audio")).info.length
    assert duration > 0 and duration == pytest.approx(expected, abs=0.2)
    assert _js(browser, "return document.querySelector('track').track.mode") == "showing"


def test_chapter_links_move_the_player_by_keyboard(browser, origin: str) -> None:
    _open(browser, f"{origin}/{PAGES['leaflet']}")
    _wait_for_metadata(browser)
    links = browser.find_elements(By.CSS_SELECTOR, "nav.chapters a")
    assert len(links) >= 3
    for link in (links[2], links[-1], links[0]):
        link.send_keys(Keys.ENTER)  # a real key press on the focused link
        now = _js(browser, "const a = document.querySelector('audio'); a.pause();"
                           "return a.currentTime;")
        assert abs(now - float(link.get_attribute("data-start"))) <= 0.5
        assert link.get_attribute("aria-current") == "time"


def test_read_along_marks_the_sentence_being_read(browser, origin: str) -> None:
    _open(browser, f"{origin}/{PAGES['leaflet']}")
    _wait_for_metadata(browser)
    browser.find_element(By.CSS_SELECTOR, "details.readalong summary").send_keys(Keys.ENTER)
    cues = browser.find_elements(By.CSS_SELECTOR, "a.cue")
    middle, late, other = cues[len(cues) // 2], cues[-3], cues[3]

    _seek(browser, middle, play=False)  # seeking alone marks the sentence
    WebDriverWait(browser, 5).until(lambda d: middle.get_attribute("aria-current") == "time")
    assert len(browser.find_elements(By.CSS_SELECTOR, "a.cue[aria-current]")) == 1

    _js(browser, "window.scrollTo(0, 0);")
    _seek(browser, late, play=True)  # while playing, the sentence is scrolled into view
    WebDriverWait(browser, 5).until(lambda d: d.execute_script(
        "const a = document.querySelector('a.cue[aria-current]');"
        "const r = a && a.getBoundingClientRect();"
        "return r && r.top >= 0 && r.bottom <= innerHeight;"))

    other.send_keys(Keys.ENTER)  # activating a sentence plays from there
    now = _js(browser, "const a = document.querySelector('audio');"
                       "const t = a.currentTime; a.pause(); return t;")
    assert abs(now - float(other.get_attribute("data-start"))) <= 0.5
    assert other.get_attribute("aria-current") == "time"


def _seek(browser: webdriver.Chrome, cue: Any, play: bool) -> None:
    """Put the player just inside a cue, as a listener dragging the slider would."""
    _js(browser, "const a = document.querySelector('audio');"
                 "a.currentTime = Number(arguments[0].dataset.start) + 0.1;"
                 "if (arguments[1]) { a.play(); }", cue, play)


def test_without_javascript_chapters_still_play_from_their_time(
        origin: str, tmp_path: Path) -> None:
    driver = chromium(tmp_path / "profile", javascript=False)
    try:
        _open(driver, f"{origin}/{PAGES['leaflet']}")
        assert _wait_for_metadata(driver) > 0  # the browser's own player needs no script
        link = driver.find_elements(By.CSS_SELECTOR, "nav.chapters a")[-1]
        start = float(link.get_attribute("data-start"))
        assert link.text.startswith(link.find_element(By.TAG_NAME, "time").text)  # time shown
        link.send_keys(Keys.ENTER)  # follows the media-fragment link to the MP3 itself
        WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith(f"#t={start:.3f}"))
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "const m = document.querySelector('video, audio'); return m && m.readyState >= 1;"))
        now = _js(driver, "return document.querySelector('video, audio').currentTime;")
        assert start - 0.5 <= now <= start + 5
    finally:
        driver.quit()


# ---- screenshots -----------------------------------------------------------------------


def _full_page_png(browser: webdriver.Chrome, dest: Path) -> None:
    size = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
    shot = browser.execute_cdp_cmd("Page.captureScreenshot",
                                   {"format": "png", "captureBeyondViewport": True, "clip": clip})
    dest.write_bytes(base64.b64decode(shot["data"]))


def test_screenshots_at_320_and_1280_px(browser, origin: str, tmp_path: Path) -> None:
    for page in PAGES:
        for width in (320, 1280):
            _open(browser, f"{origin}/{PAGES[page]}", width)
            _full_page_png(browser, tmp_path / f"{page}-{width}.png")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet-320.png", "leaflet-1280.png", "catalogue-320.png",
                 "catalogue-1280.png", "arabic-1280.png", "chinese-1280.png"):
        assert (tmp_path / name).stat().st_size > 10_000
        shutil.copy(tmp_path / name, SHOTS / name)
