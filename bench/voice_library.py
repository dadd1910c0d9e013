"""The English default's whole-library cost: Kokoro against piper, cold and after an edit.

`bench_voices.py --library [N]` runs this. N handouts from bench/library.py (every fourth
Spanish, read by Kokoro in both runs) are built by the real CLI (`python -m handoutkit build
-j2`) into a fresh build folder, once with `voices: {en: kokoro}` and once with
`{en: piper}`; then one line of the first handout is changed and the library built again in
the same folder, whose speech cache (`build/.cache/`) keeps every sentence not changed.
Wall and CPU time of each build (the CLI process and its children), and the pace of every
English reading (words a minute inside its .vtt's cues, speech/pace.py).
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from library import generate_library

from handoutkit.speech.pace import speaking_rate
from handoutkit.speech.vtt import parse_vtt

ROOT = Path(__file__).resolve().parent.parent
COUNT = 8
ENGINES = ("piper", "kokoro")
EDIT = ("Stretch each calf", "Gently stretch each calf")  # first wording the edit changes


@dataclass(frozen=True)
class Run:
    engine: str
    cold: tuple[float, float]  # wall, CPU seconds
    edit: tuple[float, float]
    paces: tuple[float, ...]  # English readings, words a minute while speaking


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(handouts: Path, build_dir: Path) -> tuple[float, float]:
    """One `handoutkit build -j2` of the library: wall and CPU seconds."""
    start, cpu = time.perf_counter(), _cpu_of_children()
    subprocess.run(["nice", "-n", "10", sys.executable, "-m", "handoutkit", "build", "-j2",
                    "-q", "--handouts-dir", str(handouts), "--build-dir", str(build_dir)],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - start, _cpu_of_children() - cpu


def one_line_edit(handouts: Path) -> Path:
    """Change one line of the first English handout that has the edit's words."""
    for path in sorted(handouts.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if ".es." not in path.name and EDIT[0] in text:
            path.write_text(text.replace(EDIT[0], EDIT[1], 1), encoding="utf-8")
            return path
    first = sorted(p for p in handouts.glob("*.md") if ".es." not in p.name)[0]
    with first.open("a", encoding="utf-8") as out:
        out.write("\nAsk us if you have any questions.\n")
    return first


def measure_engine(engine: str, count: int, root: Path) -> Run:
    handouts = root / engine / "handouts"
    generate_library(handouts, count)
    clinic = handouts / "clinic.yaml"
    clinic.write_text(clinic.read_text(encoding="utf-8").replace(
        "  en: kokoro", f"  en: {engine}"), encoding="utf-8")
    build_dir = root / engine / "build"
    cold = build(handouts, build_dir)
    one_line_edit(handouts)
    edit = build(handouts, build_dir)
    paces = tuple(speaking_rate(parse_vtt(vtt.read_text(encoding="utf-8")))
                  for vtt in sorted((build_dir / "audio").glob("*.vtt")) if ".es." not in vtt.name)
    return Run(engine, cold, edit, paces)


def measure(count: int) -> list[Run]:
    root = Path(tempfile.mkdtemp(prefix="bench-voice-library-"))
    try:
        return [measure_engine(engine, count, root) for engine in ENGINES]
    finally:
        shutil.rmtree(root)


def table(runs: list[Run]) -> str:
    lines = ["| English voice | cold build: wall s, CPU s | one-line edit: wall s, CPU s | "
             "edit ÷ cold (CPU) | English pace while speaking (min, median, max) |",
             "|---|---|---|---|---|"]
    for r in runs:
        lines.append(f"| {r.engine} | {r.cold[0]:.0f}, {r.cold[1]:.0f} | {r.edit[0]:.1f}, "
                     f"{r.edit[1]:.1f} | {r.edit[1] / r.cold[1]:.0%} | {min(r.paces):.0f}, "
                     f"{statistics.median(r.paces):.0f}, {max(r.paces):.0f} wpm |")
    piper, kokoro = runs
    lines += ["", f"Kokoro ÷ piper: cold {kokoro.cold[0] / piper.cold[0]:.1f}× wall, "
              f"{kokoro.cold[1] / piper.cold[1]:.1f}× CPU; one-line edit "
              f"{kokoro.edit[0] / piper.edit[0]:.1f}× wall, "
              f"{kokoro.edit[1] / piper.edit[1]:.1f}× CPU."]
    return "\n".join(lines)


def summary(runs: list[Run]) -> str:
    """What the table says, in words, from its own figures."""
    piper, kokoro = runs
    return (f"Compare the CPU seconds: the machine's other work stretches the wall clock. A "
            f"cold build of this library takes {kokoro.cold[1] / piper.cold[1]:.1f}× the CPU "
            "time with Kokoro reading English (the Spanish readings, leaflets, pages and EPUBs "
            "cost the same in both runs, so the voices alone differ by more). A clinic pays "
            "that once, when English moves to Kokoro: the voice is part of each cached "
            "sentence's key. After that a one-line edit voices only the changed sentence: "
            f"{kokoro.edit[1]:.1f} CPU s against {piper.edit[1]:.1f} "
            f"({kokoro.edit[1] / piper.edit[1]:.1f}×), {kokoro.edit[1] / kokoro.cold[1]:.0%} "
            f"of Kokoro's cold build. Kokoro's English readings land at {min(kokoro.paces):.0f}"
            f"–{max(kokoro.paces):.0f} words a minute while speaking (median "
            f"{statistics.median(kokoro.paces):.0f}; STANDARDS: 145–175).")


def section(runs: list[Run], count: int) -> str:
    """The English default's part of bench/BENCHMARKS.md."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"""## The English default: Kokoro against piper over a library

`bench/bench_voices.py --library {count}` (run on {time.strftime("%Y-%m-%d")}; load average
{load} at the end) builds {count} handouts from `bench/library.py` (every fourth Spanish,
read by Kokoro in both runs) with the real CLI (`handoutkit build -j2`, every output) into a
fresh build folder, once with English read by Kokoro (`af_heart`, the default) and once by
piper (`joe`); then it changes one line of one English handout and builds again in the same
folder, whose speech cache voices only the changed sentence. CPU seconds are the build
process's and its children's, the steadier figure on a shared machine.

{table(runs)}

{summary(runs)}"""
