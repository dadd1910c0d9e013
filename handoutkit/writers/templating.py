"""The Jinja2 environment shared by the leaflet and the web page."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

import jinja2

from handoutkit.errors import OutputError
from handoutkit.writers.keep_together import keep_together


def _kind(node: Any) -> str:
    return type(node).__name__


def _css_string(text: str) -> str:
    """Escape text for use inside a double-quoted CSS string; a line break becomes "\\A "."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")


def _unknown(node: Any) -> NoReturn:
    raise OutputError(f"the templates cannot render a {type(node).__name__} block")


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """A strict environment: undefined names and unknown model nodes are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
    )
    env.filters["kind"] = _kind
    env.filters["css_string"] = _css_string
    env.filters["keep_together"] = keep_together
    env.globals["unknown"] = _unknown
    return env
