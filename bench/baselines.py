"""What the build is compared with, in this process: the raw engines and a naive pipeline.

- Raw engines: exactly what the pipeline asks of WeasyPrint and of the voices, and nothing
  else. The leaflet HTML and CSS come from handoutkit's own templates (untimed); the timing
  covers only `HTML(...).write_pdf(...)` with the writer's options (PDF/UA-1, tags). Speech
  is every distinct script segment the audio writer would voice (its cache voices a
  sentence that repeats across handouts once a build), each through the engine clinic.yaml
  names for the handout's language, voice loaded beforehand, with the engine's own
  defaults: piper as `PiperVoice.load` makes it (onnxruntime's default threading, every
  core; the pipeline runs one single-threaded session per job instead), espeak-ng as the
  binary the pipeline calls.
- Naive: what a first script would do. Markdown → markdown-it HTML → WeasyPrint with
  default settings; the same spoken words in one call to the voice → WAV (wave module) →
  MP3 with lameenc at its default settings; no cache, no loudness, no tags, no transcript.
"""

from __future__ import annotations

import importlib
import io
import subprocess
import time
import wave
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from resource import RUSAGE_CHILDREN, RUSAGE_SELF, getrusage

import lameenc
from markdown_it import MarkdownIt
from piper import PiperVoice, SynthesisConfig
from pypdf import PdfReader
from runs import machine_busy
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from handoutkit.config import ClinicConfig, load_config
from handoutkit.files import Layout
from handoutkit.model import Handout
from handoutkit.reader.loader import load_handout
from handoutkit.speech.engines import make_engine
from handoutkit.speech.engines.base import TtsEngine
from handoutkit.speech.engines.piper import PIPER_VOICES, PiperEngine
from handoutkit.speech.script import build_script
from handoutkit.writers.fonts import FONT_FOLDERS
from handoutkit.writers.pdf.render import QR_PLACEHOLDER, qr_image
from handoutkit.writers.pdf.sandbox import LocalOnlyFetcher
from handoutkit.writers.pdf.writer import LeafletHtml, PdfWriter

WARM_UP = {"en": "Warm up.", "es": "Hola."}
Speaker = Callable[[str], float]  # text → seconds of speech


@dataclass(frozen=True)
class Prepared:
    """One handout with the engines' inputs made ahead of any timing."""

    handout: Handout
    leaflet: LeafletHtml  # the HTML and CSS the PDF writer hands WeasyPrint
    segments: tuple[str, ...]  # the texts the audio writer hands the voice


@dataclass(frozen=True)
class Output:
    """Time taken and what came out, summed over the library."""

    seconds: float  # wall clock
    cpu_seconds: float  # user + system, this process and its children (espeak-ng)
    others_cores: float  # cores other processes on the machine kept busy meanwhile
    sizes: tuple[int, ...] = ()  # bytes, one per handout
    amounts: tuple[float, ...] = ()  # pages or audio seconds, one per handout


class Stopwatch:
    """Adds up the wall and CPU time of the blocks it times, and nothing between them."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu_seconds = 0.0
        self.busy = 0.0  # the whole machine's CPU seconds

    @contextmanager
    def timing(self) -> Iterator[None]:
        wall, cpu, busy = time.perf_counter(), _cpu(), machine_busy()
        yield
        self.seconds += time.perf_counter() - wall
        self.cpu_seconds += _cpu() - cpu
        self.busy += machine_busy() - busy

    def output(self, sizes: Sequence[int] = (), amounts: Sequence[float] = ()) -> Output:
        others = max(0.0, self.busy - self.cpu_seconds) / self.seconds
        return Output(self.seconds, self.cpu_seconds, others, tuple(sizes), tuple(amounts))


def _cpu() -> float:
    own, children = getrusage(RUSAGE_SELF), getrusage(RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def prepare(layout: Layout, paths: Sequence[Path]) -> tuple[ClinicConfig, list[Prepared]]:
    """Load every handout and render its leaflet HTML and speech script (not timed)."""
    config = load_config(layout.handouts_dir)
    writer = PdfWriter(config, layout)
    prepared = []
    for path in paths:
        handout = load_handout(path, layout.handouts_dir)
        segments = tuple(s.text for s in build_script(handout, config).segments)
        prepared.append(Prepared(handout, writer.render_html(handout), segments))
    return config, prepared


def raw_weasyprint(layout: Layout, config: ClinicConfig, prepared: Sequence[Prepared]) -> Output:
    """WeasyPrint alone on the pipeline's HTML and CSS, with the pipeline's options."""
    writer = PdfWriter(config, layout)
    base_url = writer.handouts_dir.as_uri() + "/"
    fetcher = LocalOnlyFetcher((writer.handouts_dir, *FONT_FOLDERS))
    watch = Stopwatch()
    for item in prepared:
        with watch.timing():
            fonts = FontConfiguration()
            css = CSS(string=item.leaflet.css, font_config=fonts, url_fetcher=fetcher)
            leaflet = item.leaflet
            html = (leaflet.html.replace(QR_PLACEHOLDER, qr_image(leaflet.qr_url))
                    if leaflet.qr_url else leaflet.html)
            HTML(string=html, base_url=base_url,
                 url_fetcher=fetcher).write_pdf(
                io.BytesIO(), stylesheets=[css], font_config=fonts, pdf_variant="pdf/ua-1",
                pdf_tags=True)
    return watch.output()


def loaded_speakers(config: ClinicConfig, prepared: Sequence[Prepared]) -> dict[str, Speaker]:
    """Per language in the library, its engine as text → seconds spoken, the voice loaded
    and warmed up by a first short phrase."""
    speakers: dict[str, Speaker] = {}
    for lang in sorted({p.handout.meta.lang for p in prepared}):
        speakers[lang] = _speaker(make_engine(config.voice_for(lang), lang))
        speakers[lang](WARM_UP.get(lang.split("-")[0], "Hello."))
    return speakers


def _speaker(engine: TtsEngine) -> Speaker:
    """piper on its default session, with the pipeline's synthesis settings; else the engine."""
    if not isinstance(engine, PiperEngine):
        return lambda text: engine.synthesize(text).duration
    voice, settings = default_piper(engine.voice), SynthesisConfig(normalize_audio=False)
    return lambda text: sum(len(chunk.audio_float_array) / chunk.sample_rate
                            for chunk in voice.synthesize(text, settings))


