"""Fuzzing: the loader never fails but with ContentError, and every word a handout shows is
printed in its PDF and said in its audio script.

HYPOTHESIS_PROFILE picks how hard: "ci" (the default; a few thousand handouts in about 20 s,
the same ones every run) or "fuzz" (`make fuzz`: many more, new ones every run).
"""

from __future__ import annotations

import os
import random
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError
from handoutkit.files import Layout
from handoutkit.model import Handout
from handoutkit.reader.loader import load_handout
from handoutkit.speech.normalize import normalize
from handoutkit.speech.script import build_script
from handoutkit.writers.pdf.writer import PdfWriter
from tests.helpers import TEMPLATES, markdown_table

pytestmark = pytest.mark.slow

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", deadline=None, derandomize=True, suppress_health_check=_QUIET,
                          database=None)
settings.register_profile("fuzz", deadline=None, suppress_health_check=_QUIET)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
HARD = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
LOADER_EXAMPLES = 50_000 if HARD else 2_500
SCRIPT_EXAMPLES = 5_000 if HARD else 300
PDF_EXAMPLES = 60 if HARD else 6

CONFIG = ClinicConfig(name="Riverside Family Clinic")


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One handouts folder; each example rewrites the same file in it."""
    return tmp_path_factory.mktemp("fuzz") / "handouts"


def load(handouts: Path, data: bytes) -> Handout:
    handouts.mkdir(exist_ok=True)
    path = handouts / "fuzzed.md"
    path.write_bytes(data)
    return load_handout(path, handouts)


# ---- anything Markdown-ish: only ContentError may come out ------------------------------

SNIPPETS = [
    "---", "## ", "### ", "# ", "#### ", "- ", "1. ", "99999999999. ", "* ", "> ", "> [!NOTE]",
    "> [!WARNING]", "> [!DANGER]", "| a | b |", "|---|---|", "```", "    ", "\t", "**", "*", "_",
    "[", "]", "(", ")", "![", "](images/x.png)", "](https://example.org)", "](javascript:x)",
    "<b>", "<script>", "<!--", "-->", "&#x202E;", "&#0;", "&amp;", "\\", "`", "~~~", "===",
    "title: ", "lang: en", "summary: ", "reviewed: ", "speech:", "sources:", "  - title: ",
    "&a ", "*a", "!!python/object:x", "[[[", "{", "}", "\u202e", "\u200b", "\ufeff", "\x00",
    "\r", "\r\n", "\u2028", "Stretch your calf.", "2.25–2.75 mmol/L", "Dr. No", "911", "½",
]
def _fenced(lines: list[str]) -> str:
    return "---\n" + "\n".join(lines) + "\n---\n"


def _document(front: str, lines: list[str]) -> bytes:
    return (front + "\n".join(lines)).encode("utf-8", "surrogatepass")


LINE = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=10)), max_size=6).map(
    "".join)
FRONT = st.one_of(st.just("---\ntitle: Leg cramps\nlang: en\nsummary: What helps.\n---\n"),
                  st.lists(LINE, max_size=6).map(_fenced), st.text(max_size=40))
MARKDOWNISH = st.builds(_document, FRONT, st.lists(LINE, max_size=20))


@settings(PROFILE, max_examples=LOADER_EXAMPLES)
@given(st.one_of(MARKDOWNISH, st.binary(max_size=200)))
def test_loader_raises_nothing_but_content_errors(handouts: Path, data: bytes) -> None:
    try:
        handout = load(handouts, data)
    except ContentError as exc:
        assert exc.problems and all(p.line >= 1 for p in exc.problems)
        assert all(str(p).startswith(f"{handouts}/fuzzed.md:{p.line}: error: ")
                   for p in exc.problems)
        return
    assert handout.meta.title and handout.meta.summary


# ---- handouts of plain words: each word printed and said ---------------------------------


def _plain(word: str) -> bool:
    """Letters only, and words the normaliser says as they are (not 'mon', 'iii', 'tsp')."""
    forms = (word, word.capitalize(), f"{word.capitalize()}.", f"the {word}", f"the {word}.")
    return all(normalize(form, "en") == form for form in forms)


# Named functions, not lambdas, and strategies made once: Hypothesis reads a lambda's source
# to label the strategy, which cost more than the test itself.
def _sentence(words: list[str]) -> str:
    return " ".join(words).capitalize() + "."


def _joined(sentences: list[str]) -> str:
    return " ".join(sentences)


def _bold(parts: tuple[str, str, str]) -> str:
    return f"{parts[0]} **{parts[1]}** {parts[2]}"


def _linked(parts: tuple[str, str]) -> str:
    return f"{parts[0]} See [{parts[1]}](https://example.org/x)."


def _bullets(sentences: list[str]) -> str:
    return "\n".join(f"- {x}" for x in sentences)


def _numbered(sentences: list[str]) -> str:
    return "\n".join(f"{n}. {x}" for n, x in enumerate(sentences, 1))


def _callout(parts: tuple[str, str]) -> str:
    return f"> [!{parts[0]}]\n> {parts[1]}"


def _heading(words: list[str]) -> str:
    return " ".join(words).capitalize()


def _vocabulary(size: int) -> list[str]:
    """Random letter words the normaliser leaves alone; a list to sample, as Hypothesis
    re-reads a filter's source on every draw."""
    rng = random.Random(1770)
    words = ("".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9)))
             for _ in range(size))
    return sorted({word for word in words if _plain(word)})


