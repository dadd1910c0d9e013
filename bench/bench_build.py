"""Build benchmark: the whole `make` pipeline against the raw engines and a naive pipeline.

Run with `make bench`, or `.venv/bin/python bench/bench_build.py [--quick]`. It copies the
tree as it is now (handoutkit/, templates/, the Makefile, bench/, the samples) into a scratch
folder and measures that copy (bench/measure_build.py), so edits made to the tree while it
runs (a full run takes many minutes) cannot make a no-op `make` rebuild or mix two versions.

On a library generated from the samples (bench/library.py), one run measures real
`make -C <copy> HANDOUTS_DIR=… BUILD_DIR=… all -jN` builds (full at -j1 and -j2 into fresh
build folders, no-op, one-paragraph edit), the raw engines alone on the same inputs, a naive
pipeline, the fixed cost of a build process (and of one process per output), memory and
output sizes. A full run writes bench/BENCHMARKS.md; `--quick` (10 handouts) only prints,
unless `--out` is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "bench" / "BENCHMARKS.md"
TREE = ("Makefile", "pyproject.toml", "handoutkit", "templates", "bench", "handouts")
FULL, QUICK = 50, 10  # handouts in the library


def snapshot(dest: Path) -> Path:
    """Copy what a build reads into ``dest``, keeping mtimes; share the project's .venv."""
    dest.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "BENCHMARKS.md")
    for name in TREE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, dest / name)
    (dest / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    return dest


def current_commit() -> str:
    """The short commit id of the tree (read only), or "unknown"."""
    result = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True, check=False)
    return result.stdout.strip() or "unknown"


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{QUICK} handouts, to try things; prints only unless --out")
    parser.add_argument("--count", type=int, help=f"handouts in the library (default {FULL})")
    parser.add_argument("--out", type=Path,
                        help="write the report here (a full run writes bench/BENCHMARKS.md)")
    parser.add_argument("--keep", type=Path, help="work in this new folder and keep it")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    installed = ROOT / ".venv" / ".installed"
    if not installed.is_file() or installed.stat().st_mtime < _mtime(ROOT / "pyproject.toml"):
        # make in the copy would otherwise reinstall the shared .venv from the copy
        print("bench: .venv is missing or older than pyproject.toml — run `make setup` first",
              file=sys.stderr)
        return 2
    count = args.count or (QUICK if args.quick else FULL)
    out = args.out or (None if args.quick or args.count else BENCHMARKS)
    with tempfile.TemporaryDirectory(prefix="handoutkit-bench-") as scratch:
        work = (args.keep or Path(scratch)).resolve()
        if work.exists() and any(work.iterdir()):
            print(f"bench: {work} is not empty — give --keep a new folder", file=sys.stderr)
            return 2
        tree = snapshot(work / "tree")
        env = {**os.environ, "PYTHONPATH": str(tree)}  # the copy's handoutkit, not the tree's
        command = [sys.executable, str(tree / "bench" / "measure_build.py"), "--work",
                   str(work / "run"), "--count", str(count), "--commit", current_commit()]
        if out:
            command += ["--out", str(out.resolve())]
        return subprocess.run(command, cwd=tree, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
