"""How many handouts a build works on at once, read from make's MAKEFLAGS."""

from __future__ import annotations

import subprocess

import pytest

from handoutkit.jobs import available_cores, job_count


@pytest.mark.parametrize(("makeflags", "jobs"), [
    (" -j2 --jobserver-auth=3,4", 2),  # make -j2 (GNU make 4.3)
    ("kr -j3 --jobserver-auth=fifo:/tmp/GMfifo1", 3),  # make -k -j3 (GNU make 4.4)
    ("rs -j1", 1),  # make -j1: one job
    ("r -j", 8),  # make -j, no limit: every core
    ("rs", 8),  # plain make: every core
    ("", 8),
    ("-j0", 1),  # nonsense stays sane
])
def test_job_count_follows_make(makeflags: str, jobs: int) -> None:
    assert job_count({"MAKEFLAGS": makeflags}, cores=8) == jobs


def test_without_make_every_core_is_used() -> None:
    assert job_count({}) == available_cores() >= 1


def test_the_count_make_really_passes(tmp_path) -> None:
    """GNU make on this machine puts -jN where job_count reads it."""
    makefile = tmp_path / "Makefile"
    makefile.write_text("MAKEFLAGS += --no-builtin-rules\nall:\n\t@echo \"$$MAKEFLAGS\"\n")
    seen = {}
    for flag in ("-j1", "-j2", "-j3"):
        out = subprocess.run(["make", "-s", "-f", str(makefile), flag], capture_output=True,
                             text=True, check=True, env={"PATH": "/usr/bin:/bin"}).stdout
        seen[flag] = job_count({"MAKEFLAGS": out.strip()}, cores=8)
    assert seen == {"-j1": 1, "-j2": 2, "-j3": 3}
