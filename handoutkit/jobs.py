"""How many handouts a build works on at once: make's -jN, else every core."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

# GNU make passes its options to recipes in MAKEFLAGS: " -j2 --jobserver-auth=3,4" for -j2,
# " -j1" for -j1, " -j" for -j with no limit, and nothing at all when -j was not given.
_JOBS = re.compile(r"(?:^|\s)-j(\d*)(?=\s|$)")


def job_count(environ: Mapping[str, str], cores: int | None = None) -> int:
    """The number of parallel jobs: make's -jN (an unlimited -j means every core), else
    every core, so that a plain `make` on a clinic laptop uses the whole machine."""
    cores = cores or available_cores()
    found = _JOBS.findall(environ.get("MAKEFLAGS", ""))
    if found and found[-1]:
        return max(1, int(found[-1]))
    return cores


def available_cores() -> int:
    """Cores this process may run on (a container or `taskset` can allow fewer than exist)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