def distinct_segments(prepared: Sequence[Prepared]) -> list[tuple[str, str]]:
    """(language, text) of every segment, each once: the speech cache voices a repeat once."""
    return list(dict.fromkeys((p.handout.meta.lang, text) for p in prepared
                              for text in p.segments))


def raw_speech(speakers: dict[str, Speaker], prepared: Sequence[Prepared]) -> Output:
    """Every distinct script segment through its language's engine, one call each."""
    segments = distinct_segments(prepared)
    watch = Stopwatch()
    with watch.timing():
        durations = [speakers[lang](text) for lang, text in segments]
    return watch.output(amounts=durations)


def naive_pdf(prepared: Sequence[Prepared]) -> Output:
    """markdown-it HTML of each body, laid out by WeasyPrint with default settings."""
    markdown = MarkdownIt("commonmark").enable("table")
    pdfs, watch = [], Stopwatch()
    for item in prepared:
        meta = item.handout.meta
        with watch.timing():
            body = item.handout.path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
            html = (f"<!doctype html><html lang='{meta.lang}'><meta charset='utf-8'>"
                    f"<title>{meta.title}</title><h1>{meta.title}</h1>{markdown.render(body)}")
            pdfs.append(HTML(string=html).write_pdf())
    pages = [float(len(PdfReader(io.BytesIO(pdf)).pages)) for pdf in pdfs]
    return watch.output([len(pdf) for pdf in pdfs], pages)


def naive_audio(config: ClinicConfig, prepared: Sequence[Prepared]) -> Output:
    """All the words in one voice call → WAV → MP3 (lameenc defaults), nothing cached."""
    piper = default_piper("joe-us") if config.voice_for("en") == "piper" else None
    sizes, durations, watch = [], [], Stopwatch()
    for item in prepared:
        text = " ".join(item.segments)
        with watch.timing():
            if item.handout.meta.lang == "en" and piper is not None:
                wav = io.BytesIO()
                with wave.open(wav, "wb") as out:
                    piper.synthesize_wav(text, out)
            else:
                wav = io.BytesIO(_espeak_wav(item.handout.meta.lang, text))
            mp3, duration = _wav_to_mp3(wav.getvalue())
        sizes.append(len(mp3))
        durations.append(duration)
    return watch.output(sizes, durations)


def default_piper(name: str) -> PiperVoice:
    """A piper voice as `PiperVoice.load` makes it, warmed up outside any timing."""
    package = importlib.import_module(PIPER_VOICES[name].module)
    voice = PiperVoice.load(package.model_path(), package.config_path())
    with wave.open(io.BytesIO(), "wb") as out:
        voice.synthesize_wav(WARM_UP["en"], out)
    return voice


def _espeak_wav(lang: str, text: str) -> bytes:
    # The pipeline's speaking rate (150 words a minute), so both read for as long.
    command = ["espeak-ng", "-v", lang.split("-")[0], "-s", "150", "-b", "1", "--stdin",
               "--stdout"]
    return subprocess.run(command, input=text.encode(), capture_output=True, check=True).stdout


def _wav_to_mp3(data: bytes) -> tuple[bytes, float]:
    with wave.open(io.BytesIO(data), "rb") as wav:
        rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
        pcm = wav.readframes(wav.getnframes())  # espeak-ng's streamed header overstates it
    frames = len(pcm) // (channels * width)
    encoder = lameenc.Encoder()
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(channels)
    return bytes(encoder.encode(pcm) + encoder.flush()), frames / rate
