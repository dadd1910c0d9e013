"""Where a PDF build's time goes: CPU seconds per step of `handoutkit pdf -j1` over the
dozen real handouts of bench_print.py, in one process, so the figures hold on a busy machine.

Run: `PYTHONPATH=. .venv/bin/python bench/profile_print.py`. Each step is timed by the CPU
time of the thread running it (the build runs its handouts on worker threads, which
cProfile, watching one thread, does not see). WeasyPrint is imported as a step of its own,
before the build: at -j2 the fork server imports it on the other core while the build
process starts, the layouts run in two worker processes, and everything else stays in the
build process: that part, until the leaflets reach the workers, bounds the speed-up.
"""

from __future__ import annotations

import functools
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_print import real_handouts
from runs import ROOT

SPENT: dict[str, float] = defaultdict(float)


def timed(owner: Any, name: str, step: str) -> None:
    """Add the thread CPU time of every call of ``owner.name`` to ``step``."""
    function: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(function)
    def counting(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[step] += time.thread_time() - started

    setattr(owner, name, counting)


def main() -> None:
    started = time.process_time()
    from handoutkit import cli  # noqa: F401  (what `python -m handoutkit` imports first)

    SPENT["imports (handoutkit.cli)"] = time.process_time() - started
    from handoutkit.config import load_config
    from handoutkit.files import Layout, find_handouts
    from handoutkit.pipeline import builder
    from handoutkit.writers.pdf import render, writer

    started_import = time.process_time()
    render.load_engine()  # what the fork server preloads
    SPENT["WeasyPrint import (the fork server's, at -j2)"] = time.process_time() - started_import

    timed(builder, "load_handout", "read the handouts")
    timed(builder, "govern", "review, approval and translation checks")
    timed(writer.PdfWriter, "plan", "leaflet HTML and digest (plan)")
    timed(builder.Builder, "_lint_once", "lint and number read-back")
    timed(writer, "render_pdf", "WeasyPrint layout")
    with tempfile.TemporaryDirectory(prefix="handoutkit-profile-") as scratch:
        handouts = Path(scratch) / "handouts"
        count = real_handouts(handouts)
        layout = Layout(handouts, Path(scratch) / "build", ROOT / "handoutkit" / "templates",
                        Path(scratch) / "cache")
        build = builder.Builder(layout, load_config(handouts), ["pdf"], jobs=1)
        build.build(find_handouts(handouts), lambda path: None)
    total = time.process_time() - started
    print(f"`handoutkit pdf -j1`, {count} leaflets, CPU seconds:")
    for step, seconds in SPENT.items():
        print(f"  {step:52s} {seconds:5.2f}  {seconds / total:4.0%}")
    print(f"  {'all':52s} {total:5.2f}")


if __name__ == "__main__":
    main()
