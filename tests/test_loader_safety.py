"""Loader fixes found by the bad-input corpus and the fuzzer, checked on the model itself
(tests/fixtures/bad/CASES.tsv checks the messages through the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.errors import ConfigError, ContentError
from handoutkit.files import Layout
from handoutkit.model import Link, Paragraph, Strong, Text
from handoutkit.reader.loader import load_handout
from handoutkit.reader.source import MAX_CHARACTER_PROBLEMS
from handoutkit.reader.yamldoc import parse_mapping


def test_yes_no_and_dates_stay_text_in_yaml(tmp_path: Path) -> None:
    doc = parse_mapping("No: number\nOn: on\nwhen: 2026-07-10\n", tmp_path / "x.yaml")
    assert doc.data == {"No": "number", "On": "on", "when": "2026-07-10"}


def test_speech_term_no_is_the_word_not_false(write_handout, project: Layout) -> None:
    path = write_handout("Text.\n", speech="{No: number, DVT: D V T}")
    assert load_handout(path, project.handouts_dir).meta.speech == (("No", "number"),
                                                                     ("DVT", "D V T"))


def test_a_valid_date_still_reads_as_a_date(write_handout, project: Layout) -> None:
    path = write_handout("Text.\n", reviewed="2026-07-10")
    assert load_handout(path, project.handouts_dir).meta.reviewed.isoformat() == "2026-07-10"


def test_duplicate_setting_in_clinic_yaml_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("name: A\nphone: '1'\nname: B\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"clinic.yaml:3: error: 'name' is set twice"):
        load_config(tmp_path)


def test_bold_inside_bold_is_flattened_and_links_kept(write_handout, project: Layout) -> None:
    path = write_handout("**Rest *and* [drink](https://example.org) water**\n")
    (paragraph,) = load_handout(path, project.handouts_dir).intro
    assert isinstance(paragraph, Paragraph)
    assert paragraph.inlines == (Strong((Text("Rest and "),
                                         Link((Text("drink"),), "https://example.org"),
                                         Text(" water"))),)


def test_thousands_of_nested_emphasis_marks_keep_the_model_shallow(
    write_handout, project: Layout
) -> None:
    path = write_handout("*" * 3000 + "Rest" + "*" * 3000 + "\n")
    (paragraph,) = load_handout(path, project.handouts_dir).intro
    strong = next(node for node in paragraph.inlines if not isinstance(node, Text))
    assert strong == Strong((Text("Rest"),))


def test_a_bad_link_in_a_long_paragraph_names_its_own_line(
    write_handout, project: Layout
) -> None:
    path = write_handout("First line,\n**second line\nand [third](javascript:x) line**.\n")
    with pytest.raises(ContentError) as caught:
        load_handout(path, project.handouts_dir)
    assert [p.line for p in caught.value.problems] == [9]


def test_hidden_characters_are_reported_at_most_a_screenful(
    write_handout, project: Layout
) -> None:
    path = write_handout("".join(f"Line {n}\u200b.\n\n" for n in range(100)))
    with pytest.raises(ContentError) as caught:
        load_handout(path, project.handouts_dir)
    assert len(caught.value.problems) == MAX_CHARACTER_PROBLEMS


def test_a_handout_outside_the_handouts_folder_is_refused(
    write_handout, project: Layout, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = tmp_path / "elsewhere" / "stray.md"
    stray.parent.mkdir()
    stray.write_bytes(write_handout("Text.\n").read_bytes())
    status = main(["pdf", "--handouts-dir", str(project.handouts_dir),
                   "--build-dir", str(project.build_dir), str(stray)])
    assert status == 1
    assert f"{stray}:1: error: the handout is outside the handouts folder — " \
        in capsys.readouterr().err
