"""A voice for every language: the engine each tag gets, a real reading in each fixture
language, no reading and one warning for Tagalog, and what a listener (Whisper) hears."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from handoutkit.config import ClinicConfig, load_config
from handoutkit.speech.encode import decode_mp3, encode_mp3
from handoutkit.speech.engines import make_engine
from handoutkit.speech.engines.espeak import EspeakEngine
from handoutkit.speech.engines.kokoro import KokoroEngine
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.normalize import normalize
from handoutkit.voices import ESPEAK_LANGUAGES, MISAKI_JA, MISAKI_ZH
from tests.hearing import transcribe, word_error_rate, words
from tests.helpers import FIXTURES, ROOT
from tests.media import listening_sentences

LANGUAGES = FIXTURES / "languages"
# Tag → (engine, speaker or espeak-ng voice, Kokoro's phonemes or "").
EXPECTED = {
    "en": ("kokoro", "af_heart", "en-us"), "en-GB": ("kokoro", "bf_emma", "en-gb"),
    "ja": ("kokoro", "jf_alpha", MISAKI_JA), "es-MX": ("kokoro", "ef_dora", "es-419"),
    "fr": ("kokoro", "ff_siwis", "fr-fr"), "fr-CA": ("kokoro", "ff_siwis", "fr-fr"),
    "pt-BR": ("kokoro", "pf_dora", "pt-br"), "pt": ("espeak-ng", "pt", ""),
    "it": ("kokoro", "if_sara", "it"), "hi": ("kokoro", "hf_alpha", "hi"),
    "zh-Hans": ("kokoro", "zf_xiaoxiao", MISAKI_ZH),
    "zh-Hant": ("kokoro", "zf_xiaoxiao", MISAKI_ZH),
    "zh-Hant-HK": ("espeak-ng", "yue", ""), "yue": ("espeak-ng", "yue", ""),
    "vi": ("espeak-ng", "vi", ""), "ar": ("espeak-ng", "ar", ""), "ru": ("espeak-ng", "ru", ""),
    "ko": ("espeak-ng", "ko", ""), "ht": ("espeak-ng", "ht", ""), "pl": ("espeak-ng", "pl", ""),
    "fa": ("espeak-ng", "fa", ""), "ur": ("espeak-ng", "ur", ""), "pa": ("espeak-ng", "pa", ""),
    "bn": ("espeak-ng", "bn", ""), "ro": ("espeak-ng", "ro", ""), "uk": ("espeak-ng", "uk", ""),
    "he": ("espeak-ng", "he", ""), "am": ("espeak-ng", "am", ""),
}  # fmt: skip
# One short sentence per fixture language with a voice, with a number and a unit in it.
SENTENCES = {
    "vi": "Uống khoảng 2 L nước mỗi ngày.", "ar": "اشرب الماء كل 30 دقيقة.",
    "ru": "Пейте около 2 л воды в день.", "ko": "하루에 물을 2 L 정도 드세요.",
    "ht": "Bwè dlo souvan.", "fr": "Buvez environ 2 L d’eau par jour.",
    "pt-BR": "Beba cerca de 2 L de água por dia.", "zh-Hans": "每天大约喝2升水。",
    "zh-Hant": "每天大約喝2公升水。",
}  # fmt: skip


def _engine_of(tag: str) -> tuple[str, str, str]:
    engine = make_engine(ClinicConfig().voice_for(tag) or "", tag)
    if isinstance(engine, KokoroEngine):
        return engine.name, engine.voice, engine.language.phonemes
    assert isinstance(engine, PiperEngine | EspeakEngine)
    return engine.name, engine.voice, ""


@pytest.mark.parametrize("tag", sorted(EXPECTED))
def test_each_tag_gets_the_best_offline_voice(tag: str) -> None:
    assert _engine_of(tag) == EXPECTED[tag]


@pytest.mark.parametrize("tag", ["tl", "fil", "so"])
def test_a_language_no_offline_engine_reads_has_no_voice(tag: str) -> None:
    assert ClinicConfig().voice_for(tag) is None


def test_the_clinic_can_choose_any_engine_for_any_language(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("voices: {tl: gtts, vi: 'espeak-ng:vi-vn-x-south', "
                                          "fr: espeak-ng, zh-HK: kokoro, en: piper}\n")
    config = load_config(tmp_path)
    assert _engine_with(config, "en-US") == ("piper", "joe-us")  # the faster opt-in
    assert config.voice_for("tl") == "gtts"
    assert _engine_with(config, "vi") == ("espeak-ng", "vi-vn-x-south")
    assert _engine_with(config, "fr-CA") == ("espeak-ng", "fr")
    assert _engine_with(config, "zh-Hant-HK") == ("kokoro", "zf_xiaoxiao")


def _engine_with(config: ClinicConfig, tag: str) -> tuple[str, str]:
    engine = make_engine(config.voice_for(tag) or "", tag)
    return engine.name, getattr(engine, "voice", "")


def test_the_espeak_ng_languages_are_the_installed_ones() -> None:
    listing = subprocess.run(["espeak-ng", "--voices"], capture_output=True, text=True,
                             check=True).stdout
    installed = {line.split()[1].split("-")[0] for line in listing.splitlines()[1:]}
    assert installed >= ESPEAK_LANGUAGES
    assert not {"tl", "fil"} & installed  # espeak-ng has no Tagalog


@pytest.fixture(scope="module")
def readings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each fixture language's sentence, normalised, voiced and encoded to an MP3."""
    folder = tmp_path_factory.mktemp("voices")
    made = {}
    for lang, sentence in SENTENCES.items():
        pcm = make_engine(ClinicConfig().voice_for(lang) or "", lang).synthesize(
            normalize(sentence, lang))
        made[lang] = folder / f"{lang}.mp3"
        made[lang].write_bytes(encode_mp3(pcm, 64))
    return made


