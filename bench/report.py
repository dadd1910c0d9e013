"""The benchmark's results, its one table, what the numbers say, and the machine it ran on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from baselines import Output
from runs import PLAIN, Run
from sizes import Sizes
from startup import PER_OUTPUT, Startup

MB = 1_000_000  # sizes in decimal units, as bit rates are: 64 kbit/s = 0.48 MB a minute


@dataclass(frozen=True)
class Results:
    """Everything one run measured."""

    words: tuple[int, ...]  # body words of each generated handout
    segments: tuple[int, int]  # spoken segments in the library: all, distinct
    build: Startup  # the one `build` process a make run starts
    per_output: dict[str, Startup]  # by subcommand, one process per output
    probe_others: float  # cores other processes kept busy while the probes ran
    raw_pdf: Output
    raw_speech: Output
    naive_pdf: Output
    naive_audio: Output
    j1: Run  # make -j1, full build
    j2: Run  # make -j2, full build
    noops: tuple[float, ...]  # seconds, each no-op make -j2 in turn
    sizes: Sizes  # of the -j2 build
    one: Run  # make -j2, full build of the edited handout alone
    edit: Run  # make -j2 of the library after the edit
    edited: str  # which handout
    edited_words: int

    @property
    def count(self) -> int:
        return len(self.words)

    @property
    def noop(self) -> float:
        return statistics.median(self.noops)

    @property
    def raw(self) -> float:
        return self.raw_pdf.seconds + self.raw_speech.seconds

    @property
    def raw_cpu(self) -> float:
        return self.raw_pdf.cpu_seconds + self.raw_speech.cpu_seconds

    @property
    def per_output_startup(self) -> float:
        """Fixed seconds a handout would cost with one process per output."""
        return sum(startup.fixed for startup in self.per_output.values())

    @property
    def cpu_overhead(self) -> float:
        return self.j1.cpu_seconds / self.raw_cpu - 1


@dataclass(frozen=True)
class Target:
    """One target of the issue, its measured value and the limit."""

    name: str
    value: float
    limit: float
    below: bool = True  # met when value <= limit (or < for `strict`)
    strict: bool = False

    @property
    def met(self) -> bool:
        if not self.below:
            return self.value >= self.limit
        return self.value < self.limit if self.strict else self.value <= self.limit


def targets(r: Results) -> dict[str, Target]:
    """The issue's targets, keyed for the table."""
    mp3_minutes = r.sizes.mp3_seconds / 60
    peak = max(r.j1.peak_tree_rss, r.j2.peak_tree_rss)
    return {
        "overhead": Target("pipeline overhead", r.j2.seconds / r.raw - 1, 0.15),
        "noop": Target("no-op make", r.noop, 1.0, strict=True),
        "edit": Target("edit rebuild", r.edit.seconds / r.one.seconds, 0.10),
        "speedup": Target("-j2 speed-up", r.j1.seconds / r.j2.seconds, 1.7, below=False),
        "rss": Target("peak RSS", peak / 1e9, 1.5, strict=True),
        "mp3": Target("MP3 size", r.sizes.mp3_bytes / MB / mp3_minutes, 0.6),
        "pdf": Target("PDF size", r.sizes.pdf_bytes / 1000 / r.sizes.pdf_pages, 60),
    }


def all_met(r: Results) -> bool:
    return all(t.met for t in targets(r).values()) and r.sizes.fonts_subset


def _verdict(target: Target, miss: str) -> str:
    return "met" if target.met else f"**missed** {miss}"


def _pct(value: float) -> str:
    return f"{value:+.0%}".replace("+-", "−").replace("-", "−")


def _cores() -> int:
    return len(os.sched_getaffinity(0))


def _busy(run: Run | Output) -> float:
    """Cores the run kept busy on average: CPU time ÷ wall time."""
    return run.cpu_seconds / run.seconds


def _plain(jobs: int = PLAIN) -> str:
    """`make -jN`, and whether a plain `make` (every core) runs as many jobs here."""
    same = f" (what a plain `make` runs on these {jobs} cores)" if _cores() == jobs else ""
    return f"`make -j{jobs}`{same}"


def render(r: Results) -> str:
    """The one Markdown table: measure, result, target, verdict."""
    lines = ["| measure | result | target | verdict |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in
              (*_build_rows(r), *_size_rows(r), *_startup_rows(r), _others_row(r))]
    return "\n".join(lines)


