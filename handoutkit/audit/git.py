"""Each handout's last change from git, where the handouts folder is in a repository.

One `git log` for the whole folder, no network. The repository's own settings could run
programs (a signature check, an fsmonitor hook), so they are switched off for this call;
a folder outside any repository, or git missing, gives no history and no error.
"""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

SAFE = ("-c", "log.showSignature=false", "-c", "core.fsmonitor=false", "-c",
        "core.hooksPath=/dev/null", "--no-pager")
MARK = "\x1e"  # starts each commit's line in the log
TIMEOUT = 30  # seconds; a huge history should not hang the build


@dataclass(frozen=True)
class Change:
    """The last commit that touched a handout."""

    commit: str  # abbreviated hash
    date: str  # YYYY-MM-DD, the author's date
    author: str


def last_changes(handouts_dir: Path) -> dict[str, Change]:
    """File name → its last change, for every file git knows in the folder (not below it)."""
    command = ["git", *SAFE, "-C", str(handouts_dir), "log", "--no-renames", "--relative",
               f"--format={MARK}%h%x09%as%x09%an", "--name-only", "--", "."]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                              check=False, env={"PATH": "/usr/bin:/bin", "GIT_TERMINAL_PROMPT": "0",
                                                "LC_ALL": "C.UTF-8", "HOME": "/nonexistent"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        logger.debug("no git history for %s: %s", handouts_dir, exc)
        return {}
    if done.returncode != 0:
        return {}
    return _parse(done.stdout)


def _parse(log: str) -> dict[str, Change]:
    changes: dict[str, Change] = {}
    current: Change | None = None
    for line in log.split("\n"):  # not splitlines(): it splits at MARK too
        if line.startswith(MARK):
            commit, date, author = (line[1:].split("\t") + ["", ""])[:3]
            current = Change(commit, date, author)
        elif line and current is not None and "/" not in line:
            changes.setdefault(line, current)  # newest first: the first seen is the last
    return changes
