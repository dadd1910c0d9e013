"""Quantities read once (reader/quantities.py): kind and value of each number, in the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from handoutkit.checks.lint import lint
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError
from handoutkit.model import Paragraph, Quantity, QuantityKind, Strong, Text, walk
from handoutkit.reader.inlines import plain_text, printed_runs
from handoutkit.reader.loader import load_handout
from handoutkit.reader.quantities import quantified, quantities
from handoutkit.speech.normalize import normalize

K = QuantityKind
# (language, text, [(printed, kind, values, unit), ...]): every quantity the reader finds.
CASES = [
    ("en", "Take 1.25 mg.", [("1.25 mg", K.DOSE, ("1.25",), "mg")]),
    ("en", "Up to 1,200 mg a day.", [("1,200 mg", K.DOSE, ("1200",), "mg")]),
    ("es", "Tome 1,25 mg, no 1.200 mg.", [("1,25 mg", K.DOSE, ("1.25",), "mg"),
                                         ("1.200 mg", K.DOSE, ("1200",), "mg")]),
    ("fr", "1\u202f500 mg", [("1\u202f500 mg", K.DOSE, ("1500",), "mg")]),
    ("en", "A level of 2.25–2.75 mmol/L.",
     [("2.25–2.75 mmol/L", K.RANGE, ("2.25", "2.75"), "mmol/L")]),
    ("es", "10 – 12 mg", [("10 – 12 mg", K.RANGE, ("10", "12"), "mg")]),
    ("en", "Call (555) 555-0134 or 1-800-555-0199.",
     [("(555) 555-0134", K.PHONE, ("555", "555", "0134"), ""),
      ("1-800-555-0199", K.PHONE, ("1", "800", "555", "0199"), "")]),
    ("es", "Llame al 612 345 678.", [("612 345 678", K.PHONE, ("612", "345", "678"), "")]),
    ("en", "Call 911.", [("911", K.NUMBER, ("911",), "")]),
    ("en", "140/90 mmHg or higher", [("140/90 mmHg", K.RATIO, ("140", "90"), "mmHg")]),
    ("en", "1/2 cup, 8½ oz, 2/1000",
     [("1/2", K.FRACTION, ("1", "2"), ""), ("8½", K.FRACTION, ("8", "1", "2"), ""),
      ("2/1000", K.FRACTION, ("2", "1000"), "")]),
    ("fr", "¼ à ½ tasse", [("¼", K.FRACTION, ("1", "4"), ""), ("½", K.FRACTION, ("1", "2"), "")]),
    ("en", "40 °C (104 °F)", [("40 °C", K.TEMPERATURE, ("40",), "°C"),
                              ("104 °F", K.TEMPERATURE, ("104",), "°F")]),
    ("es", "38,5 ºC", [("38,5 ºC", K.TEMPERATURE, ("38.5",), "°C")]),
    ("en", "5 % of people", [("5 %", K.PERCENT, ("5",), "%")]),
    ("en", "on 2026-07-10 or 2023/3/8", [("2026-07-10", K.DATE, ("2026", "07", "10"), ""),
                                         ("2023/3/8", K.DATE, ("2023", "3", "8"), "")]),
    ("de", "am 8.3.2023", [("8.3.2023", K.DATE, ("8", "3", "2023"), "")]),
    ("en", "at 9:30 a.m. or 7 p.m.", [("9:30 a.m.", K.TIME, ("9", "30"), ""),
                                       ("7 p.m.", K.TIME, ("7",), "")]),
    ("fr", "à 14 h 30", [("14 h 30", K.TIME, ("14", "30"), "")]),
    ("en", "the 1st dose", [("1st", K.ORDINAL, ("1",), "")]),
    ("es", "la 1ra dosis", [("1ra", K.ORDINAL, ("1",), "")]),
    ("ar", "خذ ١٠٥ ملغ", [("١٠٥", K.NUMBER, ("105",), "")]),
    ("ko", "물 7잔", [("7", K.NUMBER, ("7",), "")]),
    ("en", "vitamin B12 and H2O", []),
    # a mark before other than three digits is a decimal mark whichever it is: a reader may
    # take "1,5 mg" as one and a half, and the read-back stops a voice saying "one, five"
    ("en", "1,5 mg or 1.200",
     [("1,5 mg", K.DOSE, ("1.5",), "mg"), ("1.200", K.NUMBER, ("1.200",), "")]),
    ("es", "2.5 mg o 1,200",
     [("2.5 mg", K.DOSE, ("2.5",), "mg"), ("1,200", K.NUMBER, ("1.200",), "")]),
    ("es", "1.200.000 personas", [("1.200.000", K.NUMBER, ("1200000",), "")]),
    ("en", "1,200.5 mg", [("1,200.5 mg", K.DOSE, ("1200.5",), "mg")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_each_quantity_is_read_with_its_kind_and_value(lang: str, text: str,
                                                      expected: list[tuple]) -> None:
    found = [(q.text, q.kind, q.values, q.unit) for q in quantities(text, lang)]
    assert found == expected


def test_the_model_carries_quantities_and_prints_the_same_characters(tmp_path: Path) -> None:
    (tmp_path / "dose.md").write_text(
        "---\ntitle: Dose\nlang: es\nsummary: La dosis.\n---\n\n"
        "Tome **1,25 mg** dos veces, con 40 °C (104 °F) de fiebre.\n", encoding="utf-8")
    handout = load_handout(tmp_path / "dose.md", tmp_path)
    paragraph = next(b for b in walk(handout.intro, handout.sections)
                     if isinstance(b, Paragraph))
    strong = paragraph.inlines[1]
    assert isinstance(strong, Strong)
    assert strong.children == (Quantity("1,25 mg", K.DOSE, ("1.25",), "mg"),)
    shown = [q for q in paragraph.inlines if isinstance(q, Quantity)]
    assert [q.values for q in shown] == [("40",), ("104",)]
    assert plain_text(paragraph.inlines) == \
        "Tome 1,25 mg dos veces, con 40 °C (104 °F) de fiebre."
    # print sees each run of words and quantities whole, as written
    assert printed_runs(paragraph.inlines)[2:] == (
        Text(" dos veces, con 40 °C (104 °F) de fiebre."),)



def test_a_dose_with_a_trailing_zero_warns_and_one_without_a_leading_zero_is_refused(
        write_handout, project) -> None:
    path = write_handout("## One\n\nTake 1.0 mg, then 2.5 mg, at 38.0 °C.\n", name="zeros")
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [(w.line, w.message) for w in warnings if "decimal mark" in w.message] == [
        (9, "'1.0 mg' has a zero after its decimal mark and is easily read as 10 mg — "
            "write 1 mg")]
    path = write_handout("## One\n\nTake .5 mg.\n", name="leading")
    with pytest.raises(ContentError) as refused:
        load_handout(path, project.handouts_dir)
    assert [str(p) for p in refused.value.problems] == [
        f"{path}:9: error: the number '.5 mg' has no 0 before its decimal mark, and is easily "
        "read (and said) as 5 mg — write 0.5 mg (a leading zero, as medication safety lists ask)"]


def test_a_translation_whose_dose_is_not_its_sources_warns_at_its_line(
        write_handout, project) -> None:
    write_handout("## Dose\n\nTake 1.25 mg, 2–3 times a day, at 40 °C.\n", name="dose")
    path = write_handout("## Dosis\n\nTome 1,5 mg, 2–3 veces al día, a 104 °F.\n",
                         name="dose.es", lang="es")
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [(w.line, w.message) for w in warnings if "is not in" in w.message] == [
        (9, "'1,5 mg' is not in dose.md, which has 1.25 mg, 2–3 — a translation keeps every "
            "amount of its source")]


def test_a_translated_range_may_come_from_a_range_in_words_but_not_from_other_numbers(
        write_handout, project) -> None:
    """"every 15 to 20 minutes" is a range in words: its translation "15–20" keeps it; a
    range whose ends the source does not have warns."""
    write_handout("## Water\n\nDrink 1 cup every 15 to 20 minutes.\n", name="water")
    path = write_handout("## Agua\n\nTome 1 taza cada 15–20 minutos, o cada 15–25.\n",
                         name="water.es", lang="es")
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [(w.line, w.message.split(" is not in")[0]) for w in warnings
            if "is not in" in w.message] == [(9, "'15–25'")]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_reading_quantities_loses_and_adds_no_character(lang: str, text: str,
                                                       expected: list[tuple]) -> None:
    """Print shows the Quantity's characters, so the cut text must join back to the source."""
    assert "".join(node.text for node in quantified(text, lang)) == text


