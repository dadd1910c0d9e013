"""Ranges and phone numbers stay on one line in print and on the web."""

from __future__ import annotations

import pytest

from handoutkit.writers.keep_together import keep_together


@pytest.mark.parametrize(("text", "html"), [
    ("Normal is 2.25–2.75 mmol/L today.",
     'Normal is <span class="nowrap">2.25–2.75 mmol/L</span> today.'),
    ("Call (555) 555-0134 now.", 'Call <span class="nowrap">(555) 555-0134</span> now.'),
    ("Rest 2 - 3 days.", 'Rest <span class="nowrap">2 - 3</span> days.'),
    ("Call 911 & rest <b>.", "Call 911 &amp; rest &lt;b&gt;."),  # escaped, nothing to join
])  # fmt: skip
def test_runs_are_wrapped_and_the_rest_escaped(text: str, html: str) -> None:
    assert str(keep_together(text)) == html
