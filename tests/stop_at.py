"""Run handoutkit and stop the process (SIGSTOP) at one build event, so that a test can send
a signal at exactly that moment rather than after some time:

    python -m tests.stop_at EVENT PATTERN N -- pdf -q --handouts-dir … --build-dir …

EVENT is "open" (a file is about to be opened for writing) or "rename" (a file is about to
be moved into place); PATTERN is an fnmatch pattern for the file's name, such as
".*.pdf.*.part"; the process stops at the N-th distinct file of that kind. The parent sees
the stop with ``os.waitpid(pid, os.WUNTRACED)``. An audit hook only watches: the build
runs as `python -m handoutkit` would.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND


def _written(args: tuple[Any, ...]) -> Any:
    """The path an audit 'open' event opens for writing, else None."""
    path, mode, flags = args
    writes = any(c in mode for c in "wax+") if isinstance(mode, str) else flags & WRITING
    return path if writes else None


def _renamed(args: tuple[Any, ...]) -> Any:
    """The source path of an audit 'os.rename' event (os.rename and os.replace)."""
    return args[0]


WATCHED: dict[str, tuple[str, Callable[[tuple[Any, ...]], Any]]] = {
    "open": ("open", _written),
    "rename": ("os.rename", _renamed),
}


def stop_at(event: str, pattern: str, count: int) -> None:
    """Install the hook that stops this process at the ``count``-th matching file."""
    audit_name, path_of = WATCHED[event]
    seen: set[str] = set()

    def hook(name: str, args: tuple[Any, ...]) -> None:
        if name != audit_name or len(seen) >= count:
            return
        path = path_of(args)
        if not isinstance(path, str | bytes | os.PathLike):
            return
        path = os.fsdecode(path)
        if fnmatch.fnmatch(os.path.basename(path), pattern) and path not in seen:
            seen.add(path)
            if len(seen) == count:
                os.kill(os.getpid(), signal.SIGSTOP)

    sys.addaudithook(hook)


def main(argv: list[str]) -> int:
    event, pattern, count, separator, *rest = argv
    assert separator == "--", "usage: python -m tests.stop_at EVENT PATTERN N -- ARGS"
    stop_at(event, pattern, int(count))
    from handoutkit.cli import main as handoutkit

    return handoutkit(rest)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