# Forms whose printed and spoken values could differ, which are read alike by the model
# (what print, braille and the read-back use) and the voice: (language, text, the model's
# values, what the voice says). The rest are refused (tests/fixtures/bad/number-*.md).
AGREEING = [
    ("fr", "Faites 10 000 pas.", ("10000",), "Faites dix mille pas."),
    ("fr", "Faites 10\u202f000 pas.", ("10000",), "Faites dix mille pas."),
    ("ru", "около 10 000 шагов", ("10000",), "около десяти тысяч шагов"),
    ("es", "Camine 10 000 pasos.", ("10000",), "Camine diez mil pasos."),
    ("en", "Walk 10\u00a0000 steps.", ("10000",), "Walk ten thousand steps."),
    ("en", "Keep it above \u22125 °C.", ("5",), "Keep it above minus five degrees Celsius."),
    ("de", "Nehmen Sie 1.500 mg.", ("1500",), "Nehmen Sie eintausendfünfhundert Milligramm."),
    ("de", "Nehmen Sie 1,5 mg.", ("1.5",), "Nehmen Sie eins Komma fünf Milligramm."),
    ("it", "Vieni alle 8.30.", ("8", "30"), "Vieni alle otto e trenta."),
    ("de", "Um 8.30 Uhr.", ("8", "30"), "Um acht Uhr dreißig."),
    ("ru", "Приходите в 9.30.", ("9", "30"), "Приходите в девять часов тридцать минут."),
    ("it", "Prendi 2.5 mg.", ("2.5",), "Prendi due virgola cinque milligrammi."),
    ("ar", "تناول ١٫٥ مليغرام.", ("1.5",), "تناول واحد فاصلة خمسة مليغرام."),
]


