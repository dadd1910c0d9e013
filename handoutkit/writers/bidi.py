"""Left-to-right runs inside right-to-left text, isolated so they keep their order (the
leaflet, the web page and the EPUB).

In an Arabic or Hebrew line, "40 °C (104 °F)" laid out by the Unicode bidi algorithm alone
comes out as "C (104 °F)° 40": the digits, the degree sign and the Latin letters are split
into runs that are placed right to left. Wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL
ISOLATE (which draw nothing and are not extracted), the run stays "40 °C (104 °F)".
"""

from __future__ import annotations

import logging
import re

from markupsafe import Markup

from handoutkit.writers.keep_together import keep_together

logger = logging.getLogger(__name__)

LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
# A run that starts with a Latin letter, a digit or "(" before one, and ends with a letter, a
# digit, ")", "%" or "°": "911", "Ibuprofen 200 mg", "40 °C (104 °F)", "(ORS)".
_LTR_RUN = re.compile(r"\(?[A-Za-z0-9][A-Za-z0-9 .,:/°%+\-–()]*(?<=[A-Za-z0-9)%°])")


def isolated(run: str) -> str:
    """``run`` between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE."""
    return f"{LTR_ISOLATE}{run}{POP_ISOLATE}"


def isolate_ltr(text: str) -> str:
    """``text`` with each left-to-right run isolated; its brackets always in pairs."""
    return _LTR_RUN.sub(lambda m: _isolated(m.group()), text)


def _isolated(run: str) -> str:
    head, tail = "", ""
    while run.count("(") != run.count(")"):  # a bracket's partner is outside the run
        if run.count("(") > run.count(")") and run.startswith("("):
            head, run = head + "(", run[1:]
        elif run.endswith(")"):
            run, tail = run[:-1], ")" + tail
        else:
            return head + run + tail  # unbalanced inside: leave it to the bidi algorithm
    return f"{head}{isolated(run)}{tail}" if run else head + tail


def in_order(text: str, direction: str) -> str:
    """``text`` as a handout in ``direction`` prints it: left-to-right runs isolated in a
    right-to-left handout, unchanged otherwise."""
    return isolate_ltr(text) if direction == "rtl" else text


def keep_together_in_order(text: str, direction: str) -> Markup:
    """The leaflet's text filter: ranges and phone numbers kept on one line
    (`keep_together`), and in a right-to-left handout its left-to-right runs isolated."""
    return keep_together(in_order(text, direction))
