"""Runs of text a line must not break inside: number ranges and phone numbers.

"2.25–2.75 mmol/L" split as "2.25–" / "2.75 mmol/L", or "(555)" / "555-0134", is misread by
someone who reads one line at a time; both outputs wrap such runs in a no-wrap span.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

# A number, then "–", "-", "/", "." or spaces and more digits: 2.25–2.75, (555) 555-0134,
# 1-800-555-0199, 140/90; a unit written right after a range stays with it (2.25–2.75 mmol/L).
_RUN = re.compile(
    r"(?:\(\d+\)\s?)?\d[\d.,]*(?:\s?[–—-]\s?\d[\d.,]*|[\s/-]\d[\d.,]*)+"
    r"(?:\s?(?:%|[A-Za-zµ]+/[A-Za-z]+))?"
)


def keep_together(text: str) -> Markup:
    """``text`` escaped, with every range or phone number in a ``<span class="nowrap">``."""
    parts, last = [], 0
    for match in _RUN.finditer(text):
        parts += [escape(text[last:match.start()]),
                  Markup('<span class="nowrap">%s</span>') % match.group()]
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
