"""Hear a phrase before building: each line of text as the words the voice will be given.

``handoutkit say --lang es-US "Tome 1 tableta"`` → "Tome una tableta". The clinic's
pronunciations apply as in a build; with ``rules`` each line also names the normaliser rules
that changed it, so a clinic can see why a phrase is read the way it is.
"""

import logging
from collections.abc import Iterable, Iterator, Mapping

from handoutkit.speech.normalize import explain

logger = logging.getLogger(__name__)


def spoken_lines(lines: Iterable[str], lang: str, overrides: Mapping[str, str],
                 rules: bool = False) -> Iterator[str]:
    """One spoken line per line of text, as soon as each is read."""
    for line in lines:
        said, fired = explain(line.rstrip("\r\n"), lang, overrides)
        yield f"{said}  [{', '.join(fired)}]" if rules else said
