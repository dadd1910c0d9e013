"""The language fixtures built by the real CLI and heard back: WER and pace per language.

`bench_voices.py --languages` runs this. Each fixture handout (tests/fixtures/languages/,
and Italian and Hindi in tests/fixtures/voices/) is built by `python -m handoutkit audio`
into a fresh folder with the default voices; French, Brazilian Portuguese and Chinese are
built again with espeak-ng, the voice Kokoro replaces there. Each MP3 is decoded and
transcribed by Whisper base; WER is against the words its .vtt says were spoken (Chinese:
characters), pace is `speaking_rate` of the .vtt's cues (speech/pace.py: Chinese characters
1.5 to a word).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from handoutkit.config import load_config
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.engines import make_engine
from handoutkit.speech.pace import speaking_rate
from handoutkit.speech.vtt import parse_vtt
from tests.hearing import transcribe, word_error_rate, words

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "languages"
MORE = ROOT / "tests" / "fixtures" / "voices"
COMPARED = {"fr": "espeak-ng", "pt-BR": "espeak-ng", "zh-Hans": "espeak-ng"}


@dataclass(frozen=True)
class Heard:
    lang: str
    voice: str  # engine and speaker, e.g. "kokoro:ff_siwis"
    words: int  # in the reference (characters in Chinese)
    wer: float
    wpm: float  # while speaking, from the .vtt
    seconds: float


def handouts() -> list[Path]:
    """Every fixture handout but the English source."""
    return sorted([*FIXTURES.glob("heat.*.md"), *MORE.glob("heat.*.md")])


def build(handout_paths: list[Path], voices: dict[str, str]) -> tuple[Path, float]:
    """The handouts built by the CLI into a fresh folder; that folder and the wall time."""
    root = Path(tempfile.mkdtemp(prefix="bench-languages-"))
    (root / "handouts").mkdir()
    clinic = (FIXTURES / "clinic.yaml").read_text(encoding="utf-8")
    if voices:
        clinic += "voices: {" + ", ".join(f"{k}: {v}" for k, v in voices.items()) + "}\n"
    (root / "handouts" / "clinic.yaml").write_text(clinic, encoding="utf-8")
    for path in handout_paths:
        shutil.copy(path, root / "handouts" / path.name)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "handoutkit", "audio", "-j2", "--handouts-dir",
                    str(root / "handouts"), "--build-dir", str(root / "build"),
                    "--cache-dir", str(root / "build" / ".cache"),
                    *(str(root / "handouts" / p.name) for p in handout_paths)],
                   check=True, cwd=ROOT, capture_output=True)
    return root, time.perf_counter() - start


def hear(root: Path, handout: Path) -> Heard | None:
    """One built reading heard back, or None when its language has no voice."""
    lang = handout.name.split(".")[1]
    mp3 = root / "build" / "audio" / f"{handout.stem}.mp3"
    if not mp3.is_file():
        return None
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    pcm = decode_mp3(mp3.read_bytes())
    said = words(" ".join(cue.text for cue in cues), lang)
    heard = words(transcribe(pcm, lang), lang)
    config = load_config(root / "handouts")
    engine = make_engine(config.voice_for(lang) or "", lang)
    voice = f"{engine.name}:{getattr(engine, 'voice', '')}"
    return Heard(lang, voice, len(said), word_error_rate(said, heard), speaking_rate(cues),
                 pcm.duration)


def measure() -> tuple[list[Heard], list[str]]:
    """Every fixture with its default voice, then the compared ones with espeak-ng."""
    results, silent = [], []
    root, _ = build(handouts(), {})
    for handout in handouts():
        heard = hear(root, handout)
        results += [heard] if heard else []
        silent += [] if heard else [handout.name]
    shutil.rmtree(root)
    compared = [h for h in handouts() if h.name.split(".")[1] in COMPARED]
    root, _ = build(compared, COMPARED)
    results += [heard for h in compared if (heard := hear(root, h))]
    shutil.rmtree(root)
    return results, silent


def table(results: list[Heard]) -> str:
    lines = ["| language | voice | words (zh: characters) | speech s | pace while speaking | "
             "WER (zh: CER) |", "|---|---|---|---|---|---|"]
    lines += [f"| {r.lang} | {r.voice} | {r.words} | {r.seconds:.1f} | {r.wpm:.0f} wpm | "
              f"{r.wer:.1%} |" for r in results]
    return "\n".join(lines)
