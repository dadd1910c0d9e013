"""Speech normalisation: fixture cases per language, every rule covered, Spanish agreement,
regions, overrides and unknown terms (properties: test_normalize_properties.py)."""

import re

import pytest
from num2words import num2words

from handoutkit.speech import (
    agreement,
    say_english,
    say_numbers,
    say_phones,
    say_times,
    say_web,
    say_words,
)
from handoutkit.speech import normalize as normalize_module
from handoutkit.speech.data import rules
from handoutkit.speech.normalize import (
    NEUTRAL_RULES,
    explain,
    normalize,
    rule_names,
    unknown_terms,
)
from tests.helpers import FIXTURE_LANGUAGES, FIXTURE_OVERRIDES, NORMALIZE_CASES


def spoken(text: str, lang: str) -> tuple[str, tuple[str, ...]]:
    return explain(text, lang, FIXTURE_OVERRIDES[lang])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param(lang, text, expected, id=f"{lang}: {title}")
    for lang, cases in NORMALIZE_CASES.items() for title, text, expected in cases])
def test_fixture(lang: str, text: str, expected: str) -> None:
    assert spoken(text, lang)[0] == expected


@pytest.mark.parametrize("lang", FIXTURE_LANGUAGES)
def test_every_rule_has_a_fixture_case(lang: str) -> None:
    """Each rule the language has changes the text of at least one case with an expected
    output (the rule list comes from the compiled rule table, not a hand list)."""
    fired = {name for _, text, _ in NORMALIZE_CASES[lang] for name in spoken(text, lang)[1]}
    assert [name for name in rule_names(lang) if name not in fired] == []


# The number words that agree with a noun, by the gender they agree with.
AGREEING = {"m": r"un|veintiún|\w+ientos|medio|primer|primero|tercer|tercero|segundo",
            "f": r"una|veintiuna|\w+ientas|media|primera|tercera|segunda",
            "": r"uno|veintiuno"}  # "uno" never stands before a noun
NUMBER_WORDS = {w for n in range(1000) for w in num2words(n, lang="es").split()} | {"mil"}


def disagreements(text: str) -> list[str]:
    """Spanish number words before a noun of the other gender: "uno tableta", "un mano"."""
    found = []
    for gender, forms in AGREEING.items():
        for m in re.finditer(rf"\b(?:{forms})\b((?:\s+(?:{'|'.join(NUMBER_WORDS)})\b)*)", text):
            noun = agreement.noun_after(text, m.end())
            if noun and noun.word not in NUMBER_WORDS and noun.gender != gender:
                found.append(f"{m[0]} {noun.word}")
    return found


def test_spanish_numbers_agree_with_their_nouns() -> None:
    assert disagreements("uno tableta, un mano, doscientos tabletas, media vaso") == [
        "un mano", "doscientos tabletas", "media vaso", "uno tableta"]
    assert [d for _, _, expected in NORMALIZE_CASES["es"] for d in disagreements(expected)] == []


@pytest.mark.parametrize(("word", "gender"), [
    ("tableta", "f"), ("días", "m"), ("mano", "f"), ("problemas", "m"), ("fotos", "f"),
    ("dosis", "f"), ("análisis", "m"), ("veces", "f"), ("inyecciones", "f"), ("pulmones", "m"),
    ("dolores", "m"), ("mujeres", "f"), ("noches", "f"), ("hematoma", "m"), ("bases", "f"),
    ("toma", "f"), ("gripe", "f"), ("hinchazón", "f"), ("mediodía", "m"),
])
def test_spanish_noun_gender(word: str, gender: str) -> None:
    assert agreement.gender(word) == gender


