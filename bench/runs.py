"""Run a command and measure it: wall time, CPU time, and memory of its whole process tree.

Other processes on the machine slow a run down, so each run also records how many cores
they kept busy meanwhile: the machine's busy time from /proc/stat less the run's own.

Memory is measured two ways. `os.wait4` returns the largest resident set of any one
process in the tree (the kernel keeps the maximum over waited-for descendants), which is
exact. A sampler thread sums the resident sets of every live process in the tree every
0.2 s, which is what `make -j2` holds at once: two builds side by side.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")  # /proc/stat counts in these
SAMPLE_SECONDS = 0.2
PLAIN = 2  # -jN of the no-op, the edit and the build alone: a plain make on 2 cores
# Variables a surrounding `make bench` or a batch system passes down: the child make must
# not join the parent's job server nor build only one shard of the library.
INHERITED = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "MAKE_TERMOUT",
             "MAKE_TERMERR", "HANDOUTS_DIR", "BUILD_DIR", "SHARD", "JOB_COMPLETION_INDEX",
             "SLURM_ARRAY_TASK_ID", "CI_NODE_INDEX", "HANDOUTKIT_CACHE_DIR")


@dataclass(frozen=True)
class Run:
    """What one measured command cost."""

    seconds: float  # wall clock
    cpu_seconds: float  # user + system time of every process in the tree
    max_process_rss: int  # bytes: the largest single process
    peak_tree_rss: int  # bytes: the most the tree held at once (sampled)
    others_cores: float  # cores that other processes on the machine kept busy meanwhile


class CommandFailed(RuntimeError):
    """A measured command exited non-zero; the message ends with its last output lines."""


def clean_environment() -> dict[str, str]:
    """This process's environment without what would change what a child make builds."""
    return {k: v for k, v in os.environ.items() if k not in INHERITED}


def make_command(handouts: Path, build: Path, jobs: int, target: str = "all") -> list[str]:
    """`make -C <repo> HANDOUTS_DIR=… BUILD_DIR=… <target> -jN`, with the speech cache in
    the build folder: a fresh build folder is then a cold build, as the report says."""
    return ["make", "-C", str(ROOT), "--no-print-directory", f"HANDOUTS_DIR={handouts}",
            f"BUILD_DIR={build}", f"HANDOUTKIT_CACHE_DIR={build / '.cache'}", target,
            f"-j{jobs}"]


def measure(command: Sequence[str], log: Path, env: Mapping[str, str] | None = None,
            sample_memory: bool = True) -> Run:
    """Run ``command`` to the end, output to ``log``; raise CommandFailed on a non-zero exit.
    Without ``sample_memory`` the tree's memory is not sampled (peak_tree_rss is then the
    largest process): the sampler uses 2 % of a core beside the command, which a bench of
    time alone on a machine with two cores does without."""
    with log.open("ab") as out:
        out.write(f"$ {' '.join(command)}\n".encode())
        out.flush()
        busy, start = machine_busy(), time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=subprocess.STDOUT,
                                   env=dict(env if env is not None else clean_environment()))
        sampler = TreeSampler(process.pid)
        if sample_memory:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        busy = machine_busy() - busy
        if sample_memory:
            sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise CommandFailed(f"{' '.join(command)} exited {process.returncode}:\n{tail}")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss * 1024, max(sampler.peak, usage.ru_maxrss * 1024),
               max(0.0, busy - cpu) / seconds)


def machine_busy() -> float:
    """CPU seconds every process on the machine has used since boot (all cores)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / TICK  # user … steal; guest time is counted in user


class TreeSampler(threading.Thread):
    """Samples the summed resident memory of a process and all its descendants."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0  # bytes
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, tree_rss(self.root))

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and its descendants now (0 once it has gone)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):  # the process ended meanwhile
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total
