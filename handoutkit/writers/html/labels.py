"""Words and times the web page and the catalogue show; the words come from handoutkit.labels."""

from __future__ import annotations

from handoutkit.labels import WebLabels, web_labels_for

__all__ = ["WebLabels", "format_clock", "iso_duration", "web_labels_for"]


def format_clock(seconds: float) -> str:
    """A position in a recording as players show it: "0:05", "12:40", "1:02:05"."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_duration(seconds: float) -> str:
    """An HTML `<time datetime>` duration: 109.4 → "PT1M49.4S"."""
    minutes, secs = divmod(round(seconds, 1), 60)
    secs_text = f"{secs:.1f}".removesuffix(".0")
    return f"PT{int(minutes)}M{secs_text}S" if minutes else f"PT{secs_text}S"
