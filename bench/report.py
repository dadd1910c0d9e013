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
from runs import Run
from sizes import Sizes
from startup import KINDS, PER_HANDOUT, Startup

MB = 1_000_000  # sizes in decimal units, as bit rates are: 64 kbit/s = 0.48 MB a minute


@dataclass(frozen=True)
class Results:
    """Everything one run measured."""

    words: tuple[int, ...]  # body words of each generated handout
    segments: tuple[int, int]  # spoken segments in the library: all, distinct
    startup: dict[str, Startup]  # by process kind
    raw_pdf: Output
    raw_speech: Output
    naive_pdf: Output
    naive_audio: Output
    j1: Run  # make -j1, full build
    noops: tuple[float, ...]  # seconds, each no-op make in turn
    j2: Run
    batched: Run  # check + build + index, one process each
    sizes: Sizes  # of the -j1 build
    one: Run  # make -j1, full build of the edited handout alone
    edit: Run  # make -j1 of the library after the edit
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
    def per_handout_startup(self) -> float:
        return sum(self.startup[kind].fixed for kind in PER_HANDOUT)

    @property
    def edit_startup(self) -> float:
        return sum(self.startup[kind].fixed for kind in KINDS)

    @property
    def peak(self) -> Run:
        return max((self.j1, self.j2, self.batched), key=lambda run: run.peak_tree_rss)


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
    return {
        "overhead": Target("pipeline overhead", r.j1.seconds / r.raw - 1, 0.15),
        "noop": Target("no-op make", r.noop, 1.0, strict=True),
        "edit": Target("edit rebuild", r.edit.seconds / r.one.seconds, 0.10),
        "speedup": Target("-j2 speed-up", r.j1.seconds / r.j2.seconds, 1.7, below=False),
        "rss": Target("peak RSS", r.peak.peak_tree_rss / 1e9, 1.5, strict=True),
        "mp3": Target("MP3 size", r.sizes.mp3_bytes / MB / mp3_minutes, 0.6),
        "pdf": Target("PDF size", r.sizes.pdf_bytes / 1000 / r.sizes.pdf_pages, 60),
    }


def all_met(r: Results) -> bool:
    return all(t.met for t in targets(r).values()) and r.sizes.fonts_subset


def _verdict(target: Target, miss: str) -> str:
    return "met" if target.met else f"**missed** {miss}"


def _pct(value: float) -> str:
    return f"{value:+.0%}".replace("+-", "−").replace("-", "−")


