"""What the open pages need to know: which pages were written, and what failed, with a
version."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class PreviewState:
    """Versions that move when a handout's outputs or problems change; shared by threads.
    Every version comes from one counter, so a page's version is the largest that applies."""

    versions: dict[str, int] = field(default_factory=dict)  # handout name → its version
    problems: dict[str, str] = field(default_factory=dict)  # handout name → its error text
    settings_problem: str | None = None  # clinic.yaml or pronunciations.yaml is not valid
    settings_version: int = 0  # when the settings' problem last came or went
    latest: int = 0  # the counter; also the catalogue's version
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wrote(self, name: str | None) -> None:
        """A build wrote the page of the handout ``name`` (None: the catalogue): the open
        page reloads. The live preview writes a page twice when it voices an edit: first
        with the new text, then with the new recording."""
        with self._lock:
            self.latest += 1
            if name is not None:
                self.versions[name] = self.latest

    def record(self, looked_at: Iterable[str], failed: dict[str, str]) -> None:
        """A build looked at these handouts and some failed: a page whose error came, went
        or changed reloads."""
        with self._lock:
            touched = set()
            for name in looked_at:
                if self.problems.get(name) != failed.get(name):
                    touched.add(name)
                    self.problems.pop(name, None)
            self.problems.update(failed)
            if touched:
                self.latest += 1
                self.versions.update(dict.fromkeys(touched, self.latest))

    def settings(self, problem: str | None) -> None:
        """The settings files are valid again (None) or have this problem."""
        with self._lock:
            if problem != self.settings_problem:
                self.settings_problem = problem
                self.latest += 1
                self.settings_version = self.latest

    def version(self, name: str | None) -> int:
        """A page's version: its handout's, or for the catalogue (``None``) the latest."""
        with self._lock:
            if name is None:
                return self.latest
            return max(self.settings_version, self.versions.get(name, 0))

    def problems_for(self, name: str | None) -> list[str]:
        """The errors to show instead of a page: the settings', then the handout's (or, for
        the catalogue, every handout's)."""
        with self._lock:
            shown = [self.settings_problem] if self.settings_problem else []
            if name is None:
                return shown + [self.problems[n] for n in sorted(self.problems)]
            return shown + ([self.problems[name]] if name in self.problems else [])