def _build_rows(r: Results) -> list[tuple[str, str, str, str]]:
    """Time: the full builds, the raw engines, the naive baseline, no-op, edit, -j2."""
    t, n = targets(r), r.count
    words = f"{min(r.words)}–{max(r.words)} words, mean {sum(r.words) / n:.0f}"
    naive = r.naive_pdf.seconds + r.naive_audio.seconds
    over = t["overhead"]
    return [
        (f"Full build, `make -j1`, {n} handouts ({words}), fresh build folder",
         f"{r.j1.seconds:.1f} s ({r.j1.seconds / n:.2f} s a handout)", "", ""),
        ("Raw WeasyPrint alone (`HTML(…).write_pdf`, the pipeline's HTML, CSS and options)",
         f"{r.raw_pdf.seconds:.1f} s", "", ""),
        ("Raw speech alone (each distinct script segment once, as the speech cache does; "
         "piper for en on the session `PiperVoice.load` makes, onnxruntime's default threads "
         "on every core; espeak-ng for es)",
         f"{r.raw_speech.seconds:.1f} s: {r.segments[1]} of {r.segments[0]} segments are "
         f"distinct, {sum(r.raw_speech.amounts) / 60:.1f} min of audio", "", ""),
        ("Pipeline overhead over the raw engines (WeasyPrint + speech): wall clock, "
         f"{_plain(2)} ÷ raw − 1; CPU time, `make -j1` ÷ raw − 1",
         f"{_pct(over.value)} wall; {_pct(r.cpu_overhead)} CPU", "≤ +15 % (wall clock)",
         _verdict(over, f"by {(over.value - 0.15) * 100:.0f} points")),
        ("Naive baseline: markdown-it → WeasyPrint defaults; one voice call → WAV → MP3",
         f"{naive:.1f} s (PDF {r.naive_pdf.seconds:.1f} s + audio {r.naive_audio.seconds:.1f} s"
         f"); `make -j1` takes {r.j1.seconds / naive:.1f}× as long", "", ""),
        (f"No-op {_plain()}, {n} handouts: median of {len(r.noops)} (each run)",
         f"{r.noop:.2f} s ({', '.join(f'{x:.2f}' for x in r.noops)})", "< 1 s",
         _verdict(t["noop"], f"by {r.noop - 1:.2f} s")),
        (f"One-paragraph edit of {r.edited} ({r.edited_words} words), {_plain()}: library "
         "rebuild ÷ full build of that handout alone", f"{r.edit.seconds:.1f} s ÷ "
         f"{r.one.seconds:.1f} s = {t['edit'].value:.0%}", "≤ 10 %",
         _verdict(t["edit"], f"by {(t['edit'].value - 0.10) * 100:.0f} points")),
        ("`make -j2` full build, fresh build folder; speed-up over `-j1`",
         f"{r.j2.seconds:.1f} s; {t['speedup'].value:.2f}×", "≥ 1.7×",
         _verdict(t["speedup"], f"by {1.7 - t['speedup'].value:.2f}")),
        ("CPU cores busy on average (CPU time ÷ wall time): `-j1` / `-j2` / raw speech",
         f"{_busy(r.j1):.2f} / {_busy(r.j2):.2f} / {_busy(r.raw_speech):.2f}", "", ""),
        ("Peak RSS of `make -j1` and `-j2`, whole process tree (sampled every 0.2 s); "
         "largest single process", f"{t['rss'].value * 1000:.0f} MB; "
         f"{max(r.j1.max_process_rss, r.j2.max_process_rss) / MB:.0f} MB", "< 1.5 GB",
         _verdict(t["rss"], f"by {(t['rss'].value - 1.5) * 1000:.0f} MB")),
    ]


def _size_rows(r: Results) -> list[tuple[str, str, str, str]]:
    """Output sizes: the pipeline's against the targets, and the naive baseline's."""
    t = targets(r)
    naive_pages = sum(r.naive_pdf.amounts)
    naive_minutes = sum(r.naive_audio.amounts) / 60
    pdf = (_verdict(t["pdf"], f"by {t['pdf'].value - 60:.1f} KB") if r.sizes.fonts_subset
           else "**missed**: fonts not subset")
    return [
        ("MP3 size (pipeline, 64 kbit/s mono CBR)", f"{t['mp3'].value:.3f} MB a minute",
         "≤ 0.6 MB/min", _verdict(t["mp3"], f"by {t['mp3'].value - 0.6:.3f} MB/min")),
        ("PDF size (pipeline): mean per page; worst leaflet; fonts subset",
         f"{t['pdf'].value:.1f} KB a page ({r.sizes.pdf_pages} pages); "
         f"{r.sizes.pdf_max_per_page / 1000:.1f} KB; {'yes' if r.sizes.fonts_subset else 'NO'}",
         "≤ 60 KB/page, subset", pdf),
        ("Naive output sizes", f"PDF {sum(r.naive_pdf.sizes) / 1000 / naive_pages:.1f} KB a "
         f"page; MP3 {sum(r.naive_audio.sizes) / MB / naive_minutes:.3f} MB a minute", "", ""),
    ]


