"""Audio benchmark: the whole audio build against raw piper synthesis of the same sentences.

Run with `make bench`. Every figure comes from this one run on this machine, as ratios:
- overhead = full build (empty cache) / raw synthesis of the same segment texts;
  target ≤ 1.25 (script, silences, loudness, MP3 encoding, tags and cache writes ≤ 25 %);
- edit = rebuild after a one-paragraph edit / full build; target ≤ 0.15.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from handoutkit.config import load_config
from handoutkit.files import Layout
from handoutkit.loader import load_handout
from handoutkit.speech.engines import PiperEngine
from handoutkit.speech.script import build_script
from handoutkit.writers.audio import AudioWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("leg-cramps-in-pregnancy", "leg-cramps-in-pregnancy-guide")


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _edit_one_paragraph(path: Path) -> None:
    """Change the first body paragraph's first sentence, as a clinic would fix a word."""
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    lines = body.split("\n")
    index = next(i for i, line in enumerate(lines) if line and line[0].isalpha())
    lines[index] = "Please read this. " + lines[index]
    path.write_text(head + "\n---\n" + "\n".join(lines), encoding="utf-8")


def bench_handout(name: str, work: Path, piper: PiperEngine) -> dict[str, float]:
    layout = Layout(work / "handouts", work / "build", ROOT / "templates")
    config = load_config(layout.handouts_dir)
    source = layout.handouts_dir / f"{name}.md"
    handout = load_handout(source, layout.handouts_dir)
    texts = [s.text for s in build_script(handout, config).segments]
    raw = _timed(lambda: [piper.synthesize(t) for t in texts])

    writer = AudioWriter(config, layout)
    writer.engines[handout.meta.lang] = piper
    dest = layout.output(name, "audio")
    full = _timed(lambda: writer.write(handout, dest))
    _edit_one_paragraph(source)
    edited = load_handout(source, layout.handouts_dir)
    rebuild = _timed(lambda: writer.write(edited, dest))
    return {"segments": len(texts), "raw": raw, "full": full, "rebuild": rebuild}


def main() -> int:
    piper = PiperEngine()
    piper.synthesize("Warm up.")  # load the voice outside the timings, as both sides share it
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in SAMPLES:
            work = Path(tmp) / name
            shutil.copytree(ROOT / "handouts", work / "handouts")
            rows.append((name, bench_handout(name, work, piper)))
    lines = ["| handout | segments | raw piper s | full build s | overhead | "
             "one-paragraph rebuild s | rebuild / full |", "|---|---|---|---|---|---|---|"]
    ok = True
    for name, r in rows:
        overhead, edit = r["full"] / r["raw"], r["rebuild"] / r["full"]
        ok &= overhead <= 1.25 and edit <= 0.15
        lines.append(f"| {name} | {r['segments']:.0f} | {r['raw']:.2f} | {r['full']:.2f} | "
                     f"{overhead:.2f} × | {r['rebuild']:.2f} | {edit:.1%} |")
    report = "\n".join(lines)
    print(report)
    print("targets: overhead ≤ 1.25 ×, rebuild ≤ 15 % —", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
