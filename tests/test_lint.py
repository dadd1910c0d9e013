"""Warnings: reading grade (offline), long sentences."""

from __future__ import annotations

import socket

import pytest

from handoutkit.checks.lint import lint, reading_score
from handoutkit.config import ClinicConfig
from handoutkit.files import Layout
from handoutkit.reader.loader import load_handout
from handoutkit.reader.sentences import split_sentences


def test_reading_score_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reading score tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    simple = reading_score("The cat sat on the mat. It was warm. " * 10)
    hard = reading_score("Gastrocnemius hypertonicity necessitates pharmacological "
                         "intervention in considerable proportions of gestational cases. " * 5)
    assert simple.flesch_kincaid < 2 < 12 < hard.flesch_kincaid
    assert simple.words == 90


def test_decimals_and_abbreviations_do_not_split_sentences() -> None:
    plain = reading_score("Your level should be 2.25 to 2.75 today. Ask your doctor, i.e. "
                          "your own doctor, today. " * 5)
    split = reading_score("Your level should be 2. 25 to 2. 75 today. Ask your doctor, i. e. "
                          "your own doctor, today. " * 5)
    assert plain.flesch_kincaid > split.flesch_kincaid


def test_long_sentence_and_hard_text_warn_with_lines(write_handout, project: Layout) -> None:
    long_sentence = " ".join(["word"] * 30) + "."
    hard = ("Gastrocnemius hypertonicity necessitates pharmacological intervention "
            "in considerable proportions of gestational presentations. ") * 6
    path = write_handout(f"## One\n\n{long_sentence}\n\n{hard}\n")
    score, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    messages = [(w.line, w.message.split(" (")[0]) for w in warnings]
    assert (9, "a sentence has 30 words") in messages
    assert any(m.startswith("reading grade") for _, m in messages)
    assert score is not None and score.flesch_kincaid > 6


def test_unknown_abbreviation_warns_until_given_a_pronunciation(write_handout,
                                                               project: Layout) -> None:
    body = "## Tests\n\nYour GTT result comes back in a week.\n"
    path = write_handout(body)
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [(w.line, w.message.split(" well")[0]) for w in warnings] == \
        [(9, "the voice may not say 'GTT'")]
    spoken = write_handout(body, name="spoken", speech="{GTT: glucose tolerance test}")
    assert lint(load_handout(spoken, project.handouts_dir), ClinicConfig())[1] == []


def test_a_dose_with_spaced_digits_warns_that_it_is_one_number(write_handout,
                                                               project: Layout) -> None:
    """'1 500 mg' is said "mil quinientos miligramos": if one 500 mg tablet was meant, a
    patient would hear three times the dose, so the writer is told before it is printed."""
    path = write_handout("## Dosis\n\nTome 1 tableta de 500 mg.\n\nNo tome más de 1 500 mg "
                         "al día.\n", lang="es", title="Dolor", summary="Qué tomar.")
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    spaced = [w for w in warnings if "read as one number" in str(w)]
    assert [str(w) for w in spaced] == [
        f"{path}:11: warning: '1 500 mg' is read as one number (1500 mg) — write it without the "
        "space, or as a count and a strength (e.g. '1 tablet of 500 mg')"]


@pytest.mark.parametrize(("lang", "text", "sentences"), [
    ("ru", "Давление 140/90 мм рт. ст. и выше опасно. Позвоните врачу.",
     ["Давление 140/90 мм рт. ст. и выше опасно.", "Позвоните врачу."]),
    ("ru", "Пейте воду, т. е. Воду без сахара. Отдыхайте.",
     ["Пейте воду, т. е. Воду без сахара.", "Отдыхайте."]),
    ("ru", "Давление выше 140 мм рт. ст. Позвоните врачу.",
     ["Давление выше 140 мм рт. ст.", "Позвоните врачу."]),
    ("en", "See Dr. Smith today. Eat fruit, e.g. Apples. Rest!",
     ["See Dr. Smith today.", "Eat fruit, e.g. Apples.", "Rest!"]),
    ("es", "Consulte a la Dra. López. Tome agua, p. ej. Agua sola.",
     ["Consulte a la Dra. López.", "Tome agua, p. ej. Agua sola."]),
    ("hi", "बुखार हो तो डॉक्टर से मिलें। पानी पिएं।", ["बुखार हो तो डॉक्टर से मिलें।", "पानी पिएं।"]),
    ("zh-Hans", "请多喝水。如果发烧，请打电话？好！",
     ["请多喝水。", "如果发烧，请打电话？", "好！"]),
    ("ar", "هل لديك حمى؟ اتصل بنا.", ["هل لديك حمى؟", "اتصل بنا."]),
])  # fmt: skip
def test_sentences_end_where_the_language_ends_them(lang: str, text: str,
                                                   sentences: list[str]) -> None:
    assert split_sentences(text, lang) == sentences


def test_hindi_and_chinese_sentences_are_measured_in_their_own_units(
        write_handout, project: Layout) -> None:
    """Hindi sentences end at "।" (they were all one long sentence); Chinese and Japanese
    ones are counted in characters, as they write no spaces."""
    hindi = "पानी पिएं और आराम करें। " * 10  # 40 words, in sentences of four
    short_zh = "请多喝水。" * 12
    long_zh = "如果你发烧或者觉得头晕并且很长时间没有喝水就要马上给我们的诊所打电话" * 2 + "。"
    cases = (("hi", hindi, False), ("zh-Hans", short_zh, False), ("zh-Hans", long_zh, True))
    for number, (lang, body, long) in enumerate(cases):
        path = write_handout(f"## One\n\n{body}\n", lang=lang, name=f"case-{number}")
        _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
        found = [w.message for w in warnings if w.message.startswith("a sentence has")]
        if long:
            assert found and "characters" in found[0] and "under 50 characters" in found[0]
        else:
            assert found == []


def test_a_speech_entry_that_drops_a_negation_or_changes_a_number_warns_at_its_line(
        write_handout, project: Layout) -> None:
    speech = ('{"do not stop": "stop", "никогда не": "всегда", "B12 1000": "B twelve 100", '
              '"DVT": "D V T"}')
    path = write_handout("## One\n\nTake it daily.\n", speech=speech)
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    found = sorted((w.line, w.message.split(" (")[0]) for w in warnings
                   if "speech entry" in w.message)
    line = next(n for n, text in enumerate(path.read_text().split("\n"), 1) if "speech:" in text)
    assert found == [(line, "the speech entry for 'B12 1000' changes its number"),
                     (line, "the speech entry for 'do not stop' drops 'do not'"),
                     (line, "the speech entry for 'никогда не' drops 'не'")]