def test_explain_names_the_rules_that_changed_the_text() -> None:
    said, fired = explain("Take 1 mg at 9:30 am.", "en")
    assert said == "Take one milligram at nine thirty a m."
    assert fired == ("clock", "quantity")
    assert rule_names("tl") == ("characters", "overrides", "citations", "urls")
    assert rule_names("ht")[-1] == "numbers"  # data/kreyol.py: espeak-ng's own are wrong
    assert rule_names("vi") == ("characters", "overrides", "citations", "urls", "numbers")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en-GB", "12/05/2026", "the twelfth of May, twenty twenty-six"),
    ("en-US", "12/05/2026", "December fifth, twenty twenty-six"),
    ("en-GB", "25/12/2026", "the twenty-fifth of December, twenty twenty-six"),
    ("en", "25/12/2026", "December twenty-fifth, twenty twenty-six"),
    ("es", "1.250 mg; 0,125 mg",
     "mil doscientos cincuenta miligramos; cero coma uno dos cinco miligramos"),
    ("es-MX", "1,250 mg; 2.5 mg",
     "mil doscientos cincuenta miligramos; dos punto cinco miligramos"),
    ("es-MX", "$2.50", "dos dólares con cincuenta centavos"),
    # Unit names as the region spells them: Merriam-Webster (US) "liter", Oxford (UK) and
    # the Canadian Oxford "litre"; CLDR's "en" is US English.
    ("en", "5 mL in 1 L; 3 km", "five milliliters in one liter; three kilometers"),
    ("en-US", "2 mmol/L, 10 cm", "two millimoles per liter, ten centimeters"),
    ("en-GB", "5 mL in 1 L; 3 km", "five millilitres in one litre; three kilometres"),
    ("en-CA", "2 mmol/L, 10 cm", "two millimoles per litre, ten centimetres"),
    ("en-AU", "120/80 mmHg",
     "one hundred and twenty over eighty millimetres of mercury"),
])
def test_regions(lang: str, text: str, expected: str) -> None:
    assert normalize(text, lang) == expected


@pytest.mark.parametrize("lang", ["tl", "zz"])
def test_languages_num2words_does_not_know_only_get_neutral_rules(lang: str) -> None:
    text = "Die  **DVT** kostet 12 € [3] https://example.org, ≥ 5 mg."
    assert normalize(text, lang) == "Die DVT kostet 12 € example.org, ≥ 5 mg."  # its site
    assert normalize(text, lang, {"DVT": "D V T"}) == "Die D V T kostet 12 € example.org, ≥ 5 mg."


def test_overrides_win_over_built_in_tables() -> None:
    assert normalize("Your BP is fine.", overrides={"BP": "B P"}) == "Your B P is fine."
    assert normalize("Call 911.", overrides={"911": "nine eleven"}) == "Call nine eleven."
    assert normalize("Take 5 mg", overrides={"mg": "milligrams"}) == "Take five milligrams"
    assert normalize("Dr. Who", overrides={"Dr.": "Doctor"}) == "Doctor Who"


def test_overrides_match_whole_words_case_sensitively() -> None:
    overrides = {"DVT": "deep vein thrombosis"}
    assert normalize("DVTs, dvt and DVT.", "en", overrides) == "DVTs, dvt and deep vein thrombosis."


def test_override_spoken_forms_are_made_speakable() -> None:
    assert normalize("HbA1c", overrides={"HbA1c": "H b A 1 c"}) == "H b A one c"
    assert normalize("TVP", "es", {"TVP": "trombosis"}) == "trombosis"


def test_unknown_terms_in_order_and_deduplicated() -> None:
    text = "See your GP about XYZ, then XYZ again, B12, HbA1c, ABC123, K2 and the QRS team."
    assert unknown_terms(text) == ["XYZ", "ABC123", "K2", "QRS"]


def test_unknown_terms_skip_what_rules_and_overrides_cover() -> None:
    covered = "World War II, Type III, 10mg, 9am, 21st, 1990s, q6h, 2x/day, OK, I am, McDonald's"
    assert unknown_terms(covered) == []
    assert unknown_terms("XYZ and QRS", overrides={"XYZ": "x y z"}) == ["QRS"]
    assert unknown_terms("See your OB-GYN.") == ["OB-GYN"]
    assert unknown_terms("See your OB-GYN.", overrides={"OB-GYN": "O B G Y N"}) == []


def test_unknown_terms_per_language() -> None:
    assert unknown_terms("La TVP y la XYZ", "es") == ["XYZ"]
    assert unknown_terms("Die DVT und XYZ 12", "de") == ["DVT", "XYZ"]


def test_every_rule_has_an_example_in_the_module_docstring() -> None:
    doc = "".join(module.__doc__ or "" for module in (normalize_module, say_words, say_times,
                                                      say_english, say_web,
                                                      say_phones, say_numbers))
    undocumented = [name for name in (*NEUTRAL_RULES, *(rule[0] for rule in rules.RULES))
                    if not re.search(rf"\b{name} {{2,}}\S[^\n]*→", doc)]
    assert undocumented == []
