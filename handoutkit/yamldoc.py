"""Safe YAML reading that keeps the line of every top-level key and refuses aliases."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from handoutkit.errors import Problem


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases: handouts never need them, and
    aliases can expand a few lines into gigabytes (a "YAML bomb")."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


@dataclass(frozen=True)
class YamlMapping:
    """A parsed YAML mapping with the 1-based line of each key."""

    data: dict[str, Any]
    lines: dict[str, int]

    def line_of(self, key: str, default: int) -> int:
        return self.lines.get(key, default)


def parse_mapping(text: str, path: Path, first_line: int = 1) -> YamlMapping:
    """Parse ``text`` as a YAML mapping; ``first_line`` is the file line of the text's first line.

    Raises ``YamlSyntax`` carrying the problem when the text is not a YAML mapping.
    """
    try:
        loader = _NoAliasLoader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        hint = ("write the value out in full" if "alias" in str(exc.problem)
                else "check the indentation and put text with ':' or '#' in quotes")
        raise YamlSyntax(Problem(path, line, f"YAML is not valid: {exc.problem}", hint)) from None
    if node is None:
        return YamlMapping({}, {})
    if not isinstance(node, yaml.MappingNode):
        raise YamlSyntax(Problem(path, first_line, "expected 'key: value' lines",
                                 "write one setting per line, like 'title: Leg cramps'"))
    data = yaml.SafeLoader(text).construct_document(node)
    lines = {str(k.value): first_line + k.start_mark.line for k, _ in node.value}
    return YamlMapping({str(k): v for k, v in data.items()}, lines)


class YamlSyntax(Exception):
    """YAML that cannot be read as a mapping; carries the one problem found."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))