WORD = st.sampled_from(_vocabulary(1500))
SENTENCE = st.lists(WORD, min_size=1, max_size=10).map(_sentence)
SENTENCES = st.lists(SENTENCE, min_size=1, max_size=4)
PARAGRAPH = st.one_of(st.lists(SENTENCE, min_size=1, max_size=3).map(_joined),
                      st.tuples(SENTENCE, WORD, SENTENCE).map(_bold),
                      st.tuples(SENTENCE, WORD).map(_linked))
KIND = st.sampled_from(["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"])
BLOCK = st.one_of(PARAGRAPH, SENTENCES.map(_bullets), SENTENCES.map(_numbered),
                  st.tuples(KIND, PARAGRAPH).map(_callout),
                  st.lists(st.lists(WORD, min_size=2, max_size=2), min_size=2, max_size=4)
                  .map(markdown_table))
HEADING = st.lists(WORD, min_size=1, max_size=4).map(_heading)
BLOCKS = st.lists(BLOCK, min_size=1, max_size=3)
SECTIONS = st.lists(st.tuples(HEADING, BLOCKS, st.lists(st.tuples(HEADING, BLOCKS), max_size=2)),
                    min_size=1, max_size=3)
INTRO = st.lists(BLOCK, max_size=2)


@st.composite
def plain_handouts(draw: st.DrawFn) -> str:
    title, summary = draw(HEADING), draw(SENTENCE)
    parts = [f"---\ntitle: {title}\nlang: en\nsummary: {summary}\n---\n", *draw(INTRO)]
    for heading, blocks, subsections in draw(SECTIONS):
        parts += [f"## {heading}", *blocks]
        for sub_heading, sub_blocks in subsections:
            parts += [f"### {sub_heading}", *sub_blocks]
    return "\n\n".join(parts) + "\n"


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _shown_words(markdown: str) -> set[str]:
    """The words a reader sees: front matter keys, link addresses and markup left out."""
    body = markdown.split("\n---\n", 1)[1]
    body = re.sub(r"\]\([^)]*\)|\[!\w+\]", "]", body)
    front = markdown.split("\n---\n", 1)[0]
    values = re.findall(r"^(?:title|summary): (.*)$", front, flags=re.M)
    return _words(body + " " + " ".join(values))


@settings(PROFILE, max_examples=SCRIPT_EXAMPLES)
@given(plain_handouts())
def test_every_shown_word_is_said(handouts: Path, markdown: str) -> None:
    script = build_script(load(handouts, markdown.encode()), CONFIG)
    said = _words(" ".join(segment.text for segment in script.segments))
    assert _shown_words(markdown) <= said, _shown_words(markdown) - said


@settings(PROFILE, max_examples=PDF_EXAMPLES)
@given(plain_handouts())
def test_every_shown_word_is_printed(handouts: Path, markdown: str) -> None:
    handout = load(handouts, markdown.encode())
    layout = Layout(handouts, handouts.parent / "build", TEMPLATES)
    dest = layout.output("fuzzed", "pdf")
    PdfWriter(CONFIG, layout).plan(handout, {}).write()
    printed = _words(" ".join(page.extract_text() for page in PdfReader(dest).pages))
    assert _shown_words(markdown) <= printed, _shown_words(markdown) - printed
