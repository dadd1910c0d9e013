"""The independent read-back: every spoken number, parsed back to digits by text2num, is the
printed one, for every fixture case and sample handout in the languages text2num reads; a
spoken form that changes a number is an error at its line in `make check`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from handoutkit.checks.lint import lint
from handoutkit.checks.numbers import model_sentences
from handoutkit.config import ClinicConfig, load_config
from handoutkit.model import Paragraph, Quantity, QuantityKind, Table, walk
from handoutkit.reader.inlines import quantities_in
from handoutkit.reader.loader import load_handout
from handoutkit.speech import readback
from handoutkit.speech.normalize import explain
from tests.helpers import (
    FIXTURE_OVERRIDES,
    FIXTURES,
    NORMALIZE_CASES,
    ROOT,
    SAMPLES,
    front_matter,
)

HANDOUTS = [*sorted(SAMPLES.glob("*.md")),
            *(p for p in sorted((FIXTURES / "languages").glob("*.md"))
              if readback.reads_back(load_handout(p, p.parent).meta.lang))]


@pytest.mark.parametrize("lang", sorted(NORMALIZE_CASES))
def test_every_normaliser_case_reads_back_to_its_printed_numbers(lang: str) -> None:
    """The normaliser's own cases (tests/fixtures/normalize/): each one that holds a number
    of a compared class reads back to the same digits; most cases are compared."""
    compared, wrong = 0, []
    for title, text, _ in NORMALIZE_CASES[lang]:
        fired = explain(text, lang, FIXTURE_OVERRIDES[lang])[1]
        if any(c.isdigit() for c in text) and not readback.UNCHECKED_RULES.intersection(fired):
            compared += 1
        found = readback.check(text, lang, FIXTURE_OVERRIDES[lang])
        if found is not None:
            wrong.append((title, found))
    assert wrong == []
    assert compared >= 50, compared


@pytest.mark.parametrize("path", HANDOUTS, ids=[p.name for p in HANDOUTS])
def test_every_sentence_of_the_samples_and_language_fixtures_reads_back(path: Path) -> None:
    """Each sentence's spoken numbers against the values of its Quantity nodes in the model;
    every quantity the model holds is placed in its sentence."""
    handout = load_handout(path, path.parent)
    config = load_config(path.parent)
    overrides = {**dict(config.pronunciations), **dict(handout.meta.speech)}
    sentences = list(model_sentences(handout))
    placed = [found for _, _, found in sentences if found is not None]
    assert sum(map(len, placed)) == sum(
        len(quantities_in(b.inlines)) for b in walk(handout.intro, handout.sections)
        if isinstance(b, Paragraph)) + sum(
        len(quantities_in(cell)) for b in walk(handout.intro, handout.sections)
        if isinstance(b, Table) for row in (b.header, *b.rows) for cell in row)
    wrong = [mismatch for _, sentence, found in sentences
             if (mismatch := readback.check(sentence, handout.meta.lang, overrides, found))
             is not None]
    assert wrong == []


@pytest.mark.parametrize(("lang", "printed", "quantity", "expected"), [
    ("en", "Take 1.25 mg.", Quantity("1.25 mg", QuantityKind.DOSE, ("1.25",), "mg"), None),
    # the model's value, not a second reading of the text, is what the voice must say
    ("en", "Take 1.25 mg.", Quantity("1.25 mg", QuantityKind.DOSE, ("125",), "mg"), "125"),
    ("es", "Tome 1.200 mg.", Quantity("1.200 mg", QuantityKind.DOSE, ("1200",), "mg"), None),
    ("es", "Tome 1.200 mg.", Quantity("1.200 mg", QuantityKind.DOSE, ("1.2",), "mg"), "1.2"),
])
def test_the_voice_is_checked_against_the_models_value(
        lang: str, printed: str, quantity: Quantity, expected: str | None) -> None:
    found = readback.check(printed, lang, None, (quantity,))
    assert (found and found.expected) == expected
    if found is not None:
        assert found.heard == ("1.25" if lang == "en" else "1200")


@pytest.mark.parametrize(("lang", "printed", "expected", "heard"), [
    # a reader may take it as one and a half; the voice says "one, five"
    ("en", "Take 1,5 mg.", "1.5", "15"),
    ("en", "Take 2,50 mg.", "2.50", "250"),
])
def test_a_number_print_and_voice_read_apart_is_refused(lang: str, printed: str, expected: str,
                                                         heard: str) -> None:
    found = readback.check(printed, lang)
    assert found is not None and (found.expected, found.heard) == (expected, heard)


def test_a_dates_or_fractions_sentence_is_not_compared_by_the_readers_kind() -> None:
    """"3/4" is a fraction to the reader: its reading ("three quarters") names its parts
    in words, so the sentence is left out, not compared and failed; a date too."""
    found = (Quantity("3/4", QuantityKind.FRACTION, ("3", "4")),)
    assert readback.check("Tome 3/4 de taza.", "es", None, found) is None
    assert readback.check("On 2026-07-10.", "en") is None


def test_a_fraction_of_a_thousand_is_said_as_a_fraction_not_as_one_number() -> None:
    """"2/1000" was said "dos mil" (two thousand); it is now "dos milésimos" (the RAE's
    partitive), a fraction, which the read-back leaves to the fraction cases."""
    spoken, fired = explain("Al 2/1000 de la dosis.", "es")
    assert "dos milésimos" in spoken and "dos mil " not in spoken and "fraction" in fired
    assert readback.check("Al 2/1000 de la dosis.", "es") is None
    assert readback.check("About 2/1000 people.", "en") is None  # "two one thousand"


@pytest.mark.parametrize(("lang", "printed", "overrides", "heard"), [
    ("en", "Call 911 now.", {"911": "nine one two"}, "912"),
    ("en", "Take 1.25 mg a day.", {"1.25 mg": "one hundred and twenty-five milligrams"}, "125"),
    ("en", "Give 10 units.", {"10 units": "ten thousand units"}, "10000"),
    ("es", "Tome 1,5 mg.", {"1,5 mg": "quince miligramos"}, "15"),
    ("fr", "Buvez 2 litres.", {"2 litres": "trois litres"}, "3"),
    ("pt", "Beba 2 litros.", {"2 litros": "dois mil litros"}, "2000"),
    ("de", "Trinken Sie 2 Liter.", {"2 Liter": "zwanzig Liter"}, "20"),
])  # fmt: skip
def test_a_spoken_form_that_changes_the_number_is_caught(lang: str, printed: str,
                                                         overrides: dict[str, str],
                                                         heard: str) -> None:
    found = readback.check(printed, lang, overrides)
    assert found is not None and found.heard == heard
    assert readback.check(printed, lang) is None  # the normaliser's own reading agrees


# German "ein" takes its noun's case and gender (Duden, Die Grammatik: der unbestimmte
# Artikel und das Zahlwort "ein"), Italian "uno" is elided before a vowel (Serianni,
# Grammatica italiana: l'elisione di "una"): text2num reads only "ein" and "un".
@pytest.mark.parametrize(("lang", "printed", "one"), [
    ("de", "Nehmen Sie 1 Tablette.", "eine"),
    ("de", "Es dauert 1 Woche.", "eine"),
    ("de", "Nehmen Sie eine Tablette und 2 Kapseln.", "eine"),  # the article, in print too
    ("it", "Dopo 1 ora.", "un'"),
    ("it", "Prenda un'aspirina e 2 compresse.", "un'"),
])  # fmt: skip
def test_an_inflected_or_elided_one_reads_back_as_one(lang: str, printed: str, one: str) -> None:
    assert one in explain(printed, lang)[0]  # what text2num alone does not read
    assert readback.check(printed, lang) is None


@pytest.mark.parametrize(("lang", "printed", "overrides", "heard"), [
    ("de", "Nehmen Sie 2 Tabletten.", {"2 Tabletten": "eine Tablette"}, "1"),
    ("de", "Warten Sie 1 Stunde.", {"1 Stunde": "einer Stunde und zwei Minuten"}, "12"),
    ("it", "Dopo 2 ore.", {"2 ore": "un'ora"}, "1"),
    ("it", "Dopo 1 ora.", {"1 ora": "tre ore"}, "3"),
])  # fmt: skip
def test_an_inflected_or_elided_one_where_the_print_says_another_number_is_caught(
        lang: str, printed: str, overrides: dict[str, str], heard: str) -> None:
    found = readback.check(printed, lang, overrides)
    assert found is not None and found.heard == heard


def test_make_check_refuses_a_number_that_reads_back_wrong(tmp_path: Path) -> None:
    handouts = tmp_path / "in"
    handouts.mkdir()
    body = "\n## Help\n\nCall 911 if you have chest pain.\n"
    (handouts / "help.md").write_text(front_matter(speech='{"911": "nine one two"}') + body,
                                      encoding="utf-8")
    result = subprocess.run(["make", "-s", "-C", str(ROOT), "check", f"HANDOUTS_DIR={handouts}",
                             f"BUILD_DIR={tmp_path / 'out'}"], capture_output=True, text=True)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    line = (handouts / "help.md").read_text(encoding="utf-8").split("\n").index(
        "Call 911 if you have chest pain.") + 1
    assert errors[0].startswith(f"{handouts}/help.md:{line}: error: the voice would say "
                                "\"Call nine one two if you have chest pain.\"")
    assert "reads back as 912, not 911" in errors[0]


@pytest.mark.parametrize(("lang", "said", "digits"), [
    ("en", "nine one two", ("912", True)),  # text2num
    ("es", "uno coma dos cinco miligramos", ("1.25", True)),
    ("ru", "девятьсот одиннадцать", ("911", False)),  # num2words' own words, matched back
    ("ru", "девять один два", ("912", False)),
    ("ar", "تسعة واحد اثنان", ("912", False)),
    ("vi", "chín một một", ("911", False)),
    ("ht", "nèf en en", None),  # neither knows Kreyòl
])
def test_a_spoken_form_is_read_back_to_digits_in_every_language_a_reader_knows(
        lang: str, said: str, digits: tuple[str, bool] | None) -> None:
    assert readback.spoken_digits(said, lang) == digits


@pytest.mark.parametrize(("lang", "term", "said", "warned"), [
    ("ru", "911", "девять один два", "says 912, not 911"),
    ("ru", "911", "девятьсот одиннадцать", None),
    ("vi", "911", "chín một hai", "says 912, not 911"),
    ("en", "911", "emergency", "says no number for 911"),
    ("ko", "7잔", "일곱 잔", None),  # a native number num2words does not write: not judged
])
def test_a_speech_entry_that_changes_a_number_warns_at_its_line_in_any_language(
        write_handout, project, lang: str, term: str, said: str, warned: str | None) -> None:
    path = write_handout("## One\n\nTake it daily.\n", lang=lang,
                         speech=f'\n  "{term}": "{said}"')
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    found = [(w.line, w.message) for w in warnings if "speech entry" in w.message]
    line = next(n for n, text in enumerate(path.read_text().split("\n"), 1) if term in text)
    assert found == ([(line, f"the speech entry for '{term}' changes its number ('{said}' "
                             f"{warned}) — say the same as the printed words")]
                     if warned else [])
