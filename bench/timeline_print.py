"""Where `make pdf -j2` loses time against half of `-j1`: each process's steps on one time
line. The dozen real handouts of bench_print.py are built by `make pdf` at -j1 and -j2 into
fresh build folders, with bench/timeline/ on PYTHONPATH: every Python process of the build
(the build process, the fork server, its workers) logs its steps with the time and its own
CPU time (bench/timeline/sitecustomize.py). Prints, per run, the time line from the moment
make is started, each process's CPU seconds, and the core-seconds left idle (two cores times
the wall time, less the CPU the processes used).

Run: `.venv/bin/python bench/timeline_print.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_print import real_handouts
from runs import ROOT, clean_environment, make_command
from sections import write_section

CORES = 2
SECTION_HEAD = ("## PDFs on every core: where the time goes\n\n"
                "`bench/timeline_print.py` (the last of its rounds): each Python process of "
                "`make pdf` over the dozen handouts above logs its steps with its CPU time.\n\n")


def timed_build(handouts: Path, build: Path, jobs: int, log: Path) -> tuple[float, float]:
    """Run `make pdf -jN` with the time line on; its start and end on the boot clock."""
    env = clean_environment() | {"PYTHONPATH": str(ROOT / "bench" / "timeline"),
                                 "HANDOUTKIT_TIMELINE": str(log)}
    started = time.clock_gettime(time.CLOCK_BOOTTIME)
    subprocess.run(make_command(handouts, build, jobs, target="pdf"), env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return started, time.clock_gettime(time.CLOCK_BOOTTIME)


def report(log: Path, started: float, ended: float, jobs: int) -> str:
    lines = [line.split() for line in log.read_text().splitlines()]
    cpu: dict[tuple[str, str], float] = defaultdict(float)
    out = [f"make pdf -j{jobs}: {ended - started:.3f} s"]
    for stamp, pid, role, event, spent in lines:
        if event.startswith("exec@"):
            event = f"exec (at {float(event[5:]) - started:+.2f}, 10 ms ticks)"
        out.append(f"  {float(stamp) - started:6.3f}  {role:6s} {pid:>7s}  cpu {float(spent):5.3f}"
                   f"  {event}")
        cpu[role, pid] = max(cpu[role, pid], float(spent))
    total = sum(cpu.values())
    out.append("  CPU seconds: " + ", ".join(f"{role} {pid} {seconds:.3f}"
                                             for (role, pid), seconds in cpu.items()))
    wall = ended - started
    out += phases(lines, started, ended)
    out.append(f"  all {total:.3f} CPU s in {wall:.3f} s: {CORES * wall - total:.3f} "
               f"core-seconds not spent by the build's Python processes (make, interpreter "
               f"start before site, other processes on the machine)")
    return "\n".join(out)


def _summary(text: str) -> str:
    """The run's heading, CPU and phase lines, as a list for BENCHMARKS.md."""
    keep = [line.strip() for line in text.splitlines()
            if not line.startswith("   ") or "CPU" in line or "both workers" in line]
    return "\n".join(f"- {line}" for line in keep)


def phases(lines: list[list[str]], started: float, ended: float) -> list[str]:
    """With workers: core-seconds left idle before both lay out, while one works alone at
    the end, and after the last leaflet until make returns."""
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    spent_before: dict[str, float] = {}
    for stamp, pid, role, event, _ in lines:
        if role == "worker" and event == "render_pdf:start":
            first.setdefault(pid, float(stamp) - started)
        if role == "worker" and event == "render_pdf:end":
            last[pid] = float(stamp) - started
    if len(first) < 2:
        return []
    both = max(first.values())
    for stamp, pid, _, _, spent in lines:  # CPU each process had used when both laid out
        if float(stamp) - started <= both:
            spent_before[pid] = float(spent)
    alone = max(last.values()) - min(last.values())
    after = ended - started - max(last.values())
    return [f"  both workers lay out from {both:.3f} s (idle core-seconds until then: "
            f"{2 * both - sum(spent_before.values()):.3f}); one worker alone at the end "
            f"{alone:.3f} s; last leaflet to make's end {after:.3f} s"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--write", action="store_true",
                        help="write the summary of the last round to bench/BENCHMARKS.md")
    args = parser.parse_args()
    summaries: list[str] = []
    with tempfile.TemporaryDirectory(prefix="handoutkit-timeline-",
                                     ignore_cleanup_errors=True) as scratch:
        work = Path(scratch)
        real_handouts(work / "handouts")
        for round_number in range(args.rounds):
            for jobs in args.jobs:
                log = work / f"timeline-{jobs}-{round_number}.txt"
                started, ended = timed_build(work / "handouts",
                                             work / f"build-{jobs}-{round_number}", jobs, log)
                text = report(log, started, ended, jobs)
                print(text, flush=True)
                summaries = [*summaries[-len(args.jobs) + 1:], _summary(text)]
    if args.write:
        write_section("print-timeline", SECTION_HEAD + "\n".join(summaries) + "\n")


if __name__ == "__main__":
    main()
