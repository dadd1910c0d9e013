"""Reproducible readings: the MP3s of the samples built with -j1 and -j2 from empty caches are
the same bytes; and each reading's pace, in words a minute while the voice speaks.

Run with `make bench`, or `.venv/bin/python bench/bench_same_audio.py`. Each build is a
whole `python -m handoutkit audio -jN` of every sample handout into its own empty build
folder (so its speech cache is empty too). Exits 1 if any MP3 or transcript differs, or a
reading's pace (words in its .vtt cues ÷ time inside them) is outside 145–175 words a minute.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's handoutkit, for the pace

from handoutkit.speech.pace import speaking_rate  # noqa: E402
from handoutkit.speech.vtt import parse_vtt  # noqa: E402

JOBS = (1, 2)
PACE = (145.0, 175.0)  # words a minute while speaking (STANDARDS)


def build(handouts: Path, build_dir: Path, jobs: int) -> tuple[float, dict[str, str]]:
    """Seconds for the build, and the sha256 of every MP3 and transcript, by file name."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "handoutkit", "audio", "-q", f"-j{jobs}",
                    "--handouts-dir", str(handouts), "--build-dir", str(build_dir),
                    "--cache-dir", str(build_dir / ".cache")],
                   cwd=ROOT, check=True)
    seconds = time.perf_counter() - started
    files = sorted((build_dir / "audio").glob("*.*"))
    return seconds, {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def paces(build_dir: Path) -> dict[str, float]:
    return {vtt.stem: speaking_rate(parse_vtt(vtt.read_text(encoding="utf-8")))
            for vtt in sorted((build_dir / "audio").glob("*.vtt"))}


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        handouts = Path(scratch) / "handouts"
        shutil.copytree(ROOT / "handouts", handouts)
        builds = {jobs: build(handouts, Path(scratch) / f"build-j{jobs}", jobs) for jobs in JOBS}
        rates = paces(Path(scratch) / "build-j1")
    digests = [files for _, files in builds.values()]
    same = all(d == digests[0] for d in digests) and bool(digests[0])
    for jobs, (seconds, files) in builds.items():
        print(f"-j{jobs}: {len(files)} files in {seconds:.1f} s from an empty cache")
    for name in sorted(digests[0]):
        marks = " ".join(d.get(name, "missing")[:12] for d in digests)
        print(f"  {name}: {marks}")
    print("MP3s and transcripts identical for", ", ".join(f"-j{j}" for j in JOBS), "—",
          "yes" if same else "NO")
    paced = all(PACE[0] <= rate <= PACE[1] for rate in rates.values())
    for name, rate in rates.items():
        print(f"  pace {name}: {rate:.0f} words a minute while speaking")
    print(f"pace {PACE[0]:.0f}–{PACE[1]:.0f} words a minute —", "met" if paced else "MISSED")
    return 0 if same and paced else 1


if __name__ == "__main__":
    sys.exit(main())
