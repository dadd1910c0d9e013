"""What one `python -m handoutkit COMMAND FILE` process pays on top of the work it does.

`make` starts one `build` process a run, over every handout. It used to start one process
per output (check, pdf, audio and html for each handout); those subcommands remain, so the
same probe shows what that would pay. A probe process runs the real subcommand twice on a
tiny handout, each time into a fresh build folder: the first run pays every first-use cost
(lazy imports, WeasyPrint's font set-up, loading the piper voice), the second does the same
work warm. The parent times the whole process from fork to exit, so the fixed cost of a
process is that wall time less two warm runs: interpreter start and teardown, imports, and
first use.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from library import SAMPLES_DIR, SETTINGS
from runs import clean_environment

PER_OUTPUT = ("check", "pdf", "audio", "html")  # one process per output, as make once ran
NEEDS = {"html": ("pdf", "audio")}  # outputs the page links, built beforehand
REPEATS = 5
TINY = """---
title: Probe
lang: en
summary: A short probe.
---

Rest your legs.
"""

_PROBE = """
import json, sys, time
start = time.perf_counter()
import handoutkit.cli
imported = time.perf_counter()
def run(build):
    began = time.perf_counter()
    code = handoutkit.cli.main([sys.argv[1], "--quiet", "--handouts-dir", sys.argv[2],
                                "--build-dir", build, "--cache-dir", build + "/.cache",
                                sys.argv[5]])
    assert code == 0, f"probe {sys.argv[1]} exited {code}"
    return time.perf_counter() - began
first = run(sys.argv[3])
second = run(sys.argv[4])
print(json.dumps({"imports": imported - start, "first": first, "warm": second}))
"""


@dataclass(frozen=True)
class Startup:
    """What one process running a subcommand cost (seconds)."""

    command: str
    total: float  # fork to exit, tiny handout built twice
    warm: float  # the same work in a process that has already done it once
    imports: float  # `import handoutkit.cli`
    first_use: float  # the first run less the warm one: lazy imports, fonts, voice

    @property
    def fixed(self) -> float:
        """What the process costs on top of its work (the probe does the work twice)."""
        return self.total - 2 * self.warm

    @property
    def interpreter(self) -> float:
        """Interpreter start and teardown: the rest of the fixed cost."""
        return self.fixed - self.imports - self.first_use


def probe_all(work: Path) -> tuple[Startup, dict[str, Startup]]:
    """The `build` process make starts, and each process one per output would start."""
    handouts = work / "handouts"
    handouts.mkdir(parents=True)
    for name in SETTINGS:
        if (SAMPLES_DIR / name).is_file():
            shutil.copy2(SAMPLES_DIR / name, handouts / name)
    tiny = handouts / "probe.md"
    tiny.write_text(TINY, encoding="utf-8")
    return probe("build", tiny, work), {kind: probe(kind, tiny, work) for kind in PER_OUTPUT}


def probe(command: str, tiny: Path, work: Path) -> Startup:
    """Start ``REPEATS`` probe processes of one subcommand; the one with the median fixed cost."""
    base = _prebuilt(work / f"{command}-base", tiny, NEEDS.get(command, ()))
    runs = []
    for attempt in range(REPEATS):
        builds = [work / f"{command}-{attempt}-{i}" for i in (1, 2)]
        for build in builds:
            if base:
                shutil.copytree(base, build)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, command, str(tiny.parent), *map(str, builds),
             str(tiny)], capture_output=True, text=True, check=True, env=clean_environment())
        parts = json.loads(result.stdout.strip().splitlines()[-1])
        runs.append(Startup(command, time.perf_counter() - start, parts["warm"],
                            parts["imports"], parts["first"] - parts["warm"]))
    # The run with the median fixed cost, whole: medians of each part need not add up.
    return sorted(runs, key=lambda run: run.fixed)[len(runs) // 2]


def _prebuilt(build: Path, tiny: Path, kinds: tuple[str, ...]) -> Path | None:
    """A build folder holding the outputs the probed command reads (built untimed), if any."""
    if not kinds:
        return None
    subprocess.run([sys.executable, "-m", "handoutkit", "build", "--quiet", "--formats",
                    ",".join(kinds), "--handouts-dir", str(tiny.parent), "--build-dir",
                    str(build), "--cache-dir", str(build / ".cache"), str(tiny)],
                   check=True, capture_output=True, env=clean_environment())
    shutil.rmtree(build / ".cache", ignore_errors=True)  # the probe's audio must start cold
    return build
