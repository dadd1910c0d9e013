"""clinic.yaml and pronunciations.yaml: typed settings, every problem reported at once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from handoutkit.config import SETTINGS, ClinicConfig, load_config
from handoutkit.errors import ConfigError
from tests.helpers import SAMPLES


def test_sample_clinic_settings() -> None:
    config = load_config(SAMPLES)
    assert config.name == "Riverside Family Clinic"
    assert config.phone == "(555) 555-0134"
    assert (config.paper, config.print_size, config.country) == ("Letter", 18, "US")
    assert config.phone_href == "tel:+15555550134"
    assert config.after_hours_for("es-US").startswith("Si estamos cerrados")
    assert config.after_hours_for("en-US").startswith("If we are closed")
    assert config.voice_for("en-US") == "kokoro"
    assert config.voice_for("es") == "kokoro"
    assert config.speech_rate == 160
    assert ("OTC", "over the counter") in config.pronunciations


def test_no_settings_files_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == ClinicConfig()
    assert ClinicConfig().voice_for("vi") == "espeak-ng"


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        "name: Clinic\npaper: A5\nprint_size: 12\ncolour: blue\nvoices: {en: robot}\n"
        "logo: ../secret.png\nspeech_rate: 250\n")
    (tmp_path / "pronunciations.yaml").write_text("DVT: [D, V, T]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    messages = [(p.path.name, p.line, p.message) for p in caught.value.problems]
    assert messages == [
        ("clinic.yaml", 2, "'paper: A5' is not allowed"),
        ("clinic.yaml", 3, "'print_size: 12' is not allowed"),
        ("clinic.yaml", 4, "unknown setting 'colour'"),
        ("clinic.yaml", 5, "'voices: {'en': 'robot'}' is not allowed"),
        ("clinic.yaml", 6, "'logo: ../secret.png' is not allowed"),
        ("clinic.yaml", 7, "'speech_rate: 250' is not allowed"),
        ("pronunciations.yaml", 1, "'DVT' needs a spoken form"),
    ]


def test_letter_paper_is_accepted_in_any_case(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("paper: letter\nprint_size: 24\n")
    config = load_config(tmp_path)
    assert (config.paper, config.print_size) == ("Letter", 24)


def test_after_hours_for_every_language_or_each(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("after_hours: Go to the ER.\n")
    assert load_config(tmp_path).after_hours_for("fr-CA") == "Go to the ER."
    (tmp_path / "clinic.yaml").write_text("after_hours: {en: Go to the ER., es-US: Vaya a "
                                          "urgencias.}\n")
    config = load_config(tmp_path)
    assert (config.after_hours_for("en-GB"), config.after_hours_for("es-US")) == (
        "Go to the ER.", "Vaya a urgencias.")
    assert config.after_hours_for("es") is None and ClinicConfig().after_hours_for("en") is None


def test_country_gives_phone_links_their_country_code(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text('phone: "020 7946 0000"\ncountry: gb\n')
    assert load_config(tmp_path).phone_href == "tel:+442079460000"
    assert ClinicConfig(phone="555-0134").phone_href == "tel:5550134"  # no country: as written


def test_country_and_phone_problems_name_their_lines(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        'name: Clinic\nphone: "555-0134"\ncountry: US\nafter_hours: {en: ""}\n')
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path}/clinic.yaml:4: error: 'after_hours: {{'en': ''}}' is not allowed — write "
        "one line of text, or one per language: 'after_hours: {en: \"If we are closed, …\", "
        "es: \"Si estamos cerrados, …\"}'",
        f"{tmp_path}/clinic.yaml:2: error: the phone number has no area code — write it as "
        "people dial it in your country, with the area code, e.g. 'phone: \"(555) 555-0134\"'",
    ]
    (tmp_path / "clinic.yaml").write_text("country: Narnia\n")
    with pytest.raises(ConfigError, match=r"clinic.yaml:1: error: 'country: Narnia' is not"):
        load_config(tmp_path)


def test_speech_rate_in_words_a_minute(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("speech_rate: 140\n")
    assert load_config(tmp_path).speech_rate == 140
    (tmp_path / "clinic.yaml").write_text("speech_rate: fast\n")
    with pytest.raises(ConfigError, match=r"clinic.yaml:1: error: 'speech_rate' has the wrong "
                                          r"kind of value — give words a minute between 120"):
        load_config(tmp_path)


def test_each_setting_is_declared_once() -> None:
    """SETTINGS gives ClinicConfig its clinic.yaml fields and their defaults, the check and
    the hint: a setting added there is read, checked and defaulted with nothing else."""
    fields = {f.name: f.default for f in dataclasses.fields(ClinicConfig)}
    assert list(fields)[: len(SETTINGS)] == [s.name for s in SETTINGS]
    assert all(fields[s.name] == s.default for s in SETTINGS)
    assert set(fields) - {s.name for s in SETTINGS} == {"pronunciations", "labels"}


@pytest.mark.parametrize(("line", "problem"), [
    ("reading_grade: .nan", "'reading_grade: nan' is not allowed"),
    ("reading_grade: -.inf", "'reading_grade: -inf' is not allowed"),
    ("reading_grade: 40", "'reading_grade: 40' is not allowed"),
    ('phone: "555\\u200f-0134"', "'phone: 555\\u200f-0134' is not allowed"),
    ('phone: "555-0134 ext. 12"', "'phone: 555-0134 ext. 12' is not allowed"),
    ("audio_base_url: 'https://x.example/\"'", "'audio_base_url: https://x.example/\"' is not"),
    ("print_size: true", "'print_size' has the wrong kind of value"),
])
def test_a_bad_value_names_its_setting(tmp_path: Path, line: str, problem: str) -> None:
    (tmp_path / "clinic.yaml").write_text(f"name: Clinic\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert [(p.line, p.message[: len(problem)]) for p in caught.value.problems] == [(2, problem)]


def test_a_phone_as_people_write_it(tmp_path: Path) -> None:
    for phone in ("(555) 555-0134", "+44 20 7946 0000", "555.555.0134", "5555550134"):
        (tmp_path / "clinic.yaml").write_text(f'phone: "{phone}"\n', encoding="utf-8")
        assert load_config(tmp_path).phone == phone


def test_an_editors_files_beside_labels_are_not_labels(tmp_path: Path) -> None:
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "es.yaml").write_text('get_help: "Pida ayuda ya"\n', encoding="utf-8")
    (labels / ".#es.yaml").symlink_to("someone@host.42:1700000000")  # Emacs's lock
    (labels / "es.yaml~").write_text("get_help: [\n", encoding="utf-8")
    assert load_config(tmp_path).labels_for("es").get_help == "Pida ayuda ya"


def test_the_logo_is_checked_as_a_handouts_picture(tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 30), "white").save(tmp_path / "logo.png")
    (tmp_path / "fake.png").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "clinic.yaml").write_text("logo: logo.png\n", encoding="utf-8")
    assert load_config(tmp_path).logo == (tmp_path / "logo.png").resolve()
    (tmp_path / "clinic.yaml").write_text("logo: fake.png\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"clinic.yaml:1: error: 'logo: fake.png' is not"):
        load_config(tmp_path)


def test_an_escaped_control_character_in_a_pronunciation_term(tmp_path: Path) -> None:
    (tmp_path / "pronunciations.yaml").write_text('"OTC\\u0007": over the counter\n')
    with pytest.raises(ConfigError, match=r"pronunciations.yaml:1: error: 'OTC\\u0007' has a "
                                          r"hidden character U\+0007"):
        load_config(tmp_path)
