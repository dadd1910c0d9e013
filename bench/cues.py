"""Each natural voice heard cue by cue: the character error rate per sentence.

`bench_voices.py --cues` runs this. The fixtures of the languages with a natural voice are
built by the real CLI (`python -m handoutkit audio`, default voices); each cue of the .vtt is
cut from the decoded MP3 (with a little of the pause either side) and Whisper base
transcribes it alone, told the language; the reference is the same sentence of the
listening script (the words the voice was given). Both sides go through tests/hearing.py's
`words` (digits as words, no case, accents or punctuation) and are compared as characters
without spaces, so a word split or joined differently costs little. The CER of a language
is its edits over its reference characters, all cues together; the median cue is beside it.

Chinese and Japanese have a second figure beside the character one, never instead of it: the
same comparison made on how the characters sound, so that a word heard right but written
with another character (a homophone: 衰竭 heard as 摔解) does not count. Mandarin is compared
as pinyin syllables (pypinyin), with tones and without; Japanese as kana (OpenJTalk, which
also says Whisper's digits as the voice said them).
"""

from __future__ import annotations

import re
import shutil
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import languages

from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.vtt import parse_vtt
from tests.hearing import transcribe, word_error_rate, words

ROOT = Path(__file__).resolve().parent.parent
# The fixture each natural voice reads (Spanish has no heat fixture: a handout of its own).
FIXTURES = {
    "en": languages.FIXTURES / "heat.md",
    "es": ROOT / "tests" / "fixtures" / "spanish" / "presion-alta.es.md",
    "fr": languages.FIXTURES / "heat.fr.md",
    "pt-BR": languages.FIXTURES / "heat.pt-BR.md",
    "it": languages.MORE / "heat.it.md",
    "zh-Hans": languages.FIXTURES / "heat.zh-Hans.md",
    "ja": languages.MORE / "heat.ja.md",
}
KANA = re.compile(r"[\u30a1-\u30fa\u30fc]")  # katakana and its long-vowel mark
PHONE = re.compile(r"\d+(?:[-\s]\d+)+|\d{7,}")  # digit groups, or a run as long as a phone number
HAN_DIGITS = "零一二三四五六七八九"
BEFORE, AFTER = 0.15, 0.25  # seconds of the pauses kept around a cue
MAX_CER = 0.15


@dataclass(frozen=True)
class CueHeard:
    lang: str
    cues: int
    characters: int  # in the reference
    cer: float  # all cues' edits over all their characters
    median: float  # the median cue's CER
    worst: tuple[str, str, float]  # the worst cue: said, heard, CER
    sounds: dict[str, float]  # zh, ja: the error rate on how it sounds, per spelling (below)


def sounds(text: str, lang: str) -> dict[str, list[str]]:
    """How a Chinese or Japanese sentence sounds, as units to compare: Mandarin as toned and
    toneless pinyin syllables, one per character; Japanese as kana characters. Empty for the
    other languages, whose letters already spell the sound."""
    language = lang.split("-")[0]
    if language == "zh":
        from pypinyin import Style, lazy_pinyin

        han = "".join(words(text, lang))  # digits as characters, punctuation gone
        return {"toned pinyin": lazy_pinyin(han, style=Style.TONE3,
                                            neutral_tone_with_five=True),
                "toneless pinyin": lazy_pinyin(han, style=Style.NORMAL)}
    if language == "ja":
        import pyopenjtalk

        return {"kana": KANA.findall(pyopenjtalk.g2p(text, kana=True))}
    return {}


def measure(asked: Sequence[str] = ()) -> list[CueHeard]:
    """Every natural voice's fixture (or those ``asked``) built, then heard cue by cue."""
    chosen = {lang: path for lang, path in FIXTURES.items() if not asked or lang in asked}
    root, _ = languages.build(list(chosen.values()), {})
    try:  # (a fresh speech cache: every sentence is voiced cold, as the build would)
        return [_hear(root, lang, path) for lang, path in chosen.items()]
    finally:
        shutil.rmtree(root)


def _hear(root: Path, lang: str, handout: Path) -> CueHeard:
    audio = root / "build" / "audio"
    mp3 = audio / f"{handout.stem}.mp3"
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    said = [line for line in mp3.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("## ")]
    if len(said) != len(cues):
        raise SystemExit(f"{mp3}: {len(cues)} cues but {len(said)} spoken sentences")
    pcm = decode_mp3(mp3.read_bytes())
    rate = pcm.sample_rate
    edits = total = 0.0
    rates, worst = [], ("", "", 0.0)
    sound_edits: dict[str, float] = {}
    sound_total: dict[str, int] = {}
    for cue, sentence in zip(cues, said, strict=True):
        piece = pcm.samples[max(0, round((cue.start - BEFORE) * rate)):
                            round((cue.end + AFTER) * rate)]
        heard = _digit_by_digit(transcribe(Pcm(piece, rate), lang), lang)
        reference = list("".join(words(sentence, lang)))
        cer = word_error_rate(reference, list("".join(words(heard, lang))))
        edits += cer * len(reference)
        total += len(reference)
        rates.append(cer)
        heard_sounds = sounds(heard, lang)
        for spelling, said_units in sounds(sentence, lang).items():
            error = word_error_rate(said_units, heard_sounds[spelling])
            sound_edits[spelling] = sound_edits.get(spelling, 0.0) + error * len(said_units)
            sound_total[spelling] = sound_total.get(spelling, 0) + len(said_units)
        if cer > worst[2]:
            worst = (sentence, heard, cer)
    return CueHeard(lang, len(cues), int(total), edits / max(1.0, total),
                    statistics.median(rates), worst,
                    {k: sound_edits[k] / max(1, sound_total[k]) for k in sound_edits})


def _digit_by_digit(heard: str, lang: str) -> str:
    """Chinese: a phone number Whisper writes as digits ("555-0134", "5555550134"), which the
    voice said digit by digit, written so, not read as one large number."""
    if not lang.startswith("zh"):
        return heard
    return PHONE.sub(lambda m: "".join(HAN_DIGITS[int(d)] for d in m.group() if d.isdigit()),
                     heard)


def table(results: list[CueHeard]) -> str:
    lines = ["| language | cues | characters | CER | median cue | by sound (zh, ja) | "
             "worst cue (said → heard) |", "|---|---|---|---|---|---|---|"]
    for r in results:
        said, heard, cer = r.worst
        by_sound = "; ".join(f"{k} {v:.1%}" for k, v in r.sounds.items()) or "—"
        lines.append(f"| {r.lang} | {r.cues} | {r.characters} | {r.cer:.1%} | {r.median:.1%} | "
                     f"{by_sound} | {cer:.0%}: {said[:60]} → {heard[:60]} |")
    return "\n".join(lines)
