"""The build benchmark's measurements, run by bench/bench_build.py inside a snapshot of the tree.

Steps, in order (the inputs stay as generated until the last one edits a handout):
start-up probes; raw engines and the naive pipeline in this process; `make -j1` and
`make -j2` full builds, no-op `make`; output sizes; a full build of one handout alone, then
that handout edited and the library rebuilt. The no-op, the edit and the build alone run at
`-j2`, what a plain `make` uses on 2 cores (every core).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import time
from pathlib import Path

import baselines
import report
import sections
import startup
from baselines import Output
from library import SETTINGS, count_words, generate_library
from report import Results
from runs import PLAIN, ROOT, Run, make_command, measure
from sizes import measure_sizes
from startup import Startup

from handoutkit.files import Layout

NOOP_REPEATS = 3


class Bench:
    """One benchmark run in a scratch folder."""

    def __init__(self, work: Path, count: int) -> None:
        self.work = work
        self.count = count
        self.handouts = work / "handouts"
        self.log = work / "commands.log"  # what every measured command printed
        self.started = time.perf_counter()

    def step(self, text: str) -> None:
        """Say what runs now, on stderr, with the time since the start."""
        elapsed = time.perf_counter() - self.started
        print(f"[{elapsed:5.0f} s] {text}", file=sys.stderr, flush=True)

    def make(self, build: Path, jobs: int, handouts: Path | None = None) -> Run:
        return measure(make_command(handouts or self.handouts, build, jobs), self.log)

    def run(self) -> Results:
        """Every measurement, in an order that keeps the inputs as generated until the edit."""
        paths = generate_library(self.handouts, self.count)
        templates = ROOT / "handoutkit" / "templates"
        layout = Layout(self.handouts, self.work / "build-inproc", templates)
        self.step(f"{len(paths)} handouts in {self.handouts}; start-up of the processes")
        startups = self.probes()
        engines, segments = self.engines_alone(layout, paths)
        j1, j2, noop = self.pipeline()
        self.step("output sizes")
        sizes = measure_sizes(self.work / "build-j2")
        target = next(p for p in paths if p.name.count(".") == 1)  # the first English one
        one, edit = self.edit(target)
        return Results(tuple(_body_words(p) for p in paths), segments, *startups, *engines,
                       j1, j2, noop, sizes, one, edit, target.name,
                       _body_words(self.work / "one" / "handouts" / target.name))

    def probes(self) -> tuple[Startup, dict[str, Startup], float]:
        """The start-up probes, and the cores other processes kept busy meanwhile."""
        watch = baselines.Stopwatch()  # the probe processes are children: their CPU counts
        with watch.timing():
            build, per_output = startup.probe_all(self.work / "probe")
        return build, per_output, watch.output().others_cores

    def engines_alone(self, layout: Layout,
                      paths: list[Path]) -> tuple[tuple[Output, ...], tuple[int, int]]:
        """Raw WeasyPrint, raw speech, naive PDF, naive audio; segments, all and distinct."""
        config, prepared = baselines.prepare(layout, paths)
        segments = (sum(len(p.segments) for p in prepared),
                    len(baselines.distinct_segments(prepared)))
        self.step("raw WeasyPrint on the pipeline's HTML and CSS")
        raw_pdf = baselines.raw_weasyprint(layout, config, prepared)
        self.step("raw speech engines on the pipeline's segments")
        raw_speech = baselines.raw_speech(baselines.loaded_speakers(config, prepared), prepared)
        self.step("naive baseline: markdown-it → WeasyPrint defaults")
        naive_pdf = baselines.naive_pdf(prepared)
        self.step("naive baseline: one voice call → WAV → MP3")
        naive_audio = baselines.naive_audio(config, prepared)
        return (raw_pdf, raw_speech, naive_pdf, naive_audio), segments

    def pipeline(self) -> tuple[Run, Run, tuple[float, ...]]:
        """make -j1 and make -j2, full builds into fresh folders, then no-op makes."""
        self.step("make -j1, full build into a fresh folder")
        j1 = self.make(self.work / "build-j1", 1)
        self.step("make -j2, full build into a fresh folder")
        j2 = self.make(self.work / "build-j2", 2)
        self.step(f"no-op make -j{PLAIN}")
        noop = tuple(self.make(self.work / "build-j2", PLAIN).seconds
                     for _ in range(NOOP_REPEATS))
        return j1, j2, noop

    def edit(self, target: Path) -> tuple[Run, Run]:
        """A full build of ``target`` alone, then the library rebuilt after editing it."""
        alone = self.work / "one" / "handouts"
        alone.mkdir(parents=True)
        for name in (target.name, *SETTINGS):
            if (self.handouts / name).is_file():
                shutil.copy2(self.handouts / name, alone / name)
        self.step(f"make -j{PLAIN}, full build of {target.name} alone")
        one = self.make(self.work / "one" / "build", PLAIN, alone)
        edit_one_paragraph(target)
        self.step(f"make -j{PLAIN} after a one-paragraph edit of {target.name}")
        return one, self.make(self.work / "build-j2", PLAIN)


def edit_one_paragraph(path: Path) -> None:
    """Reword the first body paragraph, as a clinic would fix a sentence."""
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    lines = body.split("\n")
    index = next(i for i, line in enumerate(lines) if line[:1].isalpha())
    lines[index] = "Please read this. " + lines[index]
    path.write_text(head + "\n---\n" + "\n".join(lines), encoding="utf-8")


def _body_words(path: Path) -> int:
    return count_words(path.read_text(encoding="utf-8").split("\n---\n", 1)[1])


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="an empty scratch folder")
    parser.add_argument("--count", type=int, required=True, help="handouts in the library")
    parser.add_argument("--out", type=Path, help="write BENCHMARKS.md here")
    parser.add_argument("--commit", default="unknown", help="the commit the tree came from")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table, write the report if asked; exit 1 if a target is missed."""
    args = _parser().parse_args(argv)
    machine = report.machine_facts(args.commit)
    bench = Bench(args.work, args.count)
    results = bench.run()
    bench.step("done")
    machine.update(load_after=report.load_average(),
                   duration=time.perf_counter() - bench.started)
    table = report.render(results)
    print(table)
    if args.out:
        document = report.document(table, results, machine, dt.date.today())
        args.out.write_text(sections.carry_over(args.out, document), encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0 if report.all_met(results) else 1


if __name__ == "__main__":
    sys.exit(main())
