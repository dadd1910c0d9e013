"""Outside readers of the built files: FFmpeg's ffprobe for MP3 chapters."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def ffprobe_chapters(mp3: Path) -> list[tuple[float, str]]:
    """(start in seconds, title) of each chapter, in the order ffprobe lists them."""
    report = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-print_format", "json", str(mp3)],
        capture_output=True, text=True, check=True)
    return [(float(c["start_time"]), c.get("tags", {}).get("title", ""))
            for c in json.loads(report.stdout)["chapters"]]


def listening_sentences(listening: Path) -> list[str]:
    """The spoken sentences of a listening script (build/audio/<name>.txt), chapter titles
    ("## …") and blank lines left out."""
    return [line for line in listening.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("## ")]
