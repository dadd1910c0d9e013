"""Numbers a handout prints against what else says them: the voice (read back), its own
`speech:` entries, its source when it is a translation, and the ways a dose is misread.

Every check takes the numbers as the reader read them (the model's Quantity nodes), so print,
voice and translation are compared with one reading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import assert_never

from handoutkit.config import ClinicConfig
from handoutkit.errors import HandoutError, LintWarning, Problem
from handoutkit.language import primary_language, region
from handoutkit.model import (
    BulletList,
    Callout,
    Handout,
    Image,
    NumberedList,
    Paragraph,
    Quantity,
    QuantityKind,
    Section,
    Table,
    walk,
)
from handoutkit.reader.inlines import as_sentence, plain_text, quantities_in
from handoutkit.reader.loader import load_handout
from handoutkit.reader.quantities import decimal_mark, quantified, value
from handoutkit.reader.sentences import split_sentences
from handoutkit.reader.translations import source_path
from handoutkit.speech import readback


def number_warnings(handout: Handout, chunks: list[tuple[int, str]]) -> list[LintWarning]:
    """Every warning about the handout's numbers; ``chunks`` are lint's (line, text) runs."""
    return [*_changed_overrides(handout), *_spaced_doses(handout, chunks),
            *_trailing_zeros(handout), *_regional_marks(handout), *_translated_doses(handout)]


def readback_problems(handout: Handout, config: ClinicConfig) -> list[Problem]:
    """One problem per sentence whose spoken numbers, read back by an independent inverse
    normaliser, are not the values the model holds for its quantities; none in a language
    no such reader knows."""
    lang = handout.meta.lang
    if not readback.reads_back(lang):
        return []
    overrides = {**dict(config.pronunciations), **dict(handout.meta.speech)}
    problems = []
    for line, sentence, found in model_sentences(handout):
        mismatch = readback.check(sentence, lang, overrides, found)
        if mismatch is not None:
            problems.append(Problem(
                handout.path, line, f"the voice would say \"{mismatch.spoken}\" for "
                f"\"{mismatch.printed}\", which reads back as {mismatch.heard or 'no number'}, "
                f"not {mismatch.expected}",
                "write the number as digits the normaliser reads (1.25, not 1 .25), or "
                "correct the 'speech:' entry that changes it"))
    return problems


def model_sentences(handout: Handout) -> Iterator[tuple[int, str, tuple[Quantity, ...] | None]]:
    """(line, sentence, its quantities as the model holds them) for every sentence the voice
    says from the handout: the title, summary, panel and after-hours lines and headings
    (plain strings, which the read-back reads itself: None), then the blocks' text."""
    lang = handout.meta.lang
    for line, text in _said_strings(handout):
        yield from ((line, s, None) for s in split_sentences(as_sentence(text), lang))
    for block in walk(handout.intro, handout.sections):
        match block:
            case Paragraph(inlines=inlines, line=line):
                yield from _with_quantities(line, as_sentence(plain_text(inlines)),
                                            quantities_in(inlines), lang)
            case Table(header=header, rows=rows, line=line):
                for row in (header, *rows):
                    text = " ".join(as_sentence(plain_text(cell)) for cell in row)
                    found = tuple(q for cell in row for q in quantities_in(cell))
                    yield from _with_quantities(line, text, found, lang)
            case Image(alt=alt, line=line):
                yield from ((line, s, None) for s in split_sentences(as_sentence(alt), lang))
            case BulletList() | NumberedList() | Callout():
                pass  # their text is in the blocks inside them
            case _:
                assert_never(block)


def _said_strings(handout: Handout) -> Iterator[tuple[int, str]]:
    """The plain strings of the front matter and headings the voice says, with their lines."""
    try:
        lines = handout.path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        lines = []
    meta = handout.meta
    for text in (meta.title, meta.summary, *meta.urgent, *(said for _, said in meta.after_hours)):
        yield next((n for n, line in enumerate(lines, 1) if text[:40] in line), 1), text
    for section in _all_sections(handout.sections):
        yield section.line, section.title


