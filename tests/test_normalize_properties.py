"""Speech normalisation properties: it never raises, only speakable characters come out,
and every number written in a common shape is said, in order."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from handoutkit.speech.normalize import SPEAKABLE, normalize, unknown_terms

TAGS = ["en", "en-US", "en-GB", "es", "es-MX", "es-ES", "de", "fr-CA", "zz", "vi", "ru", "ar",
        "ko", "pt-BR", "pl", "zh-Hans", "ja", "he", "uk"]
GENERIC_TAGS = ["vi", "ru", "ar", "ko", "fr", "pt-BR", "pl", "zh-Hans", "ja", "uk", "fa"]


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(TAGS),
       st.dictionaries(st.text(max_size=6), st.text(max_size=12), max_size=3))
def test_never_raises(text: str, lang: str, overrides: dict[str, str]) -> None:
    assert isinstance(normalize(text, lang, overrides), str)
    assert isinstance(unknown_terms(text, lang, overrides), list)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text("0123456789 .,-–/:$%°x+<>=&@#[]()", max_size=40),
       st.sampled_from(["en", "es", "en-GB", "es-MX"]))
def test_output_is_speakable(text: str, lang: str) -> None:
    spoken = normalize(text, lang)
    assert all(SPEAKABLE.fullmatch(char) for char in spoken), spoken
    assert not re.search(r"\d", spoken)


@settings(max_examples=300, deadline=None)
@given(st.text("0123456789 .,-–/:%°CLmgkh()", max_size=40) | st.text(max_size=30),
       st.sampled_from(GENERIC_TAGS))
def test_languages_num2words_knows_keep_no_digit(text: str, lang: str) -> None:
    assert not re.search(r"\d", normalize(text, lang)), normalize(text, lang)


# "Never drops a number": each number is drawn, written in a common shape, embedded among
# others, and must come out as words worked out here from num2words directly.
VOCABULARY = {
    "en": {"to": "to", "point": "point", "decimal": ".", "group": ",", "and": "and",
           "units": {"mg": ("milligram", "milligrams", ""), "kg": ("kilogram", "kilograms", ""),
                     "mmol/L": ("millimole per liter", "millimoles per liter", ""),
                     "%": ("percent", "percent", "")},
           "dollar": ("dollar", "dollars"), "cent": ("cent", "cents")},
    "es": {"to": "a", "point": "coma", "decimal": ",", "group": ".", "and": "con",
           "units": {"mg": ("miligramo", "miligramos", "m"), "kg": ("kilogramo", "kilogramos", "m"),
                     "mmol/L": ("milimol por litro", "milimoles por litro", "m"),
                     "%": ("por ciento", "por ciento", "")},
           "dollar": ("dólar", "dólares"), "cent": ("centavo", "centavos")},
}


def cardinals(n: int, lang: str, gender: str = "") -> set[str]:
    """num2words' reading, without the commas; Spanish also with "uno" cut to "un"/"ún"."""
    words = num2words(n, lang=lang).replace(",", "")
    if lang != "es":
        return {words}
    short = re.sub(r"\buno(?= mil)", "un", re.sub(r"veintiuno(?= mil)", "veintiún", words))
    if gender == "m":
        short = re.sub(r"\buno$", "un", re.sub(r"veintiuno$", "veintiún", short))
    return {words, short}


def plain(n: int, lang: str, digits_too: bool = False) -> set[str]:
    forms = cardinals(n, lang)
    if lang == "en" and 1900 <= n <= 2099:
        forms.add(num2words(n, lang="en", to="year"))
    if digits_too and str(n) in {"911", "999", "112"}:
        forms.add(digit_words(str(n), lang))
    return forms


def digit_words(digits: str, lang: str) -> str:
    return " ".join(num2words(int(d), lang=lang) for d in digits)


def phone_words(digits: str, lang: str, area_code: bool = False) -> str:
    """A group of a phone number: US English says "oh" for 0; an 800 area code is a number."""
    if area_code and len(digits) == 3 and int(digits) == 800:
        return num2words(800, lang=lang).replace(",", "")
    said = digit_words(digits, lang)
    return re.sub(r"\bzero\b", "oh", said) if lang == "en" else said


def counted(n: int, unit: tuple[str, str, str], lang: str) -> set[str]:
    return {f"{w} {unit[0] if n == 1 else unit[1]}" for w in cardinals(n, lang, unit[2])}


def _decimal(whole: int, frac: str, lang: str) -> tuple[str, set[str]]:
    v = VOCABULARY[lang]
    said = {f"{w} {v['point']} {digit_words(frac, lang)}" for w in cardinals(whole, lang)}
    return f"{whole}{v['decimal']}{frac}", said


