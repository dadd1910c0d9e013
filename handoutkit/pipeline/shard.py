"""Split a library into N disjoint shards, so N machines can build one part each.

Standard library only: the Makefile runs it with the system Python before `.venv` exists.
A handout's shard depends on its name alone (a hash of its stem, so a handout and its
translations, whose pages link each other, build together): adding a handout never moves others.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# Where batch systems put the task's index and the number of tasks; first match wins.
# (index variable, count variable, the index of the first task)
BATCH_VARIABLES = (
    ("JOB_COMPLETION_INDEX", "SHARD_COUNT", 0),  # Kubernetes Indexed Job; set SHARD_COUNT
    ("SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", None),  # first = SLURM_ARRAY_TASK_MIN
    ("CI_NODE_INDEX", "CI_NODE_TOTAL", 1),  # GitLab CI `parallel:`
)


class ShardError(ValueError):
    """A shard setting that cannot be used."""


def parse_shard(text: str) -> tuple[int, int]:
    """'2/3' → (2, 3): the second of three shards, counted from 1."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise ShardError(f"shard '{text}' should look like K/N, e.g. 2/3") from None
    if not 1 <= index <= count:
        raise ShardError(f"shard '{text}': K must be between 1 and N")
    return index, count


def shard_from_environment(env: Mapping[str, str]) -> tuple[int, int] | None:
    """The shard of this batch task, from SHARD=K/N or a batch system's variables."""
    if env.get("SHARD"):
        return parse_shard(env["SHARD"])
    for index_var, count_var, first in BATCH_VARIABLES:
        if env.get(index_var):
            if not env.get(count_var):
                raise ShardError(f"{index_var} is set but {count_var} is not: set it to "
                                 "the number of tasks")
            start = first if first is not None else int(env.get("SLURM_ARRAY_TASK_MIN", "0"))
            return parse_shard(f"{int(env[index_var]) - start + 1}/{env[count_var]}")
    return None


def shard_of(name: str, count: int) -> int:
    """The shard (from 1) a handout belongs to."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % count + 1


def select(paths: Sequence[Path], shard: tuple[int, int] | None) -> list[Path]:
    """The handouts of one shard, in the order given; all of them when there is no shard."""
    if shard is None:
        return list(paths)
    index, count = shard
    return [p for p in paths if shard_of(p.name.removesuffix(".md").partition(".")[0], count)
            == index]


def main(argv: Sequence[str] | None = None) -> int:
    """Print this shard's handout files, one a line: `python -m handoutkit.pipeline.shard DIR`."""
    parser = argparse.ArgumentParser(prog="python -m handoutkit.pipeline.shard",
                                     description=main.__doc__)
    parser.add_argument("handouts_dir", type=Path)
    parser.add_argument("--shard", help="K/N; default: SHARD or the batch system's variables")
    args = parser.parse_args(argv)
    try:
        shard = parse_shard(args.shard) if args.shard else shard_from_environment(os.environ)
    except ShardError as exc:
        print(f"handoutkit: {exc}", file=sys.stderr)
        return 2
    for path in select(sorted(args.handouts_dir.glob("*.md")), shard):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
