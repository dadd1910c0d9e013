"""The audit page of the samples and the language fixtures in Debian's headless Chromium:
axe-core finds nothing at 320 and 1280 px, the page reflows, and it lists every handout
with the same data as audit.json. Built with the leaflets and pages only (no recordings):
the audit then also shows outputs missing, with why."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By

from handoutkit.cli import main
from handoutkit.files import Layout, find_handouts
from tests.helpers import (
    AXE,
    AXE_TAGS,
    CHROMEDRIVER,
    CHROMIUM,
    ROOT,
    SAMPLES,
    TEMPLATES,
    axe_violations,
    chromium,
)

pytestmark = pytest.mark.browser

LANGUAGES = ROOT / "tests" / "fixtures" / "languages"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            pytest.fail(f"{path} is missing (apt-get install {package})", pytrace=False)
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing (cd tests/browser && npm ci)", pytrace=False)
    root = tmp_path_factory.mktemp("audit")
    shutil.copytree(SAMPLES, root / "handouts")
    for fixture in LANGUAGES.glob("*.md"):
        shutil.copy(fixture, root / "handouts" / fixture.name)
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    assert main(["build", "--formats", "pdf,html", "--quiet",
                 "--handouts-dir", str(layout.handouts_dir),
                 "--build-dir", str(layout.build_dir)]) == 0
    return layout


@pytest.fixture(scope="module")
def browser(library: Layout, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[webdriver.Chrome]:
    driver = chromium(tmp_path_factory.mktemp("profile"), script_timeout=60)
    yield driver
    driver.quit()


def _open(browser: webdriver.Chrome, page: Path, width: int) -> None:
    browser.set_window_size(width, 900)
    browser.get(page.as_uri())



@pytest.mark.parametrize("width", [1280, 320])
def test_axe_finds_no_violations_on_the_audit(browser, library: Layout, width: int) -> None:
    _open(browser, library.build_dir / "audit.html", width)
    violations = axe_violations(browser, {"type": "tag", "values": AXE_TAGS})
    assert violations == [], "\n".join(f"{v['id']}: {v['help']} at {v['where']}"
                                       for v in violations)
    assert axe_violations(browser, {"type": "rule", "values": ["color-contrast-enhanced"]}) == []


def test_the_audit_reflows_at_320_px_and_is_plain_html(browser, library: Layout) -> None:
    _open(browser, library.build_dir / "audit.html", 320)
    widths = browser.execute_script("const e = document.documentElement;"
                                    "return [e.scrollWidth, e.clientWidth, window.innerWidth];")
    assert widths[2] == 320 and widths[0] <= widths[1], widths
    headings = [int(h.tag_name[1]) for h in browser.find_elements(
        By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")]
    assert headings.count(1) == 1 and headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:], strict=False))
    assert browser.find_elements(By.TAG_NAME, "script") == []
    captions = browser.find_elements(By.CSS_SELECTOR, "table > caption")
    assert len(captions) == len(browser.find_elements(By.TAG_NAME, "table")) > 1


def test_the_audit_lists_every_handout_as_its_json_does(browser, library: Layout) -> None:
    _open(browser, library.build_dir / "audit.html", 1280)
    data = json.loads((library.build_dir / "audit.json").read_text(encoding="utf-8"))
    files = [p.name for p in find_handouts(library.handouts_dir)]
    assert [h["file"] for h in data["handouts"]] == files
    assert len(files) == 14  # the three samples and the eleven languages of the fixture
    rows = browser.find_elements(By.XPATH, "//caption[@id='overview-caption']/../tbody/tr/th")
    assert [row.text for row in rows] == files
    for handout in data["handouts"]:
        assert set(handout) >= {"approval", "review", "translation", "outputs", "reading",
                                "warnings", "pemat", "pre_score", "last_change"}
        section = browser.find_element(By.ID, f"audit-{handout['name']}").text
        assert section.startswith(handout["file"])
    tagalog = next(h for h in data["handouts"] if h["name"] == "heat.tl")
    assert tagalog["outputs"]["audio"]["why_missing"].startswith("no offline voice")
    assert tagalog["outputs"]["braille"]["why_missing"].startswith("no braille table")
    spanish = next(h for h in data["handouts"] if h["name"] == "leg-cramps-in-pregnancy.es")
    assert spanish["translation"]["status"] in ("in step", "stale")