@pytest.mark.slow  # Kokoro loads its model for French, Portuguese and Chinese
@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_fixture_language_with_a_voice_reads_to_a_real_mp3(
        readings: dict[str, Path], lang: str) -> None:
    info = MP3(readings[lang]).info
    assert (info.sample_rate, info.channels) == (22050, 1)
    assert 0.8 < info.length < 8.0  # a short sentence, said whole
    assert decode_mp3(readings[lang].read_bytes()).duration > 0.8


# Three sentences of the heat fixture. Whisper base heard them back from this machine's voices,
# through the MP3, with a WER of 3.7 % (Kokoro, French) and 44 % (espeak-ng, Polish). Whisper
# base hears formant voices badly in every language, and on some it falls into a loop
# (Russian: 62.5 % from the samples, 458 % from the same samples through the MP3), so the
# espeak-ng check is Polish, where it heard the same words from both. bench/BENCHMARKS.md has
# the whole handouts. The bounds leave room for another CPU's rounding, not a worse voice.
HEARD = {
    "fr": ("kokoro", 0.15, "Buvez de l’eau souvent, même sans soif. Environ 2 L par jour, "
           "c’est un bon repère. Vous devriez aller mieux en moins de 30 minutes."),
    "pl": ("espeak-ng", 0.55, "Pij wodę często, nawet gdy nie chce ci się pić. Około 2 L "
           "dziennie to dobra ilość. Powinno ci się poprawić w ciągu 30 minut."),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(HEARD))
def test_a_listener_hears_the_reading(lang: str) -> None:
    engine, bound, text = HEARD[lang]
    assert ClinicConfig().voice_for(lang) == engine
    said = normalize(text, lang)
    pcm = decode_mp3(encode_mp3(make_engine(engine, lang).synthesize(said), 64))
    heard = words(transcribe(pcm, lang), lang)
    assert word_error_rate(words(said, lang), heard) <= bound, heard


@pytest.mark.slow  # one CLI process
def test_tagalog_builds_no_reading_and_warns_once(tmp_path: Path) -> None:
    handouts = tmp_path / "handouts"
    handouts.mkdir()
    for name in ("clinic.yaml", "heat.tl.md", "heat.vi.md"):
        shutil.copy(LANGUAGES / name, handouts / name)
    build = tmp_path / "build"
    done = subprocess.run(
        [sys.executable, "-m", "handoutkit", "audio", "--handouts-dir", str(handouts),
         "--build-dir", str(build), str(handouts / "heat.tl.md"), str(handouts / "heat.vi.md")],
        capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if "heat.tl.md" in line]
    assert warned == [f"{handouts / 'heat.tl.md'}:3: warning: Tagalog (tl): no offline voice, "
                      "so no recording (its page says so) — have a person record it from "
                      "its narrator's script (build/narrator/), or `voices: {tl: gtts}` in "
                      "handouts/clinic.yaml reads it with Google's online voice; no braille "
                      "table, so no braille file (BRF)"]
    assert sorted(p.name for p in (build / "audio").iterdir()) == [
        "heat.vi.mp3", "heat.vi.txt", "heat.vi.vtt"]
    said = listening_sentences(build / "audio" / "heat.vi.txt")
    assert said and not any(re.search(r"\d", line) for line in said)  # every number said


# Three health sentences in Japanese. Whisper base heard them back from Kokoro's jf_alpha with
# 8.1 % of the kana wrong ("水を" as "使用", "すぐに" as "数に"), compared as kana: OpenJTalk
# reads both the text and what was heard, so a word heard in other kanji is not an error.
JAPANESE = ("毎日水を二リットル飲みましょう。熱が三十八度以上あるときは、すぐに電話してください。"
            "涼しい場所で休んで、足を高くしてください。")


@pytest.mark.slow
def test_a_listener_hears_the_japanese_reading() -> None:
    import pyopenjtalk

    def kana(text: str) -> list[str]:
        return [c for c in pyopenjtalk.g2p(text, kana=True) if c not in "、。？！ ,."]

    assert ClinicConfig().voice_for("ja") == "kokoro"
    pcm = decode_mp3(encode_mp3(make_engine("kokoro", "ja").synthesize(JAPANESE), 64))
    heard = transcribe(pcm, "ja")
    assert word_error_rate(kana(JAPANESE), kana(heard)) <= 0.15, heard
