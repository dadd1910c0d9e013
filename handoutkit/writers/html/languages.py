"""One handout in several languages, as its pages link them: each language's own name (as
the labels give it: the clinic's `web.language_name`, else CLDR's), its direction and the
page of each translation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handoutkit.errors import HandoutError
from handoutkit.files import Layout
from handoutkit.language import direction
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


def source_first(name: str, tag: str) -> tuple[bool, str]:
    """Sort key: the source (no language in its file name) first, then by tag."""
    return stem_and_tag(name)[1] is not None, tag.casefold()


@dataclass(frozen=True)
class _Known:
    """What a page needs of a handout in another language."""

    name: str
    tag: str
    title: str


class Translations:
    """Finds a handout's other languages; each file is loaded once while it is unchanged
    (every page of a handout in ten languages needs the other nine)."""

    def __init__(self, layout: Layout, language_name: Callable[[str], str]) -> None:
        self.layout = layout
        self.language_name = language_name  # a tag's own name, as the labels give it
        self._known: dict[tuple[Path, int, int], _Known | None] = {}

    def versions(self, handout: Handout, page_dir: Path) -> tuple[Version, ...]:
        """Every language of ``handout`` that loads (itself included), the source first;
        empty when it has no translation. A translation with errors is left out: it has no
        page, and its own errors say why."""
        found = [_Known(handout.name, handout.meta.lang, handout.meta.title)]
        found += [known for path in siblings(handout.path)
                  if (known := self._load(path)) is not None]
        if len(found) < 2:
            return ()
        found.sort(key=lambda k: source_first(k.name, k.tag))
        return tuple(Version(k.name, k.tag, direction(k.tag), self.language_name(k.tag), k.title,
                             relative_href(self.layout.output(k.name, "html"), page_dir))
                     for k in found)

    def _load(self, path: Path) -> _Known | None:
        try:
            stat = path.stat()
        except OSError:  # removed since it was listed
            return None
        key = (path, stat.st_mtime_ns, stat.st_size)
        if key not in self._known:
            try:
                other = load_handout(path, self.layout.handouts_dir)
                self._known[key] = _Known(other.name, other.meta.lang, other.meta.title)
            except HandoutError:
                logger.debug("%s does not load; its pages do not link it", path)
                self._known[key] = None
        return self._known[key]
