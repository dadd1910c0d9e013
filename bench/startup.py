"""What one `python -m handoutkit KIND FILE` process pays on top of the work it does.

`make` runs one process per output (check, pdf, audio, html per handout; index once). A
probe process runs the real subcommand twice on a tiny handout, each time into a fresh
build folder: the first run pays every first-use cost (lazy imports, WeasyPrint's font
set-up, loading the piper voice), the second does the same work warm. The parent times the
whole process from fork to exit, so the fixed cost of a process is that wall time less two
warm runs: interpreter start and teardown, imports, and first use.
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

KINDS = ("check", "pdf", "audio", "html", "index")
PER_HANDOUT = ("check", "pdf", "audio", "html")  # the processes make starts per handout
REPEATS = 5
TINY = """---
title: Probe
lang: en
summary: A short probe.
---

Rest your legs.
"""
NEEDS = {"html": ("pdf", "audio"), "index": ("pdf", "audio", "html")}  # built beforehand

_PROBE = """
import json, sys, time
start = time.perf_counter()
import handoutkit.cli
imported = time.perf_counter()
def run(build):
    began = time.perf_counter()
    code = handoutkit.cli.main([sys.argv[1], "--quiet", "--handouts-dir", sys.argv[2],
                                "--build-dir", build, sys.argv[5]])
    assert code == 0, f"probe {sys.argv[1]} exited {code}"
    return time.perf_counter() - began
first = run(sys.argv[3])
second = run(sys.argv[4])
print(json.dumps({"imports": imported - start, "first": first, "warm": second}))
"""


@dataclass(frozen=True)
class Startup:
    """What one process of a kind cost (seconds)."""

    kind: str
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


def probe_all(work: Path) -> dict[str, Startup]:
    """One Startup per process kind make runs, probed in ``work``."""
    handouts = work / "handouts"
    handouts.mkdir(parents=True)
    for name in SETTINGS:
        if (SAMPLES_DIR / name).is_file():
            shutil.copy2(SAMPLES_DIR / name, handouts / name)
    tiny = handouts / "probe.md"
    tiny.write_text(TINY, encoding="utf-8")
    return {kind: probe(kind, tiny, work) for kind in KINDS}


def probe(kind: str, tiny: Path, work: Path) -> Startup:
    """Start ``REPEATS`` probe processes of one kind; the one with the median fixed cost."""
    base = _prebuilt(work / f"{kind}-base", tiny, NEEDS.get(kind, ()))
    runs = []
    for attempt in range(REPEATS):
        builds = [work / f"{kind}-{attempt}-{i}" for i in (1, 2)]
        for build in builds:
            if base:
                shutil.copytree(base, build)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, kind, str(tiny.parent), *map(str, builds),
             str(tiny)], capture_output=True, text=True, check=True)
        parts = json.loads(result.stdout.strip().splitlines()[-1])
        runs.append(Startup(kind, time.perf_counter() - start, parts["warm"], parts["imports"],
                            parts["first"] - parts["warm"]))
    # The run with the median fixed cost, whole: medians of each part need not add up.
    return sorted(runs, key=lambda run: run.fixed)[len(runs) // 2]


def _prebuilt(build: Path, tiny: Path, kinds: tuple[str, ...]) -> Path | None:
    """A build folder holding the outputs the probed kind reads (built untimed), if any."""
    if not kinds:
        return None
    subprocess.run([sys.executable, "-m", "handoutkit", "build", "--quiet", "--formats",
                    ",".join(kinds), "--handouts-dir", str(tiny.parent), "--build-dir",
                    str(build), str(tiny)], check=True, capture_output=True)
    shutil.rmtree(build / ".cache", ignore_errors=True)  # the probe's audio must start cold
    return build


def per_handout(startups: dict[str, Startup]) -> float:
    """Fixed seconds make pays for each handout (one process per output and the check)."""
    return sum(startups[kind].fixed for kind in PER_HANDOUT)