def render(r: Results) -> str:
    """The one Markdown table: measure, result, target, verdict."""
    t = targets(r)
    s, n = r.startup, r.count
    words = f"{min(r.words)}–{max(r.words)} words, mean {sum(r.words) / n:.0f}"
    naive = r.naive_pdf.seconds + r.naive_audio.seconds
    naive_pages = sum(r.naive_pdf.amounts)
    naive_minutes = sum(r.naive_audio.amounts) / 60
    rows = [
        (f"Full build, `make -j1`, {n} handouts ({words}), fresh build folder",
         f"{r.j1.seconds:.1f} s ({r.j1.seconds / n:.2f} s a handout)", "", ""),
        ("Raw WeasyPrint alone (`HTML(…).write_pdf`, the pipeline's HTML, CSS and options)",
         f"{r.raw_pdf.seconds:.1f} s", "", ""),
        ("Raw speech alone (each distinct script segment once, as the speech cache does; "
         "piper for en, espeak-ng for es)",
         f"{r.raw_speech.seconds:.1f} s: {r.segments[1]} of {r.segments[0]} segments are "
         f"distinct, {sum(r.raw_speech.amounts) / 60:.1f} min of audio", "", ""),
        ("Pipeline overhead over the raw engines (`make -j1` ÷ raw − 1): wall clock; CPU time",
         f"{_pct(t['overhead'].value)}; {_pct(r.j1.cpu_seconds / r.raw_cpu - 1)}", "≤ +15 %",
         _verdict(t["overhead"], f"by {(t['overhead'].value - 0.15) * 100:.0f} points")),
        ("Batched: one `check`, one `build`, one `index` process, fresh build folder",
         f"{r.batched.seconds:.1f} s ({_pct(r.batched.seconds / r.raw - 1)} over raw; "
         f"{r.batched.seconds / r.j1.seconds:.0%} of `make -j1`)", "", ""),
        ("Naive baseline: markdown-it → WeasyPrint defaults; one voice call → WAV → MP3",
         f"{naive:.1f} s (PDF {r.naive_pdf.seconds:.1f} s + audio {r.naive_audio.seconds:.1f} s"
         f"); `make -j1` takes {r.j1.seconds / naive:.1f}× as long", "", ""),
        (f"No-op `make`: median of {len(r.noops)} (each run)",
         f"{r.noop:.2f} s ({', '.join(f'{x:.2f}' for x in r.noops)})", "< 1 s",
         _verdict(t["noop"], f"by {r.noop - 1:.2f} s")),
        (f"One-paragraph edit of {r.edited} ({r.edited_words} words): rebuild ÷ full build "
         "of that handout alone", f"{r.edit.seconds:.1f} s ÷ {r.one.seconds:.1f} s = "
         f"{t['edit'].value:.0%}", "≤ 10 %",
         _verdict(t["edit"], f"by {(t['edit'].value - 0.10) * 100:.0f} points")),
        ("`make -j2` full build; speed-up over `-j1`",
         f"{r.j2.seconds:.1f} s; {t['speedup'].value:.2f}×", "≥ 1.7×",
         _verdict(t["speedup"], f"by {1.7 - t['speedup'].value:.2f}")),
        ("CPU cores busy on average (CPU time ÷ wall time): `-j1` / `-j2` / batched",
         f"{r.j1.cpu_seconds / r.j1.seconds:.2f} / {r.j2.cpu_seconds / r.j2.seconds:.2f} / "
         f"{r.batched.cpu_seconds / r.batched.seconds:.2f}", "", ""),
        ("Peak RSS, whole process tree (sampled every 0.2 s); largest single process",
         f"{r.peak.peak_tree_rss / MB:.0f} MB; {max(r.j1.max_process_rss, r.j2.max_process_rss, r.batched.max_process_rss) / MB:.0f} MB",  # noqa: E501
         "< 1.5 GB", _verdict(t["rss"], f"by {(t['rss'].value - 1.5) * 1000:.0f} MB")),
        ("MP3 size (pipeline, 64 kbit/s mono CBR)", f"{t['mp3'].value:.3f} MB a minute",
         "≤ 0.6 MB/min", _verdict(t["mp3"], f"by {t['mp3'].value - 0.6:.3f} MB/min")),
        ("PDF size (pipeline): mean per page; worst leaflet; fonts subset",
         f"{t['pdf'].value:.1f} KB a page ({r.sizes.pdf_pages} pages); "
         f"{r.sizes.pdf_max_per_page / 1000:.1f} KB; {'yes' if r.sizes.fonts_subset else 'NO'}",
         "≤ 60 KB/page, subset", _verdict(t["pdf"], f"by {t['pdf'].value - 60:.1f} KB")
         if r.sizes.fonts_subset else "**missed**: fonts not subset"),
        ("Naive output sizes", f"PDF {sum(r.naive_pdf.sizes) / 1000 / naive_pages:.1f} KB a "
         f"page; MP3 {sum(r.naive_audio.sizes) / MB / naive_minutes:.3f} MB a minute", "", ""),
        ("Fixed cost per process (interpreter, imports, first use: fonts, the voice): "
         + ", ".join(KINDS), " / ".join(f"{s[k].fixed:.2f}" for k in KINDS) + " s", "", ""),
        (f"Start-up per handout ({len(PER_HANDOUT)} processes) ÷ full build of "
         f"{r.edited} alone", f"{r.per_handout_startup:.1f} s ÷ {r.one.seconds:.1f} s = "
         f"{r.per_handout_startup / r.one.seconds:.0%}", "", ""),
    ]
    rows.append(("Other processes on the machine, cores busy on average during: "
                 + ", ".join(_others(r)), " / ".join(f"{v:.2f}" for v in _others(r).values()),
                 "", ""))
    lines = ["| measure | result | target | verdict |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def machine_facts(commit: str) -> dict[str, object]:
    """What this run ran on: cores, CPU model, versions, commit, load before starting."""
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    return {"nproc": len(os.sched_getaffinity(0)), "cpu": model,
            "python": platform.python_version(), "commit": commit,
            "versions": ", ".join(f"{p} {version(p)}" for p in
                                  ("weasyprint", "piper-tts", "onnxruntime", "lameenc")),
            "load_before": load_average()}


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def findings(r: Results) -> str:
    """The short paragraph under the table: where the time goes, and what would cut it."""
    return " ".join([_overhead_finding(r), _startup_finding(r), _parallel_finding(r),
                     _load_finding(r)])


def _overhead_finding(r: Results) -> str:
    processes = len(PER_HANDOUT) * r.count + 1
    text = (f"The engines alone take {r.raw:.0f} s ({r.raw_speech.seconds / r.raw:.0%} of it "
            f"speech); `make -j1` takes {r.j1.seconds:.0f} s "
            f"({_pct(targets(r)['overhead'].value)}) and the same build batched into one "
            f"process per step {r.batched.seconds:.0f} s. ")
    if r.raw < r.batched.seconds < r.j1.seconds:
        text += (f"So {r.j1.seconds - r.batched.seconds:.0f} s of the "
                 f"{r.j1.seconds - r.raw:.0f} s overhead comes from the {processes} processes "
                 f"make starts and {r.batched.seconds - r.raw:.0f} s from work inside the "
                 "pipeline (lint, loudness, encoding, tags, transcripts, pages, catalogue).")
    else:
        text += (f"Batched and `make -j1` differ by the {processes} processes make starts; "
                 "the order of the three here is within the noise of this run.")
    return text


def _startup_finding(r: Results) -> str:
    s = r.startup
    return (f"Each process pays {min(x.fixed for x in s.values()):.1f}–"
            f"{max(x.fixed for x in s.values()):.1f} s on top of its work "
            f"(interpreter about {statistics.median(x.interpreter for x in s.values()):.2f} s, "
            f"`import handoutkit.cli` {s['check'].imports:.2f} s, then first use: "
            f"{s['pdf'].first_use:.2f} s for WeasyPrint in pdf, {s['audio'].first_use:.2f} s "
            f"for piper and the voice in audio): {r.per_handout_startup:.1f} s a handout, "
            f"{r.per_handout_startup / r.one.seconds:.0%} of the full build of {r.edited} "
            f"alone ({r.one.seconds:.1f} s), and {r.edit_startup:.1f} s of its one-paragraph "
            f"rebuild ({r.edit.seconds:.1f} s; only the changed sentences are voiced again).")


def _parallel_finding(r: Results) -> str:
    spread = (", as piper already keeps more than one core busy at `-j1`"
              if r.j1.cpu_seconds / r.j1.seconds > 1.15 else "")
    return (f"`-j2` gives {targets(r)['speedup'].value:.2f}×{spread}; batching saves "
            f"{1 - r.batched.seconds / r.j1.seconds:.0%} of `make -j1` with no other change.")


def _load_finding(r: Results) -> str:
    steps = _others(r)
    busiest = max(steps.values())
    if busiest < 0.2:
        return "Nothing else ran on the machine meanwhile."
    return (f"Other processes kept up to {busiest:.1f} of the {os.cpu_count()} cores busy "
            "during the steps (table), which inflates the seconds and blurs the ratios: "
            "run again on a quiet machine before acting on a ratio near its target.")


def _others(r: Results) -> dict[str, float]:
    """Cores other processes kept busy during each measured step."""
    return {"raw": r.raw_speech.others_cores, "naive": r.naive_audio.others_cores,
            "-j1": r.j1.others_cores, "-j2": r.j2.others_cores,
            "batched": r.batched.others_cores, "alone": r.one.others_cores,
            "edit": r.edit.others_cores}


def document(table: str, r: Results, machine: dict[str, object], day: dt.date) -> str:
    """bench/BENCHMARKS.md: how to run, the machine, the table, what it says."""
    return f"""# Build benchmarks

`make bench` runs `bench/bench_audio.py` and then `bench/bench_build.py`, which writes this
file (about 30 minutes on 2 cores; `.venv/bin/python bench/bench_build.py --quick` takes 10
handouts and only prints). Every figure below is from one run on one machine, so compare the
ratios, not the seconds, with another run. Timings belong here only, never in the tests.

The library is {r.count} handouts generated from the samples by `bench/library.py` (seeded:
the same files every run; every fourth one Spanish, read by espeak-ng). Pipeline figures are
real `make -C <repo> HANDOUTS_DIR=… BUILD_DIR=… all -jN` runs, each full build into a fresh
build folder so the speech cache starts cold. The raw engines run in the benchmark process on
exactly the pipeline's inputs: WeasyPrint gets the leaflet HTML and CSS handoutkit renders,
with its PDF/UA-1 options; the voices get every script segment the audio writer would voice.
The naive baseline is markdown-it → HTML → WeasyPrint with default settings, and the same
words in one voice call → WAV (wave module) → MP3 (lameenc defaults), no cache. Memory is the
summed resident set of the make process tree, sampled every 0.2 s, and the largest single
process from `wait4`. 1 KB = 1000 bytes, 1 MB = 10⁶ bytes.

Machine: {machine['nproc']} cores, {machine['cpu']}; Python {machine['python']};
{machine['versions']}. Run on {day.isoformat()} at commit {machine['commit']} (plus any
uncommitted changes in the tree), {machine['duration'] / 60:.0f} minutes; load average
{machine['load_before']} before and {machine['load_after']} after (anything else running on
the machine slows every step alike but blurs the ratios).

{table}

## What the numbers say

{findings(r)}
"""