@pytest.mark.parametrize(("lang", "text", "values", "said"), AGREEING,
                         ids=[f"{case[0]}-{case[1]}" for case in AGREEING])
def test_a_number_the_model_reads_is_the_number_the_voice_says(
        lang: str, text: str, values: tuple[str, ...], said: str) -> None:
    assert [q.values for q in quantities(text, lang)] == [values]
    assert normalize(text, lang) == said


def test_a_spanish_number_regions_read_apart_warns_where_the_tag_has_no_region(
        write_handout, project) -> None:
    """CLDR: "es" (Spain's conventions) writes 1,5 and 1.500, es-MX and es-US 1.5 and 1,500;
    under a bare "es" tag the voice reads "1,500" as one point five, which a US or Mexican
    writer meant as fifteen hundred."""
    body = "## Uno\n\nTome 1,500 mg o 1.500 mg; 2,5 mg; 12.500 mg.\n"
    path = write_handout(body, name="bare", lang="es")
    _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
    assert [(w.line, w.message) for w in warnings if "region" in w.message] == [
        (9, "'1,500' is read as 1.5 (lang: es, as in Spain), but as 1500 in es-US and es-MX — "
            "give lang: its region (es-US, es-MX, es-ES) so the voice reads it as you mean"),
        (9, "'1.500' is read as 1500 (lang: es, as in Spain), but as 1.5 in es-US and es-MX — "
            "give lang: its region (es-US, es-MX, es-ES) so the voice reads it as you mean"),
        (9, "'12.500' is read as 12500 (lang: es, as in Spain), but as 12.5 in es-US and es-MX "
            "— give lang: its region (es-US, es-MX, es-ES) so the voice reads it as you mean")]
    for tag in ("es-US", "es-ES"):
        path = write_handout(body, name=f"tagged-{tag.lower()}", lang=tag)
        _, warnings = lint(load_handout(path, project.handouts_dir), ClinicConfig())
        assert not [w for w in warnings if "region" in w.message]