def _startup_rows(r: Results) -> list[tuple[str, str, str, str]]:
    """The fixed cost of the one build process, and of one process per output instead."""
    fixed, per, n = r.build.fixed, r.per_output_startup, r.count
    return [
        ("Fixed cost of the one `build` process a `make` run starts (interpreter, imports, "
         f"first use: WeasyPrint and its fonts, the piper voice) ÷ full build of {r.edited} "
         "alone", f"{fixed:.2f} s ÷ {r.one.seconds:.1f} s = {fixed / r.one.seconds:.0%}", "",
         ""),
        (f"One process per output instead ({', '.join(PER_OUTPUT)} for each handout, as "
         "make ran them before): fixed cost of each; a handout; the library",
         " / ".join(f"{s.fixed:.2f}" for s in r.per_output.values()) + f" s; {per:.1f} s; "
         f"{per * n:.0f} s for {n} handouts ({per * n / r.j1.seconds:.0%} of `make -j1`)",
         "", ""),
    ]


def _others_row(r: Results) -> tuple[str, str, str, str]:
    others = _others(r)
    return ("Other processes on the machine, cores busy on average during: "
            + ", ".join(others), " / ".join(f"{v:.2f}" for v in others.values()), "", "")


def machine_facts(commit: str) -> dict[str, object]:
    """What this run ran on: cores, CPU model, versions, commit, load before starting."""
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    return {"nproc": _cores(), "cpu": model,
            "python": platform.python_version(), "commit": commit,
            "versions": ", ".join(f"{p} {version(p)}" for p in
                                  ("weasyprint", "piper-tts", "onnxruntime", "lameenc")),
            "load_before": load_average()}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def findings(r: Results) -> str:
    """The short paragraph under the table: where the time goes, and what would cut it."""
    return " ".join([_overhead_finding(r), _startup_finding(r), _edit_finding(r),
                     _parallel_finding(r), _load_finding(r)])


def _overhead_finding(r: Results) -> str:
    """Wall clock over the raw engines split into CPU time and cores kept busy."""
    extra = r.j1.cpu_seconds - r.raw_cpu
    text = (f"The engines alone take {r.raw:.0f} s ({r.raw_speech.seconds / r.raw:.0%} of it "
            f"speech); plain `make` (`-j2`) takes {r.j2.seconds:.0f} s "
            f"({_pct(targets(r)['overhead'].value)}) and `make -j1` {r.j1.seconds:.0f} s. "
            f"On the wall clock `-j2` takes {r.j2.seconds / r.raw:.2f}× the engines' time: "
            f"{r.j2.cpu_seconds / r.raw_cpu:.2f}× their CPU time, spread over "
            f"{_busy(r.j2):.2f} cores to their {r.raw_cpu / r.raw:.2f}. ")
    if extra > 0:
        return text + (f"In CPU time `make -j1` spends {extra:.0f} s more than the engines "
                       f"({_pct(r.cpu_overhead)}): the work they do not do (lint, "
                       "fingerprints, loudness, encoding, tags, transcripts, pages, catalogue) "
                       f"and the fixed cost of its one process ({r.build.fixed:.1f} s).")
    return text + (f"In CPU time `make -j1` spends {-extra:.0f} s less than the engines alone "
                   f"({_pct(r.cpu_overhead)}) while doing their work and more: its one-thread "
                   "piper session spends less CPU on a segment than piper's default session, "
                   "which spreads each one over every core.")


def _startup_finding(r: Results) -> str:
    """The fixed cost make pays once a run, and what one process per output would pay."""
    b, n, per = r.build, r.count, r.per_output_startup
    return (f"The one `build` process a `make` run starts pays {b.fixed:.1f} s on top of its "
            f"work (interpreter about {b.interpreter:.2f} s, `import handoutkit.cli` "
            f"{b.imports:.2f} s, first use of WeasyPrint, its fonts and the piper voice "
            f"{b.first_use:.2f} s), {b.fixed / r.j1.seconds:.1%} of `make -j1`. One process "
            f"per output ({', '.join(PER_OUTPUT)}) would pay {per:.1f} s a handout, "
            f"{per * n:.0f} s over the library ({per * n / r.j1.seconds:.0%} of `make -j1`): "
            "the cost that building every handout in one process avoids.")


