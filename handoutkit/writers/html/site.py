"""What every web page shares: the template environment and the files copied beside pages."""

from __future__ import annotations

import logging
from pathlib import Path

import fontpkg_atkinson_hyperlegible as atkinson
import jinja2

from handoutkit.files import atomic_output
from handoutkit.language import direction
from handoutkit.model import Handout, handout_images
from handoutkit.writers.bidi import keep_together_in_order
from handoutkit.writers.html.labels import format_clock, iso_duration
from handoutkit.writers.html.recording import relative_href
from handoutkit.writers.templating import make_environment

logger = logging.getLogger(__name__)

FONT_DIR = atkinson.ROOT / "files"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")
STATIC_FILES = ("page.css", "readalong.js")  # copied from templates/html/ unchanged


def web_environment(templates_dir: Path) -> jinja2.Environment:
    """The shared template environment plus the filters web pages use for times, and the
    text filter that keeps a right-to-left page's left-to-right runs in order."""
    env = make_environment(templates_dir)
    env.filters.update(clock=format_clock,
                       iso_duration=iso_duration, seconds=_seconds, direction=direction)
    env.filters["keep_together"] = jinja2.pass_context(
        lambda context, text: keep_together_in_order(text, direction(context["lang"])))
    return env


def _seconds(value: float) -> str:
    """Seconds for a media fragment or data attribute, to the millisecond: "12.345"."""
    return f"{value:.3f}"


def root_href(build_dir: Path, page_dir: Path) -> str:
    """The relative URL from a page's folder to the build folder: "../", or "" at the top."""
    href = relative_href(build_dir, page_dir)
    return "" if href == "." else f"{href}/"


def publish_assets(templates_dir: Path, html_dir: Path) -> None:
    """Copy the stylesheet, the read-along script and the fonts into ``html_dir``.

    Several pages are built at once under `make -j`; each copy is atomic and skipped when the
    file already holds the same bytes, so concurrent builds never see half a file.
    """
    for name in STATIC_FILES:
        write_if_changed((templates_dir / "html" / name).read_bytes(), html_dir / name)
    for name in FONT_FILES:
        write_if_changed((FONT_DIR / name).read_bytes(), html_dir / "fonts" / name)


def copy_images(handout: Handout, handouts_dir: Path, html_dir: Path) -> None:
    """Copy the handout's pictures to the same relative place under ``html_dir``."""
    root = handouts_dir.resolve()
    for image in handout_images(handout):
        write_if_changed(image.path.read_bytes(), html_dir / image.path.relative_to(root))


def write_if_changed(data: bytes, dest: Path) -> bool:
    """Write ``data`` to ``dest`` atomically unless it already holds exactly that."""
    if dest.is_file() and dest.read_bytes() == data:
        return False
    with atomic_output(dest) as tmp:
        tmp.write_bytes(data)
    logger.debug("copied %s", dest)
    return True