def _money(dollars: int, cents: int, lang: str) -> tuple[str, set[str]]:
    v = VOCABULARY[lang]
    said = counted(cents, (*v["cent"], "m"), lang)  # $0.05 → five cents
    if dollars:
        said = {f"{d} {v['and']} {c}" for d in counted(dollars, (*v["dollar"], "m"), lang)
                for c in said}
    return f"${dollars}{v['decimal']}{cents:02d}", said


def _phone(groups: list[str], lang: str) -> tuple[str, set[str]]:
    said = ", ".join(phone_words(g, lang, area_code=i == 0) for i, g in enumerate(groups))
    return "({}) {}-{}".format(*groups), {said}


@st.composite
def numbers(draw: st.DrawFn, lang: str) -> tuple[str, set[str]]:
    """One number in a common written shape, and every acceptable spoken form of it."""
    v = VOCABULARY[lang]
    n = draw(st.integers(0, 999_999))
    kind = draw(st.sampled_from(["int", "grouped", "unit", "decimal", "range", "money", "phone"]))
    if kind == "int":
        return str(n), plain(n, lang, digits_too=True)
    if kind == "grouped":
        forms = plain(n, lang, digits_too=True) if n < 1000 else cardinals(n, lang)
        return f"{n:,}".replace(",", v["group"]), forms
    if kind == "unit":
        symbol = draw(st.sampled_from(sorted(v["units"])))
        return f"{n} {symbol}", counted(n, v["units"][symbol], lang)
    if kind == "decimal":
        return _decimal(n % 10_000, draw(st.from_regex(r"\d{1,4}", fullmatch=True)), lang)
    if kind == "money":
        return _money(n, draw(st.integers(1, 99)), lang)
    if kind == "phone":
        return _phone([draw(st.from_regex(rf"\d{{{size}}}", fullmatch=True))
                       for size in (3, 3, 4)], lang)
    return draw(ranges(lang, n % 10_000))


@st.composite
def ranges(draw: st.DrawFn, lang: str, low: int) -> tuple[str, set[str]]:
    v = VOCABULARY[lang]
    high = draw(st.integers(0, 9_999))
    dash = draw(st.sampled_from(["-", "–", " - ", f" {v['to']} "]))
    symbol = draw(st.sampled_from(["", *sorted(v["units"])]))
    to = f" {v['to']} "
    if symbol:
        unit = v["units"][symbol]
        lows = plain(low, lang, digits_too=True) if dash == to else cardinals(low, lang, unit[2])
        said = {a + to + b + " " + unit[1] for a in lows for b in cardinals(high, lang, unit[2])}
        said |= {a + to + b for a in lows for b in counted(high, unit, lang)}
        return f"{low}{dash}{high} {symbol}", said
    spelled = dash == to  # "5 to 911": no range rule, so 911 may be read as the emergency number
    said = {a + to + b for a in plain(low, lang, spelled) for b in plain(high, lang, spelled)}
    years = all(1900 <= n <= 2099 for n in (low, high))
    if dash == "-" and len(str(high)) == 4 and (len(str(low)) == 3 or not years and low > 999):
        said.add(f"{phone_words(str(low), lang)}, {phone_words(str(high), lang)}")  # 1234-5678
    return f"{low}{dash}{high}", said


def contains_in_order(spoken: str, expected: list[set[str]]) -> bool:
    position = 0
    for forms in expected:
        found = [spoken.find(form, position) for form in forms]
        found = [at for at in found if at >= 0]
        if not found:
            return False
        position = min(found) + 1
    return True


@pytest.mark.parametrize("lang", ["en", "es"])
@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_never_drops_a_number(lang: str, data: st.DataObject) -> None:
    drawn = data.draw(st.lists(numbers(lang), min_size=1, max_size=4))
    text = "Note: " + "; ".join(written for written, _ in drawn) + "."
    spoken = normalize(text, lang)
    assert contains_in_order(spoken, [forms for _, forms in drawn]), (text, spoken)


@pytest.mark.parametrize("lang", ["ja", "hi", "ko", "ru", "zh-Hans"])
def test_a_run_of_digits_past_any_number_word_is_said_digit_by_digit(lang: str) -> None:
    """'1' * 40000 raised ValueError (Python's int() limit of 4300 digits) in every language
    say_generic.py reads; past 64 digits no language has a number word, so each is said."""
    for text in ("1" * 40000, "1." + "2" * 40000):
        spoken = normalize(text, lang)
        assert spoken and not re.search(r"\d", spoken)