def _edit_finding(r: Results) -> str:
    """How much of the edit rebuild, and of the handout's build alone, is the fixed cost."""
    fixed, one, edit = r.build.fixed, r.one.seconds, r.edit.seconds
    text = (f"The full build of {r.edited} alone takes {one:.1f} s and the one-paragraph "
            f"rebuild {edit:.1f} s; the fixed cost of the build process is {fixed / one:.0%} "
            f"of the first and {fixed / edit:.0%} of the second")
    if fixed >= edit:
        return text + ("; that is more than the whole rebuild, which starts such a process too, "
                       f"so the probe's figure is off by at least {fixed - edit:.1f} s in this "
                       "run.")
    if fixed / one > 0.10:
        text += (", so with a process started for each rebuild, that cost alone keeps any "
                 "rebuild above 10 % of the handout's build alone")
    return text + (f"; the other {edit - fixed:.1f} s of the rebuild are its work: the changed "
                   "sentences voiced, the handout's leaflet, reading and page and the "
                   "catalogue written again.")


def _parallel_finding(r: Results) -> str:
    """The -j2 speed-up split into cores kept busy and CPU time; the naive baseline."""
    speedup, busy = targets(r)["speedup"].value, _busy(r.j1)
    cpu = r.j2.cpu_seconds / r.j1.cpu_seconds - 1
    text = (f"`-j2` gives {speedup:.2f}× over `-j1`: it keeps {_busy(r.j2):.2f} cores busy to "
            f"`-j1`'s {busy:.2f} and uses {abs(cpu):.0%} {'more' if cpu > 0 else 'less'} CPU "
            "time")
    if busy > 1.1:
        text += (f"; as `-j1` already keeps more than one core busy, {_cores()} cores allow "
                 f"at most about {_cores() / busy:.2f}× at the same CPU time")
    naive = r.naive_pdf.seconds + r.naive_audio.seconds
    return text + (f". The naive pipeline takes {naive:.0f} s: it voices all {r.segments[0]} "
                   f"segments, repeats too ({r.segments[1]} are distinct), with no cache.")


def _load_finding(r: Results) -> str:
    steps = _others(r)
    busiest = max(steps.values())
    if busiest < 0.2:
        return "Nothing else ran on the machine meanwhile."
    return (f"Other processes kept up to {busiest:.1f} of the {_cores()} cores busy "
            "during the steps (table), which inflates the seconds and blurs the ratios: "
            "run again on a quiet machine before acting on a ratio near its target.")


def _others(r: Results) -> dict[str, float]:
    """Cores other processes kept busy during each measured step."""
    return {"probes": r.probe_others, "raw": r.raw_speech.others_cores,
            "naive": r.naive_audio.others_cores, "-j1": r.j1.others_cores,
            "-j2": r.j2.others_cores, "alone": r.one.others_cores, "edit": r.edit.others_cores}


def document(table: str, r: Results, machine: dict[str, object], day: dt.date) -> str:
    """bench/BENCHMARKS.md: how to run, the machine, the table, what it says."""
    return f"""# Build benchmarks

`make bench` runs `bench/bench_audio.py`, `bench/bench_voices.py` (which writes the voices
section at the end) and then `bench/bench_build.py`, which writes the rest of this file (how
long it took is below; `.venv/bin/python bench/bench_build.py --quick` takes 10 handouts and
only prints). Every figure below is from one run on one machine, so compare the
ratios, not the seconds, with another run. Timings belong here only, never in the tests.

The library is {r.count} handouts generated from the samples by `bench/library.py` (seeded:
the same files every run; every fourth one Spanish, read by espeak-ng). Pipeline figures are
real `make -C <repo> HANDOUTS_DIR=… BUILD_DIR=… all -jN` runs, each full build into a fresh
build folder so the speech cache starts cold. When anything changed, a `make` run starts one
`handoutkit build` process, which builds N handouts at once, N from make's `-jN` or, for a
plain `make`, every core; so the no-op, the edit and the build alone run `make -j{PLAIN}`.
The raw engines run in the benchmark process on exactly the pipeline's inputs: WeasyPrint
gets the leaflet HTML and CSS handoutkit renders, with its PDF/UA-1 options; the voices get
each distinct script segment the audio writer would voice, piper on the session
`PiperVoice.load` makes (onnxruntime's default threads, every core) where the pipeline runs
one single-threaded session per job. The naive baseline is markdown-it → HTML → WeasyPrint
with default settings, and the same words in one voice call → WAV (wave module) → MP3
(lameenc defaults), no cache. Memory is the summed resident set of the make process tree,
sampled every 0.2 s, and the largest single process from `wait4`. 1 KB = 1000 bytes,
1 MB = 10⁶ bytes.

Machine: {machine['nproc']} cores, {machine['cpu']}; Python {machine['python']};
{machine['versions']}. Run on {day.isoformat()} at commit {machine['commit']} (plus any
uncommitted changes in the tree), {machine['duration'] / 60:.0f} minutes; load average
{machine['load_before']} before and {machine['load_after']} after (anything else running on
the machine slows every step alike but blurs the ratios).

{table}

## What the numbers say

{findings(r)}
"""
