"""One handout in several languages, as its pages link them: each language's own name
(CLDR, through Babel), its direction and the page of each translation."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from pathlib import Path

import babel

from handoutkit.errors import HandoutError
from handoutkit.files import Layout
from handoutkit.language import UNDETERMINED, direction, primary_language
from handoutkit.model import Handout
from handoutkit.reader.loader import load_handout
from handoutkit.reader.translations import siblings, stem_and_tag
from handoutkit.writers.html.recording import relative_href

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Version:
    """A handout in one language, as another language's page links it."""

    name: str  # "back-pain.es"
    tag: str  # its BCP 47 tag, for lang and hreflang
    dir: str  # "ltr" or "rtl"
    language: str  # the language's own name: "Español", "العربية"
    title: str
    href: str  # its page, relative to the linking page


@functools.lru_cache(maxsize=256)
def language_name(tag: str) -> str:
    """The language's name in itself, with its script where CLDR names one ("中文 (繁體)"),
    without the region; the tag itself for a language CLDR does not know."""
    if primary_language(tag) == UNDETERMINED:
        return tag  # Babel would take "und" for English
    try:
        parsed = babel.Locale.parse(tag, sep="-")
        locale = babel.Locale(parsed.language, script=parsed.script)
        name = locale.get_display_name(locale) or tag
    except (babel.UnknownLocaleError, ValueError, TypeError):
        return tag
    return name[:1].upper() + name[1:]


def source_first(name: str, tag: str) -> tuple[bool, str]:
    """Sort key: the source (no language in its file name) first, then by tag."""
    return stem_and_tag(name)[1] is not None, tag.casefold()


def versions(handout: Handout, layout: Layout, page_dir: Path) -> tuple[Version, ...]:
    """Every language of ``handout`` that loads (itself included), the source first;
    empty when it has no translation. A translation with errors is left out: it has no
    page, and its own errors say why."""
    found = [handout]
    for path in siblings(handout.path):
        try:
            found.append(load_handout(path, layout.handouts_dir))
        except HandoutError:
            logger.debug("%s does not load; not linked from %s", path, handout.name)
    if len(found) < 2:
        return ()
    found.sort(key=lambda h: source_first(h.name, h.meta.lang))
    return tuple(Version(h.name, h.meta.lang, direction(h.meta.lang), language_name(h.meta.lang),
                         h.meta.title, relative_href(layout.output(h.name, "html"), page_dir))
                 for h in found)