def _all_sections(sections: tuple[Section, ...]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from section.subsections


def _with_quantities(line: int, text: str, found: tuple[Quantity, ...], lang: str
                     ) -> Iterator[tuple[int, str, tuple[Quantity, ...] | None]]:
    """Each sentence of ``text`` with the quantities printed in it, found in order (None,
    for the read-back to read the sentence itself, where one cannot be placed)."""
    cursor, starts = 0, []
    for quantity in found:
        start = text.find(" ".join(quantity.text.split()), cursor)
        starts.append(start)
        cursor = start + len(quantity.text) if start >= 0 else cursor
    cursor = 0
    for sentence in split_sentences(text, lang):
        start = text.find(sentence, cursor)
        end = start + len(sentence)
        placed = start >= 0 and -1 not in starts
        yield line, sentence, tuple(q for q, at in zip(found, starts, strict=True)
                                    if start <= at < end) if placed else None
        cursor = end if start >= 0 else cursor


# Words that turn a sentence round: a spoken form that drops one says the opposite.
NEGATIONS = frozenset({"not", "no", "never", "don't", "do not", "nunca", "nada", "jamás",
                       "ne", "pas", "jamais", "não", "nicht", "kein", "keine", "nie",
                       "не", "нет", "никогда", "ни", "không", "đừng", "pa", "janm", "않",
                       "不", "没", "別", "لا", "لن", "لم"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _changed_overrides(handout: Handout) -> list[LintWarning]:
    """A warning at each `speech:` entry of the handout whose spoken form drops a negation
    ("not", "никогда"…) or says other numbers than its term, read back to digits
    (speech/readback.py: text2num, or num2words' words in the other languages)."""
    try:
        lines = handout.path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        lines = []
    warnings = []
    for term, said in handout.meta.speech:
        lost = sorted(_negations(term) - _negations(said))
        number = _changed_number(term, said, handout.meta.lang)
        if lost:
            what = f"drops '{lost[0]}' ('{said}')"
        elif number:
            what = f"changes its number ('{said}' {number})"
        else:
            continue
        warnings.append(LintWarning(handout.path, _entry_line(lines, term),
                                    f"the speech entry for '{term}' {what} — say the same as "
                                    "the printed words"))
    return warnings


def _changed_number(term: str, said: str, lang: str) -> str | None:
    """How a spoken form changes its term's numbers ("says 912, not 911"), or None."""
    printed = _digits(term, lang)
    if not printed:
        return None
    heard = readback.spoken_digits(said, lang)
    if heard is None:  # no reader of number words: only digits written as digits
        heard = (_digits(said, lang), False)
    digits, full_reader = heard
    if digits == printed or not (digits or full_reader):
        return None
    return f"says {digits}, not {printed}" if digits else f"says no number for {printed}"


def _digits(text: str, lang: str) -> str:
    """The values of a text's quantities and the digits of its words ("B12"), in order."""
    return "".join("".join(node.values) if isinstance(node, Quantity)
                   else "".join(str(unicodedata.decimal(c)) for c in node.text if c.isdecimal())
                   for node in quantified(text, lang))


def _entry_line(lines: list[str], term: str) -> int:
    """The line of ``term:`` in the front matter, else the first line naming it."""
    key = re.compile(rf"^\s*['\"]?{re.escape(term)}['\"]?\s*:")
    return next((n for n, text in enumerate(lines, start=1) if key.match(text)),
                next((n for n, text in enumerate(lines, start=1) if term in text), 1))


def _negations(text: str) -> set[str]:
    words = {word.lower() for word in _WORD.findall(text)}
    return {n for n in NEGATIONS if n in words or (" " in n and n in text.lower())
            or (not n.isascii() and len(n) == 1 and n in text)}


# A dose whose digits are grouped by a space ("1 500 mg"): the voice reads one number
# (fifteen hundred), as Spanish and French print thousands; a writer may have meant a count
# and a strength ("1" tablet of "500 mg"), and a patient must not hear the wrong dose.
_SPACED_DOSE = re.compile(r"\b\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+\s?"
                          r"(?:mg|mcg|µg|g|ml|mL|IU|UI|units?|unidades)\b")


def _spaced_doses(handout: Handout, chunks: list[tuple[int, str]]) -> list[LintWarning]:
    """One warning per dose written with a space between its digit groups."""
    return [LintWarning(handout.path, line,
                        f"'{found}' is read as one number ({_joined(found)}) — write it without "
                        "the space, or as a count and a strength (e.g. '1 tablet of 500 mg')")
            for line, text in chunks for found in _SPACED_DOSE.findall(text)]


def _trailing_zeros(handout: Handout) -> list[LintWarning]:
    """One warning per dose written with a zero after its decimal mark ("1.0 mg"): a reader
    who misses the mark takes ten times the dose, which is why medication safety lists
    ("do not use" abbreviations) ban it."""
    warnings = []
    for line, _, found in model_sentences(handout):
        for quantity in found or ():
            if quantity.kind is QuantityKind.DOSE and re.fullmatch(r"\d+\.0+", quantity.values[0]):
                whole = quantity.values[0].split(".")[0]
                warnings.append(LintWarning(
                    handout.path, line, f"'{quantity.text}' has a zero after its decimal mark "
                    f"and is easily read as {whole}0 {quantity.unit} — write {whole} "
                    f"{quantity.unit}"))
    return warnings


# One mark before three digits, "1,500" or "1.500": Spanish regions read it a thousand times
# apart (CLDR: es, es-ES, es-AR… 1,5 and 1.500; es-MX, es-US… 1.5 and 1,500).
_ONE_GROUP = re.compile(r"(?<![\d.,])\d{1,3}[.,]\d{3}(?![\d.,]?\d)")


def _regional_marks(handout: Handout) -> list[LintWarning]:
    """A warning at each number a Spanish handout with no region in its `lang:` writes with
    one mark before three digits: the tag is read as CLDR's "es" ("1,500" is one point five,
    as in Spain), while a US or Mexican writer means fifteen hundred."""
    lang = handout.meta.lang
    if primary_language(lang) != "es" or region(lang):
        return []
    warnings = []
    for line, _, found in model_sentences(handout):
        for quantity in found or ():
            for number in _ONE_GROUP.findall(quantity.text):
                read, other = (_plain(value(number, mark)) for mark in (
                    decimal_mark(lang), "," if decimal_mark(lang) == "." else "."))
                warnings.append(LintWarning(
                    handout.path, line, f"'{number}' is read as {read} (lang: {lang}, as in "
                    f"Spain), but as {other} in es-US and es-MX — give lang: its region "
                    "(es-US, es-MX, es-ES) so the voice reads it as you mean"))
    return warnings


# Quantities a translation must print with the same values as its source: a dose, a range
# or a percentage never changes with the language (a temperature may go from °F to °C, a
# phone number to a line in that language, a plain number to a word).
_KEPT_IN_TRANSLATION = frozenset({QuantityKind.DOSE, QuantityKind.RANGE, QuantityKind.PERCENT,
                                  QuantityKind.RATIO})


def _translated_doses(handout: Handout) -> list[LintWarning]:
    """A warning at each dose, range, percentage or blood pressure of a translation whose
    value its source does not have: "1,5 mg" where the source says "1.25 mg"."""
    source_file = source_path(handout.path)
    if source_file is None:
        return []
    try:
        source = load_handout(source_file, source_file.parent)
    except HandoutError:
        return []  # its own errors say why
    found_in_source = [q for _, _, found in model_sentences(source) for q in found or ()]
    printed = {q.values: q.text for q in found_in_source if q.kind in _KEPT_IN_TRANSLATION}
    # A source may write a range in words ("15 to 20 minutes"): its ends are numbers there.
    numbers = {value for q in found_in_source for value in q.values}
    return [LintWarning(handout.path, line, f"'{q.text}' is not in {source_file.name}, which "
                        f"has {', '.join(sorted(set(printed.values()))) or 'no such amount'} — "
                        "a translation keeps every amount of its source")
            for line, _, found in model_sentences(handout) for q in found or ()
            if q.kind in _KEPT_IN_TRANSLATION and q.values not in printed
            and not (q.kind is QuantityKind.RANGE and numbers.issuperset(q.values))]


def _plain(number: str) -> str:
    """"1.500" → "1.5": a value as it is said, with no zeros after its decimals."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def _joined(dose: str) -> str:
    number, _, unit = re.sub(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d)", "", dose).partition(" ")
    return f"{number} {unit}".strip()


