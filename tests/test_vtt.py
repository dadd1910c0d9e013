"""WebVTT captions: exact output, escaping, parsing real-world files, and round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handoutkit.speech.vtt import Cue, format_timestamp, parse_timestamp, parse_vtt, render_vtt


def test_renders_header_blank_lines_and_timings() -> None:
    cues = [Cue(0.75, 2.5, "Take one tablet."), Cue(3.0, 3725.0625, "Call us\nif you feel sick.")]
    assert render_vtt(cues) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.750 --> 00:00:02.500\n"
        "Take one tablet.\n"
        "\n"
        "00:00:03.000 --> 01:02:05.062\n"
        "Call us\n"
        "if you feel sick.\n"
    )


def test_no_cues_is_just_the_header() -> None:
    assert render_vtt([]) == "WEBVTT\n"


@pytest.mark.parametrize(
    ("seconds", "stamp"),
    [(0, "00:00:00.000"), (59.9995, "00:01:00.000"), (61.25, "00:01:01.250"),
     (360000.001, "100:00:00.001")],
)  # fmt: skip
def test_format_timestamp(seconds: float, stamp: str) -> None:
    assert format_timestamp(seconds) == stamp


def test_arrow_ampersand_and_angle_brackets_are_made_safe() -> None:
    text = render_vtt([Cue(1, 2, "Step 1 --> step 2 & <b>not bold</b>")])
    body = text.split("\n", 3)[3]
    assert "-->" not in body and "<" not in body
    assert body == "Step 1 --&gt; step 2 &amp; &lt;b&gt;not bold&lt;/b&gt;\n"
    assert parse_vtt(text)[0].text == "Step 1 --> step 2 & <b>not bold</b>"


def test_blank_lines_inside_text_cannot_end_the_cue() -> None:
    text = render_vtt([Cue(1, 2, "First line\n\n   \r\nSecond line"), Cue(3, 4, "Next")])
    assert parse_vtt(text) == [Cue(1, 2, "First line\nSecond line"), Cue(3, 4, "Next")]


def test_bad_times_are_errors() -> None:
    with pytest.raises(ValueError, match="negative"):
        render_vtt([Cue(-1, 2, "x")])
    with pytest.raises(ValueError, match="ends"):
        render_vtt([Cue(3, 2, "x")])


def test_parses_identifiers_notes_settings_short_times_bom_and_crlf() -> None:
    text = (
        "\ufeffWEBVTT - captions for a handout\r\n"
        "Kind: captions\r\n"
        "\r\n"
        "NOTE made by hand\r\n"
        "\r\n"
        "intro\r\n"
        "00:01.000 --> 00:04.500 align:start line:0\r\n"
        "Welcome.\r\n"
        "\r\n"
        "\r\n"
        "01:00:00.000 --> 01:00:01.000\r\n"
        "Goodbye &amp; take care.\r\n"
    )
    assert parse_vtt(text) == [
        Cue(1.0, 4.5, "Welcome."),
        Cue(3600.0, 3601.0, "Goodbye & take care."),
    ]


@pytest.mark.parametrize("text", ["", "WEBVTTX\n", "SRT\n\n1\n00:00:01,000 --> 00:00:02,000\n"])
def test_not_webvtt_is_an_error(text: str) -> None:
    with pytest.raises(ValueError, match="not a WebVTT file"):
        parse_vtt(text)


@pytest.mark.parametrize("stamp", ["1:00.000", "00:60.000", "00:00:01,000", "00:00.1"])
def test_bad_timestamps_are_errors(stamp: str) -> None:
    with pytest.raises(ValueError, match="not a WebVTT timestamp"):
        parse_timestamp(stamp)


line_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(lambda line: line.strip() != "")
cue_text = st.lists(line_text, min_size=1, max_size=3).map("\n".join)
millis = st.integers(min_value=0, max_value=10 * 3600 * 1000)


@st.composite
def cues(draw: st.DrawFn) -> Cue:
    start, length = draw(millis), draw(st.integers(min_value=0, max_value=60_000))
    return Cue(start / 1000, (start + length) / 1000, draw(cue_text))


@given(st.lists(cues(), max_size=5))
def test_render_then_parse_gives_the_cues_back(original: list[Cue]) -> None:
    assert parse_vtt(render_vtt(original)) == original
