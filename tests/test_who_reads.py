"""Who reads a recording: the voice each language gets, the measured ones hard to follow,
the check's warning, the page's lines and `handoutkit voices`."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.labels import builtin_languages, web_labels_for
from handoutkit.reader.loader import load_handout
from handoutkit.records import AudioRecord, Mark
from handoutkit.speech.pace import word_count
from handoutkit.voices import hard_to_follow, missing_voice, reader
from handoutkit.writers.html.page import HtmlWriter
from tests.helpers import front_matter
from tests.htmltree import parse_html


@pytest.mark.parametrize(("choice", "tag", "named"), [
    ("kokoro", "en-US", "Kokoro, af_heart"), ("kokoro:am_michael", "en", "Kokoro, am_michael"),
    ("kokoro", "ja", "Kokoro, jf_alpha"), ("piper", "en", "Piper, joe-us"),
    ("espeak-ng", "zh-Hant-HK", "eSpeak NG, yue"), ("gtts", "tl", "Google Translate, Google"),
])
def test_the_reader_is_named_by_engine_and_speaker(choice: str, tag: str, named: str) -> None:
    assert str(reader(choice, tag)) == named


@pytest.mark.parametrize(("choice", "tag", "hard"), [
    ("espeak-ng", "ar", True), ("espeak-ng", "ko-KR", True), ("espeak-ng", "ht", True),
    ("espeak-ng", "fr", True),  # where a clinic chooses it over Kokoro
    ("espeak-ng", "es", False),  # 34.6 % misheard: worse than Kokoro, still followed
    ("kokoro", "en", False), ("piper", "en", False), ("kokoro", "ja", False),
    ("espeak-ng", "zh-HK", False),  # Cantonese was never measured: no claim either way
])
def test_the_voices_measured_hard_to_follow(choice: str, tag: str, hard: bool) -> None:
    assert (hard_to_follow(reader(choice, tag), tag) is not None) is hard


def test_the_check_warns_where_the_only_voice_is_hard_to_follow() -> None:
    warning = missing_voice("ar", "espeak-ng")
    assert warning is not None and "eSpeak NG ar, is hard to follow" in warning
    assert "123%" in warning and "`voices: {ar: gtts}`" in warning
    assert missing_voice("en", "kokoro") is None
    assert "no offline voice" in (missing_voice("tl", None) or "")


def test_every_built_in_language_says_who_reads() -> None:
    english = web_labels_for("en")
    for lang in builtin_languages():
        web = web_labels_for(lang)
        assert "{voice}" in web.read_by, lang
        if lang not in ("en", "pa"):  # Punjabi keeps English until a speaker writes them
            assert (web.read_by, web.hard_to_follow) != (english.read_by,
                                                         english.hard_to_follow), lang


def _page(project: Layout, lang: str, config: ClinicConfig) -> str:
    path = project.handouts_dir / f"water.{lang}.md"
    path.write_text(front_matter(lang=lang) + "\nDrink water.\n", encoding="utf-8")
    record = AudioRecord(2.0, 1000, "0" * 64, (Mark("Leg cramps", 0.0, 2.0),),
                         (Mark("Drink water.", 0.5, 1.5),))
    handout = load_handout(path, project.handouts_dir)
    return HtmlWriter(config, project).render(handout, {"audio": record},
                                              project.output(handout.name, "html").parent)


def _paragraph(page: str, cls: str) -> list[str]:
    return [p.text for p in parse_html(page).find_all("p", cls)]


def test_the_page_names_the_voice_and_warns_where_it_is_hard_to_follow(project: Layout) -> None:
    english = _page(project, "en", ClinicConfig())
    assert _paragraph(english, "read-by") == ["Read by a computer voice (Kokoro, af_heart)."]
    assert _paragraph(english, "hard-to-follow") == []
    arabic = _page(project, "ar", ClinicConfig())
    web = web_labels_for("ar")
    assert _paragraph(arabic, "read-by") == [
        web.read_by.format(voice="\u2066eSpeak NG, ar\u2069")]  # kept left to right
    assert _paragraph(arabic, "hard-to-follow") == [web.hard_to_follow]
    chosen = _page(project, "en", ClinicConfig(voices=(("en", "piper"),)))
    assert _paragraph(chosen, "read-by") == ["Read by a computer voice (Piper, joe-us)."]


def test_handoutkit_voices_prints_the_table(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "clinic.yaml").write_text("voices: {fr: espeak-ng}\n", encoding="utf-8")
    assert main(["voices", "--handouts-dir", str(tmp_path)]) == 0
    rows = {line.split("|")[1].strip(" `"): [c.strip() for c in line.split("|")[2:-1]]
            for line in capsys.readouterr().out.splitlines() if line.startswith("| `")}
    assert rows["en"][:3] == ["Kokoro", "af_heart", "Apache-2.0"]
    assert rows["en"][3].startswith("4.3% of words misheard")
    assert rows["ja"][:2] == ["Kokoro", "jf_alpha"]
    assert rows["ar"][0] == "eSpeak NG" and rows["ar"][4].startswith("hard to follow")
    assert rows["fr"][:2] == ["eSpeak NG", "fr"]  # the clinic's choice
    assert rows["tl"][0] == "none" and "`voices: {tl: gtts}`" in rows["tl"][4]
    assert "not measured" in rows["uk"][3]
    for lang in ("ru", "uk"):  # RHVoice's program is in no registry: a person's recording
        assert "no natural voice installs offline" in rows[lang][4]
        assert "a person's recording from build/narrator/" in rows[lang][4]


def test_japanese_counts_its_characters_more_to_a_word_than_chinese() -> None:
    assert word_count("毎日水を二リットル飲みましょう。") == pytest.approx(15 / 2.3)
    assert word_count("每天喝两升水。") == pytest.approx(6 / 1.5)
