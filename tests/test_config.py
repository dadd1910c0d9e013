"""clinic.yaml and pronunciations.yaml: typed settings, every problem reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit.config import ClinicConfig, load_config
from handoutkit.errors import ConfigError
from tests.conftest import SAMPLES


def test_sample_clinic_settings() -> None:
    config = load_config(SAMPLES)
    assert config.name == "Riverside Family Clinic"
    assert config.phone == "555-0134"
    assert (config.paper, config.print_size) == ("A4", 18)
    assert config.voice_for("en-US") == "piper"
    assert config.voice_for("es") == "kokoro"
    assert ("OTC", "over the counter") in config.pronunciations


def test_no_settings_files_gives_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == ClinicConfig()
    assert ClinicConfig().voice_for("fr") == "espeak-ng"


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text(
        "name: Clinic\npaper: A5\nprint_size: 12\ncolour: blue\nvoices: {en: robot}\n"
        "logo: ../secret.png\n")
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
        ("pronunciations.yaml", 1, "'DVT' needs a spoken form"),
    ]


def test_letter_paper_is_accepted_in_any_case(tmp_path: Path) -> None:
    (tmp_path / "clinic.yaml").write_text("paper: letter\nprint_size: 24\n")
    config = load_config(tmp_path)
    assert (config.paper, config.print_size) == ("Letter", 24)
