"""Print-only rebuild and start-up: what a template or clinic-detail change costs.

On the 50-handout library (bench/library.py) with its PDFs built, the leaflet's style sheet
is touched (every PDF stale, no audio) and `handoutkit pdf` rebuilds them at -j1 and at -j2,
in one run, on the same machine; the ratio is the speed-up of laying leaflets out in worker
processes. Then `handoutkit pdf` with nothing to do measures the fixed cost of a build
process before any work (start, imports, loading and digesting the handouts). Writes its
section of bench/BENCHMARKS.md; exits 1 if -j2 is under 1.8x.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from library import generate_library
from sections import write_section

ROOT = Path(__file__).resolve().parent.parent
TARGET_SPEEDUP = 1.8


def _handoutkit(*args: str | Path) -> float:
    """Seconds one `handoutkit` command takes (wall clock); it must succeed."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "handoutkit", *map(str, args), "--quiet"],
                   cwd=ROOT, check=True)
    return time.perf_counter() - start


def _touch_style(templates: Path, round_number: int) -> None:
    css = templates / "pdf" / "leaflet.css"
    text = css.read_text(encoding="utf-8").split("\n/* round")[0]
    css.write_text(f"{text}\n/* round {round_number} */\n", encoding="utf-8")


def measure(work: Path, count: int) -> dict[str, float]:
    handouts, templates = work / "handouts", work / "templates"
    generate_library(handouts, count)
    shutil.copytree(ROOT / "handoutkit" / "templates", templates)
    dirs = ("--handouts-dir", handouts, "--templates-dir", templates)
    times = {}
    for jobs in (1, 2):
        build = work / f"build-{jobs}"
        _handoutkit("pdf", *dirs, "--build-dir", build, "--jobs", jobs)  # the PDFs as they were
    for round_number, jobs in enumerate((1, 2, 1, 2), 1):  # interleaved: load drifts alike
        _touch_style(templates, round_number)
        build = work / f"build-{jobs}"
        seconds = _handoutkit("pdf", *dirs, "--build-dir", build, "--jobs", jobs)
        times[f"j{jobs}"] = min(times.get(f"j{jobs}", seconds), seconds)
    times["noop"] = min(_handoutkit("pdf", *dirs, "--build-dir", work / "build-2")
                        for _ in range(3))
    return times


def section(times: dict[str, float], count: int) -> str:
    speedup = times["j1"] / times["j2"]
    met = "met" if speedup >= TARGET_SPEEDUP else "missed"
    return (f"## Print-only rebuild and start-up\n\n"
            f"{count} handouts, leaflet style sheet touched (every PDF rebuilt, no audio), "
            f"`handoutkit pdf`, best of two each, interleaved:\n\n"
            f"| jobs | seconds |\n| --- | --- |\n| -j1 | {times['j1']:.1f} |\n"
            f"| -j2 | {times['j2']:.1f} |\n\n"
            f"Speed-up {speedup:.2f}x (target ≥ {TARGET_SPEEDUP}x: {met}). `handoutkit pdf` "
            f"with nothing to do (start, imports, loading and digesting {count} handouts): "
            f"{times['noop']:.2f} s, best of three; WeasyPrint is not imported.\n\n"
            "What bounds the speed-up: each worker process spends about a second importing "
            "WeasyPrint before its first leaflet, as the one-job process does once, and the "
            "build process starts, loads and digests every handout before the workers get "
            "work; with about 0.1 s of layout per short leaflet, that fixed part is a third "
            "of a -j2 rebuild of 50 handouts.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--print-only", action="store_true", help="do not write BENCHMARKS.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="handoutkit-print-") as scratch:
        times = measure(Path(scratch), args.count)
    text = section(times, args.count)
    print(text)
    if not args.print_only:
        write_section("print", text)
    return 0 if times["j1"] / times["j2"] >= TARGET_SPEEDUP else 1


if __name__ == "__main__":
    sys.exit(main())
