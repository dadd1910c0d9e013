"""Each "Get help now" box of the web page gets a region name no other region has."""

from __future__ import annotations

from pathlib import Path

from handoutkit.reader.loader import load_handout
from handoutkit.writers.html.regions import box_names
from tests.helpers import front_matter


def _names(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "boxes.md"
    path.write_text(front_matter() + "\n" + body, encoding="utf-8")
    return list(box_names(load_handout(path, tmp_path), "Get help now", ": ").values())


def test_a_box_is_named_by_its_opening_bold_words(tmp_path: Path) -> None:
    body = ("## When to get help\n\n> [!WARNING]\n> **Call 911** if you faint.\n\n"
            "> [!CAUTION]\n> **Call us right away:** if one leg is red.\n")
    assert _names(tmp_path, body) == ["Get help now: Call 911", "Get help now: Call us right away"]


def test_boxes_opening_alike_take_their_sections_titles_then_numbers(tmp_path: Path) -> None:
    body = ("> [!WARNING]\n> Call 911 if you faint.\n\n"
            "## Clots\n\n> [!WARNING]\n> **Call 911** for chest pain.\n\n"
            "## Blood pressure\n\n> [!WARNING]\n> **Call 911** for a seizure.\n\n"
            "> [!WARNING]\n> **Call 911** for a bad headache.\n")
    assert _names(tmp_path, body) == [
        "Get help now (1)",  # before any section, with no bold words: apart from the panel
        "Get help now: Clots",
        "Get help now: Blood pressure (1)",
        "Get help now: Blood pressure (2)",
    ]
