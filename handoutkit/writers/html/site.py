"""What every web page shares: the template environment and the files copied beside pages."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import fontpkg_atkinson_hyperlegible as atkinson
import jinja2
from markupsafe import Markup
from phonenumbers import shortnumberinfo

from handoutkit.files import atomic_output
from handoutkit.language import direction
from handoutkit.model import Handout, handout_images
from handoutkit.speech.data.neutral import EMERGENCY_NUMBERS
from handoutkit.writers.bidi import keep_together_in_order
from handoutkit.writers.html.labels import format_clock, iso_duration
from handoutkit.writers.html.recording import relative_href
from handoutkit.writers.templating import make_environment

logger = logging.getLogger(__name__)

FONT_DIR = atkinson.ROOT / "files"
FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")
STATIC_FILES = ("page.css", "readalong.js")  # copied from templates/html/ unchanged
# 911, 999 or 112 on its own (not in 9110, 1.112 or 911-…): a tap-to-call link when it is an
# emergency number in the clinic's country, as the clinic's own number is.
_EMERGENCY = re.compile(r"(?<![\d.,/-])(?:" + "|".join(EMERGENCY_NUMBERS) + r")(?![\d-]|[.,]\d)")


def web_environment(templates_dir: Path) -> jinja2.Environment:
    """The shared template environment plus the filters web pages use for times, and the
    text filter that keeps a right-to-left page's left-to-right runs in order."""
    env = make_environment(templates_dir)
    env.filters.update(clock=format_clock,
                       iso_duration=iso_duration, seconds=_seconds, direction=direction)
    env.filters["keep_together"] = jinja2.pass_context(
        lambda context, text: dial_links(text, direction(context["lang"]),
                                         context["clinic"].country))
    return env


def dial_links(text: str, text_direction: str, country: str | None) -> Markup:
    """The page's text filter: the leaflet's (`keep_together_in_order`), with each emergency
    number of ``country`` a ``tel:`` link ("Call 911" is tapped to call, like the clinic's)."""
    parts, last = [], 0
    for match in _EMERGENCY.finditer(text):
        if country and shortnumberinfo.is_emergency_number(match[0], country):
            parts += [keep_together_in_order(text[last:match.start()], text_direction),
                      Markup('<a class="emergency" href="tel:%s">%s</a>') % (match[0], match[0])]
            last = match.end()
    parts.append(keep_together_in_order(text[last:], text_direction))
    return Markup("").join(parts)


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
