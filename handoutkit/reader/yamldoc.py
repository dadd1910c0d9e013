"""Safe YAML reading that keeps the line of every top-level key and refuses aliases.

Front matter and settings use a small part of YAML: text, numbers, lists and key: value
mappings. The reader refuses the rest with the line it is on, never with a traceback:

- aliases (``*name``, merge keys): a few lines could expand into gigabytes ("YAML bomb");
- nesting deeper than MAX_DEPTH (``[[[[…`` would overflow the parser's recursion);
- the same key twice (YAML keeps the last one without a word);
- keys that are lists or mappings, and tags such as ``!!python/object``.

Dates and yes/no stay text: ``reviewed: 2026-02-30`` is then a bad date the front matter
check names, not a crash, and ``No: number`` under ``speech:`` means the word "No", not false.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from handoutkit.errors import Problem
from handoutkit.reader.source import MAX_SETTINGS_BYTES, read_settings, value_problems

MAX_DEPTH = 20  # front matter needs 3 levels (sources → item → url)
_TEXT_TAGS = ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases, deep nesting, implicit dates or yes/no booleans."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in _TEXT_TAGS]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed", self.peek_event().start_mark
            )
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.MarkedYAMLError(None, None, f"values nested more than {MAX_DEPTH} "
                                           "levels deep", self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


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
        loader = _Loader(text)  # already reads the text: a control character fails here
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlMapping({}, {})
            if not isinstance(node, yaml.MappingNode):
                raise YamlSyntax(Problem(path, first_line, "expected 'key: value' lines",
                                         "write one setting per line, like 'title: Leg cramps'"))
            return _mapping(loader, node, path, first_line)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise YamlSyntax(_problem(exc, text, path, first_line)) from None


def _mapping(loader: _Loader, node: yaml.MappingNode, path: Path, first_line: int) -> YamlMapping:
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        line = first_line + key_node.start_mark.line
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlSyntax(Problem(path, line, "a setting's name must be a plain word",
                                     "write 'name: value', one setting per line"))
        key = str(loader.construct_object(key_node, deep=True))
        if key in data:
            raise YamlSyntax(Problem(path, line, f"'{key}' is set twice (also on line "
                                     f"{lines[key]})", "keep one of the two lines"))
        try:
            data[key] = loader.construct_object(value_node, deep=True)
        except ValueError:  # the one left: an integer of more than 4,300 digits
            raise YamlSyntax(Problem(path, line, f"'{key}' has a number too long to read",
                                     "write it in quotes if it is text")) from None
        lines[key] = line
        if isinstance(value_node, yaml.MappingNode):
            lines.update(_inner_lines(key, value_node, first_line))
    return YamlMapping(data, lines)


def _inner_lines(key: str, node: yaml.MappingNode, first_line: int) -> dict[str, int]:
    """The lines of a nested mapping's keys, as "key.inner" (e.g. a labels file's web:)."""
    return {f"{key}.{inner.value}": first_line + inner.start_mark.line
            for inner, _ in node.value if isinstance(inner, yaml.ScalarNode)}


def _problem(exc: yaml.YAMLError, text: str, path: Path, first_line: int) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        line = first_line + mark.line
    else:  # a ReaderError (a control character) knows only its position
        line = first_line + text[: getattr(exc, "position", 0)].count("\n")
    reason = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
    if "alias" in reason:
        hint = "write the value out in full"
    elif "nested" in reason:
        hint = "use at most a list of 'key: value' items"
    elif "constructor" in reason or "unhashable" in reason:
        hint = "write plain text, numbers and lists only; no '!!' tags"
    else:
        hint = "check the indentation and put text with ':' or '#' in quotes"
    return Problem(path, line, f"YAML is not valid: {reason}", hint)


def read_mapping(path: Path, handouts_dir: Path, problems: list[Problem],
                 max_bytes: int = MAX_SETTINGS_BYTES) -> YamlMapping | None:
    """A settings file a clinic writes, read by the handouts' rules (``read_settings``) and
    parsed; None when it is absent or has a problem (added to ``problems`` with its line)."""
    before = len(problems)
    text = read_settings(path, handouts_dir, problems, max_bytes)
    if text is None or len(problems) > before:  # hidden characters: reported once, at their line
        return None
    try:
        doc = parse_mapping(text, path)
    except YamlSyntax as exc:
        problems.append(exc.problem)
        return None
    found = value_problems(doc.data, lambda key: doc.line_of(key, 1), text, path)
    problems += found
    return None if found else doc


class YamlSyntax(Exception):
    """YAML that cannot be read as a mapping; carries the one problem found."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))
