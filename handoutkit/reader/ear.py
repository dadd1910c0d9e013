"""Lint rules for the listener: words that point at the page, which the audio cannot show.

"See the table below", "as shown above", "see page 2", "la tabla de abajo", "ver página 3"
mean nothing read aloud. Each match is one warning at its line, with wording to use instead.
Directions stay allowed when a word follows ("pain below the ribs", "toes pointing up"):
only "below"/"above" at the end of a phrase, or after a word like "see" or "table", point
at the page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from handoutkit.language import primary_language

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VisualRule:
    """What a kind of visual reference looks like in one language, and what to say instead."""

    kind: str  # "figure", "page" or "place"
    pattern: re.Pattern[str]
    instead: str  # suggested wording


def _rule(kind: str, pattern: str, instead: str) -> VisualRule:
    return VisualRule(kind, re.compile(pattern, re.IGNORECASE), instead)


_FIGURE_EN = r"(?:table|chart|diagram|figure|picture|graph|box)"
_FIGURE_ES = r"(?:la tabla|el cuadro|la figura|el gráfico|la imagen|el recuadro)"
_TELLING_EN = r"(?:see|listed|shown|given|described|mentioned|explained|as|read)"

RULES: dict[str, tuple[VisualRule, ...]] = {
    "en": (
        _rule("figure", rf"\b(?:(?:see|in|from|use|follow|check) (?:the|this) {_FIGURE_EN}"
                        rf"(?: (?:below|above))?|the {_FIGURE_EN} (?:below|above|shows|lists))\b",
              "say what it holds instead, e.g. 'these things help:' (a listener cannot see a "
              "table or picture)"),
        _rule("page", r"\b(?:see|on|turn to) (?:page \d+|the (?:next|back|other) (?:page|side))"
                      r"|\b(?:overleaf|see over|turn over)\b",
              "name the section instead, e.g. 'in the part called When to get help' "
              "(the audio has no pages)"),
        _rule("place", rf"\b{_TELLING_EN} (?:below|above)\b"
                       r"|\b(?:below|above)(?=\s*(?:[.,;:!?)]|$))",
              "say what comes instead, e.g. 'these steps:', 'the next part' or 'as said before' "
              "(a listener cannot see what is below or above)"),
    ),
    "es": (
        _rule("figure", rf"(?:\b(?:vea|ver|en|según|use|siga) {_FIGURE_ES}"
                        rf"(?: (?:de )?(?:abajo|arriba|siguiente))?|{_FIGURE_ES} "
                        r"(?:de abajo|de arriba|siguiente|muestra))\b",
              "diga lo que contiene, p. ej. 'estas cosas ayudan:' (quien escucha no ve la tabla)"),
        _rule("page", r"\b(?:vea|ver|en) (?:la )?página(?: \d+)?\b|\bal (?:dorso|reverso)\b",
              "nombre la sección, p. ej. 'en la parte Cuándo pedir ayuda' (el audio no tiene "
              "páginas)"),
        _rule("place", r"(?<!hacia )(?<!boca )(?<!para )\b(?:más )?(?:abajo|arriba)\b",
              "diga qué viene, p. ej. 'estos pasos:' o 'como se dijo antes' (quien escucha no "
              "ve qué está abajo o arriba)"),
    ),
    "fr": (
        _rule("figure", r"\b(?:voir|dans) (?:le tableau|la figure|l’image|l'image)\b",
              "dites ce qu’il contient (l’auditeur ne voit pas le tableau)"),
        _rule("page", r"\bvoir (?:la )?page(?: \d+)?\b|\bau verso\b",
              "nommez la partie (l’audio n’a pas de pages)"),
        _rule("place", r"\bci-(?:dessous|dessus)\b",
              "dites ce qui suit (l’auditeur ne voit pas la page)"),
    ),
}


@dataclass(frozen=True)
class VisualReference:
    """One place a handout points at the page."""

    line: int
    words: str  # as written: "see the table below"
    instead: str


def visual_references(chunks: Iterable[tuple[int, str]], lang: str,
                      source_lines: list[str]) -> Iterator[VisualReference]:
    """Every visual reference in the text chunks, first rule first, never two for one place."""
    rules = RULES.get(primary_language(lang), ())
    for line, text in chunks:
        taken: list[tuple[int, int]] = []
        for rule in rules:
            for match in rule.pattern.finditer(text):
                if any(start < match.end() and match.start() < end for start, end in taken):
                    continue
                taken.append(match.span())
                yield VisualReference(_line_of(match.group(), line, source_lines),
                                      match.group(), rule.instead)


def _line_of(words: str, first: int, source_lines: list[str]) -> int:
    """The file line holding ``words`` in a block that starts at line ``first``."""
    wanted = " ".join(words.lower().split())
    for number in range(first, len(source_lines) + 1):
        text = source_lines[number - 1]
        if not text.strip():
            break
        if wanted in " ".join(text.lower().split()):
            return number
    return first
