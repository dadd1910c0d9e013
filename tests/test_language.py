"""Language tags: validity, subtags, script and direction."""

import pytest

from handoutkit.language import direction, is_valid_tag, iso_639_2, primary_language, script


@pytest.mark.parametrize(("tag", "valid"), [
    ("vi", True), ("zh-Hant", True), ("pt-BR", True), ("es-419", True), ("tlh", True),
    ("en_US", False), ("English", False), ("xx", False), ("", False),
])
def test_a_tag_is_valid_when_well_formed_and_registered(tag: str, valid: bool) -> None:
    assert is_valid_tag(tag) is valid


@pytest.mark.parametrize(("tag", "expected"), [
    ("ar", ("Arab", "rtl")), ("fa", ("Arab", "rtl")), ("ur", ("Arab", "rtl")),
    ("he", ("Hebr", "rtl")), ("pa-Arab", ("Arab", "rtl")), ("pa", ("Guru", "ltr")),
    ("zh-Hans", ("Hans", "ltr")), ("zh-Hant", ("Hant", "ltr")), ("ko", ("Kore", "ltr")),
    ("ru", ("Cyrl", "ltr")), ("vi", ("Latn", "ltr")),
])
def test_script_and_direction_come_from_the_tag(tag: str, expected: tuple[str, str]) -> None:
    assert (script(tag), direction(tag)) == expected


def test_subtags() -> None:
    assert primary_language("zh-Hant") == "zh"
    assert iso_639_2("vi") == "vie"
    assert iso_639_2("pt-BR") == "por"
