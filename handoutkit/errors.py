"""Problems found in handouts and settings, each with a location and a fix."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong at one place in one file, and how to fix it."""

    path: Path
    line: int  # 1-based line in the file
    message: str
    hint: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: error: {self.message} — {self.hint}"


@dataclass(frozen=True)
class LintWarning:
    """Something worth fixing that does not stop the build."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: warning: {self.message}"


class HandoutError(Exception):
    """Base class for every error the build reports to the user without a traceback."""


class ProblemsError(HandoutError):
    """One or more problems found while reading a file; all are reported at once."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class ContentError(ProblemsError):
    """A handout breaks a rule of the content format."""


class ConfigError(ProblemsError):
    """clinic.yaml, pronunciations.yaml or a labels file is not valid."""


class OutputError(HandoutError):
    """An output could not be produced (an engine failed, a file could not be written)."""
