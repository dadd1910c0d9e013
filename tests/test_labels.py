"""Fixed words in the reader's language: built-in files, CLDR dates and numbers, a clinic's
handouts/labels/<lang>.yaml, and the one warning for a language with no labels."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.config import load_config
from handoutkit.errors import ConfigError
from handoutkit.files import Layout
from handoutkit.labels import builtin_languages, labels_for, web_labels_for
from handoutkit.labels.lookup import builtin
from handoutkit.labels.schema import KEYS, OPTIONAL, TEXT_KEYS, placeholders
from handoutkit.model import CalloutKind
from handoutkit.pipeline.builder import check
from handoutkit.serve.rebuild import Preview
from handoutkit.serve.state import PreviewState
from tests.helpers import TEMPLATES, front_matter

LANGUAGES = builtin_languages()
ISSUE_LANGUAGES = {"en", "es", "fr", "zh-Hans", "zh-Hant", "vi", "tl", "ko", "ru", "ar", "ht",
                   "pl", "pt", "fa", "ja", "ur", "pa", "bn", "ro", "he", "uk", "hi"}
DAY = dt.date(2026, 11, 20)


def test_every_language_of_the_issue_is_built_in() -> None:
    assert set(LANGUAGES) >= ISSUE_LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_is_written_with_the_placeholders_of_english(lang: str) -> None:
    english, texts = builtin()["en"], builtin()[lang]
    assert set(KEYS) - set(OPTIONAL) <= set(texts)
    for key in TEXT_KEYS:
        if key in texts:
            assert texts[key].strip(), key
            assert placeholders(texts[key]) == placeholders(english[key]), key
    if lang != "en":
        assert texts["get_help"] != english["get_help"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_fill_in_works(lang: str) -> None:
    labels, web = labels_for(lang), web_labels_for(lang)
    said = labels.said
    filled = [labels.call_clinic.format(clinic="C", phone="1"), labels.date(DAY),
              said.from_clinic.format(clinic="C"), said.picture.format(alt="A"),
              said.table.format(columns="A" + said.then + "B"), said.closing.format(clinic="C"),
              said.call.format(phone="1"), said.reviewed.format(date=labels.spoken_date(DAY)),
              web.pdf.format(detail=""), web.mp3.format(detail=""), web.size(874_168),
              *(web.pages(n) for n in range(0, 1001))]
    assert all(text.strip() for text in filled)
    assert {labels.callout(kind) for kind in CalloutKind if kind.is_urgent} == {labels.get_help}
    assert [kind for kind, _ in labels.page_counter()].count("counter") == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_counts_have_a_form_for_each_plural_rule(lang: str) -> None:
    """The forms cover every CLDR category whole numbers fall in, or there is one form."""
    web = web_labels_for(lang)
    forms = {form for form, _ in web.page_counts}
    used = {web.plural_locale.plural_form(n) for n in range(0, 1001)}
    assert forms == {"other"} or used <= forms


@pytest.mark.parametrize(("lang", "printed"), [
    ("en-US", "November 20, 2026"), ("en-GB", "20 November 2026"),
    ("es-US", "20 de noviembre de 2026"), ("vi", "20 tháng 11, 2026"),
    ("ar", "20 نوفمبر 2026"), ("zh-Hant", "2026年11月20日"), ("ru", "20 ноября 2026\u202fг."),
    ("fa", "۲۰ نوامبر ۲۰۲۶"), ("bn", "২০ নভেম্বর, ২০২৬"), ("ht", "20 novanm 2026"),
])
def test_printed_dates_follow_cldr(lang: str, printed: str) -> None:
    assert labels_for(lang).date(DAY) == printed


def test_the_spoken_date_keeps_ascii_digits_for_the_normaliser() -> None:
    assert labels_for("fa").spoken_date(DAY) == "20 نوامبر 2026"
    assert labels_for("en").spoken_date(DAY) == labels_for("en").date(DAY)


def test_numbers_and_page_counts_follow_cldr() -> None:
    assert [web_labels_for("ru").pages(n) for n in (1, 3, 5, 21)] == [
        "1 страница", "3 страницы", "5 страниц", "21 страница"]
    assert [web_labels_for("ar").pages(n) for n in (2, 3, 11)] == [
        "2 صفحة", "3 صفحات", "11 صفحة"]
    assert web_labels_for("pl").size(3_557_783) == "3,6 MB"
    assert web_labels_for("fa").size(3_557_783) == "۳٫۶ مگابایت"
    assert web_labels_for("vi").duration(109.4) == "1 phút 49 giây"
    assert web_labels_for("fa").duration(9) == "۹ ثانیه"


def test_footer_page_number_in_each_languages_order_and_digits() -> None:
    assert labels_for("ko").page_counter() == [
        ("counter", "pages, decimal"), ("text", "쪽 중 "), ("counter", "page, decimal"),
        ("text", "쪽")]
    assert ("counter", "page, persian") in labels_for("fa").page_counter()


@pytest.mark.parametrize(("lang", "name"), [
    ("vi", "Tiếng Việt"), ("ar", "العربية"), ("zh-Hans", "中文（简体）"),
    ("zh-Hant", "中文（繁體）"), ("tl", "Tagalog"), ("es-MX", "Español"), ("ru", "Русский"),
    ("so", "Soomaali"), ("tlh", "Klingon"),
])
def test_each_language_is_named_in_itself(lang: str, name: str) -> None:
    assert web_labels_for(lang).language_name == name


@pytest.mark.parametrize(("lang", "like"), [
    ("zh", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"),
    ("pt-BR", "pt"), ("es-419", "es"), ("pa-Arab", "en"),
])
def test_labels_are_chosen_by_language_and_script(lang: str, like: str) -> None:
    assert labels_for(lang).sources == labels_for(like).sources


def _project(root: Path, labels: dict[str, str]) -> Path:
    handouts = root / "handouts"
    (handouts / "labels").mkdir(parents=True)
    for name, text in labels.items():
        (handouts / "labels" / name).write_text(text, encoding="utf-8")
    return handouts


def test_a_clinic_file_changes_one_label_and_keeps_the_rest(tmp_path: Path) -> None:
    handouts = _project(tmp_path, {"vi.yaml": 'get_help: "Gọi cấp cứu ngay"\n'
                                              'web:\n  listen: "Bấm để nghe"\n'})
    config = load_config(handouts)
    mine, built_in = config.labels_for("vi-VN"), labels_for("vi")
    assert (mine.get_help, config.web_labels_for("vi").listen) == ("Gọi cấp cứu ngay",
                                                                  "Bấm để nghe")
    assert mine.sources == built_in.sources and mine.said == built_in.said
    assert config.web_labels_for("vi").chapters == web_labels_for("vi").chapters


def test_a_clinic_file_adds_a_language_over_english(tmp_path: Path) -> None:
    handouts = _project(tmp_path, {"so.yaml": "get_help: Hadda caawimaad raadso\n"})
    config = load_config(handouts)
    assert config.labels_for("so").get_help == "Hadda caawimaad raadso"
    assert config.labels_for("so").sources == labels_for("en").sources


def test_a_broken_clinic_file_gives_each_problem_with_its_line(tmp_path: Path) -> None:
    handouts = _project(tmp_path, {
        "vi.yaml": "get_hepl: Cứu\ncall_clinic: Gọi {clinic}\nsaid:\n  listen: Nghe\n"
                   "  call: [1]\nweb:\n  pages: {one: trang}\nmonths: [a, b]\n",
        "Vietnamese.yaml": "get_help: Cứu\n", "ko.yaml": "said: 안녕하세요\n"})
    with pytest.raises(ConfigError) as caught:
        load_config(handouts)
    found = [(p.path.name, p.line, p.message) for p in caught.value.problems]
    assert found == [
        ("Vietnamese.yaml", 1, "'Vietnamese.yaml' is not named by a language tag"),
        ("ko.yaml", 1, "'said:' holds labels, not a text"),
        ("vi.yaml", 1, "unknown label 'get_hepl'"),
        ("vi.yaml", 4, "unknown label 'said.listen'"),
        ("vi.yaml", 2, "'call_clinic' must contain {clinic} and {phone}, as in English"),
        ("vi.yaml", 5, "'said.call' needs a text"),
        ("vi.yaml", 7, "'web.pages' needs the form for 'other' numbers"),
        ("vi.yaml", 8, "'months' needs the twelve month names"),
    ]
    assert "write it as 'web.listen'" in str(caught.value)
    assert str(caught.value).startswith(f"{handouts}/labels/Vietnamese.yaml:1: error: ")


def _tlh_project(root: Path) -> Layout:
    handouts = _project(root, {})
    for name in ("heat.tlh.md", "sun.tlh.md"):
        (handouts / name).write_text(front_matter(lang="tlh") + "\nDrink water.\n")
    return Layout(handouts, root / "build", TEMPLATES)


def _fallbacks(text: str) -> list[str]:
    return [line for line in text.splitlines() if "no labels in" in line]


def test_no_labels_is_one_warning_per_check(tmp_path: Path) -> None:
    layout = _tlh_project(tmp_path)
    paths = sorted(layout.handouts_dir.glob("*.md"))
    warnings = [str(w) for w in check(layout, load_config(layout.handouts_dir), paths).warnings]
    assert _fallbacks("\n".join(warnings)) == [
        f"{paths[0]}:3: warning: no labels in Klingon ('tlh'): the fixed words of 2 handouts "
        "(\"Get help now\", \"Page 1 of 2\", …) are in English — write them in "
        f"{layout.handouts_dir}/labels/tlh.yaml (start from a copy of "
        "handoutkit/labels/data/en.yaml)"]
    (layout.handouts_dir / "labels" / "tlh.yaml").write_text("get_help: Qagh\n")
    config = load_config(layout.handouts_dir)
    assert _fallbacks("\n".join(str(w) for w in check(layout, config, paths).warnings)) == []


def test_no_labels_is_one_warning_per_build(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    layout = _tlh_project(tmp_path)
    args = ["pdf", "--handouts-dir", str(layout.handouts_dir), "--build-dir",
            str(layout.build_dir), "-q", "-j1"]
    assert main(args) == 0
    assert len(_fallbacks(capsys.readouterr().err)) == 1
    assert main(args) == 0  # nothing to build again: nothing to say again
    assert _fallbacks(capsys.readouterr().err) == []


def test_make_serve_reads_a_saved_labels_file_again(tmp_path: Path) -> None:
    handouts = _project(tmp_path, {})
    preview = Preview(Layout(handouts, tmp_path / "build", TEMPLATES), 1, PreviewState(),
                      say=lambda line: None)
    preview.start()
    saved = handouts / "labels" / "vi.yaml"
    saved.write_text("get_help: Gọi cấp cứu ngay\n", encoding="utf-8")
    preview.update([saved.resolve()])
    assert preview.builder is not None
    assert preview.builder.config.labels_for("vi").get_help == "Gọi cấp cứu ngay"


@pytest.mark.parametrize("text", ["Call {clinic!r} at {phone}.", "Call {clinic[0]} at {phone}.",
                                  "Call {clinic:{phone}} at {phone}.", "Call {0} at {phone}.",
                                  "Call {clinic:>300000000} at {phone}."])
def test_a_placeholder_is_a_bare_name(tmp_path: Path, text: str) -> None:
    """A conversion, a spec, an index or a number would run Python's formatting on the
    clinic's name: refused at the label's line, never filled in."""
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "en.yaml").write_text(f'note: "Note"\ncall_clinic: "{text}"\n',
                                                 encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    [problem] = caught.value.problems
    assert (problem.line, problem.message.split(" has the placeholder ")[0]) == (
        2, "'call_clinic'")
