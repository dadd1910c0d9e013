"""PDFs on every core: `make pdf -j2` against `make pdf -j1` on a dozen real handouts.

The three samples, four copies of each under new names (twelve real leaflets, a third of
them the long guide), built by `make pdf` into a fresh build folder at -j1 and at -j2,
interleaved so that load on the machine drifts alike, several rounds; the ratio of the
medians is the speed-up of laying leaflets out in worker processes, in one run on one
machine (the best of each is shown too). Nothing else runs in the bench meanwhile (no
memory sampler: on two cores it would take from -j2 what -j1 leaves idle). Then
`make pdf -j2` with nothing to do (the build process starts, loads and digests the twelve
handouts, and finds every PDF up to date) and a no-op `make -j2` (make alone: nothing is
stale), and `make pdf -j1`/`-j2` with one stale leaflet in a built folder (its PDF
deleted: one handout edited). Prints how many cores other processes kept busy meanwhile:
on a shared machine the ratio means little. Writes its section of bench/BENCHMARKS.md;
exits 1 if the median -j2 is under 1.8x or the no-op `make` takes a second or more.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from runs import ROOT, Run, make_command, measure
from sections import write_section

TARGET_SPEEDUP = 1.8
NOOP_LIMIT = 1.0  # seconds
COPIES = 4
ROUNDS = 5  # of each job count
EDITED = "leg-cramps-in-pregnancy-1"  # the leaflet made stale in a built folder


def real_handouts(handouts: Path) -> int:
    """COPIES copies of each sample, renamed so translations still pair; the count."""
    shutil.copytree(ROOT / "handouts", handouts, ignore=shutil.ignore_patterns("*.md"))
    count = 0
    for sample in sorted((ROOT / "handouts").glob("*.md")):
        stem, _, lang = sample.name.removesuffix(".md").partition(".")
        for copy in range(1, COPIES + 1):
            name = f"{stem}-{copy}" + (f".{lang}" if lang else "")
            shutil.copyfile(sample, handouts / f"{name}.md")
            count += 1
    return count


def timed(command: list[str], log: Path) -> Run:
    return measure(command, log, sample_memory=False)


def measure_print(work: Path, rounds: int) -> tuple[int, dict[str, list[Run]]]:
    """Every run of each job count, in the order made; "noop": three of `make pdf -j2`
    with every PDF up to date."""
    handouts = work / "handouts"
    count = real_handouts(handouts)
    log = work / "make.log"
    runs: dict[str, list[Run]] = {"j1": [], "j2": []}
    for round_number in range(rounds):
        for jobs in (1, 2):
            build = work / f"build-{jobs}-{round_number}"
            runs[f"j{jobs}"].append(timed(make_command(handouts, build, jobs, target="pdf"), log))
    built = work / f"build-2-{rounds - 1}"
    runs["noop"] = [timed(make_command(handouts, built, 2, target="pdf"), log) for _ in range(3)]
    return count, runs


def measure_one_stale(work: Path, rounds: int) -> dict[str, list[Run]]:
    """`make pdf -jN` in each folder `measure_print` built, with one leaflet's PDF deleted."""
    handouts, log = work / "handouts", work / "make.log"
    runs: dict[str, list[Run]] = {"j1": [], "j2": []}
    for round_number in range(rounds):
        for jobs in (1, 2):
            build = work / f"build-{jobs}-{round_number}"
            (build / "pdf" / f"{EDITED}.pdf").unlink()
            runs[f"j{jobs}"].append(timed(make_command(handouts, build, jobs, target="pdf"), log))
    return runs


def measure_noop_make(work: Path) -> Run:
    """A no-op `make -j2` of one short handout with every output built (make alone runs)."""
    handouts = work / "noop-handouts"
    handouts.mkdir()
    shutil.copyfile(ROOT / "tests" / "fixtures" / "urgent" / "sore-leg.md",
                    handouts / "sore-leg.md")
    build, log = work / "noop-build", work / "make.log"
    timed(make_command(handouts, build, 2), log)
    return min((timed(make_command(handouts, build, 2), log) for _ in range(3)),
               key=lambda run: run.seconds)


def median(runs: list[Run]) -> float:
    return statistics.median(run.seconds for run in runs)


def speedup(runs: dict[str, list[Run]]) -> float:
    """-j1 over -j2, medians."""
    return median(runs["j1"]) / median(runs["j2"])


def section(count: int, runs: dict[str, list[Run]], make_noop: Run,
            one: dict[str, list[Run]]) -> str:
    j1, j2 = runs["j1"], runs["j2"]
    met = "met" if speedup(runs) >= TARGET_SPEEDUP else "missed"
    rounds = " ".join(f"{one.seconds / two.seconds:.2f}" for one, two in zip(j1, j2, strict=True))
    # Measured on the -j1 runs only: the -j2 build leaves its fork server to end after it,
    # unwaited, so that run's own CPU time (and so the others' share) is not all counted.
    others = statistics.median(run.others_cores for run in j1)
    best = {key: min(run.seconds for run in found) for key, found in runs.items()}
    return (f"## PDFs on every core\n\n"
            f"`make pdf` of {count} real handouts (the samples, {COPIES} copies each) into a "
            f"fresh build folder, {len(j1)} rounds of each, interleaved:\n\n"
            f"| jobs | median s | best s |\n| --- | --- | --- |\n"
            f"| -j1 | {median(j1):.2f} | {best['j1']:.2f} |\n"
            f"| -j2 | {median(j2):.2f} | {best['j2']:.2f} |\n\n"
            f"Speed-up {speedup(runs):.2f}x, medians (target ≥ {TARGET_SPEEDUP}x: {met}); "
            f"round by round {rounds}. `make pdf -j2` with nothing to do: {best['noop']:.2f} s; "
            f"a no-op `make -j2`: {make_noop.seconds:.2f} s (limit {NOOP_LIMIT:.0f} s), best of "
            f"three. One stale leaflet (its PDF deleted) in a built folder: -j1 "
            f"{median(one['j1']):.2f} s, -j2 {median(one['j2']):.2f} s (medians of "
            f"{len(one['j1'])}).\n\n"
            "The workers are forked from a server process that imports WeasyPrint (without "
            "cffi's search for its libraries) and lays out a line once; `python -m handoutkit` "
            "starts it before it imports its command line, so that runs on the other core "
            "meanwhile; the handouts load longest first and each stale leaflet (a lone one "
            "too) goes to the workers as soon as the build has planned it, the longest "
            "waiting first and no more at once than keep them busy, and the build process "
            "checks every handout meanwhile; `make` writes the package's bytecode, which "
            "PYTHONDONTWRITEBYTECODE on this machine keeps Python from writing "
            "(`bench/profile_print.py` "
            "shows where the CPU goes, `bench/timeline_print.py` when each process works).\n\n"
            + (f"Other processes kept {others:.2f} cores busy during the -j1 runs (median; load "
               f"average {os.getloadavg()[0]:.1f} at the end): on this 2-core machine the "
               "figures are slower and the ratio lower than on an idle one.\n"
               if others >= 0.2 else "The machine was otherwise idle.\n"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--print-only", action="store_true", help="do not write BENCHMARKS.md")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="of each job count")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="handoutkit-print-") as scratch:
        count, runs = measure_print(Path(scratch), args.rounds)
        one = measure_one_stale(Path(scratch), args.rounds)
        make_noop = measure_noop_make(Path(scratch))
    text = section(count, runs, make_noop, one)
    print(text)
    if not args.print_only:
        write_section("print", text)
    return 0 if speedup(runs) >= TARGET_SPEEDUP and make_noop.seconds < NOOP_LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
