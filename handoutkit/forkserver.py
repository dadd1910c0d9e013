"""The fork server that the leaflets' worker processes come from, started as early as a
build process can: before the half second of imports its command line needs, so WeasyPrint
loads on another core meanwhile. Imports nothing of handoutkit but `jobs`.

A fork server, not fork: the voices' threads are running in the build, and a forked copy of
their locks can hang the child; the server is a fresh process with no such threads.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping, Sequence
from multiprocessing import forkserver

from handoutkit.jobs import job_count

# Imported once by the server: WeasyPrint and what lays out a leaflet, then a line laid out,
# so every worker forked from it starts with them loaded and fonts and text shaping set up
# (not "weasyprint" itself: `writers.pdf.libraries` imports it without a library search).
PRELOAD = ["handoutkit.writers.pdf.warm"]
LEAFLET_COMMANDS = ("build", "pdf")  # the commands that lay leaflets out (build: unless
# its --formats leaves "pdf" out)


def context() -> multiprocessing.context.BaseContext:
    """The workers' multiprocessing context: the fork server, preloading WeasyPrint."""
    found = multiprocessing.get_context("forkserver")
    found.set_forkserver_preload(PRELOAD)
    return found


def start() -> None:
    """Start the fork server now (a few milliseconds here; its imports run in it). A build
    that lays nothing out leaves it to end with the build."""
    context()
    forkserver.ensure_running()


def start_for(argv: Sequence[str], environ: Mapping[str, str]) -> None:
    """Start the fork server if the command line ``argv`` (without the program) lays out
    leaflets on two jobs or more. A guess from the words alone, before the command line is
    parsed: the build starts the server again if the guess was wrong (a no-op if running),
    and a wrong guess costs only a second of another core."""
    if argv and argv[0] in LEAFLET_COMMANDS and _jobs(argv, environ) > 1 \
            and "pdf" in _formats(argv):
        start()


def _jobs(argv: Sequence[str], environ: Mapping[str, str]) -> int:
    """-j N, -jN, --jobs N or --jobs=N, else make's -jN or every core (`job_count`)."""
    for index, word in enumerate(argv):
        value = (argv[index + 1] if word in ("-j", "--jobs") and index + 1 < len(argv)
                 else word.removeprefix("--jobs=") if word.startswith("--jobs=")
                 else word[2:] if word.startswith("-j") and word[2:].isdigit() else None)
        if value is not None:
            return int(value) if value.isdigit() else 1
    return job_count(environ)


def _formats(argv: Sequence[str]) -> str:
    """What --formats names, for `build` (every output when not given), or "pdf"."""
    if argv[0] == "pdf":
        return "pdf"
    for index, word in enumerate(argv):
        if word == "--formats" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--formats="):
            return word.removeprefix("--formats=")
    return "pdf"
